using SalesLint.Model;
using SalesLint.Understanding;

namespace SalesLint.Metrics;

/// <summary>
/// Discovery metrics read with the sentence-understanding layer: what the seller's talk was for, judged up to the
/// buyer's decision. A statement that answers the buyer's question is no telling; talk after the buyer accepted the
/// offer or pledged an amount is not judged; a buyer's objection the seller met without a question is left
/// unexplored.
/// </summary>
/// <remarks>
/// The metrics label only the sentences whose labels they need, and only where the label's bound leaves the answer open
/// (<see cref="ConversationUnderstanding.MayHave"/>): the cheap conditions are read first (a buyer objection counts
/// only when the seller's next turn asks nothing; a seller's need only when it speaks of its own side), and the buyer's
/// needs are read only until the first. Labelling reads the model and the context (several microseconds a sentence),
/// so a call the seller answers throughout, where every other condition is known without it, labels few sentences.
/// The walk is one pass over the turns, and gives the same figures as labelling every sentence.
/// </remarks>
public static class DiscoveryMetrics
{
    /// <summary>
    /// The most statements of a seller turn that count as the answer to the buyer's question in the turn just before
    /// it: more is the seller's own telling (an answer padded with pushes).
    /// </summary>
    public const int MaxAnswerStatements = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonWords =
        new HashSet<string>(["i", "i'm", "i'd", "i'll", "i've", "me", "my", "mine", "we", "we're", "we'd", "we'll", "we've", "us", "our", "ours"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A conversation's metrics with the discovery metrics added (see <see cref="AddTo(IDictionary{string, double}, Conversation)"/>).</summary>
    /// <param name="metrics">The conversation's other metrics.</param>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The metrics with the discovery metrics.</returns>
    public static ConversationMetrics AddTo(ConversationMetrics metrics, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(conversation);
        return metrics with { Conversation = With(metrics.Conversation, conversation) };
    }

    /// <summary>A sorted copy of <paramref name="metrics"/> with the discovery metrics added.</summary>
    /// <param name="metrics">The conversation's other metrics.</param>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The copy.</returns>
    internal static SortedDictionary<string, double> With(IReadOnlyDictionary<string, double> metrics, Conversation conversation)
    {
        var all = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in metrics)
        {
            all[name] = value;
        }

        AddTo(all, conversation);
        return all;
    }

    /// <summary>
    /// Adds <see cref="MetricCatalog.SellerUnaskedQuestionRatio"/>, <see cref="MetricCatalog.BuyerUnexploredObjections"/>,
    /// <see cref="MetricCatalog.SellerUnaskedTalkShare"/> and <see cref="MetricCatalog.SellerDecisionTurn"/>.
    /// </summary>
    /// <param name="metrics">The metrics to add to.</param>
    /// <param name="conversation">The conversation.</param>
    public static void AddTo(IDictionary<string, double> metrics, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(conversation);
        var turns = conversation.Turns;
        var decision = DecisionTurn(turns);
        int questions = 0, unasked = 0, unexplored = 0, ownWords = 0, buyerWords = 0;

        // Needs first: the buyer stated a need before the seller put an unasked demand or split of its own on the table
        // (without asking for the buyer's in the same turn). In a split negotiated over needs on the table, the seller's
        // own needs and reasons stated afterwards answer the buyer's and are no telling.
        bool buyerNeeds = false, sellerFirst = false, sellerNeedsAfter = false, split = false;
        int ownNeeds = 0, ownNeedWords = 0;
        for (var t = 0; t < decision; t++)
        {
            var turn = turns[t];
            if (turn.Role == SpeakerRole.Buyer)
            {
                buyerWords += turn.WordCount;
                if (NextSellerTurn(turns, t) is { } reply && !reply.AsksQuestion && HasLabel(turn, SemanticLabel.Objection))
                {
                    unexplored++;
                }

                if (!buyerNeeds && !sellerFirst)
                {
                    buyerNeeds = StatesNeed(turn);
                }
            }
            else if (turn.Role == SpeakerRole.Seller)
            {
                var asked = t > 0 && turns[t - 1].Role == SpeakerRole.Buyer && turns[t - 1].AsksQuestion;
                var answers = 0;
                foreach (var sentence in turn.Sentences)
                {
                    split = split || (buyerNeeds && ConversationUnderstanding.NamesSplit(sentence));
                    if (sentence.Act == SentenceAct.Question)
                    {
                        questions++;
                        ownWords += sentence.WordCount;
                    }
                    else if (sentence.Act == SentenceAct.Statement)
                    {
                        if (answers < MaxAnswerStatements && (asked || Has(sentence, SemanticLabel.Requested)))
                        {
                            answers++;
                            continue;
                        }

                        var demand = (FirstPerson(sentence) && IsNeed(sentence)) || ConversationUnderstanding.OffersGoods(sentence);
                        sellerFirst |= demand && !buyerNeeds && !turn.AsksQuestion;
                        if (demand && buyerNeeds)
                        {
                            sellerNeedsAfter = true;
                            ownNeeds++;
                            ownNeedWords += sentence.WordCount;
                            continue;
                        }

                        unasked++;
                        ownWords += sentence.WordCount;
                    }
                    else
                    {
                        ownWords += sentence.WordCount;
                    }
                }
            }
        }

        if (!split)
        {
            // No split of goods: a sale, whose seller's "needs" ("I'd like you to give") are its own telling.
            unasked += ownNeeds;
            ownWords += ownNeedWords;
        }

        metrics[MetricCatalog.SellerDecisionTurn] = decision;
        metrics[MetricCatalog.SellerUnaskedQuestionRatio] = Math.Round((double)questions / Math.Max(1, unasked), 4);
        metrics[MetricCatalog.BuyerUnexploredObjections] = unexplored;
        metrics[MetricCatalog.SellerUnaskedTalkShare] = ownWords + buyerWords == 0 ? 0 : Math.Round((double)ownWords / (ownWords + buyerWords), 4);
        metrics[MetricCatalog.BuyerNeedsFirst] = sellerNeedsAfter && split ? 1 : 0;
    }

    /// <summary>Whether a buyer turn states a need, a preference or a goal in a statement.</summary>
    private static bool StatesNeed(Turn turn)
    {
        foreach (var sentence in turn.Sentences)
        {
            if (sentence.Act == SentenceAct.Statement && IsNeed(sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence speaks of the speaker's own side ("I", "we", "our"): its own need, not a push ("the children need you").</summary>
    private static bool FirstPerson(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (FirstPersonWords.Contains(sentence.Turn.Slice(token.Span)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNeed(Sentence sentence) => Has(sentence, SemanticLabel.Need) || Has(sentence, SemanticLabel.Goal);

    /// <summary>Whether the sentence has the label, labelled only when its bound leaves the answer open.</summary>
    private static bool Has(Sentence sentence, SemanticLabel label) =>
        (sentence.Turn.Conversation ?? throw new InvalidOperationException("the sentence is not part of a conversation")).Understanding.Has(sentence, label);

    /// <summary>
    /// The index of the decision turn: the buyer's first statement that accepts the seller's offer, or that commits in a
    /// turn naming an amount of money ("I will give .20"), or the seller's first statement accepting the buyer's offer
    /// ("I think that could work." after the other side's split); the turn count when there is none.
    /// </summary>
    private static int DecisionTurn(IReadOnlyList<Turn> turns)
    {
        for (var t = 0; t < turns.Count; t++)
        {
            if (turns[t].Role == SpeakerRole.Seller)
            {
                foreach (var sentence in turns[t].Sentences)
                {
                    if (sentence.Act == SentenceAct.Statement && Has(sentence, SemanticLabel.AcceptsOffer))
                    {
                        return t; // the seller took the buyer's offer: a split or a price agreed
                    }
                }

                continue;
            }

            if (turns[t].Role != SpeakerRole.Buyer)
            {
                continue;
            }

            var amount = false;
            foreach (var sentence in turns[t].Sentences)
            {
                foreach (var entity in sentence.Entities)
                {
                    amount |= entity.Kind == EntityKind.Money;
                }
            }

            foreach (var sentence in turns[t].Sentences)
            {
                if (sentence.Act == SentenceAct.Statement
                    && (Has(sentence, SemanticLabel.AcceptsOffer) || (amount && Has(sentence, SemanticLabel.Commitment))))
                {
                    return t;
                }
            }
        }

        return turns.Count;
    }

    private static Turn? NextSellerTurn(IReadOnlyList<Turn> turns, int t)
    {
        for (var i = t + 1; i < turns.Count; i++)
        {
            if (turns[i].Role == SpeakerRole.Seller)
            {
                return turns[i];
            }
        }

        return null;
    }

    private static bool HasLabel(Turn turn, SemanticLabel label)
    {
        foreach (var sentence in turn.Sentences)
        {
            if (Has(sentence, label))
            {
                return true;
            }
        }

        return false;
    }
}
