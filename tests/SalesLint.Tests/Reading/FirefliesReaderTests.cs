using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class FirefliesReaderTests
{
    private const string Answer = """
        {"data": {"transcript": {"id": "01J", "title": "Northwind <> Quillfeather", "duration": 0.2,
          "speakers": [{"id": 0, "name": "Dana Whitfield"}, {"id": 1, "name": "Rohan Mehta"}],
          "sentences": [
            {"index": 0, "speaker_name": "Dana Whitfield", "speaker_id": 0, "text": "Hi Rohan.", "raw_text": "hi rohan", "start_time": 1.04, "end_time": 1.9},
            {"index": 1, "speaker_name": "Dana Whitfield", "speaker_id": 0, "text": "How's your week?", "raw_text": "how's your week", "start_time": 2.1, "end_time": 3.0},
            {"index": 2, "speaker_name": "Rohan Mehta", "speaker_id": 1, "text": "", "raw_text": "Busy, but good.", "start_time": "4.2", "end_time": "5.6"},
            {"index": 3, "speaker_name": null, "speaker_id": 1, "text": "Planning season.", "start_time": 5.8, "end_time": 7.0}]}}}
        """;

    [Test]
    public void Read_GraphQlAnswer_JoinsSentencesOfOneSpeakerIntoTurns()
    {
        var transcript = TranscriptReader.Read("quillfeather.json", Answer, new ReaderOptions { Sellers = ["Dana Whitfield"] }).Single();

        transcript.Id.Should().Be("quillfeather");
        transcript.Participants.Should().Equal(
            new Participant { Id = "Dana Whitfield", Name = "Dana Whitfield", Role = SpeakerRole.Seller },
            new Participant { Id = "Rohan Mehta", Name = "Rohan Mehta", Role = SpeakerRole.Buyer });
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "Dana Whitfield", Text = "Hi Rohan. How's your week?", Start = 1.04, End = 3.0 },
            new TranscriptTurn { Speaker = "Rohan Mehta", Text = "Busy, but good. Planning season.", Start = 4.2, End = 7.0 });
    }

    [Test]
    public void Read_TranscriptObjectWithoutWrapper_ReadsItsSentences()
    {
        const string json = """
            {"title": "t", "sentences": [
              {"speaker_id": 3, "raw_text": "Hello.", "start_time": 0.5, "end_time": 1.0},
              {"speaker_name": "Dana", "text": "Hi.", "start_time": 1.5, "end_time": 2.0}]}
            """;

        var transcript = TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["dana"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text)).Should().Equal(("Speaker 3", "Hello."), ("Dana", "Hi."));
    }

    [Test]
    public void Read_GraphQlError_ThrowsWithTheApiMessage()
    {
        const string json = """{"data": {"transcript": null}, "errors": [{"message": "Object not found", "code": "object_not_found"}]}""";

        var error = FluentActions.Invoking(() => TranscriptReader.Read("call.json", json)).Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be("call.json: data.transcript: missing: the answer holds no transcript: the API answered 'Object not found'");
    }

    [TestCase("\"start_time\": 5.8", "\"start_time\": \"later\"", "data.transcript.sentences[3].start_time", "expected a number of seconds, found 'later'")]
    [TestCase("\"speaker_name\": null, \"speaker_id\": 1, ", "", "data.transcript.sentences[3].speaker_name", "missing: expected the speaker's name (or 'speaker_id')")]
    [TestCase("\"text\": \"Planning season.\", ", "", "data.transcript.sentences[3].text", "missing: expected a string (or 'raw_text')")]
    public void Read_BadSentence_ThrowsNamingTheJsonPath(string original, string replacement, string place, string reason)
    {
        var json = Answer.Replace(original, replacement, StringComparison.Ordinal);
        json.Should().NotBe(Answer);

        var error = FluentActions.Invoking(() => TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["Dana Whitfield"] }))
            .Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be($"call.json: {place}: {reason}");
    }

    [Test]
    public void Read_WithoutSeller_QuotesANameWithBlanks()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("call.json", Answer)).Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be(
            "call.json: cannot tell who the seller is: Fireflies transcripts label speakers but not their roles (speakers: Dana Whitfield, Rohan Mehta); "
            + "name the seller's label or name in ReaderOptions.Sellers, e.g. \"Dana Whitfield\"");
    }

    [Test]
    public void ReadFile_Sample_ReadsTheDiscoveryCall()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", "fireflies.json");

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["Dana Whitfield"] }).Single();

        transcript.Turns.Should().HaveCount(17);
        transcript.Turns[3].Text.Should().Be(
            "The short version is that our ad sales team forecasts by gut feel. We're struggling with deals that slip from one quarter to the next. Nobody flags them until it's too late.");
        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("Dana Whitfield", SpeakerRole.Seller), ("Rohan Mehta", SpeakerRole.Buyer));
    }
}
