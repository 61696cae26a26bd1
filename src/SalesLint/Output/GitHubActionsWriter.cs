using System.Globalization;
using System.Text;
using SalesLint.Batch;
using SalesLint.Diagnostics;

namespace SalesLint.Output;

/// <summary>
/// Writes findings as GitHub Actions workflow commands (<c>::warning file=…,line=…,col=…,endColumn=…,title=…::message</c>), one
/// conversation at a time, within what GitHub shows: at most <see cref="GitHubAnnotationLimits.PerLevel"/> annotations per level and
/// <see cref="GitHubAnnotationLimits.Total"/> in all, most severe first (errors, then warnings, then suggestions as notices, each in
/// input order). Findings beyond the limits are printed as plain lines in the step's log as they come, inside one collapsed group
/// (<c>::group::</c>), and one notice says how many were left out and where to see them. With a step summary file (<c>$GITHUB_STEP_SUMMARY</c>), <see cref="Complete"/> appends a
/// Markdown summary: totals, findings per rule and level, and the lowest scores. Holds at most the kept annotations and the lowest
/// scores, so memory stays flat however long the batch. Not thread-safe.
/// </summary>
public sealed class GitHubActionsWriter
{
    /// <summary>How many of the lowest-scoring conversations the step summary lists.</summary>
    public const int SummaryScores = 100;

    private readonly TextWriter output;
    private readonly string? summaryPath;
    private readonly GitHubAnnotationLimits limits;
    private readonly List<string>[] kept = [[], [], [], []];
    private readonly List<string>[] keptText = [[], [], [], []];
    private readonly int[] leftOut = new int[4];
    private readonly SortedDictionary<string, int[]> perRule = new(StringComparer.Ordinal);
    private readonly PriorityQueue<(string Path, string Conversation, double Score, int Findings), (double Score, long Order)> lowest =
        new(Comparer<(double Score, long Order)>.Create((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Order.CompareTo(a.Order)));

    private long order;
    private bool complete;
    private bool grouped;

    /// <summary>Creates the writer.</summary>
    /// <param name="output">Where the workflow commands go (standard output in a workflow).</param>
    /// <param name="stepSummaryPath">The file to append the Markdown summary to (<c>$GITHUB_STEP_SUMMARY</c>), or <see langword="null"/>.</param>
    /// <param name="limits">The annotation limits; GitHub's when omitted.</param>
    public GitHubActionsWriter(TextWriter output, string? stepSummaryPath = null, GitHubAnnotationLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        summaryPath = string.IsNullOrWhiteSpace(stepSummaryPath) ? null : stepSummaryPath;
        this.limits = limits ?? GitHubAnnotationLimits.GitHub;
    }

    /// <summary>Takes one conversation's findings.</summary>
    /// <param name="conversation">The conversation's results.</param>
    /// <exception cref="InvalidOperationException">The writer is complete.</exception>
    public void Write(ConversationReport conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        EnsureOpen();
        foreach (var d in conversation.Diagnostics)
        {
            Take(d.Severity, d.RuleId, GitHubAnnotationsWriter.Command(conversation.Path, d), TextFormatter.Format(conversation.Path, d, conversation.Conversation));
        }

        var entry = (conversation.Path, conversation.Conversation, conversation.Score.Overall, conversation.Diagnostics.Count);
        var key = (conversation.Score.Overall, order++);
        if (lowest.Count < SummaryScores)
        {
            lowest.Enqueue(entry, key);
        }
        else
        {
            lowest.EnqueueDequeue(entry, key);
        }
    }

    /// <summary>Takes a file that could not be read (an error annotation).</summary>
    /// <param name="error">The file error.</param>
    /// <exception cref="InvalidOperationException">The writer is complete.</exception>
    public void Write(FileError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        EnsureOpen();
        Take(DiagnosticSeverity.Error, FileError.RuleId, GitHubAnnotationsWriter.Command(error), TextFormatter.Format(error));
    }

    /// <summary>
    /// Writes the kept annotations (most severe first), the notice about those left out, and the step summary when there is a
    /// summary file. The writer takes nothing after this.
    /// </summary>
    /// <param name="summary">The batch totals.</param>
    /// <exception cref="IOException">The step summary file cannot be written (the annotations are written before).</exception>
    public void Complete(BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        EnsureOpen();
        complete = true;

        // When anything is left out, the notice saying so takes the last notice place and the last place of all.
        var overflowing = leftOut.Sum() > 0 || kept.Sum(k => k.Count) > limits.Total;
        var room = overflowing ? limits.Total - 1 : limits.Total;
        var annotations = new List<string>();
        for (var level = (int)DiagnosticSeverity.Error; level >= (int)DiagnosticSeverity.Suggestion; level--)
        {
            var levelRoom = level == (int)DiagnosticSeverity.Suggestion && overflowing ? limits.PerLevel - 1 : limits.PerLevel;
            for (var i = 0; i < kept[level].Count; i++)
            {
                if (room > 0 && i < levelRoom)
                {
                    annotations.Add(kept[level][i]);
                    room--;
                }
                else
                {
                    Log(keptText[level][i]);
                    leftOut[level]++;
                }
            }
        }

        if (grouped)
        {
            output.WriteLine("::endgroup::");
        }

        annotations.ForEach(output.WriteLine);

        var left = leftOut.Sum();
        if (left > 0)
        {
            var where = summaryPath is null ? "this step's log" : "this step's log (counts per rule in the job summary)";
            var levels = string.Join(", ", new[] { (DiagnosticSeverity.Error, "error"), (DiagnosticSeverity.Warning, "warning"), (DiagnosticSeverity.Suggestion, "suggestion") }
                .Where(l => leftOut[(int)l.Item1] > 0)
                .Select(l => $"{leftOut[(int)l.Item1]} {l.Item2}(s)"));
            output.WriteLine(
                $"::notice title=SalesLint::{GitHubAnnotationsWriter.Data($"{left} more finding(s) not annotated ({levels}): GitHub shows {limits.PerLevel} annotations per level in a step and {limits.Total} in a job. They are listed in {where} (group 'findings not annotated'); --format sarif or json gives the full report.")}");
        }

        output.Flush();
        if (summaryPath is not null)
        {
            File.AppendAllText(summaryPath, Summary(summary, left), new UTF8Encoding(false));
        }
    }

    /// <summary>The Markdown step summary.</summary>
    private string Summary(BatchSummary summary, int left)
    {
        var md = new StringBuilder();
        var mean = summary.MeanScore is double m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "-";
        md.AppendLine("## SalesLint").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{summary.Files} file(s), {summary.Conversations} conversation(s): **{summary.Errors} error(s), {summary.Warnings} warning(s), {summary.Suggestions} suggestion(s)**, {summary.FileErrors} unreadable file(s); mean score **{mean}**.");
        if (summary.Suppressed > 0)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{summary.Suppressed} finding(s) suppressed by configuration or baseline.");
        }

        if (left > 0)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{left} finding(s) were not annotated (GitHub's limits); they are listed in the step's log.");
        }

        if (perRule.Count > 0)
        {
            md.AppendLine().AppendLine("| rule | errors | warnings | suggestions |").AppendLine("|---|---:|---:|---:|");
            foreach (var (rule, counts) in perRule)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(rule)} | {counts[(int)DiagnosticSeverity.Error]} | {counts[(int)DiagnosticSeverity.Warning]} | {counts[(int)DiagnosticSeverity.Suggestion]} |");
            }
        }

        if (lowest.Count > 0)
        {
            var rows = new List<((string Path, string Conversation, double Score, int Findings) Entry, (double Score, long Order) Key)>();
            while (lowest.TryDequeue(out var entry, out var key))
            {
                rows.Add((entry, key));
            }

            rows.Reverse();
            var heading = summary.Conversations > rows.Count ? $"Scores (the {rows.Count} lowest of {summary.Conversations})" : "Scores";
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {heading}").AppendLine();
            md.AppendLine("| file | conversation | score | findings |").AppendLine("|---|---|---:|---:|");
            foreach (var (entry, _) in rows)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(entry.Path)} | {Cell(entry.Conversation)} | {entry.Score:0.0} | {entry.Findings} |");
            }
        }

        return md.AppendLine().ToString();
    }

    /// <summary>Text for a Markdown table cell: Markdown and HTML punctuation escaped, on one line.</summary>
    private static string Cell(string text)
    {
        text = TextFormatter.Printable(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
            }
            else if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~' or '&')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Keeps the annotation while its level has room; otherwise prints the finding as a log line right away.</summary>
    private void Take(DiagnosticSeverity severity, string ruleId, string command, string text)
    {
        var level = Math.Clamp((int)severity, (int)DiagnosticSeverity.Suggestion, (int)DiagnosticSeverity.Error);
        if (!perRule.TryGetValue(ruleId, out var counts))
        {
            perRule[ruleId] = counts = new int[4];
        }

        counts[level]++;
        if (kept[level].Count < limits.PerLevel)
        {
            kept[level].Add(command);
            keptText[level].Add(text);
        }
        else
        {
            Log(text);
            leftOut[level]++;
        }
    }

    /// <summary>Prints a finding that is not annotated, inside one collapsed group of the log.</summary>
    private void Log(string text)
    {
        if (!grouped)
        {
            grouped = true;
            output.WriteLine("::group::SalesLint: findings not annotated (GitHub shows a limited number of annotations)");
        }

        output.WriteLine(text);
    }

    private void EnsureOpen()
    {
        if (complete)
        {
            throw new InvalidOperationException("The report is already complete.");
        }
    }
}

/// <summary>How many annotations a step shows.</summary>
/// <param name="PerLevel">Annotations per level (error, warning, notice) in a step.</param>
/// <param name="Total">Annotations in all.</param>
public sealed record GitHubAnnotationLimits(int PerLevel, int Total)
{
    /// <summary>GitHub's: 10 per level in a step, 50 in a job.</summary>
    public static GitHubAnnotationLimits GitHub { get; } = new(10, 50);
}
