using System.Globalization;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Metrics;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>metric</c>: reports the conversation when a metric falls below <c>min</c> or rises above
/// <c>max</c>. <c>onlyIf</c> names other metrics that must reach a minimum for the rule to apply (so a two-line
/// call is not judged); <c>relax</c> gives a wider bound for conversations that show the opposite of what the rule
/// coaches (counts of sentences or metric ranges that must all be reached, in <c>when</c> or in <c>orWhen</c>);
/// <c>unless</c> names signals that, all reached, show the fault is not there at all (read only when about to report). Placeholders: <c>{metric}</c>, <c>{value}</c>, <c>{min}</c>, <c>{max}</c>, <c>{bound}</c>.
/// </summary>
public sealed record MetricRule : RuleDefinition
{
    private static readonly string[] PlaceholderNames = ["metric", "value", "min", "max", "bound"];

    /// <summary>The metric name (see <see cref="MetricCatalog"/>).</summary>
    public string Metric { get; init; } = string.Empty;

    /// <summary>Lowest acceptable value; none when absent.</summary>
    public double? Min { get; init; }

    /// <summary>Highest acceptable value; none when absent.</summary>
    public double? Max { get; init; }

    /// <summary>Metric minimums that must all be reached for the rule to apply. Default: none.</summary>
    public Dictionary<string, double> OnlyIf { get; init; } = [];

    /// <summary>
    /// A wider bound for conversations that show the opposite of what the rule coaches (every signal of its
    /// <c>when</c> met). Default: none.
    /// </summary>
    public MetricRelaxation? Relax { get; init; }

    /// <summary>
    /// Signals that, when every one is reached, keep the rule from reporting: the conversation shows that the fault the
    /// rule names is not there (SL3001: the seller's own, unasked talk up to the buyer's decision is no more than its
    /// share). Read only when the metric is already out of bounds, so a costly metric here is computed for few
    /// conversations. Default: none.
    /// </summary>
    public List<RelaxationSignal> Unless { get; init; } = [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> MessagePlaceholders => PlaceholderNames;

    /// <inheritdoc/>
    private protected override Func<DiagnosticDescriptor, ConversationAnalyzer>? CompileKind(RuleCompilation compilation)
    {
        if (!MetricCatalog.All.ContainsKey(Metric))
        {
            compilation.Error("metric", $"unknown metric '{Metric}' (known: {string.Join(", ", MetricCatalog.All.Keys)})");
        }

        if (Min is null && Max is null)
        {
            compilation.Error("metric", "a metric rule needs min, max or both");
        }

        if (Min > Max)
        {
            compilation.Error("min", $"min ({Min}) is greater than max ({Max})");
        }

        var onlyIf = compilation.OnlyIf(OnlyIf);
        var relax = CompileRelaxation(compilation);
        var unless = CompileSignals(compilation, Unless, "unless", "unless");
        var (metric, min, max) = (Metric, Min, Max);
        return descriptor => new Analyzer(descriptor, metric, min, max, onlyIf, relax, unless);
    }

    private (double? Min, double? Max, CompiledRelaxationSignal[] When, CompiledRelaxationSignal[] OrWhen)? CompileRelaxation(RuleCompilation compilation)
    {
        if (Relax is not { } relax)
        {
            return null;
        }

        if (relax.Min is null && relax.Max is null)
        {
            compilation.Error("relax", "relax needs min, max or both");
        }

        if (relax.When.Count == 0)
        {
            compilation.Error("relax.when", "relax needs at least one signal in 'when'");
        }

        return (relax.Min ?? Min, relax.Max ?? Max, CompileSignals(compilation, relax.When, "relax.when", "relax"), CompileSignals(compilation, relax.OrWhen, "relax.orWhen", "relax"));
    }

    private static CompiledRelaxationSignal[] CompileSignals(RuleCompilation compilation, List<RelaxationSignal> when, string key, string list)
    {
        var signals = new List<CompiledRelaxationSignal>();
        for (var i = 0; i < when.Count; i++)
        {
            var signal = when[i];
            if (signal is null)
            {
                compilation.Error(key, $"{key}[{i}] needs a signal");
                continue;
            }

            compilation.AtLeastOne(signal.AtLeast, $"{key}.atLeast");
            if (signal.Metric is { } metric)
            {
                signals.Add(CompileMetricSignal(compilation, signal, metric, key, list));
            }
            else if (compilation.Required(signal.Select, $"{key}.select") is { } select)
            {
                signals.Add(new CompiledRelaxationSignal(select, signal.AtLeast, signal.AnswersQuestion));
            }
        }

        return [.. signals];
    }

    private static CompiledRelaxationSignal CompileMetricSignal(RuleCompilation compilation, RelaxationSignal signal, string metric, string key, string list)
    {
        if (!MetricCatalog.All.ContainsKey(metric))
        {
            compilation.Error($"{key}.metric", $"unknown metric '{metric}' in {key}");
        }

        if (signal.Select is not null)
        {
            compilation.Error($"{key}.metric", $"a signal in {list} takes select or metric, not both");
        }

        if (signal.Min is null && signal.Max is null)
        {
            compilation.Error($"{key}.metric", "a metric signal needs min, max or both");
        }

        return new CompiledRelaxationSignal(null, signal.AtLeast, signal.AnswersQuestion, metric, signal.Min, signal.Max);
    }

    private sealed class Analyzer(
        DiagnosticDescriptor descriptor,
        string metric,
        double? min,
        double? max,
        IReadOnlyDictionary<string, double> onlyIf,
        (double? Min, double? Max, CompiledRelaxationSignal[] When, CompiledRelaxationSignal[] OrWhen)? relax,
        CompiledRelaxationSignal[] unless)
        : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationAction(context =>
        {
            if (!context.Metrics.TryGetValue(metric, out var value))
            {
                return;
            }

            double bound;
            if (min is { } low && value < low)
            {
                bound = low;
            }
            else if (max is { } high && value > high)
            {
                bound = high;
            }
            else
            {
                return;
            }

            // Read after the bound, so a minimum on a metric read on first use (the discovery metrics) costs nothing on
            // the conversations inside the bound.
            if (!MetricCatalog.Reached(onlyIf, context.Metrics))
            {
                return;
            }

            if (relax is { } wider && Within(value, wider.Min, wider.Max) && (AllReached(wider.When, context) || AllReached(wider.OrWhen, context)))
            {
                return; // the conversation shows the opposite behaviour: judged against the wider bound
            }

            if (AllReached(unless, context))
            {
                return; // the conversation shows the fault is not there
            }

            var args = new Dictionary<string, string>
            {
                ["metric"] = metric,
                ["value"] = Format(value),
                ["min"] = min is { } lowest ? Format(lowest) : string.Empty,
                ["max"] = max is { } highest ? Format(highest) : string.Empty,
                ["bound"] = Format(bound),
            };
            context.Report(Diagnostic.Create(Descriptor, DiagnosticLocation.Conversation, args));
        });

        private static bool AllReached(CompiledRelaxationSignal[] signals, ConversationContext context) =>
            signals.Length > 0 && Array.TrueForAll(signals, s => s.Reached(context.Conversation, context.Metrics));

        private static bool Within(double value, double? low, double? high) => !(value < low) && !(value > high);

        private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
