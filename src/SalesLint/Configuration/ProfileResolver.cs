using System.Collections.Concurrent;
using SalesLint.Acts;
using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Loading;
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

    /// <summary>How sentence acts are decided. Default: <see cref="ActClassifierMode.Auto"/>.</summary>
    public ActClassifierMode ActClassifier { get; init; } = ActClassifierMode.Auto;

    /// <summary>A baseline file for every transcript, overriding the configuration's <c>baseline</c>. Default: none.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Run only rules matching these: IDs, ID prefixes ending in <c>*</c>, or category names. Default: all.</summary>
    public IReadOnlyList<string> Filter { get; init; } = [];

    /// <summary>
    /// Whether configurations found by discovery (and the rule folders they extend) may load analyzer assemblies
    /// (<c>--trust-config</c>). Default: false: only <see cref="AnalyzerAssemblies"/>, <see cref="ConfigPath"/> and its
    /// chain, <see cref="RuleFolders"/>, and files in <see cref="TrustFile"/> load code.
    /// </summary>
    public bool TrustDiscoveredConfigs { get; init; }

    /// <summary>The trust list: discovered files allowed to load analyzer assemblies, by path and SHA-256 (see <see cref="TrustList"/>). Default: none.</summary>
    public string? TrustFile { get; init; }
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
    private readonly Lazy<TrustList> trustList;

    /// <summary>Creates a resolver.</summary>
    /// <param name="options">Command-line settings.</param>
    public ProfileResolver(ResolverOptions? options = null)
    {
        this.options = options ?? new ResolverOptions();
        trustList = new(() => TrustList.Load(this.options.TrustFile, CancellationToken.None));
    }

    /// <summary>The profile for a transcript.</summary>
    /// <param name="transcriptPath">The transcript file.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ConfigurationException">A configuration file or rule is invalid.</exception>
    public AnalysisProfile For(string transcriptPath) => For(transcriptPath, CancellationToken.None);

    /// <summary>The profile for a transcript; loading stops when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="transcriptPath">The transcript file.</param>
    /// <param name="cancellationToken">Stops reading configuration and rule files.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ConfigurationException">A configuration file or rule is invalid, or a discovered configuration names analyzer assemblies without being trusted.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AnalysisProfile For(string transcriptPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcriptPath);
        var configPath = options.ConfigPath is not null ? Path.GetFullPath(options.ConfigPath)
            : options.Discover ? discovered.GetOrAdd(Path.GetDirectoryName(Path.GetFullPath(transcriptPath))!, dir => ConfigLoader.Discover(Path.Combine(dir, "x")))
            : null;
        var config = configPath is null ? null : LoadConfig(configPath, null, cancellationToken);
        var chain = config is null ? [] : Chain(config, [], cancellationToken);
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
        var lazy = profiles.GetOrAdd(key, _ => new Lazy<AnalysisProfile>(() => Build(config, chain, overrides.Select(o => o.Override).ToList(), cancellationToken)));
        return lazy.Value;
    }

    /// <summary>The baselines loaded so far.</summary>
    public IReadOnlyList<Baseline> Baselines => [.. baselines.Values.Select(b => b.Value).OfType<Baseline>()];

    private static IEnumerable<string> Sources(SalesLintConfig config) => config.Extends;

    private SalesLintConfig LoadConfig(string path, SourceReference? reference, CancellationToken cancellationToken) =>
        configs.GetOrAdd(path, p => ConfigLoader.Load(p, reference, cancellationToken));

    /// <summary>The configuration and the configuration files it extends, base first.</summary>
    private List<SalesLintConfig> Chain(SalesLintConfig config, List<string> visiting, CancellationToken cancellationToken)
    {
        visiting.Add(config.Path);
        var chain = new List<SalesLintConfig>();
        var sources = Sources(config).ToList();
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (source == Recommended)
            {
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(config.Directory, source));
            var place = config.PlaceOf(config.ExtendsPlaces, i, "extends");
            if (Directory.Exists(full))
            {
                continue;
            }

            if (!File.Exists(full))
            {
                throw SourceReference.Error(place, source, $"is neither '{Recommended}', a rules folder nor a configuration file ({full} not found)");
            }

            if (visiting.Contains(full, StringComparer.Ordinal))
            {
                throw SourceReference.Error(place, source, $"configuration files extend each other in a cycle: {string.Join(" → ", visiting.SkipWhile(v => v != full).Append(full))}");
            }

            chain.AddRange(Chain(LoadConfig(full, place, cancellationToken), visiting, cancellationToken));
        }

        chain.Add(config);
        visiting.RemoveAt(visiting.Count - 1);
        return chain;
    }

    /// <summary>
    /// Whether files of this chain may load analyzer assemblies: always for a configuration given explicitly
    /// (<see cref="ResolverOptions.ConfigPath"/>) or with <see cref="ResolverOptions.TrustDiscoveredConfigs"/>;
    /// otherwise only a file on the trust list with its current content.
    /// </summary>
    private bool TrustsEverything => options.ConfigPath is not null || options.TrustDiscoveredConfigs;

    /// <summary>Refuses, before anything loads, analyzer assemblies named by a discovered configuration that is not trusted.</summary>
    private void CheckTrust(List<SalesLintConfig> chain)
    {
        if (TrustsEverything)
        {
            return;
        }

        foreach (var c in chain.Where(c => c.Analyzers.Count > 0))
        {
            var sha = c.Sha256 ?? string.Empty;
            if (!trustList.Value.Contains(c.Path, sha))
            {
                var place = c.PlaceOf(c.AnalyzerPlaces, 0, "analyzers");
                throw ConfigurationException.Worded(c.Path, trustList.Value.Refusal(c.Path, sha, $"analyzers: this configuration would load {string.Join(", ", c.Analyzers.Select(a => $"'{a}'"))}"), place.Line, place.Column);
            }
        }
    }

    /// <summary>The trust check for analyzers files in rule folders a discovered configuration extends; <see langword="null"/> when everything is trusted.</summary>
    private Func<string, string, Func<SettingWording, string>?>? FolderTrust() => TrustsEverything ? null : (file, text) =>
    {
        var sha = TrustList.Hash(text);
        return trustList.Value.Contains(file, sha) ? null : trustList.Value.Refusal(file, sha, "assemblies: this analyzers file would load code");
    };

    private AnalysisProfile Build(SalesLintConfig? config, List<SalesLintConfig> chain, List<ConfigOverride> overrides, CancellationToken cancellationToken)
    {
        CheckTrust(chain);
        // The built-in rules are always the bottom layer when any configuration asks for them (or none exists).
        var builder = new RuleSetBuilder().WithCancellation(cancellationToken);
        if (config is null || chain.Any(c => c.Extends.Contains(Recommended)))
        {
            builder.AddBuiltIn();
        }

        foreach (var c in chain)
        {
            for (var i = 0; i < c.Extends.Count; i++)
            {
                var source = c.Extends[i];
                var full = Path.Combine(c.Directory, source);
                if (source != Recommended && Directory.Exists(full))
                {
                    builder.AddDirectory(full, c.PlaceOf(c.ExtendsPlaces, i, "extends"), FolderTrust());
                }
            }

            for (var i = 0; i < c.Analyzers.Count; i++)
            {
                builder.AddAnalyzerAssembly(Path.Combine(c.Directory, c.Analyzers[i]), c.PlaceOf(c.AnalyzerPlaces, i, "analyzers"));
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
                    builder.OverrideRule(setting.RuleId, setting.Parameters, path, setting.Line, setting.Column);
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
            throw ConfigurationException.Worded(path, w => $"unknown rule '{setting.RuleId}' ({w.WhereRulesAreListed()})", setting.Line, setting.Column);
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
        var baselinePlace = options.BaselinePath is null ? chain.LastOrDefault(c => c.Baseline is not null)?.BaselinePlace : null;
        var baseline = baselinePath is null ? null
            : baselines.GetOrAdd(baselinePath, p => new Lazy<Baseline?>(() => File.Exists(p) || Directory.Exists(p) ? Baseline.Load(p, baselinePlace, cancellationToken) : null)).Value;
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
                throw ConfigurationException.Worded(null, w => $"{w.FilterEntry(entry)} matches no rule ID or category ({w.WhereRulesAreListed()})");
            }

            selected.UnionWith(matches.Select(d => d.Id));
        }

        return selected;
    }
}
