using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class WebVttReaderTests
{
    [Test]
    public void Read_VttWithVoiceTagsAndNotes_ReadsRolesTimesAndSourceLines()
    {
        const string vtt = """
            WEBVTT - sales call

            NOTE seller: Dana
            buyer: Chris

            NOTE This is a plain comment: nothing to declare.

            1
            00:00:01.000 --> 00:00:04.200 align:start
            <v Dana>Hi Chris, thanks
            for making time.</v>

            00:04.500 --> 00:06.000
            <v.loud Chris Smith>Sure &amp; happy to.</v>

            cue-3
            00:00:06.000 --> 00:00:07.000
            <v Dana>Great.
            """;

        var transcript = TranscriptReader.Read("call.vtt", vtt).Single();

        transcript.Id.Should().Be("call");
        transcript.Participants.Should().Equal(
            new Participant { Id = "Dana", Name = "Dana", Role = SpeakerRole.Seller },
            new Participant { Id = "Chris Smith", Name = "Chris Smith", Role = SpeakerRole.Buyer });
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "Dana", Text = "Hi Chris, thanks for making time.", Start = 1, End = 4.2, SourceLine = 10 },
            new TranscriptTurn { Speaker = "Chris Smith", Text = "Sure & happy to.", Start = 4.5, End = 6, SourceLine = 14 },
            new TranscriptTurn { Speaker = "Dana", Text = "Great.", Start = 6, End = 7, SourceLine = 18, SourceColumn = 9 });
    }

    [Test]
    public void Read_VttWithNamePrefixes_SplitsSpeakersAndKeepsConsecutiveCuesSeparate()
    {
        const string vtt = "WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nDana: Hi.\r\n\r\n00:02.000 --> 00:03.000\r\nDana: <i>Still</i> me.\r\n\r\n00:03.000 --> 00:04.000\r\nand more from me\r\n\r\n00:04.000 --> 00:05.000\r\n- Chris: Hello.\r\n";

        var transcript = TranscriptReader.Read("call.vtt", vtt, new ReaderOptions { Sellers = ["dana"] }).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text, t.SourceLine)).Should().Equal(
            ("Dana", "Hi.", 4), ("Dana", "Still me.", 7), ("Dana", "and more from me", 10), ("Chris", "Hello.", 13));
        transcript.Participants.Select(p => p.Role).Should().Equal(SpeakerRole.Seller, SpeakerRole.Buyer);
    }

    [Test]
    public void Read_VttWithTwoVoicesInOneCue_MakesTwoTurns()
    {
        const string vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Dana>Hi.</v> <v Chris>Hello: there.</v>\n";

        var turns = TranscriptReader.Read("call.vtt", vtt, new ReaderOptions { Sellers = ["Dana"] }).Single().Turns;

        turns.Select(t => (t.Speaker, t.Text)).Should().Equal(("Dana", "Hi."), ("Chris", "Hello: there."));
    }

    [Test]
    public void Read_VttWithoutHeader_ThrowsAtLineOne()
    {
        var error = ReadFails("call.vtt", "00:01.000 --> 00:02.000\nDana: Hi.\n");

        error.Message.Should().StartWith("call.vtt(1,1): missing 'WEBVTT' header");
    }

    [Test]
    public void Read_VttWithoutBlankLineAfterHeader_ThrowsWithLine()
    {
        var error = ReadFails("call.vtt", "WEBVTT\n00:01.000 --> 00:02.000\nDana: Hi.\n");

        error.Message.Should().Be("call.vtt(2): expected a blank line between the 'WEBVTT' header and the first cue");
    }

    [Test]
    public void Read_VttCueWithoutTimingLine_ThrowsWithLine()
    {
        var error = ReadFails("call.vtt", "WEBVTT\n\nintro\nDana: Hi.\n");

        error.Message.Should().StartWith("call.vtt(4): expected a cue timing line");
    }

    [TestCase("00:01.000 --> 00:0x.000", 15, "malformed timestamp '00:0x.000'")]
    [TestCase("00:01:99.000 --> 00:02.000", 1, "seconds must be below 60")]
    [TestCase(" --> 00:02.000", 2, "missing timestamp")]
    public void Read_VttWithMalformedTimestamp_ThrowsWithLineAndColumn(string timing, int column, string reason)
    {
        var error = ReadFails("call.vtt", $"WEBVTT\n\n{timing}\nDana: Hi.\n");

        error.Line.Should().Be(3);
        error.Column.Should().Be(column);
        error.Message.Should().StartWith($"call.vtt(3,{column}): ").And.Contain(reason);
    }

    [Test]
    public void Read_VttCueEndingBeforeItStarts_ThrowsWithLineAndColumn()
    {
        var error = ReadFails("call.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nDana: Hi.\n", new ReaderOptions { Sellers = ["Dana"] });

        error.Message.Should().Be("call.vtt(3,18): the cue ends at 00:00:04.000, before it starts at 00:00:05.000");
    }

    [Test]
    public void Read_VttFirstCueWithoutSpeaker_ThrowsWithLine()
    {
        var error = ReadFails("call.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nhello everyone\n");

        error.Message.Should().Be("call.vtt(4): cannot tell who speaks: start the cue text with '<v Name>' or 'Name: '");
    }

    [Test]
    public void Read_VttWithoutCues_Throws()
    {
        var error = ReadFails("call.vtt", "WEBVTT\n\nNOTE seller: Dana\n");

        error.Message.Should().StartWith("call.vtt: no cues");
    }

    [Test]
    public void Read_VttWithoutSellerNote_ThrowsCannotTell()
    {
        var error = ReadFails("call.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Dana>Hi.\n");

        error.Message.Should().Be("call.vtt: cannot tell who the seller is: add '# seller: NAME' or name the seller in ReaderOptions.Sellers (speakers: Dana)");
    }

    [Test]
    public void Read_ZoomExport_ReadsNumberedCuesWithNamePrefixes()
    {
        const string vtt = """
            WEBVTT

            1
            00:00:03.124 --> 00:00:07.188
            Dana Whitfield: Hi Keisha, hi Leo. Can you both hear me okay?

            2
            00:00:09.674 --> 00:00:13.840
            Keisha Moreno: Yes, loud and clear.

            3
            00:00:14.100 --> 00:00:16.000
            Keisha Moreno: Thanks for setting this up.
            """;

        var transcript = TranscriptReader.Read("zoom.vtt", vtt, new ReaderOptions { Sellers = ["Dana Whitfield"] }).Single();

        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "Dana Whitfield", Text = "Hi Keisha, hi Leo. Can you both hear me okay?", Start = 3.124, End = 7.188, SourceLine = 5, SourceColumn = 17 },
            new TranscriptTurn { Speaker = "Keisha Moreno", Text = "Yes, loud and clear.", Start = 9.674, End = 13.84, SourceLine = 9, SourceColumn = 16 },
            new TranscriptTurn { Speaker = "Keisha Moreno", Text = "Thanks for setting this up.", Start = 14.1, End = 16, SourceLine = 13, SourceColumn = 16 });
    }

    [Test]
    public void Read_TeamsExport_JoinsThePartsOfOneUtterance()
    {
        const string vtt = """
            WEBVTT

            0d2a5c4e-1b2c-4d3e-9f8a-123456789abc/18-0
            00:00:01.825 --> 00:00:05.506
            <v Dana Whitfield>Hi Ingrid, hi Tobias.</v>

            0d2a5c4e-1b2c-4d3e-9f8a-123456789abc/18-1
            00:00:05.506 --> 00:00:08.301
            <v Dana Whitfield>I've read your comments.</v>

            7c9e1f20-5a6b-4c7d-8e9f-0a1b2c3d4e5f/61-0
            00:00:09.159 --> 00:00:13.009
            <v Ingrid Solberg>Thanks, Dana.</v>

            9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d/62-0
            00:00:13.100 --> 00:00:14.000
            <v Ingrid Solberg>The issue is the price.</v>

            9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d/62-1
            00:00:14.000 --> 00:00:15.000
            <v Tobias Brandt>Agreed.</v>
            """;

        var transcript = TranscriptReader.Read("teams.vtt", vtt, new ReaderOptions { Sellers = ["Dana Whitfield"] }).Single();

        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "Dana Whitfield", Text = "Hi Ingrid, hi Tobias. I've read your comments.", Start = 1.825, End = 8.301, SourceLine = 5 },
            new TranscriptTurn { Speaker = "Ingrid Solberg", Text = "Thanks, Dana.", Start = 9.159, End = 13.009, SourceLine = 13, SourceColumn = 19 },
            new TranscriptTurn { Speaker = "Ingrid Solberg", Text = "The issue is the price.", Start = 13.1, End = 14, SourceLine = 17, SourceColumn = 19 },
            new TranscriptTurn { Speaker = "Tobias Brandt", Text = "Agreed.", Start = 14, End = 15, SourceLine = 21, SourceColumn = 18 });
    }

    [TestCase("zoom.vtt", 16, "Keisha Moreno")]
    [TestCase("teams.vtt", 15, "Ingrid Solberg")]
    public void ReadFile_MeetingToolSamples_ReadWithTheSellerName(string file, int turns, string firstBuyer)
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", file);

        var transcript = TranscriptReader.ReadFile(path, new ReaderOptions { Sellers = ["Dana Whitfield"] }).Single();

        transcript.Turns.Should().HaveCount(turns);
        transcript.Turns.Select(t => t.Speaker).Distinct().Take(2).Should().Equal("Dana Whitfield", firstBuyer);
        transcript.Participants.Where(p => p.Role == SpeakerRole.Seller).Select(p => p.Id).Should().Equal("Dana Whitfield");
    }

    private static TranscriptFormatException ReadFails(string name, string content, ReaderOptions? options = null) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content, options)).Should().Throw<TranscriptFormatException>().Which;
}
