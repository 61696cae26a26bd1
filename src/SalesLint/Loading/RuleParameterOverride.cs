using SalesLint.RuleKinds;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// Lays parameters from a configuration file (or code) over a rule already loaded: the rule's own keys with the
/// configured ones replacing them, decoded again from the nodes themselves, so a bad value is reported where the
/// configuration has it. Only keys of the rule's kind may be set (not <c>id</c> or <c>extends</c>).
/// </summary>
internal static class RuleParameterOverride
{
    public static void Apply(RuleSetParts parts, string ruleId, IReadOnlyList<RuleParameter> parameterList, string configPath, int? line, int? column)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(parameterList);
        var place = line is > 0 ? new Mark(0, line.Value, Math.Max(1, column ?? 1)) : Mark.Empty;
        var parameters = ParameterYaml.ToYaml(parameterList, place);
        if (!parts.Rules.TryGetValue(ruleId, out var entry))
        {
            throw YamlSource.ErrorAt(configPath, place, $"rule {ruleId} has no parameters to set: it is not a YAML rule of this rule set (YAML rules: {string.Join(", ", parts.Rules.Keys.Order(StringComparer.Ordinal))})");
        }

        var type = RuleKindCatalog.Kinds[entry.Kind];
        var allowed = type.GetProperties()
            .Where(p => p.CanWrite && p.Name != nameof(RuleDefinition.SourcePath))
            .Select(p => YamlDecoding.KeyOf(p.Name))
            .Where(n => n is not ("id" or "extends"))
            .ToHashSet(StringComparer.Ordinal);
        var root = new YamlMappingNode(entry.Root.Children);
        foreach (var (key, value) in parameters.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name))
            {
                throw YamlSource.ErrorAt(configPath, key.Start, $"rule {ruleId}: unknown parameter '{name}' for rule kind '{entry.Kind}' (parameters: {string.Join(", ", allowed.Order(StringComparer.Ordinal))})");
            }

            root.Children[new YamlScalarNode(name)] = value;
        }

        RuleDefinition rule;
        try
        {
            rule = (RuleDefinition)YamlDecoding.Deserializer.Deserialize(new YamlNodeParser(root), type)!;
        }
        catch (YamlException ex)
        {
            var at = ex.Start.Line > 0 ? ex.Start : place;
            throw YamlSource.ErrorAt(configPath, at, $"rule {ruleId}: {YamlDecoding.Describe(ex, root)}", ex);
        }

        parts.Rules[ruleId] = entry with { Rule = rule with { SourcePath = entry.Rule.SourcePath }, Positions = new KeyPositions(parameters, place), ErrorPath = configPath, Root = root };
    }
}
