namespace SalesLint.Output.Formats;

/// <summary>A SARIF 2.1.0 log (<see cref="SarifReportWriter"/>) for code-scanning tools, written one conversation at a time.</summary>
public sealed class SarifFormat : IReportFormat
{
    /// <inheritdoc/>
    public string Name => "sarif";

    /// <inheritdoc/>
    public string Description => "SARIF 2.1.0 for code scanning";

    /// <inheritdoc/>
    public bool ShowsScores => false;

    /// <inheritdoc/>
    public bool NeedsWholeBatch => false;

    /// <inheritdoc/>
    public IReportSink Open(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new DocumentSink(output, new SarifReportWriter(output, context.Rules, context.ToolVersion, context.Sarif));
    }
}
