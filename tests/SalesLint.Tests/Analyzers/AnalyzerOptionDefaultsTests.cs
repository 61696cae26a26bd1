using SalesLint.Analyzers;
using SalesLint.Rules;

namespace SalesLint.Tests.Analyzers;

/// <summary>
/// A built-in analyzer's option defaults are written in C# (its options record) and listed in its shipped
/// <c>analyzer:</c> file for users to read and copy. The two must say the same, so an analyzer created in code, or from a
/// user's file that leaves options out, runs as the shipped rule does.
/// </summary>
public sealed class AnalyzerOptionDefaultsTests
{
    public static IEnumerable<TestCaseData> Analyzers() =>
        RuleSet.LoadBuiltIn().Analyzers.OfType<IConfiguredAnalyzer>().Select(a => new TestCaseData(a).SetName($"ShippedOptions_{((SalesLint.Analysis.ConversationAnalyzer)a).Name}_EqualTheCSharpDefaults"));

    [TestCaseSource(nameof(Analyzers))]
    public void ShippedOptions_EqualTheCSharpDefaults(IConfiguredAnalyzer analyzer)
    {
        var defaults = Activator.CreateInstance(analyzer.Options.GetType())!;

        analyzer.Options.Should().BeEquivalentTo(defaults, o => o.WithStrictOrdering().RespectingRuntimeTypes(), "rules/recommended and the options record must agree on every default");
    }

    [Test]
    public void Analyzers_EveryBuiltInIsShippedWithOptions()
    {
        RuleSet.LoadBuiltIn().Analyzers.OfType<IConfiguredAnalyzer>().Select(a => ((SalesLint.Analysis.ConversationAnalyzer)a).Name)
            .Should().BeEquivalentTo(BuiltInAnalyzers.Ids);
    }
}
