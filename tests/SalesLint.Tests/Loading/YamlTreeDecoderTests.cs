using System.Text.Json;
using SalesLint.Analyzers;
using SalesLint.Loading;
using SalesLint.RuleKinds;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Tests.Loading;

public sealed class YamlTreeDecoderTests
{
    public static IEnumerable<string> ShippedDecodedFiles() =>
        Directory.EnumerateFiles(Path.Combine(TestSupport.RepositoryRoot, "rules"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => TypeOf(Load(f)) is not null)
            .Select(f => Path.GetRelativePath(TestSupport.RepositoryRoot, f))
            .Order(StringComparer.Ordinal);

    [Test]
    public void ShippedDecodedFiles_AreRulesScoringAndAnalyzers()
    {
        // Guards the case source below: every rule file, the scoring model and the built-in analyzer options.
        var files = ShippedDecodedFiles().ToList();
        files.Should().Contain(Path.Combine("rules", "scoring.yaml"));
        files.Count(f => f.Contains("recommended", StringComparison.Ordinal)).Should().BeGreaterThan(20);
    }

    [TestCaseSource(nameof(ShippedDecodedFiles))]
    public void TryDecode_ShippedFile_EqualsWhatYamlDotNetDecodes(string file)
    {
        // The shipped rule, scoring and analyzer files are read from their tree at start; YamlDotNet must read the same.
        var source = Load(Path.Combine(TestSupport.RepositoryRoot, file));
        var type = TypeOf(source)!;

        var fast = YamlTreeDecoder.TryDecode(source.Root!, type);
        var decoded = source.Decode(type);

        fast.Should().NotBeNull("a shipped file the tree decoder leaves to YamlDotNet costs start-up time");
        fast!.GetType().Should().Be(decoded.GetType());
        Json(fast).Should().Be(Json(decoded));
    }

    [Test]
    public void TryDecode_EveryShape_ReadsAsYamlDotNet()
    {
        const string Yaml = """
            id: SL9100
            extends: absence
            title: 'Quoted: title'
            message: "No {feature}"
            level: suggestion
            category: discovery
            enabled: false
            link: https://example.com/x
            description: >
              Folded
              text.
            onlyIn: [business-sale]
            notIn: []
            expect:
              goal:
                speaker: buyer
                act: question
                features: [goal, problem]
                labels: [need]
                minConfidence: 0.65
                pattern: '\b(a|b)\b'
                anyOf:
                  - act: statement
                    minWords: 7
                  - notPattern: "x"
            maxMissing: 2
            lastTurns: -3
            before: {speaker: seller}
            onlyIf: {turns: 4, words: 1.5e2}
            maxReports: 1
            skipIf: {}
            """;
        var source = YamlSource.Load("x.yaml", Yaml, CancellationToken.None);

        var fast = YamlTreeDecoder.TryDecode(source.Root!, typeof(AbsenceRule));

        fast.Should().NotBeNull();
        Json(fast!).Should().Be(Json(source.Decode<AbsenceRule>()));
        ((AbsenceRule)fast!).OnlyIf["words"].Should().Be(150);
    }

    [TestCase("id: SL9100\nsourcePath: x\n")]
    [TestCase("id: SL9100\nbogus: 1\n")]
    [TestCase("id: SL9100\nlink: null\n")]
    [TestCase("id: SL9100\nlink:\n")]
    [TestCase("id: SL9100\nlink: ~\n")]
    [TestCase("id: !!str SL9100\n")]
    [TestCase("id: SL9100\nenabled: yes\n")]
    [TestCase("id: SL9100\nenabled: 1\n")]
    [TestCase("id: SL9100\nmaxReports: 2.5\n")]
    [TestCase("id: SL9100\nmaxReports: .inf\n")]
    [TestCase("id: SL9100\nmaxReports: [1]\n")]
    [TestCase("id: SL9100\nonlyIn: business-sale\n")]
    [TestCase("id: SL9100\nonlyIn: [[a]]\n")]
    [TestCase("id: SL9100\nonlyIn: [~]\n")]
    [TestCase("id: SL9100\nmatch: [a]\n")]
    [TestCase("id: SL9100\nmatch: {speaker: [a]}\n")]
    [TestCase("id: SL9100\nrewrite: {a: [b]}\n")]
    [TestCase("id: SL9100\n<<: {title: x}\n")]
    [TestCase("[a]\n")]
    public void TryDecode_AnythingElse_IsLeftToYamlDotNet(string yaml)
    {
        // YamlDotNet decodes these or words their error; the tree decoder never guesses.
        var root = new YamlStream();
        root.Load(new StringReader(yaml));

        YamlTreeDecoder.TryDecode(root.Documents[0].RootNode, typeof(ExistenceRule)).Should().BeNull();
    }

    [Test]
    public void TryDecode_TypeWithoutKeysToSet_IsLeftToYamlDotNet()
    {
        var source = YamlSource.Load("x.yaml", "id: SL9100\n", CancellationToken.None);

        YamlTreeDecoder.TryDecode(source.Root!, typeof(RuleDefinition)).Should().BeNull("an abstract type has no instance to fill");
        YamlTreeDecoder.TryDecode(source.Root!, typeof(Dictionary<int, string>)).Should().BeNull("only text keys are read");
    }

    private static YamlSource Load(string path) => YamlSource.Load(path, File.ReadAllText(path), CancellationToken.None);

    private static Type? TypeOf(YamlSource source)
    {
        if (source.Root is null)
        {
            return null;
        }

        if (source.Has("extends"))
        {
            return RuleKindCatalog.Kinds[((YamlScalarNode)source.Root.Children[new YamlScalarNode("extends")]).Value!];
        }

        if (source.Has("analyzer"))
        {
            return BuiltInAnalyzers.Find(((YamlScalarNode)source.Root.Children[new YamlScalarNode("analyzer")]).Value!)!.FileType;
        }

        return source.Has("categories") ? typeof(ScoringFile) : null;
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());
}
