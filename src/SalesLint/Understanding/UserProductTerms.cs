using System.Collections.Frozen;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// When a match of a user's own product term (a product name, a catalogue title) stands for the product. Catalogues
/// hold titles that are everyday words ("It", "Up", "Us", "Her"); lexicon matching ignores case, so "what's up" would
/// name a film. Such a one-word term counts only when it is written as a name.
/// </summary>
internal static class UserProductTerms
{
    /// <summary>Function words and a few very common words that are also titles or product names.</summary>
    private static readonly FrozenSet<string> Everyday = new[]
    {
        "i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "my", "your", "his", "its", "our",
        "their", "this", "that", "these", "those", "a", "an", "the", "some", "any", "all", "every", "each", "no", "not",
        "up", "down", "in", "out", "on", "off", "over", "under", "after", "before", "about", "with", "without", "through",
        "into", "from", "to", "of", "at", "by", "for", "as", "like", "near", "away", "back", "above", "below", "between",
        "and", "or", "but", "so", "if", "then", "when", "while", "because", "yes", "here", "there", "now", "just",
        "still", "again", "always", "never", "ever", "too", "very", "more", "most", "much", "what", "who", "why", "how",
        "where", "which", "one", "two", "is", "was", "be", "are", "were", "do", "did", "have", "had", "can", "will",
        "big", "old", "new", "good", "home", "time", "man", "yesterday", "today", "tomorrow", "tonight",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the match at <paramref name="span"/> stands for a product: a term of several words or an uncommon word
    /// always does; an everyday word does when capitalized after the sentence's first word, or followed by a year in
    /// parentheses ("Up (2009)").
    /// </summary>
    /// <param name="sentence">The sentence of the match.</param>
    /// <param name="span">The match, in turn coordinates.</param>
    /// <returns>Whether it counts.</returns>
    public static bool LooksLikeName(Sentence sentence, TextSpan span)
    {
        var text = sentence.Turn.Text;
        var word = text.AsSpan(span.Start, span.Length);
        if (word.ContainsAny(' ', '\t') || !Everyday.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (char.IsUpper(word[0]) && span.Start > FirstWordStart(sentence))
        {
            return true;
        }

        var rest = text.AsSpan(span.Start + span.Length).TrimStart(' ');
        return rest.Length >= 6 && rest[0] == '(' && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2])
            && char.IsAsciiDigit(rest[3]) && char.IsAsciiDigit(rest[4]) && rest[5] == ')';
    }

    private static int FirstWordStart(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind != TokenKind.Punctuation)
            {
                return token.Start;
            }
        }

        return sentence.Span.Start;
    }
}
