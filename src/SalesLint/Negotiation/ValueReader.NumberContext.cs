namespace SalesLint.Negotiation;

/// <summary>
/// The checks of what is said right next to a bare number (a model, a street, the clock, the odometer). Their patterns
/// end at the number (<c>…\s$</c>) or start after it, and ran on nearly every number; each now runs only where the
/// characters beside the number allow a match: the word it needs just before the number, or a street word among the
/// next few words. The screens only rule out: ASCII letters are compared case-insensitively, any other character is let
/// through (case-insensitive matching folds some, such as the Kelvin sign, to ASCII letters), and a text ending in a
/// line break goes to the pattern (its <c>$</c> also matches before a final newline). Same answers as the patterns
/// alone (pinned by the tests on every position of the samples and rule cases).
/// </summary>
internal static partial class ValueReader
{
    private static readonly string[] ModelWords = ["iphone", "ipad", "ipod", "galaxy", "pixel", "xbox", "ps", "playstation", "gen", "generation", "series", "mark", "mk", "count"];

    private static readonly string[] TimeWords = ["after", "before", "until", "till", "til", "past"];

    private static readonly string[] AtWords = ["at"];

    private static readonly string[] OdometerWords = ["every", "with", "has", "had", "having", "at"];

    private static readonly string[] ItAtWords = ["at", "around", "about", "over", "under"];

    private static readonly string[] StreetWords =
        ["st", "street", "ave", "avenue", "ln", "lane", "rd", "road", "dr", "drive", "blvd", "boulevard", "way", "ct", "court", "pl", "place", "cir", "circle", "ter", "terrace", "pkwy", "parkway", "hwy", "highway"];

    /// <summary>Whether <see cref="ModelBefore"/> matches the text before a number ("the FP-", "iphone ").</summary>
    /// <param name="before">The sentence up to the number.</param>
    /// <param name="from">Where the pattern may start (see <see cref="LookBehind"/>).</param>
    /// <returns>The pattern's answer.</returns>
    internal static bool IsModelBefore(ReadOnlySpan<char> before, int from) =>
        (EndsWith(before, '-') || MayEndWithWord(before, ModelWords)) && ModelBefore().IsMatch(before, from);

    /// <summary>Whether <see cref="TimeBefore"/> matches ("after ", "until ").</summary>
    /// <param name="before">The sentence up to the number.</param>
    /// <param name="from">Where the pattern may start.</param>
    /// <returns>The pattern's answer.</returns>
    internal static bool IsTimeBefore(ReadOnlySpan<char> before, int from) =>
        MayEndWithWord(before, TimeWords) && TimeBefore().IsMatch(before, from);

    /// <summary>Whether <see cref="AtBefore"/> matches ("at ").</summary>
    /// <param name="before">The sentence up to the number.</param>
    /// <param name="from">Where the pattern may start.</param>
    /// <returns>The pattern's answer.</returns>
    internal static bool IsAtBefore(ReadOnlySpan<char> before, int from) =>
        MayEndWithWord(before, AtWords) && AtBefore().IsMatch(before, from);

    /// <summary>Whether <see cref="OdometerBefore"/> matches ("oil every ", "done at ").</summary>
    /// <param name="before">The sentence up to the number.</param>
    /// <param name="from">Where the pattern may start.</param>
    /// <returns>The pattern's answer.</returns>
    internal static bool IsOdometerBefore(ReadOnlySpan<char> before, int from) =>
        MayEndWithWord(before, OdometerWords) && OdometerBefore().IsMatch(before, from);

    /// <summary>Whether <see cref="ItAtBefore"/> matches ("it's at ", "odometer is just over ").</summary>
    /// <param name="before">The sentence up to the number.</param>
    /// <param name="from">Where the pattern may start.</param>
    /// <returns>The pattern's answer.</returns>
    internal static bool IsItAtBefore(ReadOnlySpan<char> before, int from) =>
        MayEndWithWord(before, ItAtWords) && ItAtBefore().IsMatch(before, from);

    /// <summary>Whether <see cref="StreetAfter"/> matches the text after a number (" Birch Ln", " N Main St").</summary>
    /// <param name="after">The sentence after the number.</param>
    /// <returns>The pattern's answer.</returns>
    internal static bool IsStreetAfter(ReadOnlySpan<char> after) =>
        MayBeStreetAfter(after) && StreetAfter().IsMatch(after);

    /// <summary>Whether a text ends in a character (or in a line break, left to the pattern).</summary>
    private static bool EndsWith(ReadOnlySpan<char> text, char c) => text.Length > 0 && (text[^1] == c || text[^1] == '\n');

    /// <summary>
    /// Whether a text may end in one of the words and one white-space character, as <c>\b(?:words)\s$</c> needs (the
    /// word boundary is left to the pattern).
    /// </summary>
    private static bool MayEndWithWord(ReadOnlySpan<char> text, string[] words)
    {
        if (text.Length > 0 && text[^1] == '\n')
        {
            return true;
        }

        if (text.Length < 2 || !MayBeSpace(text[^1]))
        {
            return false;
        }

        var head = text[..^1];
        foreach (var word in words)
        {
            if (head.Length >= word.Length && MayBe(head[^word.Length..], word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a street word may start the second, third or fourth run of non-space characters after the first white
    /// space, as <see cref="StreetAfter"/> needs (one to three words, then the street word; its word boundary is left to
    /// the pattern).
    /// </summary>
    private static bool MayBeStreetAfter(ReadOnlySpan<char> after)
    {
        if (after.Length == 0 || !char.IsWhiteSpace(after[0]))
        {
            return false;
        }

        var i = 0;
        for (var word = 1; word <= 4; word++)
        {
            while (i < after.Length && char.IsWhiteSpace(after[i]))
            {
                i++;
            }

            if (i == after.Length)
            {
                return false;
            }

            if (word >= 2)
            {
                var rest = after[i..];
                foreach (var street in StreetWords)
                {
                    if (rest.Length >= street.Length && MayBe(rest[..street.Length], street))
                    {
                        return true;
                    }
                }
            }

            while (i < after.Length && !char.IsWhiteSpace(after[i]))
            {
                i++;
            }
        }

        return false;
    }

    /// <summary>Whether a character may be what <c>\s</c> matches (any non-ASCII character is let through).</summary>
    private static bool MayBeSpace(char c) => c >= 0x80 || char.IsWhiteSpace(c);

    /// <summary>Whether text may be a lower-case ASCII word under case-insensitive matching (any non-ASCII character is let through).</summary>
    private static bool MayBe(ReadOnlySpan<char> text, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 && (c | 0x20) != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
