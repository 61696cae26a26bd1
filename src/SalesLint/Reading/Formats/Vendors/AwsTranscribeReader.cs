using System.Text.Json;

namespace SalesLint.Reading;

/// <summary>
/// Reads the JSON output of an Amazon Transcribe batch job. Turns are runs of consecutive words of one speaker; punctuation items
/// join the word before them without a space; times come from <c>start_time</c>/<c>end_time</c> (seconds, written as strings).
/// </summary>
/// <remarks>
/// The speaker of each word is, in order of preference: the item's <c>speaker_label</c> (current output with speaker partitioning);
/// the <c>results.speaker_labels.segments</c> time range holding the word's start (older output); the channel of
/// <c>results.channel_labels</c> (channel identification, labels <c>ch_0</c>, <c>ch_1</c>). Speaker labels (<c>spk_0</c>) become
/// participant ids and names; roles come only from the options.
/// </remarks>
internal sealed class AwsTranscribeReader : ITranscriptFormat
{
    private AwsTranscribeReader()
    {
    }

    /// <summary>The format, for <see cref="TranscriptFormats.All"/>.</summary>
    public static AwsTranscribeReader Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "aws";

    /// <inheritdoc/>
    public string Family => "json";

    /// <inheritdoc/>
    public bool Matches(in FormatInput input) => Matches(input.Root);

    /// <inheritdoc/>
    public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => [Parse(input.Path, input.Root)];

    /// <summary>The product name used in messages.</summary>
    public const string Vendor = "AWS Transcribe";

    /// <summary>Whether a JSON root looks like Transcribe output: <c>results</c> holding <c>items</c>, <c>transcripts</c> or a labels section.</summary>
    public static bool Matches(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Object
        && (results.TryGetProperty("items", out _) || results.TryGetProperty("transcripts", out _)
            || results.TryGetProperty("speaker_labels", out _) || results.TryGetProperty("channel_labels", out _));

    /// <summary>Parses a Transcribe result document.</summary>
    public static ParsedTranscript Parse(string path, JsonElement element)
    {
        var root = new JsonNode(path, null, string.Empty, element).Object("an Amazon Transcribe result object");
        var results = root.Get("results", "the transcription results (an object with 'items')").Object();
        List<Word> words;
        if (results.Has("channel_labels") && !results.Has("speaker_labels") && !HasItemLabels(results))
        {
            words = ReadChannels(results.Get("channel_labels", "an object").Object());
        }
        else
        {
            var items = results.Get("items", "an array of items").Items();
            if (items.Count == 0)
            {
                throw results.Error("items", "no words: the transcript is empty");
            }

            var labels = ItemLabels(results, items);
            words = ReadItems(items, labels);
        }

        if (words.Count == 0)
        {
            throw results.Error("items", "no words: the transcript is empty");
        }

        var builder = new LabelledTurnBuilder();
        foreach (var word in words)
        {
            builder.Add(word.Label, word.Label, word.Text, word.Start, word.End);
        }

        return builder.Build(path, Vendor);
    }

    private static bool HasItemLabels(JsonNode results) =>
        results.TryGet("items", out var items) && items.Kind == JsonValueKind.Array
        && items.Element.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("speaker_label", out _));

    /// <summary>Picks how words get their speaker: from the items themselves, or from the speaker segments.</summary>
    private static Func<JsonNode, double, string> ItemLabels(JsonNode results, List<JsonNode> items)
    {
        if (items.Any(i => i.Has("speaker_label")))
        {
            return (item, _) => item.Get("speaker_label", "the speaker label (other words have one)").Label();
        }

        if (!results.TryGet("speaker_labels", out var speakerLabels))
        {
            throw results.Error(
                "no speaker labels: run the transcription job with speaker partitioning (ShowSpeakerLabels) or channel identification (ChannelIdentification)");
        }

        var segments = speakerLabels.Object().Get("segments", "an array of speaker segments").Items();
        var starts = new List<double>(segments.Count);
        var labels = new List<string>(segments.Count);
        foreach (var segment in segments)
        {
            segment.Object("a speaker segment object");
            var (start, _) = segment.Times("start_time", "end_time", allowString: true);
            if (starts.Count > 0 && start < starts[^1])
            {
                throw segment.Error("start_time", "the segments are not in time order");
            }

            starts.Add(start);
            labels.Add(segment.Get("speaker_label", "the speaker label").Label());
        }

        if (starts.Count == 0)
        {
            throw speakerLabels.Error("segments", "no speaker segments");
        }

        // A word belongs to the last segment starting at or before it.
        return (_, start) =>
        {
            var at = starts.BinarySearch(start + 1e-6);
            var index = at >= 0 ? at : ~at - 1;
            return labels[Math.Max(index, 0)];
        };
    }

    private static List<Word> ReadItems(List<JsonNode> items, Func<JsonNode, double, string> label)
    {
        var words = new List<Word>(items.Count);
        foreach (var item in items)
        {
            AddItem(words, item, label);
        }

        return words;
    }

    private static List<Word> ReadChannels(JsonNode channelLabels)
    {
        var channels = channelLabels.Get("channels", "an array of channels").Items();
        var words = new List<Word>();
        foreach (var channel in channels)
        {
            channel.Object("a channel object");
            var channelLabel = channel.Get("channel_label", "the channel label (such as ch_0)").Label();
            var channelWords = new List<Word>();
            foreach (var item in channel.Get("items", "an array of items").Items())
            {
                AddItem(channelWords, item, (_, _) => channelLabel);
            }

            words.AddRange(channelWords);
        }

        // The channels are listed one after the other: interleave their words by time (a stable sort keeps punctuation in place).
        return [.. words.OrderBy(w => w.Start)];
    }

    private static void AddItem(List<Word> words, JsonNode item, Func<JsonNode, double, string> label)
    {
        item.Object("an item object");
        var type = item.Get("type", "'pronunciation' or 'punctuation'").String();
        var alternatives = item.Get("alternatives", "an array of alternatives").Items();
        if (alternatives.Count == 0)
        {
            throw item.Error("alternatives", "expected at least one alternative");
        }

        var content = alternatives[0].Object().Get("content", "a string").String(allowEmpty: true);
        switch (type)
        {
            case "pronunciation":
                var (start, end) = item.Times("start_time", "end_time", allowString: true);
                words.Add(new Word(label(item, start), content, start, end));
                break;
            case "punctuation":
                // Punctuation belongs to the word before it; a leading mark has nothing to join.
                if (words.Count > 0)
                {
                    words[^1] = words[^1] with { Text = words[^1].Text + content };
                }

                break;
            default:
                throw item.Error("type", $"unknown item type '{type}': expected 'pronunciation' or 'punctuation'");
        }
    }

    private sealed record Word(string Label, string Text, double Start, double End);
}
