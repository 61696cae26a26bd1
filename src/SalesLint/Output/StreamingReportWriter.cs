using SalesLint.Batch;

namespace SalesLint.Output;

/// <summary>
/// Writes a batch report one conversation and one unreadable file at a time, so a batch of any size is never held in
/// memory: results go to the output as they are written, and what is only known at the end (totals, unused
/// suppressions, the run's outcome) is written by <see cref="Complete"/>. Call <see cref="Write(ConversationReport)"/>
/// and <see cref="Write(FileError)"/> in input order, then <see cref="Complete"/> once. Not thread-safe.
/// </summary>
/// <remarks>
/// The base keeps what every format shares: the output, the unreadable files (every format lists them after the
/// results, and they are few), and the checks that nothing is written after <see cref="Complete"/> or disposal.
/// </remarks>
public abstract class StreamingReportWriter : IDisposable
{
    private readonly List<FileError> errors = [];
    private bool complete;
    private bool disposed;

    private protected StreamingReportWriter(JsonSink sink)
    {
        Sink = sink;
    }

    /// <summary>The unreadable files written so far, in order.</summary>
    protected IReadOnlyList<FileError> Errors => errors;

    private protected JsonSink Sink { get; }

    /// <summary>Writes one conversation's results.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <exception cref="InvalidOperationException">The report is already complete.</exception>
    public void Write(ConversationReport conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        EnsureOpen();
        WriteConversation(conversation);
        Sink.Commit(final: false);
    }

    /// <summary>Adds a file that could not be analyzed; it is written after all results, by <see cref="Complete"/>.</summary>
    /// <param name="fileError">The unreadable file.</param>
    /// <exception cref="InvalidOperationException">The report is already complete.</exception>
    public void Write(FileError fileError)
    {
        ArgumentNullException.ThrowIfNull(fileError);
        EnsureOpen();
        errors.Add(fileError);
    }

    /// <summary>Writes the end of the document and flushes the output; the writer accepts nothing after this.</summary>
    /// <param name="unusedSuppressions">Suppressions that matched nothing.</param>
    /// <param name="summary">The batch totals.</param>
    /// <exception cref="InvalidOperationException">The report is already complete.</exception>
    public void Complete(IReadOnlyList<string> unusedSuppressions, BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(unusedSuppressions);
        ArgumentNullException.ThrowIfNull(summary);
        EnsureOpen();
        complete = true;
        WriteEnd(unusedSuppressions, summary);
        Sink.Commit(final: true);
    }

    /// <summary>Releases the buffers. A writer disposed before <see cref="Complete"/> leaves the document unfinished.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes every result and error of <paramref name="report"/>, then completes it.</summary>
    /// <param name="report">The report.</param>
    internal void WriteAll(BatchReport report)
    {
        foreach (var conversation in report.Results)
        {
            Write(conversation);
        }

        foreach (var error in report.Errors)
        {
            Write(error);
        }

        Complete(report.UnusedSuppressions, report.Summary);
    }

    /// <summary>Writes one conversation's results (the output is committed after).</summary>
    /// <param name="conversation">The conversation.</param>
    protected abstract void WriteConversation(ConversationReport conversation);

    /// <summary>Writes the unreadable files (see <see cref="Errors"/>) and the end of the document.</summary>
    /// <param name="unusedSuppressions">Suppressions that matched nothing.</param>
    /// <param name="summary">The batch totals.</param>
    protected abstract void WriteEnd(IReadOnlyList<string> unusedSuppressions, BatchSummary summary);

    /// <summary>Releases the buffers.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            Sink.Dispose();
        }
    }

    private void EnsureOpen()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (complete)
        {
            throw new InvalidOperationException("The report is already complete.");
        }
    }
}
