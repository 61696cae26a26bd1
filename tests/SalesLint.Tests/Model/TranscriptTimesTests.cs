using System.Text.RegularExpressions;
using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Output;
using SalesLint.Reading;
using SalesLint.Scoring;
using ReportText = SalesLint.Cli.Reports.ReportText;

namespace SalesLint.Tests.Model;

/// <summary>Times a transcript may hold (0 to 7 days, finite, end not before start): every reader rejects the others, every formatter prints any value.</summary>
public sealed class TranscriptTimesTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp()
    {
        folder = Path.Combine(Path.GetTempPath(), "saleslint-times-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    // Each sample with a time replaced (every occurrence) by one past the limit.
    [TestCase("vendors/assemblyai.json", @"""start"": \d+", @"""start"": 1e300")]
    [TestCase("vendors/assemblyai.json", @"""end"": \d+", @"""end"": 604800001")]
    [TestCase("vendors/aws-transcribe.json", @"""start_time"": ""[\d.]+""", @"""start_time"": ""999999999""")]
    [TestCase("vendors/deepgram.json", @"""start"": [\d.]+", @"""start"": 1e12")]
    [TestCase("vendors/fireflies.json", @"""start_time"": [\d.]+", @"""start_time"": 1e12")]
    [TestCase("vendors/whisper-verbose.json", @"""start"": [\d.]+", @"""start"": 1e300")]
    [TestCase("vendors/google-meet.txt", @"00:00:00", "99999:00:00")]
    [TestCase("vendors/teams.vtt", @"00:00:01\.825", "99999:00:01.825")]
    [TestCase("vendors/zoom.vtt", @"00:00:03\.124", "168:00:03.124")]
    [TestCase("negotiation-trade.srt", @"00:00:00,900", "99999:00:00,900")]
    [TestCase("pitch-first.txt", @"00:00:02", "169:00:00")]
    [TestCase("discovery-good.json", @"""start"": [\d.]+", @"""start"": 1e12")]
    [TestCase("batch.jsonl", @"""end"": [\d.]+", @"""end"": 1e12")]
    public void ReadFile_TimePastSevenDays_IsRejectedNamingTheFileAndPlace(string sample, string pattern, string replacement)
    {
        var content = new Regex(pattern).Replace(File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, "samples", sample)), replacement);
        var path = Path.Combine(folder, Path.GetFileName(sample));
        File.WriteAllText(path, content);

        var act = () => TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["spk_0", "0", "A", "Dana Whitfield", "Dana"] });

        var error = act.Should().Throw<TranscriptFormatException>().Which;
        error.Message.Should().Contain(Path.GetFileName(sample)).And.Contain("7-day");
        (error.Line is not null || error.Place is not null).Should().BeTrue("the error names the place: {0}", error.Message);
    }

    [Test]
    public void ReadFile_HugeAssemblyAiStartFromTheIssue_IsRejectedAtTheUtterance()
    {
        var path = Path.Combine(folder, "call.json");
        File.WriteAllText(path, """{"utterances":[{"speaker":"A","start":1e300,"end":0,"text":"Hi."}]}""");

        var act = () => TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["A"] });

        act.Should().Throw<TranscriptFormatException>().Which.Message.Should().Contain("call.json").And.Contain("utterances[0].start").And.Contain("7-day");
    }

    [TestCase("1e12", "1e12", "turns[0].start")]
    [TestCase("5", "604801", "turns[0].end")]
    [TestCase("-1", "2", "turns[0].start")]
    public void Read_CanonicalTurnTimeOutOfRange_IsRejected(string start, string end, string place)
    {
        var json = $$"""{"participants":[{"id":"S","role":"seller"}],"turns":[{"speaker":"S","start":{{start}},"end":{{end}},"text":"Hi."}]}""";

        var act = () => TranscriptReader.Read("call.json", json);

        act.Should().Throw<TranscriptFormatException>().Which.Message.Should().Contain("call.json").And.Contain(place);
    }

    [Test]
    public void Read_SevenDaysExactly_IsAccepted()
    {
        var json = """{"participants":[{"id":"S","role":"seller"}],"turns":[{"speaker":"S","start":604799,"end":604800,"text":"Hi."}]}""";

        TranscriptReader.Read("call.json", json).Single().Turns.Single().End.Should().Be(TranscriptTimes.MaxSeconds);
    }

    [TestCase(double.NaN, 1.0, "not a finite number")]
    [TestCase(1.0, double.PositiveInfinity, "not a finite number")]
    [TestCase(-3.0, 1.0, "negative")]
    [TestCase(1e12, 1e12, "7-day")]
    [TestCase(10.0, 5.0, "before it starts")]
    public void Analyze_TranscriptBuiltInCodeWithBadTimes_IsRejectedNamingTheTurn(double start, double end, string reason)
    {
        var transcript = TestSupport.Transcript(TestSupport.Seller("Hi there."), TestSupport.Buyer("Hello."));
        transcript = transcript with { SourcePath = "code.json", Turns = [transcript.Turns[0], transcript.Turns[1] with { Start = start, End = end }] };

        var act = () => TestSupport.BuiltInEngine.Analyze(transcript);

        act.Should().Throw<TranscriptFormatException>().Which.Message.Should().Contain("code.json").And.Contain("turn 2").And.Contain(reason);
    }

    [TestCase(double.NaN, "--:--:--")]
    [TestCase(double.PositiveInfinity, "--:--:--")]
    [TestCase(double.NegativeInfinity, "--:--:--")]
    [TestCase(-5.0, "00:00:00")]
    [TestCase(0.0, "00:00:00")]
    [TestCase(59.9, "00:00:59")]
    [TestCase(3725.0, "01:02:05")]
    [TestCase(604800.0, "168:00:00")]
    [TestCase(999_999_999.0, "277777:46:39")]
    [TestCase(1e12, "1E+12 s")]
    [TestCase(1e300, "1E+300 s")]
    [TestCase(double.MaxValue, "1.798E+308 s")]
    public void FormatTime_AnyValue_IsPrintedWithoutThrowing(double seconds, string expected) =>
        TextFormatter.FormatTime(seconds).Should().Be(expected);

    [TestCase(double.NaN, "--:--:--")]
    [TestCase(-1.0, "0:00")]
    [TestCase(75.0, "1:15")]
    [TestCase(3725.0, "1:02:05")]
    [TestCase(1e12, "1E+12 s")]
    public void Clock_AnyValue_IsPrintedWithoutThrowing(double seconds, string expected) =>
        ReportText.Clock(seconds).Should().Be(expected);

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(-1.0)]
    [TestCase(1e300)]
    public void Writers_DiagnosticWithAnyTime_WriteWithoutThrowing(double seconds)
    {
        var diagnostic = new Diagnostic
        {
            RuleId = "SL1003",
            Severity = DiagnosticSeverity.Error,
            Category = "positioning",
            HelpLink = "https://example.invalid/SL1003",
            Message = "m",
            Location = new DiagnosticLocation { Turn = 0, StartSeconds = seconds },
        };
        var conversation = new ConversationReport("a.json", "a", new ConversationScore { Overall = 50, Categories = [], Deductions = [] }, new Dictionary<string, double>(), [diagnostic]);
        var report = new BatchReport { Results = [conversation], Errors = [], UnusedSuppressions = [], Summary = new BatchSummaryBuilder().Build() };

        TextFormatter.Format("a.json", diagnostic).Should().StartWith("a.json(turn 1, ");
        using var text = new StringWriter();
        GitHubAnnotationsWriter.Write(text, report);
        text.ToString().Should().Contain("::error file=a.json");
        using var junit = new MemoryStream();
        JUnitWriter.Write(junit, report);
        junit.Length.Should().BePositive();
        using var json = new MemoryStream();
        using (var writer = new JsonReportWriter(json))
        {
            writer.Write(conversation);
            writer.Complete([], report.Summary);
        }

        json.Length.Should().BePositive();
        using var sarif = new MemoryStream();
        using (var writer = new SarifReportWriter(sarif, [], "1.0"))
        {
            writer.Write(conversation);
            writer.Complete([], report.Summary);
        }

        sarif.Length.Should().BePositive();
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("junit")]
    [TestCase("github")]
    public async Task Check_CanonicalFileWithTimesPastTheLimit_IsSl9000InEveryFormat(string format)
    {
        File.Copy(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt"), Path.Combine(folder, "good.vtt"));
        File.WriteAllText(
            Path.Combine(folder, "huge.json"),
            """{"participants":[{"id":"S","role":"seller"},{"id":"B","role":"buyer"}],"turns":[{"speaker":"S","start":1e12,"end":1e12,"text":"Our solution is great."}]}""");

        var (code, output, error) = await TestSupport.RunCliAsync("check", folder, "--format", format, "--no-config");

        error.Should().NotContain("Exception");
        code.Should().Be(1);
        output.Should().Contain("huge.json").And.Contain("turns[0].start").And.Contain("7-day").And.Contain("good.vtt");
        if (format != "json")
        {
            output.Should().Contain("SL9000");
        }
    }

    [Test]
    public async Task ReportAndInspect_CanonicalFileWithTimesPastTheLimit_AreSl9000()
    {
        var file = Path.Combine(folder, "huge.json");
        File.WriteAllText(
            file,
            """{"participants":[{"id":"S","role":"seller"},{"id":"B","role":"buyer"}],"turns":[{"speaker":"S","start":1e12,"end":1e12,"text":"Our solution is great."}]}""");

        var inspect = await TestSupport.RunCliAsync("inspect", file, "--no-config");
        var report = await TestSupport.RunCliAsync("report", file, "--out", Path.Combine(folder, "out"), "--no-config");

        inspect.Error.Should().NotContain("Exception").And.Contain("huge.json").And.Contain("7-day");
        inspect.Code.Should().Be(1);
        report.Error.Should().NotContain("Exception");
        report.Code.Should().Be(1);
        File.ReadAllText(Path.Combine(folder, "out", "index.html")).Should().Contain("huge.json");
    }
}
