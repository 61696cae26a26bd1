using SalesLint.Analysis;
using SalesLint.Analyzers;
using SalesLint.Features;
using SalesLint.RuleKinds;
using SalesLint.Scoring;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// What the file decoders have loaded so far, for one rule set being built: rules, lexicons, the scoring model,
/// built-in analyzer options and analyzers, with where each came from. Later files replace or extend earlier ones
/// (see each decoder); <see cref="RuleSetValidator"/> checks them together.
/// </summary>
internal sealed class RuleSetParts
{
    public Dictionary<string, RuleEntry> Rules { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Lexicon> Lexicons { get; } = new(StringComparer.Ordinal);

    /// <summary>Lexicon patterns, checked (built) in <see cref="RuleSetValidator"/> on all cores: building a linear-time regex is costly.</summary>
    public List<(string Pattern, string Path, Mark Mark)> LexiconPatterns { get; } = [];

    public ScoringEntry? Scoring { get; set; }

    public Dictionary<string, BuiltInAnalyzerEntry> BuiltInAnalyzers { get; } = new(StringComparer.Ordinal);

    /// <summary>Analyzers loaded from assemblies or added in code, in order.</summary>
    public List<ConversationAnalyzer> Analyzers { get; } = [];

    /// <summary>Whether the files being added are the shipped ones (their patterns are trusted; the scoring model must declare every default).</summary>
    public bool LoadingBuiltIn { get; set; }

    /// <summary>
    /// Files added in one call of AddDirectory or AddBuiltIn form a layer: within a layer a rule ID may be defined once;
    /// a later layer replaces a rule of an earlier one.
    /// </summary>
    public int Layer { get; set; }

    public bool InLayer { get; set; }

    /// <summary>Decides whether an analyzers file ('assemblies:') of the folder being added may load code (given its path and text, the refusal or null); null trusts all.</summary>
    public Func<string, string, Func<SettingWording, string>?>? AssemblyTrust { get; set; }

    public CancellationToken CancellationToken { get; set; }
}

/// <summary>A YAML rule as loaded: the decoded definition, its keys' places, the file errors name, its YAML root (for overrides), its kind and layer.</summary>
internal sealed record RuleEntry(RuleDefinition Rule, KeyPositions Positions, string ErrorPath, YamlMappingNode Root, string Kind, int Layer);

/// <summary>The scoring model as loaded, with its keys' places.</summary>
internal sealed record ScoringEntry(ScoreModel Model, KeyPositions Positions);

/// <summary>A built-in analyzer's <c>analyzer:</c> file as loaded: whether it writes a <c>level</c> key (none: the analyzer's default), its path and its keys' places.</summary>
internal sealed record BuiltInAnalyzerEntry(BuiltInAnalyzerFactory Factory, AnalyzerFileBase File, bool HasLevel, string Path, KeyPositions Positions);
