using SalesLint.Model;

namespace SalesLint.Metrics;

/// <summary>One participant's metrics (names in <see cref="SpeakerMetricNames"/>). Immutable; serializes to JSON.</summary>
public sealed record SpeakerMetrics
{
    /// <summary>The participant's ID.</summary>
    public required string SpeakerId { get; init; }

    /// <summary>The participant's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The participant's role.</summary>
    public required SpeakerRole Role { get; init; }

    /// <summary>Metric values by name, in name order; timing metrics are absent without timestamps.</summary>
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }
}

/// <summary>A conversation's metrics: conversation and side metrics by name, and per-participant metrics.</summary>
/// <param name="Conversation">Conversation and side metrics (see <see cref="MetricCatalog.All"/>).</param>
/// <param name="Speakers">Per-participant metrics, in participant order (participants without turns included).</param>
public sealed record ConversationMetrics(IReadOnlyDictionary<string, double> Conversation, IReadOnlyList<SpeakerMetrics> Speakers);
