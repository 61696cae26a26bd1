using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class JsonTranscriptReaderTests
{
    private const string Call = """
        {"id": "call-001",
         "participants": [{"id": "S", "name": "Dana", "role": "seller"}, {"id": "B", "name": "Chris", "role": "Buyer"}],
         "turns": [{"speaker": "S", "start": 0.0, "end": 4.2, "text": "Hi Chris, thanks for making time."},
                   {"speaker": "B", "start": 4.5, "text": "  Sure, happy to.  "},
                   {"speaker": "S", "text": "   "}]}
        """;

    [Test]
    public void Read_CanonicalJson_ReadsIdsNamesRolesAndTimes()
    {
        var transcripts = TranscriptReader.Read("call.json", Call);

        transcripts.Should().ContainSingle();
        var transcript = transcripts[0];
        transcript.Id.Should().Be("call-001");
        transcript.SourcePath.Should().Be("call.json");
        transcript.Participants.Should().Equal(
            new Participant { Id = "S", Name = "Dana", Role = SpeakerRole.Seller },
            new Participant { Id = "B", Name = "Chris", Role = SpeakerRole.Buyer });
        transcript.Turns.Should().HaveCount(2, "the blank third turn is skipped");
        transcript.Turns[0].Should().Be(new TranscriptTurn { Speaker = "S", Text = "Hi Chris, thanks for making time.", Start = 0.0, End = 4.2, SourceLine = 3, SourceColumn = 64 });
        transcript.Turns[1].Should().Be(new TranscriptTurn { Speaker = "B", Text = "Sure, happy to.", Start = 4.5, SourceLine = 4, SourceColumn = 54 });
    }

    [Test]
    public void Read_JsonWithMetadata_KeepsScalarValuesAsText()
    {
        const string json = """
            {"participants": [{"id": "S", "role": "seller"}, {"id": "B", "role": "buyer"}], "turns": [],
             "metadata": {"listing_price": 1850, "category": "housing", "furnished": false, "photos": ["a.jpg"], "note": null}}
            """;

        var transcript = TranscriptReader.Read("listing.json", json).Single();

        transcript.Metadata.Should().BeEquivalentTo(new Dictionary<string, string> { ["listing_price"] = "1850", ["category"] = "housing", ["furnished"] = "false" });
        transcript.Metadata["LISTING_PRICE"].Should().Be("1850", "names are matched ignoring case");
        TranscriptReader.Read("call.json", Call).Single().Metadata.Should().BeEmpty();
    }

    [Test]
    public void Read_JsonMetadataNotAnObject_NamesTheFileAndPlace()
    {
        const string json = """{"participants": [{"id": "S", "role": "seller"}], "turns": [], "metadata": 12}""";

        var act = () => TranscriptReader.Read("listing.json", json);

        act.Should().Throw<TranscriptFormatException>().WithMessage("*listing.json*metadata*");
    }

    [Test]
    public void Read_JsonWithoutIdOrNames_DefaultsToFileNameAndParticipantIds()
    {
        const string json = """{"participants": [{"id": "Dana", "role": "SELLER"}, {"id": "Chris", "role": "other"}], "turns": []}""";

        var transcript = TranscriptReader.Read("calls/monday-call.json", json).Single();

        transcript.Id.Should().Be("monday-call");
        transcript.Participants.Select(p => p.Name).Should().Equal("Dana", "Chris");
        transcript.Participants[1].Role.Should().Be(SpeakerRole.Other, "a declared role is kept");
        transcript.Turns.Should().BeEmpty("an empty turns array is allowed");
    }

    [Test]
    public void Read_JsonArray_ReadsEveryConversationWithNumberedDefaultIds()
    {
        const string json = """
            [{"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "text": "One."}]},
             {"id": "second", "participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "text": "Two."}]}]
            """;

        var transcripts = TranscriptReader.Read("batch.json", json);

        transcripts.Select(t => t.Id).Should().Equal("batch#1", "second");
        transcripts.Select(t => t.Turns.Single().Text).Should().Equal("One.", "Two.");
    }

    [Test]
    public void Read_JsonLines_ReadsOneConversationPerLineWithSourceLines()
    {
        const string jsonl = """
            {"id": "a", "participants": [{"id": "S", "role": "seller"}, {"id": "B", "role": "buyer"}], "turns": [{"speaker": "S", "text": "Hi."}, {"speaker": "B", "text": "Hello."}]}

            {"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "start": 1.5, "text": "Bye."}]}
            """;

        var transcripts = TranscriptReader.Read("day.jsonl", jsonl);

        transcripts.Select(t => t.Id).Should().Equal("a", "day#3");
        transcripts[0].Turns.Select(t => t.SourceLine).Should().Equal(1, 1);
        transcripts[1].Turns.Single().SourceLine.Should().Be(3);
        transcripts[1].Turns.Single().Start.Should().Be(1.5);
    }

    [Test]
    public void Read_JsonWithSellerOption_OptionWinsOverFileRole()
    {
        var transcript = TranscriptReader.Read("call.json", Call, new ReaderOptions { Sellers = ["chris"], Buyers = ["S"] }).Single();

        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("S", SpeakerRole.Buyer), ("B", SpeakerRole.Seller));
    }

    [Test]
    public void Read_JsonWithUnknownSpeaker_ThrowsWithPlace()
    {
        var json = Call.Replace("\"speaker\": \"B\"", "\"speaker\": \"X\"", StringComparison.Ordinal);

        var error = ReadFails("call.json", json);

        error.Place.Should().Be("turns[1].speaker");
        error.Message.Should().StartWith("call.json: turns[1].speaker: ").And.Contain("unknown speaker 'X'").And.Contain("S, B");
    }

    [Test]
    public void Read_JsonLinesWithUnknownSpeaker_ThrowsWithLineAndPlace()
    {
        const string jsonl = """
            {"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "text": "Hi."}]}
            {"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "text": "Hi."}, {"speaker": "Q", "text": "?"}]}
            """;

        var error = ReadFails("day.jsonl", jsonl);

        error.Line.Should().Be(2);
        error.Message.Should().StartWith("day.jsonl(2): turns[1].speaker: unknown speaker 'Q'");
    }

    [Test]
    public void Read_JsonArrayElementError_PlaceIncludesArrayIndex()
    {
        const string json = """
            [{"participants": [{"id": "S", "role": "seller"}], "turns": []},
             {"participants": [{"id": "S", "role": "boss"}], "turns": []}]
            """;

        var error = ReadFails("batch.json", json);

        error.Message.Should().Be("batch.json: [1].participants[0].role: unknown role 'boss': expected seller, buyer or other");
    }

    [Test]
    public void Read_MalformedJson_ThrowsWithLineAndColumn()
    {
        const string json = "{\"participants\": [],\n  \"turns\": [,]}";

        var error = ReadFails("call.json", json);

        error.Line.Should().Be(2);
        error.Column.Should().Be(13);
        error.Message.Should().StartWith("call.json(2,13): invalid JSON: ").And.NotContain("LineNumber");
    }

    [Test]
    public void Read_MalformedJsonLine_ThrowsWithFileLineAndColumn()
    {
        const string jsonl = """
            {"participants": [{"id": "S", "role": "seller"}], "turns": []}
            {"participants": [{"id": "S", "role": "seller"}], "turns": [}
            """;

        var error = ReadFails("day.jsonl", jsonl);

        error.Line.Should().Be(2);
        error.Column.Should().Be(61);
        error.Message.Should().StartWith("day.jsonl(2,61): invalid JSON");
    }

    [Test]
    public void Read_JsonDeeperThanMaxDepth_Throws()
    {
        var json = new string('[', 100) + new string(']', 100);

        var error = ReadFails("deep.json", json);

        error.Message.Should().Contain("deep.json(1,").And.Contain("invalid JSON").And.Contain("64");
    }

    [TestCase("""{"turns": []}""", "participants", "missing")]
    [TestCase("""{"participants": [], "turns": []}""", "participants", "at least one participant")]
    [TestCase("""{"participants": [{"role": "seller"}], "turns": []}""", "participants[0].id", "missing")]
    [TestCase("""{"participants": [{"id": "S", "role": "seller"}, {"id": "S", "role": "buyer"}], "turns": []}""", "participants[1].id", "duplicate participant id 'S'")]
    [TestCase("""{"participants": [{"id": "S"}], "turns": []}""", "participants[0].role", "missing")]
    [TestCase("""{"participants": [{"id": "S", "role": "seller"}]}""", "turns", "missing")]
    [TestCase("""{"participants": [{"id": "S", "role": "seller"}], "turns": {}}""", "turns", "expected an array")]
    [TestCase("""{"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S"}]}""", "turns[0].text", "missing")]
    [TestCase("""{"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "text": 3}]}""", "turns[0].text", "expected a string, found a number")]
    [TestCase("""{"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "text": "x", "start": "0:01"}]}""", "turns[0].start", "expected a number of seconds")]
    [TestCase("""{"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "text": "x", "start": -1}]}""", "turns[0].start", "negative")]
    [TestCase("""{"participants": [{"id": "S", "role": "seller"}], "turns": [{"speaker": "S", "text": "x", "start": 5, "end": 2}]}""", "turns[0].end", "before it starts")]
    [TestCase("""{"id": true, "participants": [{"id": "S", "role": "seller"}], "turns": []}""", "id", "expected a string")]
    public void Read_JsonWithSemanticError_ThrowsNamingThePlace(string json, string place, string reason)
    {
        var error = ReadFails("call.json", json);

        error.Place.Should().Be(place);
        error.Line.Should().BeNull();
        error.Message.Should().StartWith($"call.json: {place}: ").And.Contain(reason);
    }

    [TestCase("42")]
    [TestCase("[]")]
    public void Read_JsonWithoutConversations_Throws(string json)
    {
        var error = ReadFails("call.json", json);

        error.Message.Should().StartWith("call.json").And.Match("*conversation*");
    }

    [Test]
    public void Read_JsonWithoutSeller_ThrowsCannotTell()
    {
        const string json = """{"participants": [{"id": "A", "role": "buyer"}], "turns": [{"speaker": "A", "text": "Hi."}]}""";

        var error = ReadFails("call.json", json);

        error.Message.Should().Be("call.json: cannot tell who the seller is: add '# seller: NAME' or name the seller in ReaderOptions.Sellers (speakers: A)");
    }

    [Test]
    public void Read_JsonLinesWithoutSeller_NamesTheLine()
    {
        const string jsonl = """
            {"participants": [{"id": "A", "role": "seller"}], "turns": []}
            {"participants": [{"id": "A", "role": "other"}], "turns": []}
            """;

        var error = ReadFails("day.jsonl", jsonl);

        error.Line.Should().Be(2);
        error.Message.Should().StartWith("day.jsonl(2): cannot tell who the seller is");
    }

    private static TranscriptFormatException ReadFails(string name, string content) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content)).Should().Throw<TranscriptFormatException>().Which;

    [Test]
    public void Read_JsonTurns_KnowTheirSourceLines()
    {
        const string json = "{\"id\": \"x\",\n \"participants\": [{\"id\": \"S\", \"role\": \"seller\"}],\n \"turns\": [\n   {\"speaker\": \"S\", \"text\": \"Hi.\"},\n\n   {\"speaker\": \"S\",\n    \"text\": \"Bye.\"}]}";

        var transcript = TranscriptReader.Read("call.json", json).Single();

        transcript.Turns.Select(t => t.SourceLine).Should().Equal(4, 6);
    }

    [Test]
    public void Read_JsonArray_KnowsTurnLinesPerConversation()
    {
        const string json = "[{\"participants\": [{\"id\": \"S\", \"role\": \"seller\"}], \"turns\": [{\"speaker\": \"S\", \"text\": \"A.\"}]},\n {\"participants\": [{\"id\": \"S\", \"role\": \"seller\"}],\n  \"turns\": [{\"speaker\": \"S\", \"text\": \"B.\"}]}]";

        var transcripts = TranscriptReader.Read("calls.json", json);

        transcripts.Select(t => t.Turns[0].SourceLine).Should().Equal(1, 3);
    }

    [Test]
    public void Read_TurnTextOnTheTurnsLineWithoutEscapes_HasItsColumn()
    {
        const string json = """
            {"participants": [{"id": "josé", "role": "seller"}, {"id": "b", "role": "buyer"}],
             "turns": [
              {"speaker": "josé", "text": "  Our solution fits."},
              {"speaker": "b", "text": "Say \"more\"."},
              {"speaker": "josé",
               "text": "On its own line."},
              {"speaker": "b", "text": "😀 fine", "end": 3}]}
            """;

        var transcript = TranscriptReader.Read("call.json", json).Single();

        var lines = json.Split('\n');
        transcript.Turns.Select(t => (t.SourceLine, t.SourceColumn)).Should().Equal((3, 34), (4, null), (5, null), (7, 29));
        var first = transcript.Turns[0];
        lines[first.SourceLine!.Value - 1].Substring(first.SourceColumn!.Value - 1, first.Text.Length).Should().Be("Our solution fits.");
        var last = transcript.Turns[3];
        lines[last.SourceLine!.Value - 1].Substring(last.SourceColumn!.Value - 1, last.Text.Length).Should().Be("😀 fine");
    }
}
