using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class DeepgramReaderTests
{
    private const string Utterances = """
        {"metadata": {"request_id": "r1", "duration": 9.0, "channels": 1},
         "results": {
           "channels": [{"alternatives": [{"transcript": "ignored here", "words": []}]}],
           "utterances": [
             {"start": 0.4, "end": 2.0, "confidence": 0.98, "channel": 0, "transcript": "Hi Greta, thanks for making time.", "speaker": 0, "id": "u1"},
             {"start": 2.6, "end": 3.9, "confidence": 0.97, "channel": 0, "transcript": "I saw your note.", "speaker": 0, "id": "u2"},
             {"start": 4.5, "end": 6.0, "confidence": 0.95, "channel": 0, "transcript": "Thanks, Dana.", "speaker": 1, "id": "u3"},
             {"start": 6.2, "end": 6.2, "confidence": 0.0, "channel": 0, "transcript": "", "speaker": 2, "id": "u4"}]}}
        """;

    [Test]
    public void Read_Utterances_JoinsRunsOfOneSpeakerIntoTurns()
    {
        var transcript = TranscriptReader.Read("renewal.json", Utterances, new ReaderOptions { Sellers = ["0"] }).Single();

        transcript.Id.Should().Be("renewal");
        transcript.Participants.Should().Equal(
            new Participant { Id = "0", Name = "Speaker 0", Role = SpeakerRole.Seller },
            new Participant { Id = "1", Name = "Speaker 1", Role = SpeakerRole.Buyer });
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "0", Text = "Hi Greta, thanks for making time. I saw your note.", Start = 0.4, End = 3.9 },
            new TranscriptTurn { Speaker = "1", Text = "Thanks, Dana.", Start = 4.5, End = 6.0 });
    }

    [Test]
    public void Read_SellerGivenAsDisplayName_MatchesTheLabel()
    {
        var transcript = TranscriptReader.Read("renewal.json", Utterances, new ReaderOptions { Sellers = ["speaker 0"] }).Single();

        transcript.Participants[0].Role.Should().Be(SpeakerRole.Seller);
    }

    [Test]
    public void Read_WordsWithoutUtterances_UsesPunctuatedWords()
    {
        const string json = """
            {"results": {"channels": [{"alternatives": [{"transcript": "hi there hello", "words": [
              {"word": "hi", "start": 0.1, "end": 0.3, "confidence": 0.9, "speaker": 0, "punctuated_word": "Hi"},
              {"word": "there", "start": 0.3, "end": 0.6, "confidence": 0.9, "speaker": 0, "punctuated_word": "there."},
              {"word": "hello", "start": 1.0, "end": 1.4, "confidence": 0.9, "speaker": 1}]}]}]}}
            """;

        var transcript = TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["0"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text, t.Start, t.End)).Should().Equal(("0", "Hi there.", 0.1, 0.6), ("1", "hello", 1.0, 1.4));
    }

    [Test]
    public void Read_Multichannel_TakesEachChannelAsASpeaker()
    {
        const string json = """
            {"metadata": {"channels": 2}, "results": {"channels": [
              {"alternatives": [{"words": [
                {"word": "hello", "start": 0.1, "end": 0.5, "punctuated_word": "Hello."},
                {"word": "great", "start": 2.0, "end": 2.3, "punctuated_word": "Great."}]}]},
              {"alternatives": [{"words": [
                {"word": "hi", "start": 1.0, "end": 1.2, "punctuated_word": "Hi."}]}]}]}}
            """;

        var transcript = TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["ch_0"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text)).Should().Equal(("ch_0", "Hello."), ("ch_1", "Hi."), ("ch_0", "Great."));
        transcript.Participants.Select(p => p.Name).Should().Equal("Channel 0", "Channel 1");
    }

    [Test]
    public void Read_WithoutDiarization_SaysHowToRequestIt()
    {
        var json = Utterances.Replace(", \"speaker\": 0, \"id\": \"u1\"", ", \"id\": \"u1\"", StringComparison.Ordinal);

        var error = ReadFails("call.json", json);

        error.Place.Should().Be("results.utterances[0].speaker");
        error.Message.Should().Contain("the transcript has no speaker labels; request it with diarize=true");
    }

    [Test]
    public void Read_UtteranceEndingBeforeItStarts_ThrowsNamingThePath()
    {
        var json = Utterances.Replace("\"start\": 2.6, \"end\": 3.9", "\"start\": 2.6, \"end\": 1.9", StringComparison.Ordinal);

        var error = ReadFails("call.json", json);

        error.Message.Should().Be("call.json: results.utterances[1].end: ends at 00:00:01.900, before it starts at 00:00:02.600");
    }

    [Test]
    public void Read_NoWords_Throws()
    {
        var error = ReadFails("call.json", """{"results": {"channels": [{"alternatives": [{"transcript": "", "words": []}]}], "utterances": []}}""");

        error.Message.Should().Be("call.json: results: no words: the transcript is empty");
    }

    [Test]
    public void Read_WithoutSeller_ListsLabelsWithNames()
    {
        var error = ReadFails("call.json", Utterances);

        error.Message.Should().Be(
            "call.json: cannot tell who the seller is: Deepgram transcripts label speakers but not their roles (speakers: 0 (Speaker 0), 1 (Speaker 1)); "
            + "name the seller's label or name in ReaderOptions.Sellers, e.g. \"0\"");
    }

    [Test]
    public void ReadFile_Sample_ReadsTheRenewalCall()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", "deepgram.json");

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["0"] }).Single();

        transcript.Turns.Should().HaveCount(14);
        transcript.Turns[4].Text.Should().Be("Okay. I can take ten percent off the license straight away.");
        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("0", SpeakerRole.Seller), ("1", SpeakerRole.Buyer));
    }

    private static TranscriptFormatException ReadFails(string name, string content) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content)).Should().Throw<TranscriptFormatException>().Which;

    [Test]
    public void Read_UtteranceHoldingTwoSpeakersWords_SplitsWhereTheWordsSpeakerChanges()
    {
        var transcript = TranscriptReader.ReadFile(SplitUtteranceFixture, new ReaderOptions { Sellers = ["0"] }).Single();

        transcript.Turns.Select(t => t.Speaker).Should().Equal("0", "1", "0", "1", "0", "1", "0", "1");
        var question = transcript.Turns[4];
        question.Text.Should().Be("Is there anything else I can help you with today?");
        var answer = transcript.Turns[5];
        answer.Text.Should().Be("No. That's all I needed.");
        answer.Start.Should().BeGreaterThan(question.End!.Value);
        transcript.Turns.Should().OnlyContain(t => t.Start <= t.End);
    }

    [Test]
    public void Analyze_UtteranceHoldingTheBuyersAnswer_IsNoSelfAnsweredQuestion()
    {
        var options = new ReaderOptions { Sellers = ["0"] };
        var byWords = TranscriptReader.ReadFile(SplitUtteranceFixture, options).Single();
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SplitUtteranceFixture))!;
        foreach (var utterance in json["results"]!["utterances"]!.AsArray())
        {
            utterance!.AsObject().Remove("words");
        }

        var byUtterances = TranscriptReader.Read("split.json", json.ToJsonString(), options).Single();

        // Read by utterance, the buyer's "No." is the seller's and looks like a seller answering their own question.
        TestSupport.BuiltInEngine.Analyze(byUtterances).Diagnostics.Should().Contain(d => d.RuleId == "SL3004");
        TestSupport.BuiltInEngine.Analyze(byWords).Diagnostics.Should().NotContain(d => d.RuleId == "SL3004");
    }

    private static string SplitUtteranceFixture => Path.Combine(TestSupport.RepositoryRoot, "tests", "SalesLint.Tests", "Reading", "Fixtures", "deepgram-split-utterance.json");
}
