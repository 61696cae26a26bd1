using SalesLint.Analysis;
using SalesLint.Analyzers;
using SalesLint.Features;
using SalesLint.Loading;

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
/// <remarks>
/// A facade over <c>src/SalesLint/Loading/</c>: one decoder per file type over the one strict-YAML layer
/// (<c>YamlSource</c>), and <c>RuleSetValidator</c> for the checks that need every file.
/// </remarks>
public sealed class RuleSetBuilder
{
    private const string ResourcePrefix = "SalesLint.Rules/";

    private readonly RuleSetParts parts = new();
    private string helpLinkBase = RuleSet.DefaultHelpLinkBase;

    /// <summary>Adds the rules shipped with SalesLint.</summary>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddBuiltIn()
    {
        var assembly = typeof(RuleSetBuilder).Assembly;
        parts.LoadingBuiltIn = true;
        parts.Layer++;
        parts.InLayer = true;
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
            parts.LoadingBuiltIn = false;
            parts.InLayer = false;
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
        var files = RuleFolder.YamlFiles(directory, reference, parts.CancellationToken);
        parts.Layer++;
        parts.InLayer = true;
        parts.AssemblyTrust = trust;
        try
        {
            foreach (var file in files)
            {
                AddFile(file);
            }
        }
        finally
        {
            parts.InLayer = false;
            parts.AssemblyTrust = null;
        }

        return this;
    }

    /// <summary>Makes loading stop when <paramref name="token"/> is cancelled (an <see cref="OperationCanceledException"/>).</summary>
    /// <param name="token">The token; reading files, walking folders and parsing YAML check it.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder WithCancellation(CancellationToken token)
    {
        parts.CancellationToken = token;
        return this;
    }

    /// <summary>Adds one YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ConfigurationException">The file is missing, too large or invalid.</exception>
    public RuleSetBuilder AddFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Add(YamlSource.Read(path, null, parts.CancellationToken), Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Adds C# analyzers written in code.</summary>
    /// <param name="additional">The analyzers.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddAnalyzers(params ConversationAnalyzer[] additional)
    {
        ArgumentNullException.ThrowIfNull(additional);
        parts.Analyzers.AddRange(additional);
        return this;
    }

    /// <summary>Loads every public <see cref="ConversationAnalyzer"/> with a parameterless constructor from an assembly.</summary>
    /// <param name="assemblyPath">Path of the assembly.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ConfigurationException">The assembly cannot be loaded or has no analyzers.</exception>
    public RuleSetBuilder AddAnalyzerAssembly(string assemblyPath) => AddAnalyzerAssembly(assemblyPath, null);

    /// <summary>Loads analyzers from an assembly named at <paramref name="reference"/> (errors point there).</summary>
    internal RuleSetBuilder AddAnalyzerAssembly(string assemblyPath, SourceReference? reference)
    {
        AnalyzerAssemblyLoader.Add(parts, assemblyPath, reference);
        return this;
    }

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
        return Add(YamlSource.Load(path, yaml, parts.CancellationToken), baseDirectory);
    }

    /// <summary>Validates everything together (categories, features, IDs) and builds the rule set.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="ConfigurationException">Rules refer to a missing category or lexicon, or no scoring model was given.</exception>
    public RuleSet Build()
    {
        return new RuleSet(RuleSetValidator.Validate(parts, helpLinkBase), helpLinkBase);
    }

    /// <summary>
    /// Overrides parameters of a rule already added (from a configuration file's <c>rules:</c> section, or code). The
    /// names must be parameters of the rule's kind; errors point at <paramref name="configPath"/> and, when the
    /// parameters carry them, their lines and columns.
    /// </summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="parameters">Parameter names and values.</param>
    /// <param name="configPath">The configuration file, for messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ConfigurationException">Unknown rule, unknown parameter or bad value.</exception>
    public RuleSetBuilder OverrideRule(string ruleId, IReadOnlyList<RuleParameter> parameters, string configPath) =>
        OverrideRule(ruleId, parameters, configPath, null, null);

    /// <summary>As <see cref="OverrideRule(string, IReadOnlyList{RuleParameter}, string)"/>, with the place of the setting for errors that have no better place.</summary>
    internal RuleSetBuilder OverrideRule(string ruleId, IReadOnlyList<RuleParameter> parameters, string configPath, int? line, int? column)
    {
        RuleParameterOverride.Apply(parts, ruleId, parameters, configPath, line, column);
        return this;
    }

    /// <summary>Adds terms to a lexicon, creating it when it does not exist (from a configuration file's <c>lexicons:</c>).</summary>
    /// <param name="name">The lexicon name.</param>
    /// <param name="terms">Phrases to add.</param>
    /// <param name="source">Where the terms come from, for messages.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder AddLexiconTerms(string name, IEnumerable<string> terms, string source)
    {
        LexiconFileDecoder.AddTerms(parts, name, terms, source);
        return this;
    }

    /// <summary>The YAML rule IDs added so far.</summary>
    public IReadOnlyCollection<string> RuleIds => parts.Rules.Keys;

    /// <summary>Hands a file to the decoder of its type, told by its first key.</summary>
    private RuleSetBuilder Add(YamlSource source, string? baseDirectory)
    {
        var root = source.Root ?? throw new ConfigurationException(source.Path, "expected a YAML mapping (key: value lines), not an empty file", 1, 1);
        if (parts.LoadingBuiltIn)
        {
            // The shipped files' patterns are known to build (a test builds every one): they are built when first
            // used rather than all at start, which was most of a short run's start-up time.
            PatternRegistry.Trust(YamlSource.Scalars(root));
        }

        if (source.Has("extends"))
        {
            RuleFileDecoder.Add(source, parts);
        }
        else if (source.Has("lexicon"))
        {
            LexiconFileDecoder.Add(source, parts);
        }
        else if (source.Has("categories"))
        {
            parts.Scoring = ScoringFileDecoder.Decode(source, parts.LoadingBuiltIn);
        }
        else if (source.Has("assemblies"))
        {
            AnalyzerAssemblyLoader.AddFile(source, parts, baseDirectory);
        }
        else if (source.Has("analyzer"))
        {
            BuiltInAnalyzerFileDecoder.Add(source, parts);
        }
        else
        {
            throw new ConfigurationException(source.Path, "not a SalesLint file: expected a rule ('extends:'), a lexicon ('lexicon:'), a scoring model ('categories:'), an analyzers list ('assemblies:') or built-in analyzer options ('analyzer:')", 1, 1);
        }

        return this;
    }
}
