using System.Globalization;
using System.Text.Json;

namespace SalesLint.Reading;

/// <summary>
/// Reads a Deepgram pre-recorded response. Turns are runs of consecutive words of one speaker: the <c>words</c> of
/// <c>results.utterances</c> (requested with <c>utterances=true</c>) when they carry their own <c>speaker</c>, since an utterance
/// can hold the words of two speakers (Deepgram splits utterances at pauses); otherwise whole utterances; without utterances, the
/// words of <c>results.channels[].alternatives[0].words</c>. A word's text is its <c>punctuated_word</c> when present. Times are seconds.
/// </summary>
/// <remarks>
/// With diarization the speaker is the integer <c>speaker</c> (id <c>0</c>, name <c>Speaker 0</c>). A multichannel response (more than
/// one channel, typically one side of a call per channel) takes the channel as the speaker instead (id <c>ch_0</c>, name
/// <c>Channel 0</c>). Roles come only from the options.
/// </remarks>
internal sealed class DeepgramReader : ITranscriptFormat
{
    private DeepgramReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static DeepgramReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "deepgram";

    /// <inheritdoc/>
    public string Family => "json";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => Matches(input.Root);

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Root)];

    /// <summary>The product name used in messages.</summary>
    public const string Vendor = "Deepgram";

    private const string NoDiarization =
        "missing: the transcript has no speaker labels; request it with diarize=true (or multichannel=true when each side of the call has its own channel)";

    /// <summary>Whether a JSON root looks like a Deepgram response: <c>results</c> holding <c>channels</c> or <c>utterances</c>.</summary>
    public static bool Matches(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Object
        && (results.TryGetProperty("channels", out _) || results.TryGetProperty("utterances", out _));

    /// <summary>Parses a Deepgram response.</summary>
    public static ParsedTranscript Parse(string path, JsonElement element)
    {
        var root = new JsonNode(path, null, string.Empty, element).Object("a Deepgram response object");
        var results = root.Get("results", "the transcription results (an object with 'channels' or 'utterances')").Object();
        var channels = results.TryGet("channels", out var channelsNode) ? channelsNode.Items("an array of channels") : [];
        var multichannel = channels.Count > 1;
        var builder = new LabelledTurnBuilder();
        if (results.TryGet("utterances", out var utterancesNode) && utterancesNode.Items("an array of utterances").Count > 0)
        {
            foreach (var utterance in utterancesNode.Items())
            {
                utterance.Object("an utterance object");
                var (start, end) = utterance.Times("start", "end");
                if (!multichannel && utterance.DiarizedWords() is { } utteranceWords)
                {
                    // Deepgram cuts utterances at pauses, not at speaker changes: an utterance can hold the words of two speakers.
                    foreach (var word in utteranceWords)
                    {
                        var (wordStart, wordEnd) = word.Times("start", "end");
                        var (wordId, wordName) = word.Has("speaker") ? Speaker(word) : Speaker(utterance);
                        builder.Add(wordId, wordName, WordText(word), wordStart, wordEnd);
                    }

                    continue;
                }

                var text = utterance.Get("transcript", "a string").String(allowEmpty: true);
                var (id, name) = multichannel ? Channel(utterance.Get("channel", "the channel number").Label()) : Speaker(utterance);
                builder.Add(id, name, text, start, end);
            }
        }
        else
        {
            var words = new List<(string Id, string Name, string Text, double Start, double End)>();
            for (var c = 0; c < channels.Count; c++)
            {
                var alternatives = channels[c].Object("a channel object").Get("alternatives", "an array of alternatives").Items();
                if (alternatives.Count == 0)
                {
                    continue;
                }

                foreach (var word in alternatives[0].Object().Get("words", "an array of words").Items())
                {
                    word.Object("a word object");
                    var (start, end) = word.Times("start", "end");
                    var (id, name) = multichannel ? Channel(c.ToString(CultureInfo.InvariantCulture)) : Speaker(word);
                    words.Add((id, name, WordText(word), start, end));
                }
            }

            // The channels are listed one after the other: interleave their words by time.
            foreach (var word in multichannel ? words.OrderBy(w => w.Start) : (IEnumerable<(string Id, string Name, string Text, double Start, double End)>)words)
            {
                builder.Add(word.Id, word.Name, word.Text, word.Start, word.End);
            }
        }

        if (builder.Pieces == 0)
        {
            throw results.Error("no words: the transcript is empty");
        }

        return builder.Build(path, Vendor);
    }

    private static string WordText(JsonNode word) =>
        word.TryGet("punctuated_word", out var punctuated) ? punctuated.String(allowEmpty: true) : word.Get("word", "a string").String(allowEmpty: true);

    private static (string Id, string Name) Speaker(JsonNode piece)
    {
        if (!piece.TryGet("speaker", out var speaker))
        {
            throw piece.Error("speaker", NoDiarization);
        }

        var label = speaker.Label();
        return (label, LabelledTurnBuilder.SpeakerName(label));
    }

    private static (string Id, string Name) Channel(string number) => ($"ch_{number}", $"Channel {number}");
}
