using System.Buffers;
using System.Text;

namespace SalesLint.Reading;

/// <summary>
/// Reads the lines of a UTF-8 stream: splits on the <c>\n</c> byte (which never occurs inside a multi-byte UTF-8 sequence), then decodes
/// each line strictly, so one badly encoded line is reported alone and the next lines are still read. A line longer than the cap is
/// skipped to its end, so memory stays bounded by the cap.
/// </summary>
internal sealed class Utf8LineReader
{
    private const int ChunkSize = 65536;
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);
    private readonly Stream stream;
    private readonly long maxBytes;
    private readonly byte[] chunk = new byte[ChunkSize];
    private readonly ArrayBufferWriter<byte> current = new();
    private int position;
    private int filled;
    private bool ended;
    private bool first = true;

    /// <summary>Creates the reader.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="maxBytes">The longest line accepted, in bytes.</param>
    public Utf8LineReader(Stream stream, long maxBytes)
    {
        this.stream = stream;
        this.maxBytes = maxBytes;
    }

    /// <summary>The number of the last line returned (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>Whether the stream starts with a UTF-16 byte order mark (it must then be read as text); looks at the first bytes only.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Whether it is UTF-16.</returns>
    public async ValueTask<bool> IsUtf16Async(CancellationToken cancellationToken)
    {
        await FillAsync(cancellationToken).ConfigureAwait(false);
        return filled >= 2 && ((chunk[0] == 0xFF && chunk[1] == 0xFE) || (chunk[0] == 0xFE && chunk[1] == 0xFF));
    }

    /// <summary>The bytes read but not yet returned as lines, then the rest of the stream (to read it as text).</summary>
    /// <returns>A stream over them.</returns>
    public Stream Remaining() => new ConcatenatedStream(new MemoryStream(chunk, position, filled - position, writable: false), stream);

    /// <summary>Reads the next line, or <see langword="null"/> at the end.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The line: its text, or that it was too long or badly encoded.</returns>
    public async ValueTask<(int Number, string? Text, string? Problem)?> ReadAsync(CancellationToken cancellationToken)
    {
        current.ResetWrittenCount();
        var tooLong = false;
        while (true)
        {
            if (position == filled)
            {
                if (ended || !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }
            }

            var newline = Array.IndexOf(chunk, (byte)'\n', position, filled - position);
            var end = newline < 0 ? filled : newline;
            if (!tooLong)
            {
                current.Write(chunk.AsSpan(position, end - position));
                if (current.WrittenCount > maxBytes)
                {
                    tooLong = true;
                    current.ResetWrittenCount();
                }
            }

            position = end;
            if (newline >= 0)
            {
                position++;
                return Complete(tooLong);
            }
        }

        return current.WrittenCount > 0 || tooLong ? Complete(tooLong) : null;
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (position < filled)
        {
            return true;
        }

        cancellationToken.ThrowIfCancellationRequested();
        filled = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
        position = 0;
        ended = filled == 0;
        return !ended;
    }

    private (int Number, string? Text, string? Problem) Complete(bool tooLong)
    {
        LineNumber++;
        if (tooLong)
        {
            return (LineNumber, null, $"the line is more than {maxBytes} bytes, the limit (ReaderOptions.MaxFileBytes); it was skipped");
        }

        var bytes = current.WrittenSpan;
        if (first)
        {
            first = false;
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }
        }

        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        try
        {
            return (LineNumber, Strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            var at = 0;
            while (at < bytes.Length && System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == OperationStatus.Done)
            {
                at += consumed;
            }

            return (LineNumber, null, $"invalid UTF-8 at byte {at + 1} of the line: save the stream as UTF-8; the line was skipped");
        }
    }

    /// <summary>Two streams read one after the other.</summary>
    private sealed class ConcatenatedStream(Stream head, Stream tail) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = head.Read(buffer, offset, count);
            return read > 0 ? read : tail.Read(buffer, offset, count);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await head.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            return read > 0 ? read : await tail.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
