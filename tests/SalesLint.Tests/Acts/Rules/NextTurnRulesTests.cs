using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class NextTurnRulesTests
{
    [TestCase("Yeah, I mean, where does all that money go?", "Right.")]
    [TestCase("And why is it always on a Friday?", "Uh-huh.")]
    [TestCase("Isn't the price of a movie ridiculous now?", "I know.")]
    [TestCase("Can you believe the price of gas?", "Tell me about it.")]
    [TestCase("I mean, is that really necessary?", "I don't think so.")]
    [TestCase("I mean, why is it so hard?", "I don't know.")]
    [TestCase("I mean, how can you feel sorry for a guy making three million dollars a year?", "You can't. I'd play for free.")]
    [TestCase("I mean, who would buy a car like that?", "Nobody. Not at that price.")]
    public void Classify_QuestionTheOtherSideDoesNotAnswer_IsUnanswered(string text, string next) =>
        ClassifyBefore(text, next).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "unanswered");

    [TestCase("And why is the milk always in the back?", "Right. So you walk past everything else.")]
    [TestCase("Isn't the price of a movie ridiculous now?", "I know, it's like ten dollars.")]
    [TestCase("Where would we be without the dishwasher?", "Exactly, I couldn't live without mine.")]
    [TestCase("I mean, do they even read those letters?", "I don't know. I doubt it.")]
    public void Classify_QuestionTheOtherSideMeetsWithAgreementAndGoesOn_IsUnanswered(string text, string next) =>
        ClassifyBefore(text, next).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "unanswered");

    [TestCase("I mean, what do they expect?", "Yeah, you get what you pay for.")]
    [TestCase("Where else are they going to put them?", "Yeah, I guess that's the problem.")]
    [TestCase("Who'd ever put a prison out there?", "Oh, yeah, not me.")]
    public void Classify_QuestionAboutPeopleInGeneralTheOtherSideAgreesWith_IsUnanswered(string text, string next) =>
        ClassifyBefore(text, next).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "unanswered");

    [TestCase("Who can pay seventy dollars a month to swim?", "Wow.")]
    [TestCase("How are those families supposed to get by?", "Oh, gosh. My brother-in-law worked there.")]
    [TestCase("What kind of a company does that?", "That's terrible.")]
    [TestCase("Where are the parents?", "Oh, that's scary. They put the prices up again at the pool.")]
    [TestCase("How funny is that now?", "Boy, that's just awful.")]
    [TestCase("Why would they close the library?", "That's a shame.")]
    public void Classify_WhQuestionMetWithAnExclamationOrAssessment_IsUnanswered(string text, string next) =>
        ClassifyBefore(text, next).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "unanswered");

    [TestCase("What did he get for it?", "Oh, gosh, I think he got eight hundred.")]
    [TestCase("What do you think of the new law?", "That's crazy.")]
    [TestCase("What happened to the old pool?", "Oh, they tore it down.")]
    [TestCase("Who would take care of the kids?", "Wow, my mother, I guess.")]
    [TestCase("How much was the ticket?", "Oh, really?")]
    [TestCase("Is there anything, uh, to call out there?", "Hmm. No, nothing unusual this quarter.")]
    [TestCase("Can they do that?", "Wow.")]
    public void Classify_QuestionAnsweredOrNotMetWithAnExclamation_StaysAQuestion(string text, string next) =>
        ClassifyBefore(text, next).Act.Should().Be(SentenceAct.Question);

    [TestCase("What was the reaction from the regulator?", "Yes, we went to explain this to them in advance.")]
    [TestCase("What do they charge for a cabin up there?", "Yeah, about ninety a night.")]
    [TestCase("Who would be involved in the decision?", "Yeah, probably our CFO.")]
    [TestCase("What would you say drove the margin?", "Yeah, so mostly pricing.")]
    [TestCase("What would they charge for something like that?", "Oh, I'd say a couple thousand at least.")]
    public void Classify_WhQuestionAnsweredAfterAYeahOrAboutTheListener_StaysAQuestion(string text, string next) =>
        ClassifyBefore(text, next).Act.Should().Be(SentenceAct.Question);

    [TestCase("What do you do for a living?", "Right now I'm between jobs, actually.")]
    [TestCase("Do you ever go up to the lake?", "Right. We were there in June.")]
    [TestCase("How many kids do you have?", "I know it sounds crazy, but six.")]
    [TestCase("Why the bread and milk?", "I have no idea. It's just what you do.")]
    [TestCase("Do you have any pets?", "Yeah.")]
    [TestCase("Do you have any pets?", "No.")]
    [TestCase("Is this on the new plan?", "Yes.")]
    [TestCase("Where are you calling from?", "I'm in Raleigh.")]
    [TestCase("How about Tuesday?", "Yeah.")]
    [TestCase("You said twelve reps, right?", "Right.")]
    [TestCase("Have I got that right?", "Right.")]
    [TestCase("Is it the blue one?", "Exactly.")]
    [TestCase("So you're on the older version?", "Right.")]
    [TestCase("What's the easiest thing to grow?", "I don't know.")]
    [TestCase("How can you tell which ones are ripe?", "You can't, really, until you cut one open.")]
    [TestCase("I mean, could you give us some color on the margin?", "Sure. Margins were up two points on mix, and we expect that to hold into the fourth quarter.")]
    public void Classify_QuestionTheOtherSideAnswers_StaysAQuestion(string text, string next) =>
        ClassifyBefore(text, next).Act.Should().Be(SentenceAct.Question);

    [Test]
    public void Classify_WithoutNextTurn_StaysAQuestion() =>
        RuleBasedActClassifier.Classify("Where does all that money go?", TextTokenizer.Tokenize("Where does all that money go?"))
            .Act.Should().Be(SentenceAct.Question);

    [Test]
    public void MayBeUnanswered_DeclarativeWithQuestionMark_IsNotLookedAt()
    {
        const string Text = "The bird terrorizes the cat?";
        NextTurnRules.MayBeUnanswered(RuleBasedActClassifier.Classify(Text, TextTokenizer.Tokenize(Text))).Should().BeFalse();
    }

    [TestCase("So you get it both ways.", "We get it both ways.")]
    [TestCase("So it's your neighbors' fault.", "It's my neighbors' fault.")]
    [TestCase("You grow okra.", "Oh, yeah, you can't kill okra.")]
    [TestCase("You live in Dallas.", "No, I'm in Plano.")]
    [TestCase("You've never been up there.", "Never.")]
    [TestCase("You're a teacher.", "No, I'm a nurse, actually.")]
    [TestCase("You're a teacher.", "Yeah. I teach fifth grade.")]
    [TestCase("You live in Dallas.", "No. I'm in Plano.")]
    [TestCase("You live right by the lake.", "Yeah. We can see it from the porch.")]
    [TestCase("So you turn right.", "Yeah, I turn right at the light.")]
    [TestCase("But you were okay.", "I was fine, just scared.")]
    [TestCase("But you made it home.", "We made it home at two in the morning.")]
    public void Classify_StatementAboutTheListenerTheyConfirm_IsADeclarativeQuestion(string text, string next) =>
        ClassifyBefore(text, next).Should().Match<ActDecision>(d =>
            d.Act == SentenceAct.Question && d.QuestionType == QuestionType.Declarative && d.Reason == "confirmed-declarative");

    [TestCase("so you get it both ways", "we get it both ways")]
    [TestCase("um so your wife likes being back at work", "oh yeah she likes being back")]
    [TestCase("you've never been up there", "no never")]
    [TestCase("you work from home now", "yeah i have for about two years now since the office closed down and honestly i like it")]
    public void Classify_UnpunctuatedStatementAboutTheListenerTheyConfirm_IsADeclarativeQuestion(string text, string next) =>
        ClassifyBefore(text, next).Should().Match<ActDecision>(d =>
            d.Act == SentenceAct.Question && d.QuestionType == QuestionType.Declarative && d.Reason == "confirmed-declarative");

    [TestCase("you grow okra", "what")]
    [TestCase("you grow okra", "uh-huh")]
    [TestCase("and then you've got the parking on top of that", "we got lucky with parking")]
    [TestCase("i went up there last year", "i've never been")]
    [TestCase("your girl scouts can huddle for extra warmth", "we will thanks")]
    public void Classify_UnpunctuatedStatementNotConfirmedAsAboutTheListener_StaysAStatement(string text, string next) =>
        ClassifyBefore(text, next).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("Oh, you've got your hands full.", "I do.")]
    [TestCase("Oh, you've got three of them.", "I do, all boys.")]
    [TestCase("Oh, you're brave.", "I don't know about that, we just like it.")]
    [TestCase("You grow okra.", "Okra?")]
    [TestCase("You grow okra.", "Uh-huh.")]
    [TestCase("Your girl scouts can huddle for extra warmth.", "We will, thanks.")]
    [TestCase("And then you've got the parking on top of that.", "We got lucky with parking.")]
    [TestCase("But you go.", "I go every year.")]
    [TestCase("And you were okay.", "I was fine.")]
    [TestCase("You can't just not do it.", "No, I know what you mean.")]
    [TestCase("So I guess that counts.", "That counts.")]
    [TestCase("So thank you so much.", "Thank you, we appreciate it.")]
    [TestCase("You grow okra", "I do, every summer.")]
    [TestCase("You're the expert, then.", "I guess I am.")]
    [TestCase("You did the right thing.", "I think so.")]
    [TestCase("Your wife was right.", "I know.")]
    [TestCase("You're braver than me.", "I don't know about that.")]
    [TestCase("You guys have been doing all right.", "We have, knock on wood.")]
    [TestCase("You're a teacher.", "Yeah.")]
    [TestCase("You're a teacher.", "Yeah. Do you have kids?")]
    [TestCase("You learn a lot that way.", "We should try that.")]
    [TestCase("You save a fortune.", "I might look into it.")]
    public void Classify_StatementNotConfirmedAsAboutTheListener_StaysAStatement(string text, string next) =>
        ClassifyBefore(text, next).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("Oh, so you're in the city.", "No, I'm out in Plano.")]
    [TestCase("Oh you've got three of them", "i do all boys")]
    public void Classify_CheckAfterOhSoOrUnpunctuated_StaysAQuestion(string text, string next) =>
        ClassifyBefore(text, next).Act.Should().Be(SentenceAct.Question);

    [TestCase("And you kept the boat.", "I kept the boat, yeah.")]
    [TestCase("But you sold the truck.", "Oh, we sold the truck.")]
    [TestCase("You just have the one car.", "Just the one car, for now.")]
    [TestCase("and you kept the boat", "i kept the boat most days i don't regret it")]
    public void Classify_WholeTurnAboutTheListenerTheyEcho_IsADeclarativeQuestion(string text, string next) =>
        ClassifyBetween("My wife said it was her or the boat.", text, next).Should().Match<ActDecision>(d =>
            d.Act == SentenceAct.Question && d.QuestionType == QuestionType.Declarative && d.Reason == "confirmed-declarative");

    [TestCase("And you kept the boat.", "I sold it.")]
    [TestCase("And you kept the boat.", "The boat?")]
    [TestCase("And you kept the boat.", "I kept the boat for a while and then we sold it.")]
    [TestCase("Oh, you're busy.", "I'm busy.")]
    [TestCase("oh you're busy", "i'm busy all the time")]
    [TestCase("And you never know.", "Never know.")]
    [TestCase("Or a hotel.", "Or a hotel, right.")]
    [TestCase("And money.", "And money, yeah.")]
    [TestCase("And you go in there and they charge you twenty dollars.", "Twenty dollars.")]
    [TestCase("And you kept the boat, I bet.", "I kept the boat.")]
    public void Classify_WholeTurnNotConfirmedByAnEcho_StaysAStatement(string text, string next) =>
        ClassifyBetween("My wife said it was her or the boat.", text, next).Act.Should().NotBe(SentenceAct.Question);

    [Test]
    public void Classify_EchoedStatementThatDoesNotOpenItsTurn_StaysAStatement() =>
        ClassifyBefore("And you kept the boat.", "I kept the boat, yeah.").Act.Should().NotBe(SentenceAct.Question);

    private static ActDecision ClassifyBetween(string previous, string text, string next)
    {
        var context = new ActContext(previous, TextTokenizer.Tokenize(previous), SentenceAct.Statement, wholeTurn: true).Before(next, TextTokenizer.Tokenize(next));
        return RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text), context);
    }

    private static ActDecision ClassifyBefore(string text, string next) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text), default(ActContext).Before(next, TextTokenizer.Tokenize(next)));
}
