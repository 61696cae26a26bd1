using SalesLint.Batch;
using SalesLint.Diagnostics;

namespace SalesLint.Output;

/// <summary>
/// Formats GitHub Actions workflow commands (<c>::warning file=…,line=…,col=…,endColumn=…,title=…::message</c>) so findings show as
/// annotations on the pull request; suggestions become <c>notice</c>. <c>col</c>, <c>endLine</c> and <c>endColumn</c> are given
/// when the finding's characters are known on its line. <see cref="Write(TextWriter, BatchReport)"/> keeps to what GitHub shows
/// (see <see cref="GitHubActionsWriter"/>, which also writes the step summary).
/// </summary>
public static class GitHubAnnotationsWriter
{
    /// <summary>Writes a batch within GitHub's annotation limits (the rest as log lines, and a notice saying so).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The batch.</param>
    public static void Write(TextWriter output, BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var writer = new GitHubActionsWriter(output);
        foreach (var conversation in report.Results)
        {
            writer.Write(conversation);
        }

        foreach (var error in report.Errors)
        {
            writer.Write(error);
        }

        writer.Complete(report.Summary);
    }

    /// <summary>Writes one command per finding of a conversation, without limits.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="conversation">The conversation's results.</param>
    public static void Write(TextWriter output, ConversationReport conversation)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(conversation);
        foreach (var d in conversation.Diagnostics)
        {
            output.WriteLine(Command(conversation.Path, d));
        }
    }

    /// <summary>Writes the command for an unreadable file.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="error">The file error.</param>
    public static void Write(TextWriter output, FileError error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        output.WriteLine(Command(error));
    }

    /// <summary>The workflow command for a finding.</summary>
    internal static string Command(string path, Diagnostic d)
    {
        var kind = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var where = d.Location.Turn is int turn ? $"Turn {turn + 1}{(d.Location.StartSeconds is double s ? " at " + TextFormatter.FormatTime(s) : string.Empty)}: " : string.Empty;
        var message = where + TextFormatter.Printable(d.Message) + (d.Suggestion is { } suggestion ? $"\nSuggestion: {TextFormatter.Printable(suggestion.Sentence)}" : string.Empty);
        var line = Math.Max(1, d.Location.SourceLine ?? 1);
        var columns = d.Location.Columns() is { } c ? $",endLine={line},col={c.Start},endColumn={c.End}" : string.Empty;
        return $"::{kind} file={Property(path)},line={line}{columns},title={Property(d.RuleId)}::{Data(message)}";
    }

    /// <summary>The workflow command for an unreadable file.</summary>
    internal static string Command(FileError error)
    {
        var column = error.Column is int c ? $",col={c}" : string.Empty;
        return $"::error file={Property(error.Path)},line={error.Line ?? 1}{column},title={FileError.RuleId}::{Data(TextFormatter.Printable(TextFormatter.Describe(error)))}";
    }

    // Escaping as GitHub's toolkit does (core/command.ts): data escapes %, CR, LF; properties also : and ,. Text from transcripts and
    // file names goes through TextFormatter.Printable first, so no control character reaches the log.
    internal static string Data(string value) => value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) => Data(TextFormatter.Printable(value)).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
