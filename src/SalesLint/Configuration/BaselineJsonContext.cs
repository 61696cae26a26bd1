using System.Text.Json.Serialization;

namespace SalesLint.Configuration;

/// <summary>
/// The baseline file's JSON contract, generated at compile time (no reflection, so the native build reads and writes
/// baselines too). Used with <see cref="Baseline.JsonOptions"/>.
/// </summary>
[JsonSerializable(typeof(Baseline.BaselineFile))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
