using System.Reflection;
using SalesLint.Acts;
using SalesLint.Model;

namespace SalesLint.Tests.Acts.Rules;

public sealed class RuleDecisionsTests
{
    [Test]
    public void Reasons_NameEveryDecisionOfTheRules()
    {
        var declared = typeof(RuleDecisions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ActDecision))
            .Select(f => ((ActDecision)f.GetValue(null)!).Reason)
            .Distinct(StringComparer.Ordinal);

        RuleDecisions.Reasons.Should().BeEquivalentTo(declared).And.Contain(["self-answered", "quoted-question", "rhetorical"]);
    }

    [TestCase("rules", "self-answered", "self-answered", true)]
    [TestCase("rules", "self-answered, model unsure", "self-answered", true)]
    [TestCase("rules", "self-answered", "rhetorical", false)]
    [TestCase("rules", "tag-question", "tag", false)]
    [TestCase("model", "learned over rules' self-answered", "self-answered", false)]
    [TestCase("model", "learned, rules agree", "self-answered", false)]
    public void RestsOn_TheRulesReason_OnlyWhenTheRulesDecided(string source, string reason, string wanted, bool expected)
    {
        RuleDecisions.RestsOn(new ActDecision(SentenceAct.Statement, source, 0.7, reason), wanted).Should().Be(expected);
    }
}
