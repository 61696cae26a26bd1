using SalesLint.Understanding;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Understanding;

public sealed class ConversationUnderstandingTests
{
    [Test]
    public void For_ProductTalkAnsweringThePriceQuestion_IsRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("Any utilities included in the monthly price?"), Seller("Water and trash are included in the rent, electric is separate.")));

        var answer = conversation.Turns[1].Sentences[0].Labels;

        answer.Has(SemanticLabel.Product).Should().BeTrue(string.Join(", ", answer.Above(0)));
        answer.Has(SemanticLabel.Requested).Should().BeTrue();
    }

    [TestCase("Sure. I'd like more information about your help desk tool.")]
    [TestCase("I would like to know more about the platform before I decide.")]
    public void For_ProductTalkAfterARequestForInformation_IsRequested(string request)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi, I'd like to tell you about a help desk platform called Deskflow."),
            Buyer(request),
            Seller("Deskflow routes every ticket automatically and the pro plan is forty dollars per seat.")));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Requested).Should().BeTrue();
    }

    [TestCase("Okay, please tell me about the platform.")]
    [TestCase("sure, but first i need to know what the platform does and who runs it")]
    public void For_ProductTalkAfterARequestToBeTold_IsRequested(string request)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi, how are you today?"),
            Buyer(request),
            Seller("Deskflow routes every ticket automatically and the pro plan is forty dollars per seat.")));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Requested).Should().BeTrue();
    }

    [TestCase("We're replacing our phone system and I just want the price first.")]
    [TestCase("Hi, I'm calling to get a quote for our two offices.")]
    [TestCase("I'd like to know what it costs before anything else.")]
    public void For_PriceAnswerAfterAPriceRequestInAStatement_IsRequested(string request)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Northgate Phones, this is Ali."),
            Buyer(request),
            Seller("It's twenty-five dollars per line a month, and the desk phones are included.")));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Requested).Should().BeTrue();
    }

    [Test]
    public void For_FeatureListInsteadOfTheRequestedPrice_IsNotRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Northgate Phones, this is Ali."),
            Buyer("We're replacing our phone system and I just want the price first."),
            Seller("We're the fastest-growing cloud phone platform in the state, with call recording, an auto attendant and a mobile app.")));

        var labels = conversation.Turns[2].Sentences[0].Labels;
        labels.Has(SemanticLabel.Product).Should().BeTrue();
        labels.Has(SemanticLabel.Requested).Should().BeFalse();
    }

    [Test]
    public void For_PitchAfterPermissionToPitch_IsNotRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("I'll jump right in and walk you through what we do."),
            Buyer("Sure, go ahead."),
            Seller("Deskflow routes every ticket automatically and the pro plan is forty dollars per seat.")));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Requested).Should().BeFalse();
    }

    [TestCase("Do you only operate here in Canada?", "No, we operate in over forty countries, wherever the need is.")]
    [TestCase("Sure, I'd love to hear which charity you work with", "It's called Save the Children and it runs schools and clinics for kids.")]
    [TestCase("No, mostly whatever catches my eye, or friends' fundraisers, what about you?", "I give monthly to Save the Children, they run schools and clinics for kids.")]
    public void For_ProductTalkAnsweringAQuestionOfTheOtherSide_IsRequested(string question, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi! Do you give to charities at all?"), Buyer(question), Seller(answer)));

        var labels = conversation.Turns[2].Sentences[0].Labels;

        labels.Has(SemanticLabel.Product).Should().BeTrue(string.Join(", ", labels.Above(0)));
        labels.Has(SemanticLabel.Requested).Should().BeTrue();
    }

    [Test]
    public void For_SpecListAfterAYesToAYesNoQuestion_IsNotRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("hi is the couch still for sale?"),
            Seller("Yes, great couch, Italian leather, power recliners, USB ports, and the pro plan is forty dollars a month for the warranty.")));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Product).Should().BeTrue(string.Join(", ", labels.Above(0)));
        labels.Has(SemanticLabel.Requested).Should().BeFalse();
    }

    [TestCase("Good morning, how are you doing?")]
    [TestCase("I'm doing well, thanks for asking, how about you?")]
    public void For_ProductTalkAfterACheckIn_IsNotRequested(string checkIn)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Good morning!"), Buyer(checkIn), Seller("Deskflow routes every ticket automatically and the pro plan is forty dollars per seat.")));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Requested).Should().BeFalse();
    }

    [TestCase("How is it going?")]
    [TestCase("how's your day going")]
    public void For_CheckIn_IsNoProductTalk(string checkIn)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(checkIn)));

        conversation.Turns[0].Sentences[0].Labels.Has(SemanticLabel.Product).Should().BeFalse();
    }

    [TestCase("So there's a great charity called Save the Children. Have you heard of it?", 0)]
    [TestCase("Have you ever heard of Save the Children? It's a charity!", 1)]
    [TestCase("Are you familiar with Save the Children? They're a charity I really believe in.", 1)]
    public void For_ShortIntroductionNextToAHeardOfQuestion_IsNoProductTalk(string turn, int sentence)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("Hello!"), Buyer("Hi"), Seller(turn)));

        conversation.Turns[2].Sentences[sentence].Labels.Has(SemanticLabel.Product).Should().BeFalse();
    }

    [TestCase("I am asking for a donation to Save the Children. Have you heard of it?")]
    [TestCase("Save the Children is an international organization that promotes children's rights and provides relief in developing countries. Have you heard of them?")]
    public void For_AskOrLongPitchNextToAHeardOfQuestion_IsProductTalk(string turn)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(turn)));

        var labels = conversation.Turns[0].Sentences[0].Labels;
        labels.Has(SemanticLabel.Product).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("Hi there! Can I tell you about a charity important to me?")]
    [TestCase("Hello! Would you like to hear about a charity I care about?")]
    public void For_IntroductionAfterAskingLeaveToTell_IsNoProductTalk(string leave)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller(leave), Buyer("i suppose"), Seller("My favorite charity is Save The Children. Have you heard of them?")));

        var labels = conversation.Turns[2].Sentences[0].Labels;
        labels.Has(SemanticLabel.Product).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [TestCase("Save the Children is great. Were you able to read a little about it?")]
    [TestCase("Save the Children is great. Did you get a chance to read about them?")]
    public void For_IntroductionNextToAReadAboutQuestion_IsNoProductTalk(string turn)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("Hello!"), Buyer("Hi"), Seller(turn)));

        var labels = conversation.Turns[2].Sentences[0].Labels;
        labels.Has(SemanticLabel.Product).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [Test]
    public void For_IntroductionAfterEarlierProductTalk_IsProductTalk()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Save the Children runs schools and clinics for kids in over a hundred countries."),
            Buyer("ok"),
            Seller("They're a great charity. Have you heard of them?")));

        var labels = conversation.Turns[2].Sentences[0].Labels;
        labels.Has(SemanticLabel.Product).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("Certainly as long as I know the donation will help the children")]
    [TestCase("Sure, only if I can cancel anytime.")]
    public void For_YesWithACondition_IsNeed(string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Would you be willing to donate your earnings to Save the Children?"), Buyer(answer)));

        conversation.Turns[1].Sentences[0].Labels.Has(SemanticLabel.Need).Should().BeTrue();
    }

    [Test]
    public void For_UnpromptedProductTalk_IsNotRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("Hi, good to meet you."), Seller("Water and trash are included in the rent, electric is separate.")));

        conversation.Turns[1].Sentences[0].Labels.Confidence(SemanticLabel.Requested).Should().Be(0);
    }

    [Test]
    public void For_AnswerToADiscoveryQuestion_RaisesGoalProblemAndNeed()
    {
        const string Answer = "honestly the spreadsheets take us all week";
        var asked = BuiltInEngine.Tokenize(Transcript(Seller("What's the biggest thing slowing your team down right now?"), Buyer(Answer)));
        var unasked = BuiltInEngine.Tokenize(Transcript(Seller("Thanks for having me."), Buyer(Answer)));

        var withQuestion = asked.Turns[1].Sentences[0].Labels.Confidence(SemanticLabel.Problem);
        var without = unasked.Turns[1].Sentences[0].Labels.Confidence(SemanticLabel.Problem);

        withQuestion.Should().BeGreaterThan(without);
    }

    [Test]
    public void For_ProblemSpreadOverTwoSentences_IsSeenAtTheSecond()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Buyer("Our deal cycle used to be about 45 days. Now it's pushing 60.")));

        conversation.Turns[0].Sentences[1].Labels.Has(SemanticLabel.Problem).Should().BeTrue();
    }

    [Test]
    public void For_YesToAnOfferOfItems_AcceptsTheOffer()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("I'd love extra firewood, the nights get cold where we camp."),
            Buyer("Water matters most to me."),
            Seller("I drink a lot myself, so I would be willing to do 1 firewood, 2 water and 1 food."),
            Buyer("Sounds great!")));

        var yes = conversation.Turns[3].Sentences[0].Labels;

        yes.Has(SemanticLabel.AcceptsOffer).Should().BeTrue(string.Join(", ", yes.Above(0)));
        yes.Has(SemanticLabel.Agreement, 0.85).Should().BeTrue();
    }

    // Session 13: an offer of goods without a number, or a split said as a list, taken with a plain yes that is the
    // whole answer (held3 casino-72 and casino-410, held2 casino-165, held4 casino-209; written here in other words).
    [TestCase("We have plenty of blankets. You can keep the wood, no problem.", "ok cool")]
    [TestCase("I'd like all the water and both of the snacks please.", "OK")]
    [TestCase("I can't go lower. So my final split is 2 bags of rice, 1 tent and 3 bottles of water.", "Ok. I get it, and thanks for working with me. Enjoy the lake!")]
    [TestCase("Alright, so you take 2 rice and 1 water. And I take 1 rice and 2 water. Right?", "y")]
    public void For_PlainYesToGoodsOfferedWithoutAnOfferPhrase_AcceptsTheOffer(string offer, string yes)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi! What do you need most for the trip?"),
            Buyer("Water mostly, it's going to be hot."),
            Seller(offer),
            Buyer(yes)));

        var labels = conversation.Turns[3].Sentences[0].Labels;

        labels.Has(SemanticLabel.AcceptsOffer).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    // casino11 (session 15), held5 casino-2: granting the goods the other side asked for in its last turns accepts
    // their ask; a grant with a condition, or of goods not asked for, accepts nothing.
    [TestCase("Please let me have the extra rice, the store is far away.", "Okay, I can let you have all the rice then.", true)]
    [TestCase("Can I have 2 of the rice? The kids eat a lot.", "Alright, you can have 2 of the rice.", true)]
    [TestCase("Please let me have the extra rice, the store is far away.", "Okay, I can let you have all the rice if you give me the water.", false)]
    [TestCase("Please let me have the extra rice, the store is far away.", "Okay, I can let you have the water then.", false)]
    [TestCase("I think the rice should be split evenly.", "Okay, I can let you have 2 of the rice then.", false)]
    public void For_GrantOfGoodsTheOtherSideAskedFor_AcceptsTheirAsk(string ask, string grant, bool accepts)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi! I need the fuel most, the nights get cold."),
            Buyer(ask),
            Seller(grant)));

        var labels = conversation.Turns[2].Sentences[0].Labels;

        labels.Has(SemanticLabel.AcceptsOffer).Should().Be(accepts, string.Join(", ", labels.Above(0)));
    }

    [TestCase("You can keep the wood, no problem.", "Ok. But I really need the water too.")]
    [TestCase("You can keep the wood, no problem.", "Ok. What about the water?")]
    [TestCase("You can take a look at the list first.", "ok cool")]
    [TestCase("My kids are 2 and 5 years old.", "ok")]
    [TestCase("So my final split is 2 bags of rice, 1 tent and 3 bottles of water.", "ok, and I also want 1 tent")]
    public void For_WeakYesThatIsNotTheWholeAnswerOrNoOffer_AcceptsNoOffer(string said, string yes)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi! What do you need most for the trip?"),
            Buyer("Water mostly, it's going to be hot."),
            Seller(said),
            Buyer(yes)));

        var labels = conversation.Turns[3].Sentences[0].Labels;

        labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [TestCase("Nearly 90% of every donation goes straight to the programs.", "That's really great!")]
    [TestCase("Is this organization a 501(c)(3)?", "Yes it is.")]
    [TestCase("How about the fact that they have been around for over 100 years?", "Yes they have.")]
    [TestCase("Have you seen Deadpool (2016)?", "yeah i saw it")]
    public void For_YesToAFactOrAQuestion_AcceptsNoOffer(string said, string yes)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(said), Buyer(yes)));

        conversation.Turns[1].Sentences[0].Labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse();
    }

    [TestCase("Are you willing to give even $0.10 of today's pay to help?", "Sure. That would be fine.")]
    [TestCase("So, just to confirm, today I can count on you for $0.10?", "That would be fine.")]
    [TestCase("So would you donate your earnings from this task?", "I will gladly.")]
    [TestCase("How much would you like to donate to the charity now?", "Maybe 0.50?")]
    [TestCase("How much do you like to donate to the charity?", "The payment of the task is 30 cents, I would donate 10c")]
    [TestCase("Are you going to donate?", "I'm going to donate half .10")]
    [TestCase("How do you feel about donating to Save the Children?", "Sure, I'd be glad to donate $0.25 to Save the Children.")]
    public void For_BuyerTakingWhatTheSellerAsked_AcceptsTheOffer(string ask, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(ask), Buyer(answer)));

        var labels = conversation.Turns[1].Sentences[^1].Labels;

        conversation.Understanding.Setting.BusinessSale.Should().BeFalse();
        labels.Has(SemanticLabel.AcceptsOffer).Should().BeTrue(string.Join(", ", labels.Above(0)));
        labels.Has(SemanticLabel.Agreement, 0.85).Should().BeTrue();
    }

    [TestCase("Would you like to donate part of your task payment?", "Maybe later, I will think about it.")]
    [TestCase("Would you like to donate part of your task payment?", "I can't right now.")]
    [TestCase("How much would you like to donate?", "I would like to donate $0 this time.")]
    [TestCase("Have you ever donated to a charity like this before?", "Yes, a few times.")]
    [TestCase("Can you give me your email so I can send the receipt?", "Sure.")]
    [TestCase("Would you like to donate?", "I'd rather donate my time to a charity of my own choosing.")]
    public void For_BuyerNotTakingWhatTheSellerAsked_AcceptsNoOffer(string ask, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(ask), Buyer(answer)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [TestCase("Ok, please explain, sounds like a wonderful charity")]
    [TestCase("No i am not can you explain?")]
    [TestCase("I know more or less how it works, but what do you know")]
    public void For_ProductTalkAfterAskingToExplain_IsRequested(string request)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Are you familiar with a charity called Save the Children?"),
            Buyer(request),
            Seller("Save the Children is an international organization that helps support children in developing countries.")));

        var answer = conversation.Turns[2].Sentences[0].Labels;

        answer.Has(SemanticLabel.Requested).Should().BeTrue(string.Join(", ", answer.Above(0)));
    }

    [TestCase("Well since you have kids, I will agree to 1 water and 1 extra food.")]
    [TestCase("I'll do 2 food, 1 water, and 2 firewood if water is important for you.")]
    [TestCase("Do you think you will be okay with just 1 water since you want more firewood?")]
    [TestCase("Given your kids and their s'mores, would you take 2 firewood and 1 water?")]
    public void For_OfferGivingTheirSituationAsTheReason_IsReflection(string offer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("The kids want s'mores, so I want more firewood, and water is a must for me since I get thirsty."),
            Seller(offer)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Reflection).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("I will give you 2 food if you would give me 1 water.")]
    [TestCase("Since you have a minute, I can tell you about our camping gear.")]
    [TestCase("Given your generosity, would you take 2 firewood and 1 water?")]
    public void For_OfferWithoutTheirSituation_IsNoReflection(string offer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("The kids want s'mores, so I want more firewood, and water is a must for me since I get thirsty."),
            Seller(offer)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Reflection).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [Test]
    public void For_YesToTermsInABusinessSale_AcceptsNoOffer()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Thanks for taking the call, I know your clinic is renewing its scheduling software this quarter."),
            Buyer("Yes, our contract with the vendor ends in March and the pricing per provider went up again."),
            Seller("To make up for the hassle, I'll throw in three extra provider seats at no charge for the year."),
            Buyer("Fine.")));

        conversation.Understanding.Setting.BusinessSale.Should().BeTrue();
        conversation.Turns[3].Sentences[0].Labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse();
    }

    [TestCase("Wednesday at two?", "Two works.")]
    [TestCase("Would it be all right if I checked back after your busy season, say early September?", "Yeah, September's fine.")]
    [TestCase("Monday works. Let's put the review on the calendar now, Thursday the twenty-fourth at ten.", "I'll check with Eric but that should work.")]
    public void For_YesToAProposedDay_IsAgreement(string proposal, string yes)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(proposal), Buyer(yes)));

        var labels = conversation.Turns[1].Sentences[^1].Labels;

        labels.Has(SemanticLabel.Agreement, 0.85).Should().BeTrue(string.Join(", ", labels.Above(0)));
        labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse();
    }

    [TestCase("Our rollout usually takes until September.", "Okay.")]
    [TestCase("Can I send you an invite for a demo on Friday?", "That doesn't work for me.")]
    public void For_NoYesToAProposedDay_IsNoAgreement(string proposal, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(proposal), Buyer(answer)));

        conversation.Turns[1].Sentences[0].Labels.Has(SemanticLabel.Agreement, 0.85).Should().BeFalse();
    }

    [TestCase("Fridays are a mess. We pay a lot of overtime on Fridays because the drivers are out until eight.", "Got it, Fridays and overtime.")]
    [TestCase("There are people helping but it's a drop in the bucket.", "And yes, it could seem like the aid is a drop in a bucket.")]
    [TestCase("I have too high of a metabolism and do not retain body heat.", "Sorry to hear about your body heat issues.")]
    [TestCase("I could really use 3 extra packages of firewood, it gets chilly.", "I know you need the firewood more than anything else.")]
    [TestCase("Okay, I understand about the water. How about 2 foods for 2 waters?", "Assuming Water is your high value item?")]
    public void For_PlaybackInTheBuyersOwnWords_IsReflection(string said, string playback)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Buyer(said), Seller(playback)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Reflection, 0.75).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("I would certainly be willing to donate then.", "How much are you willing to donate?")]
    [TestCase("We need food and water for the kids.", "You can have the food and two waters.")]
    [TestCase("It's great to earn extra money here and there.", "It definitely seems like a fun way to make some extra money.")]
    public void For_QuestionOfferOrOwnViewRepeatingTheBuyersWords_IsNoReflection(string said, string reply)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Buyer(said), Seller(reply)));

        conversation.Turns[1].Sentences[0].Labels.Has(SemanticLabel.Reflection, 0.75).Should().BeFalse();
    }

    [TestCase("Next Tuesday at six-thirty at East?", "Tuesday at six-thirty.")]
    [TestCase("Thursday at eleven. I'll send an invite to the office address, is that the right one?", "Yeah, that's the one.")]
    [TestCase("thursday at eleven i'll send an invite to the office address is that the right one", "yeah that's the one")]
    public void For_DaySaidBackOrYesToADayOnItsOwn_IsAgreement(string proposal, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(proposal), Buyer(answer)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Agreement, 0.85).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("We had a bad week last Tuesday at six.", "Tuesday at six.")]
    [TestCase("Next Tuesday at six-thirty at East?", "Not Tuesday at six-thirty.")]
    public void For_DaySaidBackWithoutAProposalOrWithANo_IsNoAgreement(string said, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(said), Buyer(answer)));

        conversation.Turns[1].Sentences[0].Labels.Has(SemanticLabel.Agreement, 0.85).Should().BeFalse();
    }

    [TestCase("Then the next step is a look at your files with our prepress lead. When suits you?", "The eighteenth at three.")]
    [TestCase("When's a good time to call back?", "Tomorrow at one thirty.")]
    [TestCase("What day works best for the site visit?", "Thursday morning, around ten.")]
    public void For_DayTheBuyerSetsWhenAskedWhen_IsAgreement(string question, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(question), Buyer(answer)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Agreement, 0.85).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("When suits you?", "Not before the eighteenth.")]
    [TestCase("When did the renewal go through?", "The eighteenth, I think.")]
    [TestCase("How long has the system been down?", "Since Tuesday at ten.")]
    public void For_DayThatDeclinesOrAnswersAnotherQuestion_IsNoAgreement(string question, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(question), Buyer(answer)));

        conversation.Turns[1].Sentences[0].Labels.Has(SemanticLabel.Agreement, 0.85).Should().BeFalse();
    }

    [TestCase("Try her tomorrow at one thirty.", "Tomorrow at one thirty, I'll call then.")]
    [TestCase("Call back Thursday after two, she'll be free then.", "Thursday after two. Will do.")]
    [TestCase("Can you call back tomorrow at one thirty?", "Yes, of course.")]
    public void For_CallBackDayTheBuyerProposesAndTheSellerTakes_IsAgreement(string proposal, string taken)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("Is Dr. Alvarez in today?"), Buyer(proposal), Seller(taken)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Agreement, 0.85).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("Try her tomorrow at one thirty.", "I'm away tomorrow, is there another time?")]
    [TestCase("Call back Thursday after two.", "Hmm, what about Friday instead?")]
    [TestCase("She's busy Thursday.", "Okay.")]
    public void For_CallBackDayNotTaken_IsNoAgreement(string proposal, string reply)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("Is Dr. Alvarez in today?"), Buyer(proposal), Seller(reply)));

        conversation.Turns[1].Sentences[0].Labels.Has(SemanticLabel.Agreement, 0.85).Should().BeFalse();
    }

    [Test]
    public void For_YesToTermsTakenBackLater_AcceptsNoOffer()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("I'll throw in the two cushions and the footstool for one eighty."),
            Buyer("Oh. Okay, that's great."),
            Seller("So we're good?"),
            Buyer("I think so. Let me talk it over with my wife and we'll get back to you.")));

        conversation.Turns[1].Sentences[^1].Labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse();
    }

    [TestCase(
        "The auditors asked who has access and how people lose access when they leave. Priya in finance removes people when HR tells her.",
        "Four people who left this year were still active. Nobody did anything bad, but I can't show that nobody did anything bad.",
        "So for the audit, the problem isn't that something went wrong, it's that you can't show who had access, and removing people depends on Priya hearing from HR.")]
    [TestCase(
        "they skip nights tenants come in monday and the trash from friday is still there",
        "since the spring i've had three complaints this month and one tenant is threatening not to renew",
        "so missed nights tenants complaining and now one of them's lease is on the line")]
    [TestCase(
        "My wife does it, we've got the accounting software, it's fine.",
        "She does it Sunday nights. The thing that bit us was the overtime on call, the double time on the Sunday didn't calculate right.",
        "yeah so it's not really the software it's that all the on call and overtime stuff lands on your wife on a sunday and when it goes wrong it goes wrong with a guy who's already upset")]
    public void For_SummaryOfTheBuyersLastTurns_IsReflection(string earlier, string said, string summary)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Buyer(earlier), Seller("What happened then?"), Buyer(said), Seller(summary)));

        var labels = conversation.Turns[3].Sentences[0].Labels;

        labels.Has(SemanticLabel.Reflection, 0.75).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("So you should really make the tenants send complaints about missed nights in writing every Monday.")]
    [TestCase("So our crew would fix the missed nights and the tenant complaints from the first Monday.")]
    public void For_AdviceOrPitchInTheBuyersWords_IsNoReflection(string reply)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("They skip nights, tenants come in on Monday and the trash from Friday is still there."),
            Seller("How long has that been going on?"),
            Buyer("Since the spring. I've had three complaints this month and one tenant is threatening not to renew the lease."),
            Seller(reply)));

        conversation.Turns[3].Sentences[0].Labels.Has(SemanticLabel.Reflection, 0.75).Should().BeFalse();
    }

    [TestCase("You care for children?", "i do very much yes")]
    [TestCase("have you ever donated to a charity", "Yes, very often")]
    [TestCase("I do mostly charity walks and donations. How about you", "i did only charity walks and rare to take the donations")]
    [TestCase("Do you ever donate to worthy causes?", "yes definitly i am donate in save the children")]
    [TestCase("have you ever donated to a charity", "Yes certainly, every year.")]
    public void For_BuyerTellingTheirOwnWayWhenAsked_IsNeed(string question, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(question), Buyer(answer)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Need).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("OK, i have donated to them before!!")]
    [TestCase("I typically donate to local charities by giving food or cash.")]
    [TestCase("I have given money to them in the past.")]
    [TestCase("thank you,I just want to help this world and especially the children within it")]
    [TestCase("helping children without parents is the most altruistic thing we can do")]
    [TestCase("Hi, it all depends on who you really are, if it's for a person very close to me")]
    public void For_BuyerTellingTheirOwnGivingUnasked_IsNeedOrConcern(string said)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("So I have been assigned to get you to make a donation to Save The Children."), Buyer(said)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        // The model may read giving elsewhere as a concern ("I typically donate to local charities"): the buyer shared
        // something either way.
        (labels.Has(SemanticLabel.Need) || labels.Has(SemanticLabel.Objection)).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("I would donate 10c.")]
    [TestCase("If I donate to them, will it reach the kids?")]
    [TestCase("I have never donated to them.")]
    public void For_BuyerPromiseConditionOrNegationOfGiving_IsNoNeedFromGiving(string said)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("So I have been assigned to get you to make a donation to Save The Children."), Buyer(said)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Confidence(SemanticLabel.Need).Should().BeLessThan(0.7, string.Join(", ", labels.Above(0)));
    }

    [TestCase("What do you think I should donate?")]
    [TestCase("ok how much should i give?")]
    [TestCase("Nope, what do you recommend?")]
    public void For_AnswerToARequestForAdvice_IsRequested(string request)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Every little bit helps."), Buyer(request), Seller("I think you should give half of your payment.")));

        var labels = conversation.Turns[2].Sentences[0].Labels;

        labels.Has(SemanticLabel.Requested, ConversationUnderstanding.InformationRequestConfidence).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("Why should I donate to this one in particular?")]
    [TestCase("What do you think of children's charities?")]
    public void For_AnswerToAChallengeOrOpinionQuestion_IsNoRequestedAdvice(string question)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Every little bit helps."), Buyer(question), Seller("I think you should give half of your payment.")));

        var labels = conversation.Turns[2].Sentences[0].Labels;

        labels.Has(SemanticLabel.Requested, ConversationUnderstanding.InformationRequestConfidence).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [TestCase("I usually like to focus on charities that help children since I think they are most vulnerable", "i also usually focus that")]
    [TestCase("I love giving to animal shelters.", "Same here, I give every Christmas.")]
    public void For_BuyerSharingTheSellersOwnLiking_IsNeed(string liking, string shared)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(liking), Buyer(shared)));

        conversation.Turns[1].Sentences[0].Labels.Has(SemanticLabel.Need).Should().BeTrue();
    }

    [TestCase("have you ever donated to a charity", "Oh really.")]
    [TestCase("Do you ever donate to worthy causes?", "Really!")]
    public void For_ReactionToADiscoveryQuestion_IsNoNeed(string question, string reaction)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(question), Buyer(reaction)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Need).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [TestCase("Have you heard of Save the Children?", "Yes I have.")]
    [TestCase("Do you donate to charities?", "No, not really.")]
    [TestCase("Would you like to donate to Save the Children?", "Yes I would.")]
    [TestCase("Save the Children is a great charity.", "me too")]
    public void For_YesToAKnowledgeQuestionOrTheAskOrANo_IsNoNeed(string question, string answer)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller(question), Buyer(answer)));

        var labels = conversation.Turns[1].Sentences[0].Labels;

        labels.Has(SemanticLabel.Need).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [TestCase("That's very commendable")]
    [TestCase("You are a good person my friend")]
    [TestCase("How generous of you!")]
    public void For_PraiseForTheBuyer_IsNoProductTalk(string praise)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Do you give to charity?"), Buyer("I gave to Save the Children last year."), Seller(praise)));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Product).Should().BeFalse();
    }

    [TestCase("Would you like to hear about ways you can help Save the Children today?")]
    [TestCase("Can I tell you a little about a charity called Save the Children?")]
    public void For_AskingLeaveToTell_IsNoProductTalk(string question)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("Hi, how are you?"), Buyer("Good, you?"), Seller(question)));

        conversation.Turns[2].Sentences[^1].Labels.Has(SemanticLabel.Product).Should().BeFalse();
    }

    [Test]
    public void For_TheAskAfterAGreeting_IsStillProductTalk()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi, how are you?"), Buyer("Good, you?"), Seller("Would you like to donate part of your earnings to Save the Children today?")));

        conversation.Turns[2].Sentences[^1].Labels.Has(SemanticLabel.Product).Should().BeTrue();
    }

    [Test]
    public void For_SentenceOfAnotherConversation_Throws()
    {
        var first = BuiltInEngine.Tokenize(Transcript(Buyer("We need more firewood.")));
        var second = BuiltInEngine.Tokenize(Transcript(Buyer("We need more firewood.")));

        var act = () => first.Understanding.For(second.Turns[0].Sentences[0]);

        act.Should().Throw<ArgumentException>();
    }

    [TestCase("I could definitely justify giving $20 to them.", true)]
    [TestCase("I'll donate the $20 today.", true)]
    [TestCase("I could give $5 to them.", false)]
    [TestCase("I can't justify giving $20 to them.", false)]
    [TestCase("Maybe I could give $20 later.", false)]
    public void For_GivingTheAmountTheOtherSideSuggested_AcceptsTheOffer(string reply, bool accepts)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("How much do they recommend you donate?"),
            Seller("I would suggest around $20. That is enough to help a child for several weeks."),
            Buyer(reply)));

        var labels = conversation.Turns[2].Sentences[0].Labels;

        labels.Has(SemanticLabel.AcceptsOffer).Should().Be(accepts, string.Join(", ", labels.Above(0)));
    }

    [TestCase("Okay. So we can take 3 waters and 1 firewood. You can take 2 firewoods and 3 food.", true)]
    [TestCase("Okay. So we can take 3 waters and 2 firewood. You can take 1 firewood and 2 food.", false)]
    [TestCase("We can take 3 waters and 1 firewood. You can take 2 firewoods and 3 food.", false)]
    public void For_SoRestatingTheOtherSidesCounts_IsReflection(string restatement, bool reflection)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("We have kids with us and it has gotten particularly cold today."),
            Buyer("I have dogs with me so I need to make sure they have fresh water. I can do 2 firewood, and 3 food for you."),
            Seller(restatement)));

        var labels = conversation.Turns[2].Sentences[1].Labels;

        labels.Has(SemanticLabel.Reflection).Should().Be(reflection, string.Join(", ", labels.Above(0)));
    }

    [TestCase("i understand you need it too, and yes i can agree to that", true)]
    [TestCase("I know we both need water in a high amount.", true)]
    [TestCase("I have kids too so I understand it is difficult when you don't have water around!", true)]
    [TestCase("I completely understand your concerns about the trip.", false)]
    [TestCase("I know you will enjoy the lake, it is beautiful this time of year.", false)]
    public void For_TheirNeedSaidBack_IsReflection(string reply, bool reflection)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Is there any item in particular you need the most?"),
            Buyer("I also need some water, but it would only be for emergencies. How does you getting two and me getting one sound?"),
            Seller(reply)));

        var labels = conversation.Turns[2].Sentences[0].Labels;

        labels.Has(SemanticLabel.Reflection).Should().Be(reflection, string.Join(", ", labels.Above(0)));
    }

    [Test]
    public void For_MusingBetweenQuestionsAboutTheBuyer_IsNoProductTalk()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Do you donate when you get the chance? I was thinking about how everywhere you go, they ask you to donate here and your change there. How does it make you feel?")));

        var labels = conversation.Turns[0].Sentences[1].Labels;

        labels.Has(SemanticLabel.Product).Should().BeFalse(string.Join(", ", labels.Above(0)));
    }

    [Test]
    public void For_PitchBeforeTheAsk_IsStillProductTalk()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Do you donate when you get the chance? Save the Children gives food and medicine to kids in war zones. Would you like to donate to Save the Children today?")));

        var labels = conversation.Turns[0].Sentences[1].Labels;

        labels.Has(SemanticLabel.Product).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [Test]
    public void For_ManyThreads_GiveTheSameLabels()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("What are you trying to fix this year?"), Buyer("Our forecast is always off and the board is unhappy."),
            Seller("Our dashboard shows every deal at risk."), Buyer("How much is it per seat?"), Seller("Forty dollars a seat.")));
        var sentences = conversation.Sentences.ToList();

        var results = new SentenceLabels[8][];
        Parallel.For(0, results.Length, i => results[i] = [.. sentences.Select(s => s.Labels)]);

        foreach (var result in results)
        {
            result.Should().Equal(results[0], (a, b) => ReferenceEquals(a, b));
        }
    }
}
