using SalesLint.Model;
using SalesLint.Negotiation;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Negotiation;

public sealed class DealFormReaderTests
{
    private static readonly LedgerOptions Stock = LedgerOptions.Default with
    {
        Items = new Dictionary<string, string> { ["firewood"] = "firewood", ["water"] = "water", ["food"] = "food" },
        ItemTotal = 3,
    };

    [Test]
    public void Read_SubmittedSplit_IsTheProposersOfferPerItem()
    {
        var ledger = LedgerBuilder.Build(BuiltInEngine.Tokenize(Transcript(
            Seller("I need firewood the most."),
            Buyer("[Submit-Deal: I get Food 2, Water 3, Firewood 0; you get Food 1, Water 0, Firewood 3]"))), Stock);

        var offered = ledger.Positions.Where(p => p.Turn == 1).ToList();
        offered.Should().OnlyContain(p => p.Kind == PositionKind.Offer && p.Speaker == SpeakerRole.Buyer);
        offered.Where(p => p.Beneficiary == SpeakerRole.Buyer).Select(p => (p.Item, p.Value)).Should().Equal(("food", 2.0), ("water", 3.0), ("firewood", 0.0));
        offered.Where(p => p.Beneficiary == SpeakerRole.Seller).Select(p => (p.Item, p.Value)).Should().Equal(("food", 1.0), ("water", 0.0), ("firewood", 3.0));
    }

    [Test]
    public void Read_AcceptedSubmittedSplit_IsTheDealOnEachItem()
    {
        var ledger = LedgerBuilder.Build(BuiltInEngine.Tokenize(Transcript(
            Seller("How about you take all the water and I take all the firewood?"),
            Buyer("[Submit-Deal: I get Food 2, Water 3, Firewood 0; you get Food 1, Water 0, Firewood 3]"),
            Seller("[Accept-Deal]"))), Stock);

        var accepted = ledger.Positions.Where(p => p.Turn == 2).ToList();
        accepted.Should().HaveCount(3).And.OnlyContain(p => p.Kind == PositionKind.Acceptance && p.Beneficiary == SpeakerRole.Seller);
        accepted.Select(p => (p.Item, p.Value)).Should().BeEquivalentTo([("food", 1.0), ("water", 0.0), ("firewood", 3.0)]);
    }

    [TestCase("[Reject-Deal]")]
    [TestCase("[Walk-Away]")]
    public void Read_RejectionOrWalkAway_IsNoPosition(string reply)
    {
        var ledger = LedgerBuilder.Build(BuiltInEngine.Tokenize(Transcript(
            Buyer("[Submit-Deal: I get Food 2, Water 3, Firewood 0; you get Food 1, Water 0, Firewood 3]"),
            Seller(reply))), Stock);

        ledger.Positions.Should().NotContain(p => p.Turn == 1);
    }

    [Test]
    public void Read_DealFormWithoutAStockOfItems_IsNoPriceOrCount()
    {
        var ledger = LedgerBuilder.Build(BuiltInEngine.Tokenize(Transcript(
            Seller("Want to split these?"),
            Buyer("[Submit-Deal: I get Food 2, Water 3, Firewood 0; you get Food 1, Water 0, Firewood 3]"),
            Seller("[Accept-Deal]"))));

        ledger.Positions.Should().BeEmpty();
    }
}
