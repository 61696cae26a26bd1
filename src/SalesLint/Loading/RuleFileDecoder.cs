using System.Text.RegularExpressions;
using SalesLint.RuleKinds;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// Decodes a rule file (<c>extends: KIND</c>): the kind from <see cref="RuleKindCatalog"/>, its DTO decoded strictly,
/// the ID checked, and the rule added to the parts (a later layer replaces a rule of the same ID; within a layer an ID
/// may be defined once). The rule is compiled (level, placeholders, category, the kind's parameters) in
/// <see cref="RuleSetValidator"/>, once every lexicon and the scoring model are in.
/// </summary>
internal static partial class RuleFileDecoder
{
    private static readonly string[] RequiredKeys = ["id", "title", "message", "category"];

    public static void Add(YamlSource source, RuleSetParts parts)
    {
        var path = source.Path;
        var root = source.Root!;
        var positions = new KeyPositions(root);
        var extendsNode = root.Children[new YamlScalarNode("extends")];
        var kind = (extendsNode as YamlScalarNode)?.Value ?? string.Empty;
        if (!RuleKindCatalog.Kinds.TryGetValue(kind, out var type))
        {
            throw YamlSource.ErrorAt(path, extendsNode.Start, $"unknown rule kind '{kind}' (kinds: {string.Join(", ", RuleKindCatalog.Kinds.Keys)})");
        }

        var rule = (RuleDefinition)source.Decode(type, $"rule kind '{kind}'", parts.LoadingBuiltIn) with { SourcePath = path };
        foreach (var key in RequiredKeys)
        {
            if (!source.Has(key))
            {
                throw YamlSource.ErrorAt(path, root.Start, $"missing required key '{key}'");
            }
        }

        if (!RuleId().IsMatch(rule.Id))
        {
            throw YamlSource.ErrorAt(path, positions.Find("id"), $"rule ID '{rule.Id}' must be letters followed by 3–5 digits, like SL1001");
        }

        if (parts.InLayer && parts.Rules.TryGetValue(rule.Id, out var previous) && previous.Layer == parts.Layer)
        {
            var at = previous.Positions.Find("id");
            throw YamlSource.ErrorAt(path, positions.Find("id"), $"rule ID {rule.Id} is already defined by {previous.ErrorPath}({YamlSource.Line(at)},{YamlSource.Column(at)}); each rule ID may be defined once in a folder");
        }

        parts.Rules[rule.Id] = new RuleEntry(rule, positions, path, root, kind, parts.InLayer ? parts.Layer : 0);
    }

    [GeneratedRegex(@"^[A-Za-z]{2,8}\d{3,5}$")]
    private static partial Regex RuleId();
}
