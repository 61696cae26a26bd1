using SalesLint.Diagnostics;
using SalesLint.Scoring;

namespace SalesLint.Engine;

/// <summary>The outcome of analyzing one conversation. Immutable; serializes to JSON.</summary>
public sealed record AnalysisResult
{
    /// <summary>The conversation ID.</summary>
    public required string ConversationId { get; init; }

    /// <summary>The file the conversation came from, when known.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The score.</summary>
    public required ConversationScore Score { get; init; }

    /// <summary>Metric values by name (see <see cref="Metrics.MetricCatalog"/>).</summary>
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }

    /// <summary>Per-participant metrics in participant order (names in <see cref="Metrics.SpeakerMetricNames"/>). Default: empty.</summary>
    public IReadOnlyList<Metrics.SpeakerMetrics> Speakers { get; init; } = [];

    /// <summary>Findings ordered by turn, sentence, position and rule ID; conversation-wide findings first.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>
    /// How long tokenizing and analyzing the transcript took (set by <see cref="SalesLintEngine.Analyze(Model.Transcript, CancellationToken)"/>;
    /// zero for a conversation analyzed after tokenizing it elsewhere). Not serialized, so reports stay identical from run to run.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TimeSpan Elapsed { get; init; }

    /// <summary>The most serious severity among the findings, or <see cref="DiagnosticSeverity.None"/>.</summary>
    public DiagnosticSeverity MaxSeverity => Diagnostics.Count == 0 ? DiagnosticSeverity.None : Diagnostics.Max(d => d.Severity);
}
