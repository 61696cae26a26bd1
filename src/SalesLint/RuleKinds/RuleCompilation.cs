using SalesLint.Diagnostics;
using SalesLint.Metrics;

namespace SalesLint.RuleKinds;

/// <summary>
/// What a rule definition compiles against (the rule set's lexicon names and scoring categories, the base of help
/// links) and the problems found while compiling it, each with the YAML key it concerns. One per rule or selector
/// group; not shared between threads.
/// </summary>
/// <param name="lexicons">The lexicon names of the rule set.</param>
/// <param name="categories">The scoring model's category IDs.</param>
/// <param name="helpLinkBase">Base of default help links.</param>
internal sealed class RuleCompilation(HashSet<string> lexicons, IReadOnlySet<string> categories, string helpLinkBase)
{
    private readonly List<(string Key, string Message)> errors = [];

    /// <summary>The lexicon names of the rule set.</summary>
    public IReadOnlySet<string> Lexicons => lexicons;

    /// <summary>The scoring model's category IDs.</summary>
    public IReadOnlySet<string> Categories { get; } = categories;

    /// <summary>Base of default help links.</summary>
    public string HelpLinkBase { get; } = helpLinkBase;

    /// <summary>The problems found so far, in the order found: (key path, message).</summary>
    public IReadOnlyList<(string Key, string Message)> Errors => errors;

    /// <summary>Whether a problem has been found.</summary>
    public bool Failed => errors.Count > 0;

    /// <summary>The rule set's own instance of a lexicon name (so matching compares references first), or <see langword="null"/> for an unknown one.</summary>
    public string? Lexicon(string name) => lexicons.TryGetValue(name, out var known) ? known : null;

    /// <summary>What an empty <c>level:</c> is told, wherever a level is written.</summary>
    public const string EmptyLevel = "level is empty: use error, warning, suggestion or none";

    /// <summary>For files that compile against no lexicons (the scoring model): its own categories.</summary>
    public static RuleCompilation Of(IReadOnlySet<string> categories) => new([], categories, string.Empty);

    /// <summary>Parses a level as written (<c>error</c>, <c>warning</c>, <c>suggestion</c>, <c>none</c>); an empty or unknown one is an error at the key.</summary>
    public DiagnosticSeverity? Level(string? written, string key)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            Error(key, EmptyLevel);
            return null;
        }

        var severity = SeverityNames.Parse(written);
        if (severity is null)
        {
            Error(key, $"level must be error, warning, suggestion or none, not '{written}'");
        }

        return severity;
    }

    /// <summary>Records a problem at a key.</summary>
    public void Error(string key, string message) => errors.Add((key, message));

    /// <summary>Compiles a required selector; a missing one is an error at its key.</summary>
    public CompiledSelector? Required(SentenceSelector? selector, string key)
    {
        if (selector is null)
        {
            Error(key, $"missing required key '{key}'");
            return null;
        }

        return selector.Compile(key, this);
    }

    /// <summary>Compiles an optional selector (none when absent).</summary>
    public CompiledSelector? Optional(SentenceSelector? selector, string key) => selector?.Compile(key, this);

    /// <summary>A count that must be at least one (such as <c>maxReports</c>).</summary>
    public int AtLeastOne(int value, string key)
    {
        if (value < 1)
        {
            Error(key, $"{key} must be at least 1");
        }

        return value;
    }

    /// <summary>Parses names from a closed set (labels, settings); each unknown one is an error at the key.</summary>
    /// <typeparam name="T">What a name stands for.</typeparam>
    /// <param name="names">The names as written.</param>
    /// <param name="key">Their YAML key.</param>
    /// <param name="tryParse">Parses one name.</param>
    /// <param name="unknown">How an unknown name is described, given the name (e.g. <c>unknown label 'x'</c>).</param>
    /// <param name="listName">What the known names are called in the error (<c>labels</c>).</param>
    /// <param name="all">Every known name, listed in the error.</param>
    /// <returns>The known ones, in order.</returns>
    public T[] Names<T>(List<string> names, string key, TryParse<T> tryParse, Func<string, string> unknown, string listName, IReadOnlyList<string> all)
    {
        var result = new List<T>(names.Count);
        foreach (var name in names)
        {
            if (tryParse(name, out var value))
            {
                result.Add(value);
            }
            else
            {
                Error(key, $"{unknown(name)} ({listName}: {string.Join(", ", all)})");
            }
        }

        return [.. result];
    }

    /// <summary>An <c>onlyIf</c> gate: metric names (which must be known) and minimums, copied.</summary>
    public IReadOnlyDictionary<string, double> OnlyIf(IReadOnlyDictionary<string, double> onlyIf)
    {
        foreach (var key in onlyIf.Keys)
        {
            if (!MetricCatalog.All.ContainsKey(key))
            {
                Error("onlyIf", $"unknown metric '{key}' in onlyIf");
            }
        }

        return new Dictionary<string, double>(onlyIf, StringComparer.Ordinal);
    }
}

/// <summary>Parses one name of a closed set.</summary>
/// <typeparam name="T">What the name stands for.</typeparam>
/// <param name="name">The name.</param>
/// <param name="value">What it stands for.</param>
/// <returns>Whether the name is known.</returns>
internal delegate bool TryParse<T>(string? name, out T value);
