using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Tests.Understanding;
using SalesLint.Understanding;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Metrics;

public sealed class DiscoveryMetricsTests
{
    [Test]
    public void AddTo_AnswersToTheBuyersQuestions_AreNoTelling()
    {
        var metrics = Metrics(
            Seller("Hi there. Have you heard of Save the Children?"),
            Buyer("What do they do?"),
            Seller("They help children in poor countries. They run schools and clinics."),
            Buyer("Where do they work?"),
            Seller("In about a hundred countries."));

        metrics[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(1, "the three statements answer the buyer's questions: one question over no unasked statement (a seller who asked is credited nothing)");
        metrics[MetricCatalog.BuyerUnexploredObjections].Should().Be(0);
    }

    [Test]
    public void AddTo_AnswerPaddedPastThreeStatements_CountsTheRestAsTelling()
    {
        var metrics = Metrics(
            Seller("Hi there. Have you heard of Save the Children?"),
            Buyer("What do they do?"),
            Seller("They help children in poor countries. They run schools. They run clinics. Every dollar counts. You should give today."));

        metrics[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0.5, "three statements answer; the two pushes after them are the seller's own telling: 1 / 2 (a seller who asked is credited nothing)");
    }

    [Test]
    public void AddTo_ObjectionMetWithArgument_IsUnexplored()
    {
        var metrics = Metrics(
            Seller("Hi there. Have you heard of Save the Children?"),
            Buyer("I don't trust charities, most of them are scams and I doubt the money gets there."),
            Seller("This one is very reputable. It has top ratings."));

        metrics[MetricCatalog.BuyerUnexploredObjections].Should().Be(1);
    }

    [Test]
    public void AddTo_ObjectionMetWithAQuestion_IsExplored()
    {
        var metrics = Metrics(
            Seller("Hi there. Have you heard of Save the Children?"),
            Buyer("I don't trust charities, most of them are scams and I doubt the money gets there."),
            Seller("That's fair. What happened that made you doubt them?"));

        metrics[MetricCatalog.BuyerUnexploredObjections].Should().Be(0);
    }

    [Test]
    public void AddTo_TalkAfterThePledge_IsNotRead()
    {
        var metrics = Metrics(
            Seller("Hi there. Would you like to donate to Save the Children?"),
            Buyer("Yes, I will donate $1 to the children."),
            Seller("Thank you so much. They do great work. The kids will be grateful. You are very kind."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(1, "the buyer pledged an amount in turn 1");
        metrics[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(1, "the thanks after the pledge are not judged, and the ask for the gift is no question: nothing told unasked, (0 + 1) / (0 + 1)");
    }

    [Test]
    public void AddTo_APledgeNamingItsAmountInTheTextAlone_IsTheDecision()
    {
        // p4g17 (session 17): "I'll do $20.", "I will give .20": the amount is in the words, with no entity recognised.
        var metrics = Metrics(
            Seller("Hello! Would you give part of your task pay to Save the Children?"),
            Buyer("I'll do $5."),
            Seller("Wonderful. They do great work. The kids will be grateful. You are very kind."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(1, "the buyer pledged $5 in turn 1");
    }

    [Test]
    public void AddTo_APledgeOfABareNumber_IsTheDecision()
    {
        // answers22 (session 22): "I think I'd like to donate 0.05": the amount written without "$" or "cents".
        var metrics = Metrics(
            Seller("Hello! Would you give part of your task pay to Save the Children?"),
            Buyer("I think I'd like to donate 0.05"),
            Seller("Wonderful. They do great work. The kids will be grateful. You are very kind."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(1, "the buyer pledged 0.05 in turn 1");
    }

    [Test]
    public void AddTo_ABareNumberSettledOn_IsTheDecision()
    {
        // pledge23 (session 23): the pledge reader (Understanding) reads the bare number for the metrics too.
        var metrics = Metrics(
            Seller("Hello! Would you donate part of your task pay to Save the Children?"),
            Buyer("ok put me down for 1"),
            Seller("Wonderful. They do great work. The kids will be grateful. You are very kind."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(1, "the buyer settled on 1 in turn 1");
    }

    [Test]
    public void AddTo_AnAmountTheBuyerIsThinkingOf_IsTheDecision()
    {
        var metrics = Metrics(
            Seller("Hello! Would you donate part of your task pay to Save the Children?"),
            Buyer("I am thinking of 50 cents."),
            Seller("Wonderful. They do great work. The kids will be grateful. You are very kind."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(1, "the buyer named the amount it intends in turn 1");
    }

    [Test]
    public void AddTo_ThinkingAboutItWithoutAnAmount_IsNoDecision()
    {
        var metrics = Metrics(
            Seller("Hello! Would you give $1 of your task pay to Save the Children?"),
            Buyer("I'm thinking about it."),
            Seller("Even a little money helps. Kids go hungry every day. They really need you."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(3, "no amount and no yes: the decision is still open");
    }

    [Test]
    public void AddTo_ABareNumberOfHours_IsNoDecision()
    {
        var metrics = Metrics(
            Seller("Hello! Would you give part of your task pay to Save the Children?"),
            Buyer("I will give 2 hours of my time."),
            Seller("Even a little money helps. Kids go hungry every day. They really need you."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(3, "hours of time are no amount of money");
    }

    [Test]
    public void AddTo_APledgeBelowTheAmountAsked_LeavesThePushAfterItJudged()
    {
        var metrics = Metrics(
            Seller("Hello! I'd like you to donate 8 dollars to Save the Children today."),
            Buyer("I'll give 3 dollars."),
            Seller("Kids go hungry every day. Every dollar saves lives. The other five would mean a lot."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(3, "$3 of the $8 asked: the seller pushing for the rest is still read");
    }

    [Test]
    public void AddTo_APledgeOfTheAmountAsked_IsTheDecision()
    {
        var metrics = Metrics(
            Seller("Hello! I'd like you to donate 8 dollars to Save the Children today."),
            Buyer("I'll give 8 dollars."),
            Seller("Thank you so much. They do great work. You are very kind."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(1);
    }

    [Test]
    public void AddTo_AGiftOfNothing_IsNoDecision()
    {
        var metrics = Metrics(
            Seller("Hello! Would you give part of your task pay to Save the Children?"),
            Buyer("I would like to donate $0."),
            Seller("Even a little helps. Kids go hungry every day. They really need you."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(3, "$0 is the buyer's no: what the seller says after it is still judged");
    }

    [Test]
    public void AddTo_NoDecision_ReadsTheWholeConversation()
    {
        var metrics = Metrics(
            Seller("Hi there. Save the Children helps kids. They run schools."),
            Buyer("ok"),
            Seller("They also run clinics. Would you give?"));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(3);
        metrics[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0, "the only question asks for the gift: none over three statements (the greeting is no statement), and the seller answered nothing, so nothing is credited");
    }

    [Test]
    public void AddTo_AnOpenerThenOnlyAnswers_IsNoZeroRatio()
    {
        // The buyer drives: one line about the cause, then everything the seller says answers what the buyer asked.
        var metrics = Metrics(
            Seller("Hey! I'm collecting for a kids' charity today."),
            Buyer("Oh nice. Which one is it?"),
            Seller("It's called Save the Children."),
            Buyer("And where does the money end up?"),
            Seller("Mostly in programs for kids in about a hundred countries."),
            Buyer("How would I give?"),
            Seller("It comes straight out of your payment for this task."));

        metrics[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0.5, "one unasked statement, the opener, and no question: (0 + 1) / (1 + 1), not 0");
    }

    [Test]
    public void AddTo_TheCreditedQuestion_OnlyForASellerWhoAskedNoneAndAnswered()
    {
        // chats19 (session 19): a seller who asked one question and told four things unasked reads 1/4, not (1 + 1) / (4 + 1).
        var asked = Metrics(
            Buyer("hi, is the kayak still for sale?"),
            Seller("Yes it is! It's ten feet long. It comes with a paddle."),
            Buyer("would you do 250?"),
            Seller("I could do 320."),
            Buyer("hmm, that's still a bit high for me"),
            Seller("It's a great deal honestly. These sell for 600 new. It was barely used. I can do 300. Where are you located?"));
        var claimedFirst = Metrics(
            Seller("Hello!"),
            Buyer("Hi! Nice to meet you."),
            Seller("I'd like to get all of the water for my trip."),
            Buyer("All the water? Why do you need so much of it?"),
            Seller("I run every morning and get really thirsty. I could give you more firewood and food for it."),
            Buyer("Okay, then I want 3 firewood and 2 food. You take the water."),
            Seller("Deal. That works for me."),
            Buyer("[Submit-Deal: I get Food 2, Water 0, Firewood 3; you get Food 1, Water 3, Firewood 0]"),
            Seller("[Accept-Deal]"));

        asked[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0.25, "one question over four unasked statements, with no credit: 1 / 4, not (1 + 1) / (4 + 1)");
        claimedFirst[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0, "the seller claimed the goods before the other side's needs were known: no credit for the answer after it");
    }

    [Test]
    public void AddTo_ADoubtAskedAndTaken_IsNoLongerUnexplored()
    {
        // chats21 (session 21): a doubt put as a question, answered, and taken by the buyer ("That's good to hear.") was
        // dealt with (JUDGING.md 3.1); the same doubt met with an answer the buyer resists stays unexplored.
        var taken = Metrics(
            Seller("Hi! I'm raising money for a children's charity today."),
            Buyer("I want to help but I don't have much money myself. Is a dollar enough?"),
            Seller("Any amount works, even a few cents goes to the kids."),
            Buyer("That's good to hear. What do they spend it on?"),
            Seller("Mostly food, schools and clinics."));
        var resisted = Metrics(
            Seller("Hi! I'm raising money for a children's charity today."),
            Buyer("I want to help but I don't have much money myself. Is a dollar enough?"),
            Seller("Any amount works, even a few cents goes to the kids."),
            Buyer("I still don't have much money though, I really can't."),
            Seller("Mostly food, schools and clinics."));

        taken[MetricCatalog.BuyerUnexploredObjections].Should().Be(0, "the buyer took the answer to its doubt");
        resisted[MetricCatalog.BuyerUnexploredObjections].Should().Be(2, "the buyer repeated its doubt after the answer: the doubt and its repeat, both met without a question");
    }

    [Test]
    public void AddTo_BareAgreementAndAGreetingReply_AreNoTelling()
    {
        // chats21 (session 21): "I am well, thank you" to "how are you?" and "I completely agree." tell nothing (JUDGING.md
        // 3.6); the pitch after them still does.
        var courteous = Metrics(
            Seller("Hi!"),
            Buyer("hi, how are you?"),
            Seller("I am well, thank you."),
            Buyer("We should all give a little more, I think."),
            Seller("I completely agree. Kids in Yemen need food and clean water. Do you give often?"));
        var pitched = Metrics(
            Seller("Hi!"),
            Buyer("hi, how are you?"),
            Seller("The charity feeds kids."),
            Buyer("We should all give a little more, I think."),
            Seller("It runs schools too. Kids in Yemen need food and clean water. Do you give often?"));

        courteous[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(1, "one question over the one unasked statement");
        pitched[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0.3333, "one question over three unasked statements");
    }

    [Test]
    public void AddTo_BuyerDrove_OnlyWhenTheSellerAnsweredAndToldLittleOfItsOwn()
    {
        var answered = Metrics(
            Seller("Hey! I'm collecting for a kids' charity today."),
            Buyer("Oh nice. Which one is it?"),
            Seller("It's called Save the Children."),
            Buyer("And where does the money end up?"),
            Seller("Mostly in programs for kids in about a hundred countries."));
        var pitched = Metrics(
            Seller("Hey! I'm collecting for a kids' charity today."),
            Buyer("Oh nice. Which one is it?"),
            Seller("It's called Save the Children."),
            Buyer("And where does the money end up?"),
            Seller("Mostly in programs for kids in about a hundred countries. Kids are starving as we speak. You would never miss a dollar. Think of your own children. Just do it today."));
        var doubted = Metrics(
            Seller("Hey! I'm collecting for a kids' charity today."),
            Buyer("Oh nice. Which one is it?"),
            Seller("It's called Save the Children."),
            Buyer("I don't trust charities, most of them are scams. Where does the money end up?"),
            Seller("Mostly in programs for kids in about a hundred countries."));

        answered[MetricCatalog.BuyerDrove].Should().Be(1, "two of the buyer's questions answered after a one-line opener");
        pitched[MetricCatalog.BuyerDrove].Should().Be(0, "the second answer is padded with pushes: the opener and the two statements past the first three, (0 + 1) / (3 + 1)");
        doubted[MetricCatalog.BuyerDrove].Should().Be(0, "the buyer's doubt got facts, not a question");
    }

    [Test]
    public void AddTo_QuestionsAskingForTheGift_AreNoDiscovery()
    {
        var asking = Metrics(
            Seller("Hello there. Save the Children runs schools for kids in poor places. They feed thousands every month. Every little bit matters."),
            Buyer("I have a family to feed myself and money is tight right now."),
            Seller("Would you like to give $1.50 today?"),
            Buyer("Hmm, that's a lot for me."),
            Seller("How about just half of that then?"));
        var discovering = Metrics(
            Seller("Hello there. Save the Children runs schools for kids in poor places. They feed thousands every month. Every little bit matters."),
            Buyer("I have a family to feed myself and money is tight right now."),
            Seller("What does a normal month look like for your family?"),
            Buyer("Hmm, rent takes most of it."),
            Seller("Have you ever given to a cause like this before?"));

        asking[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0, "the two asks for an amount diagnose nothing, and the seller answered no question: 0 / 3");
        discovering[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0.6667, "two questions about the buyer's own situation and giving: 2 / 3");
    }

    [Test]
    public void AsksForTheGift_TellsAsksFromQuestionsAboutTheBuyer()
    {
        string[] asks = ["Would you like to donate $1.70?", "How about $1.25?", "how about just half?", "How much would you be willing to give?", "Are you able to spare anything for the kids today?",
            "Do you think you would be willing to make a small donation to Save the Children today?", "So do you think you'd be willing to make a donation?"];
        string[] questions = ["Have you ever donated to a charity?", "Do you usually give to local causes?", "What matters most to you when you pick a charity?", "How much are you paying for the current tool?"];

        foreach (var ask in asks)
        {
            DiscoveryMetrics.AsksForTheGift(ask).Should().BeTrue(ask);
        }

        foreach (var question in questions)
        {
            DiscoveryMetrics.AsksForTheGift(question).Should().BeFalse(question);
        }
    }

    [Test]
    public void AddTo_APushInsideAnAnswer_IsTelling()
    {
        // persuade25 (session 25): "just $1 could help", "people like you" said in the answer push at the buyer's gift:
        // the seller's own telling, not the answer (JUDGING.md 3.5); a fact about the gift answers.
        var pushed = Metrics(
            Seller("Hi there. Have you heard of Save the Children?"),
            Buyer("What do they do?"),
            Seller("They help children in poor countries. Just $1 could help a lot. It takes people like you to change that."));
        var answered = Metrics(
            Seller("Hi there. Have you heard of Save the Children?"),
            Buyer("What do they do?"),
            Seller("They help children in poor countries. They run schools and clinics. Your donation will be taken from your task payment."));

        var amounts = Metrics(
            Seller("Hi there. Have you heard of Save the Children?"),
            Buyer("What are the amounts to donate?"),
            Seller("You can choose any amount from your task payment. Just a small amount would help."));

        pushed[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(0.5, "one statement answers, the two pushes are told: 1 / 2");
        answered[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(1, "the three statements answer the buyer's question");
        amounts[MetricCatalog.SellerUnaskedQuestionRatio].Should().Be(1, "a small amount suggested answers a buyer who asked about the amounts");
    }

    [Test]
    public void AddTo_NotKnowingTheCharity_IsNoObjection()
    {
        // persuade25 (session 25): "No, I haven't. Can you tell me more about it?" is unfamiliarity, no doubt to explore;
        // a doubt said with it still is one.
        var unfamiliar = Metrics(
            Seller("I'm doing great! I'm working for Save the Children, have you heard about it?"),
            Buyer("No, I haven't. Can you tell me more about it?"),
            Seller("Sure. Save the Children is an international charity that supports children in developing countries."));
        var doubting = Metrics(
            Seller("I'm doing great! I'm working for Save the Children, have you heard about it?"),
            Buyer("No, I haven't. I don't trust charities, most of them are scams and I doubt the money gets there."),
            Seller("Sure. Save the Children is an international charity that supports children in developing countries."));

        unfamiliar[MetricCatalog.BuyerUnexploredObjections].Should().Be(0);
        doubting[MetricCatalog.BuyerUnexploredObjections].Should().Be(1);
    }

    [Test]
    public void AddTo_ANoThatAsksForReasons_IsNoDecision()
    {
        // persuade25 (session 25): a turn that opens with "not really." declines, whatever the label layer reads in the
        // request after it ("give me some reasons i should donate"); the pledge after the seller's reasons decides.
        var metrics = Metrics(
            Seller("I like a charity called Save the Children. Have you heard of them?"),
            Buyer("i have not, what do they do"),
            Seller("They work in many countries all over the world. They spend most of their money on the children."),
            Buyer("interesting. how do you help them."),
            Seller("You can give some of your task payment to them. Would you be interested in donating a small portion?"),
            Buyer("not really. give me some reasons i should donate"),
            Seller("Glad to. Thousands of children die every day from preventable causes. This charity focuses on them."),
            Buyer("ok, I will donate one cent."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(7, "the pledge decides, not the no before it");
    }

    [Test]
    public void AcceptsNot_TellsUnderstandingPuttingOffAndNoFromAcceptance()
    {
        // persuade25 (session 25): statements the label layer may read as accepting that decide nothing.
        DiscoveryMetrics.AcceptsNot("Yes, I definitely understand you.", "Yes, I definitely understand you.").Should().BeTrue();
        DiscoveryMetrics.AcceptsNot("I will have to read up more about the organization before i just give my money up", "I will have to read up more about the organization before i just give my money up").Should().BeTrue();
        DiscoveryMetrics.AcceptsNot("I would like to know more before i donate.", "I would like to know more before i donate.").Should().BeTrue();
        DiscoveryMetrics.AcceptsNot("give me some reasons i should donate", "not really.").Should().BeTrue();

        DiscoveryMetrics.AcceptsNot("Yes, I would be willing to donate a small portion as well.", "Yes, I would be willing to donate a small portion as well.").Should().BeFalse();
        DiscoveryMetrics.AcceptsNot("I understand, I will donate $1.", "I understand, I will donate $1.").Should().BeFalse();
        DiscoveryMetrics.AcceptsNot("I'll donate .50.", "I have been doing some research while waiting for your responses.").Should().BeFalse();
    }

    [Test]
    public void AddTo_AGivingHabitWithAnAmount_IsNoDecision()
    {
        // persuade25 (session 25): "I usually donate $1.00 or $2.00 at stores whenever they ask me" tells a habit, not a
        // pledge; the later pledge decides.
        var metrics = Metrics(
            Seller("Sometimes I think about the little things I buy. Like yesterday I bought a bag of candy for $2.79. Sometimes I wonder how much it could help someone else."),
            Buyer("Yes that is very true. I usually donate $1.00 or $2.00 at restaurants or stores whenever they ask me if I would like to donate. I think it is the least I could do."),
            Seller("That is nice. Would you be willing to donate some of your payment?"),
            Buyer("Yes, I will donate $0.50."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(3, "the pledge decides, not the habit");
    }

    [Test]
    public void AddTo_ADoubtTakenFurtherInTheNextTurn_IsNoLongerUnexplored()
    {
        // persuade25 (session 25): the buyer takes the answer to its doubt in a later sentence ("Ok. I'll believe you.")
        // with no new doubt in the turn.
        var metrics = Metrics(
            Seller("They provide education, food and clothing. When a child is sick they pay for care."),
            Buyer("Why this one? There are so many charities that claim to do the same things."),
            Seller("It is the world's first global charity for children. Watchdogs give them the top rating."),
            Buyer("You sound very passionate about them. Ok. I'll believe you."),
            Seller("That's great. So will you donate a little of your earnings?"));

        metrics[MetricCatalog.BuyerUnexploredObjections].Should().Be(0);
    }

    [Test]
    public void AddTo_UnaskedWords_CountOnlyTheSellersOwnTalkBeforeTheDecision()
    {
        var metrics = Metrics(
            Seller("Hi! Have you heard of Save the Children?"),
            Buyer("No, what do they do?"),
            Seller("They run schools, clinics and food programs for kids in about a hundred countries around the world."),
            Buyer("I'll give $1 then."),
            Seller("Thank you so much, that is so kind of you, the kids will be really grateful for it."));

        metrics[MetricCatalog.SellerUnaskedWords].Should().Be(8, "only the greeting and the question (8 words) were not asked for; the answer was, and the thanks come after the pledge");
    }

    [Test]
    public void AddTo_APledgeTheBuyerWillOnlyTry_IsNoDecision()
    {
        var metrics = Metrics(
            Seller("Hi! What do you think you will be donating?"),
            Buyer("I don't have the money right now to donate. I will try to donate at least five dollars next month."),
            Seller("We all need money, but this is a special cause. Kids need you now."));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(3, "\"I will try to\" promises nothing: the push after it is still read");
    }

    [Test]
    public void AddTo_AnswersTheBuyerAskedFor_AreLeftOutOfTheUnaskedTalkShare()
    {
        var metrics = Metrics(
            Seller("Hi there. Have you heard of Save the Children?"),
            Buyer("No, what do they do?"),
            Seller("They help children in poor countries with schools, clinics and food. They work in about a hundred countries around the world."),
            Buyer("ok"));

        metrics[MetricCatalog.SellerUnaskedTalkShare].Should().BeApproximately(0.6, 0.001, "the long answer was asked for: the greeting and the question (9 words) are the seller's own talk, against the buyer's 6");
    }

    [Test]
    public void AddTo_UnaskedPitch_CountsInTheUnaskedTalkShare()
    {
        var metrics = Metrics(
            Seller("Hi there. Save the Children helps children in poor countries with schools, clinics and food."),
            Buyer("ok"),
            Seller("They work in about a hundred countries around the world. Every dollar you give makes a real difference to a child."),
            Buyer("ok"));

        metrics[MetricCatalog.SellerUnaskedTalkShare].Should().BeGreaterThan(0.9, "nothing the seller said was asked for");
    }

    [Test]
    public void AddTo_TheBuyersNeedsFirst_AreAnsweredWithTheSellersOwn()
    {
        var metrics = Metrics(
            Seller("Hello! How are you today?"),
            Buyer("Good! I need extra water because my kids drink a lot on hikes."),
            Seller("I need the firewood most, it gets cold at night where we camp. You can have all the water."),
            Buyer("Great, and I could use some food too."));

        metrics[MetricCatalog.BuyerNeedsFirst].Should().Be(1, "the buyer's need came before the seller's, which answered it");
    }

    [Test]
    public void AddTo_TheSellersDemandsFirst_AreNoNeedsFirst()
    {
        var metrics = Metrics(
            Seller("Hello! I need all the firewood and two of the water, it gets cold where we camp."),
            Buyer("I need extra water because my kids drink a lot on hikes."),
            Seller("I really need the water too."),
            Buyer("Hmm."));

        metrics[MetricCatalog.BuyerNeedsFirst].Should().Be(0, "the seller put its demands on the table before asking");
    }

    [Test]
    public void AddTo_TheSellerTakingTheBuyersSplit_IsTheDecision()
    {
        var metrics = Metrics(
            Seller("Hello! What do you need most for the trip?"),
            Buyer("How about I get 2 food, 2 water and 1 firewood, and you keep the rest?"),
            Seller("I think that could work."),
            Buyer("Great, thank you!"));

        metrics[MetricCatalog.SellerDecisionTurn].Should().Be(2, "the seller accepted the other side's split");
    }

    [Test]
    public void AddTo_SamplesSalesCallsAndRuleCases_GivesTheFiguresOfEverySentenceLabelledFirst()
    {
        var spared = 0;
        foreach (var (name, transcript) in ConversationUnderstandingBoundsTests.Transcripts())
        {
            // Read as the engine reads them (labelling only what the figures need) and after labelling every sentence.
            var lazy = BuiltInEngine.Tokenize(transcript);
            var figures = DiscoveryMetrics.AddTo(MetricsCalculator.ComputeAll(lazy), lazy).Conversation;
            spared += lazy.Sentences.Count(s => !lazy.Understanding.IsLabelled(s));

            var labelled = BuiltInEngine.Tokenize(transcript);
            foreach (var sentence in labelled.Sentences)
            {
                _ = sentence.Labels;
            }

            figures.Should().Equal(DiscoveryMetrics.AddTo(MetricsCalculator.ComputeAll(labelled), labelled).Conversation, name);
        }

        spared.Should().BePositive("the figures need the labels of only some sentences");
    }

    private static IReadOnlyDictionary<string, double> Metrics(params (SpeakerRole Role, string Text)[] turns)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(turns));
        return DiscoveryMetrics.AddTo(MetricsCalculator.ComputeAll(conversation), conversation).Conversation;
    }
}
