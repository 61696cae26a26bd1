using System.Text.RegularExpressions;
using SalesLint.Batch;
using SalesLint.Output;
using SalesLint.Output.Formats;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// Sharded runs merged equal one run: <c>check samples --shard I/N --format jsonl</c> for I = 1..N as separate
/// processes, then <c>merge</c> to every format, compared byte for byte with <c>check samples --format F</c> (the seconds
/// each conversation took aside, JUnit's <c>time</c> and JSON Lines' <c>seconds</c>: they are each run's own timings). N = 1, 2 and 7 (more shards than some folders have files).
/// </summary>
[TestFixture]
[Category("Process")]
[Parallelizable(ParallelScope.All)]
public sealed partial class ShardMergeTests
{
    private static readonly string[] Inputs = ["samples"];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(7)]
    public async Task Merge_OfNShards_EqualsOneRunInEveryFormat(int n)
    {
        using var work = new WorkFolder();
        var shards = await RunShards(work, n);

        // Every file is in exactly one shard.
        var single = await CliProcess.RunAsync(["check", .. Inputs, "--format", "jsonl"], work.Path);
        var all = FilePaths(single.Output);
        var sharded = shards.SelectMany(s => FilePaths(File.ReadAllText(work[s]))).ToList();
        sharded.Should().BeEquivalentTo(all, "the shards cover the batch").And.OnlyHaveUniqueItems("no file is in two shards");

        foreach (var format in ReportFormats.For(ReportKind.Findings))
        {
            var one = await CliProcess.RunAsync(["check", .. Inputs, "--format", format.Name], work.Path);
            var merged = await CliProcess.RunAsync(["merge", .. shards, "--format", format.Name], work.Path);
            merged.ShouldNotHaveCrashed();
            merged.ExitCode.Should().Be(one.ExitCode, merged.ToString());
            Times(merged.Output).Should().Be(Times(one.Output), $"merge of {n} shard(s) to {format.Name} is what one run writes");
        }
    }

    [Test]
    public async Task Merge_AShardGivenTwice_FailsNamingTheFile()
    {
        using var work = new WorkFolder();
        var shards = await RunShards(work, 2);

        var run = await CliProcess.RunAsync(["merge", shards[0], shards[0]], work.Path);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain($"is in both {shards[0]} and {shards[0]}");
    }

    [Test]
    public async Task Merge_ACutShortOrBadInput_FailsNamingFileAndLine()
    {
        using var work = new WorkFolder();
        var shards = await RunShards(work, 1);
        var lines = File.ReadAllLines(work[shards[0]]);
        File.WriteAllLines(work["cut.jsonl"], lines[..^1]);
        File.WriteAllLines(work["bad.jsonl"], [lines[0], "{\"type\": \"file\", \"path\": 3}", .. lines[1..]]);

        var cut = await CliProcess.RunAsync(["merge", "cut.jsonl"], work.Path);
        var bad = await CliProcess.RunAsync(["merge", "bad.jsonl"], work.Path);

        cut.ExitCode.Should().Be(2, cut.ToString());
        cut.Error.Should().Contain("cut.jsonl: no end line");
        bad.ExitCode.Should().Be(2, bad.ToString());
        bad.Error.Should().Contain("bad.jsonl(2): not a SalesLint JSON Lines record");
    }

    [Test]
    public async Task CheckStdin_JsonLinesWithABadLine_ReportsThatLineAndKeepsTheOthers()
    {
        using var work = new WorkFolder();
        var lines = File.ReadAllLines(work["samples/batch.jsonl"]).Where(l => l.Length > 0).ToList();
        var input = string.Join('\n', [lines[0], "{\"turns\": 3}", .. lines[1..]]) + "\n";

        var run = await CliProcess.RunAsync(["check", "-", "--format", "jsonl"], work.Path, System.Text.Encoding.UTF8.GetBytes(input));

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(1, $"an unreadable line fails the run\n{run}");
        var records = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((l, i) => JsonLinesFormat.Read("stdout", i + 1, l)).ToList();
        var files = records.OfType<FileReport>().ToList();
        files.Should().HaveCount(lines.Count + 1, "a result line per input line");
        files[1].Error!.Line.Should().Be(2, "the error names the bad line");
        files.Where((_, i) => i != 1).Should().OnlyContain(f => f.Error == null && f.Conversations.Count == 1, "the other lines are analyzed");
        records[^1].Should().BeOfType<JsonLinesEnd>().Which.Summary.FileErrors.Should().Be(1);
    }

    [Test]
    public async Task Shard_OutOfRange_IsAUsageError()
    {
        using var work = new WorkFolder();
        var run = await CliProcess.RunAsync(["check", "samples", "--shard", "3/2"], work.Path);
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--shard expects I/N with 1 <= I <= N");
    }

    /// <summary>Runs the N shards as N processes, each to its own JSON Lines file; returns their names.</summary>
    internal static async Task<string[]> RunShards(WorkFolder work, int n, string? input = null)
    {
        var names = Enumerable.Range(1, n).Select(i => $"shard-{i}-of-{n}.jsonl").ToArray();
        var runs = await Task.WhenAll(Enumerable.Range(1, n).Select(i =>
            CliProcess.RunAsync(["check", input ?? Inputs[0], "--shard", $"{i}/{n}", "--format", "jsonl", "--output", names[i - 1]], work.Path)));
        foreach (var run in runs)
        {
            run.ShouldNotHaveCrashed();
            run.ExitCode.Should().BeOneOf([0, 1], run.ToString());
        }

        return names;
    }

    private static List<string> FilePaths(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonLinesFormat.Read("output", 1, l)).OfType<FileReport>().Select(f => f.Path)];

    private static string Times(string output) => Seconds().Replace(JUnitTime().Replace(output, "time=\"<t>\""), "\"seconds\":[<t>]");

    [GeneratedRegex(@"time=""\d+(\.\d+)?""")]
    private static partial Regex JUnitTime();

    [GeneratedRegex(@"""seconds"":\[[^\]]*\]")]
    private static partial Regex Seconds();
}
