using System.Text.RegularExpressions;
using SalesLint.RuleKinds;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesLint.Loading;

/// <summary>The one YamlDotNet deserializer the file decoders share (camelCase keys, required members and nullability enforced, SalesLint's number rules), and how its errors are worded.</summary>
internal static partial class YamlDecoding
{
    /// <summary>The deserializer. <see cref="RuleDefinition.SourcePath"/> is set by the loader, never read from YAML.</summary>
    public static IDeserializer Deserializer { get; } = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .WithEnforceNullability()
        .WithNodeDeserializer(new NumberDeserializer(), s => s.OnTop())
        .WithNodeDeserializer(new ShapeDeserializer(), s => s.OnTop())
        .WithAttributeOverride<RuleDefinition>(r => r.SourcePath!, new YamlIgnoreAttribute())
        .Build();

    /// <summary>The YAML key of a property name (<c>MaxReports</c> → <c>maxReports</c>).</summary>
    public static string KeyOf(string propertyName) => CamelCaseNamingConvention.Instance.Apply(propertyName);

    /// <summary>
    /// A decoding error in SalesLint's words: the inner message of YamlDotNet's wrapper, without its position prefix, and
    /// "unknown key 'x'" for YamlDotNet's "Property 'x' not found on type …". This reads YamlDotNet's English text: a
    /// YamlDotNet upgrade that rewords it shows up in the loader tests that assert these messages.
    /// </summary>
    /// <param name="ex">The error.</param>
    /// <param name="root">The decoded tree, to name the key of an empty value ("'metric' needs a value"), or <see langword="null"/>.</param>
    public static string Describe(YamlException ex, YamlNode? root = null)
    {
        var message = ex.InnerException is { } inner && ex.Message.StartsWith("Exception during deserialization", StringComparison.Ordinal)
            ? inner.Message
            : ex.Message;
        message = MessagePosition().Replace(message, string.Empty).Trim();
        if (message.StartsWith("Strict nullability enforcement error", StringComparison.Ordinal))
        {
            // An empty value where one is required; YamlDotNet points at its key.
            var keys = new List<string>();
            KeysAt(root, ex.Start, keys);
            return keys switch
            {
                ["level"] => RuleCompilation.EmptyLevel,
                [var key] => $"'{key}' needs a value (it is empty)",
                _ => "a value is needed here (it is empty, YAML's null)",
            };
        }

        var unknown = UnknownProperty().Match(message);
        return unknown.Success ? $"unknown key '{unknown.Groups[1].Value}'" : message;
    }

    /// <summary>The names of the mapping keys that start at <paramref name="mark"/> (more than one in a tree spliced from several files).</summary>
    private static void KeysAt(YamlNode? node, Mark mark, List<string> found)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key.Start.Line == mark.Line && key.Start.Column == mark.Column && key is YamlScalarNode { Value: { } name })
                    {
                        found.Add(name);
                    }

                    KeysAt(value, mark, found);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    KeysAt(child, mark, found);
                }

                break;
        }
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):")]
    private static partial Regex MessagePosition();

    [GeneratedRegex(@"Property '([^']+)' not found on type")]
    private static partial Regex UnknownProperty();
}
