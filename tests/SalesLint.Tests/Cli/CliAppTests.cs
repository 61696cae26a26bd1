using System.Text.Json;

namespace SalesLint.Tests.Cli;

public sealed class CliAppTests
{
    private string temp = string.Empty;

    private static string Samples => Path.Combine(TestSupport.RepositoryRoot, "samples");

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    [Test]
    public async Task Check_Samples_ReportsFindingsAndExitsZero()
    {
        // The speech-recognition samples name speakers without roles: samples/vendors/.saleslint.yaml names their sellers.
        var (code, output, _) = await Run(
            "check", Samples);

        code.Should().Be(0, output);
        output.Should().Contain("negotiation-giveaway.vtt(turn 7, 00:00:45): warning SL1004: The seller gave 15% off and got nothing back");
        output.Should().Contain("pitch-first.txt(turn 6, 00:00:34): warning SL1003:");
        output.Should().Contain("suggestion: Our offering");
        output.Should().NotContain("discovery-good.json");
        output.Should().MatchRegex(@"\d+ file\(s\), \d+ conversation\(s\): 0 error\(s\), \d+ warning\(s\)");
        output.Should().Contain(" 0 unreadable file(s)");
    }

    [Test]
    public async Task Check_BadFileAmongGood_ReportsItAndKeepsTheOthers()
    {
        File.WriteAllText(Path.Combine(temp, "broken.json"), "{\"participants\": [ {\"id\": \"S\", \"role\": \"seller\"} ],\n  \"turns\": [ oops ] }");
        File.Copy(Path.Combine(Samples, "pitch-first.txt"), Path.Combine(temp, "pitch-first.txt"));

        var (code, output, _) = await Run("check", temp);

        code.Should().Be(1);
        output.Should().MatchRegex(@"broken\.json\(2,\d+\): error SL9000: ");
        output.Should().Contain("pitch-first.txt(turn 6, 00:00:34): warning SL1002");
    }

    [Test]
    public async Task Check_JsonFormat_GivesPathScoreMetricsAndDiagnostics()
    {
        var (code, output, _) = await Run("check", Path.Combine(Samples, "negotiation-giveaway.vtt"), "--format", "json");

        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var result = doc.RootElement.GetProperty("results")[0];
        result.GetProperty("path").GetString().Should().EndWith("negotiation-giveaway.vtt");
        result.GetProperty("score").GetProperty("overall").GetDouble().Should().BeInRange(0, 99);
        result.GetProperty("metrics").GetProperty("seller.talk_share").GetDouble().Should().BeInRange(0, 1);
        var diagnostic = result.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("ruleId").GetString() == "SL1004");
        diagnostic.GetProperty("location").GetProperty("speaker").GetString().Should().Be("Jordan Pike");
        diagnostic.GetProperty("location").GetProperty("startSeconds").GetDouble().Should().BeGreaterThan(0);
        diagnostic.GetProperty("location").GetProperty("span").GetProperty("length").GetInt32().Should().BeGreaterThan(0);
        diagnostic.GetProperty("helpLink").GetString().Should().EndWith("SL1004.md");
        doc.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32().Should().BeGreaterThan(0);
    }

    [Test]
    public async Task Check_SpeakerNameOption_NamesVendorLabelsInFindings()
    {
        var (code, output, _) = await Run(
            "check", Path.Combine(Samples, "vendors", "deepgram.json"), "--seller", "0", "--speaker-name", "0=Dana Whitfield", "--format", "json");

        code.Should().Be(0, output);
        using var doc = JsonDocument.Parse(output);
        var concession = doc.RootElement.GetProperty("results")[0].GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("ruleId").GetString() == "SL1004");
        concession.GetProperty("location").GetProperty("speaker").GetString().Should().Be("Dana Whitfield");
    }

    [TestCase("spk_0")]
    [TestCase("=Dana")]
    public async Task Check_MalformedSpeakerName_ExitsTwo(string value)
    {
        var (code, _, error) = await Run("check", Samples, "--speaker-name", value);

        code.Should().Be(2);
        error.Should().Contain($"--speaker-name expects LABEL=NAME (such as spk_0=Dana), not '{value}'");
    }

    [Test]
    public async Task Check_ErrorLevelFromRulesFolder_ExitsOne()
    {
        var rule = File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, "rules", "recommended", "SL1004-unreciprocated-concession.yaml"));
        File.WriteAllText(Path.Combine(temp, "SL1004.yaml"), rule.Replace("level: warning", "level: error", StringComparison.Ordinal));

        var (code, output, _) = await Run("check", Path.Combine(Samples, "negotiation-giveaway.vtt"), "--rules", temp);

        code.Should().Be(1);
        output.Should().Contain("error SL1004");
    }

    [Test]
    public async Task Check_InvalidRulesFolder_ExitsTwoNamingFileAndLine()
    {
        File.WriteAllText(Path.Combine(temp, "bad.yaml"), "id: SL8100\nextends: existence\ntitle: t\nmessage: m\ncategory: discovery\nmatch:\n  speakr: seller\n");

        var (code, _, error) = await Run("check", Samples, "--rules", temp);

        code.Should().Be(2);
        error.Should().Contain("bad.yaml(7,3)").And.Contain("unknown key 'speakr'");
    }

    [Test]
    public async Task Check_MissingPath_ExitsTwo()
    {
        var (code, _, error) = await Run("check", Path.Combine(temp, "nothing-here.json"));

        code.Should().Be(2);
        error.Should().Contain("no transcript found");
    }

    [Test]
    public async Task Run_UnknownOption_ExitsTwo()
    {
        var (code, _, error) = await Run("score", Samples, "--colour");

        code.Should().Be(2);
        error.Should().Contain("--colour");
    }

    [Test]
    public async Task Score_Samples_PrintsScoresWithCategories()
    {
        var (code, output, _) = await Run("score", Path.Combine(Samples, "discovery-good.json"), Path.Combine(Samples, "pitch-first.txt"), "--explain");

        code.Should().Be(0);
        output.Should().MatchRegex(@"discovery-good\.json: score 100\.0  \(discovery 100\.0  listening 100\.0  positioning 100\.0  negotiation 100\.0  closing 100\.0\)");
        output.Should().MatchRegex(@"pitch-first\.txt: score \d+\.\d");
        output.Should().Contain("discovery: SL1002:");
    }

    [Test]
    public async Task Inspect_Json_ShowsSentencesActsFeaturesAndEntities()
    {
        var (code, output, _) = await Run("inspect", Path.Combine(Samples, "negotiation-giveaway.vtt"), "--format", "json", "--tokens");

        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var sentences = doc.RootElement.GetProperty("conversations")[0].GetProperty("turns").EnumerateArray()
            .SelectMany(t => t.GetProperty("sentences").EnumerateArray()).ToList();
        sentences.Should().Contain(s => s.GetProperty("act").GetString() == "question" && s.GetProperty("decidedBy").GetString() == "rules");
        var concession = sentences.First(s => s.GetProperty("text").GetString()!.Contains("15% off", StringComparison.Ordinal));
        concession.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("feature").GetString()).Should().Contain("concession");
        concession.GetProperty("entities")[0].GetProperty("kind").GetString().Should().Be("percentage");
        concession.GetProperty("tokens").GetArrayLength().Should().BeGreaterThan(5);
    }

    [Test]
    public async Task Rules_List_ShowsEveryRuleAndAnalyzerAssembly()
    {
        var assembly = typeof(Contoso.SalesRules.LongSellerTurnAnalyzer).Assembly.Location;

        var (code, output, _) = await Run("rules", "--analyzer", assembly);

        code.Should().Be(0);
        output.Should().Contain("SL1001").And.Contain("SL1004").And.Contain("SL8001").And.Contain("SL9001");
    }

    [Test]
    public async Task Rules_OneId_PrintsDescriptionAndDefinition()
    {
        var (code, output, _) = await Run("rules", "SL1004");

        code.Should().Be(0);
        output.Should().Contain("SL1004: Unreciprocated concession").And.Contain("Don't give without getting").And.Contain("nonPriceGets: true");
    }

    [TestCase("SL5001", "minConcessions: 2")]
    [TestCase("SL6003", "ignoreQuestions:")]
    public async Task Rules_BuiltInAnalyzer_PrintsItsOptions(string id, string option)
    {
        var (code, output, _) = await Run("rules", id);

        code.Should().Be(0);
        output.Should().Contain("## Options (as loaded").And.Contain(option);
    }

    [Test]
    public async Task Check_Glob_ExpandsAcrossFolders()
    {
        var (code, output, _) = await Run("check", Path.Combine(Samples, "**", "*.vtt").Replace('\\', '/'), "--filter", "SL1004");

        code.Should().Be(0);
        output.Should().Contain("negotiation-giveaway.vtt(turn 7, 00:00:45): warning SL1004");
        output.Should().NotContain("deepgram.json", "a .json file does not match *.vtt");
        output.Should().Contain("5 file(s), 5 conversation(s)", "the five .vtt samples are in three folders");
    }

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => TestSupport.RunCliAsync(args);
}
