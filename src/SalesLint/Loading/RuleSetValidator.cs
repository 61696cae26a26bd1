using SalesLint.Analysis;
using SalesLint.Features;
using SalesLint.RuleKinds;
using SalesLint.Scoring;

namespace SalesLint.Loading;

/// <summary>
/// Checks and compiles everything loaded together, once every file is in: lexicon patterns, each rule compiled against
/// the lexicons and the scoring model's categories, built-in analyzer options and categories, scoring signals compiled,
/// and that no rule ID is used twice. Then gives the parts of the rule set, in ID and name order.
/// </summary>
internal static class RuleSetValidator
{
    /// <summary>The checked parts.</summary>
    /// <param name="parts">What was loaded.</param>
    /// <param name="helpLinkBase">Base of the built-in analyzers' help links.</param>
    /// <returns>The compiled rules, lexicons, the scoring model with its compiled signals and the analyzers (built-in ones first).</returns>
    /// <exception cref="ConfigurationException">The first problem, in file order.</exception>
    public static CheckedParts Validate(RuleSetParts parts, string helpLinkBase)
    {
        var scoring = parts.Scoring
            ?? throw new ConfigurationException(null, "no scoring model: add a scoring file ('categories:') or start from the built-in rules");
        var featureNames = new HashSet<string>(parts.Lexicons.Keys, StringComparer.Ordinal);
        var categories = scoring.Model.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var (rules, builtIns) = CompileInParallel(parts, featureNames, categories, helpLinkBase);
        var signals = new List<(string Name, CompiledSelector Selector)>(scoring.Model.Signals.Count);
        foreach (var (name, selector) in scoring.Model.Signals)
        {
            var compilation = new RuleCompilation(featureNames, categories, helpLinkBase);
            if (selector is null)
            {
                compilation.Error($"signals.{name}", $"signal '{name}' needs a selector");
            }
            else if (selector.Compile($"signals.{name}", compilation) is { } compiled)
            {
                signals.Add((ScoreModel.SignalPrefix + name, compiled));
            }

            if (FirstProblem(compilation, scoring.Model.SourcePath ?? "scoring.yaml", scoring.Positions, "scoring") is { } problem)
            {
                throw problem;
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in parts.Rules.Values)
        {
            ids[rule.Rule.Id] = rule.Rule.SourcePath ?? rule.Rule.Id;
        }

        foreach (var analyzer in builtIns.Concat(parts.Analyzers))
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (!ids.TryAdd(descriptor.Id, analyzer.Name))
                {
                    throw new ConfigurationException(null, $"rule ID {descriptor.Id} of analyzer '{analyzer.Name}' is already used by {ids[descriptor.Id]}");
                }
            }
        }

        return new CheckedParts(
            [.. rules.OrderBy(r => r.Definition.Id, StringComparer.Ordinal)],
            [.. parts.Lexicons.Values.OrderBy(l => l.Name, StringComparer.Ordinal)],
            scoring.Model,
            signals,
            [.. builtIns, .. parts.Analyzers]);
    }

    /// <summary>The first problem a compilation recorded, at its key's line and column, or <see langword="null"/>.</summary>
    private static ConfigurationException? FirstProblem(RuleCompilation compilation, string path, KeyPositions positions, string what) =>
        compilation.Errors is [var first, ..] ? YamlSource.ErrorAt(path, positions.Find(first.Key), $"{what}: {first.Message}") : null;

    /// <summary>
    /// Checks lexicon patterns and compiles the rules and the built-in analyzers' files. Most of the cost is building
    /// linear-time regexes (tens of milliseconds each), so the checks run on all cores; the first error in file order is
    /// the one reported.
    /// </summary>
    /// <returns>The compiled rules, and the built-in analyzers in ID order.</returns>
    private static (List<CompiledRule> Rules, List<ConversationAnalyzer> BuiltIns) CompileInParallel(RuleSetParts parts, HashSet<string> featureNames, HashSet<string> categories, string helpLinkBase)
    {
        var checks = new List<Func<ConfigurationException?>>();
        var rules = new CompiledRule?[parts.Rules.Count];
        foreach (var (pattern, path, mark) in parts.LexiconPatterns)
        {
            checks.Add(() =>
            {
                try
                {
                    PatternRegistry.Validate(pattern);
                    return null;
                }
                catch (ArgumentException ex)
                {
                    return YamlSource.ErrorAt(path, mark, ex.Message, ex);
                }
            });
        }

        var index = 0;
        foreach (var (rule, positions, errorPath, _, _, _) in parts.Rules.Values)
        {
            var slot = index++;
            checks.Add(() =>
            {
                var compilation = new RuleCompilation(featureNames, categories, helpLinkBase);
                rules[slot] = rule.Compile(compilation);
                return FirstProblem(compilation, errorPath, positions, $"rule {rule.Id}");
            });
        }

        var builtInEntries = parts.BuiltInAnalyzers.OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        var builtIns = new ConversationAnalyzer?[builtInEntries.Count];
        for (var i = 0; i < builtInEntries.Count; i++)
        {
            var slot = i;
            var (id, entry) = builtInEntries[i];
            checks.Add(() =>
            {
                var compilation = new RuleCompilation(featureNames, categories, helpLinkBase);
                builtIns[slot] = BuiltInAnalyzerFileDecoder.Compile(entry, compilation);
                return FirstProblem(compilation, entry.Path, entry.Positions, $"analyzer {id}");
            });
        }

        var failures = new ConfigurationException?[checks.Count];
        Parallel.For(0, checks.Count, i => failures[i] = checks[i]());
        if (Array.Find(failures, f => f is not null) is { } first)
        {
            throw first;
        }

        return ([.. rules.OfType<CompiledRule>()], [.. builtIns.OfType<ConversationAnalyzer>()]);
    }
}

/// <summary>What <see cref="RuleSetValidator"/> gives: the rule set's parts, checked and compiled.</summary>
/// <param name="Rules">The compiled YAML rules, by ID.</param>
/// <param name="Lexicons">Lexicons, by name.</param>
/// <param name="Scoring">The scoring model.</param>
/// <param name="Signals">The scoring model's signals compiled, as <c>signal.NAME</c>, in the model's order.</param>
/// <param name="Analyzers">C# analyzers, built-in ones first.</param>
internal sealed record CheckedParts(
    IReadOnlyList<CompiledRule> Rules,
    IReadOnlyList<Lexicon> Lexicons,
    ScoreModel Scoring,
    IReadOnlyList<(string Name, CompiledSelector Selector)> Signals,
    IReadOnlyList<ConversationAnalyzer> Analyzers);
