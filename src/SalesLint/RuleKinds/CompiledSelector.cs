using SalesLint.Acts;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Understanding;

namespace SalesLint.RuleKinds;

/// <summary>
/// A <see cref="SentenceSelector"/> compiled once by the loader: role and act parsed, lexicon names resolved, labels
/// parsed, patterns built. Immutable and thread-safe; checked for every sentence, so matching does not allocate.
/// </summary>
internal sealed class CompiledSelector
{
    private readonly SentenceAct? act;
    private readonly int minWords;
    private readonly string[] features;
    private readonly LinearPattern? pattern;
    private readonly LinearPattern? notPattern;
    private readonly SemanticLabel[] labels;
    private readonly SemanticLabel[] notLabels;
    private readonly double minConfidence;

    internal CompiledSelector(
        SpeakerRole? role,
        SentenceAct? act,
        int minWords,
        string[] features,
        LinearPattern? pattern,
        LinearPattern? notPattern,
        SemanticLabel[] labels,
        SemanticLabel[] notLabels,
        double minConfidence)
    {
        Role = role;
        this.act = act;
        this.minWords = minWords;
        this.features = features;
        this.pattern = pattern;
        this.notPattern = notPattern;
        this.labels = labels;
        this.notLabels = notLabels;
        this.minConfidence = minConfidence;
    }

    /// <summary>The role filter, or <see langword="null"/> for any.</summary>
    public SpeakerRole? Role { get; }

    /// <summary>The rules' reason the act decision must rest on (see <see cref="RuleDecisions.RestsOn"/>), or <see langword="null"/>.</summary>
    public string? ActReason { get; init; }

    /// <summary>Whether the sentence must put its speaker's own number on the negotiation ledger (<c>offers</c>).</summary>
    public bool Offers { get; init; }

    /// <summary>Alternatives, at least one of which must match too (<c>anyOf</c>); empty for none.</summary>
    public CompiledSelector[] AnyOf { get; init; } = [];

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
        match = sentence.Span;
        matchText = string.Empty;
        if (Role is { } role && sentence.Role != role)
        {
            return false;
        }

        if (act is { } wantedAct && sentence.Act != wantedAct)
        {
            return false;
        }

        if (ActReason is { } reason && !RuleDecisions.RestsOn(sentence.ActDecision, reason))
        {
            return false;
        }

        if (minWords > 0 && sentence.WordCount < minWords)
        {
            return false;
        }

        if (Offers && !PutsOwnNumber(sentence))
        {
            return false;
        }

        if (features.Length > 0 && !FindFeature(sentence, ref match, ref matchText))
        {
            return false;
        }

        if (pattern is not null)
        {
            var m = pattern.Match(sentence.Turn.Text, sentence.Span.Start, sentence.Span.Length);
            if (!m.Success)
            {
                return false;
            }

            if (features.Length == 0)
            {
                match = new TextSpan(m.Index, m.Length);
                matchText = m.Value;
            }
        }

        // A notPattern without a required-words screen runs its regex on every sentence it is asked about, which costs
        // more than asking for a label (the model's probability, or the sentence labelled once for every rule): it goes
        // after the labels, so it runs only on the few sentences that have them. Same answer in either order.
        var hasLabels = labels.Length > 0 || notLabels.Length > 0;
        var notPatternLast = notPattern is not null && hasLabels && !notPattern.IsScreened;
        if (notPattern is not null && !notPatternLast && NotPatternMatches(sentence))
        {
            return false;
        }

        // Last: the understanding layer labels a sentence on first use, so cheaper conditions go first.
        if (hasLabels && !MatchLabels(sentence, ref match, ref matchText))
        {
            return false;
        }

        if (notPatternLast && NotPatternMatches(sentence))
        {
            return false;
        }

        if (AnyOf.Length > 0 && !MatchesAlternative(sentence, ref match, ref matchText))
        {
            return false;
        }

        if (matchText.Length == 0)
        {
            matchText = sentence.Text;
        }

        return true;
    }

    private bool NotPatternMatches(Sentence sentence) => notPattern!.IsMatch(sentence.Turn.Text.AsSpan(sentence.Span.Start, sentence.Span.Length));

    /// <summary>Whether the ledger holds an offer or an acceptance of the sentence's speaker, said in it, as its own position.</summary>
    private static bool PutsOwnNumber(Sentence sentence)
    {
        if (sentence.Turn.Conversation is not { } conversation)
        {
            return false;
        }

        foreach (var position in conversation.Ledger.Positions)
        {
            if (position.Turn == sentence.Turn.Index
                && position.Sentence == sentence.Index
                && position.Kind is PositionKind.Offer or PositionKind.Acceptance
                && position.Party == sentence.Role
                && position.Speaker == sentence.Role)
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesAlternative(Sentence sentence, ref TextSpan match, ref string matchText)
    {
        foreach (var alternative in AnyOf)
        {
            if (alternative.Matches(sentence, out var span, out var text))
            {
                if (matchText.Length == 0)
                {
                    (match, matchText) = (span, text);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The first of the sentence's features that is one of the selector's lexicons.</summary>
    private bool FindFeature(Sentence sentence, ref TextSpan match, ref string matchText)
    {
        foreach (var feature in sentence.FeatureArray)
        {
            if (IsSelectedLexicon(feature.Feature))
            {
                match = feature.Span;
                matchText = feature.Text;
                return true;
            }
        }

        return false;
    }

    private bool IsSelectedLexicon(string name)
    {
        foreach (var selected in features)
        {
            if (string.Equals(selected, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence has one of the selected labels and none of the excluded ones, asked label by label of the
    /// understanding layer (<see cref="ConversationUnderstanding.Has"/>): a label the sentence cannot have, or one the
    /// model alone gives, is answered without labelling the sentence in its context, so a selector for an accepted
    /// offer or a next step, checked on every sentence of a long call, labels few of them.
    /// </summary>
    private bool MatchLabels(Sentence sentence, ref TextSpan match, ref string matchText)
    {
        var understanding = (sentence.Turn.Conversation ?? throw new InvalidOperationException("the sentence is not part of a conversation")).Understanding;
        if (labels.Length > 0 && !HasAny(understanding, sentence, labels))
        {
            return false;
        }

        if (HasAny(understanding, sentence, notLabels))
        {
            return false;
        }

        if (matchText.Length == 0)
        {
            // Point at the words of a lexicon named like a label the sentence has ("product": 'Pipeline Radar').
            foreach (var feature in sentence.FeatureArray)
            {
                foreach (var label in labels)
                {
                    if (string.Equals(SemanticLabels.Name(label), feature.Feature, StringComparison.Ordinal) && understanding.Has(sentence, label, minConfidence))
                    {
                        match = feature.Span;
                        matchText = feature.Text;
                        return true;
                    }
                }
            }
        }

        return true;
    }

    private bool HasAny(ConversationUnderstanding understanding, Sentence sentence, SemanticLabel[] wanted)
    {
        foreach (var label in wanted)
        {
            if (understanding.Has(sentence, label, minConfidence))
            {
                return true;
            }
        }

        return false;
    }
}
