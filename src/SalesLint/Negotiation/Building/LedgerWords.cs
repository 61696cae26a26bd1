using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>What the ledger's steps share: the other side, "the same value", the clause a value stands in, and the words of acceptance and refusal.</summary>
internal static partial class LedgerWords
{
    /// <summary>Two values closer than this share of the larger are the same position.</summary>
    public const double Epsilon = 0.005;

    public static SpeakerRole Other(SpeakerRole role) => role == SpeakerRole.Seller ? SpeakerRole.Buyer : SpeakerRole.Seller;

    public static bool Same(double a, double b) => Math.Abs(a - b) <= Epsilon * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>The clause of <paramref name="lead"/> (the text before a value) that the value stands in: after its last comma, "and", "but" or "then".</summary>
    public static string Clause(string lead) => ClauseStart().Match(lead) is { Success: true } cl ? lead[(cl.Index + cl.Length)..] : lead;

    [GeneratedRegex(@"\b(?:can'?t|cannot|can not|won'?t|wont|couldn'?t|no way|not|nope|never|don'?t|too (?:low|high|much|little|steep|expensive)|way too|no deal|not a deal|insulting|lowball|no thanks|no thank you|pass)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Negative();

    [GeneratedRegex(@"\b(?:(?:it'?s|you(?:'ve)? got|you have|we have|that'?s) a deal|deal|sounds good|sounds great|sounds fair|sounds like a plan|that works|works for me|that'?s fine|fine by me|fine|agreed|i agree|i accept|accept(?:ed)?|i'?ll take it(?! (?:to|back|up|home|over|in))|we'?ll take it(?! (?:to|back|up|home|over|in))|i'?ll buy it|let'?s do it|you got it|perfect|sold|ok(?:ay)?|sure|yes|yeah|yep|alright|all right|you bet|(?<=^\W*)bet|(?<=^\W*)kk?(?=\W|$)|(?:i'?m|im|we'?re|she'?s|he'?s|they'?re) in(?=\W*$)|count (?:me|us) in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Accept();

    [GeneratedRegex(@".*(?:[,;]|\band\b|\bbut\b|\bthen\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ClauseStart();
}
