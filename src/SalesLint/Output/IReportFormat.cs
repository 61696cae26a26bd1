using SalesLint.Batch;

namespace SalesLint.Output;

/// <summary>
/// An output format of <c>check</c> and <c>score</c> (as ESLint's formatters are): a name for <c>--format</c> and a
/// sink that receives the batch one file at a time. Every format is listed in <see cref="ReportFormats.All"/>.
/// </summary>
public interface IReportFormat
{
    /// <summary>The name given to <c>--format</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Whether <c>score</c> offers the format (every format is offered by <c>check</c>).</summary>
    bool ShowsScores { get; }

    /// <summary>
    /// Whether the sink keeps the whole batch until <see cref="IReportSink.Complete"/> (JUnit: its root element carries
    /// the totals); the other formats write each file as it arrives and keep only totals.
    /// </summary>
    bool NeedsWholeBatch { get; }

    /// <summary>Starts a report on <paramref name="output"/>, which stays open.</summary>
    /// <param name="output">Where to write (UTF-8).</param>
    /// <param name="context">What the report needs to know about the run.</param>
    /// <returns>The sink; dispose it after <see cref="IReportSink.Complete"/>.</returns>
    IReportSink Open(Stream output, ReportContext context);
}

/// <summary>
/// Receives one batch: <see cref="Write"/> for each input file in output order, then <see cref="Complete"/> once.
/// Not thread-safe.
/// </summary>
public interface IReportSink : IDisposable
{
    /// <summary>Writes (or, for a format that needs the whole batch, keeps) one file's results or its error.</summary>
    /// <param name="file">The file.</param>
    void Write(FileReport file);

    /// <summary>Writes what is known only at the end (totals, unused suppressions) and flushes the output.</summary>
    /// <param name="batch">The batch's totals and unused suppressions.</param>
    void Complete(ReportEnd batch);
}

/// <summary>What a report is about: findings (<c>check</c>) or scores (<c>score</c>).</summary>
public enum ReportKind
{
    /// <summary>Rule findings (<c>check</c>).</summary>
    Findings,

    /// <summary>Scores with category subscores (<c>score</c>).</summary>
    Scores,
}

/// <summary>What a format needs to know about the run besides the results. Immutable.</summary>
public sealed record ReportContext
{
    /// <summary>Findings or scores; only the text format prints them differently.</summary>
    public ReportKind Kind { get; init; }

    /// <summary>Text: also print what cost points (<c>score --explain</c>).</summary>
    public bool Explain { get; init; }

    /// <summary>Text: colour severities with ANSI escapes.</summary>
    public bool Colour { get; init; }

    /// <summary>SARIF: descriptors of every rule that can appear.</summary>
    public IReadOnlyList<Diagnostics.DiagnosticDescriptor> Rules { get; init; } = [];

    /// <summary>The SalesLint version (SARIF, JSON Lines).</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>SARIF: source root, limits, line hashes.</summary>
    public SarifOptions? Sarif { get; init; }

    /// <summary>GitHub: the step summary file (<c>$GITHUB_STEP_SUMMARY</c>), when there is one.</summary>
    public string? StepSummaryPath { get; init; }

    /// <summary>Where a format reports a problem that does not stop the report (a step summary it cannot write).</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
}

/// <summary>What a report gets at the end of a batch.</summary>
/// <param name="Summary">The totals.</param>
/// <param name="UnusedSuppressions">Suppressions (configuration entries or baseline) that matched nothing, as lines.</param>
public sealed record ReportEnd(BatchSummary Summary, IReadOnlyList<string> UnusedSuppressions)
{
    /// <summary>The suppressions in scope and how often each matched, so that sharded runs can be merged (JSON Lines).</summary>
    public SuppressionUsage? Usage { get; init; }
}
