using SalesLint.Acts;
using SalesLint.Diagnostics;

namespace SalesLint.Engine;

/// <summary>Options of a <see cref="SalesLintEngine"/>. Immutable; every property has a documented default.</summary>
public sealed record EngineOptions
{
    /// <summary>The defaults: every enabled rule at its own severity, findings of every severity reported.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>Severity per rule ID, overriding the rule's level; <see cref="DiagnosticSeverity.None"/> turns a rule off. Default: none.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> RuleSeverities { get; init; } = new Dictionary<string, DiagnosticSeverity>();

    /// <summary>Severity per category, applied to rules without a per-rule setting. Default: none.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> CategorySeverities { get; init; } = new Dictionary<string, DiagnosticSeverity>();

    /// <summary>
    /// Findings below this severity are not reported (<see cref="AnalysisResult.Diagnostics"/>); they still count in the
    /// score, which is always computed on every configured rule. Default: <see cref="DiagnosticSeverity.Suggestion"/>.
    /// </summary>
    public DiagnosticSeverity MinimumSeverity { get; init; } = DiagnosticSeverity.Suggestion;

    /// <summary>
    /// Report only these rule IDs when not empty; every configured rule still runs and counts in the score (switch a rule
    /// off with <see cref="RuleSeverities"/> to take it out). Default: empty (all).
    /// </summary>
    public IReadOnlySet<string> OnlyRules { get; init; } = new HashSet<string>();

    /// <summary>
    /// Which classifier decides sentence acts: the rules, the learned model combined with the rules, or per transcript.
    /// Default: <see cref="ActClassifierMode.Auto"/> (rules on punctuated transcripts, the model never loaded for them;
    /// model and rules on transcripts with little punctuation).
    /// </summary>
    public ActClassifierMode ActClassifier { get; init; } = ActClassifierMode.Auto;
}
