using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesLint.Cli.Commands;
using SalesLint.Cli.Reports;
using SalesLint.Features;
using SalesLint.Output;
using SalesLint.Scoring;

namespace SalesLint.Cli;

/// <summary>
/// The JSON settings of the command's own documents (<c>inspect --format json</c>, <c>report.json</c>): SalesLint's
/// (<see cref="SalesLintJson.Options"/>) with these documents' contracts, generated at compile time so that the native
/// build writes them too.
/// </summary>
internal static class CliJson
{
    /// <summary>Read-only serializer options: the command's documents, then everything <see cref="SalesLintJson.Options"/> knows.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The contract of <c>inspect --format json</c>'s document, read from <see cref="Options"/> (no reflection, so the native build has it).</summary>
    public static JsonTypeInfo<InspectDocument> Inspect { get; } = (JsonTypeInfo<InspectDocument>)Options.GetTypeInfo(typeof(InspectDocument));

    /// <summary>The contract of <c>report.json</c>'s document, read from <see cref="Options"/>.</summary>
    public static JsonTypeInfo<ReportDocument> Report { get; } = (JsonTypeInfo<ReportDocument>)Options.GetTypeInfo(typeof(ReportDocument));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(SalesLintJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(CliJsonContext.Default, SalesLintJson.Options.TypeInfoResolver),
        };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>The generated contracts of the command's documents, in SalesLint's JSON conventions.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(InspectDocument))]
[JsonSerializable(typeof(ReportDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>
/// The contracts of the rule-set parts <see cref="RunIdentity"/> hashes as JSON, with the serializer's default settings
/// (as the identity was first defined): a run's rules hash stays the same in every build and version.
/// </summary>
[JsonSerializable(typeof(Lexicon))]
[JsonSerializable(typeof(ScoreModel))]
internal sealed partial class RunIdentityJsonContext : JsonSerializerContext;
