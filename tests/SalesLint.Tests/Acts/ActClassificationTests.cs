using SalesLint.Acts;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts;

public sealed class ActClassificationTests
{
    private static readonly (SpeakerRole, string)[] Punctuated =
    [
        TestSupport.Seller("Hi Chris, thanks for making the time."),
        TestSupport.Buyer("Sure, happy to."),
        TestSupport.Seller("So what does forecasting look like for you today?"),
        TestSupport.Buyer("Honestly it's a mess. We have forty reps and nobody trusts the number."),
        TestSupport.Seller("How far off were you last quarter?"),
        TestSupport.Buyer("About eighteen percent."),
    ];

    private static readonly (SpeakerRole, string)[] Unpunctuated =
    [
        TestSupport.Seller("hi chris thanks for making the time"),
        TestSupport.Buyer("sure happy to"),
        TestSupport.Seller("so what does forecasting look like for you today"),
        TestSupport.Buyer("honestly it's a mess we have forty reps and nobody trusts the number"),
        TestSupport.Seller("how far off were you last quarter"),
        TestSupport.Buyer("about eighteen percent"),
    ];

    [Test]
    public void IsPunctuated_PunctuatedTranscript_IsTrue() =>
        ActClassification.IsPunctuated(TestSupport.Transcript(Punctuated).Turns).Should().BeTrue();

    [Test]
    public void IsPunctuated_SpeechRecognitionWithoutPunctuation_IsFalse() =>
        ActClassification.IsPunctuated(TestSupport.Transcript(Unpunctuated).Turns).Should().BeFalse();

    [Test]
    public void IsPunctuated_NoTurns_IsTrue() =>
        ActClassification.IsPunctuated([]).Should().BeTrue();

    [Test]
    public void IsPunctuated_ClosingQuoteAfterTheMark_CountsAsPunctuated() =>
        ActClassification.IsPunctuated(TestSupport.Transcript(TestSupport.Seller("She said \"we're in.\""), TestSupport.Buyer("(Right.)")).Turns)
            .Should().BeTrue();

    [Test]
    public void IsPunctuated_OnlyAPeriodAtTheEndOfLongTurns_IsFalse()
    {
        var longTurn = string.Join(' ', Enumerable.Repeat("so we looked at the numbers and the forecast was off again", 8)) + ".";

        ActClassification.IsPunctuated(TestSupport.Transcript(TestSupport.Seller(longTurn), TestSupport.Buyer(longTurn)).Turns).Should().BeFalse();
    }

    [TestCase(ActClassifierMode.Rules, false, false)]
    [TestCase(ActClassifierMode.Rules, true, false)]
    [TestCase(ActClassifierMode.Model, false, true)]
    [TestCase(ActClassifierMode.Model, true, true)]
    [TestCase(ActClassifierMode.Auto, false, false)]
    [TestCase(ActClassifierMode.Auto, true, true)]
    public void UsesModel_ModeAndPunctuation_DecidesPerTranscript(ActClassifierMode mode, bool speechRecognition, bool expected) =>
        ActClassification.UsesModel(mode, TestSupport.Transcript(speechRecognition ? Unpunctuated : Punctuated).Turns).Should().Be(expected);

    [Test]
    public void Combine_ModelClearlySurer_OverrulesTheRules()
    {
        var rules = new ActDecision(SentenceAct.Statement, "rules", 0.8, "declarative");

        var decision = ActClassification.Combine(rules, [0.005f, 0.99f, 0.005f]);

        decision.Should().Be(new ActDecision(SentenceAct.Question, "model", 0.545, "learned over rules' declarative") { QuestionType = QuestionType.Declarative });
    }

    [Test]
    public void Combine_ModelBelowTheRetrainedModelsThreshold_KeepsTheStatement()
    {
        var rules = new ActDecision(SentenceAct.Statement, "rules", 0.8, "declarative");

        var decision = ActClassification.Combine(rules, [0.005f, 0.985f, 0.01f]);

        decision.Should().Be(new ActDecision(SentenceAct.Statement, "rules", 0.8, "declarative, model unsure"));
    }

    [Test]
    public void Combine_ModelNotSureEnoughOverADeclarative_KeepsTheStatement()
    {
        var rules = new ActDecision(SentenceAct.Statement, "rules", 0.8, "declarative");

        var decision = ActClassification.Combine(rules, [0.02f, 0.9f, 0.08f]);

        decision.Should().Be(new ActDecision(SentenceAct.Statement, "rules", 0.8, "declarative, model unsure"));
    }

    [TestCase("do you have kids")]
    [TestCase("uh do you have kids")]
    [TestCase("was that a big change for you")]
    public void Classify_UnpunctuatedInversion_RulesDecideWithoutTheModel(string text)
    {
        var decision = ActClassification.Classify(SentenceActModel.Default, text, TextTokenizer.Tokenize(text));

        decision.Should().Match<ActDecision>(d => d.Source == "rules" && d.Reason == "aux-inversion" && d.Act == SentenceAct.Question);
    }

    // Issue 13: the model turned "so you're a student" into a statement; spoken checks with a cue are the rules' call.
    [TestCase("so you're a student", "declarative-question")]
    [TestCase("so you're on the older version", "declarative-question")]
    [TestCase("that was what twelve years ago", "declarative-cue")]
    public void Classify_UnpunctuatedDeclarativeCheck_RulesDecideWithoutTheModel(string text, string reason)
    {
        var decision = ActClassification.Classify(SentenceActModel.Default, text, TextTokenizer.Tokenize(text));

        decision.Should().Match<ActDecision>(d => d.Source == "rules" && d.Reason == reason && d.Act == SentenceAct.Question);
    }

    [Test]
    public void Classify_ElidedSubject_RulesDecideWithoutTheModel()
    {
        const string Text = "could be worse";

        var decision = ActClassification.Classify(SentenceActModel.Default, Text, TextTokenizer.Tokenize(Text));

        decision.Should().Match<ActDecision>(d => d.Source == "rules" && d.Act == SentenceAct.Statement);
    }

    [TestCase("okay so what's going on with forecasting over there i'd like to understand that before i say anything")]
    [TestCase("and how do you guys handle that")]
    [TestCase("so when does the contract with your current vendor run out")]
    public void Classify_UnpunctuatedWhWithAuxiliary_RulesDecideWithoutTheModel(string text)
    {
        var decision = ActClassification.Classify(SentenceActModel.Default, text, TextTokenizer.Tokenize(text));

        decision.Should().Match<ActDecision>(d => d.Source == "rules" && d.Reason == "wh-opener" && d.Act == SentenceAct.Question);
    }

    [Test]
    public void Classify_WhatsCleft_IsLeftToTheBlend()
    {
        const string Text = "what's funny is they never called us back";

        ActClassification.RulesSuffice(RuleBasedActClassifier.Classify(Text, TextTokenizer.Tokenize(Text))).Should().BeFalse();
    }

    [Test]
    public void Combine_ModelUnsure_KeepsTheRules()
    {
        var rules = new ActDecision(SentenceAct.Question, "rules", 0.85, "wh-opener");

        var decision = ActClassification.Combine(rules, [0.1f, 0.4f, 0.5f]);

        decision.Act.Should().Be(SentenceAct.Question);
        decision.Source.Should().Be("rules");
        decision.Reason.Should().Be("wh-opener, model unsure");
    }

    [Test]
    public void Combine_BothAgree_ModelDecidesWithBlendedConfidence()
    {
        var rules = new ActDecision(SentenceAct.Other, "rules", 0.85, "backchannel");

        var decision = ActClassification.Combine(rules, [0.9f, 0.05f, 0.05f]);

        decision.Should().Be(new ActDecision(SentenceAct.Other, "model", 0.875, "learned, rules agree"));
    }

    [Test]
    public void Build_AutoOnPunctuatedTranscript_RulesDecideEverySentence()
    {
        var conversation = Engine(ActClassifierMode.Auto).Tokenize(TestSupport.Transcript(Punctuated));

        Sentences(conversation).Should().OnlyContain(s => s.ActDecision.Source == "rules");
    }

    [Test]
    public void Build_AutoOnSpeechRecognition_ModelDecidesAndFindsTheQuestions()
    {
        var conversation = Engine(ActClassifierMode.Auto).Tokenize(TestSupport.Transcript(Unpunctuated));

        var sentences = Sentences(conversation);
        sentences.Should().Contain(s => s.ActDecision.Source == "model");
        sentences.Where(s => s.Act == SentenceAct.Question).Select(s => s.Text)
            .Should().BeEquivalentTo("so what does forecasting look like for you today", "how far off were you last quarter");
    }

    [Test]
    public void Build_RulesModeOnSpeechRecognition_NeverUsesTheModel()
    {
        var conversation = Engine(ActClassifierMode.Rules).Tokenize(TestSupport.Transcript(Unpunctuated));

        Sentences(conversation).Should().OnlyContain(s => s.ActDecision.Source == "rules");
    }

    [Test]
    public void Build_ModelModeOnPunctuatedTranscript_UsesTheModel()
    {
        var conversation = Engine(ActClassifierMode.Model).Tokenize(TestSupport.Transcript(Punctuated));

        Sentences(conversation).Should().Contain(s => s.ActDecision.Source == "model");
    }

    [TestCase("yeah", "backchannel")]
    [TestCase("mm-hmm", "backchannel")]
    [TestCase("...", "no-words")]
    public void Classify_BackchannelOrNoWords_RulesDecideWithoutTheModel(string text, string reason)
    {
        var decision = ActClassification.Classify(SentenceActModel.Default, text, TextTokenizer.Tokenize(text));

        decision.Source.Should().Be("rules");
        decision.Reason.Should().Be(reason);
        decision.Act.Should().Be(reason == "backchannel" ? SentenceAct.Backchannel : SentenceAct.Other);
    }

    [TestCase("what gets me is the time they spend in spreadsheets", SentenceAct.Statement, "relative-clause")]
    [TestCase("which is why we brought it up with the board", SentenceAct.Statement, "relative-clause")]
    [TestCase("she's like what are you digging for", SentenceAct.Statement, "quoted-question")]
    [TestCase("who knows", SentenceAct.Statement, "rhetorical")]
    [TestCase("how about you", SentenceAct.Question, "return-question")]
    [TestCase("pardon", SentenceAct.Other, "repair")]
    [TestCase("you're already on the enterprise plan aren't you", SentenceAct.Question, "tag-question")]
    [TestCase("that's the main blocker right", SentenceAct.Question, "tag-question")]
    public void Classify_QuestionFormsTheModelWasNotTaughtTo_RulesDecide(string text, SentenceAct act, string reason)
    {
        var decision = ActClassification.Classify(SentenceActModel.Default, text, TextTokenizer.Tokenize(text));

        decision.Should().Match<ActDecision>(d => d.Source == "rules" && d.Reason == reason && d.Act == act);
    }

    [Test]
    public void Tokenize_LongUnpunctuatedTurn_FindsTheQuestionsInside()
    {
        var conversation = Engine(ActClassifierMode.Auto).Tokenize(TestSupport.Transcript(
            TestSupport.Seller("thanks for walking me through it so we have about forty reps on the team and most of them " +
                               "live in the crm all day how do you build the forecast today and is there a budget for a tool " +
                               "like this because we would need to get finance involved pretty early"),
            TestSupport.Buyer("sure we use spreadsheets for now")));

        var seller = conversation.Turns[0].Sentences;
        seller.Should().HaveCountGreaterThan(2);
        seller.Count(s => s.Act == SentenceAct.Question).Should().Be(2);
    }

    [Test]
    public void Classify_OtherSentences_StillBlendWithTheModel()
    {
        const string Text = "we use spreadsheets for the forecast";

        var decision = ActClassification.Classify(SentenceActModel.Default, Text, TextTokenizer.Tokenize(Text));

        decision.Reason.Should().NotBe("declarative", "a blended decision names the model in its reason");
    }

    [Test]
    public void Build_UnknownMode_Throws()
    {
        var create = () => new ConversationBuilder(new SalesLint.Features.FeatureDetector(RuleSet.LoadBuiltIn().Lexicons), (ActClassifierMode)42);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Build_UnpunctuatedCheckAfterTheOtherSidesStatement_IsADeclarativeQuestion()
    {
        var conversation = Engine(ActClassifierMode.Auto).Tokenize(TestSupport.Transcript(
            TestSupport.Seller("so how was your weekend"),
            TestSupport.Buyer("good i was out in the garden all weekend pulling weeds"),
            TestSupport.Seller("oh you have a garden"),
            TestSupport.Buyer("yeah a small one out back")));

        var check = conversation.Turns[2].Sentences[0];
        check.Act.Should().Be(SentenceAct.Question);
        check.ActDecision.Reason.Should().Be("declarative-check");
    }

    [Test]
    public void Build_QuestionTheSameSpeakerAnswersInTheirNextTurn_IsSelfAnswered()
    {
        var conversation = Engine(ActClassifierMode.Rules).Tokenize(TestSupport.Transcript(
            TestSupport.Buyer("The card got stolen on a Saturday."),
            TestSupport.Seller("Oh, no."),
            TestSupport.Buyer("And what did I do?"),
            TestSupport.Buyer("I called the bank first thing Monday morning."),
            TestSupport.Seller("Good.")));

        conversation.Turns[2].Sentences[0].ActDecision.Reason.Should().Be("self-answered");
    }

    [Test]
    public void Build_QuestionToTheListenerBeforeTheSameSpeakersNextTurn_StaysAQuestion()
    {
        var conversation = Engine(ActClassifierMode.Rules).Tokenize(TestSupport.Transcript(
            TestSupport.Seller("So, bicycles."),
            TestSupport.Seller("Do you ride much?"),
            TestSupport.Seller("I just got back into it this spring."),
            TestSupport.Buyer("Every weekend, if it's dry.")));

        conversation.Turns[1].Sentences[0].Act.Should().Be(SentenceAct.Question);
    }

    [Test]
    public void Build_SameSpeakerTwiceInARow_HasNoContext()
    {
        var conversation = Engine(ActClassifierMode.Rules).Tokenize(TestSupport.Transcript(
            TestSupport.Seller("so how was your weekend"),
            TestSupport.Buyer("good i was out in the garden all weekend pulling weeds"),
            TestSupport.Buyer("you have a garden you know what i mean")));

        conversation.Turns[2].Sentences.Should().NotContain(s => s.Act == SentenceAct.Question);
    }

    [Test]
    public void Build_QuestionTheOtherSideMeetsWithAgreement_IsUnanswered()
    {
        var conversation = Engine(ActClassifierMode.Rules).Tokenize(TestSupport.Transcript(
            TestSupport.Seller("The county raised the property tax again this year."),
            TestSupport.Buyer("I mean, where does all that money go?"),
            TestSupport.Seller("Right."),
            TestSupport.Buyer("Where do you live?"),
            TestSupport.Seller("Just outside Dallas.")));

        conversation.Turns[1].Sentences[0].ActDecision.Reason.Should().Be("unanswered");
        conversation.Turns[3].Sentences[0].Act.Should().Be(SentenceAct.Question);
    }

    [Test]
    public void Build_SameSpeakerGoesOn_HasNoNextTurnContext()
    {
        var conversation = Engine(ActClassifierMode.Rules).Tokenize(TestSupport.Transcript(
            TestSupport.Seller("The county raised the property tax again this year."),
            TestSupport.Buyer("Where does all that money go?"),
            TestSupport.Buyer("Right."),
            TestSupport.Seller("Yeah.")));

        conversation.Turns[1].Sentences[0].Act.Should().Be(SentenceAct.Question);
    }

    [Test]
    public void Classify_UnpunctuatedAnswerToTheOtherSidesQuestion_RulesKeepTheStatement()
    {
        const string Previous = "do you have any kids";
        const string Text = "we have two boys";
        var context = new ActContext(Previous, TextTokenizer.Tokenize(Previous), SentenceAct.Question, wholeTurn: true);

        var decision = ActClassification.Classify(SentenceActModel.Default, Text, TextTokenizer.Tokenize(Text), context);

        decision.Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Source == "rules" && d.Reason == "declarative-answer");
    }

    private static SalesLintEngine Engine(ActClassifierMode mode) => new(RuleSet.LoadBuiltIn(), new EngineOptions { ActClassifier = mode });

    private static List<Sentence> Sentences(Conversation conversation) => [.. conversation.Turns.SelectMany(t => t.Sentences)];
}
