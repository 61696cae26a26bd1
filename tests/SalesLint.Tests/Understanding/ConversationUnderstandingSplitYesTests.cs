using SalesLint.Understanding;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Understanding;

public sealed class ConversationUnderstandingSplitYesTests
{
    private const string Offer = "How about I take 2 firewood and 1 water, and you get 3 food, 2 water and 1 firewood?";

    [TestCase("Ok, it seems like a good deal, but if you want we can talk a little more.")]
    [TestCase("I think that will work perfect!")]
    [TestCase("I think that should be okay.")]
    [TestCase("Firewood was also of priority to me but I am willing to give in to your request.")]
    [TestCase("i certainly wouldn't want you to get dehydrated, so i'm okay with that")]
    [TestCase("Well, that sounds like a fair deal to me.")]
    [TestCase("I can live with that.")]
    public void For_YesToTheSplitInAClauseOfItsOwn_AcceptsTheOffer(string reply)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("I really need the firewood."), Buyer("Food matters most to me."), Seller(Offer), Buyer(reply)));

        var labels = conversation.Turns[3].Sentences[^1].Labels;

        labels.Has(SemanticLabel.AcceptsOffer).Should().BeTrue(string.Join(", ", labels.Above(0)));
    }

    [TestCase("It seems like a good deal for you, but I need more water.")]
    [TestCase("I don't think that will work.")]
    [TestCase("I'm not okay with that.")]
    [TestCase("I'm okay with that if you give me the water too.")]
    [TestCase("I think that should be okay, but I would like 2 firewood.")]
    [TestCase("I am willing to give in to your request, maybe, if I get another food.")]
    public void For_YesTakenBackOrConditionedInTheSameClauseOrAfter_AcceptsNothing(string reply)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("I really need the firewood."), Buyer("Food matters most to me."), Seller(Offer), Buyer(reply)));

        conversation.Turns[3].Sentences.Select(s => s.Labels).Should().OnlyContain(l => !l.Has(SemanticLabel.AcceptsOffer, SentenceLabels.DefaultMinConfidence));
    }
}
