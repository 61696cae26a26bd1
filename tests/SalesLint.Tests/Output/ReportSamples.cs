using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Output;

namespace SalesLint.Tests.Output;

/// <summary>A batch for the report writers: several files, one with three conversations, suppressed findings and two unreadable files between the others.</summary>
internal static class ReportSamples
{
    /// <summary>The batch, built the way <c>check</c> builds it.</summary>
    public static BatchReport Batch(IReadOnlyList<string>? unusedSuppressions = null)
    {
        var files = new List<FileAnalysis>
        {
            Analyze("negotiation-giveaway.vtt"),
            new("calls/bad.json", [], new TranscriptFormatException("calls/bad.json", "expected a value", 3, 7), 42),
            Analyze("batch.jsonl"),
            new("calls/zoom.vtt", [], new TranscriptFormatException("calls/zoom.vtt", "cannot tell who the seller is", place: "speakers"), 17),
            Analyze("pitch-first.txt"),
        };

        // The first finding of every conversation in pitch-first.txt is suppressed by configuration.
        return BatchReport.From(files, Split, unusedSuppressions);
    }

    /// <summary>Writes <paramref name="report"/> through a streaming writer one entry at a time, as <c>check</c> does.</summary>
    public static void Stream(StreamingReportWriter writer, BatchReport report)
    {
        foreach (var conversation in report.Results)
        {
            writer.Write(conversation);
        }

        foreach (var error in report.Errors)
        {
            writer.Write(error);
        }

        writer.Complete(report.UnusedSuppressions, report.Summary);
    }

    private static (IReadOnlyList<Diagnostic>, IReadOnlyList<SuppressedDiagnostic>) Split(string path, AnalysisResult result) =>
        path.EndsWith("pitch-first.txt", StringComparison.Ordinal) && result.Diagnostics.Count > 0
            ? ([.. result.Diagnostics.Skip(1)], [new SuppressedDiagnostic(result.Diagnostics[0], "config", "Role-play script.")])
            : (result.Diagnostics, []);

    private static FileAnalysis Analyze(string name)
    {
        var file = Path.Combine(TestSupport.RepositoryRoot, "samples", name);
        return new FileAnalysis(
            "samples/" + name,
            [.. SalesLint.Reading.TranscriptReader.ReadFile(file).Select(t => TestSupport.BuiltInEngine.Analyze(t))],
            null,
            new FileInfo(file).Length);
    }
}
