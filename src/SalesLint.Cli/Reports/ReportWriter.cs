using System.Text;

namespace SalesLint.Cli.Reports;

/// <summary>
/// Writes a report folder: <c>index.html</c> (the overview), <c>calls/NNN-ID.html</c> (a page per call), and the aggregates
/// <c>sellers.csv</c>, <c>calls.csv</c>, <c>findings.csv</c> and <c>report.json</c>. Every page is self-contained (inline CSS and
/// script, no network). Call pages left from an earlier report in the same folder are removed.
/// </summary>
internal static class ReportWriter
{
    /// <summary>The overview page's file name.</summary>
    public const string IndexFile = "index.html";

    /// <summary>The folder of call pages.</summary>
    public const string CallsFolder = "calls";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report.</summary>
    /// <param name="batch">The report data.</param>
    /// <param name="folder">The output folder (created when missing).</param>
    /// <returns>The files written, overview first.</returns>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static IReadOnlyList<string> Write(ReportBatch batch, string folder)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var callsFolder = Path.Combine(folder, CallsFolder);
        Directory.CreateDirectory(callsFolder);
        var pages = batch.Calls.Select(c => c.PageName).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(callsFolder, "*.html").Where(f => !pages.Contains(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }

        var written = new List<string>();
        void Save(string path, string content)
        {
            File.WriteAllText(path, content, Utf8);
            written.Add(path);
        }

        Save(Path.Combine(folder, IndexFile), OverviewPage.Render(batch, HtmlPage.NewNonce()));
        foreach (var call in batch.Calls)
        {
            Save(Path.Combine(callsFolder, call.PageName), CallPage.Render(batch, call, HtmlPage.NewNonce()));
        }

        Save(Path.Combine(folder, "sellers.csv"), CsvReportWriter.Sellers(batch));
        Save(Path.Combine(folder, "calls.csv"), CsvReportWriter.Calls(batch));
        Save(Path.Combine(folder, "findings.csv"), CsvReportWriter.Findings(batch));
        Save(Path.Combine(folder, "report.json"), JsonReportWriter.Write(batch));
        return written;
    }
}
