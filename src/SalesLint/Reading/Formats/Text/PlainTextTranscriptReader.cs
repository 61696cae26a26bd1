using System.Text;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>
/// Reads plain-text transcripts: optional <c># key: value</c> header lines at the top (<c>id</c>, <c>seller</c>, <c>buyer</c>,
/// <c>other</c>), then one <c>[timestamp] Name: text</c> turn per line; other non-blank lines continue the previous turn.
/// </summary>
internal sealed class PlainTextTranscriptReader : ITranscriptFormat
{
    private PlainTextTranscriptReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static PlainTextTranscriptReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "txt";

    /// <inheritdoc/>
    public string Family => "txt";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => true;

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Content, input.Options)];

    public static ParsedTranscript Parse(string path, string content, ReaderOptions options)
    {
        var lines = TextLines.SplitLines(content);
        var speakers = new SpeakerTable(path, options.Sellers.Concat(options.Buyers));
        var id = TextLines.DefaultId(path);

        var index = 0;
        for (; index < lines.Count; index++)
        {
            var header = lines[index].Trim();
            if (header.Length == 0)
            {
                continue;
            }

            if (header[0] != '#')
            {
                break;
            }

            // Header lines that are not "key: value" with a known key are comments.
            if (!TextLines.TrySplitHeader(header[1..], out var key, out var value))
            {
                continue;
            }

            if (string.Equals(key, "id", StringComparison.OrdinalIgnoreCase))
            {
                id = value.Length > 0 ? value : throw new TranscriptFormatException(path, "'# id:' needs a value", index + 1);
            }
            else if (SpeakerLabels.TryParseRole(key, out var role))
            {
                speakers.Declare(value, role, index + 1);
            }
        }

        var raw = new List<RawTurn>();
        double? previousStart = null;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            var lineNumber = index + 1;
            var begin = 0;
            while (begin < line.Length && char.IsWhiteSpace(line[begin]))
            {
                begin++;
            }

            if (begin == line.Length)
            {
                continue;
            }

            double? start = null;
            var rest = line[begin..];
            if (TryTakeTimestamp(path, line, begin, lineNumber, out var seconds, out var after))
            {
                if (previousStart is not null && seconds < previousStart)
                {
                    throw new TranscriptFormatException(
                        path,
                        $"the timestamp {Timestamps.FormatSeconds(seconds)} is earlier than the previous one, {Timestamps.FormatSeconds(previousStart.Value)}",
                        lineNumber,
                        begin + 2);
                }

                start = previousStart = seconds;
                rest = line[after..];
            }

            if (SpeakerLabels.TrySplitSpeaker(rest, speakers, out var name, out var text))
            {
                raw.Add(new RawTurn(name, new StringBuilder(text), start, lineNumber));
            }
            else if (start is not null)
            {
                var column = after;
                while (column < line.Length && char.IsWhiteSpace(line[column]))
                {
                    column++;
                }

                throw new TranscriptFormatException(path, "expected 'Name: text' after the timestamp", lineNumber, column + 1);
            }
            else if (raw.Count == 0)
            {
                throw new TranscriptFormatException(
                    path,
                    "expected a 'Name: text' line (such as 'Dana: Hello'); text before the first speaker cannot be attributed (header lines start with '#')",
                    lineNumber,
                    begin + 1);
            }
            else
            {
                var previous = raw[^1].Text;
                if (previous.Length > 0)
                {
                    previous.Append(' ');
                }

                previous.Append(rest.Trim());
            }
        }

        if (raw.Count == 0)
        {
            throw new TranscriptFormatException(path, "no turns: expected 'Name: text' lines after the header");
        }

        var turns = new List<TranscriptTurn>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var text = raw[i].Text.ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            turns.Add(new TranscriptTurn
            {
                Speaker = speakers.Intern(raw[i].Name),
                Text = text,
                Start = raw[i].Start,
                End = raw[i].Start is not null && i + 1 < raw.Count ? raw[i + 1].Start : null,
                SourceLine = raw[i].Line,
                SourceColumn = TextLines.ColumnOfSuffix(lines[raw[i].Line - 1], text),
            });
        }

        if (turns.Count == 0)
        {
            throw new TranscriptFormatException(path, "no turn has any text");
        }

        return new ParsedTranscript(id, speakers.Build(), turns, null, null);
    }

    /// <summary>Reads a leading <c>[timestamp]</c>. Brackets holding anything but a digit followed by a colon somewhere (e.g. <c>[laughs]</c>) are not timestamps.</summary>
    private static bool TryTakeTimestamp(string path, string line, int begin, int lineNumber, out double seconds, out int after)
    {
        seconds = 0;
        after = begin;
        if (line[begin] != '[')
        {
            return false;
        }

        var close = line.IndexOf(']', begin + 1);
        var inner = close > 0 ? line[(begin + 1)..close] : line[(begin + 1)..];
        var trimmed = inner.Trim();
        if (trimmed.Length == 0 || !char.IsAsciiDigit(trimmed[0]) || !trimmed.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var column = begin + 2 + (inner.Length - inner.TrimStart().Length);
        if (close < 0)
        {
            throw new TranscriptFormatException(path, "malformed timestamp: missing ']'", lineNumber, column);
        }

        seconds = Timestamps.ParseTimestamp(path, trimmed, lineNumber, column);
        after = close + 1;
        return true;
    }

    private sealed record RawTurn(string Name, StringBuilder Text, double? Start, int Line);
}
