using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Understanding;

namespace SalesLint.RuleKinds;

/// <summary>
/// Picks sentences for a rule: by the speaker's role, the sentence act, lexicon features (any of them), an
/// optional regular expression, one the sentence must not match, and a minimum length. Every condition given must hold.
/// </summary>
public sealed record SentenceSelector
{
    private LinearPattern? regex;
    private LinearPattern? notRegex;
    private SemanticLabel[]? parsedLabels;
    private SemanticLabel[]? parsedNotLabels;

    /// <summary><c>seller</c>, <c>buyer</c>, <c>other</c> or <c>any</c>. Default: <c>any</c>.</summary>
    public string Speaker { get; init; } = "any";

    /// <summary><c>question</c>, <c>statement</c>, <c>other</c> or <c>any</c>. Default: <c>any</c>.</summary>
    public string Act { get; init; } = "any";

    /// <summary>Lexicon names; the sentence must have at least one of them. Empty: no feature condition.</summary>
    public List<string> Features { get; init; } = [];

    /// <summary>
    /// Semantic labels from the sentence-understanding layer (<c>goal</c>, <c>problem</c>, <c>need</c>,
    /// <c>objection</c>, <c>product</c>, <c>discovery</c>, <c>next-step</c>, <c>agreement</c>, <c>commitment</c>,
    /// <c>reflection</c>, <c>requested</c>); the sentence must have at least one of them with a confidence of at least
    /// <see cref="MinConfidence"/>. Empty: no label condition.
    /// </summary>
    public List<string> Labels { get; init; } = [];

    /// <summary>Semantic labels the sentence must not have (at <see cref="MinConfidence"/>), e.g. <c>requested</c>.</summary>
    public List<string> NotLabels { get; init; } = [];

    /// <summary>
    /// The confidence from which a label in <see cref="Labels"/> or <see cref="NotLabels"/> counts. Default:
    /// <see cref="SentenceLabels.DefaultMinConfidence"/> (0.5).
    /// </summary>
    public double MinConfidence { get; init; } = SentenceLabels.DefaultMinConfidence;

    /// <summary>A regular expression the sentence text must match (case-insensitive, linear time).</summary>
    public string? Pattern { get; init; }

    /// <summary>
    /// A regular expression the sentence text must not match (case-insensitive, linear time): leaves out a word's other
    /// senses ("you should stop receiving charges" is a prediction, not telling).
    /// </summary>
    public string? NotPattern { get; init; }

    /// <summary>Fewest words the sentence must have (so "right" or "mm-hmm" can be left out). Default: 0.</summary>
    public int MinWords { get; init; }

    /// <summary>Checks the selector's values.</summary>
    /// <param name="prefix">The YAML key of the selector, for messages.</param>
    /// <param name="errors">Collects problems.</param>
    /// <param name="features">Known lexicon names.</param>
    public void Validate(string prefix, ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(features);
        if (ParseRole(Speaker) is null && !IsAny(Speaker))
        {
            errors.Add(($"{prefix}.speaker", $"speaker must be seller, buyer, other or any, not '{Speaker}'"));
        }

        if (ParseAct(Act) is null && !IsAny(Act))
        {
            errors.Add(($"{prefix}.act", $"act must be question, statement, backchannel, other or any, not '{Act}'"));
        }

        foreach (var feature in Features)
        {
            if (!features.Contains(feature))
            {
                errors.Add(($"{prefix}.features", $"unknown feature '{feature}' (lexicons: {string.Join(", ", features.Order(StringComparer.Ordinal))})"));
            }
        }

        if (Pattern is not null)
        {
            try
            {
                regex = new LinearPattern(Pattern);
            }
            catch (ArgumentException ex)
            {
                errors.Add(($"{prefix}.pattern", $"invalid pattern: {ex.Message}"));
            }
        }

        if (NotPattern is not null)
        {
            try
            {
                notRegex = new LinearPattern(NotPattern);
            }
            catch (ArgumentException ex)
            {
                errors.Add(($"{prefix}.notPattern", $"invalid pattern: {ex.Message}"));
            }
        }

        parsedLabels = ParseLabels(Labels, $"{prefix}.labels", errors);
        parsedNotLabels = ParseLabels(NotLabels, $"{prefix}.notLabels", errors);
        if (MinConfidence is < 0 or > 1 || double.IsNaN(MinConfidence))
        {
            errors.Add(($"{prefix}.minConfidence", "minConfidence must be between 0 and 1"));
        }

        if (MinWords < 0)
        {
            errors.Add(($"{prefix}.minWords", "minWords must not be negative"));
        }

        if (Features.Count == 0 && Labels.Count == 0 && NotLabels.Count == 0 && Pattern is null && IsAny(Act) && IsAny(Speaker) && MinWords == 0)
        {
            errors.Add((prefix, "a selector needs at least one of speaker, act, features, labels, notLabels, pattern or minWords"));
        }
    }

    /// <summary>The role filter, or <see langword="null"/> for any.</summary>
    internal SpeakerRole? Role => ParseRole(Speaker);

    /// <summary>
    /// Whether the sentence is selected; returns the span that matched: the first feature or pattern match, else the
    /// first match of a lexicon named like a selected label, else the sentence.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="match">The span of the first matching feature or pattern, or the sentence.</param>
    /// <param name="matchText">The matched text.</param>
    /// <returns><see langword="true"/> when selected.</returns>
    public bool Matches(Sentence sentence, out TextSpan match, out string matchText)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        match = sentence.Span;
        matchText = string.Empty;
        if (Role is { } role && sentence.Role != role)
        {
            return false;
        }

        if (ParseAct(Act) is { } act && sentence.Act != act)
        {
            return false;
        }

        if (MinWords > 0 && sentence.WordCount < MinWords)
        {
            return false;
        }

        var found = Features.Count == 0;
        if (!found)
        {
            foreach (var feature in sentence.FeatureArray)
            {
                if (Features.Contains(feature.Feature))
                {
                    match = feature.Span;
                    matchText = feature.Text;
                    found = true;
                    break;
                }
            }
        }

        if (!found)
        {
            return false;
        }

        if (Pattern is not null)
        {
            regex ??= new LinearPattern(Pattern);
            var m = regex.Match(sentence.Turn.Text, sentence.Span.Start, sentence.Span.Length);
            if (!m.Success)
            {
                return false;
            }

            if (Features.Count == 0)
            {
                match = new TextSpan(m.Index, m.Length);
                matchText = m.Value;
            }
        }

        if (NotPattern is not null)
        {
            notRegex ??= new LinearPattern(NotPattern);
            if (notRegex.Match(sentence.Turn.Text, sentence.Span.Start, sentence.Span.Length).Success)
            {
                return false;
            }
        }

        if (Labels.Count > 0 || NotLabels.Count > 0)
        {
            // Last: the understanding layer labels a sentence on first use, so cheaper conditions go first.
            var labels = sentence.Labels;
            var wanted = parsedLabels ?? ParseLabels(Labels, "labels", null);
            var unwanted = parsedNotLabels ?? ParseLabels(NotLabels, "notLabels", null);
            if (wanted.Length > 0 && !Array.Exists(wanted, l => labels.Has(l, MinConfidence)))
            {
                return false;
            }

            if (Array.Exists(unwanted, l => labels.Has(l, MinConfidence)))
            {
                return false;
            }

            if (matchText.Length == 0)
            {
                // Point at the words of a lexicon named like a label the sentence has ("product": 'Pipeline Radar').
                foreach (var feature in sentence.FeatureArray)
                {
                    if (Array.Exists(wanted, l => labels.Has(l, MinConfidence) && string.Equals(SemanticLabels.Name(l), feature.Feature, StringComparison.Ordinal)))
                    {
                        match = feature.Span;
                        matchText = feature.Text;
                        break;
                    }
                }
            }
        }

        if (matchText.Length == 0)
        {
            matchText = sentence.Text;
        }

        return true;
    }

    private static SemanticLabel[] ParseLabels(List<string> names, string key, ICollection<(string Key, string Message)>? errors)
    {
        var result = new List<SemanticLabel>(names.Count);
        foreach (var name in names)
        {
            if (SemanticLabels.TryParse(name, out var label))
            {
                result.Add(label);
            }
            else
            {
                errors?.Add((key, $"unknown label '{name}' (labels: {string.Join(", ", SemanticLabels.All)})"));
            }
        }

        return [.. result];
    }


    private static bool IsAny(string value) => string.Equals(value, "any", StringComparison.OrdinalIgnoreCase);

    // Compared without lower-casing: selectors are checked for every sentence and must not allocate.
    private static SpeakerRole? ParseRole(string value) =>
        Is(value, "seller") ? SpeakerRole.Seller : Is(value, "buyer") ? SpeakerRole.Buyer : Is(value, "other") ? SpeakerRole.Other : null;

    private static SentenceAct? ParseAct(string value) =>
        Is(value, "question") ? SentenceAct.Question : Is(value, "statement") ? SentenceAct.Statement : Is(value, "other") ? SentenceAct.Other :
        Is(value, "backchannel") ? SentenceAct.Backchannel : null;

    private static bool Is(string value, string name) => string.Equals(value, name, StringComparison.OrdinalIgnoreCase);
}
