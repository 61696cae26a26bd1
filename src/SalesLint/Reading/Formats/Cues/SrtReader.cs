namespace SalesLint.Reading;

/// <summary>
/// Reads SubRip: blank-line separated blocks of an index line, a timing line <c>00:00:01,000 --&gt; 00:00:04,200</c> and text lines
/// whose speaker comes from a <c>Name:</c> prefix.
/// </summary>
internal sealed class SrtReader : ITranscriptFormat
{
    private SrtReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static SrtReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "srt";

    /// <inheritdoc/>
    public string Family => "srt";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => true;

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Content, input.Options)];

    public static ParsedTranscript Parse(string path, string content, ReaderOptions options)
    {
        var lines = TextLines.SplitLines(content);
        var cues = new CueTurnCollector(path, webVtt: false, options);
        var index = 0;

        // SalesLint extension: '# seller: NAME' / '# buyer: NAME' lines before the first block declare roles,
        // as in plain-text transcripts (SubRip itself has no comments).
        for (; index < lines.Count && (lines[index].Length == 0 || lines[index].TrimStart().StartsWith('#')); index++)
        {
            var header = lines[index].Trim();
            if (header.Length > 0 && TextLines.TrySplitHeader(header[1..], out var key, out var value) && SpeakerLabels.TryParseRole(key, out var role))
            {
                cues.Speakers.Declare(value, role, index + 1);
            }
        }

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
            while (index < lines.Count && !string.IsNullOrWhiteSpace(lines[index]))
            {
                index++;
            }

            var blockEnd = index;

            // The index line is optional: a block may start with its timing line.
            var timing = lines[blockStart].Contains("-->", StringComparison.Ordinal) ? blockStart : blockStart + 1;
            if (timing >= blockEnd || !lines[timing].Contains("-->", StringComparison.Ordinal))
            {
                throw new TranscriptFormatException(
                    path,
                    $"the block '{Shorten(lines[blockStart].Trim())}' has no timing line such as '00:00:01,000 --> 00:00:04,200' (expected the block number, then the timing line)",
                    Math.Min(timing, blockEnd - 1) + 1);
            }

            var (start, end) = Timestamps.ParseCueTiming(path, lines[timing], timing + 1);
            cues.AddCue(lines, timing + 1, blockEnd, start, end);
        }

        if (cues.Turns.Count == 0)
        {
            throw new TranscriptFormatException(path, "no block has any text");
        }

        return new ParsedTranscript(TextLines.DefaultId(path), cues.Speakers.Build(), cues.Turns, null, null);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
