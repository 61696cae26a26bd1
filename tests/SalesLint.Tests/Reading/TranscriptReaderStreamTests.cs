using System.Text;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

[TestFixture]
public class TranscriptReaderStreamTests
{
    private const string Txt = "# seller: Dana\nDana: Hi Chris, what made you reach out?\nChris: Our forecasts are late.\n";

    private static string Sample(string name) => Path.Combine(TestSupport.RepositoryRoot, "samples", name);

    [Test]
    public async Task ReadAsync_Stream_ReadsLikeTheFile()
    {
        var path = Sample("negotiation-giveaway.vtt");
        await using var stream = File.OpenRead(path);

        var fromStream = await TranscriptReader.ReadAsync(stream, path);

        fromStream.Should().BeEquivalentTo(TranscriptReader.ReadFile(path), o => o.WithStrictOrdering());
    }

    [Test]
    public void Read_StreamWithoutExtension_DetectsTheFormatFromContent()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", "deepgram.json"));
        using var stream = new MemoryStream(bytes);

        var transcript = TranscriptReader.Read(stream, "upload", new ReaderOptions { Sellers = ["0"] }).Single();

        transcript.Id.Should().Be("upload");
        transcript.Participants.Select(p => p.Id).Should().Contain("0");
    }

    [Test]
    public void Read_StreamWithFormatHint_UsesTheHint()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Txt));

        var act = () => TranscriptReader.Read(stream, "body", format: "vtt");

        act.Should().Throw<TranscriptFormatException>().Which.FilePath.Should().Be("body");
    }

    [Test]
    public void Read_StreamOverTheLimit_StopsAtTheLimitAndNamesTheSource()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Txt + new string('x', 300_000)));

        var act = () => TranscriptReader.Read(stream, "request-body.txt", new ReaderOptions { MaxFileBytes = 1000 });

        act.Should().Throw<TranscriptFormatException>()
            .WithMessage("request-body.txt: the input is more than 1000 bytes, the limit (ReaderOptions.MaxFileBytes)");
        stream.Position.Should().BeLessThan(stream.Length, "reading stops once the limit is passed");
    }

    [Test]
    public void Read_BinaryStream_IsRejectedAsBinary()
    {
        using var stream = new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12]);

        var act = () => TranscriptReader.Read(stream, "call.zip");

        act.Should().Throw<TranscriptFormatException>().WithMessage("call.zip: binary content (a NUL byte at byte offset 4): not a text transcript");
    }

    [Test]
    public void Read_InvalidUtf8Stream_NamesTheByteOffset()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetBytes("# seller: Dana\nDana: caf"), 0xE9, .. Encoding.UTF8.GetBytes(" ok\n")]);

        var act = () => TranscriptReader.Read(stream, "call.txt");

        act.Should().Throw<TranscriptFormatException>().WithMessage("call.txt(2): invalid UTF-8 at byte offset 24*");
    }

    [Test]
    public void Read_Utf16StreamWithByteOrderMark_IsDecoded()
    {
        using var stream = new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Txt)).ToArray());

        TranscriptReader.Read(stream, "call.txt").Single().Turns.Should().HaveCount(2);
    }

    [Test]
    public async Task ReadAsync_TextReader_ReadsAndChecksTheLimit()
    {
        (await TranscriptReader.ReadAsync(new StringReader(Txt), "call.txt")).Single().Turns.Should().HaveCount(2);

        var act = () => TranscriptReader.ReadAsync(new StringReader(Txt), "call.txt", new ReaderOptions { MaxFileBytes = 10 });
        await act.Should().ThrowAsync<TranscriptFormatException>().WithMessage("call.txt: the input is more than 10 bytes*");
    }

    [Test]
    public void Read_EmptyTextReader_SaysEmpty()
    {
        var act = () => TranscriptReader.Read(new StringReader(string.Empty), "body");

        act.Should().Throw<TranscriptFormatException>().WithMessage("body: the file is empty");
    }

    [Test]
    public async Task ReadAsync_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var stream = File.OpenRead(Sample("negotiation-giveaway.vtt"));

        var act = () => TranscriptReader.ReadAsync(stream, "call.vtt", cancellationToken: cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task ReadJsonLinesAsync_Batch_GivesTheFileReadersConversations()
    {
        var path = Sample("batch.jsonl");
        using var reader = new StreamReader(path);

        var entries = await ToListAsync(TranscriptReader.ReadJsonLinesAsync(reader, path));

        entries.Select(e => e.Transcript).Should().BeEquivalentTo(TranscriptReader.ReadFile(path), o => o.WithStrictOrdering());
        entries.Select(e => e.Line).Should().Equal(1, 2, 3);
    }

    [Test]
    public async Task ReadJsonLinesAsync_BadLines_AreReportedAndTheOthersRead()
    {
        var good = File.ReadAllLines(Sample("batch.jsonl"))[0];
        var text = $"{good}\n\n{{\"id\": \"x\", \"turns\": [\n{good}\r\n{new string('y', good.Length + 100)}\n{good}";

        var entries = await ToListAsync(TranscriptReader.ReadJsonLinesAsync(new StringReader(text), "-", new ReaderOptions { MaxFileBytes = good.Length + 10 }));

        entries.Select(e => (e.Line, e.Transcript is not null)).Should().Equal((1, true), (3, false), (4, true), (5, false), (6, true));
        entries[1].Error!.Message.Should().StartWith("-(3,");
        entries[3].Error!.Message.Should().Be($"-(5): the line is more than {good.Length + 10} bytes, the limit (ReaderOptions.MaxFileBytes); it was skipped");
    }

    [Test]
    public async Task ReadJsonLinesAsync_InvalidUtf8Line_IsReportedAloneAndTheNextLinesRead()
    {
        var good = File.ReadAllLines(Sample("batch.jsonl"))[0];
        using var stream = new MemoryStream([.. Encoding.UTF8.GetBytes("\uFEFF" + good + "\n{\"id\": \"caf"), 0xFF, .. Encoding.UTF8.GetBytes("\"}\r\n" + good)]);

        var entries = await ToListAsync(TranscriptReader.ReadJsonLinesAsync(stream, "queue.jsonl"));

        entries.Select(e => (e.Line, e.Transcript is not null)).Should().Equal((1, true), (2, false), (3, true));
        entries[1].Error!.Message.Should().Be("queue.jsonl(2): invalid UTF-8 at byte 12 of the line: save the stream as UTF-8; the line was skipped");
    }

    [Test]
    public async Task ReadJsonLinesAsync_Utf16Stream_IsDecoded()
    {
        var text = File.ReadAllText(Sample("batch.jsonl"));
        using var stream = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var entries = await ToListAsync(TranscriptReader.ReadJsonLinesAsync(stream, "batch.jsonl"));

        entries.Select(e => e.Transcript!.Id).Should().Equal("roleplay-01-lena", "roleplay-02-marco", "roleplay-03-tessa");
    }

    [Test]
    public void ReadJsonLines_LineWithoutSeller_NamesItsLine()
    {
        const string line = """{"participants": [{"id": "a", "name": "A", "role": "buyer"}], "turns": [{"speaker": "a", "text": "hi"}]}""";

        var entry = TranscriptReader.ReadJsonLines(new StringReader(line), "stdin").Single();

        entry.Error!.Line.Should().Be(1);
        entry.Error.Message.Should().Contain("cannot tell who the seller is");
    }

    [Test]
    public void Read_VendorWithoutSeller_CarriesAHintWordedForLibraryCallers()
    {
        var json = File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, "samples", "vendors", "deepgram.json"));

        var error = FluentActions.Invoking(() => TranscriptReader.Read("call.json", json, new ReaderOptions { Sellers = ["Dana"] }))
            .Should().Throw<TranscriptFormatException>().Which;

        error.Message.Should().NotContain("--seller").And.EndWith("name the seller's label or name in ReaderOptions.Sellers, e.g. \"0\"");
        error.MissingSeller.Should().NotBeNull();
        error.MissingSeller!.Vendor.Should().Be("Deepgram");
        error.MissingSeller.SuggestedSeller.Should().Be("0");
        error.MissingSeller.UnmatchedSellers.Should().Equal("Dana");
        error.MissingSeller.Describe(RoleHintWording.Library).Should().Be(error.Reason);
    }

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
