using SalesLint.Analyzers;
using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Tests.Analyzers;

public sealed class BuiltInAnalyzersTests
{
    private string temp = string.Empty;

    private static string GiveAway => Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt");

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-analyzers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    [Test]
    public void LoadBuiltIn_IncludesEveryBuiltInAnalyzerWithItsDocsLink()
    {
        var rules = RuleSet.LoadBuiltIn();

        rules.Analyzers.OfType<YieldingAnalyzer>().Should().ContainSingle();
        rules.Analyzers.OfType<UnansweredBuyerQuestionAnalyzer>().Should().ContainSingle();
        foreach (var id in BuiltInAnalyzers.Ids)
        {
            rules.Descriptors.Should().ContainSingle(d => d.Id == id).Which.HelpLink.Should().Be(RuleSet.DefaultHelpLinkBase + id + ".md");
        }
    }

    [Test]
    public void Load_OptionsFileInAFolder_ReplacesTheBuiltInOptions()
    {
        File.WriteAllText(Path.Combine(temp, "SL5001.yaml"), "analyzer: SL5001\noptions:\n  minConcessions: 9\n");

        var strict = new SalesLintEngine(RuleSet.Load(temp)).Analyze(TranscriptReader.ReadFile(GiveAway)[0]);
        var builtIn = TestSupport.BuiltInEngine.Analyze(TranscriptReader.ReadFile(GiveAway)[0]);

        builtIn.Diagnostics.Should().Contain(d => d.RuleId == "SL5001");
        strict.Diagnostics.Should().NotContain(d => d.RuleId == "SL5001", "nine unconditional concessions are needed now, the call has five");
    }

    [TestCase("level: error", DiagnosticSeverity.Error)]
    [TestCase("level: suggestion", DiagnosticSeverity.Suggestion)]
    [TestCase("enabled: false", DiagnosticSeverity.None)]
    public void Load_OptionsFileLevelAndEnabled_ChangeTheRule(string line, DiagnosticSeverity expected)
    {
        File.WriteAllText(Path.Combine(temp, "SL6003.yaml"), $"analyzer: SL6003\n{line}\n");

        var engine = new SalesLintEngine(RuleSet.Load(temp));

        engine.SeverityOf("SL6003").Should().Be(expected);
    }

    [TestCase("analyzer: SL5001\noptions:\n  minConcesions: 3\n", 3, "*unknown key 'minConcesions'*")]
    [TestCase("analyzer: SL5001\noptions:\n  minConcessions: 0\n", 3, "*analyzer SL5001: minConcessions must be at least 1*")]
    [TestCase("analyzer: SL5001\noptions:\n  conditionFeatures: [strings-attached]\n", 3, "*unknown feature 'strings-attached'*")]
    [TestCase("analyzer: SL6003\noptions:\n  answerTypes:\n    - question: '(?<=x)y'\n      answer: z\n", 4, "*bad.yaml(4,*analyzer SL6003: invalid pattern*")]
    [TestCase("analyzer: SL7777\n", 1, "*unknown built-in analyzer 'SL7777' (built-in analyzers: SL1004, SL5001, SL5002, SL5003, SL5004, SL5005, SL5006, SL5007, SL6003)*")]
    [TestCase("analyzer: SL5001\nlevel: loud\n", 2, "*level must be error, warning, suggestion or none*")]
    [TestCase("analyzer: SL5001\nlevel:\n", 2, "*bad.yaml(2,1): analyzer SL5001: level is empty: use error, warning, suggestion or none")]
    [TestCase("analyzer: SL5001\nlevel: ''\n", 2, "*bad.yaml(2,1): analyzer SL5001: level is empty: use error, warning, suggestion or none")]
    [TestCase("analyzer: SL5001\nenabled: maybe\n", 2, "*bad.yaml(2,10): analyzer SL5001: expected true or false, got 'maybe'")]
    [TestCase("analyzer: SL5001\noptions: [minConcessions]\n", 2, "*bad.yaml(2,10): analyzer SL5001: expected a mapping (key: value), got a list")]
    public void Load_BadOptionsFile_NamesFileAndLine(string yaml, int line, string message)
    {
        var path = Path.Combine(temp, "bad.yaml");
        File.WriteAllText(path, yaml);

        var act = () => RuleSet.Load(temp);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == line).WithMessage(message);
    }

    [Test]
    public void AddAnalyzers_BuiltInAnalyzerTwice_IsAnIdClash()
    {
        var act = () => new RuleSetBuilder().AddBuiltIn().AddAnalyzers(new YieldingAnalyzer()).Build();

        act.Should().Throw<ConfigurationException>().WithMessage("*rule ID SL5001 of analyzer 'SL5001' is already used*");
    }

    [Test]
    public void YieldingAnalyzer_InCode_ReportsWithItsOwnDefaults()
    {
        var rules = new RuleSetBuilder().AddBuiltIn().Build();
        var withoutBuiltIns = new RuleSetBuilder();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestSupport.RepositoryRoot, "rules"), "*.yaml", SearchOption.AllDirectories)
                     .Where(f => !File.ReadAllText(f).Contains("analyzer: SL", StringComparison.Ordinal)))
        {
            withoutBuiltIns.AddFile(file);
        }

        var engine = new SalesLintEngine(withoutBuiltIns.AddAnalyzers(new YieldingAnalyzer()).Build());
        var result = engine.Analyze(TranscriptReader.ReadFile(GiveAway)[0]);

        rules.Analyzers.Should().HaveCount(BuiltInAnalyzers.Ids.Count);
        engine.RuleSet.Analyzers.Should().ContainSingle();
        result.Diagnostics.Where(d => d.RuleId == "SL5001").Should().ContainSingle()
            .Which.Message.Should().StartWith("The seller gave way 5 times");
    }
}
