using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts;

public sealed class RuleBasedActClassifierTests
{
    [TestCase("What are you using today?", "wh-opener")]
    [TestCase("what are you using today", "wh-opener")]
    [TestCase("So how many reps are on the team", "wh-opener")]
    [TestCase("Okay, and who signs off on the budget", "wh-opener")]
    [TestCase("do you review the forecast weekly", "aux-inversion")]
    [TestCase("Could you walk me through last quarter", "aux-inversion")]
    [TestCase("is there anyone else involved", "aux-inversion")]
    [TestCase("Tell me about your renewal process.", "info-request")]
    [TestCase("Walk me through how the forecast gets built.", "info-request")]
    [TestCase("I'm curious how the board reacted.", "info-request")]
    [TestCase("That makes the quarter hard, doesn't it", "tag-question")]
    [TestCase("You said twelve reps, right?", "tag-question")]
    [TestCase("You're on Salesforce today?", "question-mark")]
    public void Classify_Questions_AreQuestionsEvenWithoutQuestionMarks(string text, string reason)
    {
        var decision = Classify(text);

        decision.Act.Should().Be(SentenceAct.Question);
        decision.Reason.Should().Be(reason);
        decision.Source.Should().Be("rules");
    }

    [TestCase("We have three hundred customers.")]
    [TestCase("What we do is forecast revenue for finance teams.")]
    [TestCase("How we price it is per seat.")]
    [TestCase("Could be a good fit for the team.")]
    [TestCase("Let me show you the dashboard.")]
    [TestCase("our platform integrates with every crm")]
    [TestCase("Or do it on the weekend.")]
    [TestCase("Have it delivered to the office.")]
    public void Classify_Statements_AreStatements(string text)
    {
        Classify(text).Act.Should().Be(SentenceAct.Statement);
    }

    [TestCase("Is that right?")]
    [TestCase("Right?")]
    [TestCase("Mm-hmm.")]
    [TestCase("Uh-huh.")]
    [TestCase("um-hum")]
    [TestCase("Got it.")]
    [TestCase("Perfect.")]
    [TestCase("you know")]
    [TestCase("Oh, that's interesting.")]
    public void Classify_Backchannels_AreBackchannels(string text)
    {
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Backchannel && d.QuestionType == QuestionType.None);
    }

    [TestCase("How are you?")]
    [TestCase("Hi, how are you?")]
    [TestCase("Thank you.")]
    [TestCase("Yes.")]
    [TestCase("Can you hear me?")]
    public void Classify_GreetingsAndBareAnswers_AreOther(string text)
    {
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Other && d.Reason == "greeting");
    }

    [TestCase("Do you use Salesforce today?", QuestionType.YesNo)]
    [TestCase("do you use salesforce or hubspot", QuestionType.Or)]
    [TestCase("Is it the price or the timing?", QuestionType.Or)]
    [TestCase("How many reps do you have?", QuestionType.Wh)]
    [TestCase("Walk me through your process.", QuestionType.Open)]
    [TestCase("How about you?", QuestionType.Open)]
    [TestCase("You're on the older version, right?", QuestionType.Tag)]
    [TestCase("So you're on the older version.", QuestionType.Declarative)]
    [TestCase("That was what, twelve years ago?", QuestionType.Declarative)]
    [TestCase("We have forty reps.", QuestionType.None)]
    public void Classify_Question_HasItsType(string text, QuestionType type)
    {
        Classify(text).QuestionType.Should().Be(type);
    }

    // Issue 13: the ways real telephone conversations were miscounted, one case each.
    [TestCase("It was a mess, you know.")]
    [TestCase("We just didn't have the people for it, you know?")]
    [TestCase("It's the same story every quarter, you know what I mean.")]
    [TestCase("it was a mess you know")]
    public void Classify_YouKnowTail_IsNotATagQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Statement);

    [TestCase("You like it there, do you?", "tag-question")]
    [TestCase("They moved to Dallas, didn't they?", "tag-question")]
    [TestCase("That's a lot of reps, huh?", "tag-question")]
    [TestCase("That's 40%, right?", "tag-question")]
    [TestCase("It's a difficult one, isn't it.", "tag-question")]
    [TestCase("Do you have time, you know?", "aux-inversion")]
    [TestCase("You'd sign this quarter, right?", "tag-question")]
    public void Classify_QuestionBeforeATail_IsStillAQuestion(string text, string reason) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == reason);

    [TestCase("Which is scary, you know.")]
    [TestCase("Which means we'd have to redo the whole thing.")]
    [TestCase("Which, to be fair, was our own fault.")]
    [TestCase("What gets me is the time they spend in spreadsheets.")]
    [TestCase("What happened was the vendor just stopped answering.")]
    [TestCase("Which, honestly, nobody needs that many shoes.")]
    [TestCase("Yeah, which, everybody hates the traffic out there.")]
    [TestCase("which nobody's buying anymore")]
    public void Classify_RelativeWhichOrWhatOpener_IsAStatement(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "relative-clause");

    [TestCase("Which wasn't what anybody wanted.")]
    [TestCase("Which doesn't help much, because the rent goes up anyway.")]
    [TestCase("Which annoyed the neighbors.")]
    public void Classify_WhichBeforeAnAuxiliaryOrPastVerbWithAFullStop_IsARelativeClause(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "relative-clause");

    [TestCase("Which doesn't fit?")]
    [TestCase("Which annoyed you more?")]
    [TestCase("Which team won.")]
    [TestCase("Which of them do you like best.")]
    public void Classify_WhichQuestionWithAQuestionMarkOrANoun_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("But who knows what the market does next year.")]
    [TestCase("Who knows with these people.")]
    public void Classify_WhoKnowsWithAFullStop_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [Test]
    public void Classify_WhoKnowsWithAQuestionMark_StaysAQuestion() =>
        Classify("Who knows the way to the lake?").Act.Should().Be(SentenceAct.Question);

    [TestCase("which of those two reports do your managers actually open")]
    [TestCase("Which is better for you?")]
    [TestCase("Which one do you use today?")]
    [TestCase("what happened to the deal")]
    [TestCase("what gets updated first")]
    [TestCase("Which, the red one or the blue one?")]
    public void Classify_WhichOrWhatQuestion_IsStillAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Do you?")]
    [TestCase("No kidding?")]
    [TestCase("Oh, yeah?")]
    [TestCase("Is that right?")]
    [TestCase("Have you?")]
    [TestCase("Oh, did they?")]
    [TestCase("Oh, you did?")]
    [TestCase("Oh, is that so?")]
    [TestCase("is it")]
    [TestCase("You did, huh?")]
    [TestCase("Oh, they do, huh?")]
    public void Classify_BackchannelInQuestionForm_IsABackchannel(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Backchannel && d.Reason == "backchannel");

    [TestCase("Pardon?")]
    [TestCase("What?")]
    [TestCase("Dallas?")]
    [TestCase("Forty?")]
    [TestCase("Sorry, say that again?")]
    [TestCase("I'm sorry?")]
    public void Classify_RepairRequest_IsOther(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Other && d.Reason == "repair");

    [TestCase("So do you, uh,")]
    [TestCase("And what we -")]
    [TestCase("so what did you think of the")]
    [TestCase("do you uh")]
    [TestCase("So I drove up there, or --")]
    [TestCase("Did your brother ever --")]
    public void Classify_UtteranceBrokenOff_IsOther(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Other && d.Reason == "abandoned");

    [TestCase("Now do your folks still live close by, or --")]
    [TestCase("Are you more of a beach person, or --")]
    [TestCase("What do they charge for that now, or --")]
    public void Classify_QuestionTrailingOffOnOr_IsAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Do that and you'll save a lot of time.")]
    [TestCase("Have a look at the second slide when you get a chance.")]
    [TestCase("do that and you'll never get it back")]
    public void Classify_ImperativeDoOrHave_IsAStatement(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Statement);

    [TestCase("Why?")]
    [TestCase("Who?")]
    public void Classify_OneWordWhQuestion_IsAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("She's like, what are you digging for?")]
    [TestCase("And my boss goes, why are we paying for two tools?")]
    [TestCase("He asked me, do we really need this?")]
    [TestCase("So the customer says, can you just send me the contract?")]
    [TestCase("I was like, are you kidding me?")]
    [TestCase("she's like what are you digging for")]
    public void Classify_QuestionInReportedSpeech_IsAStatement(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "quoted-question");

    [TestCase("I'm asking, do you need it this quarter?")]
    [TestCase("Let me ask you, what does the team use today?")]
    public void Classify_SpeakerAskingTheListener_IsAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Who knows?")]
    [TestCase("I mean, what can you do?")]
    [TestCase("Who doesn't want a cleaner pipeline, right?")]
    [TestCase("How hard can it be, right?")]
    [TestCase("What are you going to do?")]
    [TestCase("I mean, who has time for that?")]
    public void Classify_RhetoricalQuestion_IsAStatement(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("So you're on the older version.", "declarative-question")]
    [TestCase("so you're still on the older version", "declarative-question")]
    [TestCase("That was what, twelve years ago?", "question-mark")]
    [TestCase("You've got about forty people on the team?", "question-mark")]
    public void Classify_DeclarativeQuestion_IsAQuestion(string text, string reason) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == reason);

    [TestCase("So you can see the forecast on the left.")]
    [TestCase("So you're going to get an email from us tomorrow.")]
    [TestCase("So you have the ability to earn interest on one, whereas you have no ability to earn interest on the other.")]
    public void Classify_SoYouExplanation_IsAStatement(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Statement);

    [TestCase("How about you?")]
    [TestCase("What about you?")]
    [TestCase("And you?")]
    [TestCase("how about yourself")]
    public void Classify_QuestionHandedBack_IsAQuestion(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == "return-question");

    [TestCase("you're already on the enterprise plan aren't you")]
    [TestCase("the pilot ran for sixty days correct")]
    [TestCase("that's the main blocker right")]
    [TestCase("they don't do that anymore do they")]
    [TestCase("pretty cold up there this time of year huh")]
    public void Classify_UnpunctuatedTag_IsATagQuestion(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == "tag-question");

    [TestCase("I think that's 40%, right.")]
    [TestCase("It's a difficult one, yeah.")]
    [TestCase("i think that's about right")]
    [TestCase("yeah i think that's right")]
    [TestCase("the numbers you quoted are correct")]
    public void Classify_RightOrCorrectInTheClause_IsNotATag(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    // Telephone speech without punctuation: questions that drop the auxiliary, restart, open with "or" or trail off in a filler.
    [TestCase("you ever been out to the coast", "dropped-auxiliary")]
    [TestCase("you guys have any kids", "dropped-auxiliary")]
    [TestCase("so you got any plans for the weekend", "dropped-auxiliary")]
    [TestCase("or do you just rent", "aux-inversion")]
    [TestCase("and are are you seeing any change there", "aux-inversion")]
    [TestCase("and what do you do for a living uh", "wh-opener")]
    public void Classify_SpokenQuestionWithoutPunctuation_IsAQuestion(string text, string reason) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == reason);

    [TestCase("when the kids were little we went camping a lot")]
    [TestCase("where the plant is they get a lot of snow")]
    [TestCase("how the system works is pretty simple")]
    [TestCase("what a mess that turned out to be")]
    [TestCase("When people ask, I just say it's a hobby.")]
    [TestCase("Where everybody parks, it's all mud.")]
    [TestCase("You ever get the feeling they just do not care.")]
    [TestCase("you have to be careful with those things")]
    [TestCase("you know how it is with kids")]
    public void Classify_SpokenStatementOpeningLikeAQuestion_IsNotAQuestion(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("When the contract runs out?", SentenceAct.Question)]
    [TestCase("where the heck did they go", SentenceAct.Question)]
    public void Classify_WhWithDeterminer_IsAQuestionWhenItAsks(string text, SentenceAct act) =>
        Classify(text).Act.Should().Be(act);

    [TestCase("are you serious")]
    [TestCase("no way")]
    [TestCase("oh do you")]
    public void Classify_SpokenBackchannel_IsABackchannel(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Backchannel);

    // Issue 13: unpunctuated declarative questions that carry a cue in their words.
    [TestCase("you want to come along or not")]
    [TestCase("you guys coming tonight or what")]
    [TestCase("that was what ten years ago")]
    [TestCase("it cost what 20 bucks")]
    [TestCase("you've got two of them then")]
    public void Classify_SpokenDeclarativeWithCue_IsADeclarativeQuestion(string text)
    {
        var decision = Classify(text);

        decision.Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == "declarative-cue" && d.QuestionType == QuestionType.Declarative);
    }

    [TestCase("let's see if it becomes a new normal or not")]
    [TestCase("i'm not sure whether they're coming or not")]
    [TestCase("we drove all night believe it or not")]
    [TestCase("that's what a lot of people say")]
    [TestCase("you can pay it off by then")]
    public void Classify_EmbeddedOrPlaceholderLookalike_IsAStatement(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Statement);

    // Session 26: a final "then" after judging the listener draws a conclusion, it checks no fact.
    [TestCase("you're the expert then")]
    [TestCase("oh well you're the lucky one then")]
    [TestCase("you're braver than me then")]
    public void Classify_JudgementOfTheListenerEndingInThen_IsNotADeclarativeCue(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("could be worse")]
    [TestCase("would have been nice to know")]
    [TestCase("should be fun though")]
    public void Classify_ElidedSubject_IsAStatement(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "elided-subject");

    [Test]
    public void Classify_RestartedStatement_IsAStatement() =>
        Classify("was it was a good time").Act.Should().Be(SentenceAct.Statement);

    [Test]
    public void Classify_RestartedQuestion_IsStillAQuestion() =>
        Classify("is it is it any good").Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == "aux-inversion");

    [TestCase("when comparing like for like our margin grew by five points")]
    [TestCase("when talking to customers we hear the same thing")]
    public void Classify_WhenWithIngVerb_IsAClause(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "wh-clause");

    [TestCase("how about that")]
    [TestCase("what do you call it")]
    public void Classify_SpokenExclamationOrFiller_IsNotAQuestion(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("oh do you really")]
    [TestCase("did you really")]
    public void Classify_EchoWithReally_IsABackchannel(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Backchannel);

    [TestCase("can you hear me okay")]
    [TestCase("are you still there")]
    public void Classify_LineCheck_IsAGreetingNotAQuestion(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Other && d.Reason == "greeting");

    [Test]
    public void Classify_BareGotAny_IsAQuestion() =>
        Classify("got any kids").Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == "dropped-auxiliary");

    [TestCase("i am great thank you for asking how about you")]
    [TestCase("great and yourself")]
    public void Classify_QuestionHandedBackAtTheEnd_IsAReturnQuestion(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == "return-question");

    [TestCase("i propose 2 water 1 food and 2 firewood to you is that good")]
    [TestCase("we could start on the first of the month does that work for you")]
    [TestCase("two for me and one for you sound fair")]
    [TestCase("sound good")]
    public void Classify_ProposalCheck_IsATagQuestion(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.QuestionType == QuestionType.Tag);

    [TestCase("Two for me and one for you is that okay.")]
    [TestCase("sounds good")]
    public void Classify_ProposalCheckAfterAPeriodOrAgreement_IsNotAQuestion(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("you enjoying yourself")]
    [TestCase("you guys doing okay over there")]
    [TestCase("any chance you might have water to share")]
    [TestCase("anything else")]
    public void Classify_SpokenQuestionWithoutAre_IsADroppedAuxiliary(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == "dropped-auxiliary");

    [TestCase("you something else entirely")]
    [TestCase("any time you want to call is fine with me")]
    public void Classify_DroppedAuxiliaryLookalike_IsNotAQuestion(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("Do you know, I never thought about it that way.")]
    [TestCase("do you know we still have the receipt")]
    public void Classify_AttentionDoYouKnow_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("Do you know if they deliver?")]
    [TestCase("do you know anybody out there")]
    public void Classify_AskingDoYouKnow_IsStillAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("You know what I mean?")]
    [TestCase("it was just crazy you know what i mean")]
    [TestCase("Oh, wouldn't that be nice.")]
    [TestCase("didn't we all")]
    [TestCase("And he says, well, what difference does it make?")]
    public void Classify_RhetoricalOrQuotedInSpeech_IsAStatement(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Statement);

    [TestCase("yeah i mean what are you supposed to do")]
    [TestCase("But who's checking, you know?")]
    public void Classify_SetRhetoricalQuestion_IsRhetorical(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "rhetorical");

    [TestCase("I mean, could you give us some color on that?")]
    [TestCase("I mean, if somebody like me wanted to try, what would be the easiest thing to grow?")]
    public void Classify_QuestionAfterIMean_IsStillAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    [TestCase("They are, aren't they?")]
    [TestCase("it was wasn't it")]
    public void Classify_AgreementWithATag_IsAStatement(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "agreement-tag");

    [TestCase("um-hum how'd you get him", "wh-opener")]
    [TestCase("wow what do you like to read", "wh-opener")]
    [TestCase("hi where are you", "wh-opener")]
    public void Classify_QuestionAfterABackchannelWord_IsAQuestion(string text, string reason) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.Reason == reason);

    [TestCase("Huh, is that right?", SentenceAct.Backchannel)]
    [TestCase("Say again?", SentenceAct.Other)]
    public void Classify_BackchannelOrRepairInQuestionForm_IsNotAQuestion(string text, SentenceAct act) =>
        Classify(text).Act.Should().Be(act);

    [TestCase("you can't just not do it")]
    [TestCase("but i know not everybody can do that")]
    [TestCase("they shouldn't be allowed to do that")]
    [TestCase("he's probably right")]
    public void Classify_TagLookalikeAtTheEnd_IsNotAQuestion(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("they don't do that anymore do they")]
    [TestCase("you're from dallas right")]
    public void Classify_BareTagAtTheEnd_IsStillAQuestion(string text) =>
        Classify(text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Question && d.QuestionType == QuestionType.Tag);

    [TestCase("We've got three dogs and a cat.", "Oh, three dogs?")]
    [TestCase("We saw a documentary about orphaned bears.", "Orphaned bears, huh?")]
    public void Classify_EchoOfTheOtherSidesStatement_IsABackchannel(string previous, string text) =>
        ClassifyAfter(previous, SentenceAct.Statement, text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Backchannel && d.Reason == "echo-backchannel");

    [TestCase("We've lived in this house for twelve years.", "Twelve years?")]
    [TestCase("I walk the dog every day, rain or shine.", "Every day?")]
    [TestCase("It takes him an hour to get to work.", "An hour?")]
    public void Classify_BareEchoOfTwoOrThreeWords_IsABackchannel(string previous, string text) =>
        ClassifyAfter(previous, SentenceAct.Statement, text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Backchannel && d.Reason == "echo-backchannel");

    [TestCase("The tickets ran us forty dollars a seat.", "Forty dollars a seat?")]
    [TestCase("We went with my brother and his wife.", "Your brother and his wife?")]
    [TestCase("I've already eaten three of those.", "You've eaten three already?")]
    [TestCase("I paid three hundred for that jacket.", "Three hundred dollars?")]
    [TestCase("Probably six. Seven.", "Seven cups?")]
    [TestCase("We waited forty-five at the gate.", "Forty-five minutes?")]
    public void Classify_LongerEchoOfOnlyTheOtherSidesWords_IsABackchannel(string previous, string text) =>
        ClassifyAfter(previous, SentenceAct.Statement, text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Backchannel && d.Reason == "echo-backchannel");

    [TestCase("The tickets ran us forty dollars a seat.", "Forty dollars for kids too?")]
    [TestCase("He says it to the cat too.", "You have a cat too?")]
    [TestCase("We've got three kids.", "Three boys?")]
    [TestCase("I paid three hundred for that jacket.", "Three hundred a month?")]
    [TestCase("They've already eaten three of those.", "You've eaten three already?")]
    [TestCase("The tickets ran us forty dollars a seat.", "Did they charge forty dollars?")]
    public void Classify_LongerEchoThatAddsOrAsks_StaysAQuestion(string previous, string text) =>
        ClassifyAfter(previous, SentenceAct.Statement, text).Act.Should().Be(SentenceAct.Question);

    [TestCase("Some folks want to ban them outright.", "Do you?")]
    [TestCase("A lot of people climb all of them.", "Have you?")]
    [TestCase("Kids these days love that stuff.", "Oh, do you?")]
    public void Classify_AuxiliaryAndYouAfterTheOtherSideSpokeOfOthers_IsAQuestion(string previous, string text) =>
        ClassifyAfter(previous, SentenceAct.Statement, text).Should().Match<ActDecision>(d =>
            d.Act == SentenceAct.Question && d.Reason == "redirected-question" && d.QuestionType == QuestionType.YesNo);

    [TestCase("I take the bus every day.", "Do you?")]
    [TestCase("We just got back from the coast.", "Oh, did you?")]
    [TestCase("My son plays hockey.", "Does he?")]
    [TestCase("They tore down the old theater.", "Oh, no, did they?")]
    [TestCase("I'm moving to Denver.", "Oh, wow, are you?")]
    [TestCase("I think it's gotten better.", "You think so?")]
    public void Classify_AuxiliaryAndPronounAfterTheOtherSideSpokeOfThemselves_IsABackchannel(string previous, string text) =>
        ClassifyAfter(previous, SentenceAct.Statement, text).Act.Should().Be(SentenceAct.Backchannel);

    [Test]
    public void Classify_NoBeforeAnAuxiliaryAndYou_StaysAQuestion() =>
        ClassifyAfter("Did you see the game?", SentenceAct.Question, "No, did you?").Act.Should().Be(SentenceAct.Question);

    [Test]
    public void Classify_AuxiliaryAndYouWithoutContext_IsABackchannel() =>
        Classify("Do you?").Act.Should().Be(SentenceAct.Backchannel);

    [Test]
    public void Classify_WhyNotAnsweringTheOtherSidesQuestion_IsAnAnswer() =>
        ClassifyAfter("You'd go back to school at fifty?", SentenceAct.Question, "Why not?").Should().Match<ActDecision>(d =>
            d.Act == SentenceAct.Statement && d.Reason == "declarative-answer");

    [Test]
    public void Classify_WhyNotAfterTheOtherSidesStatement_StaysAQuestion() =>
        ClassifyAfter("I'd never go back to school.", SentenceAct.Statement, "Why not?").Act.Should().Be(SentenceAct.Question);

    [TestCase("Six hundred, give or take.", SentenceAct.Other, "Six hundred?")]
    [TestCase("He naps on top of the dryer all afternoon.", SentenceAct.Statement, "On the dryer?")]
    [TestCase("She walks to school every day.", SentenceAct.Statement, "Oh my goodness, every day?")]
    [TestCase("Forty dollars.", SentenceAct.Other, "Gosh, forty dollars?")]
    public void Classify_EchoAfterAStatementOrABarePhrase_IsABackchannel(string previous, SentenceAct previousAct, string text) =>
        ClassifyAfter(previous, previousAct, text).Should().Match<ActDecision>(d => d.Act == SentenceAct.Backchannel && d.Reason == "echo-backchannel");

    [TestCase("He naps on top of the dryer all afternoon.", SentenceAct.Statement, "On the washer?")]
    [TestCase("Three-thirty, most mornings.", SentenceAct.Other, "Three-thirty at night?")]
    public void Classify_EchoThatAddsSomethingNew_StaysAQuestion(string previous, SentenceAct previousAct, string text) =>
        ClassifyAfter(previous, previousAct, text).Act.Should().Be(SentenceAct.Question);

    [TestCase("We've lived in this house for twelve years.", "Twelve months?", SentenceAct.Statement)]
    [TestCase("How long have you lived there, twelve years?", "Twelve years?", SentenceAct.Question)]
    [TestCase("I'd like all of the food.", "All of the food?", SentenceAct.Statement)]
    [TestCase("Do you have three dogs?", "Oh, three dogs?", SentenceAct.Question)]
    public void Classify_EchoWithoutInterjectionOrAfterAQuestion_StaysAQuestion(string previous, string text, SentenceAct previousAct) =>
        ClassifyAfter(previous, previousAct, text).Act.Should().Be(SentenceAct.Question);

    [TestCase("i was out in the garden all morning pulling weeds", "oh you have a garden")]
    [TestCase("we just got back from the lake", "so you guys went to the lake this weekend")]
    [TestCase("we moved here about three years ago", "you live in dallas")]
    [TestCase("i teach fourth grade over at the elementary", "you're a teacher")]
    public void Classify_ListenerCheckAfterTheOtherSidesStatement_IsADeclarativeQuestion(string previous, string text) =>
        ClassifyAfter(previous, SentenceAct.Statement, text).Should().Match<ActDecision>(d =>
            d.Act == SentenceAct.Question && d.Reason == "declarative-check" && d.QuestionType == QuestionType.Declarative);

    [TestCase("we bought the cheap mower and it broke in a month", "you get what you pay for")]
    [TestCase("that place has the best barbecue in town", "you can't beat that")]
    [TestCase("i'll take two of the water and you take the firewood", "okay you have a deal")]
    [TestCase("we went camping up at the lake", "you have to be careful up there")]
    [TestCase("the garden took all weekend", "you know gardens are a lot of work")]
    [TestCase("we pay off the one card every month", "and then you've got another card")]
    [TestCase("i was out in the garden all morning", "but you have a garden too")]
    [TestCase("my mother is ninety and still sharp as a tack", "well then you're a lucky guy")]
    [TestCase("i moved out here for the trails and the mountains", "oh you're in the right place")]
    [TestCase("we started saving for college when she was born", "you're on the right track")]
    public void Classify_GenericYouAfterTheOtherSidesStatement_IsNotAQuestion(string previous, string text) =>
        ClassifyAfter(previous, SentenceAct.Statement, text).Act.Should().NotBe(SentenceAct.Question);

    [Test]
    public void Classify_ListenerCheckWithoutContext_IsAStatement() =>
        Classify("you have a garden").Act.Should().Be(SentenceAct.Statement);

    [Test]
    public void Classify_ListenerCheckInsideALongerTurnWithoutEcho_IsAStatement() =>
        ClassifyAfter("it rained all week", SentenceAct.Statement, "you live in dallas", wholeTurn: false).Act.Should().Be(SentenceAct.Statement);

    [Test]
    public void Classify_DeclarativeAnsweringTheOtherSidesQuestion_IsADeclarativeAnswer() =>
        ClassifyAfter("do you have kids", SentenceAct.Question, "we have two boys").Should().Match<ActDecision>(d =>
            d.Act == SentenceAct.Statement && d.Reason == "declarative-answer");

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));

    [TestCase("So do I.")]
    [TestCase("Oh, so did we.")]
    [TestCase("So was he.")]
    public void Classify_SoAuxiliarySubject_IsAnAgreement(string text) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text)).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "agreement-tag");

    [TestCase("So, do you?")]
    [TestCase("So do you have kids?")]
    [TestCase("So do they?")]
    public void Classify_SoBeforeAnAskedInversion_StaysAQuestion(string text) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text)).Act.Should().Be(SentenceAct.Question);

    [TestCase("Who he terrorizes.")]
    [TestCase("How clean it is.")]
    [TestCase("How lucky we were.")]
    [TestCase("How much they charge for it.")]
    public void Classify_WhWordBeforeSubjectAndVerbWithAFullStop_IsAClause(string text) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text)).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "wh-clause");

    [TestCase("-- when there's all these dogs at the pound that need a home.")]
    [TestCase("So when there is a high inflation period, rents go up after it.")]
    [TestCase("Where there's smoke, there's fire.")]
    public void Classify_WhWordBeforeAnExistentialThereWithAFullStop_IsAClause(string text) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text)).Should().Match<ActDecision>(d => d.Act == SentenceAct.Statement && d.Reason == "wh-clause");

    [TestCase("Where is there a good place to eat?")]
    [TestCase("When there's a problem, who do you call?")]
    [TestCase("Where's there a gas station around here.")]
    [TestCase("How come they left.")]
    [TestCase("What you doing.")]
    [TestCase("How old is she.")]
    [TestCase("Who he terrorizes?")]
    public void Classify_WhQuestionLookalikeOfAClause_StaysAQuestion(string text) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text)).Act.Should().Be(SentenceAct.Question);

    private static ActDecision ClassifyAfter(string previous, SentenceAct previousAct, string text, bool wholeTurn = true) =>
        RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text), new ActContext(previous, TextTokenizer.Tokenize(previous), previousAct, wholeTurn));
}
