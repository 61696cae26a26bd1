using SalesLint.Acts;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Understanding;

namespace SalesLint.RuleKinds;

/// <summary>
/// Picks sentences for a rule: by the speaker's role, the sentence act and the reason it was decided, lexicon features (any of them), an
/// optional regular expression, one the sentence must not match, and a minimum length. Every condition given must hold.
/// This is the selector as written in YAML; the loader compiles it once into an immutable matcher.
/// </summary>
public sealed record SentenceSelector
{
    /// <summary><c>seller</c>, <c>buyer</c>, <c>other</c> or <c>any</c>. Default: <c>any</c>.</summary>
    public string Speaker { get; init; } = "any";

    /// <summary><c>question</c>, <c>statement</c>, <c>other</c> or <c>any</c>. Default: <c>any</c>.</summary>
    public string Act { get; init; } = "any";

    /// <summary>
    /// The reason the act decision must rest on: one of the rule-based classifier's closed set of reasons
    /// (<c>self-answered</c>, <c>rhetorical</c>, <c>quoted-question</c>, <c>question-mark</c>, …; <c>saleslint inspect</c>
    /// shows a sentence's reason), whatever act it gave. Says what a rule means where the act alone cannot: "a
    /// question the seller answered", not "a statement ending in '?'", which a quoted question is too. A decision the
    /// learned model made (unpunctuated text) rests on no rules' reason. <see langword="null"/>: no reason condition.
    /// </summary>
    public string? ActReason { get; init; }

    /// <summary>Lexicon names; the sentence must have at least one of them. Empty: no feature condition.</summary>
    public List<string> Features { get; init; } = [];

    /// <summary>
    /// Semantic labels from the sentence-understanding layer (<c>goal</c>, <c>problem</c>, <c>need</c>,
    /// <c>objection</c>, <c>product</c>, <c>discovery</c>, <c>next-step</c>, <c>agreement</c>, <c>commitment</c>,
    /// <c>reflection</c>, <c>requested</c>, <c>accepts-offer</c>); the sentence must have at least one of them with a
    /// confidence of at least <see cref="MinConfidence"/>. Empty: no label condition.
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

    /// <summary>
    /// Alternatives: besides every other condition here, the sentence must match at least one of these selectors
    /// ("the buyer's agreement, or either side saying it's a deal"). Empty: no alternatives.
    /// </summary>
    public List<SentenceSelector> AnyOf { get; init; } = [];

    /// <summary>Fewest words the sentence must have (so "right" or "mm-hmm" can be left out). Default: 0.</summary>
    public int MinWords { get; init; }

    /// <summary>
    /// Whether the sentence must put its speaker's own number on the negotiation ledger: an offer or counter-offer
    /// ("would you take 180", "1600?", "I could do 850") or taking the other side's number ("ok deal"). The ledger reads
    /// bare numbers in a haggle that the <c>price-offer</c> lexicon, which needs a money amount, cannot. Default: false
    /// (no condition).
    /// </summary>
    public bool Offers { get; init; }

    /// <summary>
    /// Compiles the selector: parses the role and act, resolves lexicon names and labels, builds the patterns. Each
    /// problem is recorded at its key (under <paramref name="key"/>).
    /// </summary>
    /// <param name="key">The YAML key of the selector, for messages.</param>
    /// <param name="compilation">Known lexicons; collects problems.</param>
    /// <returns>The matcher, or <see langword="null"/> when the selector has a problem.</returns>
    internal CompiledSelector? Compile(string key, RuleCompilation compilation)
    {
        var errors = compilation.Errors.Count;
        var role = ParseRole(Speaker);
        if (role is null && !IsAny(Speaker))
        {
            compilation.Error($"{key}.speaker", $"speaker must be seller, buyer, other or any, not '{Speaker}'");
        }

        var act = ParseAct(Act);
        if (act is null && !IsAny(Act))
        {
            compilation.Error($"{key}.act", $"act must be question, statement, backchannel, other or any, not '{Act}'");
        }

        if (ActReason is not null && !RuleDecisions.Reasons.Contains(ActReason, StringComparer.Ordinal))
        {
            compilation.Error($"{key}.actReason", $"unknown act reason '{ActReason}' (reasons: {string.Join(", ", RuleDecisions.Reasons)})");
        }

        var features = new string[Features.Count];
        for (var i = 0; i < features.Length; i++)
        {
            var feature = Features[i];
            if (compilation.Lexicon(feature) is { } known)
            {
                features[i] = known;
            }
            else
            {
                compilation.Error($"{key}.features", $"unknown feature '{feature}' (lexicons: {string.Join(", ", compilation.Lexicons.Order(StringComparer.Ordinal))})");
            }
        }

        var pattern = CompilePattern(Pattern, $"{key}.pattern", compilation);
        var notPattern = CompilePattern(NotPattern, $"{key}.notPattern", compilation);
        var labels = ParseLabels(Labels, $"{key}.labels", compilation);
        var notLabels = ParseLabels(NotLabels, $"{key}.notLabels", compilation);
        if (MinConfidence is < 0 or > 1 || double.IsNaN(MinConfidence))
        {
            compilation.Error($"{key}.minConfidence", "minConfidence must be between 0 and 1");
        }

        if (MinWords < 0)
        {
            compilation.Error($"{key}.minWords", "minWords must not be negative");
        }

        var anyOf = new CompiledSelector[AnyOf.Count];
        for (var i = 0; i < anyOf.Length; i++)
        {
            if (AnyOf[i] is null)
            {
                compilation.Error($"{key}.anyOf", $"{key}.anyOf[{i}] needs a selector");
            }
            else
            {
                anyOf[i] = AnyOf[i].Compile($"{key}.anyOf", compilation)!;
            }
        }

        if (Features.Count == 0 && Labels.Count == 0 && NotLabels.Count == 0 && Pattern is null && IsAny(Act) && ActReason is null && IsAny(Speaker) && MinWords == 0 && !Offers && AnyOf.Count == 0)
        {
            compilation.Error(key, "a selector needs at least one of speaker, act, actReason, features, labels, notLabels, pattern, minWords, offers or anyOf");
        }

        return compilation.Errors.Count > errors
            ? null
            : new CompiledSelector(role, act, MinWords, features, pattern, notPattern, labels, notLabels, MinConfidence) { AnyOf = anyOf, ActReason = ActReason, Offers = Offers };
    }

    private static LinearPattern? CompilePattern(string? pattern, string key, RuleCompilation compilation)
    {
        if (pattern is null)
        {
            return null;
        }

        try
        {
            return new LinearPattern(pattern);
        }
        catch (ArgumentException ex)
        {
            compilation.Error(key, $"invalid pattern: {ex.Message}");
            return null;
        }
    }

    private static SemanticLabel[] ParseLabels(List<string> names, string key, RuleCompilation compilation) =>
        compilation.Names<SemanticLabel>(names, key, SemanticLabels.TryParse, name => $"unknown label '{name}'", "labels", SemanticLabels.All);

    private static bool IsAny(string value) => string.Equals(value, "any", StringComparison.OrdinalIgnoreCase);

    private static SpeakerRole? ParseRole(string value) =>
        Is(value, "seller") ? SpeakerRole.Seller : Is(value, "buyer") ? SpeakerRole.Buyer : Is(value, "other") ? SpeakerRole.Other : null;

    private static SentenceAct? ParseAct(string value) =>
        Is(value, "question") ? SentenceAct.Question : Is(value, "statement") ? SentenceAct.Statement : Is(value, "other") ? SentenceAct.Other :
        Is(value, "backchannel") ? SentenceAct.Backchannel : null;

    private static bool Is(string value, string name) => string.Equals(value, name, StringComparison.OrdinalIgnoreCase);
}
