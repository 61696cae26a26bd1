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

    /// <summary>Writes one call's page into the report folder's <c>calls/</c> (as soon as the call is analyzed).</summary>
    /// <param name="header">The report (title, categories, rule titles; calls not needed).</param>
    /// <param name="call">The call, with its conversation.</param>
    /// <param name="folder">The output folder (created when missing).</param>
    /// <returns>The page's path.</returns>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static string WriteCallPage(ReportBatch header, CallRecord call, string folder)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(folder);
        var callsFolder = Path.Combine(folder, CallsFolder);
        Directory.CreateDirectory(callsFolder);
        var path = Path.Combine(callsFolder, call.PageName);
        File.WriteAllText(path, CallPage.Render(header, call, HtmlPage.NewNonce()), Utf8);
        return path;
    }

    /// <summary>Writes the report: the overview, the pages of calls that still hold their conversation, and the aggregates.</summary>
    /// <param name="batch">The report data.</param>
    /// <param name="folder">The output folder (created when missing).</param>
    /// <param name="pagesWritten">Call pages already written by <see cref="WriteCallPage"/>, listed after the overview.</param>
    /// <returns>The files written, overview first.</returns>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static IReadOnlyList<string> Write(ReportBatch batch, string folder, IReadOnlyList<string>? pagesWritten = null)
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
        written.AddRange(pagesWritten ?? []);
        foreach (var call in batch.Calls.Where(c => c.Conversation is not null))
        {
            written.Add(WriteCallPage(batch, call, folder));
        }

        Save(Path.Combine(folder, "sellers.csv"), CsvReportWriter.Sellers(batch));
        Save(Path.Combine(folder, "calls.csv"), CsvReportWriter.Calls(batch));
        Save(Path.Combine(folder, "findings.csv"), CsvReportWriter.Findings(batch));
        var json = Path.Combine(folder, "report.json");
        JsonReportWriter.WriteFile(batch, json);
        written.Add(json);
        return written;
    }
}
