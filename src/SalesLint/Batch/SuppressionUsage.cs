namespace SalesLint.Batch;

/// <summary>
/// Which suppressions a run had in scope and how often each matched, and which baseline entries went stale: enough to
/// list the unused suppressions of several runs over parts of one batch (sharded runs) exactly as one run over the
/// whole batch lists them. Immutable.
/// </summary>
/// <param name="Config">Configuration suppressions that applied to an analyzed file, with their match counts.</param>
/// <param name="Stale">Baseline entries for analyzed files that no current finding matches.</param>
public sealed record SuppressionUsage(IReadOnlyList<SuppressionUse> Config, IReadOnlyList<StaleBaselineEntry> Stale)
{
    /// <summary>No suppression in scope.</summary>
    public static SuppressionUsage None { get; } = new([], []);

    /// <summary>
    /// Adds up runs over disjoint parts of a batch: a configuration suppression is unused when no run matched it; a
    /// baseline entry is stale when the run that analyzed its file found it stale. Configuration entries come ordered by
    /// file and line, stale entries by baseline path and place in the baseline.
    /// </summary>
    /// <param name="parts">The runs' usage.</param>
    /// <returns>The usage of the whole batch.</returns>
    public static SuppressionUsage Combine(IEnumerable<SuppressionUsage> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var config = new Dictionary<(string, int), SuppressionUse>();
        var stale = new Dictionary<(string, int), StaleBaselineEntry>();
        foreach (var part in parts)
        {
            foreach (var use in part.Config)
            {
                var key = (use.Config, use.Line);
                config[key] = config.TryGetValue(key, out var seen) ? seen with { Hits = seen.Hits + use.Hits } : use;
            }

            foreach (var entry in part.Stale)
            {
                stale.TryAdd((entry.Baseline, entry.Index), entry);
            }
        }

        return new(
            [.. config.Values.OrderBy(u => u.Config, StringComparer.Ordinal).ThenBy(u => u.Line)],
            [.. stale.Values.OrderBy(e => e.Baseline, StringComparer.Ordinal).ThenBy(e => e.Index)]);
    }

    /// <summary>The lines a report prints for unused suppressions: configuration entries that matched nothing, then stale baseline entries.</summary>
    /// <returns>The lines.</returns>
    public IReadOnlyList<string> UnusedLines() => [.. Config.Where(u => u.Hits == 0).Select(u => u.Text), .. Stale.Select(e => e.Text)];
}

/// <summary>A configuration suppression in scope of a run.</summary>
/// <param name="Config">The configuration file.</param>
/// <param name="Line">The entry's line in it.</param>
/// <param name="Text">The line a report prints when the entry matched nothing.</param>
/// <param name="Hits">Findings it hid.</param>
public sealed record SuppressionUse(string Config, int Line, string Text, int Hits);

/// <summary>A baseline entry that no current finding matches.</summary>
/// <param name="Baseline">The baseline file.</param>
/// <param name="Index">The entry's 0-based place in the file.</param>
/// <param name="Text">The line a report prints for it.</param>
public sealed record StaleBaselineEntry(string Baseline, int Index, string Text);
