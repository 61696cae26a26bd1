using SalesLint.Understanding;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Understanding;

public sealed class ConversationSettingTests
{
    [Test]
    public void Detect_BuyerSpeakingForATeamWithOfferingTalk_IsABusinessSale()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Thanks for the time today."),
            Buyer("Sure. Our sales team spends Fridays rebuilding the forecast by hand."),
            Seller("Would a pilot on your own data help before we talk pricing?")));

        var setting = conversation.Understanding.Setting;

        setting.BusinessSale.Should().BeTrue();
        setting.InvestorCall.Should().BeFalse();
    }

    [Test]
    public void Detect_SellerAskingWhoDecides_CountsAsSpeakingToAnOrganization()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Who else would weigh in on a decision like this?"),
            Buyer("Our CFO looks at anything this size.")));

        conversation.Understanding.Setting.BusinessSale.Should().BeTrue();
    }

    [TestCase("Would you give a dollar to the kids' meal charity?", "Maybe, my family already gives to one.")]
    [TestCase("I'd like the firewood, you can have the water.", "My kids need the food more than anything.")]
    [TestCase("Have you seen Knives Out? It's so clever.", "I prefer horror, honestly.")]
    [TestCase("Asking 250 for the desk, it's solid oak.", "Would you take 180 if I pick it up today?")]
    [TestCase("You can give once or as a monthly subscription.", "What are the amounts for monthly subscriptions?")]
    public void Detect_EverydayConversations_AreNoBusinessSale(string seller, string buyer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(seller), Buyer(buyer), Seller("Sounds good."), Buyer("Thanks.")));

        conversation.Understanding.Setting.BusinessSale.Should().BeFalse();
    }

    // bargain24 (session 24): a hike's "6 to 10 miles" is no odometer; a car's "95k miles" or "1400 miles on it" is a
    // listing sign.
    [TestCase("Mostly day hikes, 6 to 10 miles, some rocky stuff.", false)]
    [TestCase("It's a 2010 with 95k miles, clean title.", true)]
    [TestCase("It's got about 1400 miles on it.", true)]
    public void Detect_MilesAsAListingSign_OnlyAsAnOdometer(string buyer, bool bargain)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("Hi, I'm looking for boots."),
            Seller("Happy to help. What kind of use?"),
            Buyer(buyer),
            Seller("Two I'd suggest: one at $175, one at $150.")));

        conversation.Understanding.Setting.Bargain.Should().Be(bargain);
    }

    [Test]
    public void Detect_EarningsCallVocabulary_IsAnInvestorCallAndNoSale()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Some remarks are forward-looking statements. Our sales team grew revenue nine percent year-over-year."),
            Buyer("Thanks. Are you changing the full-year guidance?"),
            Seller("We are raising it.")));

        var setting = conversation.Understanding.Setting;

        setting.InvestorCall.Should().BeTrue();
        setting.BusinessSale.Should().BeFalse();
    }

    // Every alternative of the investor regex, in other letter cases (the regex runs only on text with its words).
    [TestCase("Forward Looking Statements")]
    [TestCase("Earnings Release")]
    [TestCase("Per Share")]
    [TestCase("GUIDANCE")]
    [TestCase("Shareholders")]
    [TestCase("EBITDA")]
    [TestCase("EPS")]
    [TestCase("Year over Year")]
    [TestCase("Quarter-Over-Quarter")]
    [TestCase("Fiscal 2024")]
    [TestCase("Conference Call")]
    [TestCase("Question-and-Answer Session")]
    [TestCase("Gross Margins")]
    [TestCase("Operating Margin")]
    [TestCase("Free Cash Flow")]
    // A Kelvin sign for the k: the regex takes it for a k, the word search does not.
    [TestCase("forward-loo\u212Aing statements")]
    public void Detect_InvestorWordThreeTimes_IsAnInvestorCall(string words)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller($"{words}, {words} and {words}."), Buyer("Thanks."), Seller("Next question.")));

        conversation.Understanding.Setting.InvestorCall.Should().BeTrue();
    }

    [Test]
    public void Detect_OneMentionOfYearOverYearInASalesCall_IsNoInvestorCall()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("Our renewals dropped year-over-year, which is why we took the call."),
            Seller("What does your team use today for renewals?")));

        conversation.Understanding.Setting.InvestorCall.Should().BeFalse();
    }

    // close22 (session 22): an investor conference's moderated interview is an investor call, though its host never
    // says "forward-looking statements" or "per share".
    [Test]
    public void Detect_FiresideChatWithAnExecutive_IsAnInvestorCallAndNoSale()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("Alright, uh, welcome back everybody. Next up for our fireside chat we've got Dana, the CEO. Dana, thanks for coming."),
            Seller("Thanks for having me, it's great to be here."),
            Buyer("So, um, let's start with the quarter. What's driving the margins, and is that sustainable?"),
            Seller("Yeah, so a lot of it is mix, we sold more of the software side, and, you know, pricing held up."),
            Buyer("And how do you think about capital allocation from here, buybacks versus M and A?"),
            Seller("We like tuck-ins, honestly, the balance sheet gives us room.")));

        var setting = conversation.Understanding.Setting;

        setting.InvestorCall.Should().BeTrue();
        setting.BusinessSale.Should().BeFalse();
    }

    [TestCase("Thanks everyone for joining us here at the healthcare conference. I'm the analyst who covers the name.")]
    [TestCase("Good morning and welcome to day two of the symposium, I'm here with the company's CFO.")]
    [TestCase("So, our next session at the technology summit is with the chief executive, and I cover the stock.")]
    public void Detect_ModeratedInvestorSessionOpening_IsAnInvestorCall(string opening)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer(opening),
            Seller("Thanks, happy to be here."),
            Buyer("What are investors missing about the second half? You guided margins up."),
            Seller("The backlog is the thing, it's the biggest it's been."),
            Buyer("And on cash flow?"),
            Seller("It follows the backlog, about a quarter later.")));

        conversation.Understanding.Setting.InvestorCall.Should().BeTrue();
    }

    [Test]
    public void Detect_SalesCallNamingACustomerConferenceAndAnAnalystReport_IsNoInvestorCall()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hey, great meeting you at the user conference last month. We were named a leader in the analyst report, by the way."),
            Buyer("Right, our margins are thin this quarter so the board wants to see payback fast."),
            Seller("Makes sense. What does your team use for forecasting today?"),
            Buyer("Spreadsheets, honestly. Our revenue growth depends on getting the forecast right."),
            Seller("Would a pilot on your own pipeline help before we talk pricing?")));

        var setting = conversation.Understanding.Setting;

        setting.InvestorCall.Should().BeFalse();
        setting.BusinessSale.Should().BeTrue();
    }

    [Test]
    public void Detect_InvestorConferenceNamedWithoutAnalystTopics_IsNoInvestorCall()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("I'm heading to an investor conference next week, so I need the laptops by Friday."),
            Seller("No problem. Which model did your team like?"),
            Buyer("The fourteen-inch one, five of them.")));

        conversation.Understanding.Setting.InvestorCall.Should().BeFalse();
    }

    [TestCase("Hi Jo, just calling to check in. How are the reports working out?")]
    [TestCase("When we last met, you asked for the dashboard.")]
    [TestCase("In our earlier session we covered the reports.")]
    [TestCase("Thanks for coming back for round two.")]
    [TestCase("When we spoke last week you said the forecast was the big one.")]
    [TestCase("The insights panel is included in your plan for the first sixty days.")]
    [TestCase("I wanted to talk about the renewal before it comes up in May.")]
    [TestCase("I wanted to record a quick follow-up to our call on Tuesday.")]
    // Every alternative of the follow-up regex, in other letter cases (the regex runs only on text with its words).
    [TestCase("SINCE I LAST TALKED to Dana, the forecast moved.")]
    [TestCase("On our previous meeting you showed me the dashboard.")]
    [TestCase("After The Demo Yesterday we had questions.")]
    [TestCase("As Promised, here is the pricing.")]
    [TestCase("As you mentioned, the team is small.")]
    [TestCase("Following-up from the proposal, any thoughts?")]
    [TestCase("Dana said LAST TIME that the forecast was late.")]
    [TestCase("Last week Pete told me three things.")]
    [TestCase("Thanks for the quick check-in.")]
    [TestCase("I'm checking in about the reports.")]
    [TestCase("You are Up For Renewal in May.")]
    [TestCase("That is under your current contract.")]
    [TestCase("Since you switched, how has it gone?")]
    [TestCase("Welcome Back, Jo.")]
    // A Kelvin sign for the k: the regex takes it for a k, the word search does not.
    [TestCase("Just calling to chec\u212A in.")]
    public void Detect_CallContinuingAnEarlierConversation_IsAFollowUp(string seller)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(seller), Buyer("Sure, go ahead."), Seller("Great.")));

        conversation.Understanding.Setting.FollowUp.Should().BeTrue();
    }

    [TestCase("Hi, it's Sam from Routewise. I'm following up on an email I sent last Tuesday.")]
    [TestCase("Hi, it's Sam from Routewise. Last month we helped a distributor cut fuel costs.")]
    [TestCase("What's your plan for the new warehouse?")]
    public void Detect_FirstCallMentioningTheMonthOrAnEmail_IsNoFollowUp(string seller)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(seller), Buyer("Okay, what's this about?"), Seller("Routes.")));

        conversation.Understanding.Setting.FollowUp.Should().BeFalse();
    }

    [TestCase("Just calling to check in, how's everything going?", "first-call", false)]
    [TestCase("Hi, it's Sam from Routewise.", "follow-up", true)]
    [TestCase("Just calling to check in, how's everything going?", "something else", true)]
    public void Detect_CallTypeInTheMetadata_OverridesWhatTheCallSays(string seller, string callType, bool followUp)
    {
        var transcript = Transcript(Seller(seller), Buyer("Okay."), Seller("Great.")) with
        {
            Metadata = new Dictionary<string, string> { [ConversationSetting.CallTypeKey] = callType },
        };

        BuiltInEngine.Tokenize(transcript).Understanding.Setting.FollowUp.Should().Be(followUp);
    }
}
