namespace SalesLint.Reading;

/// <summary>
/// Reads WebVTT: the <c>WEBVTT</c> header, <c>NOTE seller: NAME</c> (buyer, other) role declarations, and cues with an optional
/// identifier line, a timing line and text whose speaker comes from a voice tag <c>&lt;v Name&gt;</c> or a <c>Name:</c> prefix.
/// STYLE and REGION blocks are skipped.
/// </summary>
/// <remarks>
/// Zoom exports number their cues and write <c>Name: text</c>. Microsoft Teams exports write <c>&lt;v Name&gt;</c> voice tags and cue
/// identifiers such as <c>6f1c…/12-0</c>, <c>6f1c…/12-1</c>: the parts of one utterance, which are joined into one turn when the
/// speaker stays the same. Other consecutive cues of one speaker stay separate turns.
/// </remarks>
internal sealed class WebVttReader : ITranscriptFormat
{
    private WebVttReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static WebVttReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "vtt";

    /// <inheritdoc/>
    public string Family => "vtt";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => true;

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Content, input.Options)];

    public static ParsedTranscript Parse(string path, string content, ReaderOptions options)
    {
        var lines = TextLines.SplitLines(content);
        var header = lines[0];
        if (!header.StartsWith("WEBVTT", StringComparison.Ordinal) || (header.Length > 6 && !char.IsWhiteSpace(header[6])))
        {
            throw new TranscriptFormatException(path, "missing 'WEBVTT' header: a WebVTT file must start with the line 'WEBVTT'", 1, 1);
        }

        var cues = new CueTurnCollector(path, webVtt: true, options);
        var index = SkipBlock(lines, 0);
        var stray = lines.FindIndex(1, index - 1, l => l.Contains("-->", StringComparison.Ordinal));
        if (stray >= 0)
        {
            throw new TranscriptFormatException(path, "expected a blank line between the 'WEBVTT' header and the first cue", stray + 1);
        }
        var anyCue = false;
        string? previousCueId = null;
        while (true)
        {
            while (index < lines.Count && string.IsNullOrWhiteSpace(lines[index]))
            {
                index++;
            }

            if (index >= lines.Count)
            {
                break;
            }

            var blockStart = index;
            var blockEnd = SkipBlock(lines, index);
            index = blockEnd;
            var first = lines[blockStart];
            if (IsKeyword(first, "NOTE"))
            {
                ReadNote(cues.Speakers, lines, blockStart, blockEnd);
                continue;
            }

            if ((IsKeyword(first, "STYLE") || IsKeyword(first, "REGION")) && !first.Contains("-->", StringComparison.Ordinal))
            {
                continue;
            }

            var timing = first.Contains("-->", StringComparison.Ordinal) ? blockStart : blockStart + 1;
            if (timing >= blockEnd || !lines[timing].Contains("-->", StringComparison.Ordinal))
            {
                throw new TranscriptFormatException(
                    path,
                    "expected a cue timing line such as '00:00:01.000 --> 00:00:04.200' (after an optional cue identifier line)",
                    Math.Min(timing, blockEnd - 1) + 1);
            }

            var (start, end) = Timestamps.ParseCueTiming(path, lines[timing], timing + 1);
            var cueId = timing > blockStart ? lines[blockStart].Trim() : null;
            cues.AddCue(lines, timing + 1, blockEnd, start, end, continuesPrevious: IsNextPart(previousCueId, cueId));
            previousCueId = cueId;
            anyCue = true;
        }

        if (!anyCue)
        {
            throw new TranscriptFormatException(path, "no cues: expected cues such as '00:00:01.000 --> 00:00:04.200' followed by text");
        }

        if (cues.Turns.Count == 0)
        {
            throw new TranscriptFormatException(path, "no cue has any text");
        }

        return new ParsedTranscript(TextLines.DefaultId(path), cues.Speakers.Build(), cues.Turns, null, null);
    }

    /// <summary>Reads <c>seller: NAME</c>, <c>buyer: NAME</c> and <c>other: NAME</c> lines of a NOTE block; other notes are comments.</summary>
    private static void ReadNote(SpeakerTable speakers, List<string> lines, int blockStart, int blockEnd)
    {
        for (var i = blockStart; i < blockEnd; i++)
        {
            var text = i == blockStart ? lines[i][4..] : lines[i];
            if (TextLines.TrySplitHeader(text, out var key, out var value) && SpeakerLabels.TryParseRole(key, out var role))
            {
                speakers.Declare(value, role, i + 1);
            }
        }
    }

    /// <summary>Whether a cue identifier names the next part of the same utterance as the previous one, as Teams writes them: <c>guid/12-0</c>, <c>guid/12-1</c>.</summary>
    private static bool IsNextPart(string? previous, string? current)
    {
        return previous is not null && current is not null
            && TrySplitPart(previous, out var utterance, out var part) && TrySplitPart(current, out var nextUtterance, out var nextPart)
            && nextPart == part + 1 && string.Equals(utterance, nextUtterance, StringComparison.Ordinal);

        static bool TrySplitPart(string id, out string utterance, out int part)
        {
            var slash = id.IndexOf('/', StringComparison.Ordinal);
            var dash = id.LastIndexOf('-');
            utterance = slash > 0 && dash > slash ? id[..dash] : string.Empty;
            part = 0;
            return utterance.Length > 0
                && int.TryParse(id.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out part);
        }
    }

    private static bool IsKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || char.IsWhiteSpace(line[keyword.Length]));

    private static int SkipBlock(List<string> lines, int index)
    {
        while (index < lines.Count && !string.IsNullOrWhiteSpace(lines[index]))
        {
            index++;
        }

        return index;
    }
}
