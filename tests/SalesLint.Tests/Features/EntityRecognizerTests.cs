using SalesLint.Features;
using SalesLint.Model;

namespace SalesLint.Tests.Features;

public sealed class EntityRecognizerTests
{
    private static readonly EntityKind[] All = [EntityKind.Money, EntityKind.Percentage, EntityKind.Duration];

    [Test]
    public void Recognize_MoneyPercentDuration_AreResolved()
    {
        const string text = "Fine. We could do $40k instead of $50k, 15% off and an extra three months.";

        var entities = EntityRecognizer.Recognize(text, new TextSpan(6, text.Length - 6), All);

        entities.Select(e => (e.Kind, e.Text, e.Value)).Should().Equal(
            (EntityKind.Money, "$40k", "40000"),
            (EntityKind.Money, "$50k", "50000"),
            (EntityKind.Percentage, "15%", "15%"),
            (EntityKind.Duration, "three months", "P3M"));
        text.Substring(entities[0].Span.Start, entities[0].Span.Length).Should().Be("$40k");
    }

    [Test]
    public void Recognize_NoKinds_DoesNothing()
    {
        EntityRecognizer.Recognize("15% off", new TextSpan(0, 7), []).Should().BeEmpty();
    }

    [TestCase("I can do 15% off.")]
    [TestCase("That is 15.5% below list.")]
    [TestCase("We can do $40k for the year.")]
    [TestCase("We can do $40,000 instead of $50,000.")]
    [TestCase("It would be €300 per seat.")]
    [TestCase("Call it £20 each.")]
    [TestCase("I'll add an extra 3 months.")]
    [TestCase("Add 2 weeks of onboarding.")]
    [TestCase("Renew for 12-month terms.")]
    [TestCase("With a 1 year review.")]
    [TestCase("I'll throw in an extra three months.")]
    [TestCase("If you sign a two-year agreement, fine.")]
    [TestCase("We can give you six weeks of onboarding.")]
    [TestCase("That's a twelve-month term.")]
    public void Recognize_DigitAmounts_FastPathAgreesWithTheRecognizers(string text)
    {
        var span = new TextSpan(0, text.Length);

        var fast = EntityRecognizer.Recognize(text, span, All);
        var models = EntityRecognizer.Recognize(text, span, All, fastPath: false);

        fast.Should().NotBeEmpty();
        fast.Should().Equal(models);
    }

    [Test]
    public void Recognize_SpelledOutAmounts_GoToTheRecognizers()
    {
        const string text = "We could take fifteen percent off, with support for two and a half years.";

        var entities = EntityRecognizer.Recognize(text, new TextSpan(0, text.Length), All);

        entities.Select(e => (e.Kind, e.Value)).Should().Equal((EntityKind.Percentage, "15%"), (EntityKind.Duration, "P2.5Y"));
    }

    [Test]
    public void Recognize_MillionSuffix_IsScaled()
    {
        const string text = "The total is $1.5m over three years.";

        var money = EntityRecognizer.Recognize(text, new TextSpan(0, text.Length), [EntityKind.Money]);

        money.Should().ContainSingle().Which.Value.Should().Be("1500000");
    }

    [TestCase("We could throw in 3 extra months of onboarding.", "3 extra months", "P3M")]
    [TestCase("I'll add two more weeks.", "two more weeks", "P2W")]
    [TestCase("We can do a 2-year term.", "2-year", "P2Y")]
    public void Recognize_DurationWithAQualifier_IsRead(string text, string expectedText, string expectedValue)
    {
        var duration = EntityRecognizer.Recognize(text, new TextSpan(0, text.Length), [EntityKind.Duration]);

        duration.Should().ContainSingle().Which.Should().Match<EntityMatch>(e => e.Text == expectedText && e.Value == expectedValue);
    }
}
