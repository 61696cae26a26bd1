using System.Text.RegularExpressions;
using SalesLint.Diagnostics;
using SalesLint.RuleKinds;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// Decodes a rule file (<c>extends: KIND</c>): the kind from <see cref="RuleKindCatalog"/>, its DTO decoded strictly,
/// the header checked (ID, level, placeholders), and the rule added to the parts (a later layer replaces a rule of the
/// same ID; within a layer an ID may be defined once). The kind's own parameters are checked in <see cref="RuleSetValidator"/>.
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

        var rule = (RuleDefinition)source.Decode(type, $"rule kind '{kind}'") with { SourcePath = path };
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

        if (SeverityNames.Parse(rule.Level) is null)
        {
            throw YamlSource.ErrorAt(path, positions.Find("level"), $"level must be error, warning, suggestion or none, not '{rule.Level}'");
        }

        foreach (var placeholder in Diagnostic.Placeholders(rule.Message))
        {
            if (!rule.MessagePlaceholders.Contains(placeholder))
            {
                throw YamlSource.ErrorAt(path, positions.Find("message"), $"unknown placeholder '{{{placeholder}}}' (rule kind '{kind}' has: {string.Join(", ", rule.MessagePlaceholders.Select(p => "{" + p + "}"))})");
            }
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
