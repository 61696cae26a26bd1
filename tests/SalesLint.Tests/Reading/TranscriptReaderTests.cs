using System.Text;
using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class TranscriptReaderTests
{
    private const string TextCall = "# seller: Dana\nDana: Hi Chris.\nChris: Hello.\n";

    private const string AssemblyAi = """{"id": "t", "status": "completed", "utterances": [{"speaker": "A", "start": 500, "end": 1250, "text": "Hi."}]}""";

    /// <summary>The sellers samples/vendors/README.md passes so that every vendor sample can be read.</summary>
    private static readonly string[] VendorSampleSellers = ["spk_0", "0", "A", "speaker", "Dana Whitfield"];

    private string directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "saleslint-reading-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void SupportedExtensions_ListsTheFiveFormats()
    {
        TranscriptReader.SupportedExtensions.Should().Equal(".json", ".jsonl", ".txt", ".vtt", ".srt");
    }

    [Test]
    public void ReadFile_Utf8Text_ReadsTranscriptWithPathAndDefaultId()
    {
        var path = Write("monday.txt", Encoding.UTF8.GetBytes(TextCall));

        var transcript = TranscriptReader.ReadFile(path).Single();

        transcript.Id.Should().Be("monday");
        transcript.SourcePath.Should().Be(path);
        transcript.Turns.Select(t => t.Text).Should().Equal("Hi Chris.", "Hello.");
    }

    [Test]
    public void ReadFile_Utf8WithBom_SkipsTheBom()
    {
        var path = Write("bom.vtt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("WEBVTT\n\n00:01.000 --> 00:02.000\nDana: Héllo.\n")]);

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["Dana"] }).Single();

        transcript.Turns.Single().Text.Should().Be("Héllo.");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void ReadFile_Utf16WithBom_DecodesIt(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = Write("utf16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(TextCall.Replace("Hello", "Grüß dich", StringComparison.Ordinal))]);

        var transcript = TranscriptReader.ReadFile(path).Single();

        transcript.Turns.Select(t => t.Text).Should().Equal("Hi Chris.", "Grüß dich.");
        transcript.Participants.Single(p => p.Id == "Dana").Role.Should().Be(SpeakerRole.Seller);
    }

    [Test]
    public void ReadFile_MissingFile_ThrowsNamingIt()
    {
        var path = Path.Combine(directory, "nope.txt");

        var error = ReadFileFails(path);

        error.FilePath.Should().Be(path);
        error.Message.Should().Be($"{path}: file not found");
    }

    [Test]
    public void ReadFile_Directory_Throws()
    {
        var error = ReadFileFails(directory);

        error.Message.Should().Be($"{directory}: is a directory, not a transcript file");
    }

    [Test]
    public void ReadFile_LargerThanMaxFileBytes_ThrowsBeforeReading()
    {
        var path = Write("big.txt", Encoding.UTF8.GetBytes(TextCall));

        var error = ReadFileFails(path, new ReaderOptions { MaxFileBytes = 10 });

        error.Message.Should().Be($"{path}: the file is {TextCall.Length} bytes, more than the limit of 10 bytes (ReaderOptions.MaxFileBytes)");
    }

    [Test]
    public void ReadFile_BinaryContent_ThrowsWithOffset()
    {
        var path = Write("call.txt", [.. Encoding.UTF8.GetBytes("Dana: hi"), 0, 1, 2, 0xFF]);

        var error = ReadFileFails(path);

        error.Message.Should().Be($"{path}: binary content (a NUL byte at byte offset 8): not a text transcript");
    }

    [Test]
    public void ReadFile_InvalidUtf8_ThrowsWithByteOffsetAndLine()
    {
        var path = Write("latin1.txt", [.. Encoding.UTF8.GetBytes("# seller: Dana\nDana: caf"), 0xE9, .. Encoding.UTF8.GetBytes(" ok\n")]);

        var error = ReadFileFails(path);

        error.Line.Should().Be(2);
        error.Message.Should().StartWith($"{path}(2): invalid UTF-8 at byte offset 24");
    }

    [Test]
    public void ReadFile_InvalidUtf16_Throws()
    {
        var path = Write("odd.txt", [0xFF, 0xFE, (byte)'D', 0, 0x00, 0xD8, (byte)'a', 0]);

        var error = ReadFileFails(path);

        error.Message.Should().StartWith($"{path}: invalid UTF-16");
    }

    [Test]
    public void ReadFile_Utf32_ThrowsUnsupported()
    {
        var path = Write("wide.txt", [0xFF, 0xFE, 0, 0, (byte)'D', 0, 0, 0]);

        var error = ReadFileFails(path);

        error.Message.Should().Be($"{path}: UTF-32 is not supported: save the file as UTF-8");
    }

    [TestCase(new byte[0], "the file is empty")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF }, "the file is empty")]
    [TestCase(new byte[] { (byte)' ', (byte)'\n', (byte)'\t' }, "the file is empty (only blanks)")]
    public void ReadFile_EmptyFile_Throws(byte[] bytes, string reason)
    {
        var path = Write("empty.json", bytes);

        var error = ReadFileFails(path);

        error.Message.Should().Be($"{path}: {reason}");
    }

    [Test]
    public void ReadFile_UnknownExtension_SniffsTheFormat()
    {
        var path = Write("call.transcript", Encoding.UTF8.GetBytes("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Dana>Hi.\n"));

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["Dana"] }).Single();

        transcript.Turns.Single().Should().Be(new TranscriptTurn { Speaker = "Dana", Text = "Hi.", Start = 1, End = 2, SourceLine = 4, SourceColumn = 9 });
    }

    [Test]
    public void ReadFile_FormatOption_OverridesTheExtension()
    {
        var path = Write("call.txt", Encoding.UTF8.GetBytes("1\n00:00:01,000 --> 00:00:02,000\nDana: Hi.\n"));

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Format = "SRT", Sellers = ["Dana"] }).Single();

        transcript.Turns.Single().Start.Should().Be(1);
    }

    [Test]
    public void Read_FormatArgument_WinsOverOptions()
    {
        var transcript = TranscriptReader.Read("x.vtt", TextCall, new ReaderOptions { Format = "vtt" }, format: ".txt").Single();

        transcript.Turns.Should().HaveCount(2);
    }

    [Test]
    public void Read_UnknownFormat_ThrowsArgumentExceptionListingTheFormats()
    {
        FluentActions.Invoking(() => TranscriptReader.Read("x.txt", TextCall, format: "docx"))
            .Should().Throw<ArgumentException>()
            .WithMessage("Unknown transcript format 'docx'; expected one of: json, jsonl, txt, vtt, srt, aws, deepgram, assemblyai, whisper, fireflies, meet.*");
    }

    [Test]
    public void FormatNames_ListsSalesLintAndVendorFormats()
    {
        TranscriptReader.FormatNames.Should().Equal("json", "jsonl", "txt", "vtt", "srt", "aws", "deepgram", "assemblyai", "whisper", "fireflies", "meet");
    }

    [Test]
    public void ReadFile_VendorJsonWithUnknownExtension_DetectsTheFormatByContent()
    {
        var path = Write("call.data", Encoding.UTF8.GetBytes(AssemblyAi));

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["A"] }).Single();

        transcript.Turns.Single().Should().Be(new TranscriptTurn { Speaker = "A", Text = "Hi.", Start = 0.5, End = 1.25 });
    }

    [Test]
    public void Read_ForcedVendorFormat_ReadsIt()
    {
        var transcript = TranscriptReader.Read("x.json", AssemblyAi, new ReaderOptions { Format = "AssemblyAI", Sellers = ["A"] }).Single();

        transcript.Participants.Single().Name.Should().Be("Speaker A");
    }

    [Test]
    public void Read_ForcedCanonicalJsonOnVendorContent_ReportsTheCanonicalShape()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("x.json", AssemblyAi, format: "json")).Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be(
            "x.json: participants: missing: expected a non-empty array of participants (or a transcript from AWS Transcribe, Deepgram, AssemblyAI, "
            + "Whisper or Fireflies, which are recognized by their content)");
    }

    [Test]
    public void Read_ForcedVendorFormatOnOtherJson_ReportsWhatIsMissing()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("x.json", AssemblyAi, format: "deepgram")).Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().StartWith("x.json: results: missing: expected the transcription results");
    }

    [Test]
    public void Read_VendorJsonSyntaxError_ThrowsWithLineAndColumn()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("x.json", "{\"results\": {\"items\": [\n  {\"type\": }]}}"))
            .Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().StartWith("x.json(2,12): invalid JSON: ");
    }

    [Test]
    public void Read_SpeakerNames_RenameLabelsAndRolesMatchEitherName()
    {
        var options = new ReaderOptions
        {
            SpeakerNames = new Dictionary<string, string> { ["a"] = "Dana Whitfield", ["Speaker B"] = "Chris Lowe" },
            Sellers = ["dana whitfield"],
            Buyers = ["B"],
        };
        var json = AssemblyAi.Replace("]}", ", {\"speaker\": \"B\", \"start\": 1500, \"end\": 2000, \"text\": \"Hello.\"}]}", StringComparison.Ordinal);

        var transcript = TranscriptReader.Read("x.json", json, options).Single();

        transcript.Participants.Should().Equal(
            new Participant { Id = "A", Name = "Dana Whitfield", Role = SpeakerRole.Seller },
            new Participant { Id = "B", Name = "Chris Lowe", Role = SpeakerRole.Buyer });
    }

    [Test]
    public void Read_BlankSpeakerName_ThrowsArgumentException()
    {
        var options = new ReaderOptions { SpeakerNames = new Dictionary<string, string> { ["spk_0"] = " " } };

        FluentActions.Invoking(() => TranscriptReader.Read("x.txt", TextCall, options))
            .Should().Throw<ArgumentException>().WithMessage("*SpeakerNames must not contain blank labels or names*");
    }

    [TestCase("aws-transcribe.json", "aws", 15)]
    [TestCase("deepgram.json", "deepgram", 14)]
    [TestCase("assemblyai.json", "assemblyai", 11)]
    [TestCase("whisper-verbose.json", "whisper", 13)]
    [TestCase("fireflies.json", "fireflies", 17)]
    [TestCase("google-meet.txt", "meet", 14)]
    [TestCase("zoom.vtt", "vtt", 16)]
    [TestCase("teams.vtt", "vtt", 15)]
    public void ReadFile_VendorSamples_AreDetectedAndReadWithTheSellersOfTheirReadme(string file, string format, int turns)
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", file);
        var options = new ReaderOptions { Sellers = VendorSampleSellers };

        var transcript = TranscriptReader.ReadFile(path, options).Single();

        TranscriptReader.DetectFormat(path, File.ReadAllText(path)).Should().Be(format);
        transcript.Turns.Should().HaveCount(turns);
        transcript.Participants.Count(p => p.Role == SpeakerRole.Seller).Should().Be(1);
        transcript.Turns.Select(t => t.Speaker).Should().OnlyContain(id => transcript.Participants.Any(p => p.Id == id));
    }

    [Test]
    public void ReadFile_OtherSamplesWithVendorSellers_KeepTheirRoles()
    {
        var samples = Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot, "samples"))
            .Where(f => TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(f)))
            .ToList();
        samples.Should().NotBeEmpty();

        foreach (var sample in samples)
        {
            var plain = TranscriptReader.ReadFile(sample);
            var withVendorSellers = TranscriptReader.ReadFile(sample, new ReaderOptions { Sellers = VendorSampleSellers });

            withVendorSellers.Should().BeEquivalentTo(plain, sample);
        }
    }

    [Test]
    public void Read_SameNameAsSellerAndBuyer_ThrowsArgumentException()
    {
        FluentActions.Invoking(() => TranscriptReader.Read("x.txt", TextCall, new ReaderOptions { Sellers = ["Dana"], Buyers = ["dana"] }))
            .Should().Throw<ArgumentException>().WithMessage("*'Dana' is given both as a seller and as a buyer*");
    }

    [Test]
    public void Read_ContentWithNulCharacter_ThrowsBinary()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("x.txt", "Dana: hi\0")).Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be("x.txt: binary content (a NUL character at offset 8): not a text transcript");
    }

    [Test]
    public void Read_ContentLargerThanMaxFileBytes_Throws()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("x.txt", TextCall, new ReaderOptions { MaxFileBytes = 5 }))
            .Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().StartWith("x.txt: the file is ");
    }

    [TestCase("call.JSON", "", "json")]
    [TestCase("call.jsonl", "", "jsonl")]
    [TestCase("call.txt", "WEBVTT", "txt")]
    [TestCase("call.vtt", "", "vtt")]
    [TestCase("call.srt", "", "srt")]
    [TestCase("<stdin>", "  WEBVTT\n", "vtt")]
    [TestCase("<stdin>", "{\n  \"turns\": []\n}", "json")]
    [TestCase("<stdin>", "{\"a\": 1}", "json")]
    [TestCase("<stdin>", "{\"a\": 1}\n{\"a\": 2}\n", "jsonl")]
    [TestCase("<stdin>", "[{\"a\": 1}]", "json")]
    [TestCase("<stdin>", "[00:00:05] Dana: Hi.", "txt")]
    [TestCase("<stdin>", "1\n00:00:01,000 --> 00:00:02,000\nDana: Hi.", "srt")]
    [TestCase("<stdin>", "Dana: Hi.", "txt")]
    [TestCase("notes.md", "", "txt")]
    [TestCase("call.json", """{"results": {"transcripts": [], "items": []}}""", "aws")]
    [TestCase("call.json", """{"results": {"speaker_labels": {"segments": []}, "items": []}}""", "aws")]
    [TestCase("call.json", """{"metadata": {}, "results": {"channels": [{"alternatives": []}]}}""", "deepgram")]
    [TestCase("call.json", """{"results": {"utterances": []}}""", "deepgram")]
    [TestCase("call.json", """{"id": "x", "status": "completed", "utterances": null}""", "assemblyai")]
    [TestCase("call.json", """{"task": "transcribe", "segments": []}""", "whisper")]
    [TestCase("call.json", """{"data": {"transcript": {"sentences": []}}}""", "fireflies")]
    [TestCase("call.json", """{"data": {"transcript": null}, "errors": []}""", "fireflies")]
    [TestCase("call.json", """{"transcript": {"sentences": []}}""", "fireflies")]
    [TestCase("call.json", """{"sentences": [], "segments": []}""", "fireflies")]
    [TestCase("call.json", """{"participants": [], "segments": []}""", "json")]
    [TestCase("call.json", """{"results": {}}""", "json")]
    [TestCase("call.json", "{ not json", "json")]
    [TestCase("call.json", "\uFEFF{\"segments\": []}", "whisper")]
    [TestCase("<stdin>", """{"segments": []}""", "whisper")]
    [TestCase("<stdin>", "Weekly sync - Transcript\nDana: Hi.", "meet")]
    [TestCase("call.txt", "Weekly sync - Transcript\nDana: Hi.", "meet")]
    [TestCase("call.vtt", "Weekly sync - Transcript\nDana: Hi.", "vtt")]
    public void DetectFormat_ByExtensionThenContent_ReturnsFormat(string path, string content, string expected)
    {
        TranscriptReader.DetectFormat(path, content).Should().Be(expected);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static TranscriptFormatException ReadFileFails(string path, ReaderOptions? options = null) =>
        FluentActions.Invoking(() => TranscriptReader.ReadFile(path, options)).Should().Throw<TranscriptFormatException>().Which;
}
