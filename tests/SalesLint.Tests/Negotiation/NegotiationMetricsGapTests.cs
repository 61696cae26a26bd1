using SalesLint.Metrics;
using SalesLint.Negotiation;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Negotiation;

public sealed class NegotiationMetricsGapTests
{
    [Test]
    public void AddTo_DealWithAnUnansweredConcession_GivesTheSharesOfTheOpeningGap()
    {
        // Gap 200 - 120 = 80. The seller gives 200 -> 180 (answered by 120 -> 140), then 180 -> 150 unanswered (a step
        // larger than the buyer's raise of 20 is no exchange of moves), then takes 140.
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("couch is 200"),
            Buyer("would you take 120"),
            Seller("i can do 180"),
            Buyer("140?"),
            Seller("ok 150 then"),
            Buyer("140 is really my max"),
            Seller("fine, 140")));

        var metrics = NegotiationMetrics.AddTo(MetricsCalculator.ComputeAll(conversation), conversation).Conversation;

        metrics[MetricCatalog.SellerGapConceded].Should().BeApproximately(60.0 / 80, 1e-4);
        metrics[MetricCatalog.SellerGaveAwayShare].Should().BeApproximately(30.0 / 80, 1e-4);
    }

    [Test]
    public void AddTo_StepNoLargerThanTheBuyersRaise_GivesNothingAway()
    {
        // 180 -> 160 answers the buyer's raise 120 -> 140 in the turn just before with a step of the same size: an
        // exchange of moves (LedgerOptions.AnsweredMoves, on by default), so nothing of the gap was given away.
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
        metrics[MetricCatalog.SellerGaveAwayShare].Should().Be(0);
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
