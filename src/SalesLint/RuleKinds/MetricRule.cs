using System.Globalization;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Metrics;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>metric</c>: reports the conversation when a metric falls below <c>min</c> or rises above
/// <c>max</c>. <c>onlyIf</c> names other metrics that must reach a minimum for the rule to apply (so a two-line
/// call is not judged). Placeholders: <c>{metric}</c>, <c>{value}</c>, <c>{min}</c>, <c>{max}</c>, <c>{bound}</c>.
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
        var (metric, min, max) = (Metric, Min, Max);
        return descriptor => new Analyzer(descriptor, metric, min, max, onlyIf);
    }

    private sealed class Analyzer(DiagnosticDescriptor descriptor, string metric, double? min, double? max, IReadOnlyDictionary<string, double> onlyIf)
        : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationAction(context =>
        {
            if (!MetricCatalog.Reached(onlyIf, context.Metrics) || !context.Metrics.TryGetValue(metric, out var value))
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

        private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
