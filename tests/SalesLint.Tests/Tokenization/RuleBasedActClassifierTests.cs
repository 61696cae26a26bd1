using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Tokenization;

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
    public void Classify_Statements_AreStatements(string text)
    {
        Classify(text).Act.Should().Be(SentenceAct.Statement);
    }

    [TestCase("Is that right?")]
    [TestCase("Right?")]
    [TestCase("How are you?")]
    [TestCase("Mm-hmm.")]
    [TestCase("Got it.")]
    [TestCase("Perfect.")]
    [TestCase("you know")]
    public void Classify_BackchannelsAndGreetings_AreOther(string text)
    {
        Classify(text).Act.Should().Be(SentenceAct.Other);
    }

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));
}
