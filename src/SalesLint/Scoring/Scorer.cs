using System.Globalization;
using SalesLint.Diagnostics;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.RuleKinds;

namespace SalesLint.Scoring;

/// <summary>Computes a <see cref="ConversationScore"/> from findings and metrics.</summary>
public static partial class Scorer
{
    /// <summary>Scores a conversation.</summary>
    /// <param name="model">The scoring model.</param>
    /// <param name="diagnostics">The findings after configuration (severity <c>none</c> is ignored).</param>
    /// <param name="metrics">The conversation's metrics, with the model's signal counts (<see cref="CountSignals"/>).</param>
    /// <returns>The score.</returns>
    public static ConversationScore Compute(ScoreModel model, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(metrics);
        var categories = model.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var deductions = new List<ScoreDeduction>();
        var caps = new Dictionary<string, (double Points, string Metric)>(StringComparer.Ordinal);
        foreach (var term in model.Metrics)
        {
            if (!metrics.TryGetValue(term.Metric, out var value) || !categories.ContainsKey(term.Category))
            {
                continue;
            }

            var fraction = term.Good == term.Bad ? 0 : Math.Clamp((value - term.Good) / (term.Bad - term.Good), 0, 1);
            var points = Math.Round(fraction * term.Points, 1);

            // A term that deducts nothing and caps nothing cannot change the score: its gates (which may be signals
            // counted on first use) need not be read.
            if ((points <= 0 && term.FindingsCap is null) || !MetricCatalog.Reached(term.OnlyIf, metrics) || !AtMost(term.AtMost, metrics))
            {
                continue;
            }

            if (term.FindingsCap is { } cap && (!caps.TryGetValue(term.Category, out var known) || cap < known.Points))
            {
                caps[term.Category] = (cap, term.Metric);
            }
            if (points > 0)
            {
                deductions.Add(new ScoreDeduction(
                    term.Category,
                    $"metric:{term.Metric}",
                    points,
                    Reason(term, value, metrics)));
            }
        }

        var findings = new List<(string Category, string RuleId, double Points, int Count)>();
        foreach (var group in diagnostics.Where(d => d.Severity != DiagnosticSeverity.None && categories.ContainsKey(d.Category))
                     .GroupBy(d => (d.RuleId, d.Category)))
        {
            var total = 0.0;
            foreach (var d in group)
            {
                total += model.RulePoints.TryGetValue(d.RuleId, out var points) ? points : model.SeverityPoints.GetValueOrDefault(d.Severity);
            }

            total = Math.Min(total, model.MaxPointsPerRule);
            if (total > 0)
            {
                findings.Add((group.Key.Category, group.Key.RuleId, total, group.Count()));
            }
        }

        foreach (var category in findings.GroupBy(f => f.Category))
        {
            var sum = category.Sum(f => f.Points);
            var scale = caps.TryGetValue(category.Key, out var cap) && sum > cap.Points ? cap.Points / sum : 1;
            foreach (var (_, ruleId, points, count) in category)
            {
                var reason = count == 1 ? $"1 finding of {ruleId}" : $"{count} findings of {ruleId}";
                if (scale < 1)
                {
                    reason += string.Create(CultureInfo.InvariantCulture, $" ({points:0.#} points before the cap: {category.Key} findings cost at most {cap.Points:0.#} together when {cap.Metric} is measured)");
                }

                var scaled = Math.Round(points * scale, 1);
                if (scaled > 0)
                {
                    deductions.Add(new ScoreDeduction(category.Key, ruleId, scaled, reason));
                }
            }
        }

        deductions.Sort(static (a, b) => b.Points != a.Points ? b.Points.CompareTo(a.Points) : string.CompareOrdinal(a.Source, b.Source));
        var scores = model.Categories
            .Select(c => new CategoryScore(c.Id, c.Title, c.Weight, Math.Round(Math.Max(0, 100 - deductions.Where(d => d.Category == c.Id).Sum(d => d.Points)), 1)))
            .ToList();
        var weight = scores.Sum(s => s.Weight);
        var overall = weight > 0 ? Math.Round(scores.Sum(s => s.Score * s.Weight) / weight, 1) : 100;
        return new ConversationScore { Overall = overall, Categories = scores, Deductions = deductions };
    }

    /// <summary>
    /// Counts the sentences each of the scoring model's signals picks, as <c>signal.NAME</c> entries. A signal in
    /// <paramref name="answering"/> counts only sentences whose turn answers a turn of another speaker in which the
    /// signal it names picked a sentence.
    /// </summary>
    /// <param name="selectors">The model's signals compiled, named <c>signal.NAME</c>.</param>
    /// <param name="answering">The model's <see cref="ScoreModel.Answering"/> (names without the prefix).</param>
    /// <param name="conversation">The conversation.</param>
    /// <returns>One count per signal (empty when the model has none).</returns>
    internal static Dictionary<string, double> CountSignals(
        IReadOnlyList<(string Name, CompiledSelector Selector)> selectors, IReadOnlyDictionary<string, string> answering, Conversation conversation)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, _) in selectors)
        {
            counts[name] = 0;
        }

        // For each signal, the index of the signal whose pick in the other side's turn before it needs, or -1.
        var asked = new int[selectors.Count];
        for (var i = 0; i < selectors.Count; i++)
        {
            asked[i] = -1;
            if (answering.Count > 0 && answering.TryGetValue(selectors[i].Name[ScoreModel.SignalPrefix.Length..], out var other))
            {
                for (var j = 0; j < selectors.Count; j++)
                {
                    asked[i] = selectors[j].Name.AsSpan(ScoreModel.SignalPrefix.Length).SequenceEqual(other) ? j : asked[i];
                }
            }
        }

        // Consecutive turns of one speaker form a run; a sentence answers the run of another speaker just before its own.
        var before = new bool[selectors.Count];
        var current = new bool[selectors.Count];
        var answers = false;
        string? speaker = null;
        var turns = conversation.Turns;
        for (var t = 0; t < turns.Count; t++)
        {
            var turn = turns[t];
            if (!string.Equals(speaker, turn.Speaker.Id, StringComparison.Ordinal))
            {
                answers = speaker is not null;
                (before, current) = (current, before);
                Array.Clear(current);
                speaker = turn.Speaker.Id;
            }

            // Indexed: a foreach over the interface would allocate an enumerator per turn and per sentence.
            var sentences = turn.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                for (var i = 0; i < selectors.Count; i++)
                {
                    var (name, selector) = selectors[i];
                    if ((asked[i] < 0 || (answers && before[asked[i]])) && selector.Matches(sentence, out _, out _))
                    {
                        counts[name]++;
                        current[i] = true;
                    }
                }
            }
        }

        return counts;
    }

    private static bool AtMost(IReadOnlyDictionary<string, double> maximums, IReadOnlyDictionary<string, double> metrics)
    {
        foreach (var (name, max) in maximums)
        {
            if (!metrics.TryGetValue(name, out var value) || value > max)
            {
                return false;
            }
        }

        return true;
    }

    private static string Reason(MetricScoreTerm term, double value, IReadOnlyDictionary<string, double> metrics)
    {
        var range = string.Create(CultureInfo.InvariantCulture, $"(no deduction at {term.Good:0.##}, full {term.Points:0.#} points at {term.Bad:0.##})");
        return term.Reason is { Length: > 0 } reason
            ? $"{Placeholder().Replace(reason, m => Expand(m, value, metrics))} {range}"
            : string.Create(CultureInfo.InvariantCulture, $"{term.Metric} is {value:0.##} {range}");
    }

    /// <summary>
    /// <c>{value}</c> or <c>{METRIC}</c> (any metric of the conversation, e.g. <c>{seller.opening_price}</c>), with an
    /// optional format: <c>:%</c> for a percentage, <c>:n</c> for a number with thousands separators. A metric the
    /// conversation does not have is left as written.
    /// </summary>
    private static string Expand(System.Text.RegularExpressions.Match m, double value, IReadOnlyDictionary<string, double> metrics)
    {
        var name = m.Groups["name"].Value;
        double? v = name == "value" ? value : metrics.TryGetValue(name, out var found) ? found : null;
        return v is not { } x ? m.Value : m.Groups["fmt"].Value switch
        {
            "%" => x.ToString("0%", CultureInfo.InvariantCulture),
            "n" => x.ToString("#,0.##", CultureInfo.InvariantCulture),
            _ => x.ToString("0.##", CultureInfo.InvariantCulture),
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(?<name>[a-z_][a-z0-9_.]*)(?::(?<fmt>[%n]))?\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
