using SalesLint.Diagnostics;
using SalesLint.Loading;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Configuration;

/// <summary>
/// A <c>.saleslint.yaml</c> configuration file, decoded strictly. Found by walking up from each transcript (the nearest
/// one applies; <c>extends</c> may name other configuration files), or given with <c>--config</c>.
/// </summary>
/// <example>
/// <code>
/// extends: [recommended]          # the built-in rules; also rule folders or other .saleslint.yaml files
/// minLevel: suggestion
/// rules:
///   SL1003: none                  # switch a rule off
///   SL1001: { level: error, min: 0.25 }   # level and rule parameters
/// categories: { negotiation: error }
/// lexicons: { product: [ForecastPro, Pipeline Radar], competitor: [Acme Forecasting] }
/// speakers: { sellers: [Dana, spk_0], buyers: [Chris], names: { spk_0: Dana } }
/// analyzers: [tools/Contoso.SalesRules.dll]
/// suppressions:
///   - files: ["roleplay/**"]
///     rules: [SL1003]
///     justification: Role-play scripts say "solution" on purpose.
/// overrides:
///   - files: ["negotiation/**"]
///     rules: { SL1001: none }
/// baseline: .saleslint-baseline.json
/// </code>
/// </example>
public sealed record SalesLintConfig
{
    /// <summary>The conventional file name.</summary>
    public const string FileName = ".saleslint.yaml";

    /// <summary>The configuration file.</summary>
    public required string Path { get; init; }

    /// <summary>The folder that relative paths and globs in the file are resolved against.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Rule sources in order: <c>recommended</c> (the built-in rules), rule folders, other configuration files. Default: <c>[recommended]</c>.</summary>
    public IReadOnlyList<string> Extends { get; init; } = ["recommended"];

    /// <summary>The settings that apply to every file (and that overrides refine).</summary>
    public required ConfigSection Settings { get; init; }

    /// <summary>Custom analyzer assemblies (paths relative to the file).</summary>
    public IReadOnlyList<string> Analyzers { get; init; } = [];

    /// <summary>Findings to hide, each with a justification.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>Settings for files matching globs, applied in order after <see cref="Settings"/>.</summary>
    public IReadOnlyList<ConfigOverride> Overrides { get; init; } = [];

    /// <summary>A baseline file (relative to this file) whose findings are not reported. Default: none.</summary>
    public string? Baseline { get; init; }

    /// <summary>Where each <see cref="Extends"/> entry is written, in the same order (empty for a configuration built in code).</summary>
    internal IReadOnlyList<SourceReference> ExtendsPlaces { get; init; } = [];

    /// <summary>Where each <see cref="Analyzers"/> entry is written, in the same order.</summary>
    internal IReadOnlyList<SourceReference> AnalyzerPlaces { get; init; } = [];

    /// <summary>Where <see cref="Baseline"/> is written.</summary>
    internal SourceReference? BaselinePlace { get; init; }

    /// <summary>SHA-256 of the file's text (<see cref="TrustList.Hash"/>), which a trust list names; <see langword="null"/> when not read from a file.</summary>
    internal string? Sha256 { get; init; }

    /// <summary>The place of entry <paramref name="index"/> of a list of places, or the file itself.</summary>
    internal SourceReference PlaceOf(IReadOnlyList<SourceReference> places, int index, string what) =>
        index < places.Count ? places[index] : new SourceReference(Path, null, null, what);
}

/// <summary>Settings that can be given for all files or per glob.</summary>
public sealed record ConfigSection
{
    /// <summary>An empty section.</summary>
    public static ConfigSection Empty { get; } = new();

    /// <summary>Lowest severity reported, when set.</summary>
    public DiagnosticSeverity? MinLevel { get; init; }

    /// <summary>Per-rule level and parameters.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();

    /// <summary>Severity per category.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> Categories { get; init; } = new Dictionary<string, DiagnosticSeverity>();

    /// <summary>Terms added to lexicons (a new name creates a lexicon).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lexicons { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Speaker names or ids that are sellers.</summary>
    public IReadOnlyList<string> Sellers { get; init; } = [];

    /// <summary>Speaker names or ids that are buyers.</summary>
    public IReadOnlyList<string> Buyers { get; init; } = [];

    /// <summary>Display names for vendor speaker labels (<c>spk_0: Dana</c>).</summary>
    public IReadOnlyDictionary<string, string> SpeakerNames { get; init; } = new Dictionary<string, string>();
}

/// <summary>A rule's configured level and parameter overrides.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Level">Severity, when set.</param>
/// <param name="Parameters">Parameter overrides (keys of the rule kind, each with its place), or <see langword="null"/>.</param>
public sealed record RuleSetting(string RuleId, DiagnosticSeverity? Level, IReadOnlyList<RuleParameter>? Parameters)
{
    /// <summary>1-based line of the setting (the rule ID), when known, for error messages.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column of the setting, when known.</summary>
    public int? Column { get; init; }
}

/// <summary>Settings for files matching globs.</summary>
/// <param name="Files">Globs relative to the configuration file's folder.</param>
/// <param name="Settings">The settings.</param>
public sealed record ConfigOverride(IReadOnlyList<Glob> Files, ConfigSection Settings);

/// <summary>Hides findings of some rules in some files, with a reason.</summary>
/// <param name="Files">Globs relative to the configuration file's folder.</param>
/// <param name="Rules">Rule IDs, or <c>*</c> for all.</param>
/// <param name="Justification">Why; required.</param>
/// <param name="Line">Line of the entry in the configuration file.</param>
public sealed record Suppression(IReadOnlyList<Glob> Files, IReadOnlyList<string> Rules, string Justification, int Line)
{
    /// <summary>Whether the suppression covers a rule.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(string ruleId) => Rules.Any(r => r == "*" || string.Equals(r, ruleId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Reads <c>.saleslint.yaml</c> files.</summary>
public static class ConfigLoader
{
    private static readonly string[] TopKeys = ["extends", "minLevel", "rules", "categories", "lexicons", "speakers", "analyzers", "suppressions", "overrides", "baseline"];
    private static readonly string[] SectionKeys = ["files", "minLevel", "rules", "categories", "lexicons", "speakers"];

    /// <summary>Loads and decodes a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">The file is missing or invalid; the message names file, line and column.</exception>
    public static SalesLintConfig Load(string path) => Load(path, CancellationToken.None);

    /// <summary>Loads and decodes a configuration file; reading stops when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="path">The file: a regular file of at most 1 MiB.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">The file is missing, not a regular file, too large or invalid; the message names file, line and column.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static SalesLintConfig Load(string path, CancellationToken cancellationToken) => Load(path, null, cancellationToken);

    /// <summary>Loads a configuration file named at <paramref name="reference"/> (an <c>extends:</c> entry).</summary>
    internal static SalesLintConfig Load(string path, SourceReference? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw SourceReference.Error(reference, path, "configuration file not found");
        }

        return Parse(path, SourceFile.ReadText(path, SourceFile.MaxYamlBytes, reference, cancellationToken), cancellationToken);
    }

    /// <summary>Decodes configuration text.</summary>
    /// <param name="path">The file name used in messages and to resolve relative paths.</param>
    /// <param name="text">The YAML.</param>
    /// <returns>The configuration.</returns>
    public static SalesLintConfig Parse(string path, string text) => Parse(path, text, CancellationToken.None);

    private static SalesLintConfig Parse(string path, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var source = YamlSource.Load(path, text, cancellationToken);
        var yaml = source;
        var sha256 = TrustList.Hash(text);
        var root = source.Root;
        if (root is null)
        {
            return new SalesLintConfig { Path = path, Settings = ConfigSection.Empty, Sha256 = sha256 };
        }

        var config = new SalesLintConfig { Path = path, Settings = Section(yaml, root, TopKeys, "the configuration"), Sha256 = sha256 };
        foreach (var (key, _, value) in yaml.Entries(root, "the configuration", TopKeys))
        {
            config = key switch
            {
                "extends" => yaml.List(value, "extends") is var extends
                    ? config with { Extends = [.. extends.Select(e => e.Value)], ExtendsPlaces = [.. extends.Select(e => source.Reference(e.Node, "extends"))] }
                    : config,
                "analyzers" => yaml.List(value, "analyzers") is var analyzers
                    ? config with { Analyzers = [.. analyzers.Select(e => e.Value)], AnalyzerPlaces = [.. analyzers.Select(e => source.Reference(e.Node, "analyzers"))] }
                    : config,
                "baseline" => config with { Baseline = yaml.Scalar(value, "baseline"), BaselinePlace = source.Reference(value, "baseline") },
                "suppressions" => config with { Suppressions = Suppressions(yaml, value) },
                "overrides" => config with { Overrides = Overrides(yaml, value) },
                _ => config,
            };
        }

        return config;
    }

    /// <summary>Finds the configuration that applies to a file: the nearest <c>.saleslint.yaml</c> in its folder or above.</summary>
    /// <param name="filePath">A transcript path.</param>
    /// <returns>The configuration file's path, or <see langword="null"/>.</returns>
    public static string? Discover(string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(filePath))!);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, SalesLintConfig.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return null;
    }

    private static ConfigSection Section(YamlSource yaml, YamlMappingNode node, IReadOnlyCollection<string> allowed, string what)
    {
        var section = ConfigSection.Empty;
        foreach (var (key, _, value) in yaml.Entries(node, what, allowed))
        {
            section = key switch
            {
                "minLevel" => section with { MinLevel = Level(yaml, value, "minLevel", allowNone: false) },
                "rules" => section with { Rules = RuleSettings(yaml, value) },
                "categories" => section with
                {
                    Categories = yaml.Entries(value, "categories").ToDictionary(e => e.Key, e => Level(yaml, e.Value, $"categories.{e.Key}", allowNone: true), StringComparer.Ordinal),
                },
                "lexicons" => section with
                {
                    Lexicons = yaml.Entries(value, "lexicons").ToDictionary(
                        e => e.Key,
                        e => (IReadOnlyList<string>)[.. yaml.List(e.Value, $"lexicons.{e.Key}").Select(t => t.Value)],
                        StringComparer.Ordinal),
                },
                "speakers" => Speakers(yaml, value, section),
                _ => section,
            };
        }

        return section;
    }

    private static ConfigSection Speakers(YamlSource yaml, YamlNode node, ConfigSection section)
    {
        foreach (var (key, _, value) in yaml.Entries(node, "speakers", ["sellers", "buyers", "names"]))
        {
            if (key == "names")
            {
                section = section with
                {
                    SpeakerNames = yaml.Entries(value, "speakers.names").ToDictionary(e => e.Key, e => yaml.Scalar(e.Value, $"speakers.names.{e.Key}"), StringComparer.OrdinalIgnoreCase),
                };
                continue;
            }

            var names = yaml.List(value, $"speakers.{key}").Select(e => e.Value).ToList();
            section = key == "sellers" ? section with { Sellers = names } : section with { Buyers = names };
        }

        return section;
    }

    private static Dictionary<string, RuleSetting> RuleSettings(YamlSource yaml, YamlNode node)
    {
        var result = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, keyNode, value) in yaml.Entries(node, "rules"))
        {
            if (value is YamlScalarNode)
            {
                result[id] = new RuleSetting(id, Level(yaml, value, $"rules.{id}", allowNone: true), null) { Line = (int)keyNode.Start.Line, Column = (int)keyNode.Start.Column };
                continue;
            }

            if (value is not YamlMappingNode mapping)
            {
                throw yaml.Error(value, $"rules.{id} must be a level (error, warning, suggestion, none) or a mapping of level and parameters");
            }

            DiagnosticSeverity? level = null;
            var parameters = new List<KeyValuePair<YamlNode, YamlNode>>();
            foreach (var (k, kNode, v) in yaml.Entries(mapping, $"rules.{id}"))
            {
                if (k == "level")
                {
                    level = Level(yaml, v, $"rules.{id}.level", allowNone: true);
                }
                else if (k is "id" or "extends")
                {
                    throw yaml.Error(kNode, $"rules.{id}: '{k}' cannot be changed here; write a new rule file instead");
                }
                else
                {
                    parameters.Add(new(kNode, v));
                }
            }

            result[id] = new RuleSetting(id, level, parameters.Count > 0 ? ParameterYaml.From(parameters) : null) { Line = (int)keyNode.Start.Line, Column = (int)keyNode.Start.Column };
        }

        return result;
    }

    private static DiagnosticSeverity Level(YamlSource yaml, YamlNode node, string what, bool allowNone)
    {
        var text = yaml.Scalar(node, what);
        var level = SeverityNames.Parse(text);
        if (level is null || (!allowNone && level == DiagnosticSeverity.None))
        {
            throw yaml.Error(node, $"{what} must be {(allowNone ? "error, warning, suggestion or none" : "error, warning or suggestion")}, not '{text}'");
        }

        return level.Value;
    }

    private static List<Suppression> Suppressions(YamlSource yaml, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw yaml.Error(node, "suppressions must be a list of entries with files, rules and justification");
        }

        var result = new List<Suppression>();
        foreach (var entry in sequence.Children)
        {
            IReadOnlyList<Glob>? files = null;
            IReadOnlyList<string>? rules = null;
            string? justification = null;
            foreach (var (key, _, value) in yaml.Entries(entry, "a suppression", ["files", "rules", "justification"]))
            {
                switch (key)
                {
                    case "files":
                        files = [.. yaml.List(value, "suppression files").Select(f => new Glob(f.Value))];
                        break;
                    case "rules":
                        rules = [.. yaml.List(value, "suppression rules").Select(r => r.Value)];
                        break;
                    default:
                        justification = yaml.Scalar(value, "justification").Trim();
                        break;
                }
            }

            if (files is null || files.Count == 0 || rules is null || rules.Count == 0)
            {
                throw yaml.Error(entry, "a suppression needs files and rules");
            }

            if (string.IsNullOrWhiteSpace(justification))
            {
                throw yaml.Error(entry, "a suppression needs a justification: say why these findings are accepted");
            }

            result.Add(new Suppression(files, rules, justification, (int)entry.Start.Line));
        }

        return result;
    }

    private static List<ConfigOverride> Overrides(YamlSource yaml, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw yaml.Error(node, "overrides must be a list of entries with files and settings");
        }

        var result = new List<ConfigOverride>();
        foreach (var entry in sequence.Children)
        {
            if (entry is not YamlMappingNode mapping)
            {
                throw yaml.Error(entry, "an override must be a mapping with files and settings");
            }

            var filesNode = mapping.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "files").Value
                ?? throw yaml.Error(entry, "an override needs files (globs)");
            var files = yaml.List(filesNode, "override files").Select(f => new Glob(f.Value)).ToList();
            result.Add(new ConfigOverride(files, Section(yaml, mapping, SectionKeys, "an override")));
        }

        return result;
    }
}
