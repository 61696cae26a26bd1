using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    private const string Good = """{"participants":[{"id":"d","name":"Dana","role":"seller"},{"id":"c","name":"Chris","role":"buyer"}],"turns":[{"speaker":"d","text":"What made you call us?"},{"speaker":"c","text":"Our forecast is off."}]}""";

    [Test]
    public void Read_BadLine_IsAnEntryNamingItsLine_AndTheOthersAreRead()
    {
        var input = new StringReader($"{Good}\n{{\"turns\": 3}}\n\n{Good.Replace("{\"participants\"", "{\"id\":\"named\",\"participants\"", StringComparison.Ordinal)}\r\nnot json\n");

        var lines = JsonLinesReader.Read(input, "calls.jsonl").ToList();

        lines.Select(l => l.Line).Should().Equal(1, 2, 4, 5);
        lines[0].Transcripts.Single().Id.Should().Be("calls#1");
        lines[0].Error.Should().BeNull();
        lines[1].Error!.Line.Should().Be(2);
        lines[1].Error!.FilePath.Should().Be("calls.jsonl");
        lines[2].Transcripts.Single().Id.Should().Be("named");
        lines[3].Error!.Line.Should().Be(5);
        lines[3].Transcripts.Should().BeEmpty();
    }

    [Test]
    public void Read_LineOverTheLimit_IsAnError_AndTheNextLineIsRead()
    {
        var input = new StringReader($"{Good}{new string(' ', 5000)}\n{Good}\n");

        var lines = JsonLinesReader.Read(input, "-", new ReaderOptions { MaxFileBytes = 1000 }).ToList();

        lines.Should().HaveCount(2);
        lines[0].Error!.Reason.Should().Contain("longer than the limit of 1000 bytes");
        lines[1].Error.Should().BeNull();
        lines[1].Transcripts.Should().ContainSingle();
    }

    [Test]
    public void Read_IsLazy_OneLineAtATime()
    {
        var reader = new CountingReader($"{Good}\n{Good}\n{Good}\n");

        using var entries = JsonLinesReader.Read(reader, "s.jsonl").GetEnumerator();
        entries.MoveNext().Should().BeTrue();

        reader.Position.Should().BeLessThan(Good.Length * 2, "the second line is not read before it is asked for");
    }

    private sealed class CountingReader(string text) : TextReader
    {
        public int Position { get; private set; }

        public override int Read() => Position < text.Length ? text[Position++] : -1;

        public override int Peek() => Position < text.Length ? text[Position] : -1;
    }
}
