using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// One YAML file, read with limits and strictly, for every file type SalesLint reads (configuration, rule, lexicon,
/// scoring, analyzers list, built-in analyzer options, trust list). Reading stops with a
/// <see cref="ConfigurationException"/> naming file, line and column when the file has more than one document, nests
/// deeper than <see cref="MaxDepth"/>, or would have more than <see cref="MaxNodes"/> nodes once its aliases are
/// expanded (an alias bomb: eleven short lines can stand for a billion). The limits are checked on the parser's
/// events, before anything expands an alias, and the read stops when the run is cancelled.
/// </summary>
internal sealed class YamlSource
{
    /// <summary>Deepest nesting of lists and mappings.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes (scalars, lists, mappings), counting every alias as the nodes it stands for.</summary>
    public const int MaxNodes = 100_000;

    private YamlSource(string path, string text, YamlMappingNode? root)
    {
        Path = path;
        Text = text;
        Root = root;
    }

    /// <summary>The file, as named in messages.</summary>
    public string Path { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The root mapping; <see langword="null"/> for an empty file.</summary>
    public YamlMappingNode? Root { get; }

    /// <summary>Reads and loads a YAML file (at most <see cref="SourceFile.MaxYamlBytes"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="reference">Where the file was named, for errors about the file itself.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The loaded file.</returns>
    public static YamlSource Read(string path, SourceReference? reference, CancellationToken cancellationToken) =>
        Load(path, SourceFile.ReadText(path, SourceFile.MaxYamlBytes, reference, cancellationToken), cancellationToken);

    /// <summary>Loads YAML text.</summary>
    /// <param name="path">The name used in messages.</param>
    /// <param name="text">The YAML.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The loaded file.</returns>
    /// <exception cref="ConfigurationException">Invalid YAML, over a limit, more than one document, or a root that is not a mapping.</exception>
    public static YamlSource Load(string path, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > SourceFile.MaxYamlBytes)
        {
            throw new ConfigurationException(path, $"{text.Length} characters; YAML files may have at most {SourceFile.MaxYamlBytes}");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedParser(path, new Parser(new StringReader(text)), cancellationToken));
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException(path, $"invalid YAML: {Clean(ex.Message)}", Line(ex.Start), Column(ex.Start), ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these on some unterminated constructs; point at the last token it could read.
            var last = LastReadablePosition(text);
            throw new ConfigurationException(path, "invalid YAML: unterminated or malformed construct after this point", Line(last), Column(last), ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlSource(path, text, null);
        }

        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new ConfigurationException(path, "expected a YAML mapping (key: value lines)", Line(stream.Documents[0].RootNode.Start), Column(stream.Documents[0].RootNode.Start));
        return new YamlSource(path, text, root);
    }

    /// <summary>An error at a node of this file.</summary>
    public ConfigurationException Error(YamlNode node, string message, Exception? inner = null) => Error(node.Start, message, inner);

    /// <summary>An error at a position of this file.</summary>
    public ConfigurationException Error(Mark mark, string message, Exception? inner = null) => new(Path, message, Line(mark), Column(mark), inner);

    /// <summary>Where a node was named, for errors about the file or folder it names.</summary>
    public SourceReference Reference(YamlNode node, string what) => new(Path, Line(node.Start), Column(node.Start), what);

    /// <summary>1-based line of a mark (YamlDotNet's marks are 1-based; an empty mark is line 1).</summary>
    public static int Line(Mark mark) => (int)Math.Max(1, mark.Line);

    /// <summary>1-based column of a mark.</summary>
    public static int Column(Mark mark) => (int)Math.Max(1, mark.Column);

    /// <summary>YamlDotNet's message without its <c>(Line: …, Col: …, Idx: …) - (…):</c> prefix.</summary>
    public static string Clean(string message)
    {
        if (message.StartsWith("(Line: ", StringComparison.Ordinal))
        {
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            var second = colon < 0 ? -1 : message.IndexOf("): ", colon + 3, StringComparison.Ordinal);
            var cut = second >= 0 ? second : colon;
            if (cut >= 0)
            {
                return message[(cut + 3)..].Trim();
            }
        }

        return message.Trim();
    }

    private static Mark LastReadablePosition(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var last = Mark.Empty;
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current!.Start;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // The scan stops where the construct breaks.
        }

        return last;
    }

    /// <summary>Passes the parser's events on, checking the limits (documents, depth, expanded size) and cancellation on each.</summary>
    private sealed class BoundedParser(string path, IParser inner, CancellationToken cancellationToken) : IParser
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

                    Add(alias, anchorSizes.TryGetValue(alias.Value.Value, out var size) ? size : 1, null);
                    break;
                case SequenceStart or MappingStart:
                    if (open.Count >= MaxDepth)
                    {
                        throw Error(inner.Current, $"lists and mappings are nested more than {MaxDepth} deep");
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
            if (expanded > MaxNodes)
            {
                throw Error(at, at is AnchorAlias
                    ? $"aliases expand this file to more than {MaxNodes} nodes (an alias bomb?); write the values out or use fewer aliases"
                    : $"more than {MaxNodes} nodes; SalesLint files are much smaller");
            }
        }

        private ConfigurationException Error(ParsingEvent at, string message) =>
            new(path, message, Line(at.Start), Column(at.Start));
    }
}
