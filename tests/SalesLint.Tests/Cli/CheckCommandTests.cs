using System.Text.Json;
using System.Xml.Linq;

namespace SalesLint.Tests.Cli;

/// <summary>The linter-ecosystem side of <c>check</c>: configuration, suppressions, baselines, output formats, batches.</summary>
public sealed class CheckCommandTests
{
    private string calls = string.Empty;

    private static string Samples => Path.Combine(TestSupport.RepositoryRoot, "samples");

    [SetUp]
    public void SetUp()
    {
        calls = Path.Combine(Path.GetTempPath(), "saleslint-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(calls, "roleplay"));
        File.Copy(Path.Combine(Samples, "pitch-first.txt"), Path.Combine(calls, "roleplay", "pitch-first.txt"));
        File.Copy(Path.Combine(Samples, "negotiation-giveaway.vtt"), Path.Combine(calls, "negotiation-giveaway.vtt"));
        File.Copy(Path.Combine(Samples, "discovery-good.json"), Path.Combine(calls, "discovery-good.json"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(calls, recursive: true);

    [Test]
    public async Task Check_TrainerConfig_SwitchesRulesOffAndAddsProductNames()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), """
            rules:
              SL1003: none
              SL1001: none
            lexicons:
              product: [Pipeline Radar]
            """);
        File.WriteAllText(Path.Combine(calls, "roleplay", "radar.txt"), "# seller: Dana\nDana: Pipeline Radar sorts your deals.\nChris: OK.\n");

        var (code, output, _) = await Run("check", calls);

        code.Should().Be(0);
        output.Should().NotContain("SL1003").And.NotContain("SL1001");
        output.Should().Contain("radar.txt(turn 1): warning SL1002: Product talk ('Pipeline Radar')");
    }

    [Test]
    public async Task Check_FilterMatchingNothingAndUnknownRule_AdviseWithFlagsAndCommands()
    {
        var (code, _, error) = await Run("check", calls, "--filter", "SL77*");

        code.Should().Be(2);
        error.Should().Contain("--filter 'SL77*' matches no rule ID or category (see: saleslint rules)").And.NotContain("ResolverOptions");

        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "rules:\n  SL1999: none\n");
        (code, _, error) = await Run("check", calls);

        code.Should().Be(2);
        error.Should().Contain(".saleslint.yaml(2,3): unknown rule 'SL1999' (see: saleslint rules)");
    }

    [Test]
    public async Task Check_InvalidConfig_ExitsTwoWithFileLineAndColumn()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "rules:\n  SL1003: nope\n");

        var (code, _, error) = await Run("check", calls);

        code.Should().Be(2);
        error.Should().Contain(".saleslint.yaml(2,11)").And.Contain("rules.SL1003 must be error, warning, suggestion or none");
    }

    [Test]
    public async Task Check_Suppression_HidesFindingsAndReportsUnusedOnes()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), """
            suppressions:
              - files: ["roleplay/**"]
                rules: [SL1003]
                justification: Role-play scripts say solution on purpose.
              - files: ["discovery-good.json"]
                rules: [SL1004]
                justification: Left over from an old version.
            """);

        var (code, output, _) = await Run("check", calls);

        code.Should().Be(0);
        output.Should().NotContain("pitch-first.txt(turn 6, 00:00:34): warning SL1003");
        output.Should().Contain("pitch-first.txt(turn 6, 00:00:34): warning SL1002");
        output.Should().MatchRegex(@"\.saleslint\.yaml\(5\): suppression of SL1004 in discovery-good\.json no longer matches any finding");
        output.Should().MatchRegex(@", \d+ suppressed,");
    }

    [Test]
    public async Task Check_Baseline_ReportsOnlyNewFindingsAndStaleEntries()
    {
        var baseline = Path.Combine(calls, "baseline.json");
        (await Run("check", calls, "--write-baseline", baseline)).Code.Should().Be(0);
        File.ReadAllText(baseline).Should().Contain("\"ruleId\": \"SL1004\"");

        var (code, output, _) = await Run("check", calls, "--baseline", baseline);
        code.Should().Be(0);
        output.Should().NotContain("warning SL");

        // A new finding appears; an old one disappears.
        File.WriteAllText(Path.Combine(calls, "new.txt"), "# seller: Dana\nDana: Our solution is great.\nChris: OK.\n");
        var vtt = Path.Combine(calls, "negotiation-giveaway.vtt");
        File.WriteAllText(vtt, File.ReadAllText(vtt).Replace("I can do 15% off the annual subscription.", "What would make this work for you?", StringComparison.Ordinal));

        (code, output, _) = await Run("check", calls, "--baseline", baseline);

        output.Should().Contain("new.txt(turn 1): warning SL1003");
        // SL1004's finding at turn 9 stays suppressed (SL5007 moves there: the $40k drop is now the seller's first concession).
        output.Should().NotContain("negotiation-giveaway.vtt(turn 9, 00:01:02): warning SL1004");
        output.Should().MatchRegex(@"baseline entry SL1004 in negotiation-giveaway\.vtt \(negotiation-giveaway\) no longer matches");
    }

    [Test]
    public async Task Check_SarifToFile_WritesALogCodeScanningAccepts()
    {
        var sarif = Path.Combine(calls, "out.sarif");

        var (code, _, error) = await Run("check", calls, "--format", "sarif", "--output", sarif);

        code.Should().Be(0);
        error.Should().Contain("wrote sarif report");
        using var doc = JsonDocument.Parse(File.ReadAllText(sarif));
        doc.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().BeGreaterThan(5);
    }

    [Test]
    public async Task Check_JUnit_HasASuitePerFileAndFailuresForFindings()
    {
        var (code, output, _) = await Run("check", calls, "--format", "junit");

        code.Should().Be(0);
        var xml = XDocument.Parse(output);
        xml.Root!.Name.LocalName.Should().Be("testsuites");
        xml.Root.Elements("testsuite").Should().HaveCount(3);
        xml.Descendants("failure").Should().NotBeEmpty();
        xml.Descendants("testcase").Single(t => t.Attribute("classname")!.Value.EndsWith("discovery-good.json", StringComparison.Ordinal)).Elements().Select(e => e.Name.LocalName).Should().Equal("system-out");
    }

    [Test]
    public async Task Check_GitHub_WritesWorkflowCommands()
    {
        var (code, output, _) = await Run("check", Path.Combine(calls, "negotiation-giveaway.vtt"), "--format", "github");

        code.Should().Be(0);
        output.Should().MatchRegex(@"::warning file=.*negotiation-giveaway\.vtt,line=(\d+),endLine=\1,col=\d+,endColumn=\d+,title=SL1004::Turn 7 at 00%3A00%3A45: The seller gave 15%25 off"
            .Replace("%3A", ":", StringComparison.Ordinal));
    }

    [Test]
    public async Task Check_Filter_RunsOnlyTheNamedRules()
    {
        var (code, output, _) = await Run("check", calls, "--filter", "SL1004");

        code.Should().Be(0);
        output.Should().Contain("SL1004").And.NotContain("SL1002").And.NotContain("SL1001");
    }

    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("text")]
    public async Task Check_ParallelAndSequential_GiveIdenticalOutput(string format)
    {
        for (var i = 0; i < 12; i++)
        {
            File.Copy(Path.Combine(Samples, "batch.jsonl"), Path.Combine(calls, $"batch-{i:00}.jsonl"));
        }

        var sequential = await Run("check", calls, "--format", format, "--jobs", "1");
        var parallel = await Run("check", calls, "--format", format, "--jobs", "4");

        parallel.Output.Should().Be(sequential.Output);
        sequential.Output.Should().Contain("batch-11.jsonl");
    }

    [Test]
    public async Task Check_OutputOverAnOldReport_ReplacesItWholeAndLeavesNoPartialFile()
    {
        var folder = Path.Combine(calls, "reports");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "out.sarif");
        File.WriteAllText(file, "old report");

        var (code, _, error) = await Run("check", Path.Combine(Samples, "batch.jsonl"), "--format", "sarif", "--output", file);

        code.Should().Be(0);
        error.Should().Contain($"wrote sarif report to {file}");
        JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        Directory.GetFiles(folder).Should().Equal(file);
    }

    [TestCase("text", "file(s)")]
    [TestCase("junit", "<testsuites")]
    [TestCase("github", "::warning file=")]
    public async Task Check_WriterFormatToOutputFile_WritesTheFileAndReturns(string format, string expected)
    {
        var file = Path.Combine(calls, "out." + format);

        var printed = await Run("check", calls, "--format", format);
        var (code, output, error) = await Run("check", calls, "--format", format, "--output", file);

        code.Should().Be(printed.Code);
        output.Should().BeEmpty();
        error.Should().Contain($"wrote {format} report to {file}");
        // JUnit's time attributes are measured, so they differ between the two runs.
        static string Untimed(string report) => System.Text.RegularExpressions.Regex.Replace(report, @" time=""[0-9.]+""", string.Empty);
        Untimed(File.ReadAllText(file)).Should().Contain(expected).And.Be(Untimed(printed.Output));
    }

    [Test]
    public async Task Check_OutputInAMissingFolder_IsAUsageErrorNamingIt()
    {
        var file = Path.Combine(calls, "no-such-folder", "out.json");

        var (code, _, error) = await Run("check", Path.Combine(Samples, "batch.jsonl"), "--format", "json", "--output", file);

        code.Should().Be(2);
        error.Should().Contain($"cannot write --output {file}: its folder does not exist");
    }

    [Test]
    public async Task Check_JsonToOutputFile_IsTheCompleteStreamedDocument()
    {
        AddBatchAndBrokenFile();
        var file = Path.Combine(calls, "out.json");

        var printed = await Run("check", calls, "--format", "json", "--jobs", "2");
        var (code, output, error) = await Run("check", calls, "--format", "json", "--jobs", "2", "--output", file);

        code.Should().Be(1, "an unreadable file fails the run");
        printed.Code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain($"wrote json report to {file}");
        File.ReadAllText(file).Should().Be(printed.Output).And.EndWith("}" + Environment.NewLine);
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var root = doc.RootElement;
        root.GetProperty("results").EnumerateArray().Count(r => r.GetProperty("path").GetString()!.EndsWith("batch.jsonl", StringComparison.Ordinal)).Should().Be(3);
        root.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Should().ContainSingle().Which.Should().EndWith("broken.json");
        var summary = root.GetProperty("summary");
        summary.GetProperty("files").GetInt32().Should().Be(5);
        summary.GetProperty("conversations").GetInt32().Should().Be(6);
        summary.GetProperty("fileErrors").GetInt32().Should().Be(1);
        summary.GetProperty("warnings").GetInt32().Should().Be(root.GetProperty("results").EnumerateArray()
            .Sum(r => r.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("severity").GetString() == "warning")));
    }

    [Test]
    public async Task Check_SarifToOutputFile_IsTheCompleteStreamedLog()
    {
        AddBatchAndBrokenFile();
        var file = Path.Combine(calls, "out.sarif");

        var printed = await Run("check", calls, "--format", "sarif");
        var (code, _, _) = await Run("check", calls, "--format", "sarif", "--output", file);

        code.Should().Be(1);
        File.ReadAllText(file).Should().Be(printed.Output);
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        SalesLint.Tests.Output.SarifWriterTests.Validate(doc.RootElement, "log", "$");
        var run = doc.RootElement.GetProperty("runs")[0];
        run.GetProperty("results").EnumerateArray().Last().GetProperty("ruleId").GetString().Should().Be("SL9000");
        run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task Check_ErrorCategoryInConfig_ExitsOne()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "categories: { negotiation: error }\n");

        var (code, output, _) = await Run("check", calls);

        code.Should().Be(1);
        output.Should().Contain("error SL1004");
    }

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => TestSupport.RunCliAsync(args);

    /// <summary>Adds a file with three conversations and, before it in path order, a file that cannot be read.</summary>
    private void AddBatchAndBrokenFile()
    {
        File.Copy(Path.Combine(Samples, "batch.jsonl"), Path.Combine(calls, "batch.jsonl"));
        File.WriteAllText(Path.Combine(calls, "broken.json"), "{\"participants\": [ {\"id\": \"S\", \"role\": \"seller\"} ],\n  \"turns\": [ oops ] }");
    }
}
