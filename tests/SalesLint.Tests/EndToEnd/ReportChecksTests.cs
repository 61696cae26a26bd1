namespace SalesLint.Tests.EndToEnd;

/// <summary>The report checks reject what they must: the schemas are really applied.</summary>
[TestFixture]
[Category("Process")]
public sealed class ReportChecksTests
{
    private const string Sarif = """
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "SalesLint", "rules": [{"id": "SL1004"}]}},
          "results": [{"ruleId": "SL1004", "level": "LEVEL", "message": {"text": "m"}}]}]}
        """;

    private const string JUnit = """
        <?xml version="1.0" encoding="utf-8"?>
        <testsuites name="SalesLint" tests="1" failures="1" errors="0">
          <testsuite name="a.vtt" tests="1" failures="1" errors="0" time="TIME">
            <testcase NAME classname="a.vtt" time="0.010"><failure message="1 finding(s)" type="warning">a.vtt: warning SL1004: m</failure></testcase>
          </testsuite>
        </testsuites>
        """;

    [Test]
    public void CheckReport_SarifAgainstTheSchema_AcceptsValidAndRejectsAnUnknownLevel()
    {
        var valid = () => ReportChecks.CheckReport("sarif", Sarif.Replace("LEVEL", "warning", StringComparison.Ordinal), "valid");
        var invalid = () => ReportChecks.CheckReport("sarif", Sarif.Replace("LEVEL", "loud", StringComparison.Ordinal), "invalid");

        valid.Should().NotThrow();
        invalid.Should().Throw<AssertionException>().WithMessage("*SARIF 2.1.0 schema*");
    }

    [Test]
    public void CheckReport_JUnitAgainstTheXsd_AcceptsValidAndRejectsMissingNameOrBadTime()
    {
        var valid = () => ReportChecks.CheckReport("junit", JUnit.Replace("NAME", "name=\"call-1\"", StringComparison.Ordinal).Replace("TIME", "0.010", StringComparison.Ordinal), "valid");
        var noName = () => ReportChecks.CheckReport("junit", JUnit.Replace("NAME", string.Empty, StringComparison.Ordinal).Replace("TIME", "0.010", StringComparison.Ordinal), "no name");
        var badTime = () => ReportChecks.CheckReport("junit", JUnit.Replace("NAME", "name=\"call-1\"", StringComparison.Ordinal).Replace("TIME", "0,010", StringComparison.Ordinal), "bad time");

        valid.Should().NotThrow();
        noName.Should().Throw<AssertionException>().WithMessage("*junit.xsd*");
        badTime.Should().Throw<AssertionException>().WithMessage("*junit.xsd*");
    }
}
