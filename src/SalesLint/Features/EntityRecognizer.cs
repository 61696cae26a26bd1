using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using SalesLint.Model;

namespace SalesLint.Features;

/// <summary>
/// Finds money amounts, percentages and durations with Microsoft.Recognizers.Text (English).
/// The recognizers cost 0.4–3.5 ms per sentence, so the engine calls this only on candidate sentences (those
/// with a feature whose lexicon asks for entities). The models are created once and are safe to share across threads.
/// </summary>
public static class EntityRecognizer
{
    private static readonly Lazy<IModel> Currency = new(() => new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel());
    private static readonly Lazy<IModel> Percentage = new(() => new NumberRecognizer(Culture.English).GetPercentageModel());
    private static readonly Lazy<IModel> DateTime = new(() => new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    /// <summary>Recognizes entities of the requested kinds in a sentence.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="sentence">The sentence's span in the turn text.</param>
    /// <param name="kinds">Which kinds to look for.</param>
    /// <returns>The entities in text order; spans are relative to the turn text.</returns>
    public static IReadOnlyList<EntityMatch> Recognize(string text, TextSpan sentence, IReadOnlyCollection<EntityKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0)
        {
            return [];
        }

        var sentenceText = text.Substring(sentence.Start, sentence.Length);
        var result = new List<EntityMatch>();
        if (kinds.Contains(EntityKind.Money))
        {
            foreach (var r in Currency.Value.Parse(sentenceText))
            {
                result.Add(new EntityMatch(EntityKind.Money, SpanOf(r, sentence), r.Text, Get(r, "value"), Get(r, "unit")));
            }
        }

        if (kinds.Contains(EntityKind.Percentage))
        {
            foreach (var r in Percentage.Value.Parse(sentenceText))
            {
                result.Add(new EntityMatch(EntityKind.Percentage, SpanOf(r, sentence), r.Text, Get(r, "value"), "%"));
            }
        }

        if (kinds.Contains(EntityKind.Duration))
        {
            foreach (var r in DateTime.Value.Parse(sentenceText))
            {
                if (r.TypeName.EndsWith("duration", StringComparison.Ordinal))
                {
                    result.Add(new EntityMatch(EntityKind.Duration, SpanOf(r, sentence), r.Text, Timex(r), null));
                }
            }
        }

        result.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private static TextSpan SpanOf(ModelResult r, TextSpan sentence) => new(sentence.Start + r.Start, r.End - r.Start + 1);

    private static string? Get(ModelResult r, string key) =>
        r.Resolution is not null && r.Resolution.TryGetValue(key, out var value) && value is not null
            ? Convert.ToString(value, CultureInfo.InvariantCulture)
            : null;

    private static string? Timex(ModelResult r)
    {
        if (r.Resolution is not null && r.Resolution.TryGetValue("values", out var values) && values is IEnumerable<object> list)
        {
            foreach (var item in list)
            {
                if (item is IDictionary<string, string> dict && dict.TryGetValue("timex", out var timex))
                {
                    return timex;
                }
            }
        }

        return null;
    }
}
