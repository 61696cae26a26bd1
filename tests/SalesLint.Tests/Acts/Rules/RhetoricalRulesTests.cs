using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class RhetoricalRulesTests
{
    [TestCase("And I said to him, what do you think you're doing?")]
    [TestCase("I thought to myself, why did I ever buy this car?")]
    [TestCase("So the guy at the counter goes, do you want the warranty?")]
    [TestCase("And then my neighbor from across the street asked me, where did you get those tomatoes?")]
    [TestCase("He'll say, why do we need a new one?")]
    public void Classify_QuestionInReportedSpeech_IsQuoted(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "quoted-question");

    [TestCase("Why would anybody pay that much for a car?")]
    [TestCase("How could anyone live up there in the winter?")]
    [TestCase("Who needs that kind of stress?")]
    [TestCase("What's the point?")]
    [TestCase("What choice do you have?")]
    [TestCase("How crazy is that?")]
    [TestCase("Why bother?")]
    public void Classify_SetRhetoricalQuestion_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("What do you expect for the third quarter?")]
    [TestCase("Why would you say that?")]
    [TestCase("I want to say, do you have a minute?")]
    [TestCase("You said, how many locations do you have now?")]
    public void Classify_LookalikeThatAsks_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));
}
