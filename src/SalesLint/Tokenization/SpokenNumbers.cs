using System.Buffers;
using System.Text.RegularExpressions;

namespace SalesLint.Tokenization;

/// <summary>
/// Reads numbers said in words ("two hundred", "one fifty", "fifteen hundred", "a hundred and fifty"), as speech-recognition
/// text writes them. Shared by the negotiation ledger (prices and counts) and the understanding layer (figures a seller
/// plays back). <see cref="WordNumber"/> finds them, <see cref="Parse"/> reads them.
/// </summary>
internal static partial class SpokenNumbers
{
    /// <summary>The number words up to ninety as a regular-expression alternation: the keys of <see cref="Units"/> but "zero".</summary>
    internal const string UnitAlternation = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>One spoken number: up to six number words joined by spaces, hyphens or "and", optionally led by "a" ("a hundred and fifty").</summary>
    private const string WordNumberPattern = @"\b(?:a[\s-]+)?(?:" + UnitAlternation + @"|hundred|thousand|grand)(?:[\s-]+(?:and[\s-]+)?(?:"
        + UnitAlternation + @"|hundred|thousand|grand)){0,5}\b";

    /// <summary>Substrings every match of <see cref="WordNumber"/> contains: a cheap screen before the pattern runs.</summary>
    internal static readonly SearchValues<string> Stems = SearchValues.Create(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty",
         "forty", "fifty", "hundred", "thousand", "grand"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The number words up to ninety, by value ("fourty" included: chat spelling).</summary>
    internal static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90,
    };

    /// <summary>How far from the scale a colloquial pair ("nineteen eight", "four ten") may be read as a price.</summary>
    private const double MaxPairRatio = 2;

    /// <summary>Reads spelled-out amounts: "two hundred", "one fifty", "fifteen hundred", "fourteen five" (with a scale in thousands), "a hundred and fifty".</summary>
    /// <param name="words">The words.</param>
    /// <param name="scale">A price already named, to choose between readings.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    internal static double? Parse(string words, double scale)
    {
        var parts = words.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        double total = 0, current = 0;
        var sawMultiplier = false;
        var chunk = new List<int>();
        foreach (var part in parts)
        {
            if (part is "a")
            {
                continue; // "a hundred": the multiplier below counts a missing head as one
            }

            if (part is "and")
            {
                if (current > 0 && current % 100 != 0)
                {
                    return null; // "two and four", "forty-five and seventy": two numbers, not one
                }

                continue; // a hundred and fifty
            }

            if (Units.TryGetValue(part, out var u))
            {
                if (current >= 100 && current % 100 == 0 && u < 100 && chunk.Count == 0 && sawMultiplier)
                {
                    current += u; // a hundred and fifty
                }
                else if (current > 0 && current % 10 == 0 && current % 100 >= 20 && u < 10 && (current < 100 || sawMultiplier))
                {
                    current += u; // twenty five; three hundred ninety-nine
                }
                else if (current > 0)
                {
                    chunk.Add((int)current);
                    current = u;
                }
                else
                {
                    current = u;
                }

                continue;
            }

            if (part is "hundred")
            {
                if (current >= 100)
                {
                    return null; // "nine hundred and fourteen hundred": a range, not one number
                }

                current = Math.Max(current, 1) * 100;
                sawMultiplier = true;
            }
            else if (part is "thousand" or "grand" or "k")
            {
                if (current >= 1000)
                {
                    return null; // "eighty-five hundred and ten thousand": a range, not one number
                }

                total += (chunk.Count > 0 ? Join(chunk, current) : Math.Max(current, 1)) * 1000;
                chunk.Clear();
                current = 0;
                sawMultiplier = true;
            }
        }

        if (chunk.Count == 2 && chunk[0] is >= 10 and < 100 && chunk[1] is > 0 and < 10 && current is >= 10 and < 100 && total == 0)
        {
            // A price in thousands and hundreds: "twenty-one nine ninety-five" = 21,995.
            return chunk[0] * 1000 + chunk[1] * 100 + current;
        }

        if (chunk.Count > 0)
        {
            // Colloquial pairs: "one fifty" = 150; "fourteen five" = 14,500 at a scale in the thousands.
            if (chunk.Count > 1 || current >= 100)
            {
                return null;
            }

            var head = chunk[0];
            var readings = new List<double> { head * 100 + current, head * 1000 + current * 100, head * 1000 + current * 10 };
            if (IsCentsPair(head, current))
            {
                readings.Add(head + (current / 100)); // "nineteen ninety-nine" at the scale of a phone bill: 19.99
            }

            if (head is > 20 and < 100 && head % 10 != 0 && current is >= 10 and < 100)
            {
                // "twenty nine ninety-five" read with the scale of a car: 20,995 ("twenty | nine ninety-five")
                readings.Add((head - head % 10) * 1000 + head % 10 * 100 + current);
            }

            if (scale <= 0)
            {
                return readings[0];
            }

            // A pair far from every price of the talk ("six nine", "six four" for the interest rate of a 21,995 car) is
            // some other number.
            var best = readings.MinBy(r => Math.Abs(Math.Log(r / scale)));
            return best >= scale / MaxPairRatio && best <= scale * MaxPairRatio ? best : null;
        }

        var value = total + current;
        if (!sawMultiplier && value < 20 && scale >= 100)
        {
            return null; // "two" alone is a count, not a price of this size
        }

        return value > 0 ? value : null;

        static double Join(List<int> chunk, double current) => chunk[0] * 100 + current;
    }

    /// <summary>
    /// The dollars-and-cents reading of a colloquial pair said like a shelf price ("nineteen ninety-nine" = 19.99,
    /// "twelve ninety-five" = 12.95), or <see langword="null"/>: the pair's head from ten to ninety-nine and its tail a
    /// two-digit number ending in five or nine. Whether it is that or 1,999 (a television, a laptop) or a year, only
    /// the talk around it says: the caller decides.
    /// </summary>
    /// <param name="words">The spoken number.</param>
    /// <returns>The cents reading, or <see langword="null"/>.</returns>
    internal static double? CentsReading(string words)
    {
        var parts = words.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3 || !Units.TryGetValue(parts[0], out var head))
        {
            return null;
        }

        var tail = 0;
        for (var i = 1; i < parts.Length; i++)
        {
            if (!Units.TryGetValue(parts[i], out var u) || (i == 2 && (tail % 10 != 0 || u >= 10)))
            {
                return null;
            }

            tail += u;
        }

        return IsCentsPair(head, tail) ? head + (tail / 100.0) : null;
    }

    private static bool IsCentsPair(double head, double tail) => head is >= 10 and < 100 && tail is >= 10 and < 100 && tail % 10 is 5 or 9;

    /// <summary>Finds the spoken numbers of a text ("three hundred ninety-nine", "twenty-one nine ninety-five", "a hundred and forty-nine").</summary>
    /// <returns>The pattern.</returns>
    [GeneratedRegex(WordNumberPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex WordNumber();
}
