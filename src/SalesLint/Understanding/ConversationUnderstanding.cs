using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// The sentence-understanding layer for one conversation: the label model's probabilities for each sentence,
/// adjusted by context. Sentences are labelled on first use (rules that never ask cost nothing) and the result is
/// cached; safe to use from several threads.
/// </summary>
/// <remarks>
/// Context, on top of the model:
/// <list type="bullet">
/// <item>A statement answering the other side's discovery question (the closest earlier turn by another speaker,
/// skipping backchannels, has a sentence labelled <c>discovery</c>) is more likely a goal, problem or need: their
/// log-odds get <see cref="DiscoveryAnswerBoost"/>.</item>
/// <item>Product talk answering the other side's question about the product, the price or the speaker (that turn has
/// a question labelled <c>product</c> or <c>discovery</c>, e.g. "What charity are you involved in?") is also labelled
/// <c>requested</c>, with the lower of the two confidences:
/// product talk the buyer asked for is not premature.</item>
/// <item>A sentence naming one of the user's own product terms (a <c>product</c> lexicon match that the built-in
/// product lexicon does not have, e.g. a product name or a catalogue title added in the configuration) is product
/// talk with at least <see cref="UserProductTermConfidence"/>: the built-in generic words ("features", "price") are
/// left to the model, which knows "the film features The Rock" is not product talk. A user term counts only when it is
/// the speaker's own: a term the other side named earlier ("have you seen Hereditary?" → "yes, Hereditary is
/// terrifying") is an answer about what they brought up, and is left to the model. A one-word user term that is also
/// an everyday function word ("It", "Up", "Us", "Her": catalogue titles) counts only when written as a name (capitalized
/// after the sentence's first word) or followed by a year in parentheses ("Up (2009)"), so "what's up" is not a title.</item>
/// <item>An answer to a discovery question naming one of the user's product terms tells a taste ("What's a movie you
/// loved recently?" → "Knives Out, it was so clever"): it is a need with at least <see cref="UserProductTermConfidence"/>.</item>
/// <item>A question (or a request labelled product and need, such as "recommend me something scary") naming one of
/// the user's product terms is a question about the product too: the answer to it is <c>requested</c>.</item>
/// <item>So is a request for information said as a statement ("I'd like more information", "I would like to know
/// more about the charity", "tell me more"): with <see cref="InformationRequestConfidence"/>. Permission to pitch
/// ("Sure, go ahead" to "I'll walk you through what we do") is no request: the pitch after it is still premature.</item>
/// <item>A request for the price said as a statement ("I just want the price first", "I'm calling to get a quote")
/// asks about the product too, but only an answer that names a figure answers it: a feature list instead of the price
/// ("Pricing really depends … DentaFlow is the fastest-growing platform …") is not <c>requested</c>.</item>
/// </list>
/// </remarks>
public sealed partial class ConversationUnderstanding
{
    /// <summary>Added to the log-odds of goal, problem and need for a statement answering a discovery question.</summary>
    public const float DiscoveryAnswerBoost = 1.0f;

    /// <summary>The product confidence of a sentence naming a product term the user added.</summary>
    public const float UserProductTermConfidence = 0.9f;

    /// <summary>How sure a request for information said as a statement ("tell me more", "I'd like more information") asks about the product.</summary>
    public const float InformationRequestConfidence = 0.9f;

    private const string ProductLexicon = "product";

    /// <summary>How many turns back the layer looks for the question a turn answers.</summary>
    private const int LookBackTurns = 3;

    private readonly Conversation conversation;
    private readonly LabelModel model;
    private readonly float[]?[] raw;
    private readonly SentenceLabels?[] labels;
    private readonly Sentence[] sentences;
    private ConversationSetting? setting;

    /// <summary>Creates the layer for a conversation.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="model">The label model (usually <see cref="LabelModel.Default"/>).</param>
    public ConversationUnderstanding(Conversation conversation, LabelModel model)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(model);
        this.conversation = conversation;
        this.model = model;
        sentences = [.. conversation.Sentences];
        raw = new float[]?[sentences.Length];
        labels = new SentenceLabels?[sentences.Length];
    }

    /// <summary>What kind of conversation this is (a business sale, an investor call), read on first use.</summary>
    public ConversationSetting Setting => LazyInitializer.EnsureInitialized(ref setting, () => ConversationSetting.Detect(conversation));

    /// <summary>The labels of a sentence of this conversation.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>Its labels.</returns>
    public SentenceLabels For(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var index = sentence.GlobalIndex;
        if (index < 0 || index >= sentences.Length || !ReferenceEquals(sentences[index], sentence))
        {
            throw new ArgumentException("the sentence is not part of this conversation", nameof(sentence));
        }

        var known = Volatile.Read(ref labels[index]);
        if (known is not null)
        {
            return known;
        }

        var computed = Compute(sentence);
        return Interlocked.CompareExchange(ref labels[index], computed, null) ?? computed;
    }

    private SentenceLabels Compute(Sentence sentence)
    {
        var p = Raw(sentence);
        var result = new float[SemanticLabels.Count];
        for (var i = 0; i < model.Labels.Count; i++)
        {
            result[(int)model.Labels[i]] = p[i];
        }

        if (sentence.Index > 0)
        {
            // A thought spread over two sentences ("Our deal cycle used to be 45 days. Now it's pushing 60."):
            // score the pair too, for the labels that describe the speaker's situation.
            var previous = sentence.Turn.SentenceArray[sentence.Index - 1];
            var tokens = sentence.Turn.Tokens.Slice(previous.FirstToken, sentence.FirstToken + sentence.TokenCount - previous.FirstToken);
            var pair = new float[model.Labels.Count];
            model.Probabilities(sentence.Turn.Text, tokens, [.. previous.FeatureArray, .. sentence.FeatureArray], pair);
            foreach (var label in (ReadOnlySpan<SemanticLabel>)[SemanticLabel.Goal, SemanticLabel.Problem, SemanticLabel.Need])
            {
                var at = IndexOf(label);
                if (at >= 0)
                {
                    result[(int)label] = Math.Max(result[(int)label], pair[at]);
                }
            }
        }

        if (HasUserProductTerm(sentence))
        {
            result[(int)SemanticLabel.Product] = Math.Max(result[(int)SemanticLabel.Product], UserProductTermConfidence);
        }

        if (Answered(sentence) is { } asked)
        {
            var (discovery, productQuestion, priceOnly) = QuestionsIn(asked);
            if (discovery >= SentenceLabels.DefaultMinConfidence && sentence.Act != SentenceAct.Question)
            {
                foreach (var label in (ReadOnlySpan<SemanticLabel>)[SemanticLabel.Goal, SemanticLabel.Problem, SemanticLabel.Need])
                {
                    result[(int)label] = Boost(result[(int)label], DiscoveryAnswerBoost);
                }

                if (HasUserProductTerm(sentence, ownOnly: false))
                {
                    // "What's a movie you loved recently?" → "Knives Out, it was so clever": naming one of the
                    // catalogue's items when asked about oneself tells a taste.
                    result[(int)SemanticLabel.Need] = Math.Max(result[(int)SemanticLabel.Need], UserProductTermConfidence);
                }
            }

            if (productQuestion >= SentenceLabels.DefaultMinConfidence && (!priceOnly || GivesFigure().IsMatch(sentence.Turn.Text)))
            {
                result[(int)SemanticLabel.Requested] = Math.Min(result[(int)SemanticLabel.Product], productQuestion);
            }
        }

        return new SentenceLabels(result);
    }

    /// <summary>
    /// Whether a product match of the sentence is a term the built-in product lexicon does not have, written as a
    /// name (see <see cref="UserProductTerms.LooksLikeName"/>) and not named earlier by another speaker.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="ownOnly">Whether a term another speaker named earlier is left out.</param>
    private bool HasUserProductTerm(Sentence sentence, bool ownOnly = true)
    {
        FeatureMatch[]? builtIn = null;
        foreach (var match in sentence.FeatureArray)
        {
            if (!string.Equals(match.Feature, ProductLexicon, StringComparison.Ordinal))
            {
                continue;
            }

            builtIn ??= BuiltInProductLexicon.Detector?.Detect(sentence.Turn.Text, sentence.Span, sentence.Tokens) ?? [];
            if (!Array.Exists(builtIn, b => b.Span.Start <= match.Span.Start && b.Span.End >= match.Span.End)
                && UserProductTerms.LooksLikeName(sentence, match.Span)
                && !(ownOnly && NamedEarlierByOthers(sentence, match.Span)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another speaker's earlier sentence has a product match with the same words as <paramref name="span"/>.</summary>
    private bool NamedEarlierByOthers(Sentence sentence, TextSpan span)
    {
        var term = sentence.Turn.Text.AsSpan(span.Start, span.Length);
        var speaker = sentence.Turn.Speaker.Id;
        for (var i = sentence.GlobalIndex - 1; i >= 0; i--)
        {
            var earlier = sentences[i];
            if (string.Equals(earlier.Turn.Speaker.Id, speaker, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var match in earlier.FeatureArray)
            {
                if (string.Equals(match.Feature, ProductLexicon, StringComparison.Ordinal)
                    && term.Equals(earlier.Turn.Text.AsSpan(match.Span.Start, match.Span.Length), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The closest earlier turn by another speaker that is more than a backchannel, within a few turns.</summary>
    private Turn? Answered(Sentence sentence)
    {
        var turns = conversation.Turns;
        var speaker = sentence.Turn.Speaker.Id;
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - LookBackTurns; t--)
        {
            var turn = turns[t];
            if (string.Equals(turn.Speaker.Id, speaker, StringComparison.Ordinal))
            {
                continue;
            }

            if (turn.WordCount <= 2 && !turn.Text.Contains('?', StringComparison.Ordinal))
            {
                continue;
            }

            return turn;
        }

        return null;
    }

    /// <summary>
    /// The highest discovery confidence of the turn's sentences, and of its questions about the product or the speaker;
    /// and whether the only request about the product was for the price in words the model does not read as product
    /// talk ("I just want the price first"), which only an answer naming a figure answers.
    /// </summary>
    private (float Discovery, float ProductQuestion, bool PriceOnly) QuestionsIn(Turn turn)
    {
        float discovery = 0, product = 0, priceRequest = 0;
        var discoveryAt = IndexOf(SemanticLabel.Discovery);
        var productAt = IndexOf(SemanticLabel.Product);
        foreach (var sentence in turn.SentenceArray)
        {
            var p = Raw(sentence);
            if (discoveryAt >= 0)
            {
                discovery = Math.Max(discovery, p[discoveryAt]);
            }

            var needAt = IndexOf(SemanticLabel.Need);
            var request = sentence.Act == SentenceAct.Question
                || (productAt >= 0 && needAt >= 0 && p[productAt] >= SentenceLabels.DefaultMinConfidence && p[needAt] >= SentenceLabels.DefaultMinConfidence);
            if (productAt >= 0 && request)
            {
                product = Math.Max(product, p[productAt]);
                if (HasUserProductTerm(sentence, ownOnly: false))
                {
                    // "have you seen Hereditary?": a question about one of the user's products.
                    product = Math.Max(product, UserProductTermConfidence);
                }
            }

            if (sentence.Act != SentenceAct.Question && product < InformationRequestConfidence && InformationRequest().IsMatch(sentence.Text))
            {
                // "I'd like more information", "tell me more": the other side asked to hear about the product.
                product = InformationRequestConfidence;
            }
            else if (PriceRequest().IsMatch(sentence.Text))
            {
                // "I just want the price first", "I'm calling to get a quote", "I'd like to know what it costs" (said
                // as a statement or read as an embedded question): the other side asked for the price.
                priceRequest = InformationRequestConfidence;
            }

            if (sentence.Act == SentenceAct.Question)
            {
                // "What charity are you involved in?" asks about the speaker, not the product, but the answer naming
                // the product is still talk the other side asked for.
                product = Math.Max(product, discoveryAt >= 0 ? p[discoveryAt] : 0);
            }
        }

        return product >= SentenceLabels.DefaultMinConfidence ? (discovery, product, false) : (discovery, Math.Max(product, priceRequest), priceRequest > 0);
    }

    private int IndexOf(SemanticLabel label)
    {
        for (var i = 0; i < model.Labels.Count; i++)
        {
            if (model.Labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }

    private float[] Raw(Sentence sentence)
    {
        var index = sentence.GlobalIndex;
        var known = Volatile.Read(ref raw[index]);
        if (known is not null)
        {
            return known;
        }

        var p = new float[model.Labels.Count];
        model.Probabilities(sentence.Turn.Text, sentence.Tokens, sentence.FeatureArray, p);
        return Interlocked.CompareExchange(ref raw[index], p, null) ?? p;
    }

    [GeneratedRegex(
        @"\b(?:tell me more|(?:i'?d|i would) (?:like|love|want) (?:to (?:know|hear|learn) )?more\b|(?:i'?d|i would) (?:like|love) (?:some |more )?info|more info(?:rmation)? please)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InformationRequest();

    [GeneratedRegex(
        @"\b(?:i|we)(?:'d| would)? (?:just |really |only |first )?(?:want|need|wanted|needed|like|was hoping|were hoping|am looking|'m looking|are looking|'re looking)(?: to (?:know|get|see|hear|find out|ask about))?(?: for| about)?(?: (?:the|your|a|some|rough|ballpark|basic|straight))* (?:price|prices|pricing|cost|costs|quote|quotes|rates?|ballpark)\b"
        + @"|\b(?:calling|called|reaching out|here|writing) (?:about|for|to get|to ask about) (?:a |some |your |the )?(?:quote|pricing|price|prices|rates)\b"
        + @"|\b(?:know|tell me|ask|see) (?:what|how much) (?:it|this|that|you|they|the \w+) (?:costs?|charges?|would cost|will cost|runs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceRequest();

    /// <summary>A figure in an answer: an amount with a currency, a percentage or a number word ("three hundred ninety-nine a month").</summary>
    [GeneratedRegex(
        @"[$€£]\s?\d|\b\d[\d,.]*\s?(?:k|%|percent|dollars?|euros?|pounds?|bucks|grand|a month|per month|a year|per year)\b|\b(?:hundred|thousand|million|grand|dollars?|euros?|pounds?|bucks)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivesFigure();

    private static float Boost(float probability, float logOdds)
    {
        var p = Math.Clamp(probability, 1e-6f, 1 - 1e-6f);
        var z = MathF.Log(p / (1 - p)) + logOdds;
        return 1f / (1f + MathF.Exp(-z));
    }
}
