using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class UnpunctuatedRulesTests
{
    [TestCase("do you own your place or")]
    [TestCase("so are your folks still up in michigan or")]
    [TestCase("did you grow up around here or uh")]
    [TestCase("you're driving down for the weekend or")]
    [TestCase("you guys still fish up there or")]
    public void Classify_QuestionLeavingItsAlternativeToTheListener_IsAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("we might drive up to the lake or")]
    [TestCase("you can take the train or")]
    [TestCase("and then my brother or")]
    public void Classify_StatementLeftOpenWithOr_StaysBrokenOff(string text) =>
        Classify(text).Reason.Should().Be("abandoned");

    [TestCase("huh is she still teaching up there")]
    [TestCase("ha did they ever find the dog")]
    [TestCase("gee are your kids in college already")]
    [TestCase("that's great what grade is she in now")]
    [TestCase("oh boy who's going to watch the kids")]
    [TestCase("there you go would you do it again")]
    public void Classify_ReactionRunIntoAQuestion_IsAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("boy do i have a story for you")]
    [TestCase("man was i glad to get home")]
    [TestCase("huh is that right")]
    [TestCase("gee did you")]
    public void Classify_ExclamationOrBackchannelAfterAReaction_IsNoQuestion(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("do you do much fishing anymore")]
    [TestCase("so do you do anything with the garden")]
    [TestCase("are you i mean are you from around here")]
    [TestCase("was it did it turn out the way you wanted")]
    [TestCase("was it hard to find a place")]
    public void Classify_DoAsTheMainVerbAfterAnInvertedDo_IsAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("was it was a great trip")]
    [TestCase("does she does all the books for them")]
    [TestCase("is it i felt so silly out there")]
    [TestCase("was i had a cast on for six weeks")]
    [TestCase("was we drove all night to get there")]
    public void Classify_RestartIntoAStatement_IsNoQuestion(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("what was it fourteen dollars for a sandwich")]
    [TestCase("what do you call it the the little pickup truck")]
    [TestCase("what's his name the guy from the bank")]
    [TestCase("what are they the ones with the red flowers")]
    [TestCase("what was it uh nineteen eighty two")]
    public void Classify_WordSearchAnsweredAtOnce_IsNoQuestion(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "word-search");

    [TestCase("what was it like growing up there")]
    [TestCase("what do you call it when the river floods")]
    [TestCase("what is it the doctor told you")]
    [TestCase("what's his name")]
    public void Classify_WhQuestionThatLooksLikeAWordSearch_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("how's a teacher supposed to keep thirty kids quiet")]
    [TestCase("so how are they supposed to pay the rent on that")]
    [TestCase("how is he supposed to get to work without a car")]
    public void Classify_HowSupposedToComplaint_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("how is she doing in school")]
    [TestCase("how are they getting there")]
    public void Classify_HowQuestionWithoutSupposedTo_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Do you own your place, or")]
    [TestCase("Boy, do I have a story for you.")]
    [TestCase("What was it, fourteen dollars for a sandwich?")]
    public void Classify_Punctuated_DoesNotUseTheseRules(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Reason != "word-search" && d.Reason != "declarative-cue" && d.Reason != "dropped-auxiliary");

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));
}
