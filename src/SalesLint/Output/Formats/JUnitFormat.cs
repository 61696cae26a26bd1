using SalesLint.Batch;

namespace SalesLint.Output.Formats;

/// <summary>JUnit XML (<see cref="JUnitWriter"/>): the root element carries the totals, so the sink keeps the batch until the end.</summary>
public sealed class JUnitFormat : IReportFormat
{
    /// <inheritdoc/>
    public string Name => "junit";

    /// <inheritdoc/>
    public string Description => "JUnit XML, a test case per conversation";

    /// <inheritdoc/>
    public bool ShowsScores => false;

    /// <inheritdoc/>
    public bool NeedsWholeBatch => true;

    /// <inheritdoc/>
    public IReportSink Open(Stream output, ReportContext context) => new Sink(output);

    private sealed class Sink(Stream output) : IReportSink
    {
        private readonly List<ConversationReport> results = [];
        private readonly List<FileError> errors = [];

        public void Write(FileReport file)
        {
            ArgumentNullException.ThrowIfNull(file);
            results.AddRange(file.Conversations);
            if (file.Error is { } error)
            {
                errors.Add(error);
            }
        }

        public void Complete(ReportEnd batch)
        {
            ArgumentNullException.ThrowIfNull(batch);
            JUnitWriter.Write(output, new BatchReport { Results = results, Errors = errors, UnusedSuppressions = batch.UnusedSuppressions, Summary = batch.Summary });
            output.Write(System.Text.Encoding.UTF8.GetBytes(Environment.NewLine));
            output.Flush();
        }

        public void Dispose()
        {
        }
    }
}
