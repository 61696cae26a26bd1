using SalesLint.Diagnostics;
using SalesLint.RuleKinds;

namespace SalesLint.Scoring;

/// <summary>
/// How a conversation's score is computed, declared in <c>rules/scoring.yaml</c>. Each category starts at 100;
/// findings and metric terms deduct points from their category; the overall score is the weighted mean of the
/// category scores.
/// </summary>
public sealed record ScoreModel
{
    /// <summary>Score categories in display order.</summary>
    public required IReadOnlyList<ScoreCategory> Categories { get; init; }

    /// <summary>Points a finding costs by severity (the shipped values are in <c>rules/scoring.yaml</c>).</summary>
    public required IReadOnlyDictionary<DiagnosticSeverity, double> SeverityPoints { get; init; }

    /// <summary>Points per finding for particular rules, overriding <see cref="SeverityPoints"/>.</summary>
    public IReadOnlyDictionary<string, double> RulePoints { get; init; } = new Dictionary<string, double>();

    /// <summary>Most points one rule can cost in one conversation (the shipped value is in <c>rules/scoring.yaml</c>).</summary>
    public required double MaxPointsPerRule { get; init; }

    /// <summary>Deductions computed from metrics.</summary>
    public IReadOnlyList<MetricScoreTerm> Metrics { get; init; } = [];

    /// <summary>
    /// Named sentence selectors whose counts the metric terms use like metrics, as <c>signal.NAME</c> ("the buyer
    /// never shared a goal": <c>signal.buyer_goals</c> at most 0).
    /// </summary>
    public IReadOnlyDictionary<string, SentenceSelector> Signals { get; init; } = new Dictionary<string, SentenceSelector>();

    /// <summary>
    /// Signals that count only answers: for a signal named as a key, a sentence counts only when its turn answers a
    /// turn of another speaker in which the signal named as the value picks a sentence ("the buyer shared a goal in
    /// answer to a seller question": <c>discovery_answers: seller_questions</c>). Names are written without
    /// <see cref="SignalPrefix"/>. Default: none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Answering { get; init; } = new Dictionary<string, string>();

    /// <summary>The prefix of a signal's name where metric terms use it.</summary>
    public const string SignalPrefix = "signal.";

    /// <summary>The file the model was loaded from, when known.</summary>
    public string? SourcePath { get; init; }
}

/// <summary>A score category.</summary>
/// <param name="Id">Identifier used by rules (<c>category:</c>).</param>
/// <param name="Title">Display title.</param>
/// <param name="Weight">Relative weight in the overall score.</param>
public sealed record ScoreCategory(string Id, string Title, double Weight);

/// <summary>
/// A deduction from a metric: nothing at or beyond <see cref="Good"/>, all <see cref="Points"/> at or beyond
/// <see cref="Bad"/>, linear in between. <see cref="Good"/> may be above or below <see cref="Bad"/>.
/// </summary>
/// <param name="Metric">Metric name.</param>
/// <param name="Category">Category the points come off.</param>
/// <param name="Good">Value with no deduction.</param>
/// <param name="Bad">Value with the full deduction.</param>
/// <param name="Points">The full deduction.</param>
/// <param name="OnlyIf">Metric minimums that must be reached for the term to apply.</param>
public sealed record MetricScoreTerm(string Metric, string Category, double Good, double Bad, double Points, IReadOnlyDictionary<string, double> OnlyIf)
{
    /// <summary>Metric maximums that must all hold (present and at most the value) for the term to apply. Default: none.</summary>
    public IReadOnlyDictionary<string, double> AtMost { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// What the deduction means, for <c>score --explain</c>; <c>{value}</c> stands for the metric's value and
    /// <c>{METRIC}</c> for any other metric of the conversation (<c>{seller.opening_price:n}</c>; <c>:%</c> for a share). Optional.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>
    /// When set and the term applies (its metric is present and its gates hold, whether or not it deducts), the
    /// findings in its category together cost at most this many points, each scaled down alike: the metric measures
    /// the outcome, and rules that read the same moves only add to it a little. Default: no cap.
    /// </summary>
    public double? FindingsCap { get; init; }
}
