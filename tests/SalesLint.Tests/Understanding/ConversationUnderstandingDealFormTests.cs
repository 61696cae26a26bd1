using SalesLint.Understanding;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Understanding;

public sealed class ConversationUnderstandingDealFormTests
{
    private const string Submitted = "[Submit-Deal: I get Food 2, Water 3, Firewood 0; you get Food 1, Water 0, Firewood 3]";

    [Test]
    public void For_AcceptingTheOtherSidesSubmittedSplit_AcceptsTheOffer()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Ok so how about you take all 3 water and I take all 3 firewood? Or would you rather each take some of everything?"),
            Buyer(Submitted),
            Seller("[Accept-Deal]")));

        var accept = conversation.Turns[2].Sentences[0].Labels;

        accept.Has(SemanticLabel.AcceptsOffer).Should().BeTrue();
        accept.Has(SemanticLabel.Agreement).Should().BeTrue();
    }

    [Test]
    public void For_AcceptingLongAfterTheSubmittedSplit_AcceptsTheOffer()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer(Submitted),
            Seller("Let me think about it."),
            Seller("The kids need the firewood most."),
            Seller("Ok, I'm fine with it."),
            Buyer("Great!"),
            Seller("[Accept-Deal]")));

        conversation.Turns[5].Sentences[0].Labels.Has(SemanticLabel.AcceptsOffer).Should().BeTrue();
    }

    [Test]
    public void For_AcceptingOwnOrRejectedSplit_AcceptsNothing()
    {
        var own = BuiltInEngine.Tokenize(Transcript(Seller("Hi!"), Buyer(Submitted), Buyer("[Accept-Deal]")));
        var rejected = BuiltInEngine.Tokenize(Transcript(Buyer(Submitted), Seller("[Reject-Deal]"), Seller("[Accept-Deal]")));

        own.Turns[2].Sentences[0].Labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse();
        rejected.Turns[2].Sentences[0].Labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse();
    }

    [Test]
    public void For_SubmittedSplit_SaysNothingAboutTheSpeaker()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("What do you need most?"), Buyer(Submitted)));

        conversation.Turns[1].Sentences.Select(s => s.Labels).Should().OnlyContain(l => l.Above(0.01).Count == 0);
    }
}
