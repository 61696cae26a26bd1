using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Features;
using SalesLint.Loading;
using SalesLint.RuleKinds;
using SalesLint.Scoring;

namespace SalesLint.Rules;

/// <summary>
/// Everything an engine runs: YAML rules, lexicons, the scoring model and C# analyzers. Immutable; build one with
/// <see cref="LoadBuiltIn"/>, <see cref="Load"/> or <see cref="RuleSetBuilder"/>.
/// </summary>
public sealed class RuleSet
{
    /// <summary>Default base of help links: the rule docs folder of the repository.</summary>
    public const string DefaultHelpLinkBase = EngineRules.DefaultHelpLinkBase;

    private static readonly Lazy<RuleSet> BuiltIn = new(() => new RuleSetBuilder().AddBuiltIn().Build());

    internal RuleSet(CheckedParts parts, string helpLinkBase)
    {
        Compiled = parts.Rules;
        Rules = [.. parts.Rules.Select(r => r.Definition)];
        Lexicons = parts.Lexicons;
        Scoring = parts.Scoring;
        Signals = parts.Signals;
        Analyzers = parts.Analyzers;
        HelpLinkBase = helpLinkBase;
        Descriptors = [.. Compiled.Select(r => r.Descriptor).Concat(Analyzers.SelectMany(a => a.SupportedDiagnostics)).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>YAML rules, by ID.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The YAML rules compiled (descriptor and analyzer), by ID.</summary>
    internal IReadOnlyList<CompiledRule> Compiled { get; }

    /// <summary>The scoring model's signals compiled, as <c>signal.NAME</c>.</summary>
    internal IReadOnlyList<(string Name, CompiledSelector Selector)> Signals { get; }

    /// <summary>Lexicons, by name.</summary>
    public IReadOnlyList<Lexicon> Lexicons { get; }

    /// <summary>The scoring model.</summary>
    public ScoreModel Scoring { get; }

    /// <summary>C# analyzers: the built-in ones switched on by <c>analyzer:</c> files (see <see cref="Analyzers.BuiltInAnalyzers"/>), then those loaded from assemblies or added in code.</summary>
    public IReadOnlyList<ConversationAnalyzer> Analyzers { get; }

    /// <summary>Base of default help links.</summary>
    public string HelpLinkBase { get; }

    /// <summary>Descriptors of every rule, YAML and C#, by ID.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The rules shipped with SalesLint (embedded in the library). Loaded once per process.</summary>
    /// <returns>The built-in rule set.</returns>
    public static RuleSet LoadBuiltIn() => BuiltIn.Value;

    /// <summary>The built-in rules overlaid with the rules, lexicons, scoring and analyzers in <paramref name="directories"/>.</summary>
    /// <param name="directories">Folders of YAML files, applied in order.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ConfigurationException">A file is invalid; the message names file, line and column.</exception>
    public static RuleSet Load(params string[] directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var builder = new RuleSetBuilder().AddBuiltIn();
        foreach (var directory in directories)
        {
            builder.AddDirectory(directory);
        }

        return builder.Build();
    }
}
