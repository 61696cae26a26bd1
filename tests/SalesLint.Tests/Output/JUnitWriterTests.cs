using System.Globalization;
using System.Xml.Linq;
using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Output;

namespace SalesLint.Tests.Output;

/// <summary>JUnit XML: stable test names, times, the layout of the common JUnit schema, and text XML cannot hold.</summary>
public sealed class JUnitWriterTests
{
    // Jenkins' junit-10.xsd, transcribed: element → (allowed attributes, required attributes, child elements in order).
    private static readonly Dictionary<string, (string[] Allowed, string[] Required, string[] Children)> Schema = new()
    {
        ["testsuites"] = (["name", "time", "tests", "failures", "disabled", "errors"], [], ["testsuite"]),
        ["testsuite"] = (["name", "tests", "failures", "errors", "time", "disabled", "skipped", "timestamp", "hostname", "id", "package"], ["name", "tests"], ["properties", "testcase", "system-out", "system-err"]),
        ["properties"] = ([], [], ["property"]),
        ["property"] = (["name", "value"], ["name", "value"], []),
        ["testcase"] = (["name", "assertions", "time", "classname", "status"], ["name"], ["skipped", "error", "failure", "system-out", "system-err"]),
        ["failure"] = (["message", "type"], [], []),
        ["error"] = (["message", "type"], [], []),
        ["system-out"] = ([], [], []),
    };

    [Test]
    public void Write_Batch_FollowsTheCommonJUnitSchema()
    {
        var xml = Xml(ReportSamples.Batch());

        xml.Root!.Name.LocalName.Should().Be("testsuites");
        Validate(xml.Root);
        xml.Descendants("testsuite").Should().HaveCount(5);
        xml.Descendants("error").Should().HaveCount(2);
    }

    [Test]
    public void Write_Batch_NamesCasesByConversationAloneAndKeepsTheScoreOutOfTheName()
    {
        var report = ReportSamples.Batch();

        var xml = Xml(report);

        var cases = xml.Descendants("testcase").Where(c => c.Element("error") is null).ToList();
        cases.Select(c => c.Attribute("name")!.Value).Should().Equal(report.Results.Select(r => r.Conversation));
        cases.Should().AllSatisfy(c => c.Attribute("name")!.Value.Should().NotContain("score"));
        var first = report.Results[0];
        var suite = xml.Descendants("testsuite").First();
        suite.Element("properties")!.Elements("property").Single().Attribute("value")!.Value
            .Should().Be(first.Score.Overall.ToString("0.0", CultureInfo.InvariantCulture));
        cases[0].Element("system-out")!.Value.Should().StartWith($"score {first.Score.Overall.ToString("0.0", CultureInfo.InvariantCulture)} ");
        var batch = xml.Descendants("testsuite").Single(s => s.Attribute("name")!.Value.EndsWith("batch.jsonl", StringComparison.Ordinal));
        batch.Element("properties")!.Elements("property").Select(p => p.Attribute("name")!.Value).Should().OnlyContain(n => n.StartsWith("score:", StringComparison.Ordinal)).And.HaveCount(3);
    }

    [Test]
    public void Write_Batch_HasTimeOnEverySuiteAndCase()
    {
        var report = ReportSamples.Batch();
        var timed = report with { Results = [.. report.Results.Select((r, i) => r with { Elapsed = TimeSpan.FromMilliseconds(1.5 * (i + 1)) })] };

        var xml = Xml(timed);

        xml.Descendants("testcase").Should().AllSatisfy(c => double.Parse(c.Attribute("time")!.Value, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0));
        xml.Descendants("testcase").First().Attribute("time")!.Value.Should().Be("0.002");
        var suiteTimes = xml.Descendants("testsuite").Select(s => double.Parse(s.Attribute("time")!.Value, CultureInfo.InvariantCulture)).ToList();
        suiteTimes.Should().HaveCount(5);
        double.Parse(xml.Root!.Attribute("time")!.Value, CultureInfo.InvariantCulture).Should().BeApproximately(timed.Results.Sum(r => r.Elapsed.TotalSeconds), 0.001);
    }

    [Test]
    public void Write_AnalyzedConversation_TimeIsTheEnginesTime()
    {
        var result = TestSupport.BuiltInEngine.Analyze(TestSupport.Transcript(TestSupport.Seller("Hello, how can I help?"), TestSupport.Buyer("We need a forecast.")));

        result.Elapsed.Should().BePositive();
        ConversationReport.From("a.json", result, result.Diagnostics, []).Elapsed.Should().Be(result.Elapsed);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Write_TextXmlCannotHold_IsReplacedAndTheDocumentParses(int which)
    {
        // By index: a lone surrogate in a test name would upset the test runner's own reports.
        var bad = new[] { "\u0001", "\uFFFF", "\uFFFE", "\uD800", "\u001B" }[which];
        var report = ReportSamples.Batch();
        var first = report.Results[0];
        var diagnostic = first.Diagnostics.First(d => d.Severity >= DiagnosticSeverity.Warning);
        var note = diagnostic with { Severity = DiagnosticSeverity.Suggestion, Message = $"note {bad} here" };
        var broken = first with { Conversation = $"call{bad}1", Diagnostics = [diagnostic with { Message = $"said {bad} then" }, note] };
        report = report with { Results = [broken, .. report.Results.Skip(1)], Errors = [report.Errors[0] with { Message = $"cue {bad}" }] };

        var xml = Xml(report);

        xml.Descendants("testcase").First().Attribute("name")!.Value.Should().Be("call\uFFFD1");
        // Findings go through TextFormatter, which writes what a terminal would act on as \uXXXX before XML sees it.
        var escaped = $"\\u{(int)bad[0]:X4}";
        xml.Descendants("failure").First().Value.Should().Contain($"said {escaped} then");
        xml.Descendants("system-out").First().Value.Should().Contain($"note {escaped} here");
        xml.Descendants("error").First().Attribute("message")!.Value.Should().Be("cue \uFFFD");
    }

    [Test]
    public void XmlSafe_KeepsTabsNewlinesAndSurrogatePairs()
    {
        JUnitWriter.XmlSafe("a\tb\r\nc 😀 é").Should().Be("a\tb\r\nc 😀 é");
        JUnitWriter.XmlSafe("\uDE00x\uD83D").Should().Be("\uFFFDx\uFFFD");
    }

    private static XDocument Xml(BatchReport report)
    {
        using var stream = new MemoryStream();
        JUnitWriter.Write(stream, report);
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Validate(XElement element)
    {
        Schema.Should().ContainKey(element.Name.LocalName, $"<{element.Name.LocalName}> is not a JUnit element");
        var (allowed, required, children) = Schema[element.Name.LocalName];
        element.Attributes().Select(a => a.Name.LocalName).Should().BeSubsetOf(allowed, $"<{element.Name.LocalName}> attributes");
        foreach (var name in required)
        {
            element.Attribute(name).Should().NotBeNull($"<{element.Name.LocalName}> needs {name}");
        }

        foreach (var name in new[] { "tests", "failures", "errors", "skipped" })
        {
            if (element.Attribute(name) is { } count)
            {
                int.TryParse(count.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _).Should().BeTrue($"{name} is an integer");
            }
        }

        if (element.Attribute("time") is { } time)
        {
            decimal.TryParse(time.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _).Should().BeTrue("time is a decimal");
        }

        var order = element.Elements().Select(e => Array.IndexOf(children, e.Name.LocalName)).ToList();
        order.Should().NotContain(-1, $"<{element.Name.LocalName}> children are {string.Join(", ", children)}").And.BeInAscendingOrder();
        foreach (var child in element.Elements())
        {
            Validate(child);
        }
    }
}
