using System.Globalization;
using SalesLint.Batch;
using SalesLint.Diagnostics;

namespace SalesLint.Output;

/// <summary>
/// Formats findings the way compilers and linters print them:
/// <c>path(turn 3, 00:01:12): warning SL1003: message</c>. Turn numbers are 1-based here (0-based in JSON).
/// </summary>
public static class TextFormatter
{
    /// <summary>Formats one finding.</summary>
    /// <param name="path">The file path to print.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <param name="conversationId">The conversation ID, printed when a file holds several conversations.</param>
    /// <returns>One line (two when there is a suggested rewrite).</returns>
    public static string Format(string path, Diagnostic diagnostic, string? conversationId = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var where = new List<string>(3);
        if (conversationId is not null)
        {
            where.Add(conversationId);
        }

        if (diagnostic.Location.Turn is int turn)
        {
            where.Add($"turn {turn + 1}");
        }

        if (diagnostic.Location.StartSeconds is double seconds)
        {
            where.Add(FormatTime(seconds));
        }

        var location = where.Count == 0 ? Printable(path) : $"{Printable(path)}({Printable(string.Join(", ", where))})";
        var line = $"{location}: {SeverityNames.ToName(diagnostic.Severity)} {Printable(diagnostic.RuleId)}: {Printable(diagnostic.Message)}";
        if (diagnostic.Suggestion is { } suggestion)
        {
            line += $"{Environment.NewLine}    suggestion: {Printable(suggestion.Sentence)}";
        }

        return line;
    }

    /// <summary>Formats a file that could not be read: <c>path(line,column): error SL9000: place: message</c>.</summary>
    /// <param name="error">The file error.</param>
    /// <param name="severity">The word printed for the severity (coloured on a terminal); <c>error</c> when omitted.</param>
    /// <returns>One line.</returns>
    public static string Format(FileError error, string? severity = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"{Where(error)}: {severity ?? "error"} {FileError.RuleId}: {Printable(Describe(error))}";
    }

    /// <summary>Where a file error is: <c>path(line,column)</c>, or the path alone when no line is known (made printable).</summary>
    /// <param name="error">The file error.</param>
    /// <returns>The location.</returns>
    public static string Where(FileError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var path = Printable(error.Path);
        return error.Line is int line
            ? string.Create(CultureInfo.InvariantCulture, $"{path}({line}{(error.Column is int c ? $",{c}" : string.Empty)})")
            : path;
    }

    /// <summary>What is wrong with a file: <c>place: message</c>, or the message alone (not escaped).</summary>
    /// <param name="error">The file error.</param>
    /// <returns>The text.</returns>
    public static string Describe(FileError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Place is null ? error.Message : $"{error.Place}: {error.Message}";
    }

    /// <summary>
    /// Text as it may go to a terminal or a log, one finding per line: control characters (C0 with line breaks and tab, DEL, C1),
    /// line and paragraph separators, bidirectional controls (which reorder what is shown), noncharacters U+FFFE and U+FFFF and lone
    /// surrogates are written as <c>\uXXXX</c>; everything else (letters of any script, emoji, combining marks, zero-width
    /// characters) is kept.
    /// </summary>
    /// <param name="text">Text from a transcript, a file name or a message.</param>
    /// <returns>The text, the same instance when nothing needs escaping.</returns>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstUnprintable(text, 0);
        if (first < 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length + 16);
        var from = 0;
        for (var i = first; i >= 0; i = FirstUnprintable(text, from))
        {
            sb.Append(text, from, i - from).Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
            from = i + 1;
        }

        return sb.Append(text, from, text.Length - from).ToString();
    }

    private static int FirstUnprintable(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\u061C' or '\u200E' or '\u200F' or (>= '\u2028' and <= '\u202E')
                or (>= '\u2066' and <= '\u2069') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Formats seconds as <c>hh:mm:ss</c> (hours past 99 take more digits). Total: a negative time is <c>00:00:00</c>, a time of a
    /// billion seconds or more is written as a number (<c>1E+12 s</c>), and NaN or an infinity as <c>--:--:--</c>.
    /// </summary>
    /// <param name="seconds">Seconds from the start of the call.</param>
    /// <returns>The time.</returns>
    public static string FormatTime(double seconds)
    {
        if (!double.IsFinite(seconds))
        {
            return "--:--:--";
        }

        if (seconds >= 1e9)
        {
            return seconds.ToString("0.###E+0", CultureInfo.InvariantCulture) + " s";
        }

        var whole = (long)Math.Max(0, Math.Floor(seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 3600:00}:{whole / 60 % 60:00}:{whole % 60:00}");
    }
}
