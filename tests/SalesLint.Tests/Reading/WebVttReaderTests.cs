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
            new TranscriptTurn { Speaker = "Dana", Text = "Great.", Start = 6, End = 7, SourceLine = 18 });
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

        error.Message.Should().Be("call.vtt: cannot tell who the seller is: add '# seller: NAME' or pass --seller NAME");
    }

    private static TranscriptFormatException ReadFails(string name, string content, ReaderOptions? options = null) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content, options)).Should().Throw<TranscriptFormatException>().Which;
}
