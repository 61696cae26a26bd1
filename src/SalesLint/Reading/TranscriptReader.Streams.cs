using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <content>Reading from a <see cref="Stream"/>, a <see cref="TextReader"/> and JSON Lines streams.</content>
public static partial class TranscriptReader
{
    private const int StreamChunk = 81920;

    /// <summary>Reads the conversations of a transcript from a stream of bytes (UTF-8, or UTF-16 with a byte order mark), as a file.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="sourceName">A name for the source, used in error messages, as <see cref="Transcript.SourcePath"/>, to derive default ids
    /// and, through its extension, to pick the format (<c>call.vtt</c>; a name without an extension has its format detected from the content).</param>
    /// <param name="options">Role overrides, size limit and forced format; <see langword="null"/> for the defaults.</param>
    /// <param name="format">Forces a format (one of <see cref="FormatNames"/>); it wins over <see cref="ReaderOptions.Format"/>.</param>
    /// <returns>The conversations in order.</returns>
    /// <exception cref="TranscriptFormatException">The stream is longer than <see cref="ReaderOptions.MaxFileBytes"/> (reading stops there),
    /// binary, badly encoded, empty or malformed, or its roles cannot be resolved.</exception>
    /// <exception cref="ArgumentException">The options or the format are invalid.</exception>
    public static IReadOnlyList<Transcript> Read(Stream stream, string sourceName, ReaderOptions? options = null, string? format = null)
    {
        var (resolved, forced) = Prepare(stream, sourceName, options, format);
        var bytes = ReadBounded(stream, sourceName, resolved.MaxFileBytes, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return ReadCore(sourceName, Decode(sourceName, bytes), resolved, forced);
    }

    /// <summary>
    /// Reads the conversations of a transcript from a stream of bytes: the bytes are read asynchronously, then parsed on the calling
    /// thread (parsing is CPU work of about a millisecond per 100 KB).
    /// </summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="sourceName">A name for the source (see <see cref="Read(Stream, string, ReaderOptions?, string?)"/>).</param>
    /// <param name="options">Role overrides, size limit and forced format; <see langword="null"/> for the defaults.</param>
    /// <param name="format">Forces a format (one of <see cref="FormatNames"/>).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The conversations in order.</returns>
    /// <exception cref="TranscriptFormatException">As for <see cref="Read(Stream, string, ReaderOptions?, string?)"/>.</exception>
    /// <exception cref="ArgumentException">The options or the format are invalid.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<IReadOnlyList<Transcript>> ReadAsync(
        Stream stream, string sourceName, ReaderOptions? options = null, string? format = null, CancellationToken cancellationToken = default)
    {
        var (resolved, forced) = Prepare(stream, sourceName, options, format);
        var bytes = await ReadBounded(stream, sourceName, resolved.MaxFileBytes, async: true, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadCore(sourceName, Decode(sourceName, bytes), resolved, forced);
    }

    /// <summary>Reads the conversations of a transcript from a text reader (already decoded), to its end.</summary>
    /// <param name="reader">The reader, read to its end and not closed.</param>
    /// <param name="sourceName">A name for the source (see <see cref="Read(Stream, string, ReaderOptions?, string?)"/>).</param>
    /// <param name="options">Role overrides, size limit and forced format; <see langword="null"/> for the defaults.</param>
    /// <param name="format">Forces a format (one of <see cref="FormatNames"/>).</param>
    /// <returns>The conversations in order.</returns>
    /// <exception cref="TranscriptFormatException">The text is longer than <see cref="ReaderOptions.MaxFileBytes"/> in UTF-8 (reading stops
    /// there), binary, empty or malformed, or its roles cannot be resolved.</exception>
    /// <exception cref="ArgumentException">The options or the format are invalid.</exception>
    public static IReadOnlyList<Transcript> Read(TextReader reader, string sourceName, ReaderOptions? options = null, string? format = null)
    {
        var (resolved, forced) = Prepare(reader, sourceName, options, format);
        var content = ReadText(reader, sourceName, resolved.MaxFileBytes, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return Read(sourceName, content, resolved, forced);
    }

    /// <summary>Reads the conversations of a transcript from a text reader: the text is read asynchronously, then parsed on the calling thread.</summary>
    /// <param name="reader">The reader, read to its end and not closed.</param>
    /// <param name="sourceName">A name for the source (see <see cref="Read(Stream, string, ReaderOptions?, string?)"/>).</param>
    /// <param name="options">Role overrides, size limit and forced format; <see langword="null"/> for the defaults.</param>
    /// <param name="format">Forces a format (one of <see cref="FormatNames"/>).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The conversations in order.</returns>
    /// <exception cref="TranscriptFormatException">As for <see cref="Read(TextReader, string, ReaderOptions?, string?)"/>.</exception>
    /// <exception cref="ArgumentException">The options or the format are invalid.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<IReadOnlyList<Transcript>> ReadAsync(
        TextReader reader, string sourceName, ReaderOptions? options = null, string? format = null, CancellationToken cancellationToken = default)
    {
        var (resolved, forced) = Prepare(reader, sourceName, options, format);
        var content = await ReadText(reader, sourceName, resolved.MaxFileBytes, async: true, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return Read(sourceName, content, resolved, forced);
    }

    /// <summary>
    /// Reads a JSON Lines stream (one canonical conversation object per line, as in a <c>.jsonl</c> file) line by line, with memory bounded
    /// by the longest line, so a stream of any length can be read. A line that cannot be read becomes an entry with its
    /// <see cref="JsonLinesEntry.Error"/> and reading goes on; blank lines are skipped.
    /// </summary>
    /// <param name="reader">The reader, read to its end and not closed.</param>
    /// <param name="sourceName">A name for the source, used in messages and for default ids (<c>name#line</c>, as for a <c>.jsonl</c> file).</param>
    /// <param name="options">Role overrides and the per-line size limit (<see cref="ReaderOptions.MaxFileBytes"/>); <see cref="ReaderOptions.Format"/> is ignored.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>One entry per non-blank line, in order.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async IAsyncEnumerable<JsonLinesEntry> ReadJsonLinesAsync(
        TextReader reader, string sourceName, ReaderOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (resolved, _) = Prepare(reader, sourceName, options, null);
        var lines = new BoundedLineReader(reader, resolved.MaxFileBytes);
        var baseId = TextLines.DefaultId(sourceName);
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (ToEntry(sourceName, line, baseId, resolved) is { } entry)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Reads a JSON Lines stream of bytes (UTF-8, or UTF-16 with a byte order mark) line by line; see <see cref="ReadJsonLinesAsync(TextReader, string, ReaderOptions?, CancellationToken)"/>.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="sourceName">A name for the source, used in messages and for default ids.</param>
    /// <param name="options">Role overrides and the per-line size limit.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>One entry per non-blank line, in order; a badly encoded line is an entry with its error.</returns>
    public static async IAsyncEnumerable<JsonLinesEntry> ReadJsonLinesAsync(
        Stream stream, string sourceName, ReaderOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (resolved, _) = Prepare(stream, sourceName, options, null);
        var lines = new Utf8LineReader(stream, resolved.MaxFileBytes);
        if (await lines.IsUtf16Async(cancellationToken).ConfigureAwait(false))
        {
            using var reader = new StreamReader(lines.Remaining(), Encoding.Unicode, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            await foreach (var entry in ReadJsonLinesAsync(reader, sourceName, resolved, cancellationToken).ConfigureAwait(false))
            {
                yield return entry;
            }

            yield break;
        }

        var baseId = TextLines.DefaultId(sourceName);
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var entry = line.Problem is not null
                ? new JsonLinesEntry(line.Number, null, new TranscriptFormatException(sourceName, line.Problem, line.Number))
                : ToEntry(sourceName, new BoundedLineReader.Line(line.Number, line.Text, false), baseId, resolved);
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Reads a JSON Lines stream line by line on the calling thread; see <see cref="ReadJsonLinesAsync(TextReader, string, ReaderOptions?, CancellationToken)"/>.</summary>
    /// <param name="reader">The reader, read to its end and not closed.</param>
    /// <param name="sourceName">A name for the source, used in messages and for default ids.</param>
    /// <param name="options">Role overrides and the per-line size limit.</param>
    /// <returns>One entry per non-blank line, in order.</returns>
    public static IEnumerable<JsonLinesEntry> ReadJsonLines(TextReader reader, string sourceName, ReaderOptions? options = null)
    {
        var (resolved, _) = Prepare(reader, sourceName, options, null);
        return Iterate(reader, sourceName, resolved);

        static IEnumerable<JsonLinesEntry> Iterate(TextReader reader, string sourceName, ReaderOptions options)
        {
            var lines = new BoundedLineReader(reader, options.MaxFileBytes);
            var baseId = TextLines.DefaultId(sourceName);
            while (lines.ReadAsync(CancellationToken.None, async: false).AsTask().GetAwaiter().GetResult() is { } line)
            {
                if (ToEntry(sourceName, line, baseId, options) is { } entry)
                {
                    yield return entry;
                }
            }
        }
    }

    private static JsonLinesEntry? ToEntry(string sourceName, BoundedLineReader.Line line, string baseId, ReaderOptions options)
    {
        if (line.TooLong)
        {
            return new JsonLinesEntry(line.Number, null, new TranscriptFormatException(
                sourceName, $"the line is more than {options.MaxFileBytes} bytes, the limit (ReaderOptions.MaxFileBytes); it was skipped", line.Number));
        }

        var text = line.Number == 1 ? line.Text!.TrimStart('\uFEFF') : line.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var nul = text.IndexOf('\0', StringComparison.Ordinal);
            if (nul >= 0)
            {
                throw new TranscriptFormatException(sourceName, "binary content (a NUL character): not a text transcript", line.Number, nul + 1);
            }

            var parsed = JsonTranscriptReader.ParseJsonLine(sourceName, text, line.Number, baseId);
            return new JsonLinesEntry(line.Number, RoleResolver.Resolve(sourceName, [parsed], options)[0], null);
        }
        catch (TranscriptFormatException ex)
        {
            return new JsonLinesEntry(line.Number, null, ex);
        }
    }

    private static (ReaderOptions Options, string? Format) Prepare(object source, string sourceName, ReaderOptions? options, string? format)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new ReaderOptions();
        var forced = NormalizeFormat(format, nameof(format)) ?? NormalizeFormat(options.Format, nameof(options));
        Validate(options);
        return (options, forced);
    }

    private static async ValueTask<byte[]> ReadBounded(Stream stream, string sourceName, long limit, bool async, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(StreamChunk);
        try
        {
            while (true)
            {
                var read = async
                    ? await stream.ReadAsync(chunk.AsMemory(0, StreamChunk), cancellationToken).ConfigureAwait(false)
                    : stream.Read(chunk, 0, StreamChunk);
                if (read == 0)
                {
                    break;
                }

                if (buffer.Length + read > limit)
                {
                    throw new TranscriptFormatException(sourceName, $"the input is more than {limit} bytes, the limit (ReaderOptions.MaxFileBytes)");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new TranscriptFormatException(sourceName, $"cannot read the input: {ex.Message}", inner: ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static async ValueTask<string> ReadText(TextReader reader, string sourceName, long limit, bool async, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var chunk = ArrayPool<char>.Shared.Rent(StreamChunk);
        try
        {
            while (true)
            {
                var read = async
                    ? await reader.ReadAsync(chunk.AsMemory(0, StreamChunk), cancellationToken).ConfigureAwait(false)
                    : reader.Read(chunk, 0, StreamChunk);
                if (read == 0)
                {
                    break;
                }

                // Every char is at least one UTF-8 byte: stop as soon as the text cannot fit.
                if (text.Length + read > limit)
                {
                    throw new TranscriptFormatException(sourceName, $"the input is more than {limit} bytes, the limit (ReaderOptions.MaxFileBytes)");
                }

                text.Append(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new TranscriptFormatException(sourceName, $"cannot read the input: {ex.Message}", inner: ex);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
        }

        return text.ToString();
    }
}
