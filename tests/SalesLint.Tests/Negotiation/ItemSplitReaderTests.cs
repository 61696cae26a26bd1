using SalesLint.Analyzers;
using SalesLint.Model;
using SalesLint.Negotiation;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Negotiation;

/// <summary>Split offers over a shared stock (CaSiNo-style: 3 each of food, water and firewood), read through <see cref="LedgerBuilder"/>.</summary>
public sealed class ItemSplitReaderTests
{
    private static readonly LedgerOptions Stock = LedgerOptions.Default with
    {
        Items = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["food"] = "food", ["water"] = "water", ["firewood"] = "firewood", ["wood"] = "firewood", ["fire"] = "firewood",
        },
        ItemTotal = 3,
    };

    private static (Conversation Conversation, NegotiationLedger Ledger) Build(params (SpeakerRole Role, string Text)[] turns)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(turns));
        return (conversation, LedgerBuilder.Build(conversation, Stock));
    }

    /// <summary>Each offer position of the turn as (item, count, the speaker gets it).</summary>
    private static List<(string Item, double Value, bool Own)> Claims(NegotiationLedger ledger, int turn) =>
        [.. ledger.Positions.Where(p => p.Turn == turn && p.Kind == PositionKind.Offer).Select(p => (p.Item!, p.Value, p.Beneficiary == p.Speaker))];

    [TestCase("How about I get the firewood and you get the food and water?", "firewood 3 own, food 3 other, water 3 other")]
    [TestCase("You can have all the food.", "food 3 other")]
    [TestCase("I'll take 2 of the water and you get the rest.", "water 2 own, food 3 other, water 1 other, firewood 3 other")]
    [TestCase("I need at least 2 food and two firewood.", "food 2 own, firewood 2 own")]
    [TestCase("I can give you 3 firewood for 2 food.", "firewood 3 other, food 2 own")]
    [TestCase("I can spare 1 firewood.", "firewood 1 other")]
    [TestCase("So 2 water for me and 1 for you.", "water 2 own, water 1 other")]
    [TestCase("You take two food and both waters, I take one food and no water.", "food 2 other, water 2 other, food 1 own, water 0 own")]
    [TestCase("I really don't need any firewood.", "firewood 0 own")]
    [TestCase("Could you spare 2 water?", "water 2 own")]
    [TestCase("How about 3 food for 2 firewood?", "food 3 other, firewood 2 own")]
    public void Build_SplitOffer_ReadsEachCountAndWhoseShareItIs(string text, string expected)
    {
        var (_, ledger) = Build(Seller(text));

        string.Join(", ", Claims(ledger, 0).Select(c => $"{c.Item} {c.Value} {(c.Own ? "own" : "other")}")).Should().Be(expected);
    }

    [TestCase("You said you need 2 water, right?")]
    [TestCase("Do you need 1 package of food?")]
    [TestCase("Looks like there are 3 food, 3 water and 3 firewood to share.")]
    [TestCase("I need a fire going at night.")]
    public void Build_QuoteQuestionOrDescription_IsNoOffer(string text)
    {
        var (_, ledger) = Build(Seller(text));

        ledger.Positions.Should().BeEmpty();
    }

    [Test]
    public void Build_BareNumberInASplit_IsNoPrice()
    {
        var (_, ledger) = Build(Seller("We only have 10 messages left, so can I get 2 food?"));

        ledger.Positions.Should().ContainSingle().Which.Issue.Should().Be(NegotiationIssue.Units);
    }

    [Test]
    public void Build_AlternativesInOneTurn_AreOneMovePerItem()
    {
        var (_, ledger) = Build(
            Seller("I would like all the food and 1 water."),
            Buyer("That leaves me hungry."),
            Seller("Either I get 2 food and 1 water, or I get 1 food and 2 water."));

        var concession = ledger.Concessions.Should().ContainSingle().Subject;
        (concession.Position.Item, concession.From, concession.To).Should().Be(("food", 3.0, 2.0));
    }

    [Test]
    public void Build_AcceptingTheOtherSidesSplit_IsADealNotAConcession()
    {
        var (_, ledger) = Build(
            Seller("I'd like 3 water and 2 food."),
            Buyer("How about I take 2 water and 2 firewood, and you get 1 water and all the food?"),
            Seller("Sounds good to me."));

        ledger.Moves.Where(m => m.Party == SpeakerRole.Seller && m.Position.Turn == 2).Should().OnlyContain(m => m.Kind == MoveKind.Deal)
            .And.Contain(m => m.Position.Item == "water" && m.To == 1);
        ledger.Concessions.Where(c => c.Party == SpeakerRole.Seller).Should().BeEmpty();
    }

    [Test]
    public void Build_ReturningToAnEarlierOffer_IsNoNewConcession()
    {
        var (_, ledger) = Build(
            Seller("I would like all 3 water."),
            Buyer("Hmm, let me think."),
            Seller("Ok, I could take 2 water."),
            Buyer("Let me think about it."),
            Seller("Actually I need all 3 water after all."),
            Buyer("That is not fair."),
            Seller("Fine, 2 water for me then."));

        ledger.Concessions.Should().ContainSingle().Which.Position.Turn.Should().Be(2);
        ledger.Moves.Single(m => m.Position.Turn == 6).Kind.Should().Be(MoveKind.Hold, "2 water was already offered in turn 2");
    }

    [Test]
    public void Build_MeetingTheOtherSidesCountOnAnItem_IsTheDealOnIt()
    {
        var (_, ledger) = Build(
            Seller("I need all 3 water."),
            Buyer("I need 2 of the water."),
            Seller("Fine, you take 2 water and I keep 1."));

        ledger.Moves.Where(m => m.Party == SpeakerRole.Seller && m.Position.Turn == 2 && m.Position.Item == "water").Should().ContainSingle(m => m.Kind == MoveKind.Deal);
        ledger.Concessions.Should().BeEmpty();
    }

    [Test]
    public void Find_OtherSideNamedCountsInPieces_IsNoConcessionBeforeANumber()
    {
        var (conversation, ledger) = Build(
            Seller("I want all the firewood."),
            Buyer("I need 2 or 3 pieces of firewood myself."),
            Seller("OK, I could live with 2 firewood."));

        new ConcessionBeforeBuyerNumberAnalyzer().Find(conversation, ledger, SpeakerRole.Seller).Should().BeEmpty();
    }

    [Test]
    public void Find_RestatingTheOtherSidesSplit_IsNotASecondConcessionInARow()
    {
        var (conversation, ledger) = Build(
            Seller("I want 3 water and 3 food."),
            Buyer("I need some water as well."),
            Seller("OK, you can have 1 water."),
            Buyer("I'd like 2 water and 1 food."),
            Seller("So I get 1 water and 2 food."));

        new ConsecutiveConcessionsAnalyzer().Find(conversation, ledger, SpeakerRole.Seller).Should().BeEmpty();
        ledger.Moves.Where(m => m.Position.Turn == 4).Should().OnlyContain(m => m.Kind == MoveKind.Deal);
    }

    [Test]
    public void Find_TwoAlternativesAfterAnOpening_AreNotTwoConcessionsInARow()
    {
        var (conversation, ledger) = Build(
            Seller("I want all the water and 2 food."),
            Buyer("No, I need water too."),
            Seller("Then either I get 2 water and 2 food, or I get 1 water and 3 food."));

        new ConsecutiveConcessionsAnalyzer().Find(conversation, ledger, SpeakerRole.Seller).Should().BeEmpty();
        new GrowingConcessionsAnalyzer().Find(conversation, ledger, SpeakerRole.Seller).Should().BeEmpty();
    }

    [TestCase("I definitely need more firewood. How about I have 2 and you have 1?", 0, "firewood 2 own, firewood 1 other")]
    [TestCase("Water matters most to me. I can settle for just 2 of them.", 0, "water 2 own")]
    public void Build_CountWithoutAnItem_IsTheItemUnderDiscussion(string text, int _, string expected)
    {
        var (_, ledger) = Build(Seller(text));

        string.Join(", ", ledger.Positions.Where(p => p.Kind == PositionKind.Offer).Select(p => $"{p.Item} {p.Value} {(p.Beneficiary == p.Speaker ? "own" : "other")}")).Should().Be(expected);
    }

    [Test]
    public void Build_CountWithoutAnItem_TakesTheItemTheOtherSideJustNamed()
    {
        var (_, ledger) = Build(Seller("I would like all the water."), Buyer("I need some water too. You can have 2."));

        ledger.Positions.Where(p => p.Turn == 1).Select(p => (p.Item, p.Value, Own: p.Beneficiary == p.Speaker)).Should().Equal(("water", 2.0, false));
    }

    [TestCase("So 3 firewood, 2 food for you and 3 water, 1 food only for me... correct?")]
    [TestCase("Just to confirm, you get 3 firewood and 1 water and I get 2 water and 3 food.")]
    [TestCase("Are you proposing that you take 3 water, 1 food, and 0 firewood?")]
    [TestCase("Can I ask why you need 2 more of the food?")]
    [TestCase("What would you need for all of your water?")]
    public void Build_ConfirmationOrQuestionAboutAnOffer_IsNoOffer(string text)
    {
        var (_, ledger) = Build(Seller(text));

        ledger.Positions.Should().BeEmpty();
    }

    [Test]
    public void Build_CountsTurnedDownAfterThem_AreRejections()
    {
        var (_, ledger) = Build(Seller("Everything meaning you get 3 firewood and 3 water is not going to work for me."));

        ledger.Positions.Should().NotBeEmpty().And.OnlyContain(p => p.Kind == PositionKind.Rejection);
    }

    [Test]
    public void Build_AdditionalCount_StepsUpFromTheStandingClaim()
    {
        var (_, ledger) = Build(Seller("I'd like 2 water and 1 food."), Buyer("My kids eat a lot."), Seller("I can give you a food and I can take an additional water."));

        ledger.Positions.Where(p => p.Turn == 2 && p.Item == "water").Select(p => p.Value).Should().Equal(3);
        ledger.Concessions.Where(m => m.Position.Item == "water").Should().BeEmpty();
    }

    [Test]
    public void Build_RepackagedOffer_IsATradeNotAConcession()
    {
        var (conversation, ledger) = Build(Seller("I'd like all 3 water."), Buyer("I need water too."), Seller("How about I take 2 water and 2 food?"));

        var water = ledger.Concessions.Should().ContainSingle(m => m.Position.Item == "water").Subject;
        water.TradedFor.Should().Be("2 more food");
        water.IsTraded.Should().BeTrue();
        new ConcessionBeforeBuyerNumberAnalyzer().Find(conversation, ledger, SpeakerRole.Seller).Should().BeEmpty();
    }

    [Test]
    public void Build_RepackagedOfferWorthLessToTheParty_IsStillAConcession()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("I'd like all 3 water."), Buyer("I need water too."), Seller("How about I take 2 water and 1 food?")));
        var values = new Dictionary<SpeakerRole, IReadOnlyDictionary<string, double>>
        {
            [SpeakerRole.Seller] = new Dictionary<string, double>(StringComparer.Ordinal) { ["water"] = 5, ["food"] = 3, ["firewood"] = 4 },
        };

        var equal = LedgerBuilder.Build(conversation, Stock);
        var valued = LedgerBuilder.Build(conversation, Stock with { ItemValues = values });

        equal.Concessions.Single(m => m.Position.Item == "water").TradedFor.Should().Be("1 more food");
        valued.Concessions.Single(m => m.Position.Item == "water").TradedFor.Should().BeNull("a water is worth 5 to the seller, a food 3");
        new ConcessionBeforeBuyerNumberAnalyzer().Find(conversation, valued, SpeakerRole.Seller).Should().ContainSingle();
    }
}
