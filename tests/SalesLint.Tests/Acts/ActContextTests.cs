using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts;

public sealed class ActContextTests
{
    [TestCase("Right.", true)]
    [TestCase("Oh, I know.", true)]
    [TestCase("Right, and the other thing is the price.", false)]
    [TestCase("Yeah.", false)]
    public void NextIsOnly_NextTurn_MatchesTheWholeTurnIgnoringPunctuation(string next, bool expected) =>
        default(ActContext).Before(next, TextTokenizer.Tokenize(next)).NextIsOnly(NextTurnRules.Agreements).Should().Be(expected);

    [Test]
    public void FollowedByOtherSide_WithoutNextTurn_IsFalse() =>
        default(ActContext).FollowedByOtherSide.Should().BeFalse();

    [Test]
    public void Before_KeepsThePreviousTurn()
    {
        const string Previous = "We have three dogs.";
        var context = new ActContext(Previous, TextTokenizer.Tokenize(Previous), SentenceAct.Statement, wholeTurn: true).Before("Right.", TextTokenizer.Tokenize("Right."));

        (context.FollowsStatement, context.FollowedByOtherSide, context.WholeTurn, context.PreviousHas("dogs")).Should().Be((true, true, true, true));
    }
}
