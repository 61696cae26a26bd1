using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Engine;

namespace SalesLint.Configuration;

/// <summary>
/// Hides findings covered by configuration suppressions or a baseline, and tracks which suppressions were used so
/// that those that no longer match anything can be reported. Thread-safe.
/// </summary>
public sealed class SuppressionFilter
{
    private readonly Dictionary<(string Config, int Line), int> hits = [];
    private readonly Dictionary<(string Config, int Line), (Suppression Entry, SalesLintConfig Config)> inScope = [];
    private readonly Lock gate = new();

    /// <summary>Splits a result's findings into reported and suppressed.</summary>
    /// <param name="path">The transcript file.</param>
    /// <param name="result">The result.</param>
    /// <param name="profile">The profile that analyzed it (its configuration's suppressions apply).</param>
    /// <returns>Reported and suppressed findings.</returns>
    public (IReadOnlyList<Diagnostic> Reported, IReadOnlyList<SuppressedDiagnostic> Suppressed) Apply(string path, AnalysisResult result, AnalysisProfile profile)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(profile);
        var applicable = profile.Suppressions
            .Where(s => s.Entry.Files.Any(g => g.IsMatch(Glob.Relative(s.Config.Directory, path))))
            .ToList();
        lock (gate)
        {
            foreach (var s in applicable)
            {
                inScope.TryAdd((s.Config.Path, s.Entry.Line), s);
            }
        }

        var baseline = profile.Baseline;
        if (applicable.Count == 0 && baseline is null)
        {
            return (result.Diagnostics, []);
        }

        var reported = new List<Diagnostic>(result.Diagnostics.Count);
        var suppressed = new List<SuppressedDiagnostic>();
        foreach (var d in result.Diagnostics)
        {
            var match = applicable.FirstOrDefault(s => s.Entry.Covers(d.RuleId));
            if (match.Entry is not null)
            {
                lock (gate)
                {
                    var key = (match.Config.Path, match.Entry.Line);
                    hits[key] = hits.GetValueOrDefault(key) + 1;
                }

                suppressed.Add(new SuppressedDiagnostic(d, "config", match.Entry.Justification));
            }
            else if (baseline is not null && baseline.Contains(path, result.ConversationId, d))
            {
                suppressed.Add(new SuppressedDiagnostic(d, "baseline", $"accepted in baseline {baseline.Path}"));
            }
            else
            {
                reported.Add(d);
            }
        }

        return (reported, suppressed);
    }

    /// <summary>
    /// Suppressions that matched nothing they were meant to, as lines: configuration entries that applied to an analyzed
    /// file but hid no finding (by configuration file and line), then baseline entries for analyzed files that no
    /// current finding matches (by baseline path, then in file order).
    /// </summary>
    /// <param name="analyzedFiles">The files analyzed in this run (a baseline's entries for other files are not stale).</param>
    /// <param name="baselines">The baselines in use.</param>
    /// <returns>One line per unused suppression.</returns>
    public IReadOnlyList<string> Unused(IReadOnlyCollection<string> analyzedFiles, IEnumerable<Baseline> baselines) =>
        Usage(analyzedFiles, baselines).UnusedLines();

    /// <summary>The suppressions in scope with their match counts, and the stale baseline entries (what <see cref="Unused"/> reports).</summary>
    /// <param name="analyzedFiles">The files analyzed in this run.</param>
    /// <param name="baselines">The baselines in use.</param>
    /// <returns>The usage, which sharded runs add up (<see cref="SuppressionUsage.Combine"/>).</returns>
    public SuppressionUsage Usage(IReadOnlyCollection<string> analyzedFiles, IEnumerable<Baseline> baselines)
    {
        ArgumentNullException.ThrowIfNull(baselines);
        ArgumentNullException.ThrowIfNull(analyzedFiles);
        var config = new List<SuppressionUse>();
        lock (gate)
        {
            foreach (var ((path, line), (entry, _)) in inScope)
            {
                var text = $"{path}({line}): suppression of {string.Join(", ", entry.Rules)} in {string.Join(", ", entry.Files.Select(f => f.Pattern))} no longer matches any finding";
                config.Add(new SuppressionUse(path, line, text, hits.GetValueOrDefault((path, line))));
            }
        }

        var stale = new List<StaleBaselineEntry>();
        foreach (var baseline in baselines)
        {
            foreach (var (index, entry) in baseline.StaleEntries(analyzedFiles))
            {
                stale.Add(new StaleBaselineEntry(baseline.Path, index, $"{baseline.Path}: baseline entry {entry.RuleId} in {entry.Path} ({entry.Conversation}) no longer matches: \"{entry.Message}\""));
            }
        }

        return SuppressionUsage.Combine([new SuppressionUsage(config, stale)]);
    }
}
