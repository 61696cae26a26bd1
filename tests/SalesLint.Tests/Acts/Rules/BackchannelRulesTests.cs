using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class BackchannelRulesTests
{
    [TestCase("The what?")]
    [TestCase("You did what?")]
    [TestCase("He sold the what?")]
    public void Classify_PartOfWhatWasSaidAskedBackWithWhat_IsARepair(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Other && d.Reason == "repair");

    [TestCase("Where did you say?")]
    [TestCase("What'd you say?")]
    [TestCase("Sorry, who did you say?")]
    [TestCase("What did you say his name was?")]
    public void Classify_WhQuestionAboutWhatTheOtherSideJustSaid_IsARepair(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Other && d.Reason == "repair");

    [TestCase("What did you say to him?")]
    [TestCase("What did you say when they asked about the contract?")]
    [TestCase("Where did you stay?")]
    public void Classify_WhQuestionAboutWhatTheListenerSaidElsewhere_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("And then what?")]
    [TestCase("Are you coming or what?")]
    [TestCase("3 water for what?")]
    [TestCase("Like what?")]
    public void Classify_WhatThatAsksOn_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Well, is that right?")]
    [TestCase("Huh, didn't they?")]
    [TestCase("Oh my goodness, really?")]
    [TestCase("Oh, come on, seriously?")]
    [TestCase("Boy, was it?")]
    [TestCase("Oh, did she now?")]
    [TestCase("Are you kidding me?")]
    [TestCase("You don't say?")]
    [TestCase("That much?")]
    [TestCase("Wow, that long?")]
    [TestCase("Just like that?")]
    [TestCase("Oh, no, really?")]
    public void Classify_ReactionInQuestionFormToTheOtherSidesStatement_IsABackchannel(string text) =>
        ClassifyAfter("They towed my car right out of the church lot.", SentenceAct.Statement, text).Act.Should().Be(SentenceAct.Backchannel);

    [TestCase("Are you kidding me?")]
    [TestCase("Oh, did she now?")]
    [TestCase("That much?")]
    public void Classify_ReactionInQuestionFormToTheOtherSidesQuestion_StaysAQuestion(string text) =>
        ClassifyAfter("Do you want to split the last three waters?", SentenceAct.Question, text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Well, is that the one on Main Street?")]
    [TestCase("Huh, did they ever fix the roof?")]
    [TestCase("Oh my goodness, are you okay?")]
    [TestCase("Well, when did it open?")]
    [TestCase("That much for a tow?")]
    [TestCase("Oh, no, was anybody hurt?")]
    public void Classify_QuestionAfterAReaction_StaysAQuestion(string text) =>
        ClassifyAfter("They towed my car right out of the church lot.", SentenceAct.Statement, text).Act.Should().Be(SentenceAct.Question);

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));

    private static ActDecision ClassifyAfter(string previous, SentenceAct previousAct, string text) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text), new ActContext(previous, TextTokenizer.Tokenize(previous), previousAct, wholeTurn: true));
}
