using SalesLint.Analysis;
using SalesLint.Diagnostics;

namespace SalesLint.RuleKinds;

/// <summary>
/// The header every YAML rule shares (like Vale's): which rule kind it <c>extends</c>, its ID, message template,
/// level, category and link. Each rule kind adds its own typed parameters.
/// </summary>
public abstract record RuleDefinition
{
    /// <summary>Stable rule ID, e.g. <c>SL1002</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The rule kind (see <see cref="RuleKindCatalog"/>).</summary>
    public string Extends { get; init; } = string.Empty;

    /// <summary>Short title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Message template; the kind documents its placeholders.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary><c>error</c>, <c>warning</c>, <c>suggestion</c> or <c>none</c>. Default: <c>warning</c>.</summary>
    public string Level { get; init; } = "warning";

    /// <summary>Scoring category; must be declared in the scoring model.</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>Whether the rule runs unless configured otherwise. Default: true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Help link; defaults to the rule's page under <c>rules/docs/</c>.</summary>
    public string? Link { get; init; }

    /// <summary>What the rule checks and why.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The file the rule was loaded from (not a YAML key: the loader sets it).</summary>
    public string? SourcePath { get; init; }

    /// <summary>The placeholders the kind fills in messages.</summary>
    public abstract IReadOnlyCollection<string> MessagePlaceholders { get; }

    /// <summary>Builds the descriptor.</summary>
    /// <param name="helpLinkBase">Base of default help links.</param>
    /// <returns>The descriptor.</returns>
    public DiagnosticDescriptor ToDescriptor(string helpLinkBase) => new()
    {
        Id = Id,
        Title = Title,
        MessageTemplate = Message,
        Category = Category,
        DefaultSeverity = SeverityNames.Parse(Level) ?? DiagnosticSeverity.Warning,
        IsEnabledByDefault = Enabled,
        HelpLink = Link ?? $"{helpLinkBase}{Id}.md",
        Description = Description.Trim(),
    };

    /// <summary>Checks the kind's parameters; reports each problem with the key it concerns.</summary>
    /// <param name="errors">Collects (key path, message) pairs.</param>
    /// <param name="features">The lexicon names that exist.</param>
    public abstract void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features);

    /// <summary>Creates the analyzer that runs this rule.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <returns>The analyzer.</returns>
    public abstract ConversationAnalyzer CreateAnalyzer(DiagnosticDescriptor descriptor);

    /// <summary>Checks a required selector: missing, or invalid under its key.</summary>
    /// <param name="selector">The selector, or <see langword="null"/> when the key is missing.</param>
    /// <param name="key">Its YAML key.</param>
    /// <param name="errors">Collects problems.</param>
    /// <param name="features">Known lexicon names.</param>
    protected static void ValidateRequired(SentenceSelector? selector, string key, ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (selector is null)
        {
            errors.Add((key, $"missing required key '{key}'"));
        }
        else
        {
            selector.Validate(key, errors, features);
        }
    }

    /// <summary>Checks a count that must be at least one (such as <c>maxReports</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="key">Its YAML key.</param>
    /// <param name="errors">Collects problems.</param>
    protected static void ValidateAtLeastOne(int value, string key, ICollection<(string Key, string Message)> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value < 1)
        {
            errors.Add((key, $"{key} must be at least 1"));
        }
    }

    /// <summary>Checks that an <c>onlyIf</c> gate names only known metrics.</summary>
    /// <param name="onlyIf">Metric names and minimums.</param>
    /// <param name="errors">Collects problems.</param>
    protected static void ValidateOnlyIf(IReadOnlyDictionary<string, double> onlyIf, ICollection<(string Key, string Message)> errors)
    {
        ArgumentNullException.ThrowIfNull(onlyIf);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var key in onlyIf.Keys)
        {
            if (!Metrics.MetricCatalog.All.ContainsKey(key))
            {
                errors.Add(("onlyIf", $"unknown metric '{key}' in onlyIf"));
            }
        }
    }

    /// <summary>Base of the analyzers rule kinds create: one rule, reported under its descriptor.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    private protected abstract class RuleAnalyzer(DiagnosticDescriptor descriptor) : ConversationAnalyzer
    {
        /// <inheritdoc/>
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [descriptor];

        /// <inheritdoc/>
        public override string Name => Descriptor.Id;

        /// <summary>The rule's descriptor.</summary>
        protected DiagnosticDescriptor Descriptor { get; } = descriptor;
    }
}
