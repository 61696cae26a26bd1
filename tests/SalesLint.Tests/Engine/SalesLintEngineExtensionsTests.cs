using System.Text;
using System.Text.Json;
using SalesLint.Engine;
using SalesLint.Output;
using SalesLint.Reading;
using SalesLint.Tests.Reading;

namespace SalesLint.Tests.Engine;

[TestFixture]
public class SalesLintEngineExtensionsTests
{
    private static readonly ReaderOptions VendorRoles = new() { Sellers = ["spk_0", "0", "A", "speaker", "Dana Whitfield"] };

    private static SalesLintEngine Engine => TestSupport.BuiltInEngine;

    /// <summary>Every transcript under samples/ (SalesLint's formats and the vendors').</summary>
    private static IEnumerable<string> SampleFiles() =>
        Directory.EnumerateFiles(Path.Combine(TestSupport.RepositoryRoot, "samples"), "*", SearchOption.AllDirectories)
            .Where(f => TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(f)) && !f.Contains("analyzers", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}webhook", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}worker", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Json(IEnumerable<AnalysisResult> results) => JsonSerializer.Serialize(results.ToList(), SalesLintJson.ContractOptions);

    [Test]
    public async Task AnalyzeAsync_Stream_GivesTheSameResultAsAnalyze()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt");
        await using var stream = File.OpenRead(path);

        var results = await Engine.AnalyzeAsync(stream, path);

        Json(results).Should().Be(Json(TranscriptReader.ReadFile(path).Select(t => Engine.Analyze(t))));
    }

    [Test]
    public async Task AnalyzeAllAsync_InParallel_GivesTheSequentialResultsInOrder()
    {
        var files = SampleFiles().ToList();
        var sequential = files.SelectMany(f => TranscriptReader.ReadFile(f, VendorRoles)).Select(t => Engine.Analyze(t)).ToList();

        // Many copies at once, so the same rules run on several threads together.
        var sources = Enumerable.Range(0, 6).SelectMany(_ => files).Select(f => TranscriptSource.FromFile(f));
        var parallel = await TranscriptReaderStreamTests.ToListAsync(
            Engine.AnalyzeAllAsync(sources, new AnalysisBatchOptions { ReaderOptions = VendorRoles, MaxDegreeOfParallelism = 8 }));

        parallel.Should().HaveCount(sequential.Count * 6);
        for (var copy = 0; copy < 6; copy++)
        {
            Json(parallel.Skip(copy * sequential.Count).Take(sequential.Count)).Should().Be(Json(sequential), $"copy {copy} matches the sequential run");
        }
    }

    [Test]
    public async Task AnalyzeAllAsync_UnreadableSource_GoesToOnErrorAndTheOthersAreAnalyzed()
    {
        var errors = new List<TranscriptFormatException>();
        var sources = new[]
        {
            TranscriptSource.FromFile(Path.Combine(TestSupport.RepositoryRoot, "samples", "pitch-first.txt")),
            TranscriptSource.FromText("broken.json", "{\"turns\": ["),
            TranscriptSource.FromFile(Path.Combine(TestSupport.RepositoryRoot, "samples", "missing.vtt")),
            TranscriptSource.FromStream("call.srt", File.OpenRead(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-trade.srt"))),
        };

        var results = await TranscriptReaderStreamTests.ToListAsync(Engine.AnalyzeAllAsync(sources, new AnalysisBatchOptions { OnError = errors.Add }));

        results.Select(r => r.ConversationId).Should().Equal("pitch-first", "call");
        errors.Select(e => e.FilePath).Should().Equal("broken.json", Path.Combine(TestSupport.RepositoryRoot, "samples", "missing.vtt"));
    }

    [Test]
    public async Task AnalyzeAllAsync_WithoutOnError_ThrowsTheFirstError()
    {
        var sources = new[] { TranscriptSource.FromText("a.txt", "Dana: hi") };

        var act = async () => await TranscriptReaderStreamTests.ToListAsync(Engine.AnalyzeAllAsync(sources));

        await act.Should().ThrowAsync<TranscriptFormatException>().WithMessage("a.txt: cannot tell who the seller is*");
    }

    [Test]
    public async Task AnalyzeJsonLinesAsync_Stream_MatchesTheFileAndSkipsBadLines()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "batch.jsonl");
        var lines = File.ReadAllLines(path);
        var text = string.Join('\n', lines[0], lines[1], lines[2], "not json");
        var errors = new List<TranscriptFormatException>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var results = await TranscriptReaderStreamTests.ToListAsync(
            Engine.AnalyzeJsonLinesAsync(stream, "batch.jsonl", new AnalysisBatchOptions { OnError = errors.Add, MaxDegreeOfParallelism = 3 }));

        Json(results).Should().Be(Json(TranscriptReader.ReadFile(path).Select(t => Engine.Analyze(t) with { SourcePath = "batch.jsonl" })));
        errors.Should().ContainSingle().Which.Line.Should().Be(4);
    }

    [Test]
    public async Task AnalyzeJsonLinesAsync_Cancelled_Stops()
    {
        var line = File.ReadAllLines(Path.Combine(TestSupport.RepositoryRoot, "samples", "batch.jsonl"))[0];
        using var cancellation = new CancellationTokenSource();
        var count = 0;

        var act = async () =>
        {
            await foreach (var unused in Engine.AnalyzeJsonLinesAsync(new StringReader(string.Join('\n', Enumerable.Repeat(line, 200))), "s", cancellationToken: cancellation.Token))
            {
                if (++count == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        count.Should().BeLessThan(200);
    }

    [Test]
    public void AnalyzeAllAsync_ZeroParallelism_IsAnArgumentError()
    {
        var act = () => Engine.AnalyzeAllAsync([], new AnalysisBatchOptions { MaxDegreeOfParallelism = 0 });

        act.Should().Throw<ArgumentException>().WithMessage("*MaxDegreeOfParallelism must be at least 1*");
    }
}
