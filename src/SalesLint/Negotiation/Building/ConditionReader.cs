using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>
/// The condition a concession is tied to ("if you sign this week", "as long as you pay up front", "1050 and you water the
/// plants", "400 and you haul it"): read from the turn that makes the move.
/// </summary>
internal static partial class ConditionReader
{
    /// <summary>The first condition in the turn of <paramref name="sentence"/> (trimmed to 80 characters), or <see langword="null"/>.</summary>
    public static string? Read(Sentence sentence)
    {
        foreach (var s in sentence.Turn.Sentences)
        {
            var text = s.Text;
            var m = Condition().Match(text);
            if (m.Success)
            {
                var condition = text[m.Index..].TrimEnd('.', '!', '?', ' ');
                condition = condition.StartsWith("but ", StringComparison.OrdinalIgnoreCase) ? condition[4..] : condition;
                return condition.Length > 80 ? condition[..80] + "…" : condition;
            }

            if (s.HasFeature("condition") && s.Features.FirstOrDefault(f => f.Feature == "condition" && !IsOwnAsk(s, f) && !StillInterested(s, f)) is { } feature)
            {
                return feature.Text;
            }
        }

        return null;
    }

    /// <summary>"I'd need another 40", "we would need at least $200": the speaker's own price, not a condition on the other side.</summary>
    private static bool IsOwnAsk(Sentence sentence, FeatureMatch feature) =>
        OwnNeed().IsMatch(feature.Text) && AskAfter().IsMatch(sentence.Turn.Text.AsSpan(feature.Span.End, Math.Max(0, sentence.Span.End - feature.Span.End)));

    /// <summary>
    /// "if you're still interested I could do 425", "if you are interested", "1,700 then, if you want it": words that ask
    /// nothing of the buyer, no condition the concession is tied to ("if you want it today" still is one).
    /// </summary>
    private static bool StillInterested(Sentence sentence, FeatureMatch feature) =>
        Interested().IsMatch(sentence.Turn.Text.AsSpan(feature.Span.End, Math.Max(0, sentence.Span.End - feature.Span.End)));

    [GeneratedRegex(@"^(?:['’]re| are) (?:still )?interested\b|^ (?:still )?(?:want|wanna) (?:it|them|this|that|one)\b(?! (?:today|tonight|now|tomorrow|this|by|before))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Interested();

    [GeneratedRegex(@"^(?:i|we)(?:'d| would) need$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnNeed();

    [GeneratedRegex(@"^\s*(?:(?:another|at least|around|about|closer to)\s+)?[$£€]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskAfter();

    [GeneratedRegex(@"\b(?:if (?:you|u|it'?s|its|we|they|your)\b(?! (?:want|like|'?d like|would like|are (?:still )?interested|still want|have any|need|prefer|can'?t|don'?t|have questions|wish|please|ever))(?!['’]re (?:still )?interested)|as long as|provided(?: that)?|only if|in exchange|in return|on (?:the )?condition|you(?:'d| would| will|'ll)? (?:have|need) to|you must|but you(?:'ll| will)? (?:have|need) to|cash only|for a (?:\w+[- ])?(?:year|month)s? (?:term|contract|deal|commitment)|when you (?:sign|pick|pay)|(?<=\d\w*\s*,?\s*)(?:and|&|\+) (?:you|u)(?:'ll| will)? (?:cover|pay|pick|haul|move|carry|load|take care of|water|bring|sign|handle|clean|deliver|mow|feed|come get|come grab)\b|once you (?:sign|pick|pay)|\ban? (?:\w+[- ])?(?:year|month)s? (?:term|contract|commitment|agreement|prepay(?:ment)?)(?: (?:on|for) (?:the )?\w+)? (?:takes|gets|gives|earns|comes with|knocks))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Condition();
}
