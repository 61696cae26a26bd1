using SalesLint.Model;

namespace SalesLint.RuleKinds;

/// <summary>
/// A wider bound for a <see cref="MetricRule"/> on conversations that show the opposite of what the rule coaches:
/// when every signal in <see cref="When"/> is met, the metric is judged against <see cref="Min"/> and <see cref="Max"/>
/// instead of the rule's own bounds (SL3001: a seller who asked, heard the buyer out and played it back may talk up to
/// 75% while answering what the buyer asked).
/// </summary>
public sealed record MetricRelaxation
{
    /// <summary>The lowest acceptable value when relaxed; the rule's own <c>min</c> when absent.</summary>
    public double? Min { get; init; }

    /// <summary>The highest acceptable value when relaxed; the rule's own <c>max</c> when absent.</summary>
    public double? Max { get; init; }

    /// <summary>Signals that must all be reached for the wider bound to apply.</summary>
    public List<RelaxationSignal> When { get; init; } = [];

    /// <summary>
    /// Another set of signals: the wider bound also applies when every one of these is reached (another way a
    /// conversation shows the opposite behaviour). Default: none.
    /// </summary>
    public List<RelaxationSignal> OrWhen { get; init; } = [];
}

/// <summary>
/// A count of sentences a selector picks, which must reach <see cref="AtLeast"/>; or a conversation metric, which must
/// lie within <see cref="Min"/> and <see cref="Max"/> (one of <see cref="Select"/> and <see cref="Metric"/>).
/// </summary>
public sealed record RelaxationSignal
{
    /// <summary>The sentences to count.</summary>
    public SentenceSelector? Select { get; init; }

    /// <summary>A metric name (see <see cref="Metrics.MetricCatalog"/>) instead of a sentence count.</summary>
    public string? Metric { get; init; }

    /// <summary>The lowest value of <see cref="Metric"/> that reaches the signal; none when absent.</summary>
    public double? Min { get; init; }

    /// <summary>The highest value of <see cref="Metric"/> that reaches the signal; none when absent.</summary>
    public double? Max { get; init; }

    /// <summary>How many sentences it takes. Default: 1.</summary>
    public int AtLeast { get; init; } = 1;

    /// <summary>
    /// Whether only sentences answering the other side's question count: sentences of a turn that comes right after a
    /// turn of another speaker with a question in it. Default: no.
    /// </summary>
    public bool AnswersQuestion { get; init; }
}

/// <summary>A <see cref="RelaxationSignal"/> compiled: a sentence count, or a metric range when <see cref="Metric"/> is set.</summary>
internal sealed record CompiledRelaxationSignal(
    CompiledSelector? Select,
    int AtLeast,
    bool AnswersQuestion,
    string? Metric = null,
    double? Min = null,
    double? Max = null)
{
    /// <summary>
    /// Whether the conversation has at least <see cref="AtLeast"/> sentences the signal picks, or its metric lies
    /// within <see cref="Min"/> and <see cref="Max"/>.
    /// </summary>
    public bool Reached(Conversation conversation, IReadOnlyDictionary<string, double> metrics)
    {
        if (Metric is not null)
        {
            return metrics.TryGetValue(Metric, out var value) && !(value < Min) && !(value > Max);
        }

        var count = 0;
        var turns = conversation.Turns;
        for (var t = 0; t < turns.Count; t++)
        {
            var turn = turns[t];
            if (AnswersQuestion && !(t > 0 && turns[t - 1].Speaker.Id != turn.Speaker.Id && turns[t - 1].AsksQuestion))
            {
                continue;
            }

            foreach (var sentence in turn.Sentences)
            {
                if (Select!.Matches(sentence, out _, out _) && ++count >= AtLeast)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
