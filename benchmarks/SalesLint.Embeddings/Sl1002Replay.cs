using System.Text.RegularExpressions;
using SalesLint.Model;
using SalesLint.RuleKinds;
using SalesLint.Rules;
using SalesLint.Understanding;

namespace SalesLint.Embeddings;

/// <summary>
/// A sentence's raw label probabilities (indexed like <see cref="SemanticLabels.Learned"/>) from some model: for the
/// sentence alone, or for the previous sentence of the turn and it together (<paramref name="previous"/> not null).
/// </summary>
/// <param name="previous">The previous sentence of the same turn, or <see langword="null"/>.</param>
/// <param name="sentence">The sentence.</param>
/// <returns>The probabilities.</returns>
internal delegate float[] RawLabels(Sentence? previous, Sentence sentence);

/// <summary>
/// Replays a precedence rule (SL1002) over a conversation with the labels from any model: the context of
/// <see cref="ConversationUnderstanding"/> (a goal, problem or need over two sentences of a turn; the discovery-answer
/// boost; <c>requested</c> for product talk answering a product or discovery question) applied to that model's raw
/// probabilities, then the rule's <c>match</c>/<c>until</c> selectors as the engine reads them. The core cannot take
/// another label source, so this mirrors it; <see cref="CompareCommand"/> checks the replay with the shipped model
/// agrees with the engine's own SL1002 conversation by conversation before trusting it with other labels. Built-in
/// rules only: no user product terms, so their context (catalogue titles) does not apply.
/// </summary>
internal sealed class Sl1002Replay
{
    private const int LookBackTurns = 3;

    private readonly PrecedenceRule rule;
    private readonly Regex? matchNotPattern;

    /// <summary>Reads the built-in rule.</summary>
    /// <param name="ruleId">The precedence rule's id.</param>
    public Sl1002Replay(string ruleId = "SL1002")
    {
        rule = RuleSet.LoadBuiltIn().Rules.OfType<PrecedenceRule>().Single(r => r.Id == ruleId);
        CheckSupported(rule.Match!);
        CheckSupported(rule.Until!);
        matchNotPattern = rule.Match!.NotPattern is { } p ? Pattern(p) : null;
    }

    /// <summary>Whether the rule fires at least once in the conversation under the given labels.</summary>
    /// <param name="conversation">The conversation (built by the engine's builder).</param>
    /// <param name="raw">The label source.</param>
    /// <returns><see langword="true"/> when a sentence is reported.</returns>
    public bool Fires(Conversation conversation, RawLabels raw)
    {
        if (rule.NotIn.Count > 0 || rule.OnlyIn.Count > 0)
        {
            var setting = ConversationSetting.Detect(conversation);
            if (rule.NotIn.Any(s => Is(setting, s)) || (rule.OnlyIn.Count > 0 && !rule.OnlyIn.Any(s => Is(setting, s))))
            {
                return false;
            }
        }

        var cache = new Dictionary<Sentence, float[]>();
        float[] Raw(Sentence s) => cache.TryGetValue(s, out var p) ? p : cache[s] = raw(null, s);
        foreach (var sentence in conversation.Sentences)
        {
            var labels = Labels(conversation, sentence, Raw, raw);
            if (Matches(rule.Until!, sentence, labels, null))
            {
                return false;
            }

            if (Matches(rule.Match!, sentence, labels, matchNotPattern))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The context-adjusted labels of a sentence, indexed by <see cref="SemanticLabel"/> (as ConversationUnderstanding.Compute).</summary>
    private static float[] Labels(Conversation conversation, Sentence sentence, Func<Sentence, float[]> raw, RawLabels pairs)
    {
        var p = raw(sentence);
        var result = new float[SemanticLabels.Count];
        for (var i = 0; i < SemanticLabels.Learned.Count; i++)
        {
            result[(int)SemanticLabels.Learned[i]] = p[i];
        }

        SemanticLabel[] situation = [SemanticLabel.Goal, SemanticLabel.Problem, SemanticLabel.Need];
        if (sentence.Index > 0)
        {
            var pair = pairs(sentence.Turn.Sentences[sentence.Index - 1], sentence);
            foreach (var label in situation)
            {
                result[(int)label] = Math.Max(result[(int)label], pair[LabelScoring.IndexOf(label)]);
            }
        }

        if (Answered(conversation, sentence) is { } asked)
        {
            float discovery = 0, product = 0;
            foreach (var question in asked.Sentences)
            {
                var q = raw(question);
                discovery = Math.Max(discovery, q[LabelScoring.IndexOf(SemanticLabel.Discovery)]);
                var request = question.Act == SentenceAct.Question
                    || (q[LabelScoring.IndexOf(SemanticLabel.Product)] >= SentenceLabels.DefaultMinConfidence && q[LabelScoring.IndexOf(SemanticLabel.Need)] >= SentenceLabels.DefaultMinConfidence);
                if (request)
                {
                    product = Math.Max(product, q[LabelScoring.IndexOf(SemanticLabel.Product)]);
                }

                if (question.Act == SentenceAct.Question)
                {
                    product = Math.Max(product, q[LabelScoring.IndexOf(SemanticLabel.Discovery)]);
                }
            }

            if (discovery >= SentenceLabels.DefaultMinConfidence && sentence.Act != SentenceAct.Question)
            {
                foreach (var label in situation)
                {
                    result[(int)label] = Boost(result[(int)label], ConversationUnderstanding.DiscoveryAnswerBoost);
                }
            }

            if (product >= SentenceLabels.DefaultMinConfidence)
            {
                result[(int)SemanticLabel.Requested] = Math.Min(result[(int)SemanticLabel.Product], product);
            }
        }

        return result;
    }

    private static Turn? Answered(Conversation conversation, Sentence sentence)
    {
        var speaker = sentence.Turn.Speaker.Id;
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - LookBackTurns; t--)
        {
            var turn = conversation.Turns[t];
            if (turn.Speaker.Id == speaker || (turn.WordCount <= 2 && !turn.Text.Contains('?', StringComparison.Ordinal)))
            {
                continue;
            }

            return turn;
        }

        return null;
    }

    private static float Boost(float probability, float logOdds)
    {
        var p = Math.Clamp(probability, 1e-6f, 1 - 1e-6f);
        return 1f / (1f + MathF.Exp(-(MathF.Log(p / (1 - p)) + logOdds)));
    }

    private static bool Matches(SentenceSelector selector, Sentence sentence, float[] labels, Regex? notPattern)
    {
        if (selector.Speaker != "any" && !string.Equals(selector.Speaker, sentence.Role.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (selector.MinWords > 0 && sentence.WordCount < selector.MinWords)
        {
            return false;
        }

        if (notPattern is not null && notPattern.IsMatch(sentence.Text))
        {
            return false;
        }

        bool Has(string name) => SemanticLabels.TryParse(name, out var label) ? labels[(int)label] >= selector.MinConfidence : throw new InvalidOperationException($"unknown label '{name}'");
        if (selector.Labels.Count > 0 && !selector.Labels.Any(Has))
        {
            return false;
        }

        if (selector.NotLabels.Any(Has))
        {
            return false;
        }

        return selector.AnyOf.Count == 0 || selector.AnyOf.Any(a => Matches(a, sentence, labels, a.NotPattern is { } p ? Pattern(p) : null));
    }

    private static bool Is(ConversationSetting setting, string name) => name switch
    {
        "investor-call" => setting.InvestorCall,
        "business-sale" => setting.BusinessSale,
        _ => throw new InvalidOperationException($"the replay does not know the setting '{name}'"),
    };

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The replay reads speaker, labels, notLabels, notPattern, minWords and anyOf; a rule using more is refused.</summary>
    private static void CheckSupported(SentenceSelector selector)
    {
        if (selector.Act != "any" || selector.Features.Count > 0 || selector.Pattern is not null)
        {
            throw new InvalidOperationException("the SL1002 replay reads speaker, labels, notLabels, notPattern, minWords and anyOf; the rule now uses more: extend Sl1002Replay");
        }

        foreach (var alternative in selector.AnyOf)
        {
            CheckSupported(alternative);
        }
    }
}
