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
}
