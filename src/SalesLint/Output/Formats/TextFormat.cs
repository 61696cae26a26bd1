using System.Globalization;
using System.Text;
using SalesLint.Batch;
using SalesLint.Diagnostics;

namespace SalesLint.Output.Formats;

/// <summary>
/// Lines as compilers print them (<see cref="TextFormatter"/>): each finding, or each conversation's score with
/// <c>score</c>, as its file arrives; then the unused suppressions and a line of totals.
/// </summary>
public sealed class TextFormat : IReportFormat
{
    /// <inheritdoc/>
    public string Name => "text";

    /// <inheritdoc/>
    public string Description => "one line per finding (or score), then the totals";

    /// <inheritdoc/>
    public bool ShowsScores => true;

    /// <inheritdoc/>
    public bool NeedsWholeBatch => false;

    /// <inheritdoc/>
    public IReportSink Open(Stream output, ReportContext context) => new Sink(output, context);

    /// <summary>The totals line.</summary>
    /// <param name="s">The totals.</param>
    /// <returns>The line.</returns>
    public static string Totals(BatchSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var mean = s.MeanScore is double m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "-";
        var suppressed = s.Suppressed > 0 ? $", {s.Suppressed} suppressed" : string.Empty;
        return $"{s.Files} file(s), {s.Conversations} conversation(s): {s.Errors} error(s), {s.Warnings} warning(s), {s.Suggestions} suggestion(s){suppressed}, {s.FileErrors} unreadable file(s); mean score {mean}";
    }

    private sealed class Sink(Stream output, ReportContext context) : IReportSink
    {
        private readonly StreamWriter writer = new(output, new UTF8Encoding(false), 4096, leaveOpen: true);

        public void Write(FileReport file)
        {
            ArgumentNullException.ThrowIfNull(file);
            if (file.Error is { } error)
            {
                writer.WriteLine(TextFormatter.Format(error, Ansi.Error("error", context.Colour)));
            }

            var many = file.Conversations.Count > 1;
            foreach (var c in file.Conversations)
            {
                if (context.Kind == ReportKind.Scores)
                {
                    var categories = string.Join("  ", c.Score.Categories.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Id} {x.Score:0.0}")));
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{TextFormatter.Printable(file.Path + (many ? "#" + c.Conversation : string.Empty))}: score {c.Score.Overall:0.0}  ({categories})"));
                    if (context.Explain)
                    {
                        foreach (var d in c.Score.Deductions)
                        {
                            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    -{d.Points:0.0} {d.Category}: {d.Source}: {TextFormatter.Printable(d.Reason)}"));
                        }
                    }

                    continue;
                }

                foreach (var d in c.Diagnostics)
                {
                    writer.WriteLine(Ansi.Finding(TextFormatter.Format(file.Path, d, many ? c.Conversation : null), d, context.Colour));
                }
            }

            writer.Flush();
        }

        public void Complete(ReportEnd batch)
        {
            ArgumentNullException.ThrowIfNull(batch);
            foreach (var line in batch.UnusedSuppressions)
            {
                writer.WriteLine($"{line} {Ansi.Dim("(remove it, or rewrite the baseline)", context.Colour)}");
            }

            writer.WriteLine(Totals(batch.Summary));
            writer.Flush();
        }

        public void Dispose() => writer.Dispose();
    }

    /// <summary>ANSI colours for a terminal.</summary>
    private static class Ansi
    {
        public static string Finding(string line, Diagnostic diagnostic, bool enabled)
        {
            if (!enabled)
            {
                return line;
            }

            var word = SeverityNames.ToName(diagnostic.Severity);
            var colour = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "31",
                DiagnosticSeverity.Warning => "33",
                _ => "36",
            };
            var marker = $": {word} {diagnostic.RuleId}: ";
            return line.Replace(marker, $": \u001b[1;{colour}m{word}\u001b[0m \u001b[2m{diagnostic.RuleId}\u001b[0m: ", StringComparison.Ordinal);
        }

        public static string Error(string text, bool enabled) => enabled ? $"\u001b[1;31m{text}\u001b[0m" : text;

        public static string Dim(string text, bool enabled) => enabled ? $"\u001b[2m{text}\u001b[0m" : text;
    }
}
