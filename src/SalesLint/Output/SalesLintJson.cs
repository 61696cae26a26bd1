using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Output;

/// <summary>
/// The JSON settings every SalesLint output uses: camelCase names, enums as camelCase strings, no nulls, indented.
/// A <see cref="BatchReport"/> is written by <see cref="JsonReportWriter"/>. SalesLint's own documents are serialized
/// through contracts generated at compile time; other types (an embedder's) by reflection, where the runtime allows it.
/// </summary>
public static class SalesLintJson
{
    /// <summary>
    /// The generated contracts of SalesLint's documents, then (when the runtime allows reflection, as every build but
    /// the native one does) reflection for any other type. Declared before the options, which are made from it.
    /// </summary>
    internal static IJsonTypeInfoResolver Resolver { get; } = JsonSerializer.IsReflectionEnabledByDefault
        ? JsonTypeInfoResolver.Combine(SalesLintJsonContext.Default, new DefaultJsonTypeInfoResolver())
        : SalesLintJsonContext.Default;

    /// <summary>Shared, read-only serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create(reportConverter: true);

    /// <summary>The same settings without the <see cref="BatchReport"/> converter: the records' own contract (reading reports, and tests).</summary>
    internal static JsonSerializerOptions ContractOptions { get; } = Create(reportConverter: false);

    /// <summary>
    /// Adds the converters of the enums in SalesLint's documents (camelCase names; reports and <c>inspect</c>), one per
    /// enum type: a converter for any enum would have to make its generic type at run time, which the native build cannot.
    /// </summary>
    /// <param name="converters">The options' converters.</param>
    private static void AddEnumConverters(IList<JsonConverter> converters)
    {
        var camel = JsonNamingPolicy.CamelCase;
        converters.Add(new JsonStringEnumConverter<DiagnosticSeverity>(camel));
        converters.Add(new JsonStringEnumConverter<SpeakerRole>(camel));
        converters.Add(new JsonStringEnumConverter<SentenceAct>(camel));
        converters.Add(new JsonStringEnumConverter<QuestionType>(camel));
        converters.Add(new JsonStringEnumConverter<EntityKind>(camel));
        converters.Add(new JsonStringEnumConverter<TokenKind>(camel));
        if (JsonSerializer.IsReflectionEnabledByDefault)
        {
            // Any other enum (an embedder's type, serialized by reflection).
            converters.Add(new JsonStringEnumConverter(camel));
        }
    }

    private static JsonSerializerOptions Create(bool reportConverter)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

            // NaN and infinities (which the engine never produces, but a report built in code may hold) as "NaN", "Infinity".
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = Resolver,
        };
        AddEnumConverters(options.Converters);
        if (reportConverter)
        {
            options.Converters.Add(new BatchReportJsonConverter());
        }

        options.MakeReadOnly();
        return options;
    }
}
