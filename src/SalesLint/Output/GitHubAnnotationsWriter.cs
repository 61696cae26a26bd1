using SalesLint.Engine;

namespace SalesLint.Output;

/// <summary>
/// Writes GitHub Actions workflow commands (<c>::warning file=…,line=…,title=…::message</c>) so findings show as
/// annotations on the pull request. Suggestions become <c>notice</c>.
/// </summary>
public static class GitHubAnnotationsWriter
{
    /// <summary>Writes one command per finding and per unreadable file.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The batch.</param>
    public static void Write(TextWriter output, BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var conversation in report.Results)
        {
            Write(output, conversation);
        }

        foreach (var error in report.Errors)
        {
            Write(output, error);
        }
    }

    /// <summary>Writes one command per finding of a conversation.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="conversation">The conversation's results.</param>
    public static void Write(TextWriter output, ConversationReport conversation)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(conversation);
        {
            foreach (var d in conversation.Diagnostics)
            {
                var kind = d.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "notice",
                };
                var where = d.Location.Turn is int turn ? $"Turn {turn + 1}{(d.Location.StartSeconds is double s ? " at " + TextFormatter.FormatTime(s) : string.Empty)}: " : string.Empty;
                var message = where + TextFormatter.Printable(d.Message) + (d.Suggestion is { } suggestion ? $"\nSuggestion: {TextFormatter.Printable(suggestion.Sentence)}" : string.Empty);
                output.WriteLine($"::{kind} file={Property(conversation.Path)},line={d.Location.SourceLine ?? 1},title={Property(d.RuleId)}::{Data(message)}");
            }
        }

    }

    /// <summary>Writes the command for an unreadable file.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="error">The file error.</param>
    public static void Write(TextWriter output, FileError error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var column = error.Column is int c ? $",col={c}" : string.Empty;
        output.WriteLine($"::error file={Property(error.Path)},line={error.Line ?? 1}{column},title={FileError.RuleId}::{Data(TextFormatter.Printable(error.Place is null ? error.Message : $"{error.Place}: {error.Message}"))}");
    }

    // Escaping as GitHub's toolkit does (core/command.ts): data escapes %, CR, LF; properties also : and ,. Text from transcripts and
    // file names goes through TextFormatter.Printable first, so no control character reaches the log.
    private static string Data(string value) => value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) => Data(TextFormatter.Printable(value)).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
