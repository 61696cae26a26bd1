using System.Runtime.CompilerServices;
using SalesLint.Diagnostics;
using SalesLint.Loading;
using SalesLint.Rules;
using SalesLint.Scoring;

namespace SalesLint.Tests.Loading;

/// <summary>Scoring defaults have one source, the shipped <c>rules/scoring.yaml</c>: no C# default, and the shipped file must declare them all.</summary>
public sealed class ScoringFileDecoderTests
{
    private const string Categories = "categories:\n  discovery: {weight: 1}\n";

    [Test]
    public void Decode_BuiltInWithoutEveryDefault_IsRejected()
    {
        var source = YamlSource.Load("builtin:scoring.yaml", Categories + "severityPoints: {error: 25, warning: 12}\nmaxPointsPerRule: 36\n", CancellationToken.None);

        var act = () => ScoringFileDecoder.Decode(source, builtIn: true);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 3).WithMessage("*must declare severityPoints for error, warning and suggestion, and maxPointsPerRule*");
    }

    [Test]
    public void Decode_CustomWithoutPoints_TakesEveryValueFromTheShippedModel()
    {
        var model = ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Categories, CancellationToken.None), builtIn: false).Model;

        model.SeverityPoints.Should().Equal(ScoringFileDecoder.ShippedModel.SeverityPoints);
        model.MaxPointsPerRule.Should().Be(ScoringFileDecoder.ShippedModel.MaxPointsPerRule);
        ScoringFileDecoder.ShippedModel.SeverityPoints.Should().Equal(RuleSet.LoadBuiltIn().Scoring.SeverityPoints);
        ScoringFileDecoder.ShippedModel.SeverityPoints.Keys.Should().BeEquivalentTo([DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Suggestion]);
    }

    [Test]
    public void Decode_TermWithFindingsCap_KeepsItAndRejectsANegativeOne()
    {
        const string Term = "metrics:\n  - {metric: seller.gap_conceded, category: discovery, good: 0, bad: 1, points: 50, findingsCap: CAP}\n";

        var model = ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Categories + Term.Replace("CAP", "10", StringComparison.Ordinal), CancellationToken.None), builtIn: false).Model;
        var act = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Categories + Term.Replace("CAP", "-1", StringComparison.Ordinal), CancellationToken.None), builtIn: false);

        model.Metrics.Should().ContainSingle().Which.FindingsCap.Should().Be(10);
        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 4).WithMessage("*findingsCap must not be negative*");
    }

    [Test]
    public void Decode_Answering_KeepsItAndRejectsUnknownSignals()
    {
        const string Signals = "signals:\n  asks: {speaker: seller, act: question}\n  answers: {speaker: buyer, labels: [goal]}\n";

        var model = ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Categories + Signals + "answering:\n  answers: asks\n", CancellationToken.None), builtIn: false).Model;
        var unknownKey = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Categories + Signals + "answering:\n  answer: asks\n", CancellationToken.None), builtIn: false);
        var unknownValue = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Categories + Signals + "answering:\n  answers: ask\n", CancellationToken.None), builtIn: false);
        var chained = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Categories + Signals + "answering:\n  answers: asks\n  asks: answers\n", CancellationToken.None), builtIn: false);

        model.Answering.Should().Equal(new Dictionary<string, string> { ["answers"] = "asks" });
        unknownKey.Should().Throw<ConfigurationException>().Where(e => e.Line == 7).WithMessage("*answering: unknown signal 'answer'*");
        unknownValue.Should().Throw<ConfigurationException>().Where(e => e.Line == 7).WithMessage("*answering.answers: unknown signal 'ask'*");
        chained.Should().Throw<ConfigurationException>().WithMessage("*counts only answers itself*");
    }

    [Test]
    public void Decode_NamedPatternByAlias_IsSharedBySignals()
    {
        const string Yaml = Categories + "patterns:\n  hedge: &hedge '\\b(maybe|perhaps)\\b'\n" +
            "signals:\n  yes: {speaker: buyer, labels: [agreement], notPattern: *hedge}\n  next: {speaker: buyer, pattern: 'tuesday', notPattern: *hedge}\n";

        var model = ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Yaml, CancellationToken.None), builtIn: false).Model;

        model.Signals["yes"].NotPattern.Should().Be(@"\b(maybe|perhaps)\b");
        model.Signals["next"].NotPattern.Should().Be(@"\b(maybe|perhaps)\b");
    }

    [Test]
    public void Decode_AliasWithoutAnchor_IsAnErrorAtItsLine()
    {
        const string Yaml = Categories + "patterns:\n  hedge: &hedge 'maybe'\nsignals:\n  yes: {speaker: buyer, notPattern: *hegde}\n";

        var act = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Yaml, CancellationToken.None), builtIn: false);

        act.Should().Throw<ConfigurationException>().Where(e => e.FilePath == "team/scoring.yaml" && e.Line == 6).WithMessage("*hegde*");
    }

    [Test]
    public void Decode_InvalidNamedPattern_IsReportedAtItsName()
    {
        const string Yaml = Categories + "patterns:\n  hedge: '(maybe'\n";

        var act = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Yaml, CancellationToken.None), builtIn: false);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 4 && e.Column == 3).WithMessage("*patterns.hedge: invalid pattern*");
    }

    [Test]
    public void ShippedModel_SharedPatterns_StandOnceAndReachEverySignalThatUsesThem()
    {
        var yaml = File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, "rules", "scoring.yaml"));
        var signals = ScoringFileDecoder.ShippedModel.Signals;
        string? Inner(string signal) => signals[signal].AnyOf.Select(a => a.NotPattern).Single(p => p is not null);

        var hedge = Inner("buyer_yes_to_proposals");
        var brushOff = signals["buyer_next_steps"].NotPattern!;

        yaml.Split(hedge).Should().HaveCount(2, "the hedge text stands once");
        yaml.Split(brushOff).Should().HaveCount(2, "the brush-off text stands once");
        Inner("buyer_agreements").Should().Be(hedge);
        signals["buyer_agreements"].NotPattern.Should().Be(brushOff);
        signals["buyer_yes_to_proposals"].NotPattern.Should().Be(brushOff);
    }

    private const string Term = "metrics:\n  - good: 0\n    category: discovery\n    metric: seller.gap_conceded\n    bad: 1\n    points: 5\n";

    [TestCase("metric: seller.gap_conceded", "metric: seller.gap_concede", "metric", "metrics[0]: unknown metric 'seller.gap_concede'*")]
    [TestCase("category: discovery", "category: discovry", "category", "metrics[0]: unknown category 'discovry'*")]
    [TestCase("points: 5", "points: -5", "points", "metrics[0]: points must not be negative")]
    [TestCase("points: 5", "points: 5\n    onlyIf: {turns: 4, sellr.talk_share: 0.2}", "sellr.talk_share", "metrics[0]: unknown metric 'sellr.talk_share'*")]
    [TestCase("points: 5", "points: 5\n    atMost:\n      deal_prise: 3", "deal_prise", "metrics[0]: unknown metric 'deal_prise'*")]
    public void Decode_BadTerm_IsReportedAtItsKey(string written, string replacement, string key, string message)
    {
        var yaml = Categories + Term.Replace(written, replacement, StringComparison.Ordinal);
        var lines = yaml.Split('\n');
        var line = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal) || l.Contains(" " + key + ":", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf(key, StringComparison.Ordinal) + 1;

        var act = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", yaml, CancellationToken.None), builtIn: false);

        act.Should().Throw<ConfigurationException>().Where(e => e.FilePath == "team/scoring.yaml" && e.Line == line && e.Column == column).WithMessage($"team/scoring.yaml({line},{column}): {message}");
    }

    [TestCase("categories: [discovery]\n", 1, 13, "expected a mapping (key: value), got a list")]
    [TestCase("categories:\n  discovery: [1, 2]\n", 2, 14, "expected a mapping (key: value), got a list")]
    [TestCase("categories:\n  discovery: {weight: 1}\nmetrics: {metric: seller.gap_conceded}\n", 3, 10, "expected a list, got a mapping (key: value)")]
    [TestCase("categories:\n  discovery: {weight: 1}\nmetrics:\n  - {metric: seller.gap_conceded, category: discovery, reason: [cheap, fast]}\n", 4, 64, "expected a single value, got a list")]
    [TestCase("categories:\n  discovery: {title: [Discovery]}\n", 2, 22, "expected a single value, got a list")]
    [TestCase("categories:\n  discovery: weighty\n", 2, 14, "expected a mapping (key: value), got 'weighty'")]
    public void Decode_WrongType_SaysWhatWasExpectedAtTheValue(string yaml, int line, int column, string message)
    {
        var act = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", yaml, CancellationToken.None), builtIn: false);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == line && e.Column == column).WithMessage($"team/scoring.yaml({line},{column}): {message}");
    }

    [Test]
    public void Decode_TermWithAnEmptyKey_SaysWhichKeyNeedsAValue()
    {
        var act = () => ScoringFileDecoder.Decode(YamlSource.Load("team/scoring.yaml", Categories + Term.Replace("metric: seller.gap_conceded", "metric:", StringComparison.Ordinal), CancellationToken.None), builtIn: false);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 6 && e.Column == 5).WithMessage("team/scoring.yaml(6,5): 'metric' needs a value (it is empty)");
    }

    [TestCase(nameof(ScoreModel.SeverityPoints))]
    [TestCase(nameof(ScoreModel.MaxPointsPerRule))]
    public void ScoreModel_PointsHaveNoCSharpDefault(string property)
    {
        typeof(ScoreModel).GetProperty(property)!.IsDefined(typeof(RequiredMemberAttribute), inherit: false)
            .Should().BeTrue("the points come from a scoring file or the shipped rules/scoring.yaml, never from a default in code");
    }
}
