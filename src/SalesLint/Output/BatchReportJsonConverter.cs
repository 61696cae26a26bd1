using System.Text.Json;
using System.Text.Json.Serialization;
using SalesLint.Batch;

namespace SalesLint.Output;

/// <summary>
/// Serializes a <see cref="BatchReport"/> with <see cref="JsonReportWriter"/>, so the whole-report JSON and the
/// streamed JSON come from one implementation. Reading uses the plain contract of the record.
/// </summary>
internal sealed class BatchReportJsonConverter : JsonConverter<BatchReport>
{
    /// <inheritdoc/>
    public override BatchReport? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<BatchReport>(ref reader, SalesLintJson.ContractOptions);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, BatchReport value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var report = new JsonReportWriter(writer, options);
        report.WriteAll(value);
    }
}
