using System.Text;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>
/// Reads a Google Meet transcript saved as plain text (the Google Docs transcript downloaded as <c>.txt</c>): a header (the meeting
/// title ending in <c>- Transcript</c>, a date, <c>Attendees</c> and their names, the <c>Transcript</c> heading, the "editable
/// transcript" notice), then <c>Name: text</c> paragraphs with a bare <c>hh:mm:ss</c> line every few minutes, and a closing
/// <c>Meeting ended after hh:mm:ss</c> (or <c>Transcription ended after</c>) line.
/// </summary>
/// <remarks>
/// A timestamp line gives the start of the paragraph after it; other paragraphs have no times. A line that names no speaker continues the
/// paragraph before it. The attendees are known speaker names, so names that do not look like names (<c>tiago - stakin</c>) are still
/// recognized. Roles come only from the options.
/// </remarks>
internal sealed class GoogleMeetReader : ITranscriptFormat
{
    private GoogleMeetReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static GoogleMeetReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "meet";

    /// <inheritdoc/>
    public string Family => "txt";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => Matches(input.Content);

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Content, input.Options)];

    /// <summary>The product name used in messages.</summary>
    public const string Vendor = "Google Meet";

    private const int HeaderLines = 15;

    private const int TitleLines = 2;

    private static readonly string[] FooterStarts =
    [
        "Meeting ended after ", "Transcription ended after ", "This editable transcript was computer generated",
        "People can also change the text after it was created",
    ];

    /// <summary>
    /// Whether text looks like a Google Meet transcript rather than SalesLint plain text: it does not start with a <c>#</c> header, and
    /// either one of its first two lines is a Meet title (<c>… - Transcript</c>), one of its first lines is <c>Attendees</c> or a bare
    /// <c>hh:mm:ss</c> line, or a line is one of Meet's notices.
    /// </summary>
    public static bool Matches(string content)
    {
        var seen = 0;
        foreach (var raw in content.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (seen == 0 && line[0] == '#')
            {
                return false;
            }

            // The title is the first line (or the second, after the date); attendees and the first timestamp come soon after.
            if (IsFooter(line) || (seen < TitleLines && IsHeading(line))
                || (seen < HeaderLines && (line.SequenceEqual("Attendees") || IsTimestampLine(line, out _))))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    /// <summary>Parses a Google Meet transcript.</summary>
    public static ParsedTranscript Parse(string path, string content, ReaderOptions options)
    {
        var lines = TextLines.SplitLines(content);
        var speakers = new SpeakerTable(path, options.Sellers.Concat(options.Buyers).Concat(Attendees(lines)));
        var raw = new List<(string Name, StringBuilder Text, double? Start, int Line)>();
        double? pending = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || IsFooter(line))
            {
                continue;
            }

            if (IsTimestampLine(line, out var seconds))
            {
                pending = Timestamps.CheckTime(path, seconds, i + 1, lines[i].IndexOf(line, StringComparison.Ordinal) + 1);
                continue;
            }

            if (raw.Count == 0 && (IsHeading(line) || line == "Attendees"))
            {
                continue;
            }

            if (SpeakerLabels.TrySplitSpeaker(line, speakers, out var name, out var text))
            {
                raw.Add((name, new StringBuilder(text), pending, i + 1));
                pending = null;
            }
            else if (raw.Count > 0)
            {
                raw[^1].Text.Append(raw[^1].Text.Length > 0 ? " " : string.Empty).Append(line);
            }

            // Before the first paragraph, other lines are the header: the date and the attendee list.
        }

        var turns = raw.Where(r => r.Text.Length > 0)
            .Select(r => new TranscriptTurn { Speaker = speakers.Intern(r.Name), Text = r.Text.ToString(), Start = r.Start, SourceLine = r.Line })
            .ToList();
        if (turns.Count == 0)
        {
            throw new TranscriptFormatException(path, "no turns: expected 'Name: text' paragraphs after the Google Meet header");
        }

        return new ParsedTranscript(TextLines.DefaultId(path), speakers.Build(), turns, null, null) { Vendor = Vendor };
    }

    /// <summary>The names on the line after <c>Attendees</c>, without the screen-sharing entries (<c>Dana's Presentation</c>).</summary>
    private static IEnumerable<string> Attendees(List<string> lines)
    {
        var at = lines.FindIndex(l => l.Trim() == "Attendees");
        var list = at < 0 ? -1 : lines.FindIndex(at + 1, l => !string.IsNullOrWhiteSpace(l));
        return list < 0
            ? []
            : lines[list].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(n => !n.EndsWith("'s Presentation", StringComparison.Ordinal) && !n.EndsWith("\u2019s Presentation", StringComparison.Ordinal));
    }

    private static bool IsHeading(ReadOnlySpan<char> line) =>
        line.SequenceEqual("Transcript") || line.SequenceEqual("\U0001F4D6 Transcript") || line.EndsWith("- Transcript", StringComparison.Ordinal);

    private static bool IsFooter(ReadOnlySpan<char> line)
    {
        foreach (var start in FooterStarts)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line holding only <c>hh:mm:ss</c>, possibly in parentheses.</summary>
    private static bool IsTimestampLine(ReadOnlySpan<char> line, out double seconds)
    {
        seconds = 0;
        var text = line;
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            text = text[1..^1].Trim();
        }

        return text.Count(':') == 2 && text.Length <= 12 && char.IsAsciiDigit(text[0])
            && Timestamps.TryParseTimestamp(text, out seconds, out _);
    }
}
