using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class FollowingSentenceRulesTests
{
    [TestCase("Do I need another one?", "No. But I want one.")]
    [TestCase("Is it worth it?", "Of course not, but we go anyway.")]
    [TestCase("Why would they fix it?", "Because they don't have to.")]
    [TestCase("Who's going to pay for that?", "Nobody.")]
    public void Classify_QuestionTheSpeakerAnswersThemselves_IsSelfAnswered(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "self-answered");

    [TestCase("Do you want the extended warranty?", "And I said, no, thanks.")]
    [TestCase("What time do you get off work?", "I told her, five.")]
    [TestCase("Do you know how fast you were going?", "And my wife goes, here we go.")]
    [TestCase("Are you the new neighbor?", "And she was like, yes, hi.")]
    public void Classify_QuestionFollowedByTheNextLineOfAReportedExchange_IsQuoted(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "quoted-question");

    [TestCase("Who's going to hire somebody like that?", "He ended up back at his mother's.")]
    [TestCase("How are they supposed to live on that?", "She couldn't even make her rent.")]
    [TestCase("Why would I want to switch?", "I've had the same service for ten years.")]
    [TestCase("I mean, where are people going to park?", "The lot's already full by eight.")]
    public void Classify_QuestionAboutPeopleInGeneralTheSpeakerGoesOnFrom_IsRhetorical(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("And what do you think the plumber charged?", "Six hundred dollars.")]
    [TestCase("And who do you think showed up at the door?", "Her ex-husband.")]
    [TestCase("Where do you think all that paper ends up?", "Straight in the landfill.")]
    public void Classify_QuizQuestionTheSpeakerFillsInWithABarePhrase_IsSelfAnswered(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "self-answered");

    [TestCase("What do you do with your weekends?", "Like, for fun.")]
    [TestCase("What kind of car do you drive?", "A truck or a car.")]
    [TestCase("Where are you calling from?", "I'm in Ohio myself.")]
    [TestCase("What did they end up paying?", "That's what I want to know.")]
    [TestCase("What are the biggest cash items this quarter?", "Working capital, mostly.")]
    [TestCase("What do you think the plumber charged?", "Thanks, by the way.")]
    public void Classify_WhQuestionFollowedByAWideningOrAClause_StaysAQuestion(string text, string following) =>
        ClassifyThen(text, following).Act.Should().Be(SentenceAct.Question);

    [TestCase("And who ends up paying for all that?", "We do.")]
    [TestCase("Who's going to clean it up?", "The neighbors will.")]
    [TestCase("So who keeps the dog?", "Nobody does.")]
    [TestCase("Where does all the lottery money go?", "Nobody can tell you.")]
    [TestCase("And what did we get out of it?", "Nothing, as far as I can see.")]
    [TestCase("What's anybody going to do about it?", "Well, no one's going to do anything.")]
    public void Classify_WhQuestionTheSpeakerAnswersWithASubjectOrNobody_IsSelfAnswered(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "self-answered");

    [TestCase("Who does the cooking at your house?", "I do all of it at ours.")]
    [TestCase("Who's your favorite player?", "Mine is Ripken.")]
    [TestCase("Who takes care of the yard?", "You do?")]
    [TestCase("Who takes care of the yard?", "You do.")]
    [TestCase("Where did you park?", "We did.")]
    [TestCase("What are they asking for it?", "Nobody?")]
    public void Classify_WhQuestionNotAnsweredByTheSpeakerThemselves_StaysAQuestion(string text, string following) =>
        ClassifyThen(text, following).Act.Should().Be(SentenceAct.Question);

    [TestCase("Was it worth the money?", "Not even close.")]
    [TestCase("Do I miss the snow?", "Not one bit.")]
    [TestCase("Does he ever call his mother?", "Only on her birthday.")]
    [TestCase("Would I go back?", "You bet, in a heartbeat.")]
    public void Classify_YesNoQuestionTheSpeakerAnswersAtOnce_IsSelfAnswered(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "self-answered");

    [TestCase("The drive's like twenty minutes from our place?", "So it's not bad.")]
    public void Classify_OwnTellingWithARisingVoiceTheSpeakerGoesOnFrom_IsUptalk(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "uptalk");

    [TestCase("So you're out by the lake?", "We used to camp there.")]
    [TestCase("The store by the highway?", "I think it closed.")]
    public void Classify_CheckAboutTheListenerOrAPlaceTheSpeakerGoesOnFrom_StaysAQuestion(string text, string following) =>
        ClassifyThen(text, following).Act.Should().Be(SentenceAct.Question);

    [TestCase("You know what they need at the hospital?", "People to rock the babies.")]
    [TestCase("You know how long that took?", "Three hours, just to get a permit.")]
    public void Classify_YouKnowRunIntoAWhClauseTheSpeakerGoesOnFrom_IsRhetorical(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("You know, what are some of the key issues?", "I'd love to hear your take.")]
    [TestCase("You know what they need at the hospital?", "Because I'd like to help.")]
    public void Classify_YouKnowSetOffBareOrWithAReasonForAsking_StaysAQuestion(string text, string following) =>
        ClassifyThen(text, following).Act.Should().Be(SentenceAct.Question);

    [TestCase("What would they charge for something like that?", "Because I've been wanting one.")]
    [TestCase("What would they do if it snowed in June?", "I've always wondered that.")]
    [TestCase("Where are they going to put the new lodge?", "I heard they were building one.")]
    [TestCase("What would they need to see to come back in the market?", "Thanks.")]
    [TestCase("So, why would we be growing faster than the market with these dynamics?", "The peers are all flat.")]
    [TestCase("What would you do with the extra room?", "We'd probably make it an office.")]
    [TestCase("Who would be the right person to talk to?", "I want to get the security review started.")]
    public void Classify_QuestionWithAReasonForAskingOrNotInGeneral_StaysAQuestion(string text, string following) =>
        ClassifyThen(text, following).Act.Should().Be(SentenceAct.Question);

    [TestCase("Have you been looking?", "We've been talking about getting something new.")]
    [TestCase("Do you have a truck?", "Because I need help moving on Saturday.")]
    [TestCase("How much firewood will I get?", "Because I don't need it much.")]
    [TestCase("I take 2 water, you take the firewood?", "Let me know.")]
    [TestCase("Do you have any pets?", "No?")]
    [TestCase("Do you use the library much?", "I keep meaning to get a card.")]
    [TestCase("And you?", "No.")]
    public void Classify_QuestionTheSpeakerGoesOnFrom_StaysAQuestion(string text, string following) =>
        ClassifyThen(text, following).Act.Should().Be(SentenceAct.Question);

    [TestCase("So what did we do?", "We sold the second car and bought bikes.")]
    [TestCase("And, you know, what do I do the first day?", "I go and lock my keys in the car.")]
    [TestCase("Did I call them?", "I called them three times that week.")]
    public void Classify_QuestionAboutWhatTheSpeakerDidToldAtOnce_IsSelfAnswered(string text, string following) =>
        ClassifyThen(text, following).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "self-answered");

    [TestCase("What should I bring?", "I have a tent already.")]
    [TestCase("What do I do now?", "I don't know.")]
    [TestCase("What did we decide about Friday?", "We're still on, right?")]
    [TestCase("Do I need a permit for that?", "You'd know better than me.")]
    [TestCase("What did you do?", "I would have called the police.")]
    public void Classify_QuestionAboutTheSpeakerNotAnsweredByThem_StaysAQuestion(string text, string following) =>
        ClassifyThen(text, following).Act.Should().Be(SentenceAct.Question);

    [Test]
    public void MayGoOn_Statement_IsFalse() =>
        FollowingSentenceRules.MayGoOn(RuleBasedActClassifier.Classify("We have two dogs.", TextTokenizer.Tokenize("We have two dogs."))).Should().BeFalse();

    /// <summary>Classifies the first sentence of a turn of two sentences, with the second as the same speaker's next sentence.</summary>
    private static ActDecision ClassifyThen(string text, string following)
    {
        var turn = text + " " + following;
        var tokens = TextTokenizer.Tokenize(turn);
        var sentences = new List<(int First, int Count)>();
        SentenceSplitter.Split(turn, tokens, sentences, SentenceSplitter.PunctuatedMinimumStretch);
        sentences.Should().HaveCountGreaterThan(1);
        var (first, count) = sentences[0];
        var (nextFirst, nextCount) = sentences[1];
        return RuleBasedActClassifier.Classify(turn, tokens.AsSpan(first, count), default(ActContext).Then(turn, tokens.AsSpan(nextFirst, nextCount)));
    }
}
