using System.Globalization;
using System.Text.Json;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>
/// A JSON value with its path in the file (such as <c>results.items[12].start_time</c>), so that every reader of a JSON format
/// reports errors the same way: the file, the line of a JSON Lines record, and the path.
/// </summary>
internal readonly struct JsonNode
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private readonly string file;
    private readonly int? line;

    /// <summary>Creates a node.</summary>
    /// <param name="file">The file, for errors.</param>
    /// <param name="line">The line of the record (JSON Lines), or <see langword="null"/>.</param>
    /// <param name="path">The path of the value; empty for the root.</param>
    /// <param name="element">The value.</param>
    public JsonNode(string file, int? line, string path, JsonElement element)
    {
        this.file = file;
        this.line = line;
        Path = path;
        Element = element;
    }

    /// <summary>The value.</summary>
    public JsonElement Element { get; }

    /// <summary>The path of the value; empty for the root.</summary>
    public string Path { get; }

    /// <summary>The line of the record (JSON Lines), or <see langword="null"/>.</summary>
    public int? Line => line;

    /// <summary>The kind of the value.</summary>
    public JsonValueKind Kind => Element.ValueKind;

    /// <summary>Parses JSON text, turning syntax errors into errors with the file, line and column.</summary>
    /// <param name="path">The file, for errors.</param>
    /// <param name="json">The text.</param>
    /// <param name="jsonLine">The line of the text in the file (JSON Lines), or <see langword="null"/> when the text is the whole file.</param>
    /// <returns>The document; the caller disposes it.</returns>
    public static JsonDocument Parse(string path, string json, int? jsonLine)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var lineNumber = jsonLine ?? (int)((ex.LineNumber ?? 0) + 1);
            var column = (int)((ex.BytePositionInLine ?? 0) + 1);
            throw new TranscriptFormatException(path, $"invalid JSON: {StripPosition(ex.Message)}", lineNumber, column, inner: ex);
        }
    }

    /// <summary>Describes the kind of a value for messages: <c>an object</c>, <c>a string</c>…</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>An error at this node: the message names the file, the record line and the path.</summary>
    public TranscriptFormatException Error(string reason) => new(file, reason, line, place: Path.Length == 0 ? null : Path);

    /// <summary>An error at the property <paramref name="name"/> of this node, present or not.</summary>
    public TranscriptFormatException Error(string name, string reason) => ChildPath(name).Error(reason);

    /// <summary>Whether this object has the property with a value other than <see langword="null"/>.</summary>
    public bool Has(string name) => Element.ValueKind == JsonValueKind.Object
        && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The property <paramref name="name"/> when this is an object that has it with a value other than <see langword="null"/>.</summary>
    public bool TryGet(string name, out JsonNode child)
    {
        if (Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            child = new JsonNode(file, line, Join(Path, name), value);
            return true;
        }

        child = default;
        return false;
    }

    /// <summary>The property <paramref name="name"/>, or an error "missing: expected <paramref name="expected"/>".</summary>
    public JsonNode Get(string name, string expected) =>
        TryGet(name, out var child) ? child : throw Error(name, $"missing: expected {expected}");

    /// <summary>This value as an object, or an error naming what it is instead.</summary>
    public JsonNode Object(string expected = "an object") =>
        Kind == JsonValueKind.Object ? this : throw Error($"expected {expected}, found {Describe(Element)}");

    /// <summary>The elements of this array with their paths, or an error naming what the value is instead.</summary>
    public List<JsonNode> Items(string expected = "an array")
    {
        if (Kind != JsonValueKind.Array)
        {
            throw Error($"expected {expected}, found {Describe(Element)}");
        }

        var items = new List<JsonNode>(Element.GetArrayLength());
        var index = 0;
        foreach (var element in Element.EnumerateArray())
        {
            items.Add(new JsonNode(file, line, $"{Path}[{index++}]", element));
        }

        return items;
    }

    /// <summary>
    /// This object's <c>words</c> (each checked to be an object) when at least one carries its own <c>speaker</c> (diarized output,
    /// as Deepgram utterances and WhisperX segments give); otherwise <see langword="null"/>.
    /// </summary>
    public List<JsonNode>? DiarizedWords()
    {
        if (!TryGet("words", out var wordsNode))
        {
            return null;
        }

        var words = wordsNode.Items("an array of words");
        foreach (var word in words)
        {
            word.Object("a word object");
        }

        return words.Any(w => w.Has("speaker")) ? words : null;
    }

    /// <summary>This value as a trimmed string; an error when it is not a string, or is blank unless <paramref name="allowEmpty"/>.</summary>
    public string String(bool allowEmpty = false)
    {
        if (Kind != JsonValueKind.String)
        {
            throw Error($"expected a string, found {Describe(Element)}");
        }

        var value = StringValue().Trim();
        return allowEmpty || value.Length > 0 ? value : throw Error("must not be empty");
    }

    /// <summary>This value as a label or id: a non-empty string, or a number written as it is in the file.</summary>
    public string Label()
    {
        var label = Kind switch
        {
            JsonValueKind.String => StringValue().Trim(),
            JsonValueKind.Number => Element.GetRawText(),
            _ => throw Error($"expected a string, found {Describe(Element)}"),
        };

        return label.Length > 0 ? label : throw Error("must not be empty");
    }

    /// <summary>This value as seconds: a finite, non-negative number.</summary>
    /// <param name="allowString">Whether a string holding the number is accepted too (AWS Transcribe writes <c>"4.87"</c>).</param>
    public double Seconds(bool allowString = false) => Time(1, "a number of seconds", allowString);

    /// <summary>This value as a finite, non-negative number of milliseconds, converted to seconds.</summary>
    public double Milliseconds() => Time(1000, "a number of milliseconds", allowString: false);

    /// <summary>Reads the required start and end of a piece of speech from two properties of this object; the end must not come first.</summary>
    /// <param name="startName">The start property.</param>
    /// <param name="endName">The end property.</param>
    /// <param name="milliseconds">Whether the times are milliseconds (else seconds).</param>
    /// <param name="allowString">Whether times written as strings are accepted.</param>
    /// <returns>Start and end in seconds.</returns>
    public (double Start, double End) Times(string startName, string endName, bool milliseconds = false, bool allowString = false)
    {
        var expected = milliseconds ? "a number of milliseconds" : "a number of seconds";
        var startNode = Get(startName, expected);
        var endNode = Get(endName, expected);
        var start = milliseconds ? startNode.Milliseconds() : startNode.Seconds(allowString);
        var end = milliseconds ? endNode.Milliseconds() : endNode.Seconds(allowString);
        if (end < start)
        {
            throw endNode.Error($"ends at {Timestamps.FormatSeconds(end)}, before it starts at {Timestamps.FormatSeconds(start)}");
        }

        return (start, end);
    }

    /// <summary>A string element's text, or <see langword="null"/> when it holds an escaped lone surrogate (<c>"\ud800"</c>), which no text can hold.</summary>
    internal static string? TryGetString(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private string StringValue() =>
        TryGetString(Element) ?? throw Error("holds a \\u escape that is not a character (a lone surrogate such as \\ud800)");

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    // System.Text.Json appends " LineNumber: 0 | BytePositionInLine: 5." to its messages; the exception carries the position instead.
    private static string StripPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    private JsonNode ChildPath(string name) => new(file, line, Join(Path, name), default);

    private double Time(double unitsPerSecond, string expected, bool allowString)
    {
        double value;
        if (Kind == JsonValueKind.Number)
        {
            if (!Element.TryGetDouble(out value))
            {
                throw Error($"expected {expected}, found {Element.GetRawText()}");
            }
        }
        else if (!allowString || Kind != JsonValueKind.String
            || !double.TryParse(StringValue(), NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            var found = allowString && Kind == JsonValueKind.String ? $"'{StringValue()}'" : Describe(Element);
            throw Error($"expected {expected}, found {found}");
        }

        if (!double.IsFinite(value))
        {
            throw Error($"expected {expected}, found {Element.GetRawText()}");
        }

        if (value < 0)
        {
            throw Error("must not be negative");
        }

        return value / unitsPerSecond <= TranscriptTimes.MaxSeconds
            ? value / unitsPerSecond
            : throw Error(string.Create(CultureInfo.InvariantCulture, $"{Element.GetRawText()} is past the 7-day limit for times ({TranscriptTimes.MaxSeconds * unitsPerSecond} {(unitsPerSecond == 1 ? "seconds" : "milliseconds")})"));
    }
}
