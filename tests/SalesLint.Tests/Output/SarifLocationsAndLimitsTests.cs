using System.IO.Compression;
using System.Text.Json;
using SalesLint.Batch;
using SalesLint.Output;
using SalesLint.Rules;

namespace SalesLint.Tests.Output;

/// <summary>SARIF columns and fixes, URIs relative to the repository, GitHub's limits, line hashes and rule help.</summary>
public sealed class SarifLocationsAndLimitsTests
{
    private static readonly string Samples = Path.Combine(TestSupport.RepositoryRoot, "samples");

    [Test]
    public void Write_FixOnAnEighteenHundredCharacterLine_ReplacesOnlyTheSuggestedSpan()
    {
        var log = Log(Analyze("pitch-first.txt"));

        var result = Results(log).First(r => r.TryGetProperty("fixes", out _));
        var replacement = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        var region = replacement.GetProperty("deletedRegion");
        var lineNumber = region.GetProperty("startLine").GetInt32();
        var line = File.ReadAllLines(Path.Combine(Samples, "pitch-first.txt"))[lineNumber - 1];
        line.Length.Should().BeGreaterThan(1_800);
        var start = region.GetProperty("startColumn").GetInt32() - 1;
        var end = region.GetProperty("endColumn").GetInt32() - 1;
        region.GetProperty("endLine").GetInt32().Should().Be(lineNumber);
        line[start..end].Should().Be("solution");

        var fixedLine = line[..start] + replacement.GetProperty("insertedContent").GetProperty("text").GetString() + line[end..];

        fixedLine.Should().StartWith(line[..start]).And.EndWith(line[end..]);
        fixedLine.Length.Should().BeGreaterThan(1_700, "applying the fix keeps the rest of the line");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        location.GetProperty("startColumn").GetInt32().Should().BeLessThanOrEqualTo(start + 1);
        location.GetProperty("endColumn").GetInt32().Should().BeGreaterThanOrEqualTo(end + 1);
    }

    [TestCase("negotiation-giveaway.vtt", "SL1004")]
    [TestCase("pitch-first.txt", "SL1003")]
    public void Write_TurnOnOneLine_RegionColumnsHoldTheFindingsText(string file, string rule)
    {
        var report = Analyze(file);
        var diagnostic = report.Results[0].Diagnostics.First(d => d.RuleId == rule);

        var result = Results(Log(report)).First(r => r.GetProperty("ruleId").GetString() == rule);

        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var line = File.ReadAllLines(Path.Combine(Samples, file))[region.GetProperty("startLine").GetInt32() - 1];
        var text = line[(region.GetProperty("startColumn").GetInt32() - 1)..(region.GetProperty("endColumn").GetInt32() - 1)];
        var turn = SalesLint.Reading.TranscriptReader.ReadFile(Path.Combine(Samples, file))[0].Turns[diagnostic.Location.Turn!.Value].Text;
        text.Should().Be(turn.Substring(diagnostic.Location.Span!.Value.Start, diagnostic.Location.Span.Value.Length));
    }

    [Test]
    public void Write_TurnJoinedFromSeveralLines_HasNoColumnsAndNoFix()
    {
        var file = Path.Combine(Path.GetTempPath(), $"saleslint-joined-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "# seller: Dana\n# buyer: Chris\nChris: We need a better forecast.\nDana: Our solution is great\nand it does everything.\nChris: Okay.\n");
        try
        {
            var transcript = SalesLint.Reading.TranscriptReader.ReadFile(file).Single();
            var result = TestSupport.BuiltInEngine.Analyze(transcript);
            var report = BatchReport.From([new FileAnalysis(file, [result], null)]);

            var sarif = Results(Log(report)).First(r => r.GetProperty("ruleId").GetString() == "SL1003");

            sarif.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").TryGetProperty("startColumn", out _).Should().BeFalse();
            sarif.TryGetProperty("fixes", out _).Should().BeFalse("the span's columns are unknown, so a fix could replace the wrong characters");
            sarif.GetProperty("properties").GetProperty("suggestion").GetString().Should().NotBeNullOrEmpty();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Write_PathsInsideTheSourceRoot_AreRelativeWithABaseId()
    {
        var absolute = Path.Combine(Samples, "pitch-first.txt");
        var report = Analyze("pitch-first.txt");
        report = report with { Results = [.. report.Results.Select(r => r with { Path = absolute })] };
        using var stream = new MemoryStream();

        SarifWriter.Write(stream, report, TestSupport.BuiltInEngine.Descriptors, "0.1.0", new SarifOptions { SourceRoot = TestSupport.RepositoryRoot });

        var log = JsonDocument.Parse(stream.ToArray()).RootElement;
        SarifWriterTests.Validate(log, "log", "$");
        var run = log.GetProperty("runs")[0];
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        artifact.GetProperty("uri").GetString().Should().Be("samples/pitch-first.txt");
        artifact.GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        root.Should().StartWith("file:///").And.EndWith("/");
        new Uri(new Uri(root), artifact.GetProperty("uri").GetString()).LocalPath.Should().Be(absolute);
        run.GetProperty("invocations")[0].GetProperty("workingDirectory").GetProperty("uri").GetString()
            .Should().Be(new Uri(Environment.CurrentDirectory.TrimEnd('/') + "/").AbsoluteUri);
    }

    [Test]
    public void FindSourceRoot_GitHubWorkspaceOrGitFolderOrTheFolderItself()
    {
        var top = Path.Combine(Path.GetTempPath(), $"saleslint-root-{Guid.NewGuid():N}");
        var nested = Path.Combine(top, "calls", "2026");
        Directory.CreateDirectory(nested);
        try
        {
            SarifWriter.FindSourceRoot(nested, null).Should().Be(nested);
            Directory.CreateDirectory(Path.Combine(top, ".git"));
            SarifWriter.FindSourceRoot(nested, null).Should().Be(top);
            SarifWriter.FindSourceRoot(nested, Path.Combine(top, "calls")).Should().Be(Path.Combine(top, "calls"));
            SarifWriter.FindSourceRoot(nested, "/elsewhere").Should().Be(top, "a workspace that does not hold the folder is ignored");
        }
        finally
        {
            Directory.Delete(top, recursive: true);
        }
    }

    [Test]
    public void Write_MoreResultsThanTheCap_KeepsTheCapAndSaysHowManyWereLeftOut()
    {
        var report = Generated(400);
        var total = report.Results.Sum(r => r.Diagnostics.Count + r.Suppressed.Count) + report.Errors.Count;

        var log = Log(report, new SarifOptions { Limits = new SarifLimits(100, 10_000_000) });

        var run = log.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().Should().Be(100);
        var notice = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .Single(n => n.GetProperty("level").GetString() == "warning");
        notice.GetProperty("properties").GetProperty("omittedResults").GetInt32().Should().Be(total - 100);
        notice.GetProperty("message").GetProperty("text").GetString().Should().Contain($"{total - 100} result(s) left out");
    }

    [Test]
    public void Write_LogLargerThanTheCompressedCap_StopsBelowItAndSaysSo()
    {
        var report = Generated(2_000);
        const long cap = 150_000; // the rules' descriptions (in the log once) take part of it

        var bytes = Bytes(report, new SarifOptions { Limits = new SarifLimits(25_000, cap) });

        Gzipped(bytes).Should().BeLessThanOrEqualTo(cap);
        var run = JsonDocument.Parse(bytes).RootElement.GetProperty("runs")[0];
        var written = run.GetProperty("results").GetArrayLength();
        written.Should().BeGreaterThan(100);
        var omitted = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .Single(n => n.GetProperty("level").GetString() == "warning").GetProperty("properties").GetProperty("omittedResults").GetInt32();
        (written + omitted).Should().Be(report.Results.Sum(r => r.Diagnostics.Count + r.Suppressed.Count) + report.Errors.Count);
    }

    [Test]
    public void Write_GitHubLimits_KeepTwentyFiveThousandResults()
    {
        SarifLimits.GitHub.Should().Be(new SarifLimits(25_000, 10_000_000));
        var conversation = ReportSamples.Batch().Results.First(r => r.Diagnostics.Count > 0);
        var one = conversation.Diagnostics[0];
        var many = conversation with { Diagnostics = [.. Enumerable.Repeat(one, 25_010)] };

        var log = Log(BatchReport.From([]) with { Results = [many] }, new SarifOptions { HashSourceLines = false });

        var run = log.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().Should().Be(25_000);
        run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0].GetProperty("properties").GetProperty("omittedResults").GetInt32().Should().Be(10);
    }

    [Test]
    public void Write_Result_HasGitHubsLineHashOfItsLine()
    {
        var report = Analyze("negotiation-giveaway.vtt");
        var hashes = SourceLineHashes.Compute(File.ReadAllText(Path.Combine(Samples, "negotiation-giveaway.vtt")));

        var results = Results(Log(report));

        results.Should().NotBeEmpty();
        foreach (var result in results)
        {
            var line = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
            var fingerprints = result.GetProperty("partialFingerprints");
            fingerprints.GetProperty("primaryLocationLineHash").GetString().Should().Be(hashes[line - 1]);
            fingerprints.GetProperty("salesLintFinding/v1").GetString().Should().NotBeNullOrEmpty();
        }
    }

    [Test]
    public void Write_Rules_CarryTheirWholeDocumentationPage()
    {
        var log = Log(Analyze("pitch-first.txt"));

        var rules = log.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var sl1003 = rules.Single(r => r.GetProperty("id").GetString() == "SL1003").GetProperty("help");
        sl1003.GetProperty("markdown").GetString().Should().Be(RuleDocs.Get("SL1003")).And.Contain("## ");
        sl1003.GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
        rules.Should().OnlyContain(r => r.GetProperty("help").GetProperty("markdown").GetString()!.Length > 200);
    }

    private static BatchReport Analyze(string name)
    {
        var file = Path.Combine(Samples, name);
        var path = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return BatchReport.From([new FileAnalysis(path, [.. SalesLint.Reading.TranscriptReader.ReadFile(file).Select(t => TestSupport.BuiltInEngine.Analyze(t))], null)]);
    }

    /// <summary>A batch of <paramref name="count"/> conversations, each a copy of the samples' with its own ID, and the two unreadable files.</summary>
    private static BatchReport Generated(int count)
    {
        var batch = ReportSamples.Batch();
        var results = Enumerable.Range(0, count)
            .Select(i => batch.Results[i % batch.Results.Count] with { Conversation = $"generated-{i:00000}" })
            .ToList();
        return batch with { Results = results };
    }

    private static List<JsonElement> Results(JsonElement log) => [.. log.GetProperty("runs")[0].GetProperty("results").EnumerateArray()];

    private static JsonElement Log(BatchReport report, SarifOptions? options = null) =>
        JsonDocument.Parse(Bytes(report, options)).RootElement.Clone();

    private static byte[] Bytes(BatchReport report, SarifOptions? options)
    {
        using var stream = new MemoryStream();
        SarifWriter.Write(stream, report, TestSupport.BuiltInEngine.Descriptors, "0.1.0", options);
        return stream.ToArray();
    }

    private static long Gzipped(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.Length;
    }
}
