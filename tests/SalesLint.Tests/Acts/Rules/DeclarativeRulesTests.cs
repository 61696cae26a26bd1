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
    [TestCase("So you're paying, what, two hundred dollars a month just to heat it?")]
    public void Classify_PlaceholderWhatTheListenerIsToConfirm_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    // Unpunctuated: the same own figure without commas is no question either; the listener's figure still is.
    [TestCase("we've been in this house what fifteen years now")]
    [TestCase("my rent went up to what nine hundred")]
    [TestCase("our kids were what three and five at the time")]
    public void Classify_UnpunctuatedOwnFigureWithAPlaceholderWhat_IsNotAQuestion(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("that was what ten years ago")]
    [TestCase("you paid what fifty bucks for it")]
    [TestCase("i think it was what ten years ago")]
    [TestCase("it cost what 20 bucks")]
    public void Classify_UnpunctuatedPlaceholderWhatToConfirm_IsADeclarativeCue(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == "declarative-cue");

    [TestCase("that's what one should expect from a cards point of view")]
    [TestCase("it's not that it's uh either there are or not")]
    public void Classify_RelativeWhatOrEitherOrNot_IsNotADeclarativeCue(string text) =>
        Classify(text).Reason.Should().NotBe("declarative-cue");

    [TestCase("How cold does it get there, in Miami?", "Oh, it gets down to, what, sixty?")]
    [TestCase("How long does it take you?", "It takes, what, forty minutes?")]
    public void Classify_FigureWithAPlaceholderWhatAnsweringTheOtherSidesQuestion_IsOwnEstimate(string question, string text) =>
        ClassifyAfter(question, SentenceAct.Question, text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "own-estimate");

    [TestCase("How cold does it get there?", SentenceAct.Question, "And you pay, what, fifty a month?")]
    [TestCase("It gets pretty cold here in the winter.", SentenceAct.Statement, "It gets down to, what, twenty?")]
    public void Classify_PlaceholderWhatAboutTheListenerOrNotAnAnswer_StaysAQuestion(string previous, SentenceAct previousAct, string text) =>
        ClassifyAfter(previous, previousAct, text).Act.Should().Be(SentenceAct.Question);

    [TestCase("How long were you in the service?", "Oh, about eight years?")]
    [TestCase("Where do your folks live now?", "Just down the road, like ten minutes?")]
    [TestCase("How big is the yard?", "Oh, it's about half an acre?")]
    public void Classify_AnswerToTheOtherSidesQuestionToldWithARisingVoice_IsUptalk(string question, string text) =>
        ClassifyAfter(question, SentenceAct.Question, text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "uptalk");

    [TestCase("Where do your folks live now?", "You mean my wife's folks?")]
    [TestCase("What do you think of the new mall?", "The one out by the interstate?")]
    [TestCase("How long were you in the service?", "In the army?")]
    [TestCase("What do you need most for the trip?", "I'm going camping up in the mountains?")]
    [TestCase("How should we split it?", "So three firewood and one water for me?")]
    [TestCase("Any other questions?", "Any kind of update on the new plant?")]
    [TestCase("How long is the drive?", "It's about an hour, right?")]
    public void Classify_QuestionBackToTheOtherSidesQuestion_StaysAQuestion(string question, string text) =>
        ClassifyAfter(question, SentenceAct.Question, text).Act.Should().Be(SentenceAct.Question);

    [TestCase("We go through like a gallon of milk a day?")]
    [TestCase("My brother had a boat or something?")]
    [TestCase("I've been there like twice?")]
    public void Classify_OwnHedgedTellingWithAQuestionMark_IsUptalk(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "uptalk");

    [TestCase("So we're meeting at five?")]
    [TestCase("I just sign at the bottom?")]
    [TestCase("We'd like it delivered on Friday?")]
    [TestCase("You've been there like twice?")]
    [TestCase("I would take like two of the waters if that works?")]
    [TestCase("Maybe we could split the firewood, like two and one?")]
    public void Classify_FirstPersonCheckWithoutAHedge_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));

    private static ActDecision ClassifyAfter(string previous, SentenceAct previousAct, string text) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text), new ActContext(previous, TextTokenizer.Tokenize(previous), previousAct, wholeTurn: true));
}
