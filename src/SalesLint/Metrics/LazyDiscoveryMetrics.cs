using System.Collections;
using System.Diagnostics.CodeAnalysis;
using SalesLint.Model;

namespace SalesLint.Metrics;

/// <summary>
/// A conversation's metrics with the <see cref="DiscoveryMetrics"/> read on first use: they label the buyer's sentences
/// and the seller's statements, so the engine reads them only when a rule asks (SL1001 only when its ratio is already
/// below its minimum) or the metrics are listed. One instance per conversation; not thread-safe.
/// </summary>
internal sealed class LazyDiscoveryMetrics(IReadOnlyDictionary<string, double> metrics, Conversation conversation) : IReadOnlyDictionary<string, double>
{
    private static readonly string[] Names =
        [MetricCatalog.SellerDecisionTurn, MetricCatalog.SellerUnaskedQuestionRatio, MetricCatalog.BuyerUnexploredObjections, MetricCatalog.SellerUnaskedTalkShare, MetricCatalog.SellerUnaskedWords, MetricCatalog.BuyerDrove, MetricCatalog.BuyerNeedsFirst];

    private SortedDictionary<string, double>? all;

    /// <inheritdoc/>
    public int Count => All().Count;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => All().Keys;

    /// <inheritdoc/>
    public IEnumerable<double> Values => All().Values;

    /// <inheritdoc/>
    public double this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => Array.IndexOf(Names, key) >= 0 || metrics.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value) =>
        Array.IndexOf(Names, key) >= 0 ? All().TryGetValue(key, out value) : metrics.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => All().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every metric, the discovery metrics read.</summary>
    private SortedDictionary<string, double> All() => all ??= DiscoveryMetrics.With(metrics, conversation);
}
