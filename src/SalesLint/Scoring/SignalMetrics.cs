using System.Collections;
using System.Diagnostics.CodeAnalysis;
using SalesLint.Model;
using SalesLint.RuleKinds;

namespace SalesLint.Scoring;

/// <summary>
/// A conversation's metrics with the scoring model's signals (<c>signal.NAME</c>) counted on first use: a signal only
/// a term's gate reads is never counted when the term's metric already rules the term out (a seller who asked five
/// questions needs no count of discovery answers). Counting a signal also counts the signal it answers
/// (<see cref="ScoreModel.Answering"/>). One instance per conversation; not thread-safe.
/// </summary>
internal sealed class SignalMetrics : IReadOnlyDictionary<string, double>
{
    private readonly IReadOnlyDictionary<string, double> metrics;
    private readonly IReadOnlyList<(string Name, CompiledSelector Selector)> selectors;
    private readonly IReadOnlyDictionary<string, string> answering;
    private readonly Conversation conversation;
    private readonly Dictionary<string, double> counted = new(StringComparer.Ordinal);

    /// <summary>Wraps the metrics of <paramref name="conversation"/>.</summary>
    /// <param name="metrics">The conversation's metrics.</param>
    /// <param name="selectors">The model's signals compiled, named <c>signal.NAME</c>.</param>
    /// <param name="answering">The model's <see cref="ScoreModel.Answering"/>.</param>
    /// <param name="conversation">The conversation.</param>
    public SignalMetrics(
        IReadOnlyDictionary<string, double> metrics, IReadOnlyList<(string Name, CompiledSelector Selector)> selectors, IReadOnlyDictionary<string, string> answering, Conversation conversation)
    {
        this.metrics = metrics;
        this.selectors = selectors;
        this.answering = answering;
        this.conversation = conversation;
    }

    /// <inheritdoc/>
    public int Count => metrics.Count + selectors.Count(s => !metrics.ContainsKey(s.Name));

    /// <inheritdoc/>
    public IEnumerable<string> Keys => All().Keys;

    /// <inheritdoc/>
    public IEnumerable<double> Values => All().Values;

    /// <inheritdoc/>
    public double this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0 || metrics.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        if (counted.TryGetValue(key, out value))
        {
            return true;
        }

        var index = IndexOf(key);
        if (index < 0)
        {
            return metrics.TryGetValue(key, out value);
        }

        var needed = new List<(string Name, CompiledSelector Selector)> { selectors[index] };
        if (answering.TryGetValue(key[ScoreModel.SignalPrefix.Length..], out var asked) && IndexOf(ScoreModel.SignalPrefix + asked) is var other and >= 0)
        {
            needed.Add(selectors[other]);
        }

        foreach (var (name, count) in Scorer.CountSignals(needed, answering, conversation))
        {
            counted[name] = count;
        }

        value = counted[key];
        return true;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => All().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < selectors.Count; i++)
        {
            if (string.Equals(selectors[i].Name, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every metric and every signal, all signals counted.</summary>
    private Dictionary<string, double> All()
    {
        var all = new Dictionary<string, double>(metrics, StringComparer.Ordinal);
        foreach (var (name, _) in selectors)
        {
            all[name] = this[name];
        }

        return all;
    }
}
