using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// One YAML file, read with limits and strictly, for every file type SalesLint reads (configuration, rule, lexicon,
/// scoring, analyzers list, built-in analyzer options, trust list): the one strict-YAML layer. It loads the file
/// (see <see cref="BoundedYamlParser"/> for the limits), reads nodes strictly (<see cref="Entries"/>,
/// <see cref="Scalar"/>, <see cref="List"/>, …) and decodes whole files into DTOs (<see cref="Decode(Type, string?)"/>),
/// every error a <see cref="ConfigurationException"/> naming file, line and column. Reading stops with a
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
            stream.Load(new BoundedYamlParser(path, new Parser(new StringReader(text)), cancellationToken));
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

    /// <summary>The entries of a mapping, strictly: keys must be plain text and, when <paramref name="allowed"/> is given, one of those.</summary>
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

    /// <summary>A single value.</summary>
    public string Scalar(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            throw Error(node, $"{what} must be a single value");
        }

        return scalar.Value;
    }

    /// <summary>true/false (or yes/no).</summary>
    public bool Bool(YamlNode node, string what) => Scalar(node, what).ToLowerInvariant() switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        var other => throw Error(node, $"{what} must be true or false, not '{other}'"),
    };

    /// <summary>A number, read as <see cref="NumberDeserializer"/> reads them.</summary>
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

    /// <summary>Whether the root mapping has <paramref name="key"/>.</summary>
    public bool Has(string key) => Root is { } root && root.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>Decodes the whole file into <paramref name="type"/> (a file DTO), strictly; errors name this file and the place.</summary>
    /// <param name="type">The DTO type.</param>
    /// <param name="what">Put before the message (<c>rule kind 'existence'</c>), or <see langword="null"/>.</param>
    /// <returns>The decoded value.</returns>
    public object Decode(Type type, string? what = null)
    {
        try
        {
            return YamlDecoding.Deserializer.Deserialize(Text, type) ?? throw new ConfigurationException(Path, "empty file", 1, 1);
        }
        catch (YamlException ex)
        {
            throw ErrorAt(Path, ex.Start, what is null ? YamlDecoding.Describe(ex, Root) : $"{what}: {YamlDecoding.Describe(ex, Root)}", ex);
        }
    }

    /// <summary>
    /// As <see cref="Decode(Type, string?)"/>; a shipped file (<paramref name="builtIn"/>) is read from the loaded tree
    /// when <see cref="YamlTreeDecoder"/> can read it, so its text is not parsed a second time.
    /// </summary>
    /// <param name="type">The DTO type.</param>
    /// <param name="what">Put before the message (<c>rule kind 'existence'</c>), or <see langword="null"/>.</param>
    /// <param name="builtIn">Whether the file is one of the shipped files.</param>
    /// <returns>The decoded value.</returns>
    public object Decode(Type type, string? what, bool builtIn) =>
        (builtIn && Root is not null ? YamlTreeDecoder.TryDecode(Root, type) : null) ?? Decode(type, what);

    /// <summary>As <see cref="Decode(Type, string?)"/>, typed.</summary>
    public T Decode<T>(string? what = null) => (T)Decode(typeof(T), what);

    /// <summary>An error at a position of a file.</summary>
    public static ConfigurationException ErrorAt(string path, Mark mark, string message, Exception? inner = null) =>
        new(path, message, (int)mark.Line, (int)mark.Column, inner);

    /// <summary>Every scalar under a node (keys excepted), in order.</summary>
    public static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value is { } value ? [value] : [],
        YamlMappingNode mapping => mapping.Children.SelectMany(c => Scalars(c.Value)),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        _ => [],
    };
}
