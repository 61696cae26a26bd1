using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class QuoteFrameRulesTests
{
    [TestCase("So I'm thinking, you know, is this really worth it?")]
    [TestCase("And the guy's like, you want the extended warranty?")]
    [TestCase("The first thing they ask is, do you have insurance?")]
    [TestCase("You think, gosh, should I really be doing this?")]
    [TestCase("And he looks at me and says, you did what?")]
    [TestCase("And I'm standing there going, what did I do?")]
    [TestCase("My mom would always ask, have you eaten?")]
    [TestCase("I remember thinking, what am I doing here?")]
    [TestCase("And the lady at the desk just kind of stares at me and goes, can I help you?")]
    [TestCase("My husband said, thirty dollars?")]
    [TestCase("And I thought, that's it?")]
    [TestCase("He just kind of said, you're sure?")]
    [TestCase("And I went, excuse me?")]
    [TestCase("And I told her, not again?")]
    [TestCase("And I tell him, you know what's not fair?")]
    [TestCase("So I ask her, why would you do that?")]
    [TestCase("My wife asks me every so often, when are you going to fix that fence?")]
    [TestCase("And he says all the time, why do we even bother?")]
    [TestCase("And I walk up to the man at the counter and I say, sir, where is my luggage?")]
    [TestCase("And she just looks at me like, how should I know?")]
    [TestCase("I'm sitting there like, is that normal?")]
    [TestCase("So we're out on the lake, the motor quits, my brother's bailing with a coffee can, and I'm thinking, why did we ever buy this boat?")]
    public void Classify_QuestionAfterAFrameOfAnyShape_IsQuoted(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "quoted-question");

    [TestCase("I was thinking, do you want to get together sometime?")]
    [TestCase("I was wondering, is the pool open on weekends?")]
    [TestCase("Let me ask you this, is the pool open on weekends?")]
    [TestCase("I'm not going, are you?")]
    [TestCase("Like I said, the pool is open on weekends, right?")]
    [TestCase("That said, are you still on the older plan?")]
    [TestCase("It is hard for us to say, I'm going to build it, and who's going to buy it?")]
    [TestCase("My follow-up is on engine sales, I think, uh, have we lost these for good?")]
    [TestCase("At what point do you think, um, things are going to turn around?")]
    [TestCase("Or that you think, uh, the service is better and you don't want the risk?")]
    [TestCase("Ben from Scotia asked, on the cash cost of the mine, how much of that was due to efficiencies versus geology this year?")]
    [TestCase("Uh, and if you think there are, like, potential key dates, which ones should we be following?")]
    [TestCase("And if you ask me, is it worth the money?")]
    [TestCase("Uh, and if you think there are, like, potential key dates, uh, that the, we should be following?")]
    [TestCase("So you said, Tuesday?")]
    [TestCase("So your husband said, thirty dollars?")]
    [TestCase("I'd say, maybe twenty?")]
    [TestCase("It was like, twenty dollars?")]
    [TestCase("As I said, next week?")]
    [TestCase("I wanted to ask you, is the pool open on weekends?")]
    [TestCase("Let me ask, is the pool open on weekends?")]
    [TestCase("So I say, why don't we split the cost?")]
    public void Classify_QuestionAfterAFrameThatAddressesTheListener_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("You know, what can you do about it?")]
    [TestCase("Well, you know, who knows?")]
    public void Classify_RhetoricalQuestionAfterYouKnow_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("You know, do you have any kids?")]
    [TestCase("You know, what do you do for a living?")]
    public void Classify_QuestionAfterYouKnow_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));
}
