using System.Globalization;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>Timestamps and cue timing: <c>hh:mm:ss.fff</c> parsing, the range check of times, and <c>start --&gt; end</c> lines.</summary>
internal static class Timestamps
{
    /// <summary>The timestamp shapes accepted, for error messages.</summary>
    internal const string TimestampShapes = "expected hh:mm:ss or mm:ss, optionally with .fff or ,fff";

    /// <summary>Parses <c>hh:mm:ss</c> or <c>mm:ss</c>, each with an optional <c>.fff</c> or <c>,fff</c> fraction.</summary>
    /// <param name="text">The timestamp, without surrounding blanks.</param>
    /// <param name="seconds">Seconds from the start of the call.</param>
    /// <param name="problem">What is wrong, when the result is <see langword="false"/>.</param>
    /// <returns>Whether the text is a valid timestamp.</returns>
    public static bool TryParseTimestamp(ReadOnlySpan<char> text, out double seconds, out string problem)
    {
        seconds = 0;
        problem = TimestampShapes;
        var fraction = 0.0;
        var separator = text.IndexOfAny('.', ',');
        if (separator >= 0)
        {
            var digits = text[(separator + 1)..];
            if (digits.Length is 0 or > 9 || !IsDigits(digits))
            {
                problem = "the fraction must be 1 to 9 digits";
                return false;
            }

            fraction = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) / Math.Pow(10, digits.Length);
            text = text[..separator];
        }

        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ':');
        if (count is not (2 or 3))
        {
            return false;
        }

        var hours = 0;
        var index = 0;
        if (count == 3)
        {
            if (!TryParseField(text[parts[0]], 5, out hours))
            {
                return false;
            }

            index = 1;
        }

        if (!TryParseField(text[parts[index]], count == 3 ? 2 : 6, out var minutes) || !TryParseField(text[parts[index + 1]], 2, out var secs))
        {
            return false;
        }

        if (count == 3 && minutes >= 60)
        {
            problem = "minutes must be below 60";
            return false;
        }

        if (secs >= 60)
        {
            problem = "seconds must be below 60";
            return false;
        }

        seconds = (hours * 3600.0) + (minutes * 60.0) + secs + fraction;
        return true;
    }

    /// <summary>Parses a timestamp or throws an error pointing at it.</summary>
    public static double ParseTimestamp(string path, string text, int line, int column)
    {
        if (text.Length == 0)
        {
            throw new TranscriptFormatException(path, $"missing timestamp: {TimestampShapes}", line, column);
        }

        if (!TryParseTimestamp(text, out var seconds, out var problem))
        {
            throw new TranscriptFormatException(path, $"malformed timestamp '{text}': {problem}", line, column);
        }

        return CheckTime(path, seconds, line, column);
    }

    /// <summary>Formats seconds as <c>hh:mm:ss.fff</c> for messages; any value, even one no transcript may hold (<c>1E+300 s</c>, <c>NaN</c>).</summary>
    public static string FormatSeconds(double seconds) =>
        seconds is >= 0 and < 360_000
            ? TimeSpan.FromSeconds(seconds).ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture)
            : TranscriptTimes.Describe(seconds);

    /// <summary>Throws when a time parsed at a place of the file is outside <see cref="TranscriptTimes"/>' range.</summary>
    /// <param name="path">The file.</param>
    /// <param name="seconds">The time.</param>
    /// <param name="line">Its 1-based line.</param>
    /// <param name="column">Its 1-based column.</param>
    /// <returns><paramref name="seconds"/>.</returns>
    public static double CheckTime(string path, double seconds, int line, int column) =>
        TranscriptTimes.Problem(seconds) is { } problem ? throw new TranscriptFormatException(path, problem, line, column) : seconds;

    /// <summary>
    /// Throws for the first turn whose times are outside <see cref="TranscriptTimes"/>' range or end before they start, naming the turn
    /// (1-based) and its line when known. Readers check times where they parse them; this catches what they combine.
    /// </summary>
    /// <param name="path">The file, or <see langword="null"/>.</param>
    /// <param name="turns">The turns.</param>
    /// <param name="conversation">The place of the conversation in the file, or <see langword="null"/>.</param>
    public static void CheckTimes(string? path, IReadOnlyList<TranscriptTurn> turns, string? conversation)
    {
        for (var i = 0; i < turns.Count; i++)
        {
            if (TranscriptTimes.Problem(turns[i].Start, turns[i].End) is { } problem)
            {
                var place = string.Create(CultureInfo.InvariantCulture, $"turn {i + 1}");
                throw new TranscriptFormatException(path, problem, turns[i].SourceLine, place: conversation is null ? place : $"{conversation} {place}");
            }
        }
    }

    /// <summary>Parses a cue timing line <c>start --&gt; end [settings]</c> (WebVTT and SubRip).</summary>
    /// <param name="path">The file, for errors.</param>
    /// <param name="line">The timing line; it must contain <c>--&gt;</c>.</param>
    /// <param name="lineNumber">Its 1-based line number.</param>
    /// <returns>Start and end in seconds.</returns>
    public static (double Start, double End) ParseCueTiming(string path, string line, int lineNumber)
    {
        var arrow = line.IndexOf("-->", StringComparison.Ordinal);
        var startBegin = SkipBlanks(line, 0);
        var startEnd = arrow;
        while (startEnd > startBegin && char.IsWhiteSpace(line[startEnd - 1]))
        {
            startEnd--;
        }

        var endBegin = SkipBlanks(line, arrow + 3);
        var endEnd = endBegin;
        while (endEnd < line.Length && !char.IsWhiteSpace(line[endEnd]))
        {
            endEnd++;
        }

        var start = ParseTimestamp(path, line[startBegin..Math.Max(startBegin, startEnd)], lineNumber, startBegin + 1);
        var end = ParseTimestamp(path, line[endBegin..endEnd], lineNumber, endBegin + 1);
        if (end < start)
        {
            throw new TranscriptFormatException(path, $"the cue ends at {FormatSeconds(end)}, before it starts at {FormatSeconds(start)}", lineNumber, endBegin + 1);
        }

        return (start, end);
    }

    private static bool TryParseField(ReadOnlySpan<char> digits, int maxDigits, out int value)
    {
        value = 0;
        return digits.Length > 0 && digits.Length <= maxDigits && IsDigits(digits)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipBlanks(string line, int index)
    {
        while (index < line.Length && char.IsWhiteSpace(line[index]))
        {
            index++;
        }

        return index;
    }
}
