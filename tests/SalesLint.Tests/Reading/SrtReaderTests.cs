using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class SrtReaderTests
{
    private const string Srt = """
        1
        00:00:01,000 --> 00:00:04,200
        Dana: Hi Chris, thanks
        for making time.

        2
        00:00:04,500 --> 00:00:06,000
        Chris: Sure, happy to.

        3
        00:00:06,000 --> 00:00:07,500
        <i>Let's start.</i>
        """;

    [Test]
    public void Read_Srt_ReadsSpeakersTimesAndSourceLines()
    {
        var transcript = TranscriptReader.Read("call.srt", Srt, new ReaderOptions { Sellers = ["Dana"] }).Single();

        transcript.Id.Should().Be("call");
        transcript.Participants.Select(p => (p.Id, p.Name, p.Role)).Should().Equal(
            ("Dana", "Dana", SpeakerRole.Seller), ("Chris", "Chris", SpeakerRole.Buyer));
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "Dana", Text = "Hi Chris, thanks for making time.", Start = 1, End = 4.2, SourceLine = 3 },
            new TranscriptTurn { Speaker = "Chris", Text = "Sure, happy to.", Start = 4.5, End = 6, SourceLine = 8, SourceColumn = 8 },
            new TranscriptTurn { Speaker = "Chris", Text = "Let's start.", Start = 6, End = 7.5, SourceLine = 12, SourceColumn = 4 });
    }

    [Test]
    public void Read_SrtWithRoleHeaders_DeclaresRolesAndKeepsLineNumbers()
    {
        var transcript = TranscriptReader.Read("call.srt", "# seller: Dana\n# buyer: Chris\n\n" + Srt).Single();

        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("Dana", SpeakerRole.Seller), ("Chris", SpeakerRole.Buyer));
        transcript.Turns[0].SourceLine.Should().Be(6);
    }

    [Test]
    public void Read_SrtWithOnlyBuyerOption_ThrowsCannotTell()
    {
        var error = FluentActions.Invoking(() => TranscriptReader.Read("call.srt", Srt, new ReaderOptions { Buyers = ["Chris"] }))
            .Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().Be("call.srt: cannot tell who the seller is: add '# seller: NAME' or name the seller in ReaderOptions.Sellers (speakers: Dana, Chris)");
    }

    [Test]
    public void Read_SrtBlockWithoutTimingLine_ThrowsWithLine()
    {
        var srt = Srt.Replace("00:00:04,500 --> 00:00:06,000", "00:00:04,500 00:00:06,000", StringComparison.Ordinal);

        var error = ReadFails("call.srt", srt);

        error.Line.Should().Be(7);
        error.Message.Should().StartWith("call.srt(7): the block '2' has no timing line");
    }

    [Test]
    public void Read_SrtBlockWithOnlyAnIndex_ThrowsWithLine()
    {
        var error = ReadFails("call.srt", Srt + "\n\n4\n");

        error.Message.Should().StartWith("call.srt(14): the block '4' has no timing line");
    }

    [Test]
    public void Read_SrtWithMalformedTimestamp_ThrowsWithLineAndColumn()
    {
        var srt = Srt.Replace("00:00:06,000 --> 00:00:07,500", "00:00:06,000 --> 00:00:07;500", StringComparison.Ordinal);

        var error = ReadFails("call.srt", srt);

        error.Message.Should().StartWith("call.srt(11,18): malformed timestamp '00:00:07;500'");
    }

    [Test]
    public void Read_SrtCueEndingBeforeItStarts_Throws()
    {
        var srt = Srt.Replace("00:00:04,500 --> 00:00:06,000", "00:00:04,500 --> 00:00:01,000", StringComparison.Ordinal);

        var error = ReadFails("call.srt", srt);

        error.Message.Should().Be("call.srt(7,18): the cue ends at 00:00:01.000, before it starts at 00:00:04.500");
    }

    private static TranscriptFormatException ReadFails(string name, string content) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content, new ReaderOptions { Sellers = ["Dana"] }))
            .Should().Throw<TranscriptFormatException>().Which;
}
