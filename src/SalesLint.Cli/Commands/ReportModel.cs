using SalesLint.Cli.Batch;
using SalesLint.Engine;
using SalesLint.Scoring;

namespace SalesLint.Cli.Commands;

/// <summary>The JSON document <c>check</c> and <c>score</c> write.</summary>
internal sealed record BatchReport(IReadOnlyList<ConversationReport> Results, IReadOnlyList<FileError> Errors, BatchSummary Summary)
{
    public static BatchReport From(IReadOnlyList<FileResult> files)
    {
        var results = files.SelectMany(f => f.Results.Select(r => new ConversationReport(f.Path, r.ConversationId, r.Score, r.Metrics, r.Diagnostics) { Speakers = r.Speakers })).ToList();
        var errors = files.Where(f => f.Error is not null).Select(f => FileError.From(f.Path, f.Error!)).ToList();
        var all = results.SelectMany(r => r.Diagnostics).ToList();
        var summary = new BatchSummary(
            files.Count,
            results.Count,
            errors.Count,
            all.Count(d => d.Severity == DiagnosticSeverity.Error),
            all.Count(d => d.Severity == DiagnosticSeverity.Warning),
            all.Count(d => d.Severity == DiagnosticSeverity.Suggestion),
            results.Count == 0 ? null : Math.Round(results.Average(r => r.Score.Overall), 1));
        return new BatchReport(results, errors, summary);
    }
}

/// <summary>One conversation's results.</summary>
internal sealed record ConversationReport(
    string Path,
    string Conversation,
    ConversationScore Score,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Per-participant metrics.</summary>
    public IReadOnlyList<SalesLint.Metrics.SpeakerMetrics> Speakers { get; init; } = [];
}

/// <summary>A file that could not be analyzed.</summary>
internal sealed record FileError(string Path, int? Line, int? Column, string? Place, string Message)
{
    public static FileError From(string path, SalesLintException error) => new(path, error.Line, error.Column, error.Place, error.Reason);
}

/// <summary>Totals over a batch.</summary>
internal sealed record BatchSummary(int Files, int Conversations, int FileErrors, int Errors, int Warnings, int Suggestions, double? MeanScore);
