using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class DeclarativeRulesTests
{
    [TestCase("We've got the cable, and there's, what, forty channels?")]
    [TestCase("My rent went up to, what, nine hundred?")]
    [TestCase("We were out there, what, three weeks?")]
    public void Classify_SpeakersOwnFigureGivenWithAPlaceholderWhat_IsOwnEstimate(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "own-estimate");

    [TestCase("That was, what, ten years ago?")]
    [TestCase("And that's, uh, you know, I think the French facility is, what, 2.50% effectively at this point?")]
    [TestCase("I saw a new commercial offer in MyHome, what, uh, would it bring?")]
    [TestCase("So we'd be paying, what, for your team, fifty a month?")]
    [TestCase("And you're paying, what, fifty a month?")]
    public void Classify_PlaceholderWhatTheListenerIsToConfirm_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));
}
