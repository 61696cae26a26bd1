using SalesLint.Engine;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Negotiation;

public sealed class NegotiationMetricsTests
{
    private static readonly (SalesLint.Model.SpeakerRole, string)[] Haggle =
    [
        Seller("Hi! The bike is $200, only ridden a few times."),
        Buyer("would you take 140?"),
        Seller("I can do 180"),
        Buyer("how about 150 then"),
        Seller("meet me at 170 and it's yours"),
        Buyer("deal"),
    ];

    [Test]
    public void Compute_HaggleToADeal_ReadsOpeningsDealAndEachSidesShare()
    {
        var metrics = Metrics(BuiltInEngine.Tokenize(Transcript(Haggle)));

        metrics[MetricCatalog.SellerOpeningPrice].Should().Be(200);
        metrics[MetricCatalog.BuyerOpeningPrice].Should().Be(140);
        metrics[MetricCatalog.DealPrice].Should().Be(170);
        metrics[MetricCatalog.SellerGapConceded].Should().Be(0.5, "the seller came down 30 of the 60 between the openings");
        metrics[MetricCatalog.BuyerGapConceded].Should().Be(0.5);
        metrics[MetricCatalog.SellerConcessions].Should().Be(2);
        metrics[MetricCatalog.BuyerConcessions].Should().Be(1);
        metrics[MetricCatalog.SellerReciprocatedShare].Should().Be(1, "the buyer came up after 180 and took 170");
        metrics[MetricCatalog.SellerConditionalShare].Should().Be(0);
        metrics[MetricCatalog.SellerGaveAwayShare].Should().Be(0);
    }

    [Test]
    public void Compute_UnansweredDrops_CountAsGivenAway()
    {
        var metrics = Metrics(BuiltInEngine.Tokenize(Transcript(
            Seller("the chair is 200, solid oak"),
            Buyer("would you take 120?"),
            Seller("I can do 160"),
            Buyer("still too much for me"),
            Seller("I can do 150 if you pick it up today"),
            Buyer("hmm let me think"))));

        metrics[MetricCatalog.SellerConcessions].Should().Be(2);
        metrics[MetricCatalog.SellerReciprocatedShare].Should().Be(0);
        metrics[MetricCatalog.SellerConditionalShare].Should().Be(0.5);
        metrics[MetricCatalog.SellerGaveAwayShare].Should().Be(0.5, "40 of the 80 between the openings went unconditionally and got nothing back; the conditional 10 is a trade");
        metrics[MetricCatalog.SellerGapConceded].Should().Be(0.625);
        metrics.Should().NotContainKey(MetricCatalog.DealPrice);
    }

    [Test]
    public void Compute_TradedConcessions_AreLeftOutOfTheUntradedGap()
    {
        var metrics = Metrics(BuiltInEngine.Tokenize(Transcript(
            Seller("the chair is 200, solid oak"),
            Buyer("would you take 120?"),
            Seller("I can do 160"),
            Buyer("still too much for me"),
            Seller("I can do 150 if you pick it up today"),
            Buyer("hmm let me think"))));

        metrics[MetricCatalog.SellerGapConceded].Should().Be(0.625);
        metrics[MetricCatalog.SellerUntradedGapConceded].Should().Be(0.5, "the conditional 10 of the 50 conceded is a trade");
    }

    [Test]
    public void Compute_ConcessionsAnsweredOnThePrice_AreNotTrades()
    {
        var metrics = Metrics(BuiltInEngine.Tokenize(Transcript(Haggle)));

        metrics[MetricCatalog.SellerUntradedGapConceded].Should().Be(metrics[MetricCatalog.SellerGapConceded], "the buyer answered each drop by coming up on the price: haggling, not a trade");
    }

    [Test]
    public void Compute_NoNumbers_HasNoNegotiationMetrics()
    {
        var metrics = Metrics(BuiltInEngine.Tokenize(Transcript(
            Seller("What are you hoping to change this year?"),
            Buyer("We want a forecast the board trusts."))));

        metrics.Keys.Should().NotContain(k => k.EndsWith("concessions", StringComparison.Ordinal) || k.Contains("price", StringComparison.Ordinal));
    }

    [Test]
    public void Catalog_EveryNegotiationMetric_IsDocumentedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md"));
        string[] names =
        [
            MetricCatalog.SellerOpeningPrice, MetricCatalog.BuyerOpeningPrice, MetricCatalog.DealPrice, MetricCatalog.SellerConcessions,
            MetricCatalog.BuyerConcessions, MetricCatalog.SellerReciprocatedShare, MetricCatalog.BuyerReciprocatedShare,
            MetricCatalog.SellerConditionalShare, MetricCatalog.BuyerConditionalShare, MetricCatalog.SellerGapConceded,
            MetricCatalog.BuyerGapConceded, MetricCatalog.SellerGaveAwayShare, MetricCatalog.BuyerGaveAwayShare,
            MetricCatalog.SellerUntradedGapConceded, MetricCatalog.BuyerUntradedGapConceded,
        ];

        foreach (var name in names)
        {
            MetricCatalog.All.Should().ContainKey(name);
            readme.Should().Contain(name.Replace("seller.", string.Empty, StringComparison.Ordinal).Replace("buyer.", string.Empty, StringComparison.Ordinal));
        }
    }

    [Test]
    public void Load_MetricRuleAndScoringTerm_UseTheNegotiationMetrics()
    {
        var temp = Path.Combine(Path.GetTempPath(), "saleslint-negmetrics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            File.WriteAllText(Path.Combine(temp, "SL8501-gave-away.yaml"), """
                id: SL8501
                extends: metric
                title: Gave away too much
                message: "The seller gave away {value} of the opening gap (most {max})"
                level: warning
                category: negotiation
                description: Value given away without a condition or anything back.
                metric: seller.gave_away_share
                max: 0.3
                """);
            File.WriteAllText(Path.Combine(temp, "scoring.yaml"), """
                categories:
                  negotiation: { title: Negotiation, weight: 1 }
                severityPoints: { error: 25, warning: 12, suggestion: 4 }
                maxPointsPerRule: 36
                metrics:
                  - metric: seller.gap_conceded
                    category: negotiation
                    good: 0.3
                    bad: 0.8
                    points: 20
                """);
            var rules = new RuleSetBuilder().AddDirectory(temp).Build();
            var engine = new SalesLintEngine(rules);

            var result = engine.Analyze(Transcript(
                Seller("the chair is 200, solid oak"),
                Buyer("would you take 120?"),
                Seller("I can do 160"),
                Buyer("still too much for me"),
                Seller("I can do 150 if you pick it up today"),
                Buyer("hmm let me think")));

            result.Diagnostics.Should().ContainSingle(d => d.RuleId == "SL8501").Which.Message.Should().Contain("0.5");
            result.Score.Deductions.Should().ContainSingle(d => d.Source == "metric:seller.gap_conceded").Which.Points.Should().BeApproximately(13, 0.01);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static IReadOnlyDictionary<string, double> Metrics(Conversation conversation) =>
        NegotiationMetrics.AddTo(MetricsCalculator.ComputeAll(conversation), conversation).Conversation;
}
