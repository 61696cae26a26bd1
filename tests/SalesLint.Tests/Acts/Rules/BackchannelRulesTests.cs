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

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));
}
