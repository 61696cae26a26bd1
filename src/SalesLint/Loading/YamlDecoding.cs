using System.Text.RegularExpressions;
using SalesLint.RuleKinds;
using YamlDotNet.Core;
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
        .WithAttributeOverride<RuleDefinition>(r => r.SourcePath!, new YamlIgnoreAttribute())
        .Build();

    /// <summary>The YAML key of a property name (<c>MaxReports</c> → <c>maxReports</c>).</summary>
    public static string KeyOf(string propertyName) => CamelCaseNamingConvention.Instance.Apply(propertyName);

    /// <summary>
    /// A decoding error in SalesLint's words: the inner message of YamlDotNet's wrapper, without its position prefix, and
    /// "unknown key 'x'" for YamlDotNet's "Property 'x' not found on type …". This reads YamlDotNet's English text: a
    /// YamlDotNet upgrade that rewords it shows up in the loader tests that assert these messages.
    /// </summary>
    public static string Describe(YamlException ex)
    {
        var message = ex.InnerException is { } inner && ex.Message.StartsWith("Exception during deserialization", StringComparison.Ordinal)
            ? inner.Message
            : ex.Message;
        message = MessagePosition().Replace(message, string.Empty).Trim();
        var unknown = UnknownProperty().Match(message);
        return unknown.Success ? $"unknown key '{unknown.Groups[1].Value}'" : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):")]
    private static partial Regex MessagePosition();

    [GeneratedRegex(@"Property '([^']+)' not found on type")]
    private static partial Regex UnknownProperty();
}
