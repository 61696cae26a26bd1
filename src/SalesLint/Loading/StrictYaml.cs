using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>Reads YAML nodes strictly: every wrong type or unknown key is a <see cref="ConfigurationException"/> with file, line and column.</summary>
internal sealed class StrictYaml(string path)
{
    public string Path { get; } = path;

    public ConfigurationException Error(YamlNode node, string message) =>
        new(Path, message, (int)node.Start.Line, (int)node.Start.Column);

    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlNode node, string what, IReadOnlyCollection<string>? allowed = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"{what} must be a mapping (key: value lines)");
        }

        foreach (var (k, v) in mapping.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? throw Error(k, $"{what}: keys must be plain text");
            if (allowed is not null && !allowed.Contains(key))
            {
                throw Error(k, $"unknown key '{key}' in {what} (allowed: {string.Join(", ", allowed)})");
            }

            yield return (key, k, v);
        }
    }

    public string Scalar(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            throw Error(node, $"{what} must be a single value");
        }

        return scalar.Value;
    }

    public bool Bool(YamlNode node, string what) => Scalar(node, what).ToLowerInvariant() switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        var other => throw Error(node, $"{what} must be true or false, not '{other}'"),
    };

    public double Number(YamlNode node, string what) =>
        NumberDeserializer.TryParse(Scalar(node, what), wholeNumber: false, out var value) is { } problem
            ? throw Error(node, $"{what}: {problem}")
            : value;

    /// <summary>A list of strings; a single value counts as a list of one.</summary>
    public List<(string Value, YamlNode Node)> List(YamlNode node, string what)
    {
        if (node is YamlScalarNode)
        {
            return [(Scalar(node, what), node)];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Error(node, $"{what} must be a list");
        }

        return [.. sequence.Children.Select(child => (Scalar(child, $"an entry of {what}"), child))];
    }
}
