using System.Text.Json;

namespace SalesLint.Reading;

/// <summary>
/// Reads OpenAI Whisper <c>verbose_json</c> output: <c>segments</c> with <c>start</c>/<c>end</c> in seconds and <c>text</c>.
/// </summary>
/// <remarks>
/// Whisper does not tell speakers apart, so every segment is a turn of one speaker, id <c>speaker</c>; such a file is read only when
/// the options name that speaker (<c>--seller speaker</c>, which analyzes the recording as the seller talking alone, as in a recorded
/// video message). Segments with a <c>speaker</c> (WhisperX after diarization, such as <c>SPEAKER_00</c>) are read like the other
/// vendor formats: runs of one speaker become turns, and a segment the diarizer left without a speaker stays with the speaker before it.
/// When a segment's <c>words</c> carry speakers (WhisperX's word-level diarization), turns are built from the words, so a segment
/// holding two speakers' words splits where the speaker changes; a word without a speaker keeps the speaker of the word before it (the segment's for the first), and a word WhisperX
/// could not align (no <c>start</c>/<c>end</c>) takes the time where the word before it ended.
/// </remarks>
internal sealed class WhisperReader : ITranscriptFormat
{
    private WhisperReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static WhisperReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "whisper";

    /// <inheritdoc/>
    public string Family => "json";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => Matches(input.Root);

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Root)];

    /// <summary>The product name used in messages.</summary>
    public const string Vendor = "Whisper";

    /// <summary>The participant id of the single speaker of a transcript without speaker labels.</summary>
    public const string SingleSpeaker = "speaker";

    /// <summary>Whether a JSON root looks like Whisper output: an object with a <c>segments</c> array.</summary>
    public static bool Matches(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("segments", out var segments) && segments.ValueKind == JsonValueKind.Array;

    /// <summary>Parses Whisper <c>verbose_json</c> (or WhisperX) output.</summary>
    public static ParsedTranscript Parse(string path, JsonElement element)
    {
        var root = new JsonNode(path, null, string.Empty, element).Object("a Whisper verbose_json object");
        var segments = root.Get("segments", "an array of segments").Items();
        var firstLabel = segments.FirstOrDefault(s => s.Has("speaker"));
        var diarized = firstLabel.Kind == JsonValueKind.Object;
        var previous = diarized ? firstLabel.Get("speaker", "a speaker label").Label() : SingleSpeaker;
        var builder = new LabelledTurnBuilder(mergeRuns: diarized);
        foreach (var segment in segments)
        {
            segment.Object("a segment object");
            var (start, end) = segment.Times("start", "end");
            var text = segment.Get("text", "a string").String(allowEmpty: true);
            var speaker = diarized && segment.TryGet("speaker", out var label) ? label.Label() : previous;
            if (diarized && segment.DiarizedWords() is { } words)
            {
                // WhisperX labels each word: a segment holding two speakers' words splits where the speaker changes.
                var last = start;
                var wordSpeaker = speaker;
                foreach (var word in words)
                {
                    wordSpeaker = word.TryGet("speaker", out var wordLabel) ? wordLabel.Label() : wordSpeaker;
                    var (wordStart, wordEnd) = word.Has("start") && word.Has("end") ? word.Times("start", "end") : (last, last);
                    builder.Add(wordSpeaker, wordSpeaker, word.Get("word", "a string").String(allowEmpty: true), wordStart, wordEnd);
                    last = wordEnd;
                    previous = wordSpeaker;
                }

                continue;
            }

            builder.Add(speaker, diarized ? speaker : "Speaker", text, start, end);
            previous = speaker;
        }

        if (builder.Pieces == 0)
        {
            throw root.Error("segments", "no segments with text: the transcript is empty");
        }

        var parsed = builder.Build(path, diarized ? "WhisperX" : Vendor);
        return diarized ? parsed : parsed with { NoSpeakerLabels = true };
    }
}
