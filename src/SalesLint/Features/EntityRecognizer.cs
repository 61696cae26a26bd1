using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using SalesLint.Model;

namespace SalesLint.Features;

/// <summary>
/// Finds money amounts, percentages and durations with Microsoft.Recognizers.Text (English).
/// The recognizers cost 0.4–3.5 ms per sentence, so the engine calls this only on candidate sentences (those
/// with a feature whose lexicon asks for entities), and only on short windows around their trigger words. Amounts
/// written with digits and a symbol ("15%", "$40k", "€300", "3 months", "12-month") are read by a fast path that gives
/// the same values (tested against the recognizers); the recognizers read everything else ("fifteen percent",
/// "forty thousand dollars", "an extra three months"). The models are created once and are safe to share across threads.
/// </summary>
internal static partial class EntityRecognizer
{
    private static readonly Lazy<IModel> Currency = new(() => new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel());
    private static readonly Lazy<IModel> Percentage = new(() => new NumberRecognizer(Culture.English).GetPercentageModel());
    private static readonly Lazy<IModel> DateTime = new(() => new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    /// <summary>Recognizes entities of the requested kinds in a sentence.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="sentence">The sentence's span in the turn text.</param>
    /// <param name="kinds">Which kinds to look for.</param>
    /// <returns>The entities in text order; spans are relative to the turn text.</returns>
    public static IReadOnlyList<EntityMatch> Recognize(string text, TextSpan sentence, IReadOnlyCollection<EntityKind> kinds) =>
        Recognize(text, sentence, kinds, fastPath: true);

    /// <summary>As <see cref="Recognize(string, TextSpan, IReadOnlyCollection{EntityKind})"/>; without the fast path every amount goes to the recognizers (for tests).</summary>
    internal static IReadOnlyList<EntityMatch> Recognize(string text, TextSpan sentence, IReadOnlyCollection<EntityKind> kinds, bool fastPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0)
        {
            return [];
        }

        var span = text.AsSpan(sentence.Start, sentence.Length);
        // A recognizer runs only when its trigger words or symbols are present.
        var moneyTriggers = kinds.Contains(EntityKind.Money) ? MoneyTriggers(span) : [];
        var percentageTriggers = kinds.Contains(EntityKind.Percentage) ? PercentageTriggers(span) : [];
        var durationTriggers = kinds.Contains(EntityKind.Duration) ? StemPositions(span, DurationWords) : [];
        var wantMoney = moneyTriggers.Count > 0;
        var wantPercentage = percentageTriggers.Count > 0;
        var wantDuration = durationTriggers.Count > 0;
        if (!wantMoney && !wantPercentage && !wantDuration)
        {
            return [];
        }

        // Each recognizer runs only on short windows around its trigger words: their cost grows with the text's
        // length, and the words that make an amount or a duration sit right before (or at) the trigger.
        var result = new List<EntityMatch>();
        var fast = fastPath ? FastPath(text, sentence, wantMoney, wantPercentage, wantDuration) : [];
        result.AddRange(fast);
        if (wantMoney)
        {
            foreach (var (window, offset) in Windows(text, sentence, Uncovered(moneyTriggers, sentence, fast)))
            {
                foreach (var r in Currency.Value.Parse(window))
                {
                    result.Add(new EntityMatch(EntityKind.Money, SpanOf(r, offset), r.Text, Get(r, "value"), Get(r, "unit")));
                }
            }
        }

        if (wantPercentage)
        {
            foreach (var (window, offset) in Windows(text, sentence, Uncovered(percentageTriggers, sentence, fast)))
            {
                foreach (var r in Percentage.Value.Parse(window))
                {
                    result.Add(new EntityMatch(EntityKind.Percentage, SpanOf(r, offset), r.Text, Get(r, "value"), "%"));
                }
            }
        }

        if (wantDuration)
        {
            foreach (var (window, offset) in Windows(text, sentence, Uncovered(durationTriggers, sentence, fast)))
            {
                foreach (var r in DateTime.Value.Parse(window))
                {
                    if (r.TypeName.EndsWith("duration", StringComparison.Ordinal))
                    {
                        result.Add(new EntityMatch(EntityKind.Duration, SpanOf(r, offset), r.Text, Timex(r), null));
                    }
                }
            }
        }

        result.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>Digit amounts with a symbol or unit, read without the recognizers.</summary>
    private static List<EntityMatch> FastPath(string text, TextSpan sentence, bool money, bool percentage, bool duration)
    {
        var found = new List<EntityMatch>();
        var s = text.AsSpan(sentence.Start, sentence.Length);
        if (money)
        {
            foreach (var m in MoneyDigits().EnumerateMatches(s))
            {
                var match = s.Slice(m.Index, m.Length);
                var symbol = match[0];
                var number = match[1..].TrimStart();
                var multiplier = 1m;
                if (number[^1] is 'k' or 'K')
                {
                    multiplier = 1_000m;
                    number = number[..^1];
                }
                else if (number[^1] is 'm' or 'M')
                {
                    multiplier = 1_000_000m;
                    number = number[..^1];
                }

                if (decimal.TryParse(number, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    var unit = symbol switch { '$' => "Dollar", '€' => "Euro", '£' => "Pound", _ => "Yen" };
                    found.Add(new EntityMatch(EntityKind.Money, new TextSpan(sentence.Start + m.Index, m.Length), match.ToString(), (value * multiplier).ToString("0.##########", CultureInfo.InvariantCulture), unit));
                }
            }
        }

        if (percentage)
        {
            foreach (var m in PercentDigits().EnumerateMatches(s))
            {
                var match = s.Slice(m.Index, m.Length);
                var digits = match[..(match.IndexOfAnyExcept(DigitsAndPoint) is var end and >= 0 ? end : match.Length)];
                found.Add(new EntityMatch(EntityKind.Percentage, new TextSpan(sentence.Start + m.Index, m.Length), match.ToString(), $"{digits}%", "%"));
            }
        }

        if (duration)
        {
            foreach (var m in DurationDigits().EnumerateMatches(s))
            {
                var match = s.Slice(m.Index, m.Length);
                var split = match.IndexOfAnyExcept(Digits);
                var unit = char.ToUpperInvariant(UnitWord(match[split..]));
                found.Add(new EntityMatch(EntityKind.Duration, new TextSpan(sentence.Start + m.Index, m.Length), match.ToString(), $"P{match[..split]}{unit}", null));
            }

            foreach (var m in SpelledDurations().EnumerateMatches(s))
            {
                var match = s.Slice(m.Index, m.Length);
                var split = match.IndexOfAny(' ', '-');
                if (NumberWords.TryGetValue(match[..split].ToString().ToLowerInvariant(), out var n))
                {
                    var unit = char.ToUpperInvariant(UnitWord(match[(split + 1)..]));
                    found.Add(new EntityMatch(EntityKind.Duration, new TextSpan(sentence.Start + m.Index, m.Length), match.ToString(), $"P{n}{unit}", null));
                }
            }
        }

        return found;
    }

    /// <summary>The first letter of the unit word (the last word) of a duration such as "3 extra months".</summary>
    private static char UnitWord(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.TrimStart(" -");
        var space = trimmed.LastIndexOf(' ');
        return trimmed[space + 1];
    }

    /// <summary>The triggers (positions in the sentence) not inside an amount the fast path already read.</summary>
    private static List<int> Uncovered(List<int> triggers, TextSpan sentence, List<EntityMatch> fast)
    {
        if (fast.Count == 0)
        {
            return triggers;
        }

        triggers.RemoveAll(t => fast.Exists(e => sentence.Start + t >= e.Span.Start && sentence.Start + t < e.Span.End));
        return triggers;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
    private static readonly System.Buffers.SearchValues<char> DigitsAndPoint = System.Buffers.SearchValues.Create("0123456789.");

    [GeneratedRegex(@"[$€£¥]\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?[kKmM]?(?![\w.,]*\d)|[$€£¥]\s?\d+(?:\.\d+)?[kKmM]?(?![\w,.]*\d)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyDigits();

    [GeneratedRegex(@"(?<![\w.])\d+(?:\.\d+)?(?:\s?%|\s(?:percent|per cent)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PercentDigits();

    [GeneratedRegex(@"(?<![\w.,])\d+[\s-](?:(?:extra|more|additional|free|bonus)\s)?(?:day|week|month|year)s?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationDigits();

    // "three months", "two-year": a number word (one to twelve, or a ten) right before the unit; anything more
    // involved ("two and a half years", "a couple of months") is left to the recognizer.
    [GeneratedRegex(@"(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety)[\s-](?:(?:extra|more|additional|free|bonus)\s)?(?:day|week|month|year)s?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledDurations();

    private static readonly Dictionary<string, int> NumberWords = new(System.StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["eighteen"] = 18, ["twenty"] = 20, ["thirty"] = 30,
        ["sixty"] = 60, ["ninety"] = 90,
    };

    /// <summary>
    /// Windows of the sentence around trigger positions (relative to the sentence): six words before to two words
    /// after each trigger, merged when they overlap.
    /// </summary>
    private static List<(string Text, int Offset)> Windows(string text, TextSpan sentence, List<int> triggers)
    {
        const int WordsBefore = 6;
        const int WordsAfter = 2;
        var s = text.AsSpan(sentence.Start, sentence.Length);
        var ranges = new List<(int Start, int End)>(triggers.Count);
        foreach (var trigger in triggers)
        {
            var start = trigger;
            for (var words = 0; words <= WordsBefore && start > 0;)
            {
                start--;
                if (char.IsWhiteSpace(s[start]) && start > 0 && !char.IsWhiteSpace(s[start - 1]))
                {
                    words++;
                }
            }

            while (start < s.Length && char.IsWhiteSpace(s[start]))
            {
                start++;
            }

            var end = trigger;
            for (var words = 0; end < s.Length;)
            {
                if (char.IsWhiteSpace(s[end]) && end > 0 && !char.IsWhiteSpace(s[end - 1]) && ++words > WordsAfter)
                {
                    break;
                }

                end++;
            }

            if (ranges.Count > 0 && start <= ranges[^1].End)
            {
                ranges[^1] = (ranges[^1].Start, Math.Max(end, ranges[^1].End));
            }
            else
            {
                ranges.Add((start, end));
            }
        }

        var windows = new List<(string Text, int Offset)>(ranges.Count);
        foreach (var (start, end) in ranges)
        {
            windows.Add((text.Substring(sentence.Start + start, end - start), sentence.Start + start));
        }

        return windows;
    }

    private static List<int> MoneyTriggers(ReadOnlySpan<char> s)
    {
        var triggers = StemPositions(s, MoneyWords);
        for (var i = 0; i < s.Length; i++)
        {
            if (Array.IndexOf(CurrencySymbols, s[i]) >= 0 ||
                (i > 0 && char.IsDigit(s[i - 1]) && s[i] is 'k' or 'K' or 'm' or 'M' && (i + 1 == s.Length || !char.IsLetter(s[i + 1]))))
            {
                triggers.Add(i);
            }
        }

        triggers.Sort();
        return triggers;
    }

    private static List<int> PercentageTriggers(ReadOnlySpan<char> s)
    {
        var triggers = StemPositions(s, ["percent", "pct"]);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%')
            {
                triggers.Add(i);
            }
        }

        triggers.Sort();
        return triggers;
    }

    /// <summary>Positions where a word starts with one of the stems.</summary>
    private static List<int> StemPositions(ReadOnlySpan<char> text, string[] stems)
    {
        var positions = new List<int>();
        foreach (var stem in stems)
        {
            var index = 0;
            while (index < text.Length)
            {
                var found = text[index..].IndexOf(stem, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                var at = index + found;
                if (at == 0 || !char.IsLetter(text[at - 1]))
                {
                    positions.Add(at);
                }

                index = at + stem.Length;
            }
        }

        positions.Sort();
        return positions;
    }

    private static readonly char[] CurrencySymbols = ['$', '€', '£', '¥'];

    private static readonly string[] MoneyWords = ["dollar", "buck", "euro", "pound", "cent", "usd", "eur", "gbp", "grand", "thousand", "million", "hundred"];

    private static readonly string[] DurationWords = ["day", "week", "month", "year", "quarter", "annual", "semester", "fortnight"];

    private static TextSpan SpanOf(ModelResult r, int offset) => new(offset + r.Start, r.End - r.Start + 1);

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
