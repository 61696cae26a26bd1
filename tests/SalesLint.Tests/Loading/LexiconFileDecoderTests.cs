using SalesLint.Loading;
using SalesLint.Rules;

namespace SalesLint.Tests.Loading;

public sealed class LexiconFileDecoderTests
{
    public static IEnumerable<string> ShippedLexiconFiles() =>
        Directory.EnumerateFiles(Path.Combine(TestSupport.RepositoryRoot, "rules"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => YamlSource.Load(f, File.ReadAllText(f), CancellationToken.None).Has("lexicon"))
            .Select(f => Path.GetRelativePath(TestSupport.RepositoryRoot, f))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ShippedLexiconFiles))]
    public void TryDecode_ShippedLexicon_EqualsWhatYamlDotNetDecodes(string file)
    {
        // The shipped lexicons are read from their tree at start (YamlTreeDecoder); YamlDotNet's decoding must give the same file.
        var source = YamlSource.Load(file, File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, file)), CancellationToken.None);
        var fast = (LexiconFile?)YamlTreeDecoder.TryDecode(source.Root!, typeof(LexiconFile));
        var decoded = source.Decode<LexiconFile>();

        fast.Should().NotBeNull();
        fast!.Lexicon.Should().Be(decoded.Lexicon);
        fast.Description.Should().Be(decoded.Description);
        fast.Mode.Should().Be(decoded.Mode);
        fast.Terms.Should().Equal(decoded.Terms);
        fast.Patterns.Should().Equal(decoded.Patterns);
        fast.Exclude.Should().Equal(decoded.Exclude);
        fast.Recognize.Should().Equal(decoded.Recognize);
        fast.RequireEntity.Should().Be(decoded.RequireEntity);
    }

    [Test]
    public void TryDecode_EveryKeyWritten_IsRead()
    {
        const string Yaml = """
            lexicon: offer
            description: >
              Offers.
            mode: replace
            terms: [we can do, "free"]
            patterns: ['\d+ off']
            exclude: [feel free]
            recognize: [money]
            requireEntity: true
            """;

        var file = (LexiconFile?)YamlTreeDecoder.TryDecode(YamlSource.Load("x.yaml", Yaml, CancellationToken.None).Root!, typeof(LexiconFile));

        file.Should().BeEquivalentTo(new LexiconFile
        {
            Lexicon = "offer",
            Description = "Offers.\n",
            Mode = "replace",
            Terms = ["we can do", "free"],
            Patterns = [@"\d+ off"],
            Exclude = ["feel free"],
            Recognize = ["money"],
            RequireEntity = true,
        });
    }

    [TestCase("lexicon: x\nwords: [a]\n")]
    [TestCase("lexicon: x\nmode: null\n")]
    [TestCase("lexicon: x\nterms: a\n")]
    [TestCase("lexicon: x\nterms: [[a]]\n")]
    [TestCase("lexicon: x\ndescription:\n")]
    [TestCase("lexicon: !!str x\n")]
    [TestCase("lexicon: x\nrequireEntity: yes\n")]
    [TestCase("lexicon: x\n<<: {terms: [a]}\n")]
    public void TryDecode_AnythingButPlainText_IsLeftToYamlDotNet(string yaml)
    {
        YamlTreeDecoder.TryDecode(YamlSource.Load("x.yaml", yaml, CancellationToken.None).Root!, typeof(LexiconFile)).Should().BeNull();
    }

    [Test]
    public void LoadBuiltIn_ShippedLexicons_AreTheFilesTerms()
    {
        // End to end: the lexicons of the built-in rule set hold what the files say.
        var budget = RuleSet.LoadBuiltIn().Lexicons.Single(l => l.Name == "budget");
        var source = YamlSource.Load("budget.yaml", File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, "rules", "lexicons", "budget.yaml")), CancellationToken.None);

        budget.Terms.Should().Equal(source.Decode<LexiconFile>().Terms).And.NotBeEmpty();
    }
}
