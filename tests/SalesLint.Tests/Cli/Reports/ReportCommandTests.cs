using System.Text.Json;

namespace SalesLint.Tests.Cli.Reports;

public sealed class ReportCommandTests
{
    private string temp = string.Empty;

    private static string Samples => Path.Combine(TestSupport.RepositoryRoot, "samples");

    private string Output => Path.Combine(temp, "report");

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    [Test]
    public async Task Report_Samples_WritesTheReportAndSummarizesSellers()
    {
        var (code, output, error) = await Run(["report", .. TestSupport.RolePlaySamples, "--out", Output]);

        code.Should().Be(0, error);
        output.Should().Contain("6 file(s), 8 call(s), 8 seller(s), 0 unreadable file(s)");
        output.Should().Contain("  Ryan Castellano: 1 call(s), mean score 39.8; coach on: Premature product talk");
        output.Should().Contain($"report: {Path.Combine(Output, "index.html")} (13 files)");
        error.Should().BeEmpty();
        Directory.GetFiles(Path.Combine(Output, "calls")).Should().HaveCount(8);
        var index = await File.ReadAllTextAsync(Path.Combine(Output, "index.html"));
        index.Should().Contain("<title>SalesLint report</title>").And.NotContain(">Trend<", "there is no history");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Output, "report.json")));
        json.RootElement.GetProperty("sellers").GetArrayLength().Should().Be(8);
    }

    [Test]
    public async Task Report_WithHistoryTwice_ShowsEachSellersTrend()
    {
        var history = Path.Combine(temp, "results.db");

        var first = await Run(["report", .. TestSupport.RolePlaySamples, "--out", Output, "--history", history, "--title", "Week 1"]);
        var second = await Run(["report", .. TestSupport.RolePlaySamples, "--out", Output, "--history", history, "--title", "Week 2"]);

        first.Code.Should().Be(0, first.Error);
        first.Output.Should().Contain($"history: run 1 appended to {history}");
        second.Code.Should().Be(0, second.Error);
        second.Output.Should().Contain("history: run 2 appended");
        var index = await File.ReadAllTextAsync(Path.Combine(Output, "index.html"));
        index.Should().Contain("<title>Week 2</title>").And.Contain(">Trend</th>");
        index.Split("<svg class=\"spark\"").Should().HaveCount(9, "one sparkline per seller");
        index.Should().Contain("2 run(s)").And.Contain("<polyline class=\"spark-line\"");
        var sellers = (await File.ReadAllLinesAsync(Path.Combine(Output, "sellers.csv"))).ToList();
        sellers[0].Should().EndWith(",runs,previous_mean_score");
        sellers[1].Should().StartWith("Ryan Castellano,").And.EndWith(",2,39.8");
    }

    [Test]
    public async Task Report_WithHistoryAfterARuleChange_StartsANewTrend()
    {
        var history = Path.Combine(temp, "results.db");
        var calls = Path.Combine(temp, "calls");
        Directory.CreateDirectory(calls);
        File.Copy(Path.Combine(Samples, "pitch-first.txt"), Path.Combine(calls, "pitch-first.txt"));

        var first = await Run("report", calls, "--out", Output, "--history", history);
        var filtered = await Run("report", calls, "--out", Output, "--history", history, "--min-level", "error");
        await File.WriteAllTextAsync(Path.Combine(calls, ".saleslint.yaml"), "extends: [recommended]\nrules: { SL1003: none }\n");
        var changed = await Run("report", calls, "--out", Output, "--history", history);

        first.Code.Should().Be(0, first.Error);
        filtered.Output.Should().NotContain("trends leave out", "a reporting filter does not change the score");
        changed.Code.Should().Be(0, changed.Error);
        changed.Output.Should().Contain("history: run 3 appended").And.Contain("history: trends leave out 2 earlier run(s) scored with other rules or configuration");
        var index = await File.ReadAllTextAsync(Path.Combine(Output, "index.html"));
        index.Should().Contain("1 run(s)").And.NotContain("2 run(s)");
    }

    [Test]
    public void RunIdentity_SameRulesAndConfiguration_Match()
    {
        var resolver = new SalesLint.Configuration.ProfileResolver(new SalesLint.Configuration.ResolverOptions { Discover = false });
        var filtered = new SalesLint.Configuration.ProfileResolver(new SalesLint.Configuration.ResolverOptions { Discover = false, MinLevel = SalesLint.Diagnostics.DiagnosticSeverity.Error, Filter = ["SL1004"] });
        var switchedOff = Path.Combine(temp, "off.yaml");
        File.WriteAllText(switchedOff, "extends: [recommended]\nrules: { SL1004: none }\n");
        var other = new SalesLint.Configuration.ProfileResolver(new SalesLint.Configuration.ResolverOptions { ConfigPath = switchedOff });
        var sellers = new SalesLint.Configuration.ProfileResolver(new SalesLint.Configuration.ResolverOptions { Discover = false, Sellers = ["Dana"] });

        var a = SalesLint.Cli.Reports.RunIdentity.From([resolver.For("a.json")], string.Empty);
        var b = SalesLint.Cli.Reports.RunIdentity.From([filtered.For("a.json")], "--min-level error");
        var c = SalesLint.Cli.Reports.RunIdentity.From([other.For("a.json")], string.Empty);
        var d = SalesLint.Cli.Reports.RunIdentity.From([sellers.For("a.json")], string.Empty);

        a.IsComparableTo(SalesLint.Cli.Reports.RunIdentity.From([new SalesLint.Configuration.ProfileResolver(new SalesLint.Configuration.ResolverOptions { Discover = false }).For("b.json")], string.Empty)).Should().BeTrue();
        a.IsComparableTo(b).Should().BeTrue("filters only choose what is reported");
        c.RulesHash.Should().NotBe(a.RulesHash, "a rule switched off changes the rule set");
        d.ConfigHash.Should().NotBe(a.ConfigHash, "speaker roles change who is scored");
        d.RulesHash.Should().Be(a.RulesHash);
        a.ToolVersion.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task Report_BadFileAmongGood_ExitsOneListsItAndKeepsTheOthers()
    {
        await File.WriteAllTextAsync(Path.Combine(temp, "broken.json"), "{\"participants\": [ {\"id\": \"S\", \"role\": \"seller\"} ],\n  \"turns\": [ oops ] }");
        File.Copy(Path.Combine(Samples, "pitch-first.txt"), Path.Combine(temp, "pitch-first.txt"));

        var (code, output, error) = await Run("report", temp, "--out", Output);

        code.Should().Be(1);
        error.Should().MatchRegex(@"broken\.json\(2,\d+\): error SL9000: ");
        output.Should().Contain("2 file(s), 1 call(s), 1 seller(s), 1 unreadable file(s)");
        var index = await File.ReadAllTextAsync(Path.Combine(Output, "index.html"));
        index.Should().Contain("Files that could not be read").And.Contain("broken.json(2,");
        File.Exists(Path.Combine(Output, "calls", "001-pitch-first.html")).Should().BeTrue();
    }

    [Test]
    public async Task Report_SrtWithoutRoles_SellerOptionNamesTheSeller()
    {
        var srt = Path.Combine(temp, "call.srt");
        await File.WriteAllTextAsync(srt, "1\n00:00:01,000 --> 00:00:04,000\nDana: What brings you here today?\n\n2\n00:00:05,000 --> 00:00:08,000\nChris: Our forecasts are off.\n");

        var without = await Run("report", srt, "--out", Output);
        var with = await Run("report", srt, "--out", Output, "--seller", "Dana");

        without.Code.Should().Be(1);
        without.Error.Should().Contain("error SL9000").And.Contain("--seller NAME");
        with.Code.Should().Be(0, with.Error);
        with.Error.Should().BeEmpty();
        with.Output.Should().Contain("  Dana: 1 call(s)");
    }

    [Test]
    public async Task Report_WithoutOut_IsAUsageError()
    {
        var (code, _, error) = await Run("report", Samples);

        code.Should().Be(2);
        error.Should().Contain("--out");
    }

    [Test]
    public async Task Report_OutIsAFile_IsAUsageError()
    {
        var file = Path.Combine(temp, "taken");
        await File.WriteAllTextAsync(file, "x");

        var (code, _, error) = await Run("report", Samples, "--out", file);

        code.Should().Be(2);
        error.Should().Contain("is a file");
    }

    [Test]
    public async Task Report_HistoryIsNotADatabase_IsAConfigurationErrorNamingIt()
    {
        var notes = Path.Combine(temp, "notes.txt");
        await File.WriteAllTextAsync(notes, new string('x', 4096));

        var (code, _, error) = await Run("report", Path.Combine(Samples, "batch.jsonl"), "--out", Output, "--history", notes);

        code.Should().Be(2);
        error.Should().StartWith("configuration error: " + notes);
    }

    [Test]
    public async Task Report_MissingInput_IsAUsageError()
    {
        var (code, _, error) = await Run("report", Path.Combine(temp, "nothing-here"), "--out", Output);

        code.Should().Be(2);
        error.Should().Contain("no transcript found at");
        Directory.Exists(Output).Should().BeFalse();
    }

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => TestSupport.RunCliAsync(args);
}
