namespace SalesLint.Rules;

/// <summary>A lexicon file: <c>lexicon: NAME</c> with terms, patterns, exclusions and entity kinds.</summary>
internal sealed record LexiconFile
{
    public string Lexicon { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    /// <summary><c>extend</c> (default) adds to a lexicon of the same name; <c>replace</c> replaces it.</summary>
    public string Mode { get; init; } = "extend";

    public List<string> Terms { get; init; } = [];

    public List<string> Patterns { get; init; } = [];

    public List<string> Exclude { get; init; } = [];

    public List<string> Recognize { get; init; } = [];

    public bool RequireEntity { get; init; }
}

/// <summary>The scoring model file (<c>categories:</c> …).</summary>
internal sealed record ScoringFile
{
    public Dictionary<string, CategoryEntry> Categories { get; init; } = [];

    public Dictionary<string, double> SeverityPoints { get; init; } = [];

    public Dictionary<string, double> RulePoints { get; init; } = [];

    public double? MaxPointsPerRule { get; init; }

    public List<MetricTermEntry> Metrics { get; init; } = [];

    public Dictionary<string, RuleKinds.SentenceSelector> Signals { get; init; } = [];
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
}

/// <summary>The analyzers file: <c>assemblies:</c> paths of assemblies with <see cref="Analysis.ConversationAnalyzer"/> types.</summary>
internal sealed record AnalyzersFile
{
    public List<string> Assemblies { get; init; } = [];
}
