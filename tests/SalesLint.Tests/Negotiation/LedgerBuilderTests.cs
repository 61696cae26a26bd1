using SalesLint.Model;
using SalesLint.Negotiation;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Negotiation;

public sealed class LedgerBuilderTests
{
    private static NegotiationLedger Ledger(params (SpeakerRole Role, string Text)[] turns) =>
        BuiltInEngine.Tokenize(Transcript(turns)).Ledger;

    private static List<(int Turn, SpeakerRole Party, MoveKind Kind, double To)> Moves(NegotiationLedger ledger) =>
        [.. ledger.Moves.Select(m => (m.Position.Turn, m.Party, m.Kind, m.To))];

    [Test]
    public void Build_BarePricesInHaggling_TracksEachSidesPositions()
    {
        var ledger = Ledger(
            Seller("Hi! The bike is $200, only ridden a few times."),
            Buyer("would you take 140?"),
            Seller("I can do 180"),
            Buyer("how about 150 then"),
            Seller("meet me at 170 and it's yours"),
            Buyer("deal"));

        Moves(ledger).Should().Equal(
            (0, SpeakerRole.Seller, MoveKind.Opening, 200),
            (1, SpeakerRole.Buyer, MoveKind.Opening, 140),
            (2, SpeakerRole.Seller, MoveKind.Concession, 180),
            (3, SpeakerRole.Buyer, MoveKind.Concession, 150),
            (4, SpeakerRole.Seller, MoveKind.Concession, 170),
            (5, SpeakerRole.Buyer, MoveKind.Deal, 170));
        var first = ledger.Concessions.First();
        first.From.Should().Be(200);
        first.Amount.Should().Be(20);
        first.GapShare.Should().BeApproximately(20.0 / 60, 1e-9);
        first.Reciprocated.Should().BeTrue();
        first.ReciprocatedBy.Should().Be("came up from $140 to $150");
        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(200);
        ledger.PriceDeal!.To.Should().Be(170);
    }

    [TestCase("i can come down 50", SpeakerRole.Seller, 250)]
    [TestCase("I can go down 75 dollars if you pick it up this weekend", SpeakerRole.Seller, 225)]
    [TestCase("10 less and it's yours", SpeakerRole.Seller, 290)]
    [TestCase("i can knock $40 off the price", SpeakerRole.Seller, 260)]
    [TestCase("20 more and it's yours", SpeakerRole.Seller, 220)]
    [TestCase("I'd need another 40", SpeakerRole.Seller, 240)]
    [TestCase("meet me halfway?", SpeakerRole.Seller, 250)]
    [TestCase("how about we split the difference", SpeakerRole.Buyer, 250)]
    [TestCase("i can do 20 more", SpeakerRole.Buyer, 220)]
    [TestCase("I can come up twenty five", SpeakerRole.Buyer, 225)]
    [TestCase("could you knock 30 off?", SpeakerRole.Buyer, 270)]
    public void Build_RelativeOffer_IsAPositionFromTheStandingPrices(string text, SpeakerRole speaker, double value)
    {
        var ledger = Ledger(
            Seller("standing desk, 300, barely used"),
            Buyer("would you take 200?"),
            (speaker, text));

        var position = ledger.Positions.Should().HaveCount(3).And.Subject.Last();
        position.Party.Should().Be(speaker);
        position.Value.Should().Be(value, "a step down is from the seller's 300, a step up from the buyer's 200, the middle between them");
        position.Kind.Should().Be(PositionKind.Offer);
    }

    [TestCase("i'd take it with 2 more batteries included")]
    [TestCase("we'd need 10 more seats")]
    [TestCase("I can do 15% off")]
    [TestCase("meet in the middle at 260", 260d)]
    [TestCase("can you come down to 250", 250d)]
    public void Build_NumbersNearRelativeWords_AreNoRelativeStep(string text, params double[] prices)
    {
        var ledger = Ledger(
            Seller("standing desk, 300, barely used"),
            Buyer("would you take 200?"),
            Buyer(text));

        ledger.Positions.Where(p => p.Turn == 2 && p.Issue == NegotiationIssue.Price).Select(p => p.Value)
            .Should().Equal(prices, "only a price said outright is a price here");
    }

    [Test]
    public void Build_RelativeOfferBeforeAnyPrice_IsNoPosition()
    {
        var ledger = Ledger(Seller("the desk is in great shape"), Buyer("could you do 20 less?"));

        ledger.Positions.Should().BeEmpty();
    }

    [Test]
    public void Build_ListingPriceInMetadata_IsTheSellersOpening()
    {
        var transcript = Transcript(
            Buyer("hi is the bike still available? would you take 300"),
            Seller("i could do 420"),
            Buyer("350?"),
            Seller("meet me at 400"),
            Buyer("375"),
            Seller("ok deal")) with
        {
            Metadata = new Dictionary<string, string> { ["listing_price"] = "$450" },
        };

        var ledger = BuiltInEngine.Tokenize(transcript).Ledger;

        ledger.ListingPrice.Should().Be(450);
        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(450);
        Moves(ledger).Should().Equal(
            (0, SpeakerRole.Buyer, MoveKind.Opening, 300),
            (1, SpeakerRole.Seller, MoveKind.Concession, 420),
            (2, SpeakerRole.Buyer, MoveKind.Concession, 350),
            (3, SpeakerRole.Seller, MoveKind.Concession, 400),
            (4, SpeakerRole.Buyer, MoveKind.Concession, 375),
            (5, SpeakerRole.Seller, MoveKind.Deal, 375));
        ledger.Concessions.First().GapShare.Should().BeApproximately(30.0 / 150, 1e-9);
    }

    [TestCase("1950 and its yours", 1950)]
    [TestCase("i can do 1900", 1900)]
    [TestCase("it's a 2012 model, 1900 is fine", 1900)]
    public void Build_YearLikeNumberNearTheListing_IsAPrice(string text, double price)
    {
        var transcript = Transcript(Buyer("would you take 1700 a month"), Seller(text)) with { Metadata = new Dictionary<string, string> { ["listing_price"] = "2000" } };

        var ledger = BuiltInEngine.Tokenize(transcript).Ledger;

        ledger.Moves.Should().Contain(m => m.Party == SpeakerRole.Seller && m.Kind == MoveKind.Concession && m.To == price);
    }

    [TestCase("none, 140k miles, 2009, clean title")]
    [TestCase("its a 2009 with new tires")]
    [TestCase("bought it in 2019")]
    public void Build_YearInAListing_IsNotAPrice(string text)
    {
        var transcript = Transcript(Seller(text), Buyer("would you do 3000")) with { Metadata = new Dictionary<string, string> { ["listing_price"] = "4200" } };

        var ledger = BuiltInEngine.Tokenize(transcript).Ledger;

        ledger.Positions.Should().ContainSingle().Which.Value.Should().Be(3000);
    }

    // casino11 (session 15), held2 casino-633: head counts and counts of messages read as prices ("over 20 members",
    // "10 conversations"), written here in other words.
    [TestCase("I am bringing over 30 scouts with me, lots of cooking.")]
    [TestCase("There will be 12 family members on the trip.")]
    [TestCase("I do think we have to send 15 messages before we can submit?")]
    [TestCase("We are taking about 20 hungry teenagers.")]
    public void Build_CountOfPeopleOrMessages_IsNotAPrice(string text)
    {
        var transcript = Transcript(Seller("Hi, can I have the fuel?"), Seller(text), Buyer("Sure."));

        var ledger = BuiltInEngine.Tokenize(transcript).Ledger;

        ledger.Positions.Should().BeEmpty();
    }

    [Test]
    public void Build_BareNumbersInThousands_AreReadAtTheListingsScale()
    {
        var transcript = Transcript(
            Buyer("would you consider 15k"),
            Seller("17.5k"),
            Buyer("16.5"),
            Seller("17k firm"),
            Buyer("ok 17 it is")) with
        {
            Metadata = new Dictionary<string, string> { ["listing_price"] = "18500" },
        };

        var ledger = BuiltInEngine.Tokenize(transcript).Ledger;

        ledger.Positions.Select(p => p.Value).Should().Equal(15000, 17500, 16500, 17000, 17000);
        ledger.Moves[^1].Kind.Should().Be(MoveKind.Deal);
    }

    [Test]
    public void Build_PerSeatPriceAndOneTimeFee_AreDifferentPositions()
    {
        var ledger = Ledger(
            Seller("On pricing, we're at $65 per user per month, billed annually, plus a one-time onboarding fee of $8,000."),
            Buyer("Okay."),
            Seller("So it's $65 per user per month, plus onboarding."),
            Buyer("Hm."),
            Seller("At $65 a seat it usually fits."));

        ledger.Concessions.Should().BeEmpty();
        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(65);
        ledger.Positions.Where(p => p.Item == LedgerBuilder.FeeTrack && p.Speaker == SpeakerRole.Seller).Should().ContainSingle().Which.Value.Should().Be(8000);
        ledger.Moves.Where(m => m.Position.Issue == NegotiationIssue.Price && m.Position.Item is null).Select(m => m.Kind)
            .Should().Equal(MoveKind.Opening, MoveKind.Hold, MoveKind.Hold);
    }

    [Test]
    public void Build_TotalAgainstAPerSeatPrice_IsNotAConcession()
    {
        var ledger = Ledger(
            Seller("It's $50 per seat per month."),
            Buyer("We were hoping for $40 per seat."),
            Seller("For 100 seats that's $60,000 a year in total."),
            Seller("I could do $45 a seat."));

        ledger.Concessions.Where(c => c.Party == SpeakerRole.Seller).Should().ContainSingle().Which.To.Should().Be(45);
        ledger.Positions.Should().Contain(p => p.Value == 60000 && p.Item == "per year");
    }

    [Test]
    public void Build_ShortYesAfterALongTurn_DoesNotAcceptItsEarlyPrice()
    {
        var ledger = Ledger(
            Buyer("what would it cost us?"),
            Seller("At $65 a seat it usually fits. I'll send you the deck. You can share it with whoever needs it. Does that make sense? Great."),
            Buyer("Sure. Send it over."));

        ledger.PriceDeal.Should().BeNull();
    }

    [TestCase("You've got us at $72,000 a year. We'd need something closer to $60,000.")]
    [TestCase("At $72,000 a year it's above what I planned for. We'd need something closer to $60,000.")]
    public void Build_BuyerQuotesTheSellersPrice_IsTheSellersPosition(string text)
    {
        var ledger = Ledger(Buyer(text), Seller("If you sign this month I can do $64,800."));

        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(72000);
        ledger.OpeningPrice(SpeakerRole.Buyer).Should().Be(60000);
        ledger.Concessions.Should().ContainSingle().Which.Should().Match<NegotiationMove>(m => m.Party == SpeakerRole.Seller && m.From == 72000 && m.To == 64800);
    }

    [Test]
    public void Build_PriceThatRestatesADiscount_IsTiedToTheDiscount()
    {
        var ledger = Ledger(
            Buyer("The quote is $54,000 a year. Could you do 15% off?"),
            Seller("I can go to 12% off if you pay up front."),
            Buyer("We can pay up front."),
            Seller("Yes, that's $47,520 a year."));

        ledger.Concessions.Single(m => m.Position.Issue == NegotiationIssue.Price).Condition.Should().Be("the 12% discount");
    }

    [Test]
    public void Build_PriceAndExtraInOneTurn_AreOneMoveForReciprocity()
    {
        var ledger = Ledger(
            Seller("bike is 5500"),
            Buyer("4500 cash"),
            Seller("5000 and I'll throw in the helmet"),
            Buyer("4700?"),
            Seller("4900"),
            Buyer("4800 and we have a deal"),
            Seller("deal"));

        ledger.Concessions.Where(m => m.Party == SpeakerRole.Seller).Should().OnlyContain(m => m.Reciprocated);
        ledger.PriceDeal!.To.Should().Be(4800);
    }

    [Test]
    public void Build_SellerMeetsBuyersStandingOffer_IsADealNotAConcession()
    {
        var ledger = Ledger(
            Seller("The room is $1,500 a month."),
            Buyer("I can do $1,200."),
            Seller("Can't do 1,200, sorry."),
            Buyer("OK, I could come up to $1,400."),
            Seller("Alright, $1,400 it is."));

        ledger.Concessions.Should().ContainSingle().Which.Party.Should().Be(SpeakerRole.Buyer);
        ledger.Positions[2].Kind.Should().Be(PositionKind.Rejection);
        ledger.Moves[^1].Kind.Should().Be(MoveKind.Deal);
        ledger.Moves[^1].Party.Should().Be(SpeakerRole.Seller);
    }

    [TestCase("180?")]
    [TestCase("180 is a lot for a used bike")]
    public void Build_BuyerOnlyMentionsTheSellersPrice_DoesNotMove(string mention)
    {
        var ledger = Ledger(Seller("It's 200."), Buyer("150?"), Seller("I can do 180."), Buyer(mention));

        ledger.Positions[^1].Kind.Should().Be(PositionKind.Rejection);
        ledger.Concessions.Single(c => c.Party == SpeakerRole.Seller).Reciprocated.Should().BeFalse();
    }

    [Test]
    public void Build_BuyerTakesTheSellersPrice_IsTheDealAndAnswersTheConcession()
    {
        var ledger = Ledger(Seller("It's 200."), Buyer("150?"), Seller("I can do 180."), Buyer("ok 180 works"));

        ledger.Moves[^1].Kind.Should().Be(MoveKind.Deal);
        ledger.Concessions.Single(c => c.Party == SpeakerRole.Seller).ReciprocatedBy.Should().Be("accepted $180");
    }

    [TestCase("I'd need another 40", 190)]
    [TestCase("We would need at least $200", 200)]
    public void Build_NeedingAPrice_IsTheSpeakersAskNotACondition(string text, double price)
    {
        var ledger = Ledger(Seller("27 inch monitor 220"), Buyer("150 cash"), Seller(text));

        var concession = ledger.Concessions.Should().ContainSingle().Subject;
        (concession.To, concession.Condition).Should().Be((price, (string?)null));
    }

    [Test]
    public void Build_NeedingTheBuyerToDoSomething_IsACondition()
    {
        var ledger = Ledger(Seller("27 inch monitor 220"), Buyer("150 cash"), Seller("I can do 190 but I'd need you to pick it up today"));

        ledger.Concessions.Should().ContainSingle().Which.IsConditional.Should().BeTrue();
    }

    [Test]
    public void Build_PickUpCondition_IsNamed()
    {
        var ledger = Ledger(
            Seller("Dresser for 120."),
            Buyer("would you take 80?"),
            Seller("I can do $100 but you will have to come pick it up asap"));

        var concession = ledger.Concessions.Should().ContainSingle().Subject;
        concession.IsConditional.Should().BeTrue();
        concession.Condition.Should().Be("you will have to come pick it up asap");
    }

    [TestCase("2012 Civic, 98k miles, asking $9,500", 9500)]
    [TestCase("iPhone 11, 64gb, $300, battery at 89%", 300)]
    [TestCase("Dresser for 120. I paid 300 for it new. Text me at 555-201-4433", 120)]
    [TestCase("Set of rims for a 2015 Mustang, 18 inch, $600", 600)]
    [TestCase("kayak and paddle, 350 bucks", 350)]
    [TestCase("Boat with trailer, 15k", 15000)]
    [TestCase("Sorry, no. It was $1,400 new. I'd go down to $650.", 650)]
    [TestCase("standing desk, it's 250, new motor last year", 250)]
    public void Build_NumbersThatAreNotPrices_AreLeftOut(string text, double price)
    {
        var ledger = Ledger(Seller(text));

        ledger.Positions.Should().ContainSingle().Which.Value.Should().Be(price);
    }

    // The buyer quoting the asking price back is no offer of its own: the seller's "yes" takes nothing.
    [TestCase("hey is the desk still available for 180?")]
    [TestCase("hi, still for sale at 180?")]
    [TestCase("the desk, 180 right?")]
    [TestCase("oak desk for 180 still available?")]
    [TestCase("180 is what ur asking?")]
    [TestCase("ok but why is yours 180")]
    public void Build_AskingPriceQuotedBackByTheBuyer_IsTheSellersNumber(string text)
    {
        var ledger = Ledger(Buyer(text), Seller("yes it is"));

        var position = ledger.Positions.Should().ContainSingle().Subject;
        position.Party.Should().Be(SpeakerRole.Seller);
        position.Value.Should().Be(180);
        ledger.PriceDeal.Should().BeNull();
    }

    // A price for part of the item is another package's price, not a drop on the whole; an engine size is no price.
    [TestCase("I could let the body go for 300 without the lens")]
    [TestCase("300 for just the body")]
    [TestCase("just the body for 300")]
    [TestCase("the truck has the 5.4 v8, runs great")]
    [TestCase("I'll keep the lens, 450 for the body")]
    public void Build_PartOfTheItemOrAnEngineSize_IsNoMoveOnThePrice(string text)
    {
        var ledger = Ledger(Seller("camera with the zoom lens, 500"), Buyer("would you take 350"), Seller(text));

        ledger.Positions.Should().NotContain(p => p.Turn == 2);
        ledger.Concessions.Should().BeEmpty();
    }

    [Test]
    public void Build_PartOfTheItemOrAnEngineSize_LeavesAPlainCounter()
    {
        var ledger = Ledger(Seller("camera with the zoom lens, 500"), Buyer("would you take 350"), Seller("I could do 450 for all of it"));

        ledger.Concessions.Should().ContainSingle().Which.To.Should().Be(450);
    }

    // What a classified-ad chat says in numbers besides prices: the model, a count, the clock, the street, the odometer.
    [TestCase("yes, fully weighted, it's the RD-64 with the stand")]
    [TestCase("still works fine. Sony, 2019, 4k, no dead pixels")]
    [TestCase("Battery cycle count 140, no dents")]
    [TestCase("It's at 131k now")]
    [TestCase("Oil every 5k, the timing belt done at 90k")]
    [TestCase("the other one has 104k on it")]
    [TestCase("gas, 3100 psi honda engine. comes with 4 tips")]
    [TestCase("It's really quiet, 44 db, you can't hear it running")]
    [TestCase("500 series, stainless tub, 3rd rack")]
    [TestCase("4 stroke yamaha, 2015. long shaft, runs great")]
    [TestCase("Yes, its a Husky 52 inch, top chest and bottom cabinet. 15 drawers")]
    public void Build_ModelsCountsAndMileageInTheFirstLine_AreNoPrices(string text)
    {
        var ledger = Ledger(Seller(text), Buyer("would you take 350?"));

        ledger.Positions.Should().ContainSingle().Which.Value.Should().Be(350);
    }

    // bargain24 (session 24): the figure a count or measure question asked for is no price, and sets no scale.
    [TestCase("how many books and any keys?", "about 320 books, mostly 90s marvel. all bagged")]
    [TestCase("temps? ever repasted", "70 under load, never opened it")]
    public void Build_TheAnswerToACountOrMeasureQuestion_IsNoPrice(string question, string answer)
    {
        var ledger = Ledger(Buyer("hi is it still available?"), Seller("yes"), Buyer(question), Seller(answer), Buyer("would you take 250?"), Seller("300"));

        Moves(ledger).Should().Equal(
            (4, SpeakerRole.Buyer, MoveKind.Opening, 250),
            (5, SpeakerRole.Seller, MoveKind.Opening, 300));
    }

    // bargain24 (session 24): "95k miles" told, not asked: the buyer's "4800" after it is a counter, not an odometer reading.
    [Test]
    public void Build_MileageToldNotAsked_LeavesTheCountersPrices()
    {
        var ledger = Ledger(
            Buyer("is the golf still available? would you take 4500"),
            Seller("it's a 2010 with 95k miles, I think 6000 is fair. 5800 is the lowest"),
            Buyer("4800"),
            Seller("5500"));

        Moves(ledger).Select(m => m.To).Should().Equal(4500, 5800, 4800, 5500);
    }

    // bargain24 (session 24): a number after a word of hesitation opens the buyer's bid; "she's in." takes the number
    // said back; "10,000. Deal" calls the deal.
    [Test]
    public void Build_HonestlyANumber_IsTheBuyersBid_AndTheDealCalledAfterTheNumber_TakesIt()
    {
        var ledger = Ledger(
            Seller("I'm asking 11,500. What were you thinking"),
            Buyer("Honestly 9,000 with the rear main leak"),
            Seller("Too low. I could do 10,800"),
            Buyer("10,000 and I can get a cashiers check tomorrow"),
            Seller("10,000. Deal"));

        Moves(ledger).Should().Equal(
            (0, SpeakerRole.Seller, MoveKind.Opening, 11500),
            (1, SpeakerRole.Buyer, MoveKind.Opening, 9000),
            (2, SpeakerRole.Seller, MoveKind.Concession, 10800),
            (3, SpeakerRole.Buyer, MoveKind.Concession, 10000),
            (4, SpeakerRole.Seller, MoveKind.Deal, 10000));
    }

    [Test]
    public void Build_ANumberSaidBackAfterImIn_IsTheDeal_OnItsOwnTrack()
    {
        var ledger = Ledger(
            Seller("Lawn mowing for the summer, $450 for the season"),
            Buyer("my neighbor pays 380 with another guy"),
            Seller("I can do 420"),
            Buyer("if my neighbor signs up too would you do 380 each"),
            Seller("If you both sign up, 400 each and you both pay half up front"),
            Buyer("she's in. 400 each"));

        ledger.Moves[^1].Kind.Should().Be(MoveKind.Deal);
        ledger.Moves.Single(m => m.Position.Turn == 2).Reciprocated.Should().BeFalse("the deal on the each price took the later offer, not the 420");
    }

    // bargain24 (session 24): what a dollar buys is no offer.
    [Test]
    public void Build_WhatADollarBuys_IsNoPrice()
    {
        var ledger = Ledger(Seller("Did you know $1 buys a meal for a child?"), Buyer("yes"));

        ledger.Positions.Should().BeEmpty();
    }

    [TestCase("200 for the iphone 12 right now cash")]
    [TestCase("200 for the xbox 360 and both controllers")]
    public void Build_AProductLinesNumber_IsNoPrice(string text)
    {
        var ledger = Ledger(Buyer(text));

        ledger.Positions.Should().ContainSingle().Which.Value.Should().Be(200);
    }

    [TestCase("Thursday after 5 works")]
    [TestCase("Saturday at 9 or Sunday at noon")]
    [TestCase("it's 27 Alder Rd, the blue house")]
    public void Build_ATimeOrAStreetNumber_IsNoPrice(string text)
    {
        var ledger = Ledger(Seller("floor lamp, 25"), Buyer("would you do 20"), Seller("ok 20 is fine"), Seller(text));

        ledger.Positions.Should().NotContain(p => p.Turn == 3);
        ledger.PriceDeal!.To.Should().Be(20);
    }

    // What the buyer could pay elsewhere, a difference, or what another thing costs is no one's offer on this item.
    [TestCase("I can find it for 140 on ebay with a warranty")]
    [TestCase("so like 30 bucks of difference")]
    [TestCase("a new tire is like 60 bucks though")]
    [TestCase("Renting one is $45 a month so I'm comparing")]
    public void Build_AnAlternativeOrAnotherThingsCost_IsNoOffer(string text)
    {
        var ledger = Ledger(Seller("road bike, 300"), Buyer("would you take 200"), Seller("I could do 260"), Buyer(text));

        ledger.Positions.Should().NotContain(p => p.Turn == 3);
    }

    [Test]
    public void Build_TheNumberSaidBackAfterAYes_TakesTheOffer()
    {
        var ledger = Ledger(Seller("amp, 250 with the cover"), Buyer("could you do 160?"), Seller("I could do 170 and throw in a cable"), Buyer("That's perfect. 170 with the cable."));

        ledger.PriceDeal!.To.Should().Be(170);
        ledger.Concessions.Should().OnlyContain(c => c.Reciprocated);
    }

    [Test]
    public void Build_APriceWithWhatTheBuyerDoesInReturn_IsConditional()
    {
        var ledger = Ledger(Seller("mower, 200"), Buyer("would you take 150?"), Seller("175 and you haul it yourself"));

        ledger.Concessions.Should().ContainSingle().Which.IsConditional.Should().BeTrue();
    }

    [Test]
    public void Build_OfferAfterTheQuotedAskingPrice_IsTheBuyers()
    {
        var ledger = Ledger(Buyer("is it still available for 180?"), Seller("yep"), Buyer("would you take 140"));

        ledger.Positions.Should().Contain(p => p.Party == SpeakerRole.Buyer && p.Value == 140 && p.Kind == PositionKind.Offer);
    }

    [TestCase("30 dollars a month can change a child's life")]
    [TestCase("5.00 a week would feed one family for a week.")]
    [TestCase("Do you spend 5.00 a week on a coffee?")]
    [TestCase("How much of the $2 payment for this task would you like to donate?")]
    public void Build_WhatMoneyBuysOrAPartOfIt_IsNoOnesOffer(string text)
    {
        var ledger = Ledger(Seller("Hi! Would you consider a donation to the children's fund?"), Buyer("maybe"), Seller(text));

        ledger.Positions.Should().BeEmpty();
    }

    [TestCase("bet, 140")]
    [TestCase("you bet, 140 works")]
    public void Build_SlangYesToTheStandingPrice_IsTheDeal(string text)
    {
        var ledger = Ledger(Buyer("120?"), Seller("150"), Buyer("130"), Seller("140"), Buyer(text));

        ledger.PriceDeal!.To.Should().Be(140);
    }

    [TestCase("I could do fourteen five", 15000, 14500)]
    [TestCase("I could do one fifty", 180, 150)]
    [TestCase("I could do fifteen hundred", 1800, 1500)]
    [TestCase("I could do a hundred and fifty", 180, 150)]
    public void Build_SpelledOutAmounts_AreReadAtTheConversationsScale(string text, double ask, double value)
    {
        var ledger = Ledger(Seller($"It's ${ask}"), Buyer("too much"), Seller(text));

        ledger.Moves[^1].Kind.Should().Be(MoveKind.Concession);
        ledger.Moves[^1].To.Should().Be(value);
    }

    [Test]
    public void Build_InsteadOf_SetsTheEarlierPositionFirst()
    {
        var ledger = Ledger(Seller("We could do $40k instead of $50k."), Buyer("Noted."), Seller("So to recap, that's $40k for the first year."));

        Moves(ledger).Should().Equal(
            (0, SpeakerRole.Seller, MoveKind.Opening, 50_000),
            (0, SpeakerRole.Seller, MoveKind.Concession, 40_000),
            (2, SpeakerRole.Seller, MoveKind.Hold, 40_000));
    }

    [Test]
    public void Build_DiscountFreeMonthsAndWaivedFee_AreSellerConcessionsFromNothing()
    {
        var ledger = Ledger(
            Buyer("Could you do 20% off?"),
            Seller("I can do 15% off."),
            Buyer("Hmm."),
            Seller("I'll throw in an extra three months for free."),
            Buyer("And onboarding?"),
            Seller("We'll waive the onboarding fee."));

        ledger.Concessions.Select(c => (c.Position.Issue, c.From, c.To)).Should().Equal(
            (NegotiationIssue.Discount, 0, 15),
            (NegotiationIssue.FreePeriod, 0, 3),
            (NegotiationIssue.Extras, 0, 1));
        ledger.Concessions.First().GapShare.Should().BeApproximately(0.75, 1e-9);
        ledger.Concessions.Last().Position.Item.Should().Be("waived the onboarding fee");
    }

    [Test]
    public void Build_NonPriceGet_ReciprocatesUnlessSwitchedOff()
    {
        var transcript = Transcript(Seller("It's 200."), Buyer("150?"), Seller("I can do 180."), Buyer("I can pick it up today if that helps."));
        var conversation = BuiltInEngine.Tokenize(transcript);

        conversation.Ledger.Concessions.Single(c => c.Party == SpeakerRole.Seller).ReciprocatedBy.Should().Be("I can pick it up today");
        LedgerBuilder.Build(conversation, LedgerOptions.Default with { NonPriceGets = false }).Concessions.Single(c => c.Party == SpeakerRole.Seller).Reciprocated.Should().BeFalse();
    }

    [Test]
    public void Build_ItemCountsWithAStock_ConcedeOnTheOwnShare()
    {
        var transcript = Transcript(
            Seller("I would like 3 firewood and 2 water."),
            Buyer("I need firewood too. You can have 2 food."),
            Seller("OK, I get 2 firewood and you get 1 firewood."));
        var options = LedgerOptions.Default with
        {
            Items = new Dictionary<string, string> { ["firewood"] = "firewood", ["water"] = "water", ["food"] = "food" },
            ItemTotal = 3,
        };

        var ledger = LedgerBuilder.Build(BuiltInEngine.Tokenize(transcript), options);

        var concession = ledger.Concessions.Should().ContainSingle().Subject;
        (concession.Party, concession.Position.Item, concession.From, concession.To).Should().Be((SpeakerRole.Seller, "firewood", 3.0, 2.0));
        ledger.Positions.Single(p => p.Item == "food").Beneficiary.Should().Be(SpeakerRole.Seller, "'you can have 2 food' said by the buyer gives them to the seller");
    }

    [Test]
    public void Ledger_IsBuiltOncePerConversation()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("It's 200.")));

        conversation.Ledger.Should().BeSameAs(conversation.Ledger);
        BuiltInEngine.Tokenize(Transcript(Seller("Thanks for your time."))).Ledger.Positions.Should().BeEmpty();
    }

    [TestCase("It's three hundred ninety-nine a month per location.", 399)]
    [TestCase("The sticker's twenty-one nine ninety-five.", 21995)]
    [TestCase("You'd be at fifty-eight dollars a month.", 58)]
    public void Build_SpokenPriceMarkedAsOne_IsTheSellersOpening(string text, double price)
    {
        var ledger = Ledger(Buyer("What would it cost us?"), Seller(text));

        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(price);
    }

    [TestCase("so the late fee is nineteen ninety nine and it was added when the payment failed", 19.99)]
    [TestCase("The activation fee is twelve ninety-five, once.", 12.95)]
    [TestCase("The TV's price is nineteen ninety-nine right now.", 1999)]
    public void Build_SpokenShelfPriceAfterAFee_IsDollarsAndCents(string text, double price)
    {
        var ledger = Ledger(Buyer("Why did my bill go up?"), Seller(text));

        ledger.Positions.Should().ContainSingle().Which.Value.Should().Be(price);
    }

    [TestCase("We have four locations and twelve staff.")]
    [TestCase("We paid a forensics firm twenty-two thousand dollars after the breach.")]
    [TestCase("We're open twenty-four-seven, so call us anytime.")]
    [TestCase("So you're paying about three hundred a month in the slow season.")]
    [TestCase("We also handle the 401k contributions.")]
    public void Build_SpokenNumbersBeforeAnyPrice_AreNoPositions(string text)
    {
        var ledger = Ledger(Buyer("We pay three hundred a month now."), Seller(text));

        ledger.Positions.Should().BeEmpty();
    }

    [TestCase("its a 50 inch, 4k, works perfect. 230", 230)]
    [TestCase("55\" samsung, 4k, works great, 280", 280)]
    [TestCase("It's a 2021 Dell XPS 15, 16GB RAM, 4K touchscreen. I'd go down to $650.", 650)]
    [TestCase("I can do 4k for it.", 4000)]
    public void Build_ScreenResolutionSaidAsK_IsNoPrice(string text, double price)
    {
        var ledger = Ledger(Buyer("would you take 150 for it"), Seller(text));

        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(price);
    }

    [Test]
    public void Build_SpokenPriceAndItsDropInOneSentence_IsAConcession()
    {
        var ledger = Ledger(Seller("The sticker's twenty-one nine ninety-five, but let me knock a thousand off right now, twenty nine ninety-five."));

        ledger.Concessions.Should().ContainSingle().Which.Should().Match<NegotiationMove>(m => m.From == 21995 && m.To == 20995);
    }

    [Test]
    public void Build_BuyerJudgesTheSpokenPrice_IsTheSellersPosition()
    {
        var ledger = Ledger(Seller("So come on in, sit down."), Buyer("Twenty-one nine ninety-five is a lot for an '18. I'd do eighteen five."));

        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(21995);
        ledger.OpeningPrice(SpeakerRole.Buyer).Should().Be(18500);
    }

    [TestCase("You were on a twelve-month promotion for the two hundred megabit plan.")]
    [TestCase("It freezes right at seven every evening when my son is online.")]
    [TestCase("Most customers save over forty dollars a month with the bundle.")]
    [TestCase("The certified payroll is another forty a month, if you need it.")]
    [TestCase("We've done up to two hundred with a tent on the lawn.")]
    [TestCase("We're at a hundred and ninety total and that's after we cut.")]
    public void Build_SpokenNumbersOfOtherThingsAfterAPrice_AreNoPositions(string text)
    {
        var ledger = Ledger(Seller("The plan is fifty-five a month."), Buyer("Hm, tell me more about it."), Seller(text));

        ledger.Positions.Should().ContainSingle().Which.Value.Should().Be(55);
    }

    [Test]
    public void Build_BareYesToTheQuoteTheBuyerAskedFor_IsNoDeal()
    {
        var ledger = Ledger(Buyer("How much is it?"), Seller("Pro is a hundred and forty-nine a month per terminal."), Buyer("Okay."));

        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(149);
        ledger.PriceDeal.Should().BeNull();
    }

    [TestCase("How about six hundred?", 600)]
    [TestCase("Okay, let me do five seventy-five.", 575)]
    [TestCase("I can match your current price, five-forty, and keep the free month.", 540)]
    [TestCase("We could go down to four eighty if that helps.", 480)]
    public void Build_SpokenPriceAfterTheSellersOfferWords_IsTheSellersOpening(string text, double price)
    {
        var ledger = Ledger(Buyer("I got your renewal notice and it went up almost twenty percent."), Seller(text));

        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(price);
    }

    [TestCase("How about two thirty on Tuesday?")]
    [TestCase("What about nine thirty tomorrow?")]
    [TestCase("I can do three fifteen this afternoon.")]
    public void Build_TimeOfDayAfterOfferWords_IsNoPrice(string text)
    {
        var ledger = Ledger(Buyer("When can we talk again?"), Seller(text));

        ledger.Positions.Should().BeEmpty();
    }

    [Test]
    public void Build_RenewalPricesSaidWithoutUnits_AreConcessions()
    {
        // Blind set 3's renewal: 600, then 575, then 540, said with no unit and no currency.
        var ledger = Ledger(
            Buyer("Why did it go up in the first place?"),
            Seller("It's just the new pricing from corporate. How about six hundred?"),
            Buyer("Six hundred is still sixty more than I pay now."),
            Seller("Okay, let me do five seventy-five."),
            Buyer("I got a call from another vendor last week."),
            Seller("Okay, okay. I can match your current price, five-forty."));

        ledger.Concessions.Select(c => (c.From, c.To)).Should().Equal((600.0, 575.0), (575.0, 540.0));
    }

    [Test]
    public void Build_PriceDropToldAsTheAdsHistory_IsNoMoveInTheChat()
    {
        // Session 22: "it's listed at 400 and I already lowered it from 450": the listing is the opening, 450 is the ad's past.
        var ledger = Ledger(
            Buyer("would you take 250?"),
            Seller("no, too low. it's listed at 400 and I already lowered it from 450"),
            Buyer("300?"),
            Seller("I could do 360"));

        ledger.OpeningPrice(SpeakerRole.Seller).Should().Be(400);
        ledger.Concessions.Where(c => c.Party == SpeakerRole.Seller).Select(c => (c.From, c.To)).Should().Equal((400.0, 360.0));
    }

    [Test]
    public void Build_ThousandsAndHundredsAfterAComma_IsOnePrice()
    {
        // Session 22: "Yes 14,5" confirming "the price is 14,500 right?" restates the ask, no drop to 14,000.
        var ledger = Ledger(
            Buyer("Hi, is the truck still for sale? The price is 14,500 right?"),
            Seller("Yes 14,5"),
            Buyer("Would you take 13,000?"));

        ledger.Concessions.Should().BeEmpty();
        ledger.Positions.Where(p => p.Party == SpeakerRole.Seller).Select(p => p.Value).Should().OnlyContain(v => v == 14_500);
    }

    [Test]
    public void Build_BareNumberInABundleHaggle_IsOnTheBundle()
    {
        // Session 22: "if I take both" and a bare counter after "for both" stay on the bundle; the seller's "ok" to the
        // buyer's bundle number is the deal, not a concession of the one item's price.
        var ledger = Ledger(
            Buyer("Hi, are the desk and the chair still available?"),
            Seller("Yes! Desk is 90, chair 40"),
            Buyer("If I take both, would you do 100?"),
            Seller("That's 130 worth, I could do 120 for both"),
            Buyer("How about 110 and I pick up tomorrow?"),
            Seller("Ok 110 for both. Tomorrow after 5"));

        ledger.Concessions.Where(c => c.Party == SpeakerRole.Seller).Should().BeEmpty();
        ledger.Moves[^1].Kind.Should().Be(MoveKind.Deal);
        ledger.Moves[^1].To.Should().Be(110);
    }

    [Test]
    public void Build_IfYoureStillInterested_IsNoCondition()
    {
        // Session 22: coming back to a buyer who left with "if you're still interested I could do …" asks nothing in return.
        var ledger = Ledger(
            Seller("Keyboard is 300"),
            Buyer("would you take 200?"),
            Seller("280 is the best I can do"),
            Buyer("that's more than I want to spend, thanks anyway"),
            Seller("if you're still interested I could do 250"));

        ledger.Concessions.Where(c => c.Party == SpeakerRole.Seller).Should().HaveCount(2).And.OnlyContain(c => c.Condition == null);
    }
}
