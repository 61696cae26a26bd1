using SalesLint.Configuration;
using SalesLint.Rules;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Tests.Loading;

/// <summary>
/// Every key of every shipped rule, lexicon, scoring and analyzer file, and of a full configuration, set in turn to
/// each hostile value (null, empty, wrong shape, non-finite, huge): loading gives a result or a
/// <see cref="ConfigurationException"/> with file and line, never another exception.
/// </summary>
public sealed class HostileValueTests
{
    private static readonly string[] HostileValues = ["~", "''", "[]", "{}", "[~]", "{a: ~}", ".nan", "-.inf", "1e400", "-1", "0", "99999999999", "lots", "'\\u0000'", "[[[]]]"];

    private const string FullConfig = """
        extends: [recommended]
        minLevel: suggestion
        rules:
          SL1003: none
          SL1001: { level: error, min: 0.25, onlyIf: { seller.statements: 6 } }
        categories: { negotiation: error }
        lexicons: { product: [ForecastPro] }
        speakers: { sellers: [Dana], buyers: [Chris], names: { spk_0: Dana } }
        suppressions:
          - files: ["roleplay/**"]
            rules: [SL1003]
            justification: Scripts.
        overrides:
          - files: ["negotiation/**"]
            rules: { SL1001: none }
        baseline: base.json
        """;

    private static IEnumerable<TestCaseData> ShippedFiles() =>
        Directory.EnumerateFiles(Path.Combine(TestSupport.RepositoryRoot, "rules"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetRelativePath(TestSupport.RepositoryRoot, f)).SetName("AddYaml_HostileValuesInShipped_" + Path.GetFileNameWithoutExtension(f).Replace('-', '_')));

    [TestCaseSource(nameof(ShippedFiles))]
    public void AddYaml_HostileValueForEachKey_IsAConfigurationErrorOrLoads(string relative)
    {
        var text = File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, relative));
        var failures = new List<string>();
        foreach (var variant in Variants(text))
        {
            try
            {
                new RuleSetBuilder().AddBuiltIn().AddYaml("x.yaml", variant.Yaml).Build();
            }
            catch (ConfigurationException ex) when (ex.FilePath is not null)
            {
            }
            catch (Exception ex)
            {
                failures.Add($"{variant.Where}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        failures.Should().BeEmpty("every failure is listed:\n{0}", string.Join("\n", failures));
    }

    [Test]
    public void Parse_HostileValueForEachConfigKey_IsAConfigurationErrorOrLoads()
    {
        var root = Path.Combine(Path.GetTempPath(), "saleslint-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var failures = new List<string>();
        try
        {
            foreach (var variant in Variants(FullConfig))
            {
                File.WriteAllText(Path.Combine(root, ".saleslint.yaml"), variant.Yaml);
                try
                {
                    new ProfileResolver().For(Path.Combine(root, "call.txt"));
                }
                catch (ConfigurationException ex) when (ex.FilePath is not null)
                {
                }
                catch (Exception ex)
                {
                    failures.Add($"{variant.Where}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        failures.Should().BeEmpty("every failure is listed:\n{0}", string.Join("\n", failures));
    }

    /// <summary>The text with one value (at any depth up to three) replaced by each hostile value.</summary>
    private static IEnumerable<(string Where, string Yaml)> Variants(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var (path, parent, key) in Slots(root, string.Empty, 0))
        {
            var original = parent.Children[key];
            foreach (var hostile in HostileValues)
            {
                parent.Children[key] = new YamlStream().Let(s => s.Load(new StringReader("v: " + hostile))).Documents[0].RootNode.Let(n => ((YamlMappingNode)n).Children[new YamlScalarNode("v")]);
                using var writer = new StringWriter();
                stream.Save(writer, assignAnchors: false);
                yield return ($"{path} = {hostile}", writer.ToString());
            }

            parent.Children[key] = original;
        }
    }

    private static List<(string Path, YamlMappingNode Parent, YamlNode Key)> Slots(YamlMappingNode mapping, string prefix, int depth)
    {
        var slots = new List<(string, YamlMappingNode, YamlNode)>();
        foreach (var (key, value) in mapping.Children.ToList())
        {
            var path = prefix + "/" + key;
            slots.Add((path, mapping, key));
            if (depth < 3 && value is YamlMappingNode child)
            {
                slots.AddRange(Slots(child, path, depth + 1));
            }
            else if (depth < 3 && value is YamlSequenceNode sequence)
            {
                foreach (var item in sequence.Children.OfType<YamlMappingNode>().Take(2))
                {
                    slots.AddRange(Slots(item, path + "[]", depth + 1));
                }
            }
        }

        return slots;
    }
}

internal static class LetExtensions
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> f) => f(value);

    public static T Let<T>(this T value, Action<T> f)
    {
        f(value);
        return value;
    }
}
