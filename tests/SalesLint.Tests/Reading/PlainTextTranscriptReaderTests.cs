using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class PlainTextTranscriptReaderTests
{
    [Test]
    public void Read_TextWithHeaders_ReadsIdRolesTurnsAndSourceLines()
    {
        const string text = """
            # id: call-002
            # seller: Dana
            # buyer: Chris, Alex
            # other: Notetaker

            [00:00:05] Dana: Hi Chris, thanks for making time.
            [00:00:09.500] Chris: Sure, happy to.
            [01:00:00] Notetaker: Recording started.
            """;

        var transcript = TranscriptReader.Read("call.txt", text).Single();

        transcript.Id.Should().Be("call-002");
        transcript.Participants.Should().Equal(
            new Participant { Id = "Dana", Name = "Dana", Role = SpeakerRole.Seller },
            new Participant { Id = "Chris", Name = "Chris", Role = SpeakerRole.Buyer },
            new Participant { Id = "Notetaker", Name = "Notetaker", Role = SpeakerRole.Other });
        transcript.Turns.Should().Equal(
            new TranscriptTurn { Speaker = "Dana", Text = "Hi Chris, thanks for making time.", Start = 5, End = 9.5, SourceLine = 6, SourceColumn = 18 },
            new TranscriptTurn { Speaker = "Chris", Text = "Sure, happy to.", Start = 9.5, End = 3600, SourceLine = 7, SourceColumn = 23 },
            new TranscriptTurn { Speaker = "Notetaker", Text = "Recording started.", Start = 3600, End = null, SourceLine = 8, SourceColumn = 23 });
    }

    [Test]
    public void Read_TextWithContinuationLines_JoinsThemWithASpace()
    {
        const string text = "# seller: Dana\nDana: Hi Chris,\n   thanks for making time.\n\nand for the notes.\nChris: Sure.\n";

        var transcript = TranscriptReader.Read("call.txt", text).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text, t.SourceLine)).Should().Equal(
            ("Dana", "Hi Chris, thanks for making time. and for the notes.", 2),
            ("Chris", "Sure.", 6));
        transcript.Turns.Should().OnlyContain(t => t.Start == null && t.End == null);
    }

    [Test]
    public void Read_TextWithMinutesSecondsAndCommaFraction_ParsesTimes()
    {
        const string text = "# seller: Dana\r\n[02:03,250] Dana: One.\r\n[75:00] Chris: Two.\r\n";

        var turns = TranscriptReader.Read("call.txt", text).Single().Turns;

        turns[0].Start.Should().BeApproximately(123.25, 1e-9);
        turns[0].End.Should().Be(4500);
        turns[1].Start.Should().Be(4500);
        turns[1].SourceLine.Should().Be(3);
    }

    [Test]
    public void Read_TextSpeakersWithoutRole_AreBuyersInOrderOfFirstAppearance()
    {
        const string text = "Chris: Hi.\nDana: Hello.\nAlex: Hey.\nchris: Again.\n";

        var transcript = TranscriptReader.Read("call.txt", text, new ReaderOptions { Sellers = ["DANA"] }).Single();

        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(
            ("Chris", SpeakerRole.Buyer), ("Dana", SpeakerRole.Seller), ("Alex", SpeakerRole.Buyer));
        transcript.Turns[3].Speaker.Should().Be("Chris", "speakers match case-insensitively and keep their first spelling");
    }

    [Test]
    public void Read_TextWithRoleOptions_OptionsWinOverHeaders()
    {
        const string text = "# seller: Dana\n# buyer: Chris\nDana: Hi.\nChris: Hello.\n";

        var transcript = TranscriptReader.Read("call.txt", text, new ReaderOptions { Sellers = ["Chris"], Buyers = ["Dana"] }).Single();

        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("Dana", SpeakerRole.Buyer), ("Chris", SpeakerRole.Seller));
    }

    [Test]
    public void Read_TextWithOptionNameMatchingNoSpeakerAndNoSeller_ThrowsNamingIt()
    {
        const string text = "Dana: Hi.\nChris: Hello.\n";

        var error = ReadFails("call.txt", text, new ReaderOptions { Sellers = ["Dnaa"], Buyers = ["Chris", "Bob"] });

        error.Message.Should().Be("call.txt: cannot tell who the seller is: add '# seller: NAME' or name the seller in ReaderOptions.Sellers (no speaker matches ReaderOptions.Sellers 'Dnaa', ReaderOptions.Buyers 'Bob'; speakers: Dana, Chris)");
    }

    [Test]
    public void Read_TextWithOptionNameOfAnotherFile_IgnoresIt()
    {
        const string text = "# seller: Dana\nDana: Hi.\nChris: Hello.\n";

        var transcript = TranscriptReader.Read("call.txt", text, new ReaderOptions { Sellers = ["Nadia"] }).Single();

        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("Dana", SpeakerRole.Seller), ("Chris", SpeakerRole.Buyer));
    }

    [Test]
    public void Read_TextWithoutSeller_ThrowsCannotTell()
    {
        var error = ReadFails("call.txt", "Dana: Hi.\nChris: Hello.\n");

        error.Message.Should().Be("call.txt: cannot tell who the seller is: add '# seller: NAME' or name the seller in ReaderOptions.Sellers (speakers: Dana, Chris)");
    }

    [Test]
    public void Read_TextWithEmptyTurn_SkipsIt()
    {
        const string text = "# seller: Dana\nDana: Hi.\nChris:   \nDana: Anyone?\n";

        var transcript = TranscriptReader.Read("call.txt", text).Single();

        transcript.Turns.Select(t => t.Text).Should().Equal("Hi.", "Anyone?");
        transcript.Participants.Select(p => p.Id).Should().Equal("Dana");
    }

    [Test]
    public void Read_TextWithColonsInsideSentences_TreatsThemAsText()
    {
        const string text = "# seller: Dana\nDana: Let's meet at 10:30.\nSee https://example.com for details.\n[laughs] So the plan, then: Monday?\n";

        var turn = TranscriptReader.Read("call.txt", text).Single().Turns.Single();

        turn.Text.Should().Be("Let's meet at 10:30. See https://example.com for details. [laughs] So the plan, then: Monday?");
    }

    [Test]
    public void Read_TextWithProseBeforeAColon_TreatsItAsContinuation()
    {
        const string text = "# seller: Dana\nDana:\nSo the plan is: we start Monday.\nThe options are: A or B.\nLudwig van Beethoven: Sounds good.\n";

        var transcript = TranscriptReader.Read("call.txt", text).Single();

        transcript.Turns.Select(t => (t.Speaker, t.Text, t.SourceLine)).Should().Equal(
            ("Dana", "So the plan is: we start Monday. The options are: A or B.", 2),
            ("Ludwig van Beethoven", "Sounds good.", 5));
    }

    [Test]
    public void Read_TextWithLowercaseMultiWordNames_AcceptsDeclaredAndOptionNames()
    {
        const string text = "# buyer: head of it\nsales rep: Hi.\nhead of it: Hello.\n";

        var transcript = TranscriptReader.Read("call.txt", text, new ReaderOptions { Sellers = ["Sales Rep"] }).Single();

        transcript.Participants.Select(p => (p.Id, p.Role)).Should().Equal(("sales rep", SpeakerRole.Seller), ("head of it", SpeakerRole.Buyer));
    }

    [Test]
    public void Read_TextWithoutNameLine_ThrowsWithLine()
    {
        const string text = "# seller: Dana\n\nthis is just some notes\nwith no speakers\n";

        var error = ReadFails("notes.txt", text);

        error.Line.Should().Be(3);
        error.Message.Should().StartWith("notes.txt(3,1): expected a 'Name: text' line");
    }

    [Test]
    public void Read_TextWithOnlyHeaders_Throws()
    {
        var error = ReadFails("call.txt", "# id: x\n# seller: Dana\n");

        error.Message.Should().Be("call.txt: no turns: expected 'Name: text' lines after the header");
    }

    [TestCase("[00:61:00] Dana: Hi.", 2, "minutes must be below 60")]
    [TestCase("[00:00:75] Dana: Hi.", 2, "seconds must be below 60")]
    [TestCase("  [1:2:3:4] Dana: Hi.", 4, "expected hh:mm:ss or mm:ss")]
    [TestCase("[00:05.] Dana: Hi.", 2, "fraction")]
    [TestCase("[00:0x:05] Dana: Hi.", 2, "malformed timestamp '00:0x:05'")]
    [TestCase("[00:05 Dana: Hi.", 2, "missing ']'")]
    public void Read_TextWithMalformedTimestamp_ThrowsWithLineAndColumn(string turn, int column, string reason)
    {
        var error = ReadFails("call.txt", $"# seller: Dana\nDana: Hello.\n{turn}\n");

        error.Line.Should().Be(3);
        error.Column.Should().Be(column);
        error.Message.Should().StartWith($"call.txt(3,{column}): ").And.Contain(reason);
    }

    [Test]
    public void Read_TextWithTimestampButNoName_ThrowsWithLineAndColumn()
    {
        var error = ReadFails("call.txt", "# seller: Dana\n[00:00:05] hello there\n");

        error.Message.Should().Be("call.txt(2,12): expected 'Name: text' after the timestamp");
    }

    [Test]
    public void Read_TextWithBackwardsTimestamp_Throws()
    {
        var error = ReadFails("call.txt", "# seller: Dana\n[00:00:05] Dana: Hi.\n[00:00:03] Chris: Hello.\n");

        error.Message.Should().StartWith("call.txt(3,2): the timestamp 00:00:03.000 is earlier than the previous one");
    }

    [Test]
    public void Read_TextDeclaringBothRolesForOneName_ThrowsWithLine()
    {
        var error = ReadFails("call.txt", "# seller: Dana\n# buyer: Chris, dana\nDana: Hi.\n");

        error.Message.Should().Be("call.txt(2): 'dana' is declared both seller and buyer");
    }

    [Test]
    public void Read_TextWithEmptyRoleHeader_ThrowsWithLine()
    {
        var error = ReadFails("call.txt", "# seller:  \nDana: Hi.\n");

        error.Message.Should().StartWith("call.txt(1): the seller declaration names nobody");
    }

    private static TranscriptFormatException ReadFails(string name, string content, ReaderOptions? options = null) =>
        FluentActions.Invoking(() => TranscriptReader.Read(name, content, options)).Should().Throw<TranscriptFormatException>().Which;
}
