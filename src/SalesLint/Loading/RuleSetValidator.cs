using SalesLint.Analysis;
using SalesLint.Features;
using SalesLint.RuleKinds;
using SalesLint.Scoring;

namespace SalesLint.Loading;

/// <summary>
/// Checks everything loaded together, once every file is in: lexicon patterns, each rule's parameters against the
/// lexicons and the scoring model's categories, built-in analyzer options and categories, scoring signals, and that no
/// rule ID is used twice. Then gives the parts of the rule set, in ID and name order.
/// </summary>
internal static class RuleSetValidator
{
    /// <summary>The checked parts.</summary>
    /// <param name="parts">What was loaded.</param>
    /// <param name="helpLinkBase">Base of the built-in analyzers' help links.</param>
    /// <returns>Rules, lexicons, the scoring model and the analyzers (built-in ones first).</returns>
    /// <exception cref="ConfigurationException">The first problem, in file order.</exception>
    public static (IReadOnlyList<RuleDefinition> Rules, IReadOnlyList<Lexicon> Lexicons, ScoreModel Scoring, IReadOnlyList<ConversationAnalyzer> Analyzers) Validate(RuleSetParts parts, string helpLinkBase)
    {
        var scoring = parts.Scoring
            ?? throw new ConfigurationException(null, "no scoring model: add a scoring file ('categories:') or start from the built-in rules");
        var featureNames = new HashSet<string>(parts.Lexicons.Keys, StringComparer.Ordinal);
        var categories = scoring.Model.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        CheckInParallel(parts, featureNames, categories);
        foreach (var (name, selector) in scoring.Model.Signals)
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
                throw YamlSource.ErrorAt(scoring.Model.SourcePath ?? "scoring.yaml", scoring.Positions.Find(errors[0].Key), $"scoring: {errors[0].Message}");
            }
        }

        var builtIns = parts.BuiltInAnalyzers.OrderBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => BuiltInAnalyzerFileDecoder.Create(b.Key, b.Value, helpLinkBase, categories))
            .ToList();
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

        return (
            [.. parts.Rules.Values.Select(r => r.Rule).OrderBy(r => r.Id, StringComparer.Ordinal)],
            [.. parts.Lexicons.Values.OrderBy(l => l.Name, StringComparer.Ordinal)],
            scoring.Model,
            [.. builtIns, .. parts.Analyzers]);
    }

    /// <summary>
    /// Checks lexicon patterns, rules and analyzer options. Most of the cost is building linear-time regexes (tens of
    /// milliseconds each), so the checks run on all cores; the first error in file order is the one reported.
    /// </summary>
    private static void CheckInParallel(RuleSetParts parts, HashSet<string> featureNames, HashSet<string> categories)
    {
        var checks = new List<Func<ConfigurationException?>>();
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

        foreach (var (rule, positions, errorPath, _, _, _) in parts.Rules.Values)
        {
            checks.Add(() =>
            {
                var errors = new List<(string Key, string Message)>();
                rule.Validate(errors, featureNames);
                if (!categories.Contains(rule.Category))
                {
                    errors.Add(("category", $"unknown category '{rule.Category}' (scoring model has: {string.Join(", ", categories)})"));
                }

                return errors.Count == 0 ? null : YamlSource.ErrorAt(errorPath, positions.Find(errors[0].Key), $"rule {rule.Id}: {errors[0].Message}");
            });
        }

        foreach (var (id, entry) in parts.BuiltInAnalyzers.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            checks.Add(() => BuiltInAnalyzerFileDecoder.Check(id, entry, featureNames));
        }

        var failures = new ConfigurationException?[checks.Count];
        Parallel.For(0, checks.Count, i => failures[i] = checks[i]());
        if (Array.Find(failures, f => f is not null) is { } first)
        {
            throw first;
        }
    }
}
