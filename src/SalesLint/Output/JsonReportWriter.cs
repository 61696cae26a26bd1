using System.Text.Json;
using SalesLint.Batch;

namespace SalesLint.Output;

/// <summary>
/// Writes a <see cref="BatchReport"/> as JSON (<see cref="SalesLintJson.Options"/>) one conversation at a time:
/// <c>results</c> are written as they arrive; <c>errors</c> (kept until then, they are few), <c>unusedSuppressions</c>
/// and <c>summary</c> by <see cref="StreamingReportWriter.Complete"/>. The document is the one <c>JsonSerializer.Serialize(report,
/// SalesLintJson.Options)</c> gives for the same report, which itself is written by this class. The stream stays open.
/// </summary>
public sealed class JsonReportWriter : StreamingReportWriter
{
    private readonly JsonSerializerOptions options;

    /// <summary>Starts the document on <paramref name="stream"/> (UTF-8, indented).</summary>
    /// <param name="stream">Where to write; not closed by this writer.</param>
    public JsonReportWriter(Stream stream)
        : this(new JsonSink(stream, WriterOptions(SalesLintJson.Options)), SalesLintJson.Options)
    {
    }

    /// <summary>Writes through the serializer's writer (the <see cref="BatchReport"/> converter).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="options">The serializer options in use.</param>
    internal JsonReportWriter(Utf8JsonWriter writer, JsonSerializerOptions options)
        : this(new JsonSink(writer), options)
    {
    }

    private JsonReportWriter(JsonSink sink, JsonSerializerOptions options)
        : base(sink)
    {
        this.options = options;
        var w = sink.Writer;
        w.WriteStartObject();
        w.WriteStartArray(Name(nameof(BatchReport.Results)));
    }

    /// <summary>Writes a whole report.</summary>
    /// <param name="stream">Where to write (UTF-8); not closed.</param>
    /// <param name="report">The report.</param>
    public static void Write(Stream stream, BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new JsonReportWriter(stream);
        writer.WriteAll(report);
    }

    /// <inheritdoc/>
    protected override void WriteConversation(ConversationReport conversation) => JsonSerializer.Serialize(Sink.Writer, conversation, options);

    /// <inheritdoc/>
    protected override void WriteEnd(IReadOnlyList<string> unusedSuppressions, BatchSummary summary)
    {
        var w = Sink.Writer;
        w.WriteEndArray();
        w.WriteStartArray(Name(nameof(BatchReport.Errors)));
        foreach (var error in Errors)
        {
            JsonSerializer.Serialize(w, error, options);
        }

        w.WriteEndArray();
        w.WritePropertyName(Name(nameof(BatchReport.UnusedSuppressions)));
        JsonSerializer.Serialize(w, unusedSuppressions, options);
        w.WritePropertyName(Name(nameof(BatchReport.Summary)));
        JsonSerializer.Serialize(w, summary, options);
        w.WriteEndObject();
    }

    /// <summary>The writer settings <see cref="JsonSerializer"/> itself would use with <paramref name="options"/>.</summary>
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
    };

    private string Name(string property) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;
}
