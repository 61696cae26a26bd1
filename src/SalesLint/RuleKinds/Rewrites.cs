using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.RuleKinds;

/// <summary>Builds suggested rewrites from a rule's <c>rewrite</c> map (matched text → replacement).</summary>
internal static class Rewrites
{
    /// <summary>The rewrite for a match, or <see langword="null"/> when the map has no entry for it.</summary>
    public static SuggestedRewrite? For(IReadOnlyDictionary<string, string> map, Sentence sentence, TextSpan match, string matchText)
    {
        if (map.Count == 0)
        {
            return null;
        }

        var key = matchText.Trim().ToLowerInvariant().Replace('\u2019', '\'');
        string? replacement = null;
        foreach (var (k, v) in map)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            {
                replacement = v;
                break;
            }
        }

        if (replacement is null && !map.TryGetValue("*", out replacement))
        {
            return null;
        }

        // Keep a capital letter at the start of the replaced text.
        if (matchText.Length > 0 && char.IsUpper(matchText[0]) && replacement.Length > 0)
        {
            replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }

        var text = sentence.Turn.Text;
        var rewritten = string.Concat(
            text.AsSpan(sentence.Span.Start, match.Start - sentence.Span.Start),
            replacement,
            text.AsSpan(match.End, sentence.Span.End - match.End));
        return new SuggestedRewrite(match, replacement, rewritten);
    }
}
