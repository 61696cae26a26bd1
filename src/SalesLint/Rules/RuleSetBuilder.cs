using System.Reflection;
using System.Text.RegularExpressions;
using SalesLint.Analysis;
using SalesLint.Analyzers;
using SalesLint.Diagnostics;
using SalesLint.Features;
using SalesLint.Loading;
using SalesLint.Model;
using SalesLint.RuleKinds;
using SalesLint.Scoring;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesLint.Rules;

/// <summary>
/// Builds a <see cref="RuleSet"/> from YAML files, strictly: an unknown key, a bad value or a missing field is a
/// <see cref="ConfigurationException"/> naming file, line and column. Files are told apart by their first key:
/// <c>extends</c> (a rule), <c>lexicon</c>, <c>categories</c> (the scoring model), <c>assemblies</c> (C# analyzers)
/// or <c>analyzer</c> (a built-in C# analyzer and its options, see <see cref="BuiltInAnalyzers"/>).
/// Later files override earlier ones: a rule with the same ID replaces it, a lexicon extends (or with
/// <c>mode: replace</c> replaces) the one of the same name, a scoring model replaces the previous one, and a
/// built-in analyzer's file replaces its previous options.
/// </summary>
public sealed partial class RuleSetBuilder
{
    private const string ResourcePrefix = "SalesLint.Rules/";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .WithEnforceNullability()
        .WithNodeDeserializer(new NumberDeserializer(), s => s.OnTop())
        .WithAttributeOverride<RuleDefinition>(r => r.SourcePath!, new YamlIgnoreAttribute())
        .Build();

    private readonly Dictionary<string, RuleEntry> rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lexicon> lexicons = new(StringComparer.Ordinal);
    private readonly List<ConversationAnalyzer> analyzers = [];
    private readonly Dictionary<string, (BuiltInAnalyzerFactory Factory, AnalyzerFileBase File, string Path, Positions Positions)> builtInAnalyzers = new(StringComparer.Ordinal);
    private (ScoreModel Model, Positions Positions)? scoring;
    private readonly List<(string Pattern, string Path, Mark Mark)> lexiconPatterns = [];
    private bool loadingBuiltIn;
    private string helpLinkBase = RuleSet.DefaultHelpLinkBase;
    private CancellationToken cancellationToken;

    // Files added in one call of AddDirectory or AddBuiltIn form a layer: within a layer a rule ID may be defined once;
    // a later layer replaces a rule of an earlier one.
    private int layer;
    private bool inLayer;

    // Decides whether an analyzers file ('assemblies:') found in the folder being added may load code; null trusts all.
    private Func<string, string, Func<SettingWording, string>?>? assemblyTrust;

    /// <summary>Adds the rules shipped with SalesLint.</summary>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddBuiltIn()
    {
        var assembly = typeof(RuleSetBuilder).Assembly;
        loadingBuiltIn = true;
        layer++;
        inLayer = true;
        try
        {
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                AddYaml("builtin:" + name[ResourcePrefix.Length..].Replace('\\', '/'), reader.ReadToEnd(), baseDirectory: null);
            }
        }
        finally
        {
            loadingBuiltIn = false;
            inLayer = false;
        }

        return this;
    }

    /// <summary>Adds every <c>*.yaml</c> and <c>*.yml</c> file under a folder, in path order.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ConfigurationException">The folder does not exist or a file is invalid.</exception>
    /// <remarks>
    /// The folder is walked with limits (see <see cref="RuleFolder"/>): a folder that is not a rules folder, such as
    /// <c>/</c>, fails at once. Two files of the folder that define the same rule ID are an error.
    /// </remarks>
    public RuleSetBuilder AddDirectory(string directory) => AddDirectory(directory, null, null);

    /// <summary>Adds a rules folder named at <paramref name="reference"/>; <paramref name="trust"/> decides whether its analyzers files may load code.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="reference">Where the folder was named, for errors about the folder itself.</param>
    /// <param name="trust">Given an analyzers file's path and text, <see langword="null"/> when it may load its assemblies, else why not; <see langword="null"/> trusts every file.</param>
    /// <returns>This builder.</returns>
    internal RuleSetBuilder AddDirectory(string directory, SourceReference? reference, Func<string, string, Func<SettingWording, string>?>? trust)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = RuleFolder.YamlFiles(directory, reference, cancellationToken);
        layer++;
        inLayer = true;
        assemblyTrust = trust;
        try
        {
            foreach (var file in files)
            {
                AddFile(file);
            }
        }
        finally
        {
            inLayer = false;
            assemblyTrust = null;
        }

        return this;
    }

    /// <summary>Makes loading stop when <paramref name="token"/> is cancelled (an <see cref="OperationCanceledException"/>).</summary>
    /// <param name="token">The token; reading files, walking folders and parsing YAML check it.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithCancellation(CancellationToken token)
    {
        cancellationToken = token;
        return this;
    }

    /// <summary>Adds one YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ConfigurationException">The file is missing, too large or invalid.</exception>
    public RuleSetBuilder AddFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Add(YamlSource.Read(path, null, cancellationToken), Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Adds C# analyzers written in code.</summary>
    /// <param name="additional">The analyzers.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddAnalyzers(params ConversationAnalyzer[] additional)
    {
        ArgumentNullException.ThrowIfNull(additional);
        analyzers.AddRange(additional);
        return this;
    }

    /// <summary>Loads every public <see cref="ConversationAnalyzer"/> with a parameterless constructor from an assembly.</summary>
    /// <param name="assemblyPath">Path of the assembly.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ConfigurationException">The assembly cannot be loaded or has no analyzers.</exception>
    public RuleSetBuilder AddAnalyzerAssembly(string assemblyPath) => AddAnalyzerAssembly(assemblyPath, null);

    /// <summary>Loads analyzers from an assembly named at <paramref name="reference"/> (errors point there).</summary>
    internal RuleSetBuilder AddAnalyzerAssembly(string assemblyPath, SourceReference? reference) =>
        AddAnalyzerAssembly(assemblyPath, reference?.Path, reference is null ? null : new Positions(new YamlMappingNode(), new Mark(0, reference.Line ?? 1, reference.Column ?? 1)), string.Empty);

    /// <summary>Sets the base of default help links (the rule ID and <c>.md</c> are appended).</summary>
    /// <param name="value">The base, ending in <c>/</c>.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithHelpLinkBase(string value)
    {
        helpLinkBase = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Adds YAML text as if read from <paramref name="path"/>.</summary>
    /// <param name="path">The name used in error messages.</param>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="baseDirectory">Folder that relative paths in the file are resolved against.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddYaml(string path, string yaml, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(yaml);
        return Add(YamlSource.Load(path, yaml, cancellationToken), baseDirectory);
    }

    private RuleSetBuilder Add(YamlSource source, string? baseDirectory)
    {
        var path = source.Path;
        var yaml = source.Text;
        var root = source.Root ?? throw new ConfigurationException(path, "expected a YAML mapping (key: value lines), not an empty file", 1, 1);

        if (loadingBuiltIn)
        {
            // The shipped files' patterns are known to build (a test builds every one): they are built when first
            // used rather than all at start, which was most of a short run's start-up time.
            FeatureDetector.TrustPatterns(Scalars(root));
        }

        var positions = new Positions(root);
        if (Has(root, "extends"))
        {
            AddRule(path, yaml, root, positions);
        }
        else if (Has(root, "lexicon"))
        {
            AddLexicon(path, Decode<LexiconFile>(path, yaml), positions);
        }
        else if (Has(root, "categories"))
        {
            scoring = (ToScoreModel(path, Decode<ScoringFile>(path, yaml), positions), positions);
        }
        else if (Has(root, "assemblies"))
        {
            var file = Decode<AnalyzersFile>(path, yaml);
            if (file.Assemblies.Count > 0 && assemblyTrust?.Invoke(path, yaml) is { } untrusted)
            {
                var at = positions.Find("assemblies[0]");
                throw ConfigurationException.Worded(path, untrusted, YamlSource.Line(at), YamlSource.Column(at));
            }

            for (var i = 0; i < file.Assemblies.Count; i++)
            {
                var assembly = file.Assemblies[i];
                var full = baseDirectory is null || Path.IsPathRooted(assembly) ? assembly : Path.Combine(baseDirectory, assembly);
                AddAnalyzerAssembly(full, path, positions, $"assemblies[{i}]");
            }
        }
        else if (Has(root, "analyzer"))
        {
            AddBuiltInAnalyzer(path, yaml, root, positions);
        }
        else
        {
            throw new ConfigurationException(path, "not a SalesLint file: expected a rule ('extends:'), a lexicon ('lexicon:'), a scoring model ('categories:'), an analyzers list ('assemblies:') or built-in analyzer options ('analyzer:')", 1, 1);
        }

        return this;
    }

    /// <summary>Validates everything together (categories, features, IDs) and builds the rule set.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="ConfigurationException">Rules refer to a missing category or lexicon, or no scoring model was given.</exception>
    public RuleSet Build()
    {
        if (scoring is null)
        {
            throw new ConfigurationException(null, "no scoring model: add a scoring file ('categories:') or start from the built-in rules");
        }

        var featureNames = new HashSet<string>(lexicons.Keys, StringComparer.Ordinal);
        var categories = scoring.Value.Model.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        ValidateInParallel(featureNames, categories);
        foreach (var (name, selector) in scoring.Value.Model.Signals)
        {
            var errors = new List<(string Key, string Message)>();
            if (selector is null)
            {
                errors.Add(($"signals.{name}", $"signal '{name}' needs a selector"));
            }
            else
            {
                selector.Validate($"signals.{name}", errors, featureNames);
            }

            if (errors.Count > 0)
            {
                throw Error(scoring.Value.Model.SourcePath ?? "scoring.yaml", scoring.Value.Positions.Find(errors[0].Key), $"scoring: {errors[0].Message}");
            }
        }

        var builtIns = new List<ConversationAnalyzer>();
        foreach (var (id, (factory, file, path, positions)) in builtInAnalyzers.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var descriptor = factory.CreateDescriptor(helpLinkBase);
            descriptor = descriptor with
            {
                DefaultSeverity = file.Level is null ? descriptor.DefaultSeverity : SeverityNames.Parse(file.Level)!.Value,
                IsEnabledByDefault = file.Enabled ?? descriptor.IsEnabledByDefault,
            };
            if (!categories.Contains(descriptor.Category))
            {
                throw Error(path, positions.Find("analyzer"), $"analyzer {id}: its category '{descriptor.Category}' is not in the scoring model (has: {string.Join(", ", categories)})");
            }

            builtIns.Add(factory.Create(descriptor, file.OptionsValue));
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in rules.Values)
        {
            ids[rule.Rule.Id] = rule.Rule.SourcePath ?? rule.Rule.Id;
        }

        foreach (var analyzer in builtIns.Concat(analyzers))
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (!ids.TryAdd(descriptor.Id, analyzer.Name))
                {
                    throw new ConfigurationException(null, $"rule ID {descriptor.Id} of analyzer '{analyzer.Name}' is already used by {ids[descriptor.Id]}");
                }
            }
        }

        return new RuleSet(
            [.. rules.Values.Select(r => r.Rule).OrderBy(r => r.Id, StringComparer.Ordinal)],
            [.. lexicons.Values.OrderBy(l => l.Name, StringComparer.Ordinal)],
            scoring.Value.Model,
            [.. builtIns, .. analyzers],
            helpLinkBase);
    }

    /// <summary>
    /// Checks lexicon patterns, rules and analyzer options. Most of the cost is building linear-time regexes (tens of
    /// milliseconds each), so the checks run on all cores; the first error in file order is the one reported.
    /// </summary>
    private void ValidateInParallel(HashSet<string> featureNames, HashSet<string> categories)
    {
        var checks = new List<Func<ConfigurationException?>>();
        foreach (var (pattern, path, mark) in lexiconPatterns)
        {
            checks.Add(() =>
            {
                try
                {
                    FeatureDetector.ValidatePattern(pattern);
                    return null;
                }
                catch (ArgumentException ex)
                {
                    return Error(path, mark, ex.Message, ex);
                }
            });
        }

        foreach (var (rule, positions, errorPath, _, _, _) in rules.Values)
        {
            checks.Add(() =>
            {
                var errors = new List<(string Key, string Message)>();
                rule.Validate(errors, featureNames);
                if (!categories.Contains(rule.Category))
                {
                    errors.Add(("category", $"unknown category '{rule.Category}' (scoring model has: {string.Join(", ", categories)})"));
                }

                return errors.Count == 0 ? null : Error(errorPath, positions.Find(errors[0].Key), $"rule {rule.Id}: {errors[0].Message}");
            });
        }

        foreach (var (id, (_, file, path, positions)) in builtInAnalyzers.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            checks.Add(() =>
            {
                var errors = new List<(string Key, string Message)>();
                file.OptionsValue.Validate(errors, featureNames);
                return errors.Count == 0 ? null : Error(path, positions.Find("options." + errors[0].Key), $"analyzer {id}: {errors[0].Message}");
            });
        }

        var failures = new ConfigurationException?[checks.Count];
        Parallel.For(0, checks.Count, i => failures[i] = checks[i]());
        if (Array.Find(failures, f => f is not null) is { } first)
        {
            throw first;
        }
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value is { } value ? [value] : [],
        YamlMappingNode mapping => mapping.Children.SelectMany(c => Scalars(c.Value)),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        _ => [],
    };

    private static bool IsPlainPhrase(string term) =>
        !string.IsNullOrWhiteSpace(term) &&
        term.All(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '\'' or '\u2019' or '-' or '*' or '$' or '.' or ',');

    private static bool Has(YamlMappingNode root, string key) => root.Children.ContainsKey(new YamlScalarNode(key));

    private static ConfigurationException Error(string path, Mark mark, string message, Exception? inner = null) =>
        new(path, message, (int)mark.Line, (int)mark.Column, inner);

    private static string Clean(YamlException ex)
    {
        var message = ex.InnerException is { } inner && ex.Message.StartsWith("Exception during deserialization", StringComparison.Ordinal)
            ? inner.Message
            : ex.Message;
        message = MessagePosition().Replace(message, string.Empty).Trim();
        var unknown = UnknownProperty().Match(message);
        return unknown.Success ? $"unknown key '{unknown.Groups[1].Value}'" : message;
    }

    private static T Decode<T>(string path, string yaml)
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml) ?? throw new ConfigurationException(path, "empty file", 1, 1);
        }
        catch (YamlException ex)
        {
            throw Error(path, ex.Start, Clean(ex), ex);
        }
    }

    private ScoreModel ToScoreModel(string path, ScoringFile file, Positions positions)
    {
        var severities = new Dictionary<DiagnosticSeverity, double>();
        foreach (var (name, points) in file.SeverityPoints)
        {
            var severity = SeverityNames.Parse(name);
            if (severity is null or DiagnosticSeverity.None)
            {
                throw Error(path, positions.Find($"severityPoints.{name}"), $"unknown severity '{name}' (use error, warning or suggestion)");
            }

            severities[severity.Value] = points;
        }

        if (file.Categories.Count == 0)
        {
            throw Error(path, positions.Find("categories"), "at least one category is needed");
        }

        // The shipped rules/scoring.yaml is the one source of the defaults: it declares them all, and a scoring file
        // that leaves some out takes them from it.
        var maxPointsPerRule = file.MaxPointsPerRule;
        if (loadingBuiltIn)
        {
            if (severities.Count < 3 || maxPointsPerRule is null)
            {
                throw Error(path, positions.Find("severityPoints"), "the built-in scoring model must declare severityPoints for error, warning and suggestion, and maxPointsPerRule");
            }
        }
        else if (severities.Count < 3 || maxPointsPerRule is null)
        {
            var defaults = RuleSet.LoadBuiltIn().Scoring;
            foreach (var (severity, points) in defaults.SeverityPoints)
            {
                severities.TryAdd(severity, points);
            }

            maxPointsPerRule ??= defaults.MaxPointsPerRule;
        }

        foreach (var (id, entry) in file.Categories)
        {
            if (entry is null)
            {
                throw Error(path, positions.Find($"categories.{id}"), $"category '{id}' needs a weight (and a title)");
            }

            if (entry.Weight < 0)
            {
                throw Error(path, positions.Find($"categories.{id}.weight"), $"category '{id}': weight must not be negative");
            }
        }

        for (var i = 0; i < file.Metrics.Count; i++)
        {
            var term = file.Metrics[i];
            var at = positions.Find($"metrics[{i}]");
            foreach (var name in term.OnlyIf.Keys.Concat(term.AtMost.Keys).Prepend(term.Metric))
            {
                if (!Metrics.MetricCatalog.All.ContainsKey(name) &&
                    !(name.StartsWith(ScoreModel.SignalPrefix, StringComparison.Ordinal) && file.Signals.ContainsKey(name[ScoreModel.SignalPrefix.Length..])))
                {
                    throw Error(path, at, $"metrics[{i}]: unknown metric '{name}' (a metric, or signal.NAME for a signal declared under signals)");
                }
            }

            if (!file.Categories.ContainsKey(term.Category))
            {
                throw Error(path, at, $"metrics[{i}]: unknown category '{term.Category}'");
            }

            if (term.Points < 0)
            {
                throw Error(path, at, $"metrics[{i}]: points must not be negative");
            }
        }

        return new ScoreModel
        {
            Categories = [.. file.Categories.Select(c => new ScoreCategory(c.Key, string.IsNullOrEmpty(c.Value.Title) ? c.Key : c.Value.Title, c.Value.Weight))],
            SeverityPoints = severities,
            RulePoints = new Dictionary<string, double>(file.RulePoints, StringComparer.Ordinal),
            MaxPointsPerRule = maxPointsPerRule.Value,
            Metrics = [.. file.Metrics.Select(m => new MetricScoreTerm(m.Metric, m.Category, m.Good, m.Bad, m.Points, m.OnlyIf) { AtMost = m.AtMost, Reason = m.Reason })],
            Signals = new Dictionary<string, SentenceSelector>(file.Signals, StringComparer.Ordinal),
            SourcePath = path,
        };
    }

    private void AddRule(string path, string yaml, YamlMappingNode root, Positions positions)
    {
        var extendsNode = root.Children[new YamlScalarNode("extends")];
        var kind = (extendsNode as YamlScalarNode)?.Value ?? string.Empty;
        if (!RuleKindCatalog.Kinds.TryGetValue(kind, out var type))
        {
            throw Error(path, extendsNode.Start, $"unknown rule kind '{kind}' (kinds: {string.Join(", ", RuleKindCatalog.Kinds.Keys)})");
        }

        RuleDefinition rule;
        try
        {
            rule = (RuleDefinition)(Deserializer.Deserialize(yaml, type) ?? throw new ConfigurationException(path, "empty file", 1, 1));
        }
        catch (YamlException ex)
        {
            throw Error(path, ex.Start, $"rule kind '{kind}': {Clean(ex)}", ex);
        }

        rule = rule with { SourcePath = path };
        foreach (var key in new[] { "id", "title", "message", "category" })
        {
            if (!Has(root, key))
            {
                throw Error(path, root.Start, $"missing required key '{key}'");
            }
        }

        if (!RuleId().IsMatch(rule.Id))
        {
            throw Error(path, positions.Find("id"), $"rule ID '{rule.Id}' must be letters followed by 3–5 digits, like SL1001");
        }

        if (SeverityNames.Parse(rule.Level) is null)
        {
            throw Error(path, positions.Find("level"), $"level must be error, warning, suggestion or none, not '{rule.Level}'");
        }

        foreach (var placeholder in Diagnostic.Placeholders(rule.Message))
        {
            if (!rule.MessagePlaceholders.Contains(placeholder))
            {
                throw Error(path, positions.Find("message"), $"unknown placeholder '{{{placeholder}}}' (rule kind '{kind}' has: {string.Join(", ", rule.MessagePlaceholders.Select(p => "{" + p + "}"))})");
            }
        }

        if (inLayer && rules.TryGetValue(rule.Id, out var previous) && previous.Layer == layer)
        {
            var at = previous.Positions.Find("id");
            throw Error(path, positions.Find("id"), $"rule ID {rule.Id} is already defined by {previous.ErrorPath}({YamlSource.Line(at)},{YamlSource.Column(at)}); each rule ID may be defined once in a folder");
        }

        rules[rule.Id] = new RuleEntry(rule, positions, path, root, kind, inLayer ? layer : 0);
    }

    /// <summary>
    /// Overrides parameters of a rule already added (from a configuration file's <c>rules:</c> section). The keys must
    /// be parameters of the rule's kind; errors point at <paramref name="configPath"/>.
    /// </summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="parameters">Parameter keys and values.</param>
    /// <param name="configPath">The configuration file, for messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ConfigurationException">Unknown rule, unknown parameter or bad value.</exception>
    public RuleSetBuilder OverrideRule(string ruleId, IReadOnlyList<RuleParameter> parameters, string configPath) =>
        OverrideRule(ruleId, parameters, configPath, null, null);

    /// <summary>As <see cref="OverrideRule(string, IReadOnlyList{RuleParameter}, string)"/>, with the place of the setting for errors that have no better place.</summary>
    internal RuleSetBuilder OverrideRule(string ruleId, IReadOnlyList<RuleParameter> parameterList, string configPath, int? line, int? column)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(parameterList);
        var place = line is > 0 ? new Mark(0, line.Value, Math.Max(1, column ?? 1)) : Mark.Empty;
        var parameters = ParameterYaml.ToYaml(parameterList, place);
        if (!rules.TryGetValue(ruleId, out var entry))
        {
            throw Error(configPath, place, $"rule {ruleId} has no parameters to set: it is not a YAML rule of this rule set (YAML rules: {string.Join(", ", rules.Keys.Order(StringComparer.Ordinal))})");
        }

        var type = RuleKindCatalog.Kinds[entry.Kind];
        var allowed = type.GetProperties()
            .Where(p => p.CanWrite && p.Name != nameof(RuleDefinition.SourcePath))
            .Select(p => CamelCaseNamingConvention.Instance.Apply(p.Name))
            .Where(n => n is not ("id" or "extends"))
            .ToHashSet(StringComparer.Ordinal);
        // The rule's own keys with the configured ones laid over them, decoded from the nodes themselves so that a bad
        // value is reported where the configuration file has it.
        var root = new YamlMappingNode(entry.Root.Children);
        foreach (var (key, value) in parameters.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name))
            {
                throw Error(configPath, key.Start, $"rule {ruleId}: unknown parameter '{name}' for rule kind '{entry.Kind}' (parameters: {string.Join(", ", allowed.Order(StringComparer.Ordinal))})");
            }

            root.Children[new YamlScalarNode(name)] = value;
        }

        RuleDefinition rule;
        try
        {
            rule = (RuleDefinition)Deserializer.Deserialize(new YamlNodeParser(root), type)!;
        }
        catch (YamlException ex)
        {
            var at = ex.Start.Line > 0 ? ex.Start : place;
            throw Error(configPath, at, $"rule {ruleId}: {Clean(ex)}", ex);
        }

        rules[ruleId] = entry with { Rule = rule with { SourcePath = entry.Rule.SourcePath }, Positions = new Positions(parameters, place), ErrorPath = configPath, Root = root };
        return this;
    }

    /// <summary>Adds terms to a lexicon, creating it when it does not exist (from a configuration file's <c>lexicons:</c>).</summary>
    /// <param name="name">The lexicon name.</param>
    /// <param name="terms">Phrases to add.</param>
    /// <param name="source">Where the terms come from, for messages.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddLexiconTerms(string name, IEnumerable<string> terms, string source)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.ToList();
        var lexicon = new Lexicon { Name = name, Terms = list, SourcePath = source };
        if (!LexiconName().IsMatch(name))
        {
            throw new ConfigurationException(source, $"lexicon name '{name}' must be lower-case letters, digits and hyphens");
        }

        foreach (var term in list.Where(t => !IsPlainPhrase(t)))
        {
            throw new ConfigurationException(source, $"lexicon {name}: '{term}' is not a plain phrase (letters, digits, apostrophes, hyphens, a trailing *)");
        }

        lexicons[name] = lexicons.TryGetValue(name, out var existing) ? existing.Merge(lexicon) : lexicon;
        return this;
    }

    /// <summary>The YAML rule IDs added so far.</summary>
    public IReadOnlyCollection<string> RuleIds => rules.Keys;

    private void AddBuiltInAnalyzer(string path, string yaml, YamlMappingNode root, Positions positions)
    {
        var node = root.Children[new YamlScalarNode("analyzer")];
        var id = (node as YamlScalarNode)?.Value ?? string.Empty;
        var factory = BuiltInAnalyzers.Find(id)
            ?? throw Error(path, node.Start, $"unknown built-in analyzer '{id}' (built-in analyzers: {string.Join(", ", BuiltInAnalyzers.Ids)})");
        AnalyzerFileBase file;
        try
        {
            file = (AnalyzerFileBase)(Deserializer.Deserialize(yaml, factory.FileType) ?? throw new ConfigurationException(path, "empty file", 1, 1));
        }
        catch (YamlException ex)
        {
            throw Error(path, ex.Start, $"analyzer {id}: {Clean(ex)}", ex);
        }

        if (file.Level is not null && SeverityNames.Parse(file.Level) is null)
        {
            throw Error(path, positions.Find("level"), $"level must be error, warning, suggestion or none, not '{file.Level}'");
        }

        builtInAnalyzers[id] = (factory, file, path, positions);
    }

    private void AddLexicon(string path, LexiconFile file, Positions positions)
    {
        if (!LexiconName().IsMatch(file.Lexicon))
        {
            throw Error(path, positions.Find("lexicon"), $"lexicon name '{file.Lexicon}' must be lower-case letters, digits and hyphens");
        }

        if (file.Mode is not ("extend" or "replace"))
        {
            throw Error(path, positions.Find("mode"), $"mode must be extend or replace, not '{file.Mode}'");
        }

        var kinds = new List<EntityKind>();
        foreach (var name in file.Recognize)
        {
            kinds.Add(name.ToLowerInvariant() switch
            {
                "money" => EntityKind.Money,
                "percentage" => EntityKind.Percentage,
                "duration" => EntityKind.Duration,
                _ => throw Error(path, positions.Find("recognize"), $"recognize: unknown entity kind '{name}' (money, percentage, duration)"),
            });
        }

        if (file.RequireEntity && kinds.Count == 0)
        {
            throw Error(path, positions.Find("requireEntity"), "requireEntity needs recognize: the entity kinds to look for");
        }

        foreach (var (list, key) in new[] { (file.Terms, "terms"), (file.Exclude, "exclude") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                var term = list[i];
                if (!IsPlainPhrase(term))
                {
                    throw Error(path, positions.Find($"{key}[{i}]"), $"{key}[{i}]: '{term}' is not a plain phrase (letters, digits, apostrophes, hyphens, a trailing *); use patterns for anything else");
                }
            }
        }

        // Checked (and built) in Build, on all cores at once: building a linear-time regex is costly.
        for (var i = 0; i < file.Patterns.Count; i++)
        {
            lexiconPatterns.Add((file.Patterns[i], path, positions.Find($"patterns[{i}]")));
        }

        var lexicon = new Lexicon
        {
            Name = file.Lexicon,
            Description = file.Description.Trim(),
            Terms = file.Terms,
            Patterns = file.Patterns,
            Exclude = file.Exclude,
            Recognize = kinds,
            RequireEntity = file.RequireEntity,
            SourcePath = path,
        };
        lexicons[file.Lexicon] = file.Mode == "extend" && lexicons.TryGetValue(file.Lexicon, out var existing)
            ? existing.Merge(lexicon)
            : lexicon;
    }

    private RuleSetBuilder AddAnalyzerAssembly(string assemblyPath, string? configPath, Positions? positions, string? key)
    {
        ConfigurationException Fail(string message, Exception? inner = null) =>
            configPath is null || positions is null
                ? new ConfigurationException(assemblyPath, message, inner: inner)
                : Error(configPath, positions.Find(key!), $"{assemblyPath}: {message}", inner);

        if (!File.Exists(assemblyPath))
        {
            throw Fail("analyzer assembly not found");
        }

        Assembly assembly;
        try
        {
            assembly = Assembly.LoadFrom(Path.GetFullPath(assemblyPath));
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or IOException)
        {
            throw Fail($"cannot load analyzer assembly: {ex.Message}", ex);
        }

        var found = 0;
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException)
        {
            throw Fail($"cannot read the assembly's types: {ex.Message}", ex);
        }

        foreach (var type in types.Where(t => !t.IsAbstract && typeof(ConversationAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            analyzers.Add((ConversationAnalyzer)Activator.CreateInstance(type)!);
            found++;
        }

        if (found == 0)
        {
            throw Fail("the assembly has no public ConversationAnalyzer with a parameterless constructor");
        }

        return this;
    }

    private sealed record RuleEntry(RuleDefinition Rule, Positions Positions, string ErrorPath, YamlMappingNode Root, string Kind, int Layer);

    [GeneratedRegex(@"^[A-Za-z]{2,8}\d{3,5}$")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    private static partial Regex LexiconName();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):")]
    private static partial Regex MessagePosition();

    [GeneratedRegex(@"Property '([^']+)' not found on type")]
    private static partial Regex UnknownProperty();

    /// <summary>Where each key of a YAML file is, by dotted path (<c>match.features</c>, <c>metrics[0]</c>).</summary>
    private sealed class Positions
    {
        private readonly Dictionary<string, Mark> marks = new(StringComparer.Ordinal);
        private readonly Mark root;

        public Positions(YamlMappingNode node)
            : this(node, node.Start)
        {
        }

        /// <summary>Positions in <paramref name="node"/>; keys not found (and a node built in code, without a place) fall back to <paramref name="fallback"/>.</summary>
        public Positions(YamlMappingNode node, Mark fallback)
        {
            root = fallback;
            Walk(node, string.Empty);
        }

        public Mark Find(string key)
        {
            while (true)
            {
                if (marks.TryGetValue(key, out var mark))
                {
                    return mark;
                }

                var cut = Math.Max(key.LastIndexOf('.'), key.LastIndexOf('['));
                if (cut <= 0)
                {
                    return root;
                }

                key = key[..cut];
            }
        }

        private void Walk(YamlNode node, string prefix)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (k, v) in mapping.Children)
                    {
                        var name = prefix.Length == 0 ? (k as YamlScalarNode)?.Value ?? string.Empty : $"{prefix}.{(k as YamlScalarNode)?.Value}";
                        marks.TryAdd(name, k.Start);
                        Walk(v, name);
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        var name = $"{prefix}[{i}]";
                        marks.TryAdd(name, sequence.Children[i].Start);
                        Walk(sequence.Children[i], name);
                    }

                    break;
            }
        }
    }
}
