using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// Replays a loaded YAML node as parser events that keep each node's original line and column, so a value decoded
/// from a spliced tree (a rule's own keys plus parameters set in a configuration file) is reported where it is
/// written. Aliases are replayed as the nodes they stand for; <see cref="YamlSource"/> has bounded their size.
/// </summary>
internal sealed class YamlNodeParser : IParser
{
    private readonly List<ParsingEvent> events = [];
    private int index = -1;

    public YamlNodeParser(YamlNode root)
    {
        events.Add(new StreamStart());
        events.Add(new DocumentStart());
        Emit(root, 0);
        events.Add(new DocumentEnd(isImplicit: true));
        events.Add(new StreamEnd());
    }

    /// <inheritdoc/>
    public ParsingEvent? Current => index >= 0 && index < events.Count ? events[index] : null;

    /// <inheritdoc/>
    public bool MoveNext() => ++index < events.Count;

    private void Emit(YamlNode node, int depth)
    {
        if (depth > YamlSource.MaxDepth + 1 || events.Count > 4 * YamlSource.MaxNodes)
        {
            throw new YamlException(node.Start, node.End, "too deeply nested or too large");
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                events.Add(new Scalar(AnchorName.Empty, scalar.Tag, scalar.Value ?? string.Empty, scalar.Style, scalar.Tag.IsEmpty, scalar.Tag.IsEmpty, scalar.Start, scalar.End));
                break;
            case YamlSequenceNode sequence:
                events.Add(new SequenceStart(AnchorName.Empty, sequence.Tag, sequence.Tag.IsEmpty, sequence.Style, sequence.Start, sequence.End));
                foreach (var child in sequence.Children)
                {
                    Emit(child, depth + 1);
                }

                events.Add(new SequenceEnd(sequence.End, sequence.End));
                break;
            case YamlMappingNode mapping:
                events.Add(new MappingStart(AnchorName.Empty, mapping.Tag, mapping.Tag.IsEmpty, mapping.Style, mapping.Start, mapping.End));
                foreach (var (key, value) in mapping.Children)
                {
                    Emit(key, depth + 1);
                    Emit(value, depth + 1);
                }

                events.Add(new MappingEnd(mapping.End, mapping.End));
                break;
            default:
                throw new YamlException(node.Start, node.End, "unsupported YAML node");
        }
    }
}
