using SalesLint.Cli.Reports;
using SalesLint.Model;
using SalesLint.Negotiation;

namespace SalesLint.Tests.Cli.Reports;

public sealed class NegotiationChartLayoutTests
{
    [Test]
    public void Build_GiveawayCall_OneMarkPerMoveAtItsTurnAndValue()
    {
        var call = NegotiationReportTests.Batch().Calls.Single(c => c.Path.EndsWith("negotiation-giveaway.vtt", StringComparison.Ordinal));
        var conversation = call.RequireConversation();
        var ledger = conversation.Ledger;

        var layout = NegotiationChartLayout.Build(conversation, ledger);

        layout.Axis.ByTime.Should().BeTrue("the call has timestamps, so the charts share the timeline's time axis");
        layout.Charts.Should().NotBeEmpty();
        layout.Charts[0].Issue.Should().Be(NegotiationIssue.Price, "the price comes first");
        layout.Charts.SelectMany(c => c.Marks).Should().HaveCount(ledger.Moves.Count);
        layout.Charts.Select(c => (c.Issue, c.Item)).Should().OnlyHaveUniqueItems();
        foreach (var chart in layout.Charts)
        {
            chart.Low.Should().BeLessThan(chart.High);
            foreach (var mark in chart.Marks)
            {
                var position = mark.Move.Position;
                (position.Issue, position.Item).Should().Be((chart.Issue, chart.Item));
                var bar = layout.Axis.Bars[position.Turn];
                mark.X.Should().BeInRange(bar.X, bar.X + bar.Width, "a move sits inside its turn on the timeline's axis");
                mark.Y.Should().BeApproximately(NegotiationChartLayout.PlotTop + ((chart.High - mark.Move.To) / (chart.High - chart.Low) * chart.PlotHeight), 1e-9);
                mark.Y.Should().BeInRange(NegotiationChartLayout.PlotTop, chart.PlotBottom);
                ledger.Moves[mark.Index].Should().BeSameAs(mark.Move);
            }

            chart.Marks.Select(m => m.Move.Position.Turn).Should().BeInAscendingOrder("moves are in the order said");
            foreach (var line in chart.Lines)
            {
                line.Points.Should().Equal(chart.Marks.Where(m => m.Move.Party == line.Party).Select(m => (m.X, m.Y)));
            }

            chart.Ticks.Should().OnlyContain(t => t.Value >= chart.Low && t.Value <= chart.High);
        }
    }

    [Test]
    public void Build_PriceDrop_LowerPriceIsLowerOnTheChart()
    {
        var call = NegotiationReportTests.Batch().Calls.Single(c => c.Path.EndsWith("negotiation-giveaway.vtt", StringComparison.Ordinal));
        var layout = NegotiationChartLayout.Build(call.RequireConversation(), call.RequireConversation().Ledger);

        var price = layout.Charts.Single(c => c.Issue == NegotiationIssue.Price);
        var byValue = price.Marks.OrderBy(m => m.Move.To).ToList();
        byValue.Select(m => m.Y).Should().BeInDescendingOrder("SVG's y grows downward, so a lower price has a larger y");
        price.Marks.Should().Contain(m => m.Move.Kind == MoveKind.Concession && m.Move.Party == SpeakerRole.Seller, "the seller dropped the price");
    }

    [Test]
    public void Build_NoNumbers_HasNoChart()
    {
        var conversation = TestSupport.BuiltInEngine.Tokenize(TestSupport.Transcript(
            TestSupport.Seller("What made you look at forecasting tools this quarter?"),
            TestSupport.Buyer("Our managers spend Fridays on spreadsheets.")));

        NegotiationChartLayout.Build(conversation, conversation.Ledger).Charts.Should().BeEmpty();
    }

    [TestCase(MoveKind.Opening, false, false, "opening")]
    [TestCase(MoveKind.Hold, false, false, "hold")]
    [TestCase(MoveKind.Deal, false, false, "deal")]
    [TestCase(MoveKind.Concession, true, false, "concession reciprocated")]
    [TestCase(MoveKind.Concession, false, false, "concession unreciprocated")]
    [TestCase(MoveKind.Concession, false, true, "concession unreciprocated conditional")]
    [TestCase(MoveKind.Concession, true, true, "concession reciprocated conditional")]
    public void ClassOf_EachMoveClass_HasItsOwnColourClass(MoveKind kind, bool reciprocated, bool conditional, string expected)
    {
        var position = new NegotiationPosition(SpeakerRole.Seller, SpeakerRole.Seller, PositionKind.Offer, NegotiationIssue.Price, null, 160, SpeakerRole.Seller, 3, 0, new TextSpan(0, 14), "I can do 160");
        var move = new NegotiationMove
        {
            Position = position,
            Kind = kind,
            From = 200,
            To = 160,
            Reciprocated = reciprocated,
            Condition = conditional ? "if you pick it up today" : null,
        };

        NegotiationChartLayout.ClassOf(move).Should().Be(expected);
    }

    [TestCase(40000, 54000)]
    [TestCase(0, 3)]
    [TestCase(12, 15)]
    [TestCase(160, 160)]
    public void Scale_AnyRange_HasRoomAndRoundTicksInside(double min, double max)
    {
        var (low, high, ticks) = NegotiationChartLayout.Scale(min, max);

        low.Should().BeLessThan(min);
        high.Should().BeGreaterThan(max);
        ticks.Should().HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThanOrEqualTo(8).And.BeInAscendingOrder();
        ticks.Should().OnlyContain(t => t >= low && t <= high);
        var step = ticks[1] - ticks[0];
        ticks.Zip(ticks.Skip(1), (a, b) => b - a).Should().OnlyContain(d => Math.Abs(d - step) < 1e-6);
    }
}
