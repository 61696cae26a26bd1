using System.Text.RegularExpressions;

namespace SalesLint.Negotiation;

/// <summary>The seller's offer words before a price said in words, which mark it as the first price of a call.</summary>
internal static partial class ValueReader
{
    /// <summary>
    /// Whether a number said in words follows the seller's offer words (<see cref="SpokenOfferBefore"/>) and is no time
    /// of day ("How about two thirty on Tuesday?").
    /// </summary>
    private static bool IsSpokenOffer(string s, Match m) =>
        SpokenOfferBefore().IsMatch(s.AsSpan(0, m.Index)) && !TimeOfDayAfter().IsMatch(s.AsSpan(m.Index + m.Length));

    /// <summary>
    /// A seller putting a number on the table, right before it: "How about six hundred?", "let me do five seventy-five",
    /// "I can match your current price, five-forty", "we could go down to four eighty". Speech-recognition and typed
    /// calls alike say a renewal's or a bargain's prices this way, with no unit, so without these words the ledger
    /// read no price at all and no concession (blind set 3's renewal: 600, 575, 540).
    /// </summary>
    [GeneratedRegex(@"\b(?:how about|what about|(?:let me|i can|i could|we can|we could|i'll|we'll|i'd|we'd)\s+(?:do|offer|go(?:\s+down)?\s+to|come\s+down\s+to|bring\s+(?:it|that|you)\s+(?:down\s+)?to|match\s+(?:that|it|(?:your|the)\s+(?:current\s+)?(?:price|rate)),?))\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenOfferBefore();

    [GeneratedRegex(@"^\s*(?:on\b|at\b|tomorrow|today|tonight|this\b|next\b|o['’]clock|in the (?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDayAfter();
}
