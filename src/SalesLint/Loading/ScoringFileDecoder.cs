using SalesLint.Diagnostics;
using SalesLint.Features;
using SalesLint.Metrics;
using SalesLint.RuleKinds;
using SalesLint.Scoring;

namespace SalesLint.Loading;

/// <summary>
/// Decodes a scoring model file (<c>categories:</c> …). The shipped <c>rules/scoring.yaml</c> is the one source of the
/// defaults: it must declare points for every severity and <c>maxPointsPerRule</c>, and a scoring file that leaves some
/// out takes them from it. No default is written in C#.
/// </summary>
internal static class ScoringFileDecoder
{
    /// <summary>The embedded resource of the shipped scoring model.</summary>
    public const string ShippedResource = "SalesLint.Rules/scoring.yaml";

    private static readonly Lazy<ScoreModel> Shipped = new(() =>
    {
        using var stream = typeof(ScoringFileDecoder).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"the library lacks its embedded {ShippedResource}");
        using var reader = new StreamReader(stream);
        return Decode(YamlSource.Load("builtin:scoring.yaml", reader.ReadToEnd(), CancellationToken.None), builtIn: true).Model;
    });

    /// <summary>The shipped scoring model (decoded once per process): where the defaults come from.</summary>
    public static ScoreModel ShippedModel => Shipped.Value;

    /// <summary>
    /// Decodes and compiles a scoring file. As a YAML rule compiles (<see cref="RuleCompilation"/>), every problem is
    /// recorded at its key (<c>metrics[2].onlyIf.turns</c>), and the first is reported at that key's line and column.
    /// </summary>
    /// <param name="source">The file.</param>
    /// <param name="builtIn">Whether it is the shipped file, which must declare every default.</param>
    /// <returns>The model and its keys' places.</returns>
    public static ScoringEntry Decode(YamlSource source, bool builtIn)
    {
        var path = source.Path;
        var file = (ScoringFile)source.Decode(typeof(ScoringFile), null, builtIn);
        var positions = new KeyPositions(source.Root!);
        var compilation = RuleCompilation.Of(file.Categories.Keys.ToHashSet(StringComparer.Ordinal));
        if (Compile(file, compilation, builtIn, path) is not { } model)
        {
            var (key, message) = compilation.Errors[0];
            throw YamlSource.ErrorAt(path, positions.Find(key), message);
        }

        return new ScoringEntry(model, positions);
    }

    /// <summary>The model of a decoded scoring file, or <see langword="null"/> when <paramref name="compilation"/> recorded a problem.</summary>
    private static ScoreModel? Compile(ScoringFile file, RuleCompilation compilation, bool builtIn, string path)
    {
        var severities = new Dictionary<DiagnosticSeverity, double>();
        foreach (var (name, points) in file.SeverityPoints)
        {
            var severity = SeverityNames.Parse(name);
            if (severity is null or DiagnosticSeverity.None)
            {
                compilation.Error($"severityPoints.{name}", $"unknown severity '{name}' (use error, warning or suggestion)");
                continue;
            }

            severities[severity.Value] = points;
        }

        if (file.Categories.Count == 0)
        {
            compilation.Error("categories", "at least one category is needed");
        }

        var maxPointsPerRule = file.MaxPointsPerRule;
        if (builtIn)
        {
            if (severities.Count < 3 || maxPointsPerRule is null)
            {
                compilation.Error("severityPoints", "the built-in scoring model must declare severityPoints for error, warning and suggestion, and maxPointsPerRule");
            }
        }
        else if (severities.Count < 3 || maxPointsPerRule is null)
        {
            var defaults = ShippedModel;
            foreach (var (severity, points) in defaults.SeverityPoints)
            {
                severities.TryAdd(severity, points);
            }

            maxPointsPerRule ??= defaults.MaxPointsPerRule;
        }

        foreach (var (id, entry) in file.Categories)
        {
            if (entry is null)
            {
                compilation.Error($"categories.{id}", $"category '{id}' needs a weight (and a title)");
            }
            else if (entry.Weight < 0)
            {
                compilation.Error($"categories.{id}.weight", $"category '{id}': weight must not be negative");
            }
        }

        foreach (var (name, pattern) in file.Patterns)
        {
            CompilePattern(name, pattern, compilation);
        }

        for (var i = 0; i < file.Metrics.Count; i++)
        {
            CompileTerm(file, i, compilation);
        }

        foreach (var (signal, asked) in file.Answering)
        {
            if (!file.Signals.ContainsKey(signal))
            {
                compilation.Error($"answering.{signal}", $"answering: unknown signal '{signal}' (declare it under signals)");
            }
            else if (string.IsNullOrEmpty(asked) || !file.Signals.ContainsKey(asked))
            {
                compilation.Error($"answering.{signal}", $"answering.{signal}: unknown signal '{asked}' (declare it under signals)");
            }
            else if (file.Answering.ContainsKey(asked))
            {
                compilation.Error($"answering.{signal}", $"answering.{signal}: '{asked}' counts only answers itself; name a signal that picks sentences on its own");
            }
        }

        if (compilation.Failed || maxPointsPerRule is not { } maxPoints)
        {
            return null;
        }

        return new ScoreModel
        {
            Categories = [.. file.Categories.Select(c => new ScoreCategory(c.Key, string.IsNullOrEmpty(c.Value.Title) ? c.Key : c.Value.Title, c.Value.Weight))],
            SeverityPoints = severities,
            RulePoints = new Dictionary<string, double>(file.RulePoints, StringComparer.Ordinal),
            MaxPointsPerRule = maxPoints,
            Metrics = [.. file.Metrics.Select(m => new MetricScoreTerm(m.Metric, m.Category, m.Good, m.Bad, m.Points, m.OnlyIf) { AtMost = m.AtMost, Reason = m.Reason, FindingsCap = m.FindingsCap })],
            Signals = new Dictionary<string, SentenceSelector>(file.Signals, StringComparer.Ordinal),
            Answering = new Dictionary<string, string>(file.Answering, StringComparer.Ordinal),
            SourcePath = path,
        };
    }

    /// <summary>
    /// A named pattern of <c>patterns:</c>: text the signals share through a YAML anchor (<c>&amp;hedge</c>, used as
    /// <c>*hedge</c>; the YAML reader resolves the aliases and reports one without an anchor at its line). Checked here
    /// like a selector's pattern, so a broken one is reported at its name even before a signal uses it.
    /// </summary>
    private static void CompilePattern(string name, string pattern, RuleCompilation compilation)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            compilation.Error($"patterns.{name}", $"patterns.{name} needs a pattern");
            return;
        }

        try
        {
            _ = new LinearPattern(pattern);
        }
        catch (ArgumentException ex)
        {
            compilation.Error($"patterns.{name}", $"patterns.{name}: invalid pattern: {ex.Message}");
        }
    }

    /// <summary>A metric term: its metric and the ones in <c>onlyIf</c>/<c>atMost</c> known, its category declared, its points not negative.</summary>
    private static void CompileTerm(ScoringFile file, int i, RuleCompilation compilation)
    {
        var term = file.Metrics[i];
        var at = $"metrics[{i}]";
        void Known(string name, string key)
        {
            if (!MetricCatalog.All.ContainsKey(name) &&
                !(name.StartsWith(ScoreModel.SignalPrefix, StringComparison.Ordinal) && file.Signals.ContainsKey(name[ScoreModel.SignalPrefix.Length..])))
            {
                compilation.Error(key, $"{at}: unknown metric '{name}' (a metric, or signal.NAME for a signal declared under signals)");
            }
        }

        Known(term.Metric, $"{at}.metric");
        foreach (var name in term.OnlyIf.Keys)
        {
            Known(name, $"{at}.onlyIf.{name}");
        }

        foreach (var name in term.AtMost.Keys)
        {
            Known(name, $"{at}.atMost.{name}");
        }

        if (!compilation.Categories.Contains(term.Category))
        {
            compilation.Error($"{at}.category", $"{at}: unknown category '{term.Category}' (scoring model has: {string.Join(", ", compilation.Categories)})");
        }

        if (term.Points < 0)
        {
            compilation.Error($"{at}.points", $"{at}: points must not be negative");
        }

        if (term.FindingsCap < 0)
        {
            compilation.Error($"{at}.findingsCap", $"{at}: findingsCap must not be negative");
        }
    }
}

/// <summary>The scoring model file (<c>categories:</c> …).</summary>
internal sealed record ScoringFile
{
    public Dictionary<string, CategoryEntry> Categories { get; init; } = [];

    public Dictionary<string, double> SeverityPoints { get; init; } = [];

    public Dictionary<string, double> RulePoints { get; init; } = [];

    public double? MaxPointsPerRule { get; init; }

    public List<MetricTermEntry> Metrics { get; init; } = [];

    /// <summary>Named pattern texts the signals share by YAML anchor and alias (see <see cref="ScoringFileDecoder"/>).</summary>
    public Dictionary<string, string> Patterns { get; init; } = [];

    public Dictionary<string, SentenceSelector> Signals { get; init; } = [];

    public Dictionary<string, string> Answering { get; init; } = [];
}

internal sealed record CategoryEntry
{
    public string Title { get; init; } = string.Empty;

    public double Weight { get; init; } = 1;
}

internal sealed record MetricTermEntry
{
    public string Metric { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public double Good { get; init; }

    public double Bad { get; init; }

    public double Points { get; init; }

    public Dictionary<string, double> OnlyIf { get; init; } = [];

    public Dictionary<string, double> AtMost { get; init; } = [];

    public string? Reason { get; init; }

    public double? FindingsCap { get; init; }
}
