using System.Text.Json;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// Documented commands are tests: every command in README.md's shell blocks runs as a separate process (see
/// <see cref="ReadmeCommands"/> for how lines are mapped) and must exit with its documented code, print no stack trace
/// and produce the output its subcommand promises, checked for content.
/// </summary>
[TestFixture]
[Category("Process")]
[Parallelizable(ParallelScope.All)]
public sealed class ReadmeCommandTests
{
    /// <summary>
    /// README lines whose documented exit code is not 0 on the bundled samples (the samples have warnings, no
    /// error-level finding and no unreadable file). Keyed by the line's text without its comment.
    /// </summary>
    private static readonly Dictionary<string, int> ExpectedExitCodes = new(StringComparer.Ordinal);

    [TestCaseSource(typeof(ReadmeCommands), nameof(ReadmeCommands.Cases))]
    public async Task ReadmeCommand_RunsAsDocumented(object command)
    {
        var readme = (ReadmeCommand)command;
        readme.Problem.Should().BeNull($"{readme} must be runnable by the process tests");
        var args = readme.Args!;
        using var work = new WorkFolder();
        var stdin = readme.StdinFile is null ? null : await File.ReadAllBytesAsync(work[readme.StdinFile]);

        if (args[0] == "merge")
        {
            // The shards a merge line combines (shard-I.jsonl of N), as the README's check --shard lines above it write them.
            var shards = args.Skip(1).Where(a => a.EndsWith(".jsonl", StringComparison.Ordinal)).ToList();
            for (var i = 0; i < shards.Count; i++)
            {
                var shard = await CliProcess.RunAsync(["check", "samples/", "--shard", $"{i + 1}/{shards.Count}", "--format", "jsonl", "--output", shards[i]], work.Path);
                shard.ExitCode.Should().BeOneOf([0, 1], shard.ToString());
            }
        }

        var run = await CliProcess.RunAsync(args, work.Path, stdin);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(ExpectedExitCodes.GetValueOrDefault(readme.Text), $"{readme}\n{run}");
        await CheckContent(args, run, work, readme.ToString());
    }

    [Test]
    public void Readme_Commands_AreFoundAndEachExclusionIsUsed()
    {
        var commands = ReadmeCommands.Read();

        commands.Count(c => c.Args is not null).Should().BeGreaterThanOrEqualTo(10, "README.md shows the command line in shell blocks");
        commands.Where(c => c.Args is not null).Select(c => c.Args![0]).Should().Contain(["check", "score", "inspect", "rules", "report", "init", "merge"]);
        commands.Should().Contain(c => c.StdinFile != null, "the README shows reading standard input");
        foreach (var (start, _) in ReadmeCommands.Exclusions)
        {
            commands.Should().Contain(c => c.Text.StartsWith(start, StringComparison.Ordinal), $"the exclusion '{start}' still matches a README line (else remove it)");
        }
    }

    [Test]
    public void Parse_UnknownProgramOrPlaceholder_IsAProblemNotASkip()
    {
        ReadmeCommands.Parse(1, "make install").Problem.Should().Contain("neither a saleslint command");
        ReadmeCommands.Parse(2, "saleslint check SOMETHING").Problem.Should().Contain("placeholder 'SOMETHING'");
        ReadmeCommands.Parse(3, "saleslint check calls/ | head").Problem.Should().Contain("pipeline");
        var mapped = ReadmeCommands.Parse(4, "dotnet run --project src/SalesLint.Cli -- check 'calls/**/*.vtt' --format json  # comment");
        mapped.Args.Should().Equal("check", "samples/**/*.vtt", "--format", "json");
        var piped = ReadmeCommands.Parse(5, "saleslint check - --stdin-filename call.vtt < call.vtt");
        piped.Args.Should().Equal("check", "-", "--stdin-filename", "samples/negotiation-giveaway.vtt");
        piped.StdinFile.Should().Be("samples/negotiation-giveaway.vtt");
    }

    /// <summary>What each subcommand must have produced.</summary>
    private static async Task CheckContent(IReadOnlyList<string> args, CliRun run, WorkFolder work, string what)
    {
        var subcommand = args[0];
        var format = Option(args, "--format") ?? "text";
        switch (subcommand)
        {
            case "check" or "score":
                var output = Option(args, "--output", "-o");
                string report;
                if (output is null)
                {
                    report = run.Output;
                }
                else
                {
                    run.Output.Should().BeEmpty($"{what} writes the report to {output}, not standard output");
                    run.Error.Should().Contain($"wrote {format} report to {output}", what);
                    report = File.ReadAllText(work[output]);
                }

                if (subcommand == "check" && args.Contains("--quiet"))
                {
                    format.Should().Be("text", $"{what}: --quiet is checked on text output");
                    report.Should().MatchRegex(@"(?m)^\d+ file\(s\), \d+ conversation\(s\): 0 error\(s\)", $"{what} still prints the totals")
                        .And.NotMatchRegex(@"(?m): (warning|suggestion) SL\d{4}: ", $"{what} prints errors only");
                }
                else if (subcommand == "check")
                {
                    ReportChecks.CheckReport(format, report, what);
                }
                else
                {
                    ReportChecks.ScoreReport(format, report, what);
                }

                break;
            case "merge":
                var merged = Option(args, "--output", "-o") is { } file ? File.ReadAllText(work[file]) : run.Output;
                ReportChecks.CheckReport(format, merged, what);
                var single = await CliProcess.RunAsync(["check", "samples/", "--format", format], work.Path);
                if (format != "junit")
                {
                    merged.Should().Be(single.Output, $"{what} writes what one run over the same files writes");
                }

                break;
            case "inspect":
                if (format == "json")
                {
                    using (JsonDocument.Parse(run.Output))
                    {
                    }
                }
                else
                {
                    run.Output.Should().MatchRegex(@"(?m)^conversation \S+: \d+ turns, \d+ sentences").And.MatchRegex(@"(?m)^\s+\[1\] (question|statement|other) \(", what);
                }

                break;
            case "rules":
                var ids = args.Skip(1).Where(a => a.StartsWith("SL", StringComparison.Ordinal)).ToList();
                if (ids.Count > 0)
                {
                    run.Output.Should().Contain(ids[0], what).And.MatchRegex(@"(?i)suppress|configure", $"{what} tells how to configure the rule");
                }
                else
                {
                    run.Output.Should().ContainAll(["SL1001", "SL1004", "SL3001", "SL5001", "SL6003"], what);
                }

                break;
            case "report":
                var folder = work[Option(args, "--out") ?? throw new AssertionException($"{what}: report needs --out")];
                File.ReadAllText(Path.Combine(folder, "index.html")).Should().Contain("<html", what).And.Contain("</html>");
                Directory.GetFiles(Path.Combine(folder, "calls"), "*.html").Should().NotBeEmpty($"{what} writes a page per call");
                File.ReadAllLines(Path.Combine(folder, "calls.csv")).Length.Should().BeGreaterThan(1, $"{what} writes calls.csv");
                if (Option(args, "--history") is { } history)
                {
                    new FileInfo(work[history]).Length.Should().BePositive($"{what} keeps the run in {history}");
                }

                break;
            case "init":
                var target = Path.Combine(work[args.Count > 1 && !args[1].StartsWith('-') ? args[1] : "."], ".saleslint.yaml");
                run.Output.Should().Contain("wrote", what);
                File.ReadAllText(target).Should().Contain("extends:", $"{what} writes a starter configuration");
                var used = await CliProcess.RunAsync(["check", "samples/pitch-first.txt", "--config", target], work.Path);
                used.ShouldNotHaveCrashed();
                used.ExitCode.Should().Be(0, $"the starter configuration of {what} is valid and keeps the samples' levels\n{used}");
                break;
            default:
                Assert.Fail($"{what}: there is no content check for 'saleslint {subcommand}': add one to {nameof(ReadmeCommandTests)}.{nameof(CheckContent)}");
                break;
        }
    }

    private static string? Option(IReadOnlyList<string> args, params string[] names)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (names.Contains(args[i]))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
