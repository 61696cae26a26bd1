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
    public override void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!MetricCatalog.All.ContainsKey(Metric))
        {
            errors.Add(("metric", $"unknown metric '{Metric}' (known: {string.Join(", ", MetricCatalog.All.Keys)})"));
        }

        if (Min is null && Max is null)
        {
            errors.Add(("metric", "a metric rule needs min, max or both"));
        }

        if (Min > Max)
        {
            errors.Add(("min", $"min ({Min}) is greater than max ({Max})"));
        }

        ValidateOnlyIf(OnlyIf, errors);
    }

    /// <inheritdoc/>
    public override ConversationAnalyzer CreateAnalyzer(DiagnosticDescriptor descriptor) => new Analyzer(this, descriptor);

    private sealed class Analyzer(MetricRule rule, DiagnosticDescriptor descriptor) : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationAction(context =>
        {
            if (!MetricCatalog.Reached(rule.OnlyIf, context.Metrics) || !context.Metrics.TryGetValue(rule.Metric, out var value))
            {
                return;
            }

            var low = value < rule.Min;
            var high = value > rule.Max;
            if (!low && !high)
            {
                return;
            }

            var args = new Dictionary<string, string>
            {
                ["metric"] = rule.Metric,
                ["value"] = Format(value),
                ["min"] = rule.Min is { } min ? Format(min) : string.Empty,
                ["max"] = rule.Max is { } max ? Format(max) : string.Empty,
                ["bound"] = Format(low ? rule.Min!.Value : rule.Max!.Value),
            };
            context.Report(Diagnostic.Create(Descriptor, DiagnosticLocation.Conversation, args));
        });

        private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
