using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SalesLint.Loading;

/// <summary>Passes the parser's events on, checking the limits (documents, depth, expanded size), that each alias follows its anchor, and cancellation on each.</summary>
internal sealed class BoundedYamlParser(string path, IParser inner, CancellationToken cancellationToken) : IParser
{
    private readonly Dictionary<string, long> anchorSizes = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long Size, bool IsSequence)> open = new();
    private long expanded;
    private int documents;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case DocumentStart start when !start.IsImplicit || documents > 0:
                if (++documents > 1)
                {
                    throw Error(start, "one document per file: remove the second '---' document (SalesLint would ignore it)");
                }

                break;
            case DocumentStart:
                documents++;
                break;
            case Scalar scalar:
                if (open.Count > 0 && open.Peek().IsSequence && scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL")
                {
                    throw Error(scalar, "an empty entry in a list: remove it or give it a value");
                }

                Add(scalar, 1, AnchorOf(scalar));
                break;
            case AnchorAlias alias:
                if (open.Any(frame => frame.Anchor == alias.Value.Value))
                {
                    throw Error(alias, $"alias '*{alias.Value.Value}' is used inside the node it names (a loop)");
                }

                if (!anchorSizes.TryGetValue(alias.Value.Value, out var size))
                {
                    // YamlDotNet itself reports this at the start of the file.
                    throw Error(alias, $"alias '*{alias.Value.Value}' names no anchor: declare '&{alias.Value.Value}' before it (names are case-sensitive)");
                }

                Add(alias, size, null);
                break;
            case SequenceStart or MappingStart:
                if (open.Count >= YamlSource.MaxDepth)
                {
                    throw Error(inner.Current, $"lists and mappings are nested more than {YamlSource.MaxDepth} deep");
                }

                Count(inner.Current, 1);
                open.Push((AnchorOf((NodeEvent)inner.Current), 1, inner.Current is SequenceStart));
                break;
            case SequenceEnd or MappingEnd:
                var (anchor, total, _) = open.Pop();
                if (anchor is not null)
                {
                    anchorSizes[anchor] = total;
                }

                if (open.Count > 0)
                {
                    var (parentAnchor, parentSize, parentIsSequence) = open.Pop();
                    open.Push((parentAnchor, parentSize + total, parentIsSequence));
                }

                break;
        }

        return true;
    }

    private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    private void Add(ParsingEvent at, long size, string? anchor)
    {
        Count(at, size);
        if (anchor is not null)
        {
            anchorSizes[anchor] = size;
        }

        if (open.Count > 0)
        {
            var (parentAnchor, parentSize, parentIsSequence) = open.Pop();
            open.Push((parentAnchor, parentSize + size, parentIsSequence));
        }
    }

    private void Count(ParsingEvent at, long size)
    {
        expanded += size;
        if (expanded > YamlSource.MaxNodes)
        {
            throw Error(at, at is AnchorAlias
                ? $"aliases expand this file to more than {YamlSource.MaxNodes} nodes (an alias bomb?); write the values out or use fewer aliases"
                : $"more than {YamlSource.MaxNodes} nodes; SalesLint files are much smaller");
        }
    }

    private ConfigurationException Error(ParsingEvent at, string message) =>
        new(path, message, YamlSource.Line(at.Start), YamlSource.Column(at.Start));
}
