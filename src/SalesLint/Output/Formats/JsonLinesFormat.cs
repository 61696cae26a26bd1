using System.Globalization;
using System.Text.Json;
using SalesLint.Batch;
using SalesLint.Diagnostics;

namespace SalesLint.Output.Formats;

/// <summary>
/// JSON Lines: one compact JSON object per input file as it is analyzed (<c>"type": "file"</c>: path, bytes,
/// conversations as in the JSON format, the seconds each took, or the file's error), then one <c>"type": "end"</c>
/// line with the totals, the suppressions in scope with their match counts, the rules in use and the tool version.
/// Memory stays flat however long the batch; the output composes with pipes, and the outputs of sharded runs
/// combine into the reports of one run (<c>saleslint merge</c>, <see cref="Read"/>).
/// </summary>
public sealed class JsonLinesFormat : IReportFormat
{
    /// <summary>The <c>type</c> of a file's line.</summary>
    public const string FileType = "file";

    /// <summary>The <c>type</c> of the last line.</summary>
    public const string EndType = "end";

    private static readonly JsonSerializerOptions Compact = CompactOptions();

    /// <inheritdoc/>
    public string Name => "jsonl";

    /// <inheritdoc/>
    public string Description => "JSON Lines: a line per file as it is analyzed, then a line with the totals (for pipes and saleslint merge)";

    /// <inheritdoc/>
    public bool ShowsScores => true;

    /// <inheritdoc/>
    public bool NeedsWholeBatch => false;

    /// <inheritdoc/>
    public IReportSink Open(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        return new Sink(output, context);
    }

    /// <summary>Reads one line of JSON Lines output.</summary>
    /// <param name="source">The file the line is from, for messages.</param>
    /// <param name="lineNumber">Its 1-based line number, for messages.</param>
    /// <param name="line">The line.</param>
    /// <returns>A <see cref="FileReport"/> or a <see cref="JsonLinesEnd"/>.</returns>
    /// <exception cref="InvalidDataException">The line is not a SalesLint JSON Lines record (the message names source and line).</exception>
    public static object Read(string source, int lineNumber, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string Where() => string.Create(CultureInfo.InvariantCulture, $"{source}({lineNumber})");
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type))
            {
                throw new InvalidDataException($"{Where()}: not a SalesLint JSON Lines record (an object with \"type\": \"file\" or \"end\")");
            }

            switch (type.GetString())
            {
                case FileType:
                    var path = root.GetProperty("path").GetString() ?? throw new InvalidDataException($"{Where()}: \"path\" is null");
                    var seconds = root.TryGetProperty("seconds", out var s) ? s.Deserialize<double[]>(Compact) ?? [] : [];
                    var conversations = root.TryGetProperty("conversations", out var c)
                        ? c.Deserialize<List<ConversationReport>>(Compact) ?? []
                        : [];
                    for (var i = 0; i < conversations.Count && i < seconds.Length; i++)
                    {
                        conversations[i] = conversations[i] with { Elapsed = TimeSpan.FromSeconds(seconds[i]) };
                    }

                    var error = root.TryGetProperty("error", out var e) ? e.Deserialize<FileError>(Compact) : null;
                    return new FileReport(path, root.GetProperty("bytes").GetInt64(), conversations, error);
                case EndType:
                    return new JsonLinesEnd(
                        root.GetProperty("tool").GetString() ?? string.Empty,
                        root.GetProperty("summary").Deserialize<BatchSummary>(Compact)!,
                        root.GetProperty("usage").Deserialize<SuppressionUsage>(Compact)!,
                        root.GetProperty("rules").Deserialize<List<DiagnosticDescriptor>>(Compact)!);
                default:
                    throw new InvalidDataException($"{Where()}: unknown record type '{type}' (expected \"file\" or \"end\")");
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or NotSupportedException)
        {
            throw new InvalidDataException($"{Where()}: not a SalesLint JSON Lines record: {ex.Message}", ex);
        }
    }

    private static JsonSerializerOptions CompactOptions()
    {
        var options = new JsonSerializerOptions(SalesLintJson.ContractOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }

    private sealed class Sink(Stream output, ReportContext context) : IReportSink
    {
        private readonly Utf8JsonWriter writer = new(output, new JsonWriterOptions { Encoder = Compact.Encoder, Indented = false });
        private readonly byte[] newLine = System.Text.Encoding.UTF8.GetBytes("\n");

        public void Write(FileReport file)
        {
            ArgumentNullException.ThrowIfNull(file);
            var w = writer;
            w.WriteStartObject();
            w.WriteString("type", FileType);
            w.WriteString("path", file.Path);
            w.WriteNumber("bytes", file.Bytes);
            w.WriteStartArray("conversations");
            foreach (var conversation in file.Conversations)
            {
                JsonSerializer.Serialize(w, conversation, Compact);
            }

            w.WriteEndArray();
            w.WriteStartArray("seconds");
            foreach (var conversation in file.Conversations)
            {
                w.WriteNumberValue(conversation.Elapsed.TotalSeconds);
            }

            w.WriteEndArray();
            if (file.Error is { } error)
            {
                w.WritePropertyName("error");
                JsonSerializer.Serialize(w, error, Compact);
            }

            w.WriteEndObject();
            EndLine();
        }

        public void Complete(ReportEnd batch)
        {
            ArgumentNullException.ThrowIfNull(batch);
            var w = writer;
            w.WriteStartObject();
            w.WriteString("type", EndType);
            w.WriteString("tool", context.ToolVersion);
            w.WritePropertyName("summary");
            JsonSerializer.Serialize(w, batch.Summary, Compact);
            w.WritePropertyName("unusedSuppressions");
            JsonSerializer.Serialize(w, batch.UnusedSuppressions, Compact);
            w.WritePropertyName("usage");
            JsonSerializer.Serialize(w, batch.Usage ?? SuppressionUsage.None, Compact);
            w.WritePropertyName("rules");
            JsonSerializer.Serialize(w, context.Rules, Compact);
            w.WriteEndObject();
            EndLine();
        }

        public void Dispose() => writer.Dispose();

        private void EndLine()
        {
            writer.Flush();
            writer.Reset();
            output.Write(newLine);
            output.Flush();
        }
    }
}

/// <summary>The last line of JSON Lines output: what the run knew only at the end.</summary>
/// <param name="Tool">The SalesLint version that wrote it.</param>
/// <param name="Summary">The run's totals.</param>
/// <param name="Usage">The suppressions in scope with their match counts, and stale baseline entries.</param>
/// <param name="Rules">The rules of the engines in use.</param>
public sealed record JsonLinesEnd(string Tool, BatchSummary Summary, SuppressionUsage Usage, IReadOnlyList<DiagnosticDescriptor> Rules);
