using System.Globalization;
using SalesLint.Engine;
using SalesLint.RuleKinds;

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

        var location = where.Count == 0 ? path : $"{path}({string.Join(", ", where)})";
        var line = $"{location}: {SeverityNames.ToName(diagnostic.Severity)} {diagnostic.RuleId}: {diagnostic.Message}";
        if (diagnostic.Suggestion is { } suggestion)
        {
            line += $"{Environment.NewLine}    suggestion: {suggestion.Sentence}";
        }

        return line;
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
