namespace SalesLint.Tokenization;

/// <summary>
/// Reads numbers said in words ("two hundred", "one fifty", "fifteen hundred", "a hundred and fifty"), as speech-recognition
/// text writes them. Shared by the negotiation ledger (prices and counts) and the understanding layer (figures a seller
/// plays back).
/// </summary>
internal static class SpokenNumbers
{
    /// <summary>The number words up to ninety, by value ("fourty" included: chat spelling).</summary>
    internal static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90,
    };

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
            if (part is "and" or "a")
            {
                continue; // "a hundred": the multiplier below counts a missing head as one
            }

            if (Units.TryGetValue(part, out var u))
            {
                if (current >= 100 && current % 100 == 0 && u < 100 && chunk.Count == 0 && sawMultiplier)
                {
                    current += u; // a hundred and fifty
                }
                else if (current > 0 && current % 10 == 0 && current >= 20 && current < 100 && u < 10)
                {
                    current += u; // twenty five
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
                current = Math.Max(current, 1) * 100;
                sawMultiplier = true;
            }
            else if (part is "thousand" or "grand" or "k")
            {
                total += (chunk.Count > 0 ? Join(chunk, current) : Math.Max(current, 1)) * 1000;
                chunk.Clear();
                current = 0;
                sawMultiplier = true;
            }
        }

        if (chunk.Count > 0)
        {
            // Colloquial pairs: "one fifty" = 150; "fourteen five" = 14,500 at a scale in the thousands.
            if (chunk.Count > 1 || current >= 100)
            {
                return null;
            }

            var head = chunk[0];
            var readings = new[] { head * 100 + current, head * 1000 + current * 100, head * 1000 + current * 10 };
            return scale > 0 ? readings.MinBy(r => Math.Abs(Math.Log(r / scale))) : readings[0];
        }

        var value = total + current;
        if (!sawMultiplier && value < 20 && scale >= 100)
        {
            return null; // "two" alone is a count, not a price of this size
        }

        return value > 0 ? value : null;

        static double Join(List<int> chunk, double current) => chunk[0] * 100 + current;
    }
}
