using SalesLint.Engine;

namespace SalesLint.Output;

/// <summary>
/// Writes a <see cref="BatchReport"/> as SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the rules
/// under <c>tool.driver.rules</c> (id, short and full description, help, helpUri, default level), one result per
/// finding with ruleId, level, message, a physical location into the transcript file (the turn's line when known)
/// with a logical location naming the conversation, turn and sentence, partial fingerprints, and suppressed findings
/// with their SARIF suppressions. Unreadable files are tool execution notifications and <c>SL9000</c> results.
/// The log is written by <see cref="SarifReportWriter"/>, which can also take a batch one conversation at a time.
/// </summary>
public static class SarifWriter
{
    /// <summary>The SARIF schema URI written into the log.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes the log.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="report">The batch.</param>
    /// <param name="rules">Descriptors of every rule that can appear.</param>
    /// <param name="toolVersion">The SalesLint version.</param>
    public static void Write(Stream stream, BatchReport report, IReadOnlyList<DiagnosticDescriptor> rules, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        using var writer = new SarifReportWriter(stream, rules, toolVersion);
        writer.WriteAll(report);
    }

    /// <summary>The SARIF level of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>error</c>, <c>warning</c>, <c>note</c> or <c>none</c>.</returns>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "note",
        _ => "none",
    };
}
