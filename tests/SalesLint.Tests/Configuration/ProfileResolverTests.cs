using SalesLint.Configuration;
using SalesLint.Diagnostics;

namespace SalesLint.Tests.Configuration;

public sealed class ProfileResolverTests
{
    private string root = string.Empty;

    [SetUp]
    public void SetUp()
    {
        root = Path.Combine(Path.GetTempPath(), "saleslint-profile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "negotiation"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(root, recursive: true);

    [Test]
    public void For_NoConfig_UsesBuiltInRules()
    {
        var profile = new ProfileResolver().For(Path.Combine(root, "call.json"));

        profile.Config.Should().BeNull();
        profile.Engine.SeverityOf("SL1003").Should().Be(DiagnosticSeverity.Warning);
    }

    [Test]
    public void For_Config_AppliesLevelsParametersLexiconsAndSpeakers()
    {
        Write(".saleslint.yaml", """
            rules:
              SL1003: none
              SL1001: { level: error, min: 0.5 }
            categories: { negotiation: error }
            lexicons: { product: [ForecastPro] }
            speakers: { sellers: [Dana] }
            """);

        var profile = new ProfileResolver().For(Path.Combine(root, "call.json"));

        profile.Engine.SeverityOf("SL1003").Should().Be(DiagnosticSeverity.None);
        profile.Engine.SeverityOf("SL1001").Should().Be(DiagnosticSeverity.Error);
        profile.Engine.SeverityOf("SL1004").Should().Be(DiagnosticSeverity.Error);
        profile.Engine.RuleSet.Rules.OfType<SalesLint.RuleKinds.MetricRule>().Single(r => r.Id == "SL1001").Min.Should().Be(0.5);
        profile.Engine.RuleSet.Lexicons.Single(l => l.Name == "product").Terms.Should().Contain("ForecastPro");
        profile.ReaderOptions.Sellers.Should().Equal("Dana");
        var result = profile.Engine.Analyze(TestSupport.Transcript(TestSupport.Seller("ForecastPro is great.")));
        result.Diagnostics.Should().Contain(d => d.RuleId == "SL1002").And.NotContain(d => d.RuleId == "SL1003");
    }

    [Test]
    public void For_OverrideGlob_AppliesOnlyToMatchingFiles()
    {
        Write(".saleslint.yaml", "overrides:\n  - files: [\"negotiation/**\"]\n    rules: { SL1001: none }\n");
        var resolver = new ProfileResolver();

        resolver.For(Path.Combine(root, "negotiation", "a.vtt")).Engine.SeverityOf("SL1001").Should().Be(DiagnosticSeverity.None);
        resolver.For(Path.Combine(root, "discovery.vtt")).Engine.SeverityOf("SL1001").Should().Be(DiagnosticSeverity.Warning);
        resolver.For(Path.Combine(root, "negotiation", "b.vtt")).Should().BeSameAs(resolver.For(Path.Combine(root, "negotiation", "a.vtt")));
    }

    [Test]
    public void For_UnknownRuleParameter_ThrowsAtTheConfigLine()
    {
        Write(".saleslint.yaml", "rules:\n  SL1001:\n    level: error\n    minimum: 0.5\n");

        var act = () => new ProfileResolver().For(Path.Combine(root, "call.json"));

        act.Should().Throw<ConfigurationException>()
            .Where(e => e.FilePath!.EndsWith(".saleslint.yaml", StringComparison.Ordinal) && e.Line == 4 && e.Column == 5)
            .WithMessage("*unknown parameter 'minimum'*min*");
    }

    [Test]
    public void For_BadParameterValue_ThrowsNamingTheRule()
    {
        Write(".saleslint.yaml", "rules:\n  SL1001: { min: 2, max: 1 }\n");

        var act = () => new ProfileResolver().For(Path.Combine(root, "call.json"));

        act.Should().Throw<ConfigurationException>().WithMessage("*rule SL1001: min (2) is greater than max (1)*");
    }

    [Test]
    public void For_UnknownRuleId_Throws()
    {
        Write(".saleslint.yaml", "rules:\n  SL1999: none\n");

        var act = () => new ProfileResolver().For(Path.Combine(root, "call.json"));

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 2).WithMessage("*unknown rule 'SL1999'*");
    }

    [Test]
    public void For_ExtendsAnotherConfig_InheritsItsSettings()
    {
        Write("base.yaml", "rules: { SL1003: none }\nlexicons: { competitor-names: [Acme] }\n");
        Write(".saleslint.yaml", "extends: [recommended, base.yaml]\nrules: { SL1004: error }\n");

        var profile = new ProfileResolver().For(Path.Combine(root, "call.json"));

        profile.Engine.SeverityOf("SL1003").Should().Be(DiagnosticSeverity.None);
        profile.Engine.SeverityOf("SL1004").Should().Be(DiagnosticSeverity.Error);
        profile.Engine.RuleSet.Lexicons.Should().Contain(l => l.Name == "competitor-names");
    }

    [Test]
    public void For_Filter_ReportsOnlyMatchingRules()
    {
        var profile = new ProfileResolver(new ResolverOptions { Filter = ["SL1004,positioning"] }).For(Path.Combine(root, "x.json"));

        profile.Engine.Options.OnlyRules.Should().Contain(["SL1004", "SL1003"]).And.NotContain("SL1001");
        profile.Engine.SeverityOf("SL1001").Should().Be(DiagnosticSeverity.Warning, "a filtered-out rule still runs and counts in the score");
    }

    [Test]
    public void For_FilterMatchingNothing_ThrowsNamingTheOptionNotAFlag()
    {
        var act = () => new ProfileResolver(new ResolverOptions { Filter = ["SL77*"] }).For(Path.Combine(root, "x.json"));

        var error = act.Should().Throw<ConfigurationException>().Which;
        error.Message.Should().Contain("ResolverOptions.Filter entry 'SL77*' matches no rule").And.NotContain("--").And.NotContain("saleslint rules");
        error.Reword(new FlagWording()).Message.Should().Contain("-filter 'SL77*' matches no rule ID or category (see the rules command)");
    }

    [Test]
    public void For_UnknownRuleId_AdvisesTheLibraryCaller()
    {
        Write(".saleslint.yaml", "rules:\n  SL1999: none\n");

        var act = () => new ProfileResolver().For(Path.Combine(root, "call.json"));

        var error = act.Should().Throw<ConfigurationException>().Which;
        error.Message.Should().Contain("SalesLintEngine.Descriptors").And.NotContain("saleslint rules");
        error.Reword(new FlagWording()).Should().Match<ConfigurationException>(e => e.Line == 2 && e.Message.Contains("(see the rules command)", StringComparison.Ordinal));
    }

    [Test]
    public void For_MissingBaseline_AdvisesBaselineWrite()
    {
        var act = () => Baseline.Load(Path.Combine(root, "missing.json"));

        var error = act.Should().Throw<ConfigurationException>().Which;
        error.Message.Should().Contain("baseline file not found (write one with Baseline.Write)");
        error.Reword(new FlagWording()).Message.Should().Contain("baseline file not found (use -write-baseline)");
    }

    [Test]
    public void Reword_ErrorWithoutAdvice_IsTheSameError()
    {
        var error = new ConfigurationException("x.yaml", "bad", 1, 2);

        error.Reword(new FlagWording()).Should().BeSameAs(error);
    }

    /// <summary>A wording of a made-up front end, to see the advice follow the caller's words.</summary>
    private sealed class FlagWording : SettingWording
    {
        public override string FilterEntry(string entry) => $"-filter '{entry}'";

        public override string WhereRulesAreListed() => "see the rules command";

        public override string AllowCode(string? trustListPath) => "use -trust";

        public override string CreateBaseline() => "use -write-baseline";
    }

    [Test]
    public void For_ExplicitConfig_IgnoresDiscovery()
    {
        Write(".saleslint.yaml", "rules: { SL1003: none }\n");
        Write("other.yaml", "rules: { SL1002: none }\n");

        var profile = new ProfileResolver(new ResolverOptions { ConfigPath = Path.Combine(root, "other.yaml") }).For(Path.Combine(root, "call.json"));

        profile.Engine.SeverityOf("SL1003").Should().Be(DiagnosticSeverity.Warning);
        profile.Engine.SeverityOf("SL1002").Should().Be(DiagnosticSeverity.None);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(root, name), text);
}
