using System.Buffers;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>Speaker labels in text: <c>Name: text</c> splitting with the plausible-name test, and role words (<c>seller</c>, <c>buyer</c>, <c>other</c>).</summary>
internal static class SpeakerLabels
{
    private const int MaxNameLength = 50;
    private const int MaxNameWords = 4;

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "st", "ten", "ter", "van", "von", "y",
    };

    private static readonly SearchValues<char> NotInNames = SearchValues.Create("?!;,\"[]{}<>=");

    /// <summary>
    /// Splits a <c>Name: text</c> line. A name already known (declared, passed in the options or seen before) is always accepted;
    /// another must look like a name, so that prose such as <c>So the plan is: Monday</c> stays text: it starts with a letter, has at most
    /// four words, no sentence punctuation, and every word after the first starts with a capital, a digit or <c>(</c>, or is a particle
    /// such as <c>van</c> or <c>de</c>.
    /// </summary>
    /// <param name="line">The line (blanks around it are ignored).</param>
    /// <param name="speakers">The names known so far, or <see langword="null"/>.</param>
    /// <param name="name">The speaker name, trimmed.</param>
    /// <param name="text">The text after the colon, trimmed (may be empty).</param>
    /// <returns>Whether the line starts with a speaker name.</returns>
    public static bool TrySplitSpeaker(string line, SpeakerTable? speakers, out string name, out string text)
    {
        name = string.Empty;
        text = string.Empty;
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || line.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var candidate = line[..colon].Trim();
        if (candidate.Length == 0 || !(speakers?.IsKnown(candidate) == true || IsPlausibleName(candidate)))
        {
            return false;
        }

        name = candidate;
        text = line[(colon + 1)..].Trim();
        return true;
    }

    /// <summary>Reads a role word: <c>seller</c>, <c>buyer</c> or <c>other</c>, singular or plural, case-insensitive.</summary>
    public static bool TryParseRole(string word, out SpeakerRole role)
    {
        switch (word.Trim().ToUpperInvariant())
        {
            case "SELLER" or "SELLERS":
                role = SpeakerRole.Seller;
                return true;
            case "BUYER" or "BUYERS":
                role = SpeakerRole.Buyer;
                return true;
            case "OTHER" or "OTHERS":
                role = SpeakerRole.Other;
                return true;
            default:
                role = SpeakerRole.Other;
                return false;
        }
    }

    private static bool IsPlausibleName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || !char.IsLetter(name[0]) || name.AsSpan().IndexOfAny(NotInNames) >= 0)
        {
            return false;
        }

        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxNameWords)
        {
            return false;
        }

        for (var i = 1; i < words.Length; i++)
        {
            var first = words[i][0];
            if (!char.IsUpper(first) && !char.IsDigit(first) && first != '(' && !NameParticles.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }
}
