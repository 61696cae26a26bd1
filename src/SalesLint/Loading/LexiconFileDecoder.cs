using System.Text.RegularExpressions;
using SalesLint.Features;
using SalesLint.Model;

namespace SalesLint.Loading;

/// <summary>
/// Decodes a lexicon file (<c>lexicon: NAME</c>) and adds it to the parts: <c>mode: extend</c> (default) adds to a
/// lexicon of the same name, <c>replace</c> replaces it. Terms must be plain phrases; patterns are built (checked) later,
/// on all cores, by <see cref="RuleSetValidator"/>. Also adds terms from a configuration file's <c>lexicons:</c>.
/// </summary>
internal static partial class LexiconFileDecoder
{
    public static void Add(YamlSource source, RuleSetParts parts)
    {
        var path = source.Path;
        var file = (LexiconFile)source.Decode(typeof(LexiconFile), what: null, builtIn: parts.LoadingBuiltIn);
        var positions = new KeyPositions(source.Root!);
        if (!LexiconName().IsMatch(file.Lexicon))
        {
            throw YamlSource.ErrorAt(path, positions.Find("lexicon"), $"lexicon name '{file.Lexicon}' must be lower-case letters, digits and hyphens");
        }

        if (file.Mode is not ("extend" or "replace"))
        {
            throw YamlSource.ErrorAt(path, positions.Find("mode"), $"mode must be extend or replace, not '{file.Mode}'");
        }

        var kinds = new List<EntityKind>();
        foreach (var name in file.Recognize)
        {
            kinds.Add(name.ToLowerInvariant() switch
            {
                "money" => EntityKind.Money,
                "percentage" => EntityKind.Percentage,
                "duration" => EntityKind.Duration,
                _ => throw YamlSource.ErrorAt(path, positions.Find("recognize"), $"recognize: unknown entity kind '{name}' (money, percentage, duration)"),
            });
        }

        if (file.RequireEntity && kinds.Count == 0)
        {
            throw YamlSource.ErrorAt(path, positions.Find("requireEntity"), "requireEntity needs recognize: the entity kinds to look for");
        }

        foreach (var (list, key) in new[] { (file.Terms, "terms"), (file.Exclude, "exclude") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                var term = list[i];
                if (!IsPlainPhrase(term))
                {
                    throw YamlSource.ErrorAt(path, positions.Find($"{key}[{i}]"), $"{key}[{i}]: '{term}' is not a plain phrase (letters, digits, apostrophes, hyphens, a trailing *); use patterns for anything else");
                }
            }
        }

        for (var i = 0; i < file.Patterns.Count; i++)
        {
            parts.LexiconPatterns.Add((file.Patterns[i], path, positions.Find($"patterns[{i}]")));
        }

        var lexicon = new Lexicon
        {
            Name = file.Lexicon,
            Description = file.Description.Trim(),
            Terms = file.Terms,
            Patterns = file.Patterns,
            Exclude = file.Exclude,
            Recognize = kinds,
            RequireEntity = file.RequireEntity,
            SourcePath = path,
        };
        parts.Lexicons[file.Lexicon] = file.Mode == "extend" && parts.Lexicons.TryGetValue(file.Lexicon, out var existing)
            ? existing.Merge(lexicon)
            : lexicon;
    }

    /// <summary>Adds terms to a lexicon, creating it when it does not exist (a configuration file's <c>lexicons:</c>).</summary>
    public static void AddTerms(RuleSetParts parts, string name, IEnumerable<string> terms, string source)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(terms);
        var list = terms.ToList();
        var lexicon = new Lexicon { Name = name, Terms = list, SourcePath = source };
        if (!LexiconName().IsMatch(name))
        {
            throw new ConfigurationException(source, $"lexicon name '{name}' must be lower-case letters, digits and hyphens");
        }

        foreach (var term in list.Where(t => !IsPlainPhrase(t)))
        {
            throw new ConfigurationException(source, $"lexicon {name}: '{term}' is not a plain phrase (letters, digits, apostrophes, hyphens, a trailing *)");
        }

        parts.Lexicons[name] = parts.Lexicons.TryGetValue(name, out var existing) ? existing.Merge(lexicon) : lexicon;
    }

    private static bool IsPlainPhrase(string term) =>
        !string.IsNullOrWhiteSpace(term) &&
        term.All(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '\'' or '\u2019' or '-' or '*' or '$' or '.' or ',');

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    private static partial Regex LexiconName();
}

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
