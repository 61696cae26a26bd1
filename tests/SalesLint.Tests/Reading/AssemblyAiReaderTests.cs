using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class AssemblyAiReaderTests
{
    private const string Transcript = """
        {"id": "t1", "status": "completed", "speaker_labels": true, "text": "...", "words": [],
         "utterances": [
           {"confidence": 0.97, "start": 480, "end": 2250, "speaker": "A", "text": "Hi Harriet, hi Sanjay.", "words": []},
           {"confidence": 0.95, "start": 2900, "end": 3400, "speaker": "B", "text": "Hi.", "words": []},
           {"confidence": 0.96, "start": 3500, "end": 5125, "speaker": "C", "text": "Does it work with custom objects?", "words": []},
           {"confidence": 0.96, "start": 5300, "end": 6000, "speaker": "C", "text": "We track renewals there.", "words": []}]}
        """;

    [Test]
    public void Read_Utterances_ConvertsMillisecondsAndJoinsRuns()
    {
        var transcript = TranscriptReader.Read("intro.json", Transcript, new ReaderOptions { Sellers = ["A"] }).Single();

        transcript.Participants.Should().Equal(
            new Participant { Id = "A", Name = "Speaker A", Role = SpeakerRole.Seller },
            new Participant { Id = "B", Name = "Speaker B", Role = SpeakerRole.Buyer },
            new Participant { Id = "C", Name = "Speaker C", Role = SpeakerRole.Buyer });
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "A", Text = "Hi Harriet, hi Sanjay.", Start = 0.48, End = 2.25 },
            new TranscriptTurn { Speaker = "B", Text = "Hi.", Start = 2.9, End = 3.4 },
            new TranscriptTurn { Speaker = "C", Text = "Does it work with custom objects? We track renewals there.", Start = 3.5, End = 6.0 });
    }

    [Test]
    public void Read_RoleOptions_MatchLabelsAndDisplayNames()
    {
        var transcript = TranscriptReader.Read("intro.json", Transcript, new ReaderOptions { Sellers = ["speaker b"], Buyers = ["c"] }).Single();

        transcript.Participants.Select(p => p.Role).Should().Equal(SpeakerRole.Buyer, SpeakerRole.Seller, SpeakerRole.Buyer);
    }

    [Test]
    public void Read_WithoutSpeakerLabels_SaysHowToRequestThem()
    {
        var error = ReadFails("call.json", """{"id": "t1", "status": "completed", "text": "hi", "utterances": null}""");

        error.Message.Should().Be("call.json: utterances: missing: the transcript has no speaker labels; request it with speaker_labels=true");
    }

    [Test]
    public void Read_TranscriptNotCompleted_ThrowsWithItsError()
    {
        var error = ReadFails("call.json", """{"id": "t1", "status": "error", "error": "Download error", "utterances": null}""");

        error.Message.Should().Be("call.json: status: the transcript is 'error', not 'completed': Download error");
    }

    [TestCase("\"start\": 2900", "\"start\": \"2900\"", "utterances[1].start", "expected a number of milliseconds, found a string")]
    [TestCase("\"speaker\": \"B\", ", "", "utterances[1].speaker", "missing: expected a speaker label")]
    [TestCase("\"text\": \"Hi.\"", "\"text\": null", "utterances[1].text", "missing: expected a string")]
    public void Read_BadUtterance_ThrowsNamingTheJsonPath(string original, string replacement, string place, string reason)
    {
        var json = Transcript.Replace(original, replacement, StringComparison.Ordinal);
        json.Should().NotBe(Transcript);

        var error = ReadFails("call.json", json);

        error.Place.Should().Be(place);
        error.Message.Should().Contain(reason);
    }

    [Test]
    public void Read_WithoutSeller_ListsTheSpeakers()
    {
        var error = ReadFails("call.json", Transcript);

        error.Message.Should().Contain("AssemblyAI transcripts label speakers but not their roles (speakers: A (Speaker A), B (Speaker B), C (Speaker C))")
            .And.EndWith("name the seller's label or name in ReaderOptions.Sellers, e.g. \"A\"");
    }

    [Test]
    public void ReadFile_Sample_ReadsTheIntroCall()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", "assemblyai.json");

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["A"] }).Single();

        transcript.Turns.Should().HaveCount(11);
        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("A", SpeakerRole.Seller), ("B", SpeakerRole.Buyer), ("C", SpeakerRole.Buyer));
        transcript.Turns[3].Speaker.Should().Be("C");
        transcript.Turns[3].Text.Should().Be("Does it work with custom objects? We track renewals in a custom object.");
        transcript.Turns[3].Start.Should().BeGreaterThan(transcript.Turns[2].End!.Value);
    }

    private static TranscriptFormatException ReadFails(string name, string content) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content)).Should().Throw<TranscriptFormatException>().Which;

    [Test]
    public void Read_UtteranceWordsOfTwoSpeakers_SplitsWhereTheWordsSpeakerChanges()
    {
        const string json = """
            {"id": "t2", "status": "completed", "utterances": [
              {"speaker": "A", "start": 1000, "end": 5400, "text": "Anything else I can help with? No. That's all.", "words": [
                {"text": "Anything", "start": 1000, "end": 1400, "confidence": 0.99, "speaker": "A"},
                {"text": "else", "start": 1420, "end": 1600, "confidence": 0.99, "speaker": "A"},
                {"text": "I", "start": 1620, "end": 1700, "confidence": 0.99, "speaker": "A"},
                {"text": "can", "start": 1720, "end": 1900, "confidence": 0.99, "speaker": "A"},
                {"text": "help", "start": 1920, "end": 2200, "confidence": 0.99, "speaker": "A"},
                {"text": "with?", "start": 2220, "end": 2500, "confidence": 0.99, "speaker": "A"},
                {"text": "No.", "start": 3100, "end": 3400, "confidence": 0.97, "speaker": "B"},
                {"text": "That's", "start": 3500, "end": 3800, "confidence": 0.98, "speaker": "B"},
                {"text": "all.", "start": 3820, "end": 5400, "confidence": 0.98, "speaker": "B"}]},
              {"speaker": "A", "start": 6000, "end": 7000, "text": "Great, bye.", "words": []}]}
            """;

        var transcript = TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["A"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text, t.Start, t.End)).Should().Equal(
            ("A", "Anything else I can help with?", 1.0, 2.5),
            ("B", "No. That's all.", 3.1, 5.4),
            ("A", "Great, bye.", 6.0, 7.0));
    }
}
