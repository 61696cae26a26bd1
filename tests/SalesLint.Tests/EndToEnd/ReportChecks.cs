using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Json.Schema;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// What a report in each format must be, checked on the text a real process wrote: SARIF against the official SARIF
/// 2.1.0 JSON schema (Schemas/sarif-schema-2.1.0.json, as Microsoft's Sarif.Sdk 5.9.0 package ships it, MIT;
/// copied from the package at build time), JUnit against Schemas/junit.xsd, JSON by its shape, text and GitHub
/// annotations line by line.
/// </summary>
internal static partial class ReportChecks
{
    private static readonly Lazy<JsonSchema> Sarif = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "EndToEnd", "Schemas", "sarif-schema-2.1.0.json"))));

    private static readonly Lazy<XmlSchemaSet> JUnit = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add(null, Path.Combine(TestContext.CurrentContext.TestDirectory, "EndToEnd", "Schemas", "junit.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>Checks a <c>check</c> report of <paramref name="format"/>: valid, and holding findings.</summary>
    /// <param name="format">text, json, sarif, junit or github.</param>
    /// <param name="report">The report's text.</param>
    /// <param name="what">Names the report in messages.</param>
    public static void CheckReport(string format, string report, string what)
    {
        report.Should().NotBeNullOrWhiteSpace($"{what} is not empty");
        switch (format)
        {
            case "text":
                Text(report, what);
                break;
            case "json":
                Json(report, what);
                break;
            case "sarif":
                SarifLog(report, what);
                break;
            case "junit":
                JUnitXml(report, what);
                break;
            case "github":
                GitHub(report, what);
                break;
            case "jsonl":
                JsonLines(report, what);
                break;
            default:
                Assert.Fail($"{what}: no check for format '{format}': add one to {nameof(ReportChecks)}");
                break;
        }
    }

    /// <summary>Checks a <c>score</c> report: a score 0-100 per conversation.</summary>
    /// <param name="format">text or json.</param>
    /// <param name="report">The report's text.</param>
    /// <param name="what">Names the report in messages.</param>
    public static void ScoreReport(string format, string report, string what)
    {
        report.Should().NotBeNullOrWhiteSpace($"{what} is not empty");
        if (format == "jsonl")
        {
            foreach (var file in JsonLines(report, what))
            {
                file.Conversations.Should().OnlyContain(c => c.Score.Overall >= 0 && c.Score.Overall <= 100, what);
            }

            return;
        }

        if (format == "json")
        {
            var results = Json(report, what);
            foreach (var result in results)
            {
                result.GetProperty("score").GetProperty("overall").GetDouble().Should().BeInRange(0, 100, what);
            }

            return;
        }

        format.Should().Be("text", $"{what}: score reports are text or json");
        ScoreLine().Matches(report).Should().NotBeEmpty($"{what} has a 'PATH: score N' line per conversation:\n{report}");
    }

    private static void Text(string report, string what)
    {
        SummaryLine().IsMatch(report).Should().BeTrue($"{what} ends with the totals line:\n{report}");
        FindingLine().IsMatch(report).Should().BeTrue($"{what} lists findings as PATH(place): level SLnnnn: message:\n{report}");
    }

    /// <summary>JSON Lines: a file line per input, each a record <c>merge</c> reads, then one end line whose totals count them.</summary>
    private static List<SalesLint.Batch.FileReport> JsonLines(string report, string what)
    {
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.Should().BeGreaterThan(1, $"{what} has a line per file and an end line");
        var records = lines.Select((l, i) => SalesLint.Output.Formats.JsonLinesFormat.Read(what, i + 1, l)).ToList();
        var files = records.OfType<SalesLint.Batch.FileReport>().ToList();
        files.Should().NotBeEmpty(what);
        var end = records[^1].Should().BeOfType<SalesLint.Output.Formats.JsonLinesEnd>($"{what} ends with its end line").Subject;
        end.Summary.Files.Should().Be(files.Count, what);
        end.Rules.Should().NotBeEmpty($"{what} names its rules");
        return files;
    }

    private static List<JsonElement> Json(string report, string what)
    {
        using var doc = JsonDocument.Parse(report);
        var root = doc.RootElement;
        var results = root.GetProperty("results").EnumerateArray().Select(r => r.Clone()).ToList();
        results.Should().NotBeEmpty($"{what} has results");
        foreach (var result in results)
        {
            result.GetProperty("path").GetString().Should().NotBeNullOrEmpty(what);
            result.GetProperty("diagnostics").ValueKind.Should().Be(JsonValueKind.Array, what);
        }

        root.GetProperty("summary").GetProperty("files").GetInt32().Should().BePositive(what);
        return results;
    }

    private static void SarifLog(string report, string what)
    {
        using var doc = JsonDocument.Parse(report);
        var evaluation = Sarif.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        evaluation.IsValid.Should().BeTrue($"{what} is valid against the SARIF 2.1.0 schema:\n{string.Join('\n', Errors(evaluation).Take(20))}");
        var run = doc.RootElement.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().Should().BePositive($"{what} has results");
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().BePositive($"{what} lists its rules");
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));

    private static void JUnitXml(string report, string what)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = JUnit.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"line {e.Exception?.LineNumber}: {e.Severity}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(report), settings))
        {
            while (reader.Read())
            {
            }
        }

        problems.Should().BeEmpty($"{what} is valid against EndToEnd/Schemas/junit.xsd");
        XDocument.Parse(report).Descendants("testcase").Should().NotBeEmpty($"{what} has test cases");
    }

    private static void GitHub(string report, string what)
    {
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().NotBeEmpty(what);
        // Annotations, and the findings GitHub would not show as plain lines inside one ::group:: with a notice saying so.
        var inGroup = false;
        var annotations = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("::group::", StringComparison.Ordinal) || line == "::endgroup::")
            {
                inGroup = line != "::endgroup::";
            }
            else if (!inGroup)
            {
                line.Should().Match(l => Annotation().IsMatch(l) || l.StartsWith("::notice title=SalesLint::", StringComparison.Ordinal), $"{what} is one workflow command per line (::level file=...,line=N,title=...::message)");
                annotations.Add(line);
            }
        }

        inGroup.Should().BeFalse($"{what} closes its group");
        foreach (var level in new[] { "error", "warning", "notice" })
        {
            annotations.Count(l => l.StartsWith($"::{level} ", StringComparison.Ordinal)).Should().BeLessThanOrEqualTo(10, $"{what}: GitHub shows 10 {level} annotations per step");
        }
    }

    [GeneratedRegex(@"^\d+ file\(s\), \d+ conversation\(s\): \d+ error\(s\), \d+ warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^\S[^\n]*: (error|warning|suggestion) SL\d{4}: \S", RegexOptions.Multiline)]
    private static partial Regex FindingLine();

    [GeneratedRegex(@"^\S[^\n]*: score \d{1,3}\.\d", RegexOptions.Multiline)]
    private static partial Regex ScoreLine();

    [GeneratedRegex(@"^::(error|warning|notice) file=[^,:]+(,line=\d+)(,endLine=\d+)?(,col=\d+)?(,endColumn=\d+)?,title=SL\d{4}::\S")]
    private static partial Regex Annotation();
}
