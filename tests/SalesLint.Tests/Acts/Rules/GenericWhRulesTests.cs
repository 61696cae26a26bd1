using SalesLint.Acts;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class GenericWhRulesTests
{
    [TestCase("I mean, what do they expect?")]
    [TestCase("How are they supposed to live on that?")]
    [TestCase("Where else are they going to put them?")]
    [TestCase("How can anybody afford a lawyer for that?")]
    [TestCase("Who's going to hire somebody like that?")]
    [TestCase("Who would ever want to live there?")]
    [TestCase("Why would I want to switch?")]
    [TestCase("Who writes letters anymore?")]
    public void IsGenericWh_QuestionAboutPeopleInGeneral_IsTrue(string text) =>
        GenericWhRules.IsGenericWh(WordsOf(text)).Should().BeTrue();

    [TestCase("What would you do with the extra room?")]
    [TestCase("What would they pay a teacher up where you are?")]
    [TestCase("What do they charge for a cabin up there?")]
    [TestCase("Who would be involved in the decision?")]
    [TestCase("Who's going to be there?")]
    [TestCase("Why would we be growing faster than the market?")]
    [TestCase("Who wants a prison in their backyard?")]
    [TestCase("What's driving the margin?")]
    [TestCase("Do they expect it to close?")]
    public void IsGenericWh_QuestionAboutTheListenerOrAFact_IsFalse(string text) =>
        GenericWhRules.IsGenericWh(WordsOf(text)).Should().BeFalse();

    private static ActWords WordsOf(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);
        return ActWords.Of(text, tokens, new int[tokens.Length]);
    }
}
