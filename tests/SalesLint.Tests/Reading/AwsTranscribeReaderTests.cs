using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class AwsTranscribeReaderTests
{
    private const string Job = """
        {"jobName": "call", "status": "COMPLETED", "results": {
          "transcripts": [{"transcript": "Hi, Chris. Hello? Great"}],
          "items": [
            {"id": 0, "type": "pronunciation", "alternatives": [{"confidence": "0.99", "content": "Hi"}], "start_time": "0.5", "end_time": "0.8", "speaker_label": "spk_0"},
            {"id": 1, "type": "punctuation", "alternatives": [{"confidence": "0.0", "content": ","}], "speaker_label": "spk_0"},
            {"id": 2, "type": "pronunciation", "alternatives": [{"confidence": "0.98", "content": "Chris"}], "start_time": "0.9", "end_time": "1.4", "speaker_label": "spk_0"},
            {"id": 3, "type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "."}], "speaker_label": "spk_0"},
            {"id": 4, "type": "pronunciation", "alternatives": [{"confidence": "0.97", "content": "Hello"}], "start_time": "2.0", "end_time": "2.6", "speaker_label": "spk_1"},
            {"id": 5, "type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "?"}], "speaker_label": "spk_1"},
            {"id": 6, "type": "pronunciation", "alternatives": [{"confidence": "0.99", "content": "Great"}], "start_time": "3.1", "end_time": "3.5", "speaker_label": "spk_0"}
          ]}}
        """;

    [Test]
    public void Read_ItemsWithSpeakerLabels_GroupsWordsIntoTurnsAndJoinsPunctuation()
    {
        var transcript = TranscriptReader.Read("call.json", Job, new ReaderOptions { Sellers = ["spk_0"] }).Single();

        transcript.Id.Should().Be("call");
        transcript.Participants.Should().Equal(
            new Participant { Id = "spk_0", Name = "spk_0", Role = SpeakerRole.Seller },
            new Participant { Id = "spk_1", Name = "spk_1", Role = SpeakerRole.Buyer });
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "spk_0", Text = "Hi, Chris.", Start = 0.5, End = 1.4 },
            new TranscriptTurn { Speaker = "spk_1", Text = "Hello?", Start = 2.0, End = 2.6 },
            new TranscriptTurn { Speaker = "spk_0", Text = "Great", Start = 3.1, End = 3.5 });
    }

    [Test]
    public void Read_OlderOutputWithSpeakerSegmentsOnly_TakesTheSpeakerFromTheSegmentTimes()
    {
        const string json = """
            {"results": {
              "speaker_labels": {"speakers": 2, "segments": [
                {"start_time": "0.0", "end_time": "1.5", "speaker_label": "spk_1", "items": []},
                {"start_time": "1.5", "end_time": "3.0", "speaker_label": "spk_0", "items": []}]},
              "items": [
                {"type": "pronunciation", "alternatives": [{"content": "Morning"}], "start_time": "0.2", "end_time": "0.7"},
                {"type": "punctuation", "alternatives": [{"content": "."}]},
                {"type": "pronunciation", "alternatives": [{"content": "Hi"}], "start_time": "1.5", "end_time": "1.8"},
                {"type": "pronunciation", "alternatives": [{"content": "there"}], "start_time": "1.9", "end_time": "2.4"}
              ]}}
            """;

        var transcript = TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["spk_0"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text, t.Start, t.End)).Should().Equal(("spk_1", "Morning.", 0.2, 0.7), ("spk_0", "Hi there", 1.5, 2.4));
        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("spk_1", SpeakerRole.Buyer), ("spk_0", SpeakerRole.Seller));
    }

    [Test]
    public void Read_ChannelIdentification_InterleavesTheChannelsByTime()
    {
        const string json = """
            {"results": {"transcripts": [{"transcript": "..."}], "items": [],
              "channel_labels": {"number_of_channels": 2, "channels": [
                {"channel_label": "ch_0", "items": [
                  {"type": "pronunciation", "alternatives": [{"content": "Hello"}], "start_time": "0.1", "end_time": "0.5"},
                  {"type": "punctuation", "alternatives": [{"content": "."}]},
                  {"type": "pronunciation", "alternatives": [{"content": "Thanks"}], "start_time": "2.0", "end_time": "2.4"}]},
                {"channel_label": "ch_1", "items": [
                  {"type": "pronunciation", "alternatives": [{"content": "Hi"}], "start_time": "1.0", "end_time": "1.3"},
                  {"type": "punctuation", "alternatives": [{"content": "!"}]}]}]}}}
            """;

        var transcript = TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["ch_0"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text)).Should().Equal(("ch_0", "Hello."), ("ch_1", "Hi!"), ("ch_0", "Thanks"));
    }

    [Test]
    public void Read_WithoutSpeakerLabels_SaysHowToGetThem()
    {
        const string json = """{"results": {"items": [{"type": "pronunciation", "alternatives": [{"content": "Hi"}], "start_time": "0.1", "end_time": "0.4"}]}}""";

        var error = ReadFails("call.json", json);

        error.Message.Should().Be("call.json: results: no speaker labels: run the transcription job with speaker partitioning (ShowSpeakerLabels) or channel identification (ChannelIdentification)");
    }

    [TestCase("\"start_time\": \"0.9\"", "\"start_time\": \"soon\"", "results.items[2].start_time", "expected a number of seconds, found 'soon'")]
    [TestCase("\"end_time\": \"1.4\"", "\"end_time\": \"0.2\"", "results.items[2].end_time", "ends at 00:00:00.200, before it starts at 00:00:00.900")]
    [TestCase("\"start_time\": \"0.9\", ", "", "results.items[2].start_time", "missing: expected a number of seconds")]
    [TestCase("\"content\": \"Chris\"", "\"content\": 7", "results.items[2].alternatives[0].content", "expected a string, found a number")]
    [TestCase("\"type\": \"punctuation\", \"alternatives\": [{\"confidence\": \"0.0\", \"content\": \".\"}]", "\"type\": \"pause\", \"alternatives\": [{\"content\": \"\"}]", "results.items[3].type", "unknown item type 'pause'")]
    public void Read_BadItem_ThrowsNamingTheJsonPath(string original, string replacement, string place, string reason)
    {
        var json = Job.Replace(original, replacement, StringComparison.Ordinal);
        json.Should().NotBe(Job);

        var error = ReadFails("call.json", json, new ReaderOptions { Sellers = ["spk_0"] });

        error.Place.Should().Be(place);
        error.Message.Should().StartWith($"call.json: {place}: ").And.Contain(reason);
    }

    [Test]
    public void Read_NoWords_Throws()
    {
        var error = ReadFails("call.json", """{"results": {"transcripts": [{"transcript": ""}], "items": []}}""");

        error.Message.Should().Be("call.json: results.items: no words: the transcript is empty");
    }

    [Test]
    public void Read_WithoutSeller_ListsTheLabelsAndShowsTheOption()
    {
        var error = ReadFails("call.json", Job);

        error.Message.Should().Be(
            "call.json: cannot tell who the seller is: AWS Transcribe transcripts label speakers but not their roles (speakers: spk_0, spk_1); "
            + "name the seller's label or name in ReaderOptions.Sellers, e.g. \"spk_0\"");
    }

    [Test]
    public void Read_SellerMatchingNoLabel_SaysSo()
    {
        var error = ReadFails("call.json", Job, new ReaderOptions { Sellers = ["Dana"] });

        error.Message.Should().Contain("(speakers: spk_0, spk_1; no speaker matches ReaderOptions.Sellers 'Dana'); name the seller's label");
    }

    [Test]
    public void ReadFile_Sample_ReadsTheDiscoveryCall()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", "aws-transcribe.json");

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["spk_0"] }).Single();

        transcript.Turns.Should().HaveCount(15);
        transcript.Turns[0].Text.Should().Be("Hi Priyanka, it's Dana from Northwind Analytics. Thanks for taking the call.");
        transcript.Turns[3].Text.Should().StartWith("Honestly, timing. We just missed our quarterly number by about twelve percent,");
        transcript.Turns.Should().OnlyContain(t => t.Start < t.End);
        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("spk_0", SpeakerRole.Seller), ("spk_1", SpeakerRole.Buyer));
    }

    private static TranscriptFormatException ReadFails(string name, string content, ReaderOptions? options = null) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content, options)).Should().Throw<TranscriptFormatException>().Which;
}
