using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>The condition a concession is tied to ("if you sign this week", "as long as you pay up front"): read from the turn that makes the move.</summary>
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

            if (s.HasFeature("condition"))
            {
                return s.Features.First(f => f.Feature == "condition").Text;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:if (?:you|u|it'?s|its|we|they|your)\b(?! (?:want|like|'?d like|would like|are interested|have any|need|prefer|can'?t|don'?t|have questions|wish|please|ever))|as long as|provided(?: that)?|only if|in exchange|in return|on (?:the )?condition|you(?:'d| would| will|'ll)? (?:have|need) to|you must|but you(?:'ll| will)? (?:have|need) to|cash only|for a (?:\w+[- ])?(?:year|month)s? (?:term|contract|deal|commitment)|when you (?:sign|pick|pay)|once you (?:sign|pick|pay))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Condition();
}
