using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>How <see cref="LedgerBuilder"/> reads a conversation.</summary>
public sealed record LedgerOptions
{
    /// <summary>The default options: prices, and counts of seats, licenses, users and units.</summary>
    public static LedgerOptions Default { get; } = new();

    /// <summary>Items whose counts are positions (singular, lower case), each with its spellings. Default: seats, licenses, users, units.</summary>
    public IReadOnlyDictionary<string, string> Items { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["seat"] = "seats", ["license"] = "licenses", ["licence"] = "licenses", ["user"] = "users", ["unit"] = "units",
    };

    /// <summary>How many of each item there are to share, when the negotiation splits a fixed stock (so "you get 1" means "I keep the rest"); <see langword="null"/> otherwise.</summary>
    public double? ItemTotal { get; init; }

    /// <summary>
    /// What each item of a shared stock is worth to each side (CaSiNo: 5, 4 and 3 points by priority), when known; an
    /// offer that gives up one item for more of another is a trade, not a concession, when its value to the party did not
    /// drop. Empty (the default): every item is worth one to both sides.
    /// </summary>
    public IReadOnlyDictionary<SpeakerRole, IReadOnlyDictionary<string, double>> ItemValues { get; init; } = new Dictionary<SpeakerRole, IReadOnlyDictionary<string, double>>();

    /// <summary>Whether a non-price give from the other side (picking up, paying cash now, signing, a longer term, a reference) reciprocates a concession. Default: true.</summary>
    public bool NonPriceGets { get; init; } = true;

    /// <summary>
    /// Whether a concession that answers the other side's own move in its turn just before, with a step no larger ("80?"
    /// → "I can do 110"), is reciprocated: the higher offer came first. A number said as a budget or limit ("my budget
    /// is 275") is no such move. Default: true (false: a concession is answered only by what comes after it).
    /// </summary>
    public bool AnsweredMoves { get; init; } = true;
}
