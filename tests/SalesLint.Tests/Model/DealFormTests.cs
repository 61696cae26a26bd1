using SalesLint.Model;

namespace SalesLint.Tests.Model;

public sealed class DealFormTests
{
    [TestCase("[Submit-Deal: I get Food 2, Water 3, Firewood 0; you get Food 1, Water 0, Firewood 3]", "Submit")]
    [TestCase("[Accept-Deal]", "Accept")]
    [TestCase(" [Reject-Deal] ", "Reject")]
    [TestCase("[Walk-Away]", "WalkAway")]
    public void Action_DealFormLine_IsRead(string text, string expected)
    {
        DealForm.Action(text).ToString().Should().Be(expected);
    }

    [TestCase("I'd accept that deal.")]
    [TestCase("[laughs] Deal!")]
    [TestCase("[Accept-Deal] and thanks!")]
    [TestCase("")]
    [TestCase("   ")]
    public void Action_ChatLine_IsNone(string text)
    {
        DealForm.Action(text).Should().BeNull();
    }

    [Test]
    public void Split_SubmittedDeal_GivesBothSidesCountsPerItem()
    {
        const string text = "[Submit-Deal: I get Food 2, Water 3, Firewood 0; you get Food 1, Water 0, Firewood 3]";

        var split = DealForm.Split(text);

        split.Select(i => (i.Item, i.ToSpeaker, i.ToOther)).Should().Equal(("food", 2, 1), ("water", 3, 0), ("firewood", 0, 3));
        text.Substring(split[2].SpeakerSpan.Start, split[2].SpeakerSpan.Length).Should().Be("Firewood 0");
        text.Substring(split[2].OtherSpan.Start, split[2].OtherSpan.Length).Should().Be("Firewood 3");
    }

    [TestCase("[Accept-Deal]")]
    [TestCase("[Submit-Deal: I get Food 2, Water 3; you get Food 1]")]
    [TestCase("I get Food 2, Water 3; you get Food 1, Water 0")]
    public void Split_NoWholeSubmittedSplit_IsEmpty(string text)
    {
        DealForm.Split(text).Should().BeEmpty();
    }
}
