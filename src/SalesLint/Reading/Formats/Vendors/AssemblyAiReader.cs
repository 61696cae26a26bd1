using System.Text.Json;

namespace SalesLint.Reading;

/// <summary>
/// Reads an AssemblyAI transcript (the JSON of <c>GET /v2/transcript/{id}</c>) made with <c>speaker_labels=true</c>: each entry of
/// <c>utterances</c> has a <c>speaker</c> letter (id <c>A</c>, name <c>Speaker A</c>), <c>start</c>/<c>end</c> in milliseconds and
/// <c>text</c>. When the utterance's <c>words</c> each carry a <c>speaker</c>, turns are built from the words, so an utterance holding
/// two speakers' words is split where the speaker changes. Consecutive pieces of one speaker make one turn. Roles come only from the options.
/// </summary>
internal sealed class AssemblyAiReader : ITranscriptFormat
{
    private AssemblyAiReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static AssemblyAiReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "assemblyai";

    /// <inheritdoc/>
    public string Family => "json";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => Matches(input.Root);

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Root)];

    /// <summary>The product name used in messages.</summary>
    public const string Vendor = "AssemblyAI";

    /// <summary>Whether a JSON root looks like an AssemblyAI transcript: a top-level <c>utterances</c> key (Deepgram nests its own in <c>results</c>).</summary>
    public static bool Matches(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("utterances", out _) && !root.TryGetProperty("results", out _);

    /// <summary>Parses an AssemblyAI transcript.</summary>
    public static ParsedTranscript Parse(string path, JsonElement element)
    {
        var root = new JsonNode(path, null, string.Empty, element).Object("an AssemblyAI transcript object");
        if (root.TryGet("status", out var status) && status.Kind == JsonValueKind.String && status.String(allowEmpty: true) != "completed")
        {
            var detail = root.TryGet("error", out var error) && error.Kind == JsonValueKind.String ? $": {error.String(allowEmpty: true)}" : string.Empty;
            throw status.Error($"the transcript is '{status.String(allowEmpty: true)}', not 'completed'{detail}");
        }

        if (!root.TryGet("utterances", out var utterancesNode))
        {
            throw root.Error("utterances", "missing: the transcript has no speaker labels; request it with speaker_labels=true");
        }

        var builder = new LabelledTurnBuilder();
        foreach (var utterance in utterancesNode.Items("an array of utterances"))
        {
            utterance.Object("an utterance object");
            var speaker = utterance.Get("speaker", "a speaker label such as \"A\"").Label();
            var (start, end) = utterance.Times("start", "end", milliseconds: true);
            var words = utterance.TryGet("words", out var wordsNode) ? wordsNode.Items("an array of words") : [];
            if (words.Count > 0 && words.All(w => w.Object("a word object").Has("speaker")))
            {
                // Each word carries its speaker: an utterance that holds two speakers' words splits where the speaker changes.
                foreach (var word in words)
                {
                    var wordSpeaker = word.Get("speaker", "a speaker label such as \"A\"").Label();
                    var (wordStart, wordEnd) = word.Times("start", "end", milliseconds: true);
                    builder.Add(wordSpeaker, LabelledTurnBuilder.SpeakerName(wordSpeaker), word.Get("text", "a string").String(allowEmpty: true), wordStart, wordEnd);
                }

                continue;
            }

            builder.Add(speaker, LabelledTurnBuilder.SpeakerName(speaker), utterance.Get("text", "a string").String(allowEmpty: true), start, end);
        }

        if (builder.Pieces == 0)
        {
            throw utterancesNode.Error("no utterances: the transcript is empty");
        }

        return builder.Build(path, Vendor);
    }
}
