using SalesLint.Batch;

namespace SalesLint.Output.Formats;

/// <summary>One JSON document (<see cref="JsonReportWriter"/>), written one conversation at a time.</summary>
public sealed class JsonFormat : IReportFormat
{
    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public string Description => "one JSON document: results, errors, unused suppressions, summary";

    /// <inheritdoc/>
    public bool ShowsScores => true;

    /// <inheritdoc/>
    public bool NeedsWholeBatch => false;

    /// <inheritdoc/>
    public IReportSink Open(Stream output, ReportContext context) => new DocumentSink(output, new JsonReportWriter(output));
}

/// <summary>A sink over a streaming document writer (JSON, SARIF): the document, then a line break.</summary>
internal sealed class DocumentSink(Stream output, StreamingReportWriter writer) : IReportSink
{
    public void Write(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (var conversation in file.Conversations)
        {
            writer.Write(conversation);
        }

        if (file.Error is { } error)
        {
            writer.Write(error);
        }
    }

    public void Complete(ReportEnd batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        writer.Complete(batch.UnusedSuppressions, batch.Summary);
        output.Write(System.Text.Encoding.UTF8.GetBytes(Environment.NewLine));
        output.Flush();
    }

    public void Dispose() => writer.Dispose();
}
