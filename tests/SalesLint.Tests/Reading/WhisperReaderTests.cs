using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class WhisperReaderTests
{
    private const string VerboseJson = """
        {"task": "transcribe", "language": "english", "duration": 9.5, "text": "Hi Tomás. Quick follow-up. Thanks.",
         "segments": [
           {"id": 0, "seek": 0, "start": 0.0, "end": 2.5, "text": " Hi Tomás.", "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.4, "no_speech_prob": 0.01},
           {"id": 1, "seek": 0, "start": 2.5, "end": 6.0, "text": " Quick follow-up.", "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.4, "no_speech_prob": 0.01},
           {"id": 2, "seek": 0, "start": 6.0, "end": 6.0, "text": " ", "temperature": 0.0, "avg_logprob": -1.0, "compression_ratio": 1.0, "no_speech_prob": 0.9},
           {"id": 3, "seek": 0, "start": 7.0, "end": 9.5, "text": " Thanks.", "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.4, "no_speech_prob": 0.01}]}
        """;

    [Test]
    public void Read_SegmentsWithoutSpeakers_MakesOneTurnPerSegmentOfOneSpeaker()
    {
        var transcript = TranscriptReader.Read("video.json", VerboseJson, new ReaderOptions { Sellers = ["speaker"] }).Single();

        transcript.Participants.Should().Equal(new Participant { Id = "speaker", Name = "Speaker", Role = SpeakerRole.Seller });
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "speaker", Text = "Hi Tomás.", Start = 0.0, End = 2.5 },
            new TranscriptTurn { Speaker = "speaker", Text = "Quick follow-up.", Start = 2.5, End = 6.0 },
            new TranscriptTurn { Speaker = "speaker", Text = "Thanks.", Start = 7.0, End = 9.5 });
    }

    [Test]
    public void Read_WithoutSeller_ExplainsThatWhisperHasNoSpeakers()
    {
        var error = ReadFails("video.json", VerboseJson);

        error.Message.Should().Be(
            "video.json: cannot tell who the seller is: Whisper transcripts have no speaker labels, so every segment is read as one speaker, 'speaker'; "
            + "name \"speaker\" in ReaderOptions.Sellers to analyze the recording as the seller talking alone, or diarize the audio first (WhisperX adds a 'speaker' "
            + "to each segment) and pass the seller's label");
    }

    [Test]
    public void Read_WhisperXSegments_UsesTheirSpeakersAndKeepsUnlabelledSegmentsWithThePreviousSpeaker()
    {
        const string json = """
            {"segments": [
              {"start": 0.0, "end": 1.0, "text": " Hello.", "speaker": "SPEAKER_01"},
              {"start": 1.2, "end": 2.0, "text": " Hi there.", "speaker": "SPEAKER_00"},
              {"start": 2.1, "end": 2.9, "text": " How are you?"},
              {"start": 3.5, "end": 4.0, "text": " Fine.", "speaker": "SPEAKER_01"}],
             "word_segments": []}
            """;

        var transcript = TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["SPEAKER_00"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text, t.Start, t.End)).Should().Equal(
            ("SPEAKER_01", "Hello.", 0.0, 1.0), ("SPEAKER_00", "Hi there. How are you?", 1.2, 2.9), ("SPEAKER_01", "Fine.", 3.5, 4.0));
        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("SPEAKER_01", SpeakerRole.Buyer), ("SPEAKER_00", SpeakerRole.Seller));
    }

    [Test]
    public void Read_WhisperXWithoutSeller_ListsTheLabels()
    {
        const string json = """{"segments": [{"start": 0.0, "end": 1.0, "text": "Hello.", "speaker": "SPEAKER_00"}]}""";

        var error = ReadFails("call.json", json);

        error.Message.Should().Be(
            "call.json: cannot tell who the seller is: WhisperX transcripts label speakers but not their roles (speakers: SPEAKER_00); "
            + "name the seller's label or name in ReaderOptions.Sellers, e.g. \"SPEAKER_00\"");
    }

    [TestCase("\"start\": 2.5, \"end\": 6.0", "\"start\": 2.5, \"end\": \"6.0\"", "segments[1].end", "expected a number of seconds, found a string")]
    [TestCase("\"start\": 7.0, \"end\": 9.5", "\"start\": -7.0, \"end\": 9.5", "segments[3].start", "must not be negative")]
    [TestCase("\"text\": \" Thanks.\"", "\"text\": [\"Thanks.\"]", "segments[3].text", "expected a string, found an array")]
    public void Read_BadSegment_ThrowsNamingTheJsonPath(string original, string replacement, string place, string reason)
    {
        var json = VerboseJson.Replace(original, replacement, StringComparison.Ordinal);
        json.Should().NotBe(VerboseJson);

        var error = FluentActions.Invoking(() => TranscriptReader.Read("video.json", json, new ReaderOptions { Sellers = ["speaker"] }))
            .Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be($"video.json: {place}: {reason}");
    }

    [Test]
    public void Read_NoSpeech_Throws()
    {
        var error = ReadFails("video.json", """{"text": "", "segments": []}""");

        error.Message.Should().Be("video.json: segments: no segments with text: the transcript is empty");
    }

    [Test]
    public void ReadFile_Sample_ReadsTheVideoMessageAsTheSeller()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", "whisper-verbose.json");

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["speaker"] }).Single();

        transcript.Turns.Should().HaveCount(13);
        transcript.Turns[0].Text.Should().Be("Hi Tomás, Dana here from Northwind Analytics.");
        transcript.Participants.Single().Role.Should().Be(SpeakerRole.Seller);
    }

    private static TranscriptFormatException ReadFails(string name, string content) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content)).Should().Throw<TranscriptFormatException>().Which;

    [Test]
    public void Read_WhisperXWordSpeakers_SplitsASegmentWhereTheWordsSpeakerChanges()
    {
        const string json = """
            {"segments": [
              {"start": 0.5, "end": 4.2, "text": " Anything else today? No, thanks.", "speaker": "SPEAKER_00", "words": [
                {"word": "Anything", "start": 0.5, "end": 0.9, "score": 0.91, "speaker": "SPEAKER_00"},
                {"word": "else", "start": 0.95, "end": 1.2, "score": 0.88, "speaker": "SPEAKER_00"},
                {"word": "today?", "start": 1.25, "end": 1.7, "score": 0.9, "speaker": "SPEAKER_00"},
                {"word": "No,", "start": 2.4, "end": 2.7, "score": 0.93, "speaker": "SPEAKER_01"},
                {"word": "thanks.", "start": 2.75, "end": 4.2, "score": 0.9}]},
              {"start": 5.0, "end": 6.0, "text": " Bye 2.", "speaker": "SPEAKER_00", "words": [
                {"word": "Bye", "start": 5.0, "end": 5.4, "score": 0.9, "speaker": "SPEAKER_00"},
                {"word": "2.", "score": 0.0}]}]}
            """;

        var transcript = TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["SPEAKER_00"] }).Single();

        // A word without a speaker keeps the one before it; one without times (WhisperX cannot align digits) takes the time before it.
        transcript.Turns.Select(t => (t.Speaker, t.Text, t.Start, t.End)).Should().Equal(
            ("SPEAKER_00", "Anything else today?", 0.5, 1.7),
            ("SPEAKER_01", "No, thanks.", 2.4, 4.2),
            ("SPEAKER_00", "Bye 2.", 5.0, 5.4));
    }
}
