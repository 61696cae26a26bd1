using SalesLint.Features;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Understanding;

/// <summary>
/// The shipped <c>product</c> lexicon (<c>rules/lexicons/product.yaml</c>, embedded), read here with YamlDotNet's
/// node model rather than through the rule loader, which sits above this layer. Only its terms, patterns and exclusions
/// matter: the layer uses it to tell the user's own product terms from the generic built-in words.
/// </summary>
internal static class BuiltInProductLexicon
{
    private const string ResourceName = "SalesLint.Rules/lexicons/product.yaml";

    private static readonly Lazy<FeatureDetector?> Lazy = new(Load);

    /// <summary>A detector for the built-in product lexicon, or null if the resource is missing.</summary>
    public static FeatureDetector? Detector => Lazy.Value;

    private static FeatureDetector? Load()
    {
        using var stream = typeof(BuiltInProductLexicon).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var lexicon = new Lexicon
        {
            Name = ((YamlScalarNode)root.Children[new YamlScalarNode("lexicon")]).Value ?? "product",
            Terms = Strings(root, "terms"),
            Patterns = Strings(root, "patterns"),
            Exclude = Strings(root, "exclude"),
        };
        return new FeatureDetector([lexicon]);
    }

    private static string[] Strings(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)]
            : [];
}
