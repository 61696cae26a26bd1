namespace SalesLint;

/// <summary>Base of the errors SalesLint reports about its inputs; the message names the file and the place.</summary>
public abstract class SalesLintException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file at fault, when there is one.</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="column">1-based column, when known.</param>
    /// <param name="place">A description of the place when no line is known (e.g. <c>turns[3].speaker</c>).</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying error.</param>
    protected SalesLintException(string? path, int? line, int? column, string? place, string reason, Exception? inner = null)
        : base(Format(path, line, column, place, reason), inner)
    {
        FilePath = path;
        Line = line;
        Column = column;
        Place = place;
        Reason = reason;
    }

    /// <summary>The file at fault, when there is one.</summary>
    public string? FilePath { get; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>The place in the file in words, when no line is known.</summary>
    public string? Place { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    private static string Format(string? path, int? line, int? column, string? place, string reason)
    {
        var where = path ?? "<input>";
        if (line is not null)
        {
            where += column is not null ? $"({line},{column})" : $"({line})";
        }

        if (!string.IsNullOrEmpty(place))
        {
            where += $": {place}";
        }

        return $"{where}: {reason}";
    }
}

/// <summary>A transcript that cannot be read: malformed, binary, too large, or with speakers that cannot be resolved.</summary>
public sealed class TranscriptFormatException : SalesLintException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="column">1-based column, when known.</param>
    /// <param name="place">The place in words, when no line is known.</param>
    /// <param name="inner">The underlying error.</param>
    public TranscriptFormatException(string? path, string reason, int? line = null, int? column = null, string? place = null, Exception? inner = null)
        : base(path, line, column, place, reason, inner)
    {
    }

    /// <summary>
    /// When the error is a conversation without a seller: the speakers found and the names that matched none, so a caller can word its
    /// own advice (a command line names its flags); the message words it for library callers. Otherwise <see langword="null"/>.
    /// </summary>
    public Reading.MissingSellerHint? MissingSeller { get; init; }
}

/// <summary>A rule, lexicon, scoring or analyzer configuration that is invalid.</summary>
public sealed class ConfigurationException : SalesLintException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="column">1-based column, when known.</param>
    /// <param name="inner">The underlying error.</param>
    public ConfigurationException(string? path, string reason, int? line = null, int? column = null, Exception? inner = null)
        : base(path, line, column, null, reason, inner)
    {
    }

    private ConfigurationException(string? path, Func<SettingWording, string> reason, SettingWording wording, int? line, int? column, Exception? inner)
        : base(path, line, column, null, reason(wording), inner)
    {
        WordedReason = reason;
    }

    /// <summary>The reason for any wording, when the reason gives advice that names a setting; else <see langword="null"/>.</summary>
    private Func<SettingWording, string>? WordedReason { get; }

    /// <summary>
    /// The same error with its advice worded for <paramref name="wording"/> (a command line names its flags); this error when
    /// its reason names no setting.
    /// </summary>
    /// <param name="wording">How to name settings.</param>
    /// <returns>The error to show.</returns>
    public ConfigurationException Reword(SettingWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return WordedReason is null ? this : new ConfigurationException(FilePath, WordedReason, wording, Line, Column, this);
    }

    /// <summary>An error whose reason names settings; the message words them for library callers (<see cref="SettingWording.Library"/>).</summary>
    internal static ConfigurationException Worded(string? path, Func<SettingWording, string> reason, int? line = null, int? column = null, Exception? inner = null) =>
        new(path, reason, SettingWording.Library, line, column, inner);
}
