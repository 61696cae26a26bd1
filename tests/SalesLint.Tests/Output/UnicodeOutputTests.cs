using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SalesLint.Batch;
using SalesLint.Output;
using SalesLint.Reading;

namespace SalesLint.Tests.Output;

/// <summary>Every writer with every class of Unicode characters in names, text, ids, paths and error messages: well-formed output, never a crash.</summary>
public sealed class UnicodeOutputTests
{
    private string folder = string.Empty;

    public static IEnumerable<TestCaseData> Classes()
    {
        yield return new TestCaseData("nul", "\0").SetArgDisplayNames("nul");
        yield return new TestCaseData("c0", "\u0001\u001B[31m\u0007").SetArgDisplayNames("c0");
        yield return new TestCaseData("c1", "\u007F\u0085\u009B").SetArgDisplayNames("c1");
        yield return new TestCaseData("noncharacters", "\uFFFE\uFFFF").SetArgDisplayNames("noncharacters");
        yield return new TestCaseData("lone-high-surrogate", "\uD800").SetArgDisplayNames("lone-high-surrogate");
        yield return new TestCaseData("lone-low-surrogate", "\uDC00x").SetArgDisplayNames("lone-low-surrogate");
        yield return new TestCaseData("bidi", "\u202E\u2066\u200F").SetArgDisplayNames("bidi");
        yield return new TestCaseData("zero-width", "\u200B\u200D\uFEFF").SetArgDisplayNames("zero-width");
        yield return new TestCaseData("combining", "e\u0301\u0308").SetArgDisplayNames("combining");
        yield return new TestCaseData("astral", "\U0001F600\U0001D11E").SetArgDisplayNames("astral");
        yield return new TestCaseData("separators", "\u2028\u2029").SetArgDisplayNames("separators");
        yield return new TestCaseData("line-breaks", "\r\n\t").SetArgDisplayNames("line-breaks");
    }

    [SetUp]
    public void SetUp()
    {
        folder = Path.Combine(Path.GetTempPath(), "saleslint-unicode-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [TestCaseSource(nameof(Classes))]
    public void Writers_CharacterClassInEveryString_WriteWellFormedOutput(string name, string chars)
    {
        var path = $"calls/call{chars}.json";
        var report = Analyze(path, Transcript(chars), chars);

        foreach (var conversation in report.Results)
        {
            foreach (var diagnostic in conversation.Diagnostics)
            {
                foreach (var line in TextFormatter.Format(path, diagnostic, conversation.Conversation).Split(Environment.NewLine))
                {
                    AssertPrintable(line, "text");
                }
            }
        }

        report.Results.Should().NotBeEmpty("the transcript of class {0} is readable", name);
        report.Results.SelectMany(r => r.Diagnostics).Should().Contain(d => d.RuleId == "SL1003" && d.Suggestion != null);

        using var github = new StringWriter();
        GitHubAnnotationsWriter.Write(github, report);
        foreach (var line in github.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            line.Should().StartWith("::");
            AssertPrintable(line.TrimEnd('\r'), "github");
        }

        using var json = new MemoryStream();
        using (var writer = new JsonReportWriter(json))
        {
            report.Results.ToList().ForEach(writer.Write);
            report.Errors.ToList().ForEach(writer.Write);
            writer.Complete([], report.Summary);
        }

        ParseJson(json, "json").RootElement.GetProperty("results").GetArrayLength().Should().Be(report.Results.Count);

        using var sarif = new MemoryStream();
        using (var writer = new SarifReportWriter(sarif, [.. TestSupport.BuiltInEngine.Descriptors], "1.0"))
        {
            report.Results.ToList().ForEach(writer.Write);
            report.Errors.ToList().ForEach(writer.Write);
            writer.Complete([], report.Summary);
        }

        ParseJson(sarif, "sarif").RootElement.GetProperty("runs").GetArrayLength().Should().Be(1);

        using var junit = new MemoryStream();
        JUnitWriter.Write(junit, report);
        var xml = XDocument.Parse(StrictUtf8(junit.ToArray(), "junit"));
        xml.Root!.Name.LocalName.Should().Be("testsuites");
    }

    [TestCaseSource(nameof(Classes))]
    public async Task CheckAndReport_FileWithCharacterClass_NeverCrash(string name, string chars)
    {
        // File names cannot hold NUL, and a lone surrogate has no UTF-8 form: those classes go in the content only.
        var fileName = name is "nul" or "lone-high-surrogate" or "lone-low-surrogate" ? $"call-{name}.json" : $"call{chars}.json";
        var file = Path.Combine(folder, fileName);
        File.WriteAllText(file, Transcript(chars), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, $"bad-{name}.json"), $"{{\"participants\":[{{\"id\":\"S{Escape(chars)}\",\"role\":\"seller\"}}],\"turns\":[{{\"speaker\":\"X{Escape(chars)}\",\"text\":\"hi\"}}]}}");

        foreach (var format in new[] { "text", "json", "sarif", "junit", "github" })
        {
            var (code, output, error) = await TestSupport.RunCliAsync("check", folder, "--format", format, "--no-config");
            error.Should().NotContain("Exception", "format {0}", format);
            code.Should().Be(1, "format {0}: {1}", format, error);
            output.Should().Contain($"bad-{name}.json");
            if (format is "text" or "github")
            {
                foreach (var line in output.Split('\n'))
                {
                    AssertPrintable(line.TrimEnd('\r'), format);
                }
            }
        }

        // JSON cannot carry a lone surrogate: its escape makes the file unreadable (SL9000), as invalid UTF-8 does.
        var readable = !name.StartsWith("lone", StringComparison.Ordinal);
        var inspect = await TestSupport.RunCliAsync("inspect", file, "--no-config");
        inspect.Error.Should().NotContain("Exception");
        inspect.Code.Should().Be(readable ? 0 : 1, inspect.Error);
        if (!readable)
        {
            inspect.Error.Should().Contain(fileName).And.Contain("lone surrogate");
        }

        foreach (var line in inspect.Output.Split('\n'))
        {
            AssertPrintable(line.TrimEnd('\r'), "inspect");
        }

        var outFolder = Path.Combine(folder, "report");
        var report = await TestSupport.RunCliAsync("report", file, "--out", outFolder, "--no-config");
        report.Error.Should().NotContain("Exception");
        report.Code.Should().Be(readable ? 0 : 1, report.Error);
        foreach (var page in Directory.EnumerateFiles(outFolder, "*", SearchOption.AllDirectories))
        {
            var text = StrictUtf8(File.ReadAllBytes(page), page);
            if (page.EndsWith(".json", StringComparison.Ordinal))
            {
                using var document = JsonDocument.Parse(text);
            }
        }
    }

    [TestCase("plain text", "plain text")]
    [TestCase("a\u001B[31mred", "a\\u001B[31mred")]
    [TestCase("line\r\nbreak\ttab", "line\\u000D\\u000Abreak\\u0009tab")]
    [TestCase("\u202Eevil\u2066", "\\u202Eevil\\u2066")]
    [TestCase("nul\0 c1\u0085 del\u007F", "nul\\u0000 c1\\u0085 del\\u007F")]
    [TestCase("e\u0301 zero\u200Bwidth \uFFFF", "e\u0301 zero\u200Bwidth \\uFFFF")]
    public void Printable_Text_EscapesWhatATerminalWouldActOn(string text, string expected) =>
        TextFormatter.Printable(text).Should().Be(expected);

    [Test]
    public void Printable_LoneSurrogates_AreEscapedAndPairsKept()
    {
        // Not a [TestCase]: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var text = new string(['\uD800', ' ', '\uDC00', ' ']) + "\U0001F600";

        TextFormatter.Printable(text).Should().Be("\\uD800 \\uDC00 \U0001F600");
    }

    /// <summary>A canonical transcript whose id, names and text hold <paramref name="chars"/>, written with JSON escapes.</summary>
    private static string Transcript(string chars)
    {
        var c = Escape(chars);
        return $$"""
            {"id": "call{{c}}", "participants": [{"id": "S", "name": "Dana{{c}}", "role": "seller"}, {"id": "B", "name": "Chris{{c}}", "role": "buyer"}],
             "turns": [
              {"speaker": "S", "start": 0, "end": 5, "text": "Hi Chris{{c}}. Our solution {{c}}will fix your forecast{{c}}."},
              {"speaker": "B", "start": 6, "end": 9, "text": "What does it cost{{c}}?"},
              {"speaker": "S", "start": 10, "end": 15, "text": "I can give you 15% off{{c}} today."}
             ]}
            """;
    }

    private static BatchReport Analyze(string path, string json, string chars)
    {
        var results = new List<ConversationReport>();
        var errors = new List<FileError> { new(path, 3, 5, $"turns[0]{chars}", $"unknown speaker 'X{chars}'") };
        try
        {
            foreach (var transcript in TranscriptReader.Read(path, json))
            {
                var result = TestSupport.BuiltInEngine.Analyze(transcript);
                results.Add(ConversationReport.From(path, result, result.Diagnostics, []));
            }
        }
        catch (TranscriptFormatException ex)
        {
            errors.Add(FileError.From(path, ex));
        }

        // The same text in a transcript built in code, which may hold what no file can (a lone surrogate).
        var built = TestSupport.Transcript(
            TestSupport.Seller($"Hi Chris{chars}. Our solution {chars}will fix your forecast{chars}."),
            TestSupport.Buyer($"What does it cost{chars}?"),
            TestSupport.Seller($"I can give you 15% off{chars} today."));
        built = built with
        {
            Id = $"code{chars}",
            Participants = [.. built.Participants.Select(p => p with { Name = p.Name + chars })],
        };
        var code = TestSupport.BuiltInEngine.Analyze(built);
        results.Add(ConversationReport.From(path, code, code.Diagnostics, []));

        var summary = new BatchSummaryBuilder();
        return new BatchReport { Results = results, Errors = errors, Summary = summary.Build() };
    }

    private static string Escape(string chars) => string.Concat(chars.Select(ch => $"\\u{(int)ch:X4}"));

    private static JsonDocument ParseJson(MemoryStream stream, string format) => JsonDocument.Parse(StrictUtf8(stream.ToArray(), format));

    private static string StrictUtf8(byte[] bytes, string what)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            Assert.Fail($"{what} is not valid UTF-8: {ex.Message}");
            throw;
        }
    }

    private static void AssertPrintable(string line, string format)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                i++;
                continue;
            }

            var bad = (c < ' ' && c != '\t') || c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
            bad.Should().BeFalse("{0} output holds U+{1:X4} at {2}: {3}", format, (int)c, i, line);
        }
    }
}
