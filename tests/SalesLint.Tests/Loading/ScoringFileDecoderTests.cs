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

    [TestCase(nameof(ScoreModel.SeverityPoints))]
    [TestCase(nameof(ScoreModel.MaxPointsPerRule))]
    public void ScoreModel_PointsHaveNoCSharpDefault(string property)
    {
        typeof(ScoreModel).GetProperty(property)!.IsDefined(typeof(RequiredMemberAttribute), inherit: false)
            .Should().BeTrue("the points come from a scoring file or the shipped rules/scoring.yaml, never from a default in code");
    }
}
