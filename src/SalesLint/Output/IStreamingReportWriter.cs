namespace SalesLint.Output;

/// <summary>
/// Writes a batch report one conversation and one unreadable file at a time, so a batch of any size is never held in
/// memory: results go to the output as they are written, and what is only known at the end (totals, unused
/// suppressions, the run's outcome) is written by <see cref="Complete"/>. Call <see cref="Write(ConversationReport)"/>
/// and <see cref="Write(FileError)"/> in input order, then <see cref="Complete"/> once. Not thread-safe.
/// </summary>
public interface IStreamingReportWriter : IDisposable
{
    /// <summary>Writes one conversation's results.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <exception cref="InvalidOperationException">The report is already complete.</exception>
    void Write(ConversationReport conversation);

    /// <summary>Adds a file that could not be analyzed (formats that list errors after the results keep these until the end).</summary>
    /// <param name="fileError">The unreadable file.</param>
    /// <exception cref="InvalidOperationException">The report is already complete.</exception>
    void Write(FileError fileError);

    /// <summary>Writes the end of the document and flushes the output; the writer accepts nothing after this.</summary>
    /// <param name="unusedSuppressions">Suppressions that matched nothing.</param>
    /// <param name="summary">The batch totals.</param>
    /// <exception cref="InvalidOperationException">The report is already complete.</exception>
    void Complete(IReadOnlyList<string> unusedSuppressions, BatchSummary summary);
}
