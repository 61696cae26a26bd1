using System.Text;
using SalesLint.Engine;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Tests.Hardening;

/// <summary>Bad and extreme input: each gives a clear message naming the file and place, and never costs the other files' results.</summary>
public sealed class BadInputTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp()
    {
        folder = Path.Combine(Path.GetTempPath(), "saleslint-hardening-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt"), Path.Combine(folder, "good.vtt"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [TestCase("binary.json", new byte[] { 0x7B, 0x00, 0x01, 0x02, 0xFF }, "binary")]
    [TestCase("latin1.txt", new byte[] { 0x44, 0x61, 0x6E, 0x61, 0x3A, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x0A }, "UTF-8")]
    [TestCase("empty.vtt", new byte[0], "empty")]
    [TestCase("truncated.json", new byte[] { 0x7B, 0x22, 0x74, 0x75, 0x72, 0x6E, 0x73, 0x22, 0x3A, 0x20, 0x5B }, "(1,")]
    public async Task Check_BadFileInABatch_IsReportedAndTheOthersStillRun(string name, byte[] content, string expected)
    {
        File.WriteAllBytes(Path.Combine(folder, name), content);

        var (code, output, _) = await Run("check", folder);

        code.Should().Be(1);
        output.Should().Contain($"{name}").And.Contain("error SL9000").And.Contain(expected);
        output.Should().Contain("good.vtt(turn 7, 00:00:45): warning SL1004");
        output.Should().Contain("1 unreadable file(s)");
    }

    [Test]
    public void ReadFile_FiftyMegabyteFileOverTheLimit_IsRejectedBeforeReading()
    {
        var path = Path.Combine(folder, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var act = () => TranscriptReader.ReadFile(path, new ReaderOptions { MaxFileBytes = 10L * 1024 * 1024 });

        act.Should().Throw<TranscriptFormatException>().Which.Message.Should().Contain("huge.txt").And.Contain("52428800");
    }

    [Test]
    public void ReadFile_FiftyMegabyteTranscript_IsReadWithinTheDefaultLimit()
    {
        var path = Path.Combine(folder, "long.txt");
        var line = "Dana: " + string.Join(' ', Enumerable.Repeat("we reviewed the forecast together", 20)) + "\nChris: OK.\n";
        var header = "# seller: Dana\n";
        var repeats = (int)((50L * 1024 * 1024) / Encoding.UTF8.GetByteCount(line)) + 1;
        using (var writer = new StreamWriter(path))
        {
            writer.Write(header);
            for (var i = 0; i < repeats; i++)
            {
                writer.Write(line);
            }
        }

        var transcript = TranscriptReader.ReadFile(path).Single();

        new FileInfo(path).Length.Should().BeGreaterThan(50L * 1024 * 1024);
        transcript.Turns.Should().HaveCount(repeats * 2);
    }

    [Test]
    public void Analyze_EmptyAndSingleTurnTranscripts_GiveResults()
    {
        var engine = TestSupport.BuiltInEngine;

        engine.Analyze(TestSupport.Transcript()).Score.Overall.Should().Be(100);
        var single = engine.Analyze(TestSupport.Transcript(TestSupport.Seller("Hello?")));
        single.Metrics["turns"].Should().Be(1);
        single.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Analyze_OverlappingAndDecreasingTimestamps_KeepMetricsSane()
    {
        var transcript = TestSupport.Transcript(TestSupport.Seller("What is your goal?"), TestSupport.Buyer("To grow."), TestSupport.Seller("Great."));
        transcript = transcript with
        {
            Turns =
            [
                transcript.Turns[0] with { Start = 10, End = 20 },
                transcript.Turns[1] with { Start = 15, End = 18 },
                transcript.Turns[2] with { Start = 5, End = 6 },
            ],
        };

        var result = TestSupport.BuiltInEngine.Analyze(transcript);

        result.Metrics["seller.talk_share"].Should().BeInRange(0, 1);
        result.Metrics["duration_seconds"].Should().BeGreaterThanOrEqualTo(0);
    }

    [Test]
    [CancelAfter(60_000)]
    public void Analyze_RuleWithCatastrophicPattern_CannotHangTheEngine()
    {
        const string rule = """
            id: SL8200
            extends: existence
            title: Nested quantifiers
            message: "'{match}'"
            category: discovery
            match:
              speaker: seller
              pattern: '(a+)+$'
            """;
        var engine = new SalesLintEngine(new RuleSetBuilder().AddBuiltIn().AddYaml("evil.yaml", rule).Build());
        var evil = new string('a', 200_000) + "!";

        var result = engine.Analyze(TestSupport.Transcript(TestSupport.Seller(evil)));

        result.Diagnostics.Should().NotContain(d => d.RuleId == "SL8200");
    }

    [Test]
    public async Task Check_UnknownSpeakerAndUnresolvableRoles_NameTheFileAndPlace()
    {
        File.WriteAllText(Path.Combine(folder, "unknown.json"), """
            {"participants": [{"id": "S", "role": "seller"}],
             "turns": [{"speaker": "S", "text": "Hi."}, {"speaker": "X", "text": "Who?"}]}
            """);
        File.WriteAllText(Path.Combine(folder, "noroles.txt"), "Dana: Hi.\nChris: Hello.\n");

        var (code, output, _) = await Run("check", folder);

        code.Should().Be(1);
        output.Should().Contain("unknown.json").And.Contain("turns[1].speaker");
        output.Should().Contain("noroles.txt").And.Contain("cannot tell who the seller is");
        output.Should().Contain("good.vtt(turn 7");
    }

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => TestSupport.RunCliAsync(args);
}
