using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Scoring;

namespace SalesLint.Batch;

/// <summary>The outcome for one input file: its conversations' results, or the error that stopped it being read.</summary>
/// <param name="Path">The file, as given (forward slashes).</param>
/// <param name="Results">One result per conversation in the file.</param>
/// <param name="Error">Why the file could not be analyzed, or <see langword="null"/>.</param>
/// <param name="Bytes">Size of the file in bytes (0 when unknown).</param>
public sealed record FileAnalysis(string Path, IReadOnlyList<AnalysisResult> Results, SalesLintException? Error, long Bytes = 0);

/// <summary>How a finding was suppressed.</summary>
/// <param name="Diagnostic">The finding.</param>
/// <param name="Kind"><c>baseline</c> or <c>config</c>.</param>
/// <param name="Justification">Why (from the configuration), or the baseline file.</param>
public sealed record SuppressedDiagnostic(Diagnostic Diagnostic, string Kind, string Justification);

/// <summary>Everything a batch produced, ready for any output format. Immutable.</summary>
public sealed record BatchReport
{
    /// <summary>One entry per analyzed conversation, in input order.</summary>
    public required IReadOnlyList<ConversationReport> Results { get; init; }

    /// <summary>Files that could not be analyzed.</summary>
    public required IReadOnlyList<FileError> Errors { get; init; }

    /// <summary>Suppressions (configuration entries or baseline) that matched nothing they were meant to.</summary>
    public IReadOnlyList<string> UnusedSuppressions { get; init; } = [];

    /// <summary>Totals.</summary>
    public required BatchSummary Summary { get; init; }

    /// <summary>Builds a report from file results; the summary counts reported (not suppressed) findings.</summary>
    /// <param name="files">The files in input order.</param>
    /// <param name="suppressed">Suppressed findings per result (by reference), when any.</param>
    /// <param name="unusedSuppressions">Suppressions that matched nothing.</param>
    /// <returns>The report.</returns>
    public static BatchReport From(
        IReadOnlyList<FileAnalysis> files,
        Func<string, AnalysisResult, (IReadOnlyList<Diagnostic> Reported, IReadOnlyList<SuppressedDiagnostic> Suppressed)>? suppressed = null,
        IReadOnlyList<string>? unusedSuppressions = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new List<ConversationReport>();
        foreach (var file in files)
        {
            foreach (var r in file.Results)
            {
                var (reported, hidden) = suppressed is null ? (r.Diagnostics, []) : suppressed(file.Path, r);
                results.Add(ConversationReport.From(file.Path, r, reported, hidden));
            }
        }

        var errors = files.Where(f => f.Error is not null).Select(f => FileError.From(f.Path, f.Error!)).ToList();
        var summary = new BatchSummaryBuilder();
        foreach (var file in files)
        {
            summary.AddFile(file);
        }

        foreach (var r in results)
        {
            summary.AddConversation(r.Score.Overall, r.Diagnostics, r.Suppressed.Count);
        }

        return new BatchReport { Results = results, Errors = errors, UnusedSuppressions = unusedSuppressions ?? [], Summary = summary.Build() };
    }
}

/// <summary>One conversation's results.</summary>
/// <param name="Path">The file.</param>
/// <param name="Conversation">The conversation ID.</param>
/// <param name="Score">The score.</param>
/// <param name="Metrics">The metrics.</param>
/// <param name="Diagnostics">Reported findings.</param>
public sealed record ConversationReport(
    string Path,
    string Conversation,
    ConversationScore Score,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Findings hidden by a suppression or the baseline.</summary>
    public IReadOnlyList<SuppressedDiagnostic> Suppressed { get; init; } = [];

    /// <summary>Per-participant metrics.</summary>
    public IReadOnlyList<Metrics.SpeakerMetrics> Speakers { get; init; } = [];

    /// <summary>How long the conversation took to analyze (JUnit's <c>time</c>); not serialized, so reports stay identical from run to run.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TimeSpan Elapsed { get; init; }

    /// <summary>The entry for one analyzed conversation, its findings split into reported and suppressed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="result">The analysis.</param>
    /// <param name="reported">Findings to report.</param>
    /// <param name="suppressed">Findings hidden by a suppression or the baseline.</param>
    /// <returns>The entry.</returns>
    public static ConversationReport From(string path, AnalysisResult result, IReadOnlyList<Diagnostic> reported, IReadOnlyList<SuppressedDiagnostic> suppressed)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(path, result.ConversationId, result.Score, result.Metrics, reported) { Suppressed = suppressed, Speakers = result.Speakers, Elapsed = result.Elapsed };
    }
}

/// <summary>A file that could not be analyzed.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Place">The place in words, when no line is known.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FileError(string Path, int? Line, int? Column, string? Place, string Message)
{
    /// <summary>Rule ID printed for a transcript that cannot be read.</summary>
    public const string RuleId = EngineRules.UnreadableFile;

    /// <summary>Creates the entry from an exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">The error.</param>
    /// <returns>The entry.</returns>
    public static FileError From(string path, SalesLintException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(path, error.Line, error.Column, error.Place, error.Reason);
    }
}

/// <summary>Accumulates <see cref="BatchSummary"/> totals one file and conversation at a time, so a streamed batch need not keep its results.</summary>
public sealed class BatchSummaryBuilder
{
    private int files;
    private int conversations;
    private int fileErrors;
    private int errors;
    private int warnings;
    private int suggestions;
    private int suppressed;
    private double scoreSum;
    private long bytes;

    /// <summary>Counts a file (and whether it could be read).</summary>
    /// <param name="file">The file.</param>
    public void AddFile(FileAnalysis file)
    {
        ArgumentNullException.ThrowIfNull(file);
        files++;
        bytes += file.Bytes;
        fileErrors += file.Error is null ? 0 : 1;
    }

    /// <summary>Counts a file and its conversations.</summary>
    /// <param name="file">The file's results.</param>
    public void Add(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        files++;
        bytes += file.Bytes;
        fileErrors += file.Error is null ? 0 : 1;
        foreach (var conversation in file.Conversations)
        {
            AddConversation(conversation.Score.Overall, conversation.Diagnostics, conversation.Suppressed.Count);
        }
    }

    /// <summary>Counts a conversation's reported findings, suppressed findings and score.</summary>
    /// <param name="score">The overall score.</param>
    /// <param name="reported">Reported findings.</param>
    /// <param name="suppressedCount">Suppressed findings.</param>
    public void AddConversation(double score, IReadOnlyList<Diagnostic> reported, int suppressedCount)
    {
        ArgumentNullException.ThrowIfNull(reported);
        conversations++;
        scoreSum += score;
        suppressed += suppressedCount;
        foreach (var d in reported)
        {
            switch (d.Severity)
            {
                case DiagnosticSeverity.Error:
                    errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    warnings++;
                    break;
                case DiagnosticSeverity.Suggestion:
                    suggestions++;
                    break;
            }
        }
    }

    /// <summary>The totals so far.</summary>
    /// <returns>The summary.</returns>
    public BatchSummary Build() => new(
        files, conversations, fileErrors, errors, warnings, suggestions, suppressed,
        conversations == 0 ? null : Math.Round(scoreSum / conversations, 1),
        bytes);
}

/// <summary>Totals over a batch.</summary>
/// <param name="Files">Files given.</param>
/// <param name="Conversations">Conversations analyzed.</param>
/// <param name="FileErrors">Files that could not be analyzed.</param>
/// <param name="Errors">Error-level findings reported.</param>
/// <param name="Warnings">Warnings reported.</param>
/// <param name="Suggestions">Suggestions reported.</param>
/// <param name="Suppressed">Findings hidden by suppressions or the baseline.</param>
/// <param name="MeanScore">Mean overall score, when any conversation was analyzed.</param>
/// <param name="Bytes">Total size of the files.</param>
public sealed record BatchSummary(int Files, int Conversations, int FileErrors, int Errors, int Warnings, int Suggestions, int Suppressed, double? MeanScore, long Bytes);
