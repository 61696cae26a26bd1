using System.Text;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// The command as a separate process beyond the README's examples: every output format with and without
/// <c>--output</c>, standard input, and the inputs that must fail cleanly (bad configuration, missing path, unreadable
/// files) with their documented exit code and no stack trace.
/// </summary>
[TestFixture]
[Category("Process")]
[Parallelizable(ParallelScope.All)]
public sealed class CommandProcessTests
{
    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("junit")]
    [TestCase("github")]
    public async Task Check_EachFormatToStandardOutput_IsAValidReport(string format)
    {
        using var work = new WorkFolder();

        var run = await CliProcess.RunAsync(["check", "samples/", "--format", format], work.Path);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(0, run.ToString());
        ReportChecks.CheckReport(format, run.Output, run.Command);
    }

    [TestCase("text", "--output")]
    [TestCase("json", "-o")]
    [TestCase("sarif", "--output")]
    [TestCase("junit", "--output")]
    [TestCase("github", "-o")]
    public async Task Check_EachFormatToOutputFile_WritesAValidReportAndExits(string format, string option)
    {
        using var work = new WorkFolder();
        var file = "report." + format;

        var run = await CliProcess.RunAsync(["check", "samples/", "--format", format, option, file], work.Path);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain($"wrote {format} report to {file}");
        ReportChecks.CheckReport(format, File.ReadAllText(work[file]), $"{run.Command} ({file})");
        Directory.GetFiles(work.Path).Should().Equal([work[file]], "no partial file is left beside the report");
    }

    [TestCase("text", null)]
    [TestCase("json", null)]
    [TestCase("text", "score.txt")]
    [TestCase("json", "score.json")]
    public async Task Score_EachFormat_PrintsAScorePerConversation(string format, string? file)
    {
        using var work = new WorkFolder();
        string[] args = file is null ? ["score", "samples/", "--format", format] : ["score", "samples/", "--format", format, "--output", file];

        var run = await CliProcess.RunAsync(args, work.Path);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(0, run.ToString());
        ReportChecks.ScoreReport(format, file is null ? run.Output : File.ReadAllText(work[file]), run.Command);
    }

    [Test]
    public async Task Check_BadConfiguration_ExitsTwoNamingFileLineAndColumn()
    {
        using var work = new WorkFolder();
        Directory.CreateDirectory(work["calls"]);
        File.Copy(work["samples/pitch-first.txt"], work["calls/pitch-first.txt"]);
        File.WriteAllText(work["calls/.saleslint.yaml"], "minLevel: warning\nrules:\n  SL1003: sometimes\n");

        var run = await CliProcess.RunAsync(["check", "calls/"], work.Path);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().MatchRegex(@"\.saleslint\.yaml\(3,\d+\)", "the error names the file, line and column").And.Contain("SL1003");
    }

    [Test]
    public async Task Check_MissingPath_ExitsTwoNamingIt()
    {
        using var work = new WorkFolder();

        var run = await CliProcess.RunAsync(["check", "no-such-folder/"], work.Path);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("no-such-folder/");
    }

    /// <summary>
    /// Tests run as root in CI, where <c>chmod 000</c> does not stop a read, so the unreadable files here are unreadable
    /// by content: binary garbage (a NUL byte) in a <c>.json</c> and invalid UTF-8 in a <c>.txt</c>. A folder named like
    /// a transcript (<c>dir.vtt/</c>) is not a file and is passed over. Each bad file is SL9000 with its place; the
    /// good file beside them is still analyzed; exit code 1.
    /// </summary>
    [TestCase("text")]
    [TestCase("sarif")]
    [TestCase("junit")]
    public async Task Check_UnreadableFiles_AreReportedAndTheOthersAnalyzed(string format)
    {
        using var work = new WorkFolder();
        Directory.CreateDirectory(work["calls/dir.vtt"]);
        File.Copy(work["samples/pitch-first.txt"], work["calls/pitch-first.txt"]);
        File.WriteAllBytes(work["calls/garbage.json"], [.. Encoding.ASCII.GetBytes("{\"turns\": ["), 0, 1, 2, 0xFF, 0xFE, 0, 7]);
        File.WriteAllBytes(work["calls/latin1.txt"], [.. Encoding.Latin1.GetBytes("# seller: Dana\nDana: Caf\u00e9 cr\u00e8me for the team?\n")]);

        var run = await CliProcess.RunAsync(["check", "calls/", "--format", format], work.Path);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("garbage.json").And.Contain("latin1.txt").And.Contain("SL9000").And.Contain("pitch-first.txt").And.NotContain("dir.vtt");
        if (format == "text")
        {
            run.Output.Should().Contain("calls/garbage.json: error SL9000: binary content")
                .And.MatchRegex(@"calls/latin1\.txt\(\d+\): error SL9000: invalid UTF-8 at byte offset \d+")
                .And.MatchRegex(@"calls/pitch-first\.txt\(turn \d+");
        }
        else
        {
            ReportChecks.CheckReport(format, run.Output, run.Command);
        }
    }

    [Test]
    public async Task Check_StandardInput_IsAnalyzedUnderItsStdinFilename()
    {
        using var work = new WorkFolder();
        var help = await CliProcess.RunAsync(["check", "--help"], work.Path);
        if (!help.Output.Contains("--stdin-filename", StringComparison.Ordinal))
        {
            Assert.Ignore("'check -' (standard input) is not implemented yet: this test runs once check --help lists --stdin-filename");
        }

        var run = await CliProcess.RunAsync(
            ["check", "-", "--stdin-filename", "calls/negotiation-giveaway.vtt"], work.Path, await File.ReadAllBytesAsync(work["samples/negotiation-giveaway.vtt"]));

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().MatchRegex(@"(?m)^calls/negotiation-giveaway\.vtt\(turn \d+, [0-9:]+\): warning SL1004: ");
        ReportChecks.CheckReport("text", run.Output, run.Command);
    }

    [Test]
    public async Task Check_BadOption_ExitsTwoWithoutStackTrace()
    {
        using var work = new WorkFolder();

        var run = await CliProcess.RunAsync(["check", "samples/", "--format", "yaml"], work.Path);

        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("yaml");
    }
}
