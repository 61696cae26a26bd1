using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// Converts between YAML nodes and <see cref="RuleParameter"/> values, keeping lines and columns both ways, so rule
/// parameters travel as SalesLint types (the public API names no YamlDotNet type) and are still decoded, and reported,
/// where they are written.
/// </summary>
internal static class ParameterYaml
{
    /// <summary>The entries of a mapping as parameters.</summary>
    public static List<RuleParameter> From(IEnumerable<KeyValuePair<YamlNode, YamlNode>> entries) =>
        [.. entries.Select(e => new RuleParameter((e.Key as YamlScalarNode)?.Value ?? string.Empty, Value(e.Value)) { Line = Line(e.Key), Column = Column(e.Key) })];

    /// <summary>Parameters as a YAML mapping whose nodes carry the parameters' lines and columns.</summary>
    public static YamlMappingNode ToYaml(IReadOnlyList<RuleParameter> parameters, Mark place)
    {
        var events = new List<ParsingEvent> { new StreamStart(), new DocumentStart() };
        events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Any, place, place));
        Emit(events, parameters, 0);
        events.Add(new MappingEnd(place, place));
        events.Add(new DocumentEnd(isImplicit: true));
        events.Add(new StreamEnd());
        var stream = new YamlStream();
        stream.Load(new EventReplay(events));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static ParameterValue Value(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ParameterValue.Scalar(scalar.Style == ScalarStyle.Plain && IsNullWord(scalar.Value) ? null : scalar.Value ?? string.Empty),
        YamlSequenceNode sequence => ParameterValue.List(sequence.Children.Select(Value)),
        YamlMappingNode mapping => ParameterValue.Mapping(From(mapping.Children)),
        _ => throw new ConfigurationException(null, "unsupported YAML node", Line(node), Column(node)),
    } with
    { Line = Line(node), Column = Column(node) };

    private static void Emit(List<ParsingEvent> events, IReadOnlyList<RuleParameter> entries, int depth)
    {
        foreach (var entry in entries)
        {
            var at = Mark(entry.Line, entry.Column);
            events.Add(new Scalar(AnchorName.Empty, TagName.Empty, entry.Name, ScalarStyle.Plain, true, false, at, at));
            Emit(events, entry.Value, depth + 1);
        }
    }

    private static void Emit(List<ParsingEvent> events, ParameterValue value, int depth)
    {
        if (depth > YamlSource.MaxDepth || events.Count > 4 * YamlSource.MaxNodes)
        {
            throw new ConfigurationException(null, $"rule parameters nest more than {YamlSource.MaxDepth} deep or are too large", value.Line, value.Column);
        }

        var at = Mark(value.Line, value.Column);
        if (value.Items is { } items)
        {
            events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Any, at, at));
            foreach (var item in items)
            {
                Emit(events, item, depth + 1);
            }

            events.Add(new SequenceEnd(at, at));
        }
        else if (value.Entries is { } entries)
        {
            events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Any, at, at));
            Emit(events, entries, depth + 1);
            events.Add(new MappingEnd(at, at));
        }
        else
        {
            // An empty value stays empty (null); text that YAML would read as empty is quoted, so it stays text.
            var style = value.Text is null || !IsNullWord(value.Text) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
            events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value.Text ?? string.Empty, style, style == ScalarStyle.Plain, style != ScalarStyle.Plain, at, at));
        }
    }

    private static bool IsNullWord(string? text) => text is null or "" or "~" or "null" or "Null" or "NULL";

    private static Mark Mark(int? line, int? column) =>
        line is > 0 ? new Mark(0, line.Value, Math.Max(1, column ?? 1)) : YamlDotNet.Core.Mark.Empty;

    private static int? Line(YamlNode node) => node.Start.Line > 0 ? (int)node.Start.Line : null;

    private static int? Column(YamlNode node) => node.Start.Line > 0 ? (int)node.Start.Column : null;

    /// <summary>Replays a list of parser events.</summary>
    private sealed class EventReplay(List<ParsingEvent> events) : IParser
    {
        private int index = -1;

        public ParsingEvent? Current => index >= 0 && index < events.Count ? events[index] : null;

        public bool MoveNext() => ++index < events.Count;
    }
}
