using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class GoogleMeetReaderTests
{
    // The layout Google Docs gives a Meet transcript today: date, title, then timestamps and paragraphs, blank lines holding a no-break space.
    private const string Current = "Mar 11, 2025\nNorthwind / Pinecrest: forecasting intro - Transcript\n00:00:00\n\u00a0\n"
        + "Dana Whitfield: Hi Amara, hi Ben.\nAmara Okafor: Hi Dana.\nBen Castillo: Hello.\n\u00a0\n\u00a0\n00:01:26\n\u00a0\n"
        + "Dana Whitfield: Let me share my screen.\nso you can see the dashboard\n\u00a0\n\u00a0\nTranscription ended after 00:02:07\n\n\n"
        + "This editable transcript was computer generated and might contain errors. People can also change the text after it was created.\n";

    // The layout of 2023-2024: title with the date, attendees, the notice at the top, a timestamp every five minutes, the end notice.
    private const string Older = """
        ixm-sgeg-wxy (2024-07-18 15:44 GMT-7) - Transcript

        Attendees

        Dana Whitfield, Dana Whitfield's Presentation, tiago - stakin

        Transcript

        This editable transcript was computer generated and might contain errors. People can also change the text after it was created.

        Dana Whitfield: So the plan is: Monday.

        tiago - stakin: Works for me.

        00:05:00

        tiago - stakin: One more thing.

        Meeting ended after 00:05:19 👋
        """;

    [Test]
    public void Read_CurrentLayout_ReadsParagraphsTimesAndContinuations()
    {
        var transcript = TranscriptReader.Read("intro.txt", Current, new ReaderOptions { Sellers = ["Dana Whitfield"] }).Single();

        transcript.Id.Should().Be("intro");
        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(
            ("Dana Whitfield", SpeakerRole.Seller), ("Amara Okafor", SpeakerRole.Buyer), ("Ben Castillo", SpeakerRole.Buyer));
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "Dana Whitfield", Text = "Hi Amara, hi Ben.", Start = 0, SourceLine = 5 },
            new TranscriptTurn { Speaker = "Amara Okafor", Text = "Hi Dana.", SourceLine = 6 },
            new TranscriptTurn { Speaker = "Ben Castillo", Text = "Hello.", SourceLine = 7 },
            new TranscriptTurn { Speaker = "Dana Whitfield", Text = "Let me share my screen. so you can see the dashboard", Start = 86, SourceLine = 12 });
    }

    [Test]
    public void Read_OlderLayout_SkipsTheHeaderAndKnowsTheAttendees()
    {
        var transcript = TranscriptReader.Read("sync.txt", Older, new ReaderOptions { Sellers = ["dana whitfield"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text, t.Start)).Should().Equal(
            ("Dana Whitfield", "So the plan is: Monday.", (double?)null), ("tiago - stakin", "Works for me.", null), ("tiago - stakin", "One more thing.", 300));
    }

    [Test]
    public void Read_WithoutSeller_ListsTheSpeakers()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("intro.txt", Current)).Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be(
            "intro.txt: cannot tell who the seller is: Google Meet transcripts label speakers but not their roles "
            + "(speakers: Dana Whitfield, Amara Okafor, Ben Castillo); name the seller's label or name in ReaderOptions.Sellers, e.g. \"Dana Whitfield\"");
    }

    [Test]
    public void Read_HeaderWithoutParagraphs_Throws()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("empty.txt", "Weekly sync - Transcript\n00:00:00\n\nMeeting ended after 00:00:04\n"))
            .Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be("empty.txt: no turns: expected 'Name: text' paragraphs after the Google Meet header");
    }

    [TestCase("Weekly sync - Transcript\nDana: Hi.\n", true)]
    [TestCase("Attendees\nDana, Chris\nDana: Hi.\n", true)]
    [TestCase("00:00:00\nDana: Hi.\n", true)]
    [TestCase("(00:01:26)\nDana: Hi.\n", true)]
    [TestCase("Dana: Hi.\nChris: Hello.\n\nMeeting ended after 00:01:02 👋\n", true)]
    [TestCase("Dana: Hi.\nChris: Hello.\n", false)]
    [TestCase("# seller: Dana\n00:00:00\nDana: Hi.\n", false)]
    [TestCase("[00:00:05] Dana: Hi.\nChris: Hello.\nDana: I'll send the notes - Transcript\n", false)]
    public void DetectFormat_Text_TellsGoogleMeetFromPlainText(string content, bool meet)
    {
        TranscriptReader.DetectFormat("call.txt", content).Should().Be(meet ? "meet" : "txt");
    }

    [Test]
    public void ReadFile_Sample_ReadsTheDemoCall()
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", "google-meet.txt");

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["Dana Whitfield"] }).Single();

        transcript.Turns.Should().HaveCount(14);
        transcript.Turns[8].Should().Be(new TranscriptTurn
        {
            Speaker = "Ben Castillo", Text = "Where is the data stored? Our compliance team will ask, because we're an insurance company.", SourceLine = 17,
        });
        transcript.Turns.Count(t => t.Start is not null).Should().Be(2);
    }
}
