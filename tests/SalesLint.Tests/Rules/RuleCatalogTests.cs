using System.Text.RegularExpressions;
using SalesLint.Engine;
using SalesLint.Rules;
using SalesLint.Tests.RuleKinds;

namespace SalesLint.Tests.Rules;

/// <summary>Cross-cutting checks that walk every shipped rule: docs page, help link, cases, ID range, file name.</summary>
public sealed class RuleCatalogTests
{
    private static readonly string[] RequiredSections = ["## Cause", "## Rule details", "## How to fix", "## How to configure"];

    public static IEnumerable<string> RuleIds() =>
        new SalesLintEngine(RuleSet.LoadBuiltIn()).Descriptors.Select(d => d.Id).Append("SL9000");

    public static IEnumerable<string> YamlRuleIds() => RuleSet.LoadBuiltIn().Rules.Select(r => r.Id);

    [TestCaseSource(nameof(RuleIds))]
    public void DocsPage_EveryRule_ExistsWithAllSections(string id)
    {
        var page = Path.Combine(TestSupport.RepositoryRoot, "rules", "docs", id + ".md");

        File.Exists(page).Should().BeTrue($"rule {id} needs a docs page at rules/docs/{id}.md");
        var text = File.ReadAllText(page);
        text.Should().StartWith($"# {id}:");
        foreach (var section in RequiredSections)
        {
            text.Should().Contain(section, $"the docs page of {id} needs a '{section}' section");
        }
    }

    [TestCaseSource(nameof(RuleIds))]
    public void IdRanges_EveryRule_IsListedInItsBlock(string id)
    {
        var ranges = File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, "rules", "ID-RANGES.md"));

        ranges.Should().Contain($"| {id} |", $"{id} must be recorded in rules/ID-RANGES.md");
        var number = int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture);
        var inBlock = Regex.Matches(ranges, @"\| SL(\d{4})–SL(\d{4}) \|")
            .Any(m => number >= int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) && number <= int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        inBlock.Should().BeTrue($"{id} must fall inside a block of rules/ID-RANGES.md");
    }

    [Test]
    public void HelpLink_EveryDescriptor_PointsAtItsDocsPage()
    {
        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());

        foreach (var descriptor in engine.Descriptors)
        {
            descriptor.HelpLink.Should().EndWith($"rules/docs/{descriptor.Id}.md");
        }
    }

    [TestCaseSource(nameof(YamlRuleIds))]
    public void RuleCases_EveryYamlRule_HasValidAndInvalidCases(string id)
    {
        var path = Path.Combine(RuleCaseFile.Folder, id + ".yaml");

        File.Exists(path).Should().BeTrue($"rule {id} needs tests/SalesLint.Tests/RuleCases/{id}.yaml");
        var cases = RuleCaseFile.Load(path);
        cases.Rule.Should().Be(id);
        cases.Valid.Should().NotBeEmpty();
        cases.Invalid.Should().NotBeEmpty();
    }

    public static IEnumerable<string> BuiltInAnalyzerIds() => SalesLint.Analyzers.BuiltInAnalyzers.Ids;

    [TestCaseSource(nameof(BuiltInAnalyzerIds))]
    public void RuleCases_EveryBuiltInAnalyzer_HasValidAndInvalidCases(string id) => RuleCases_EveryYamlRule_HasValidAndInvalidCases(id);

    [TestCaseSource(nameof(BuiltInAnalyzerIds))]
    public void OptionsFile_EveryBuiltInAnalyzer_IsShippedNamedAfterItsId(string id)
    {
        var files = Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot, "rules", "recommended"), id + "-*.yaml");

        files.Should().ContainSingle($"built-in analyzer {id} needs its options file rules/recommended/{id}-name.yaml");
        File.ReadAllText(files[0]).Should().Contain($"analyzer: {id}");
    }

    [TestCaseSource(nameof(YamlRuleIds))]
    public void RuleFile_EveryYamlRule_IsNamedAfterItsId(string id)
    {
        var rule = RuleSet.LoadBuiltIn().Rules.Single(r => r.Id == id);

        Path.GetFileName(rule.SourcePath).Should().StartWith(id + "-");
        rule.Description.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void NamedRules_PublicContract_AreShippedWithStableIds()
    {
        // SL1001–SL1003 are YAML rules; SL1004 is the ledger's C# analyzer (its rule file is an `analyzer:` file).
        var rules = RuleSet.LoadBuiltIn();
        var ids = rules.Rules.Select(r => r.Id).Concat(rules.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));

        ids.Should().Contain(["SL1001", "SL1002", "SL1003", "SL1004"]);
    }
}
