using System.Text.Json;

namespace SalesLint.Reading;

/// <summary>The transcript formats, in the order content detection tries them, and the detection itself.</summary>
internal static class TranscriptFormats
{
    /// <summary>
    /// Every format. Detection takes the base format (by extension, else by <see cref="Sniff"/>), then the first format of its family
    /// whose <see cref="ITranscriptFormat.Matches"/> holds, in this order: canonical JSON before the vendors (an array, or an object with
    /// <c>participants</c> or <c>turns</c>, is canonical), then AWS, Deepgram, AssemblyAI, Fireflies and Whisper; Google Meet before
    /// SalesLint text. A base format that nothing matches reads what detection gave it.
    /// </summary>
    public static IReadOnlyList<ITranscriptFormat> All { get; } =
    [
        JsonTranscriptReader.Json,
        JsonTranscriptReader.JsonLines,
        GoogleMeetReader.Instance,
        PlainTextTranscriptReader.Instance,
        WebVttReader.Instance,
        SrtReader.Instance,
        AwsTranscribeReader.Instance,
        DeepgramReader.Instance,
        AssemblyAiReader.Instance,
        FirefliesReader.Instance,
        WhisperReader.Instance,
    ];

    /// <summary>
    /// The names in the documented order: the five base formats (also the file extensions), then the vendors and Google Meet.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "jsonl", "txt", "vtt", "srt", "aws", "deepgram", "assemblyai", "whisper", "fireflies", "meet"];

    /// <summary>The base formats, which are also the file extensions (without the dot).</summary>
    public static IReadOnlyList<string> BaseNames { get; } = [.. All.Where(f => f.Family == f.Name).Select(f => f.Name).Order(Comparer<string>.Create(ByListedOrder))];

    private static readonly Dictionary<string, ITranscriptFormat> ByName = All.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The format called <paramref name="name"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static ITranscriptFormat? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The base format of a file: by its extension, else by <see cref="Sniff"/> of the content.</summary>
    public static string BaseFormat(string path, string content)
    {
        var extension = Path.GetExtension(path);
        if (extension.Length > 1 && ByName.TryGetValue(extension[1..], out var format) && format.Family == format.Name)
        {
            return format.Name;
        }

        return Sniff(content);
    }

    /// <summary>The first format of the family of <paramref name="baseFormat"/> that matches, else the base format itself.</summary>
    public static ITranscriptFormat Refine(string baseFormat, in FormatInput input)
    {
        foreach (var format in All)
        {
            if (format.Family == baseFormat && format.Matches(input))
            {
                return format;
            }
        }

        return ByName[baseFormat];
    }

    /// <summary>Whether the format reads one parsed JSON document (<see cref="FormatInput.Root"/>).</summary>
    public static bool IsJsonDocument(ITranscriptFormat format) => format.Family == "json";

    /// <summary>The base format by the first characters, for a source whose extension says nothing.</summary>
    public static string Sniff(string content)
    {
        var text = content.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (text.StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return "vtt";
        }

        if (text.StartsWith("[", StringComparison.Ordinal))
        {
            // A JSON array, or a plain-text line such as "[00:00:05] Dana: hi".
            var inner = text[1..].TrimStart();
            return inner.IsEmpty || inner[0] is '{' or ']' ? "json" : "txt";
        }

        var lines = TextLines.SplitLines(text.ToString()).Where(l => !string.IsNullOrWhiteSpace(l)).Take(2).ToList();
        if (lines.Count == 0)
        {
            return "txt";
        }

        if (text.StartsWith("{", StringComparison.Ordinal))
        {
            return lines.Count > 1 && IsCompleteJson(lines[0]) ? "jsonl" : "json";
        }

        var first = lines[0].Trim();
        if (first.Contains("-->", StringComparison.Ordinal)
            || (first.All(char.IsAsciiDigit) && lines.Count > 1 && lines[1].Contains("-->", StringComparison.Ordinal)))
        {
            return "srt";
        }

        return "txt";
    }

    private static int ByListedOrder(string? a, string? b) => IndexOf(a).CompareTo(IndexOf(b));

    private static int IndexOf(string? name) => name is null ? -1 : Names.ToList().IndexOf(name);

    private static bool IsCompleteJson(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
