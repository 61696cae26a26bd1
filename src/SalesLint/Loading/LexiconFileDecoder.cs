using System.Text.RegularExpressions;
using SalesLint.Features;
using SalesLint.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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
        var file = (parts.LoadingBuiltIn ? FromTree(source.Root!) : null) ?? source.Decode<LexiconFile>();
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

    /// <summary>
    /// A lexicon file read straight from its loaded tree, for the shipped files: YamlDotNet's reflection decoder re-reads
    /// each file's text and costs about a tenth of a second of every start for the shipped lexicons alone. Only plain
    /// text values, lists of them and <c>true</c>/<c>false</c> are taken; anything else (an unknown key, an empty or
    /// tagged value, another shape) gives <see langword="null"/>, and the file is decoded by YamlDotNet, which words
    /// the error. A test decodes every shipped lexicon both ways and compares.
    /// </summary>
    /// <param name="root">The file's root mapping.</param>
    /// <returns>The file, or <see langword="null"/>.</returns>
    internal static LexiconFile? FromTree(YamlMappingNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var file = new LexiconFile();
        foreach (var (keyNode, value) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || !keyNode.Tag.IsEmpty)
            {
                return null;
            }

            switch (key)
            {
                case "lexicon" when Text(value) is { } name:
                    file = file with { Lexicon = name };
                    break;
                case "description" when Text(value) is { } description:
                    file = file with { Description = description };
                    break;
                case "mode" when Text(value) is { } mode:
                    file = file with { Mode = mode };
                    break;
                case "terms" when Texts(value) is { } terms:
                    file = file with { Terms = terms };
                    break;
                case "patterns" when Texts(value) is { } patterns:
                    file = file with { Patterns = patterns };
                    break;
                case "exclude" when Texts(value) is { } exclude:
                    file = file with { Exclude = exclude };
                    break;
                case "recognize" when Texts(value) is { } recognize:
                    file = file with { Recognize = recognize };
                    break;
                case "requireEntity" when Text(value) is "true" or "false":
                    file = file with { RequireEntity = Text(value) == "true" };
                    break;
                default:
                    return null;
            }
        }

        return file;

        static string? Text(YamlNode node) =>
            node is YamlScalarNode { Value: { } text } scalar && scalar.Tag.IsEmpty
                && !(scalar.Style == ScalarStyle.Plain && text is "" or "~" or "null" or "Null" or "NULL")
                ? text
                : null;

        static List<string>? Texts(YamlNode node)
        {
            if (node is not YamlSequenceNode sequence || !sequence.Tag.IsEmpty)
            {
                return null;
            }

            var list = new List<string>(sequence.Children.Count);
            foreach (var child in sequence.Children)
            {
                if (Text(child) is not { } text)
                {
                    return null;
                }

                list.Add(text);
            }

            return list;
        }
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
