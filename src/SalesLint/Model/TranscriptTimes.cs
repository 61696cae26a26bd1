using System.Globalization;

namespace SalesLint.Model;

/// <summary>
/// The times a transcript may hold: finite seconds from 0 to <see cref="MaxSeconds"/> (7 days), and no turn ending before it starts.
/// Readers reject other times as unreadable input (SL9000, naming the file and the turn or line); so does the engine for a
/// <see cref="Transcript"/> built in code.
/// </summary>
public static class TranscriptTimes
{
    /// <summary>The latest time a transcript may hold: 7 days (604,800 seconds) from the start of the call.</summary>
    public const double MaxSeconds = 7 * 24 * 3600;

    /// <summary>Whether a time is finite and within 0 to <see cref="MaxSeconds"/>.</summary>
    /// <param name="seconds">Seconds from the start of the call.</param>
    /// <returns><see langword="true"/> for a time a transcript may hold.</returns>
    public static bool IsValid(double seconds) => seconds is >= 0 and <= MaxSeconds;

    /// <summary>What is wrong with one time, or <see langword="null"/> when it is valid.</summary>
    /// <param name="seconds">The time in seconds.</param>
    /// <returns>The reason, for error messages.</returns>
    internal static string? Problem(double seconds) =>
        double.IsNaN(seconds) || double.IsInfinity(seconds) ? $"the time {Describe(seconds)} is not a finite number"
        : seconds < 0 ? $"the time {Describe(seconds)} is negative"
        : seconds > MaxSeconds ? $"the time {Describe(seconds)} is past the 7-day limit ({MaxSeconds.ToString(CultureInfo.InvariantCulture)} s)"
        : null;

    /// <summary>What is wrong with a turn's times, or <see langword="null"/> when they are valid.</summary>
    /// <param name="start">Its start, when known.</param>
    /// <param name="end">Its end, when known.</param>
    /// <returns>The reason, for error messages.</returns>
    internal static string? Problem(double? start, double? end)
    {
        var problem = (start is double s ? Problem(s) : null) ?? (end is double e ? Problem(e) : null);
        if (problem is not null)
        {
            return problem;
        }

        return start is double from && end is double to && to < from
            ? $"the turn ends at {Describe(to)}, before it starts at {Describe(from)}"
            : null;
    }

    /// <summary>Seconds as written in messages: <c>12.5 s</c>, <c>1E+300 s</c>, <c>NaN</c>.</summary>
    internal static string Describe(double seconds) =>
        double.IsFinite(seconds) ? seconds.ToString("G6", CultureInfo.InvariantCulture) + " s" : seconds.ToString(CultureInfo.InvariantCulture);
}
