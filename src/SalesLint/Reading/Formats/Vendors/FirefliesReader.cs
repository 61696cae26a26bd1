using System.Text.Json;

namespace SalesLint.Reading;

/// <summary>
/// Reads a Fireflies.ai transcript: the GraphQL answer (<c>data.transcript.sentences</c>), the transcript object itself
/// (<c>transcript.sentences</c> or <c>sentences</c> at the top). Each sentence has <c>speaker_name</c> (and <c>speaker_id</c>),
/// <c>text</c> (or <c>raw_text</c>) and <c>start_time</c>/<c>end_time</c> in seconds; consecutive sentences of one speaker make one turn.
/// </summary>
/// <remarks>
/// The speaker's name is the participant id, so <c>--seller "Dana Whitfield"</c> selects the seller; a sentence without a name takes it
/// from <c>speakers</c> by <c>speaker_id</c>, else is labelled <c>Speaker 3</c>. Roles come only from the options.
/// </remarks>
internal sealed class FirefliesReader : ITranscriptFormat
{
    private FirefliesReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static FirefliesReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "fireflies";

    /// <inheritdoc/>
    public string Family => "json";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => Matches(input.Root);

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Root)];

    /// <summary>The product name used in messages.</summary>
    public const string Vendor = "Fireflies";

    /// <summary>Whether a JSON root looks like a Fireflies transcript (a <c>sentences</c> array at one of the known places).</summary>
    public static bool Matches(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && (HasSentences(root)
            || (root.TryGetProperty("transcript", out var transcript) && HasSentences(transcript))
            || (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("transcript", out _)));

    /// <summary>Parses a Fireflies transcript.</summary>
    public static ParsedTranscript Parse(string path, JsonElement element)
    {
        var root = new JsonNode(path, null, string.Empty, element).Object("a Fireflies transcript object");
        var transcript = FindTranscript(root);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (transcript.TryGet("speakers", out var speakers))
        {
            foreach (var speaker in speakers.Items("an array of speakers"))
            {
                if (speaker.Object("a speaker object").TryGet("id", out var id) && speaker.TryGet("name", out var name))
                {
                    names[id.Label()] = name.String();
                }
            }
        }

        var builder = new LabelledTurnBuilder();
        foreach (var sentence in transcript.Get("sentences", "an array of sentences").Items())
        {
            sentence.Object("a sentence object");
            var label = SpeakerOf(sentence, names);
            // 'text' holds the user's edits, 'raw_text' what the recognizer heard.
            var text = sentence.TryGet("text", out var edited) ? edited.String(allowEmpty: true) : null;
            if (string.IsNullOrEmpty(text) && sentence.TryGet("raw_text", out var raw))
            {
                text = raw.String(allowEmpty: true);
            }

            if (text is null)
            {
                throw sentence.Error("text", "missing: expected a string (or 'raw_text')");
            }

            var (start, end) = sentence.Times("start_time", "end_time", allowString: true);
            builder.Add(label, label, text, start, end);
        }

        if (builder.Pieces == 0)
        {
            throw transcript.Error("sentences", "no sentences: the transcript is empty");
        }

        return builder.Build(path, Vendor);
    }

    private static bool HasSentences(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("sentences", out var sentences) && sentences.ValueKind == JsonValueKind.Array;

    private static JsonNode FindTranscript(JsonNode root)
    {
        if (root.TryGet("data", out var data))
        {
            if (data.Object().TryGet("transcript", out var fromApi))
            {
                return fromApi.Object("a transcript object");
            }

            // GraphQL reports failures in 'errors' with 'data.transcript' null.
            var message = root.TryGet("errors", out var errors) && errors.Kind == JsonValueKind.Array && errors.Element.GetArrayLength() > 0
                && errors.Element[0].TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String
                ? $": the API answered '{JsonNode.TryGetString(text)}'"
                : string.Empty;
            throw data.Error("transcript", $"missing: the answer holds no transcript{message}");
        }

        return root.TryGet("transcript", out var transcript) && HasSentences(transcript.Element) ? transcript : root;
    }

    private static string SpeakerOf(JsonNode sentence, Dictionary<string, string> names)
    {
        if (sentence.TryGet("speaker_name", out var nameNode) && nameNode.String(allowEmpty: true) is { Length: > 0 } name)
        {
            return name;
        }

        if (!sentence.TryGet("speaker_id", out var idNode))
        {
            throw sentence.Error("speaker_name", "missing: expected the speaker's name (or 'speaker_id')");
        }

        var id = idNode.Label();
        return names.TryGetValue(id, out var known) ? known : LabelledTurnBuilder.SpeakerName(id);
    }
}
