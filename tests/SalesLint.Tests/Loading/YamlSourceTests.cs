using SalesLint.Loading;
using SalesLint.Rules;

namespace SalesLint.Tests.Loading;

/// <summary>The one strict-YAML layer that the configuration loader, the trust list and every rule-set file decoder share.</summary>
public sealed class YamlSourceTests
{
    [Test]
    public void Entries_UnknownKey_NamesItAndTheAllowedOnesAtItsPlace()
    {
        var source = YamlSource.Load("x.yaml", "a: 1\nzz: 2\n", CancellationToken.None);

        var act = () => source.Entries(source.Root!, "the file", ["a", "b"]).ToList();

        act.Should().Throw<ConfigurationException>().Where(e => e.FilePath == "x.yaml" && e.Line == 2 && e.Column == 1)
            .WithMessage("*unknown key 'zz' in the file (allowed: a, b)*");
    }

    [Test]
    public void Load_AliasWithoutAnchor_IsReportedAtTheAlias()
    {
        var act = () => YamlSource.Load("x.yaml", "a: &one 1\nb: *one\nc: *two\n", CancellationToken.None);

        act.Should().Throw<ConfigurationException>().Where(e => e.FilePath == "x.yaml" && e.Line == 3 && e.Column == 4)
            .WithMessage("*alias '*two' names no anchor: declare '&two' before it*");
    }

    [Test]
    public void Decode_UnknownKeyOfADto_SaysUnknownKeyAtItsPlace()
    {
        var source = YamlSource.Load("lexicons/x.yaml", "lexicon: x\nterms: [a]\nwords: [b]\n", CancellationToken.None);

        var act = () => source.Decode<LexiconFile>();

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 3 && e.Column == 1).WithMessage("lexicons/x.yaml(3,1): unknown key 'words'");
    }

    [Test]
    public void ConfigurationAndRuleFiles_ReportYamlErrorsTheSameWay()
    {
        const string Broken = "a: [1, 2\n";

        var config = () => SalesLint.Configuration.ConfigLoader.Parse("c.yaml", Broken);
        var rules = () => new RuleSetBuilder().AddYaml("c.yaml", Broken);

        var fromConfig = config.Should().Throw<ConfigurationException>().Which.Message;
        rules.Should().Throw<ConfigurationException>().Which.Message.Should().Be(fromConfig).And.StartWith("c.yaml(").And.Contain("invalid YAML");
    }
}
