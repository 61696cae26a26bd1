using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesLint.Batch;

namespace SalesLint.Output;

/// <summary>
/// The JSON settings every SalesLint output uses: camelCase names, enums as camelCase strings, no nulls, indented.
/// A <see cref="BatchReport"/> is written by <see cref="JsonReportWriter"/>.
/// </summary>
public static class SalesLintJson
{
    /// <summary>Shared, read-only serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create(reportConverter: true);

    /// <summary>The same settings without the <see cref="BatchReport"/> converter: the records' own contract (reading reports, and tests).</summary>
    internal static JsonSerializerOptions ContractOptions { get; } = Create(reportConverter: false);

    private static JsonSerializerOptions Create(bool reportConverter)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

            // NaN and infinities (which the engine never produces, but a report built in code may hold) as "NaN", "Infinity".
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        if (reportConverter)
        {
            options.Converters.Add(new BatchReportJsonConverter());
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
