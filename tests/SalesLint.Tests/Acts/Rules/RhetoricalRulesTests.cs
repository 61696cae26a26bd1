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
    [TestCase("You ask yourself, is it really worth it?")]
    [TestCase("And you say to yourself, why am I doing this?")]
    [TestCase("They ask you, do you want the extended warranty?")]
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

    [TestCase("And he goes, you want the extended warranty with that?")]
    [TestCase("She was like, you're moving to Ohio?")]
    [TestCase("I'm like, you paid how much for that?")]
    [TestCase("And my wife says, no, honey, why would we do that?")]
    [TestCase("And my wife goes, you want to go where?")]
    [TestCase("And the guy at the counter yells, ma'am, do you have a receipt?")]
    public void Classify_QuoteInNarratedSpeech_IsQuoted(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "quoted-question");

    [TestCase("Where would we be without them, you know?")]
    [TestCase("What are you going to do about it, you know?")]
    public void Classify_WhQuestionHandedOverWithYouKnow_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("And my husband's like, why do we need another one?")]
    [TestCase("My mother used to say, what's the hurry?")]
    [TestCase("People always ask, how do you keep it so clean?")]
    [TestCase("And I just looked at him and said, why?")]
    [TestCase("So then the guy behind the counter at the hardware store says, what do you need that for?")]
    public void Classify_QuestionInALongerOrHabitualQuoteFrame_IsQuoted(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "quoted-question");

    [TestCase("That's like, what, twenty dollars?")]
    [TestCase("Let me ask, how do you keep it so clean?")]
    [TestCase("Can I ask you, what's your budget for this?")]
    [TestCase("I wanted to ask you, do you have kids?")]
    [TestCase("Is that fair, you know?")]
    public void Classify_LookalikeOfALongerQuoteFrame_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Who knew?")]
    [TestCase("What was I thinking?")]
    [TestCase("Can you imagine?")]
    [TestCase("I mean, why does it have to be so complicated?")]
    [TestCase("How are you supposed to save anything these days?")]
    [TestCase("What's the world coming to?")]
    [TestCase("Who can blame them?")]
    [TestCase("Isn't that awful?")]
    [TestCase("Wasn't that something?")]
    [TestCase("Isn't it amazing how fast they grow?")]
    [TestCase("How lucky is that?")]
    public void Classify_ExclamationOrComplaintInQuestionForm_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("Isn't that the one on Main Street?")]
    [TestCase("How long is that?")]
    [TestCase("Why do you have to leave so early?")]
    [TestCase("Who wants to go first?")]
    [TestCase("You said, you'd be there at nine?")]
    [TestCase("As we said, in the second half, okay?")]
    [TestCase("Now, I will say, like, does the market feel better now?")]
    [TestCase("I was like, twenty dollars?")]
    public void Classify_QuestionNextToTheNewShapes_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("What do you expect for the third quarter?")]
    [TestCase("Why would you say that?")]
    [TestCase("I want to say, do you have a minute?")]
    [TestCase("You said, how many locations do you have now?")]
    public void Classify_LookalikeThatAsks_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Didn't everybody?")]
    [TestCase("Doesn't everyone?")]
    [TestCase("Aren't they all?")]
    [TestCase("Who knows what they'll do next.")]
    [TestCase("Um, and who knows when that will happen.")]
    [TestCase("Who knows why they do it?")]
    [TestCase("Oh, how nice.")]
    [TestCase("How awful!")]
    [TestCase("Oh, how interesting.")]
    [TestCase("But what else could he do?")]
    [TestCase("What else are you going to do?")]
    public void Classify_AgreedOrExclaimedQuestionForm_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("Why bother fixing it if you're going to sell it?")]
    [TestCase("Why pay for a gym when you can walk outside?")]
    [TestCase("What can you do, they're teenagers.")]
    [TestCase("Who knows, maybe they'll fix it next year.")]
    public void Classify_WhyWithABareVerbOrASetPhraseGoingOn_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("Why did you pay for the whole year?")]
    [TestCase("Why Texas?")]
    [TestCase("What can you do for us on the price?")]
    [TestCase("Why go with the bigger plan?")]
    public void Classify_WhyWithASubjectOrANounOrAWhQuestionGoingOn_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Does everybody have a copy?")]
    [TestCase("Who knows the answer?")]
    [TestCase("How old is she?")]
    [TestCase("How so?")]
    [TestCase("How come?")]
    [TestCase("How much?")]
    [TestCase("What else can we do?")]
    [TestCase("What else could he do for you?")]
    public void Classify_LookalikeOfAnAgreedOrExclaimedForm_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));
}
