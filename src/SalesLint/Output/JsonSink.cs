using System.Buffers;
using System.Text.Json;

namespace SalesLint.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose text reaches a stream in blocks of about 64 KB, so a streamed report neither
/// grows in memory nor makes a write call per value; or, for a report serialized as part of something else, the
/// caller's writer as is (then <see cref="Commit"/> does nothing).
/// </summary>
internal sealed class JsonSink : IDisposable
{
    private const int BlockSize = 64 * 1024;

    private readonly Stream? stream;
    private readonly ArrayBufferWriter<byte>? buffer;
    private Stream? tap;

    /// <summary>Writes to a stream (which stays open).</summary>
    /// <param name="stream">The output.</param>
    /// <param name="options">Formatting.</param>
    public JsonSink(Stream stream, JsonWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        buffer = new ArrayBufferWriter<byte>(BlockSize * 2);
        Writer = new Utf8JsonWriter(buffer, options);
    }

    /// <summary>Writes through a writer owned by the caller.</summary>
    /// <param name="writer">The writer.</param>
    public JsonSink(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Writer = writer;
    }

    /// <summary>The JSON writer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Bytes written to <see cref="Writer"/> that have not reached the stream yet.</summary>
    public long Uncommitted => (buffer?.WrittenCount ?? 0) + Writer.BytesPending;

    /// <summary>Also passes everything that reaches the stream from now on to <paramref name="copy"/> (to measure it), flushed with it.</summary>
    /// <param name="copy">The second output.</param>
    public void Tap(Stream copy) => tap = copy;

    /// <summary>Passes the text written so far to the stream once a block is full, or always when <paramref name="final"/>.</summary>
    /// <param name="final">Write everything and flush the stream.</param>
    public void Commit(bool final)
    {
        if (stream is null || buffer is null)
        {
            return;
        }

        Writer.Flush();
        if (final || buffer.WrittenCount >= BlockSize)
        {
            stream.Write(buffer.WrittenSpan);
            if (tap is not null)
            {
                tap.Write(buffer.WrittenSpan);
                tap.Flush();
            }

            buffer.ResetWrittenCount();
        }

        if (final)
        {
            stream.Flush();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (stream is not null)
        {
            Writer.Dispose();
        }
    }
}
