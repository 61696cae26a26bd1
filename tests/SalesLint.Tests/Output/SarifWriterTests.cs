using System.Text.Json;
using SalesLint.Batch;
using SalesLint.Output;

namespace SalesLint.Tests.Output;

/// <summary>
/// Checks the SARIF log against the SARIF 2.1.0 schema's constraints for every object kind SalesLint writes:
/// required properties, no properties outside the schema (the schema sets additionalProperties: false), the level
/// enum and startLine ≥ 1 — plus what GitHub code scanning needs (rule help, helpUri, fingerprints).
/// </summary>
public sealed class SarifWriterTests
{
    // kind → (required, allowed) transcribed from the SARIF 2.1.0 schema definitions.
    private static readonly Dictionary<string, (string[] Required, string[] Allowed)> Schema = new()
    {
        ["log"] = (["version", "runs"], ["$schema", "version", "runs", "inlineExternalProperties", "properties"]),
        ["run"] = (["tool"], ["tool", "invocations", "results", "artifacts", "originalUriBaseIds", "properties", "columnKind", "automationDetails"]),
        ["tool"] = (["driver"], ["driver", "extensions", "properties"]),
        ["toolComponent"] = (["name"], ["name", "version", "semanticVersion", "informationUri", "rules", "fullName", "organization", "notifications", "properties", "guid"]),
        ["reportingDescriptor"] = (["id"], ["id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties", "messageStrings", "guid", "deprecatedIds", "relationships"]),
        ["multiformatMessageString"] = (["text"], ["text", "markdown", "properties"]),
        ["reportingConfiguration"] = ([], ["enabled", "level", "rank", "parameters", "properties"]),
        ["invocation"] = (["executionSuccessful"], ["executionSuccessful", "toolExecutionNotifications", "commandLine", "startTimeUtc", "endTimeUtc", "exitCode", "workingDirectory", "properties"]),
        ["notification"] = (["message"], ["message", "level", "locations", "descriptor", "properties"]),
        ["result"] = (["message"], ["ruleId", "ruleIndex", "rule", "level", "kind", "message", "locations", "partialFingerprints", "fingerprints", "fixes", "suppressions", "properties", "baselineState", "guid"]),
        ["message"] = ([], ["text", "markdown", "id", "arguments", "properties"]),
        ["location"] = ([], ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"]),
        ["physicalLocation"] = ([], ["address", "artifactLocation", "region", "contextRegion", "properties"]),
        ["artifactLocation"] = ([], ["uri", "uriBaseId", "index", "description", "properties"]),
        ["region"] = ([], ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"]),
        ["logicalLocation"] = ([], ["name", "index", "fullyQualifiedName", "decoratedName", "parentIndex", "kind", "properties"]),
        ["fix"] = (["artifactChanges"], ["description", "artifactChanges", "properties"]),
        ["artifactChange"] = (["artifactLocation", "replacements"], ["artifactLocation", "replacements", "properties"]),
        ["replacement"] = (["deletedRegion"], ["deletedRegion", "insertedContent", "properties"]),
        ["artifactContent"] = ([], ["text", "binary", "rendered", "properties"]),
        ["suppression"] = (["kind"], ["kind", "status", "justification", "location", "guid", "properties"]),
    };

    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    [Test]
    public void Write_Samples_IsValidSarif210()
    {
        var log = Sarif(Report(), out var rules);

        Validate(log, "log", "$");
        log.GetProperty("version").GetString().Should().Be("2.1.0");
        var driver = log.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain(["SL1001", "SL1002", "SL1003", "SL1004", "SL9000"]);
        foreach (var rule in driver.GetProperty("rules").EnumerateArray())
        {
            rule.GetProperty("helpUri").GetString().Should().StartWith("https://");
            rule.GetProperty("help").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            rule.GetProperty("fullDescription").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
        }

        var results = log.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Should().NotBeEmpty();
        foreach (var result in results)
        {
            var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            driver.GetProperty("rules")[ruleIndex].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
            result.GetProperty("partialFingerprints").EnumerateObject().Select(p => p.Name).Should().Contain("salesLintFinding/v1");
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().NotStartWith("/");
            location.GetProperty("region").GetProperty("startLine").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        }

        rules.Should().NotBeEmpty();
    }

    [Test]
    public void Write_TurnWithSourceLine_PointsAtThatLine()
    {
        var log = Sarif(Report(), out _);

        var result = log.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "SL1004");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        region.GetProperty("startLine").GetInt32().Should().BeGreaterThan(1, "VTT turns know their line");
        result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString().Should().StartWith("turn ");
    }

    [Test]
    public void Write_SuppressedAndUnreadable_AreRepresented()
    {
        var report = Report();
        var first = report.Results.First(r => r.Diagnostics.Count > 0);
        var suppressed = first with
        {
            Diagnostics = first.Diagnostics.Skip(1).ToList(),
            Suppressed = [new SuppressedDiagnostic(first.Diagnostics[0], "config", "accepted for role-play")],
        };
        report = report with
        {
            Results = [.. report.Results.Select(r => r == first ? suppressed : r)],
            Errors = [new FileError("calls/bad.json", 3, 7, null, "expected a value")],
        };

        var log = Sarif(report, out _);

        Validate(log, "log", "$");
        var results = log.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Where(r => r.TryGetProperty("suppressions", out _))
            .Select(r => r.GetProperty("suppressions")[0].GetProperty("justification").GetString())
            .Should().Equal("accepted for role-play");
        var bad = results.Single(r => r.GetProperty("ruleId").GetString() == "SL9000");
        bad.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(3);
        log.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
    }

    private static BatchReport Report()
    {
        var samples = Path.Combine(TestSupport.RepositoryRoot, "samples");
        var files = new[] { "negotiation-giveaway.vtt", "pitch-first.txt" }
            .Select(f => Path.Combine(samples, f))
            .Select(f => new FileAnalysis(
                Path.GetRelativePath(TestSupport.RepositoryRoot, f).Replace('\\', '/'),
                [.. SalesLint.Reading.TranscriptReader.ReadFile(f).Select(t => TestSupport.BuiltInEngine.Analyze(t))],
                null))
            .ToList();
        return BatchReport.From(files);
    }

    private static JsonElement Sarif(BatchReport report, out IReadOnlyList<SalesLint.Diagnostics.DiagnosticDescriptor> rules)
    {
        rules = TestSupport.BuiltInEngine.Descriptors;
        using var stream = new MemoryStream();
        SarifWriter.Write(stream, report, rules, "0.1.0");
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    /// <summary>Checks <paramref name="element"/> and everything under it against the schema constraints above.</summary>
    internal static void Validate(JsonElement element, string kind, string path)
    {
        element.ValueKind.Should().Be(JsonValueKind.Object, path);
        var (required, allowed) = Schema[kind];
        var names = element.EnumerateObject().Select(p => p.Name).ToList();
        if (required.Length > 0)
        {
            names.Should().Contain(required, $"{path} ({kind}) has required properties");
        }

        names.Should().BeSubsetOf(allowed, $"{path} ({kind}) allows no other properties");
        if (kind is "result" or "notification" or "reportingConfiguration" && element.TryGetProperty("level", out var level))
        {
            level.GetString().Should().BeOneOf(Levels);
        }

        if (kind == "region" && element.TryGetProperty("startLine", out var line))
        {
            line.GetInt32().Should().BeGreaterThanOrEqualTo(1);
        }

        if (kind == "message")
        {
            (element.TryGetProperty("text", out _) || element.TryGetProperty("id", out _)).Should().BeTrue($"{path} needs text or id");
        }

        foreach (var property in element.EnumerateObject())
        {
            var child = $"{path}.{property.Name}";
            var childKind = (kind, property.Name) switch
            {
                ("log", "runs") => "run",
                ("run", "tool") => "tool",
                ("run", "invocations") => "invocation",
                ("run", "results") => "result",
                ("tool", "driver") => "toolComponent",
                ("toolComponent", "rules") => "reportingDescriptor",
                ("reportingDescriptor", "shortDescription" or "fullDescription" or "help") => "multiformatMessageString",
                ("reportingDescriptor", "defaultConfiguration") => "reportingConfiguration",
                ("invocation", "toolExecutionNotifications") => "notification",
                (_, "message" or "description") => "message",
                (_, "locations") => "location",
                ("location", "physicalLocation") => "physicalLocation",
                ("location", "logicalLocations") => "logicalLocation",
                (_, "artifactLocation" or "workingDirectory") => "artifactLocation",
                (_, "region" or "deletedRegion") => "region",
                ("result", "fixes") => "fix",
                ("fix", "artifactChanges") => "artifactChange",
                ("artifactChange", "replacements") => "replacement",
                ("replacement", "insertedContent") => "artifactContent",
                ("result", "suppressions") => "suppression",
                _ => null,
            };
            if (childKind is null)
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    Validate(item, childKind, $"{child}[{i++}]");
                }
            }
            else
            {
                Validate(property.Value, childKind, child);
            }
        }
    }
}
