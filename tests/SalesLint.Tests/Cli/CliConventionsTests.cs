using System.Text.Json;
using SalesLint.Cli;
using SalesLint.Cli.Commands;
using SalesLint.Configuration;

namespace SalesLint.Tests.Cli;

/// <summary>What users of ESLint, Vale or dotnet format expect: standard input, unknown options, CI gates, init, ignore files.</summary>
public sealed class CliConventionsTests
{
    private string temp = string.Empty;

    private static string Samples => Path.Combine(TestSupport.RepositoryRoot, "samples");

    private static string PitchFirst => Path.Combine(Samples, "pitch-first.txt");

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-conventions-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    [TestCase("check")]
    [TestCase("score")]
    [TestCase("report")]
    public async Task Command_UnknownOption_IsReportedAsUnknownOption(string command)
    {
        var (code, _, error) = await Run(command, PitchFirst, "--bogus", "--out", temp);

        code.Should().Be(2);
        error.Should().Contain("unknown option '--bogus'").And.NotContain("no transcript found");
    }

    [Test]
    public async Task Root_UnknownOption_PointsToTheMainHelp()
    {
        var (code, _, error) = await Run("--bogus");

        code.Should().Be(2);
        error.Should().Contain("unknown option '--bogus'").And.Contain("'saleslint --help'");
    }

    [Test]
    public async Task Report_OutputSpelledAsForCheck_IsAccepted()
    {
        var (code, _, error) = await Run("report", PitchFirst, "--output", temp);

        code.Should().Be(0, error);
        File.Exists(Path.Combine(temp, "index.html")).Should().BeTrue();
    }

    [Test]
    public async Task Check_PathAfterDoubleDash_IsAPath()
    {
        var (code, _, error) = await Run("check", "--", "-not-there.vtt");

        code.Should().Be(2);
        error.Should().Contain("no transcript found at: -not-there.vtt");
    }

    [Test]
    public async Task Report_NoProgressAndJobs_AreAccepted()
    {
        var (code, output, error) = await Run("report", PitchFirst, "--out", temp, "--no-progress", "--jobs", "1");

        code.Should().Be(0, error);
        output.Should().Contain("report: ");
        File.Exists(Path.Combine(temp, "index.html")).Should().BeTrue();
    }

    [Test]
    public async Task Check_Stdin_ReadsTheTranscriptUnderItsStdinFilename()
    {
        var text = File.ReadAllText(PitchFirst);

        var (code, output, error) = await RunWithStdin(text, "check", "-", "--stdin-filename", "calls/pitch-first.txt");

        code.Should().Be(0, error);
        output.Should().Contain("calls/pitch-first.txt(turn 6, 00:00:34): warning SL1003:");
        output.Should().Contain("1 file(s), 1 conversation(s)");
    }

    [Test]
    public async Task Check_StdinPipedToTheProcess_IsAnalyzed()
    {
        // The real process: standard input is a pipe, not a reader handed in by a test.
        var cli = Path.Combine(AppContext.BaseDirectory, "SalesLint.Cli.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = temp,
        };
        foreach (var arg in new[] { cli, "check", "-", "--stdin-filename", "calls/pitch-first.txt", "--max-warnings", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(PitchFirst));
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        process.ExitCode.Should().Be(1, await error);
        (await output).Should().Contain("calls/pitch-first.txt(turn 6, 00:00:34): warning SL1003:");
        (await error).Should().MatchRegex(@"gate failed: --max-warnings 0: \d+ warning\(s\) reported");
    }

    [Test]
    public async Task Score_StdinWithoutName_DetectsTheFormatFromContent()
    {
        var text = File.ReadAllText(Path.Combine(Samples, "negotiation-giveaway.vtt"));

        var (code, output, error) = await RunWithStdin(text, "score", "-", "--format", "json");

        code.Should().Be(0, error);
        using var doc = JsonDocument.Parse(output);
        var result = doc.RootElement.GetProperty("results")[0];
        result.GetProperty("path").GetString().Should().Be("<stdin>");
        result.GetProperty("score").GetProperty("overall").GetDouble().Should().BeInRange(0, 99);
    }

    [Test]
    public async Task Inspect_Stdin_ShowsTheConversation()
    {
        var (code, output, error) = await RunWithStdin(File.ReadAllText(PitchFirst), "inspect", "-", "--stdin-filename", "pitch-first.txt");

        code.Should().Be(0, error);
        output.Should().StartWith("conversation pitch-first:");
    }

    [Test]
    public async Task Check_StdinUnreadable_IsReportedUnderItsName()
    {
        var (code, output, _) = await RunWithStdin("{ \"turns\": [ oops ] }", "check", "-", "--stdin-filename", "call.json");

        code.Should().Be(1);
        output.Should().MatchRegex(@"call\.json\(1,\d+\): error SL9000: ");
    }

    [Test]
    public async Task Check_StdinFilenameWithoutDash_IsAUsageError()
    {
        var (code, _, error) = await Run("check", PitchFirst, "--stdin-filename", "x.txt");

        code.Should().Be(2);
        error.Should().Contain("add '-' to the paths");
    }

    [Test]
    public async Task Check_MaxWarningsCrossed_ExitsOneNamingTheGate()
    {
        var (code, _, error) = await Run("check", PitchFirst, "--max-warnings", "2");

        code.Should().Be(1);
        error.Should().MatchRegex(@"gate failed: --max-warnings 2: \d+ warning\(s\) reported");
    }

    [Test]
    public async Task Check_MaxWarningsNotCrossed_ExitsZero()
    {
        var (code, _, error) = await Run("check", PitchFirst, "--max-warnings", "100");

        code.Should().Be(0, error);
        error.Should().NotContain("gate failed");
    }

    [Test]
    public async Task Score_FailUnderCrossed_ExitsOneNamingTheGateAndLowestCall()
    {
        var (code, output, error) = await Run("score", PitchFirst, Path.Combine(Samples, "discovery-good.json"), "--fail-under", "60");

        code.Should().Be(1, output);
        error.Should().MatchRegex(@"gate failed: --fail-under 60: 1 of 2 conversation\(s\) scored below it \(lowest: .*pitch-first\.txt \d+\.\d\)");
    }

    [Test]
    public async Task Score_FailUnderNotCrossed_ExitsZero()
    {
        var (code, _, error) = await Run("score", PitchFirst, "--fail-under", "10");

        code.Should().Be(0, error);
    }

    [TestCase("--max-warnings", "-1")]
    [TestCase("--fail-under", "101")]
    public async Task Check_GateOutOfRange_IsAUsageError(string option, string value)
    {
        var (code, _, error) = await Run("check", PitchFirst, option, value);

        code.Should().Be(2);
        error.Should().Contain(option);
    }

    [Test]
    public async Task Check_Quiet_ReportsErrorsOnly()
    {
        File.Copy(PitchFirst, Path.Combine(temp, "pitch-first.txt"));
        File.WriteAllText(Path.Combine(temp, ".saleslint.yaml"), "extends: [recommended]\nrules: { SL1003: error }\n");

        var (code, output, _) = await Run("check", temp, "--quiet");

        code.Should().Be(1);
        output.Should().Contain("error SL1003").And.NotContain("warning SL").And.NotContain("suggestion SL");
        output.Should().MatchRegex(@"\d+ error\(s\), 0 warning\(s\), 0 suggestion\(s\)");
    }

    [Test]
    public async Task Score_ReportingFilters_DoNotChangeTheScore()
    {
        async Task<double> Score(params string[] extra)
        {
            var (code, output, error) = await Run(["score", PitchFirst, "--format", "json", .. extra]);
            code.Should().Be(0, error);
            using var doc = JsonDocument.Parse(output);
            return doc.RootElement.GetProperty("results")[0].GetProperty("score").GetProperty("overall").GetDouble();
        }

        var full = await Score();

        full.Should().BeLessThan(90);
        (await Score("--min-level", "warning")).Should().Be(full);
        (await Score("--min-level", "error")).Should().Be(full);
        (await Score("--filter", "SL1004")).Should().Be(full);
        (await Score("--quiet")).Should().Be(full);
    }

    [Test]
    public async Task Init_WritesAStarterThatTheStrictLoaderAccepts()
    {
        var (code, output, error) = await Run("init", temp);

        code.Should().Be(0, error);
        var path = Path.Combine(temp, ".saleslint.yaml");
        output.Should().Contain(path);
        var config = ConfigLoader.Load(path);
        config.Extends.Should().Equal("recommended");
        var profile = new ProfileResolver(new ResolverOptions { ConfigPath = path }).For(Path.Combine(temp, "call.json"));
        profile.Engine.Descriptors.Should().Contain(d => d.Id == "SL1004");
    }

    [Test]
    public void Init_StarterExamples_LoadWhenUncommented()
    {
        // Every commented example line (a key or an indented line) switched on at once must still decode strictly.
        var lines = InitCommand.Starter.Split('\n').Select(l =>
            System.Text.RegularExpressions.Regex.IsMatch(l, @"^# (\s+|[a-z]+:)") ? l[2..] : l);
        var path = Path.Combine(temp, ".saleslint.yaml");
        File.WriteAllText(path, string.Join('\n', lines));

        var config = ConfigLoader.Load(path);

        config.Suppressions.Should().ContainSingle();
        config.Overrides.Should().ContainSingle();
        config.Baseline.Should().Be(".saleslint-baseline.json");
    }

    [Test]
    public async Task Init_ExistingFile_IsKeptWithoutForce()
    {
        var path = Path.Combine(temp, ".saleslint.yaml");
        File.WriteAllText(path, "minLevel: error\n");

        var (code, _, error) = await Run("init", temp);

        code.Should().Be(2);
        error.Should().Contain("already exists").And.Contain("--force");
        File.ReadAllText(path).Should().Be("minLevel: error\n");

        (await Run("init", temp, "--force")).Code.Should().Be(0);
        File.ReadAllText(path).Should().Contain("extends: [recommended]");
    }

    [Test]
    public async Task Check_IgnoreFile_SkipsMatchingFilesFoundInFolders()
    {
        Directory.CreateDirectory(Path.Combine(temp, "calls", "drafts"));
        Directory.CreateDirectory(Path.Combine(temp, "calls", "keep"));
        File.Copy(PitchFirst, Path.Combine(temp, "calls", "a.txt"));
        File.Copy(PitchFirst, Path.Combine(temp, "calls", "b.txt"));
        File.Copy(PitchFirst, Path.Combine(temp, "calls", "drafts", "c.txt"));
        File.Copy(PitchFirst, Path.Combine(temp, "calls", "keep", "d.txt"));
        File.Copy(PitchFirst, Path.Combine(temp, "calls", "keep", "e.txt"));
        File.WriteAllText(Path.Combine(temp, ".saleslintignore"), "# drafts are not calls\ndrafts/\nb.txt\n");
        File.WriteAllText(Path.Combine(temp, "calls", "keep", ".saleslintignore"), "*.txt\n!d.txt\n");

        var (code, output, error) = await Run("check", Path.Combine(temp, "calls"), Path.Combine(temp, "calls", "keep", "e.txt"));

        code.Should().Be(0, error);
        var reported = output.Split('\n').Where(l => l.Contains("SL1003", StringComparison.Ordinal)).Select(l => Path.GetFileName(l[..l.IndexOf('(', StringComparison.Ordinal)])).Distinct().ToList();
        reported.Should().BeEquivalentTo(["a.txt", "d.txt", "e.txt"], "a file named on the command line is always analyzed");
    }

    [Test]
    public async Task Check_FolderWhollyIgnored_SaysSo()
    {
        File.Copy(PitchFirst, Path.Combine(temp, "a.txt"));
        File.WriteAllText(Path.Combine(temp, ".saleslintignore"), "*\n");

        var (code, _, error) = await Run("check", temp);

        code.Should().Be(2);
        error.Should().Contain("(its 1 transcript(s) are excluded by .saleslintignore)");
    }

    [Test]
    public async Task Check_IgnoreFile_AppliesToGlobs()
    {
        File.Copy(PitchFirst, Path.Combine(temp, "a.txt"));
        File.Copy(PitchFirst, Path.Combine(temp, "b.txt"));
        File.WriteAllText(Path.Combine(temp, ".saleslintignore"), "/b.txt\n");

        var (code, output, error) = await Run("check", Path.Combine(temp, "{a,b}.txt").Replace('\\', '/'));

        code.Should().Be(0, error);
        output.Should().Contain("a.txt(").And.NotContain("b.txt(");
    }

    [Test]
    public async Task Check_BraceAndClassGlobs_ExpandOnTheCommandLine()
    {
        var (code, output, error) = await Run("check", Path.Combine(Samples, "[np]*-*.{txt,vtt}").Replace('\\', '/'));

        code.Should().Be(0, error);
        output.Should().Contain("negotiation-giveaway.vtt(").And.Contain("pitch-first.txt(");
        output.Should().NotContain(".json(");
    }

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => TestSupport.RunCliAsync(args);

    private static async Task<(int Code, string Output, string Error)> RunWithStdin(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(output, error, input));
        return (code, output.ToString(), error.ToString());
    }
}
