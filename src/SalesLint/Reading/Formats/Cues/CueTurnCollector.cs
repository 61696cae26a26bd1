using System.Text;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>Builds turns from the text of WebVTT and SubRip cues.</summary>
/// <remarks>
/// Each text line that starts with a voice tag (<c>&lt;v Name&gt;</c>, WebVTT only) or a <c>Name:</c> prefix starts a turn; other lines continue
/// the current turn of the cue. A cue whose first line names nobody continues with the speaker of the previous cue, as a separate turn.
/// </remarks>
internal sealed class CueTurnCollector
{
    private readonly string path;
    private readonly bool webVtt;
    private readonly List<TranscriptTurn> turns = [];
    private readonly StringBuilder text = new();
    private string? lastSpeaker;
    private string? currentSpeaker;
    private bool joinLastTurn;
    private int currentLine;
    private List<string>? sourceLines;
    private int pieces;
    private int firstPieceLine;
    private int firstPieceOffset;
    private double currentStart;
    private double currentEnd;

    public CueTurnCollector(string path, bool webVtt, ReaderOptions options)
    {
        this.path = path;
        this.webVtt = webVtt;
        Speakers = new SpeakerTable(path, options.Sellers.Concat(options.Buyers));
    }

    /// <summary>The speakers seen so far; WebVTT NOTE declarations go here too.</summary>
    public SpeakerTable Speakers { get; }

    /// <summary>The turns built so far.</summary>
    public IReadOnlyList<TranscriptTurn> Turns => turns;

    /// <summary>Adds the text lines of one cue.</summary>
    /// <param name="lines">All lines of the file.</param>
    /// <param name="first">Index of the first text line of the cue.</param>
    /// <param name="end">Index just past its last text line.</param>
    /// <param name="start">Cue start in seconds.</param>
    /// <param name="finish">Cue end in seconds.</param>
    /// <param name="continuesPrevious">Whether the cue is the next part of the previous cue's utterance: its first turn then joins the
    /// last turn when the speaker is the same.</param>
    public void AddCue(List<string> lines, int first, int end, double start, double finish, bool continuesPrevious = false)
    {
        currentStart = start;
        currentEnd = finish;
        joinLastTurn = continuesPrevious;
        sourceLines = lines;
        for (var i = first; i < end; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            var position = 0;
            var afterVoice = false;
            while (webVtt && TryFindVoice(line, position, out var tagStart, out var tagEnd, out var voice))
            {
                AddText(line[position..tagStart], lineNumber, afterVoice, position);
                Flush();
                StartTurn(voice, lineNumber);
                position = tagEnd;
                afterVoice = true;
            }

            AddText(line[position..], lineNumber, afterVoice, position);
        }

        Flush();
    }

    private void AddText(string raw, int lineNumber, bool afterVoice, int offset)
    {
        var cleaned = Clean(raw);
        if (cleaned.Length == 0)
        {
            return;
        }

        // Text right after a voice tag belongs to that voice, even when it contains a colon.
        if (!afterVoice && SpeakerLabels.TrySplitSpeaker(cleaned, Speakers, out var name, out var rest))
        {
            Flush();
            StartTurn(name, lineNumber);
            Append(rest, lineNumber, offset);
            return;
        }

        if (currentSpeaker is null)
        {
            if (lastSpeaker is null)
            {
                var hint = webVtt ? "'<v Name>' or 'Name: '" : "'Name: '";
                throw new TranscriptFormatException(path, $"cannot tell who speaks: start the cue text with {hint}", lineNumber);
            }

            StartTurn(lastSpeaker, lineNumber);
        }

        Append(cleaned, lineNumber, offset);
    }

    private void StartTurn(string speaker, int lineNumber)
    {
        currentSpeaker = speaker;
        currentLine = lineNumber;
        text.Clear();
        pieces = 0;
    }

    private void Append(string value, int lineNumber, int offset)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (pieces++ == 0)
        {
            firstPieceLine = lineNumber;
            firstPieceOffset = offset;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(value);
    }

    private void Flush()
    {
        if (currentSpeaker is null)
        {
            return;
        }

        var value = text.ToString().Trim();
        if (value.Length > 0)
        {
            var speaker = Speakers.Intern(currentSpeaker);
            if (joinLastTurn && turns.Count > 0 && turns[^1].Speaker == speaker)
            {
                turns[^1] = turns[^1] with { Text = $"{turns[^1].Text} {value}", End = Math.Max(currentEnd, turns[^1].End ?? currentEnd), SourceColumn = null };
            }
            else
            {
                turns.Add(new TranscriptTurn { Speaker = speaker, Text = value, Start = currentStart, End = currentEnd, SourceLine = currentLine, SourceColumn = Column(value) });
            }

            joinLastTurn = false;
        }

        lastSpeaker = currentSpeaker;
        currentSpeaker = null;
        text.Clear();
        pieces = 0;
    }

    /// <summary>Where the turn text starts on its line, when it is one piece of one line that stands there as read (no markup removed).</summary>
    private int? Column(string value)
    {
        if (pieces != 1 || firstPieceLine != currentLine || sourceLines is null)
        {
            return null;
        }

        var at = sourceLines[firstPieceLine - 1].IndexOf(value, firstPieceOffset, StringComparison.Ordinal);
        return at < 0 ? null : at + 1;
    }

    private string Clean(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '<' && i + 1 < raw.Length && (char.IsLetterOrDigit(raw[i + 1]) || raw[i + 1] == '/'))
            {
                var close = raw.IndexOf('>', i + 1);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }

            sb.Append(c);
        }

        var cleaned = sb.ToString().Trim();
        if (webVtt)
        {
            cleaned = System.Net.WebUtility.HtmlDecode(cleaned).Trim();
        }

        // Subtitle dialogue dashes: "- Dana: hi".
        return cleaned.StartsWith("- ", StringComparison.Ordinal) ? cleaned[2..].TrimStart() : cleaned;
    }

    private static bool TryFindVoice(string line, int from, out int tagStart, out int tagEnd, out string voice)
    {
        tagStart = from;
        while ((tagStart = line.IndexOf("<v", tagStart, StringComparison.Ordinal)) >= 0)
        {
            var next = tagStart + 2;
            if (next < line.Length && (line[next] == '.' || char.IsWhiteSpace(line[next])))
            {
                var close = line.IndexOf('>', next);
                if (close < 0)
                {
                    break;
                }

                // Skip the classes (<v.loud Dana>), then the annotation is the voice name.
                var nameStart = next;
                while (nameStart < close && !char.IsWhiteSpace(line[nameStart]))
                {
                    nameStart++;
                }

                var name = line[nameStart..close].Trim();
                if (name.Length > 0)
                {
                    tagEnd = close + 1;
                    voice = name;
                    return true;
                }
            }

            tagStart = next;
        }

        tagStart = -1;
        tagEnd = -1;
        voice = string.Empty;
        return false;
    }
}
