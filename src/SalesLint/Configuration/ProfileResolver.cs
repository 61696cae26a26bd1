using System.Collections.Concurrent;
using SalesLint.Engine;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Configuration;

/// <summary>Settings given on the command line (or by an embedder) that apply on top of every configuration file.</summary>
public sealed record ResolverOptions
{
    /// <summary>A configuration file that applies to every transcript; discovery is off when set. Default: none (discover).</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Whether to look for <c>.saleslint.yaml</c> files above each transcript. Default: true.</summary>
    public bool Discover { get; init; } = true;

    /// <summary>Rule folders laid over the configured rules. Default: none.</summary>
    public IReadOnlyList<string> RuleFolders { get; init; } = [];

    /// <summary>Custom analyzer assemblies. Default: none.</summary>
    public IReadOnlyList<string> AnalyzerAssemblies { get; init; } = [];

    /// <summary>Seller names or ids added to the configured ones. Default: none.</summary>
    public IReadOnlyList<string> Sellers { get; init; } = [];

    /// <summary>Buyer names or ids added to the configured ones. Default: none.</summary>
    public IReadOnlyList<string> Buyers { get; init; } = [];

    /// <summary>Display names for vendor speaker labels (label → name), added to the configured ones. Default: none.</summary>
    public IReadOnlyDictionary<string, string> SpeakerNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Lowest severity to report, overriding configuration. Default: none (configuration, else suggestion).</summary>
    public DiagnosticSeverity? MinLevel { get; init; }

    /// <summary>How sentence acts are decided. Default: <see cref="Tokenization.ActClassifierMode.Auto"/>.</summary>
    public Tokenization.ActClassifierMode ActClassifier { get; init; } = Tokenization.ActClassifierMode.Auto;

    /// <summary>A baseline file for every transcript, overriding the configuration's <c>baseline</c>. Default: none.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Run only rules matching these: IDs, ID prefixes ending in <c>*</c>, or category names. Default: all.</summary>
    public IReadOnlyList<string> Filter { get; init; } = [];
}

/// <summary>What applies to one transcript: the engine (rules, levels, lexicons), how to read it, and suppressions.</summary>
/// <param name="Engine">The engine.</param>
/// <param name="ReaderOptions">Speaker roles.</param>
/// <param name="Config">The configuration file that applies, if any.</param>
/// <param name="Suppressions">Suppressions of that configuration (and those it extends).</param>
/// <param name="Baseline">The baseline that applies (from the options or the configuration), if it exists.</param>
/// <param name="BaselinePath">Where the baseline is (or would be written), if one is configured.</param>
public sealed record AnalysisProfile(
    SalesLintEngine Engine,
    ReaderOptions ReaderOptions,
    SalesLintConfig? Config,
    IReadOnlyList<(Suppression Entry, SalesLintConfig Config)> Suppressions,
    Baseline? Baseline,
    string? BaselinePath);

/// <summary>
/// Finds the configuration of each transcript and builds (once per distinct configuration and override set) the
/// engine that applies to it. Thread-safe.
/// </summary>
public sealed class ProfileResolver
{
    private const string Recommended = "recommended";
    private readonly ResolverOptions options;
    private readonly ConcurrentDictionary<string, string?> discovered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SalesLintConfig> configs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<AnalysisProfile>> profiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Baseline?>> baselines = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver.</summary>
    /// <param name="options">Command-line settings.</param>
    public ProfileResolver(ResolverOptions? options = null)
    {
        this.options = options ?? new ResolverOptions();
    }

    /// <summary>The profile for a transcript.</summary>
    /// <param name="transcriptPath">The transcript file.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ConfigurationException">A configuration file or rule is invalid.</exception>
    public AnalysisProfile For(string transcriptPath)
    {
        ArgumentNullException.ThrowIfNull(transcriptPath);
        var configPath = options.ConfigPath is not null ? Path.GetFullPath(options.ConfigPath)
            : options.Discover ? discovered.GetOrAdd(Path.GetDirectoryName(Path.GetFullPath(transcriptPath))!, dir => ConfigLoader.Discover(Path.Combine(dir, "x")))
            : null;
        var config = configPath is null ? null : LoadConfig(configPath);
        var chain = config is null ? [] : Chain(config, []);
        var overrides = new List<(ConfigOverride Override, string Key)>();
        foreach (var c in chain)
        {
            for (var i = 0; i < c.Overrides.Count; i++)
            {
                var relative = Glob.Relative(c.Directory, transcriptPath);
                if (c.Overrides[i].Files.Any(g => g.IsMatch(relative)))
                {
                    overrides.Add((c.Overrides[i], $"{c.Path}#{i}"));
                }
            }
        }

        var key = $"{configPath}|{string.Join(",", overrides.Select(o => o.Key))}";
        var lazy = profiles.GetOrAdd(key, _ => new Lazy<AnalysisProfile>(() => Build(config, chain, overrides.Select(o => o.Override).ToList())));
        return lazy.Value;
    }

    /// <summary>The baselines loaded so far.</summary>
    public IReadOnlyList<Baseline> Baselines => [.. baselines.Values.Select(b => b.Value).OfType<Baseline>()];

    private static IEnumerable<string> Sources(SalesLintConfig config) => config.Extends;

    private SalesLintConfig LoadConfig(string path) => configs.GetOrAdd(path, ConfigLoader.Load);

    /// <summary>The configuration and the configuration files it extends, base first.</summary>
    private List<SalesLintConfig> Chain(SalesLintConfig config, HashSet<string> visiting)
    {
        if (!visiting.Add(config.Path))
        {
            throw new ConfigurationException(config.Path, "configuration files extend each other in a cycle");
        }

        var chain = new List<SalesLintConfig>();
        foreach (var source in Sources(config))
        {
            var full = Path.Combine(config.Directory, source);
            if (source != Recommended && File.Exists(full))
            {
                chain.AddRange(Chain(LoadConfig(Path.GetFullPath(full)), visiting));
            }
        }

        chain.Add(config);
        visiting.Remove(config.Path);
        return chain;
    }

    private AnalysisProfile Build(SalesLintConfig? config, List<SalesLintConfig> chain, List<ConfigOverride> overrides)
    {
        // The built-in rules are always the bottom layer when any configuration asks for them (or none exists).
        var builder = new RuleSetBuilder();
        if (config is null || chain.Any(c => c.Extends.Contains(Recommended)))
        {
            builder.AddBuiltIn();
        }

        foreach (var c in chain)
        {
            foreach (var source in c.Extends)
            {
                var full = Path.Combine(c.Directory, source);
                if (source == Recommended)
                {
                    continue;
                }

                if (Directory.Exists(full))
                {
                    builder.AddDirectory(full);
                }
                else if (!File.Exists(full))
                {
                    throw new ConfigurationException(c.Path, $"extends: '{source}' is neither '{Recommended}', a rules folder nor a configuration file");
                }
            }

            foreach (var assembly in c.Analyzers)
            {
                builder.AddAnalyzerAssembly(Path.Combine(c.Directory, assembly));
            }
        }

        foreach (var folder in options.RuleFolders)
        {
            builder.AddDirectory(folder);
        }

        foreach (var assembly in options.AnalyzerAssemblies)
        {
            builder.AddAnalyzerAssembly(assembly);
        }

        var sections = chain.Select(c => (c.Settings, c.Path)).Concat(overrides.Select(o => (o.Settings, config!.Path))).ToList();
        var ruleLevels = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        var categories = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        var sellers = new List<string>();
        var buyers = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        DiagnosticSeverity? minimum = null;
        var settings = new List<(RuleSetting Setting, string Path)>();
        foreach (var (section, path) in sections)
        {
            foreach (var (name, terms) in section.Lexicons)
            {
                builder.AddLexiconTerms(name, terms, path);
            }

            foreach (var setting in section.Rules.Values)
            {
                if (setting.Parameters is not null)
                {
                    builder.OverrideRule(setting.RuleId, setting.Parameters, path);
                }

                if (setting.Level is { } level)
                {
                    ruleLevels[setting.RuleId] = level;
                }

                settings.Add((setting, path));
            }

            foreach (var (category, level) in section.Categories)
            {
                categories[category] = level;
            }

            sellers.AddRange(section.Sellers);
            buyers.AddRange(section.Buyers);
            foreach (var (label, name) in section.SpeakerNames)
            {
                names[label] = name;
            }
            minimum = section.MinLevel ?? minimum;
        }

        var ruleSet = builder.Build();
        var known = ruleSet.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (setting, path) in settings.Where(s => !known.Contains(s.Setting.RuleId)))
        {
            throw new ConfigurationException(path, $"unknown rule '{setting.RuleId}' (see: saleslint rules)", (int)setting.Node.Start.Line, (int)setting.Node.Start.Column);
        }

        var engineOptions = new EngineOptions
        {
            RuleSeverities = ruleLevels.ToDictionary(kv => ruleSet.Descriptors.First(d => string.Equals(d.Id, kv.Key, StringComparison.OrdinalIgnoreCase)).Id, kv => kv.Value, StringComparer.Ordinal),
            CategorySeverities = categories,
            MinimumSeverity = options.MinLevel ?? minimum ?? DiagnosticSeverity.Suggestion,
            OnlyRules = Filter(ruleSet),
            ActClassifier = options.ActClassifier,
        };
        var reader = new ReaderOptions
        {
            Sellers = [.. options.Sellers.Concat(sellers).Distinct(StringComparer.OrdinalIgnoreCase)],
            Buyers = [.. options.Buyers.Concat(buyers).Distinct(StringComparer.OrdinalIgnoreCase)],
            SpeakerNames = names.Concat(options.SpeakerNames).GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase),
        };
        var suppressions = chain.SelectMany(c => c.Suppressions.Select(s => (s, c))).ToList();
        var baselinePath = options.BaselinePath is not null ? Path.GetFullPath(options.BaselinePath)
            : chain.LastOrDefault(c => c.Baseline is not null) is { } withBaseline ? Path.GetFullPath(Path.Combine(withBaseline.Directory, withBaseline.Baseline!))
            : null;
        var baseline = baselinePath is null ? null
            : baselines.GetOrAdd(baselinePath, p => new Lazy<Baseline?>(() => File.Exists(p) ? Baseline.Load(p) : null)).Value;
        return new AnalysisProfile(new SalesLintEngine(ruleSet, engineOptions), reader, config, suppressions, baseline, baselinePath);
    }

    private HashSet<string> Filter(RuleSet ruleSet)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in options.Filter.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var matches = ruleSet.Descriptors.Where(d =>
                entry.EndsWith('*') ? d.Id.StartsWith(entry[..^1], StringComparison.OrdinalIgnoreCase)
                : string.Equals(d.Id, entry, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Category, entry, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                throw new ConfigurationException(null, $"--filter '{entry}' matches no rule ID or category (see: saleslint rules)");
            }

            selected.UnionWith(matches.Select(d => d.Id));
        }

        return selected;
    }
}
