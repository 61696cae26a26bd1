using System.Text.Json;
using System.Text.Json.Serialization;
using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Engine;

namespace SalesLint.Output;

/// <summary>
/// The JSON contracts of the reports SalesLint writes and reads (JSON reports, JSON Lines records, analysis results),
/// generated at compile time: no reflection or code made at run time, so the native (AOT) build
/// writes JSON too, and the output is the one reflection gave. Used through <see cref="SalesLintJson.Options"/>, which
/// adds the settings an attribute cannot hold (the encoder, enums as camelCase names).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(BatchReport))]
[JsonSerializable(typeof(ConversationReport))]
[JsonSerializable(typeof(List<ConversationReport>))]
[JsonSerializable(typeof(FileError))]
[JsonSerializable(typeof(BatchSummary))]
[JsonSerializable(typeof(SuppressionUsage))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<DiagnosticDescriptor>))]
[JsonSerializable(typeof(List<DiagnosticDescriptor>))]
[JsonSerializable(typeof(double[]))]
[JsonSerializable(typeof(AnalysisResult))]
internal sealed partial class SalesLintJsonContext : JsonSerializerContext;
