using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>Where each key of a YAML file is, by dotted path (<c>match.features</c>, <c>metrics[0]</c>), so a check that finds a bad value can point at it.</summary>
internal sealed class KeyPositions
{
    private readonly Dictionary<string, Mark> marks = new(StringComparer.Ordinal);
    private readonly Mark root;

    public KeyPositions(YamlMappingNode node)
        : this(node, node.Start)
    {
    }

    /// <summary>Positions in <paramref name="node"/>; keys not found (and a node built in code, without a place) fall back to <paramref name="fallback"/>.</summary>
    public KeyPositions(YamlMappingNode node, Mark fallback)
    {
        root = fallback;
        Walk(node, string.Empty);
    }

    /// <summary>The place of a key, else of its nearest parent, else the fallback.</summary>
    public Mark Find(string key)
    {
        while (true)
        {
            if (marks.TryGetValue(key, out var mark))
            {
                return mark;
            }

            var cut = Math.Max(key.LastIndexOf('.'), key.LastIndexOf('['));
            if (cut <= 0)
            {
                return root;
            }

            key = key[..cut];
        }
    }

    private void Walk(YamlNode node, string prefix)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    var name = prefix.Length == 0 ? (k as YamlScalarNode)?.Value ?? string.Empty : $"{prefix}.{(k as YamlScalarNode)?.Value}";
                    marks.TryAdd(name, k.Start);
                    Walk(v, name);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var name = $"{prefix}[{i}]";
                    marks.TryAdd(name, sequence.Children[i].Start);
                    Walk(sequence.Children[i], name);
                }

                break;
        }
    }
}
