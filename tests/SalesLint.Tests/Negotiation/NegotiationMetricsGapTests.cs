using SalesLint.Metrics;
using SalesLint.Negotiation;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Negotiation;

public sealed class NegotiationMetricsGapTests
{
    [Test]
    public void AddTo_DealWithAnUnansweredConcession_GivesTheSharesOfTheOpeningGap()
    {
        // Gap 200 - 120 = 80. The seller gives 200 -> 180 (answered by 120 -> 140), then 180 -> 160 unanswered, then takes 140.
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("couch is 200"),
            Buyer("would you take 120"),
            Seller("i can do 180"),
            Buyer("140?"),
            Seller("ok 160 then"),
            Buyer("140 is really my max"),
            Seller("fine, 140")));

        var metrics = NegotiationMetrics.AddTo(MetricsCalculator.ComputeAll(conversation), conversation).Conversation;

        metrics[MetricCatalog.SellerGapConceded].Should().BeApproximately(60.0 / 80, 1e-4);
        metrics[MetricCatalog.SellerGaveAwayShare].Should().BeApproximately(20.0 / 80, 1e-4);
    }

    [Test]
    public void AddTo_CallWithoutABuyerNumber_HasNoGapMetrics()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("The plan is $400 a month."),
            Buyer("What does it include?"),
            Seller("Everything in the starter plan, plus support.")));

        var metrics = NegotiationMetrics.AddTo(MetricsCalculator.ComputeAll(conversation), conversation).Conversation;

        metrics.Keys.Should().NotContain([MetricCatalog.SellerGapConceded, MetricCatalog.SellerGaveAwayShare]);
    }
}
