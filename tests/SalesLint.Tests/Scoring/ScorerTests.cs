using SalesLint.Diagnostics;
using SalesLint.Rules;
using SalesLint.Scoring;

namespace SalesLint.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly ScoreModel Model = new()
    {
        Categories = [new ScoreCategory("discovery", "Discovery", 1), new ScoreCategory("negotiation", "Negotiation", 3)],
        SeverityPoints = new Dictionary<DiagnosticSeverity, double> { [DiagnosticSeverity.Error] = 20, [DiagnosticSeverity.Warning] = 10, [DiagnosticSeverity.Suggestion] = 4 },
        MaxPointsPerRule = 25,
        Metrics = [new MetricScoreTerm("seller.talk_share", "discovery", Good: 0.4, Bad: 0.8, Points: 20, OnlyIf: new Dictionary<string, double>())],
    };

    [Test]
    public void Compute_NoFindingsGoodMetrics_Is100()
    {
        var score = Scorer.Compute(Model, [], new Dictionary<string, double> { ["seller.talk_share"] = 0.3 });

        score.Overall.Should().Be(100);
        score.Deductions.Should().BeEmpty();
    }

    [Test]
    public void Compute_FindingsAndMetric_DeductPerCategoryAndWeight()
    {
        var diagnostics = Enumerable.Range(0, 3).Select(_ => Finding("SL1004", "negotiation", DiagnosticSeverity.Warning)).ToList();

        var score = Scorer.Compute(Model, diagnostics, new Dictionary<string, double> { ["seller.talk_share"] = 0.6 });

        score.Categories.Single(c => c.Id == "negotiation").Score.Should().Be(75, "three warnings at 10 points are capped at 25");
        score.Categories.Single(c => c.Id == "discovery").Score.Should().Be(90, "talk share 0.6 is halfway from 0.4 to 0.8");
        score.Overall.Should().Be(78.8);
        score.Deductions.Select(d => d.Source).Should().Equal("SL1004", "metric:seller.talk_share");
        score.Deductions[0].Reason.Should().Be("3 findings of SL1004");
    }

    [Test]
    public void Compute_MetricBeyondBad_DeductsAllPointsOnly()
    {
        var score = Scorer.Compute(Model, [], new Dictionary<string, double> { ["seller.talk_share"] = 0.95 });

        score.Deductions.Should().ContainSingle().Which.Points.Should().Be(20);
    }

    [Test]
    public void Compute_UnknownCategoryOrNoneSeverity_IsIgnored()
    {
        var diagnostics = new[] { Finding("SL9001", "engine", DiagnosticSeverity.Error), Finding("SL1002", "discovery", DiagnosticSeverity.None) };

        Scorer.Compute(Model, diagnostics, new Dictionary<string, double>()).Overall.Should().Be(100);
    }

    [Test]
    public void Compute_ReasonWithMetricPlaceholders_NamesTheAmounts()
    {
        var model = Model with
        {
            Metrics =
            [
                new MetricScoreTerm("seller.gap_conceded", "negotiation", Good: 0, Bad: 1, Points: 50, OnlyIf: new Dictionary<string, double>())
                {
                    Reason = "gave up {value:%} of the gap (asked {seller.opening_price:n}, offered {buyer.opening_price:n}, {deal_price})",
                },
            ],
        };
        var metrics = new Dictionary<string, double> { ["seller.gap_conceded"] = 0.8, ["seller.opening_price"] = 1500, ["buyer.opening_price"] = 1000 };

        var score = Scorer.Compute(model, [], metrics);

        score.Deductions.Should().ContainSingle().Which.Reason.Should().Be(
            "gave up 80% of the gap (asked 1,500, offered 1,000, {deal_price}) (no deduction at 0, full 50 points at 1)");
        score.Deductions[0].Points.Should().Be(40);
    }

    [Test]
    public void Compute_NoPriceNegotiation_LosesNoNegotiationPoints()
    {
        var model = RuleSet.LoadBuiltIn().Scoring;

        var score = Scorer.Compute(model, [], new Dictionary<string, double> { ["seller.opening_price"] = 65, ["seller.concessions"] = 0 });

        score.Categories.Single(c => c.Id == "negotiation").Score.Should().Be(100);
    }

    [Test]
    public void Compute_TermWithFindingsCap_ScalesTheCategorysFindingsWhileItsMetricIsPresent()
    {
        var model = Model with
        {
            Metrics =
            [
                new MetricScoreTerm("seller.gap_conceded", "negotiation", Good: 0, Bad: 1, Points: 50, OnlyIf: new Dictionary<string, double>()) { FindingsCap = 10 },
            ],
        };
        var diagnostics = new[]
        {
            Finding("SL1004", "negotiation", DiagnosticSeverity.Warning), Finding("SL1004", "negotiation", DiagnosticSeverity.Warning),
            Finding("SL5002", "negotiation", DiagnosticSeverity.Warning), Finding("SL1001", "discovery", DiagnosticSeverity.Error),
        };

        var measured = Scorer.Compute(model, diagnostics, new Dictionary<string, double> { ["seller.gap_conceded"] = 0 });
        var unmeasured = Scorer.Compute(model, diagnostics, new Dictionary<string, double>());

        measured.Deductions.Where(d => d.Category == "negotiation").Select(d => d.Points).Should().Equal([6.7, 3.3], "20 and 10 points scaled to 10 together, though the term itself deducts nothing");
        measured.Deductions.Single(d => d.Source == "SL1004").Reason.Should().Be("2 findings of SL1004 (20 points before the cap: negotiation findings cost at most 10 together when seller.gap_conceded is measured)");
        measured.Categories.Single(c => c.Id == "discovery").Score.Should().Be(80, "the cap is the term's category's only");
        unmeasured.Categories.Single(c => c.Id == "negotiation").Score.Should().Be(70, "without the metric the findings cost in full");
    }

    [Test]
    public void Compute_ShippedModel_TradedConcessionsCostLittle()
    {
        var model = RuleSet.LoadBuiltIn().Scoring;
        var prices = new Dictionary<string, double> { ["seller.opening_price"] = 72_000, ["buyer.opening_price"] = 60_000, ["seller.gap_conceded"] = 0.6 };

        var traded = Scorer.Compute(model, [], new Dictionary<string, double>(prices) { ["seller.untraded_gap_conceded"] = 0, ["seller.gave_away_share"] = 0 });
        var givenAway = Scorer.Compute(model, [], new Dictionary<string, double>(prices) { ["seller.untraded_gap_conceded"] = 0.6, ["seller.gave_away_share"] = 0.6 });

        traded.Categories.Single(c => c.Id == "negotiation").Score.Should().BeGreaterThanOrEqualTo(80, "60% of the gap traded for a term and a reference costs 30% of the same given for nothing");
        givenAway.Categories.Single(c => c.Id == "negotiation").Score.Should().BeLessThan(40);
    }

    private static Diagnostic Finding(string id, string category, DiagnosticSeverity severity) => new()
    {
        RuleId = id,
        Severity = severity,
        Category = category,
        Message = "m",
        Location = DiagnosticLocation.Conversation,
        HelpLink = "h",
    };

    [Test]
    public void CountSignals_AnsweringSignal_CountsOnlyTheAnswerToAQuestion()
    {
        var rules = RuleSet.LoadBuiltIn();
        var asked = TestSupport.BuiltInEngine.Tokenize(TestSupport.Transcript(
            TestSupport.Seller("Thanks for taking the call."),
            TestSupport.Seller("What made you look at new software this quarter?"),
            TestSupport.Buyer("Our last software rollout was a disaster and the team is still angry about it.")));
        var volunteered = TestSupport.BuiltInEngine.Tokenize(TestSupport.Transcript(
            TestSupport.Seller("What made you look at new software this quarter?"),
            TestSupport.Buyer("Sure, go ahead."),
            TestSupport.Seller("Our platform does scheduling, billing and reporting in one place."),
            TestSupport.Buyer("Our last software rollout was a disaster and the team is still angry about it.")));

        var whenAsked = Scorer.CountSignals(rules.Signals, rules.Scoring.Answering, asked);
        var whenVolunteered = Scorer.CountSignals(rules.Signals, rules.Scoring.Answering, volunteered);

        whenAsked["signal.discovery_answers"].Should().Be(1, "the problem answers the seller's question, asked in the seller's run of turns just before");
        whenVolunteered["signal.discovery_answers"].Should().Be(0, "the problem follows a pitch, not a question");
    }

    [Test]
    public void Compute_TermThatDeductsNothing_ReadsNoGate()
    {
        var model = Model with
        {
            Metrics = [new MetricScoreTerm("seller.questions", "discovery", Good: 5, Bad: 1, Points: 80, OnlyIf: new Dictionary<string, double>())
            {
                AtMost = new Dictionary<string, double> { ["signal.discovery_answers"] = 0 },
            }],
        };
        var asked = new ReadRecorder(new Dictionary<string, double> { ["seller.questions"] = 7, ["signal.discovery_answers"] = 0 });
        var few = new ReadRecorder(new Dictionary<string, double> { ["seller.questions"] = 2, ["signal.discovery_answers"] = 0 });

        Scorer.Compute(model, [], asked).Deductions.Should().BeEmpty();
        Scorer.Compute(model, [], few).Deductions.Should().ContainSingle().Which.Points.Should().Be(60);

        asked.Read.Should().Equal(["seller.questions"], "a signal the score counts on first use is not counted for a term that cannot deduct");
        few.Read.Should().Contain("signal.discovery_answers");
    }

    /// <summary>Metrics that remember which names were read.</summary>
    private sealed class ReadRecorder(Dictionary<string, double> values) : IReadOnlyDictionary<string, double>
    {
        public List<string> Read { get; } = [];

        public int Count => values.Count;

        public IEnumerable<string> Keys => values.Keys;

        public IEnumerable<double> Values => values.Values;

        public double this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public bool ContainsKey(string key) => values.ContainsKey(key);

        public bool TryGetValue(string key, out double value)
        {
            Read.Add(key);
            return values.TryGetValue(key, out value);
        }

        public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
