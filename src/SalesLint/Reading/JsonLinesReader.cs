using System.Globalization;
using System.Text;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>
/// Reads JSON Lines (one canonical conversation object per line) from a stream as it arrives, one line at a time, so
/// memory stays flat however long the input. A bad line becomes an entry with its error (naming the line), and the
/// lines after it are read as usual.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads the conversations of <paramref name="input"/>, one entry per non-blank line, in order.</summary>
    /// <param name="input">The text; read to its end, not closed.</param>
    /// <param name="sourceName">A name for the source: messages and <see cref="Transcript.SourcePath"/> use it, and a conversation
    /// without an <c>id</c> is named <c>NAME#LINE</c> after it (as in a <c>.jsonl</c> file).</param>
    /// <param name="options">Role overrides and the size limit, which applies to each line; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancellation, checked between lines.</param>
    /// <returns>The entries, lazily: each line is read when the entry before it has been taken.</returns>
    public static IEnumerable<JsonLine> Read(TextReader input, string sourceName, ReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options ??= new ReaderOptions();
        return ReadLines(input, sourceName, options, cancellationToken);
    }

    private static IEnumerable<JsonLine> ReadLines(TextReader input, string sourceName, ReaderOptions options, CancellationToken cancellationToken)
    {
        var baseId = Path.GetFileNameWithoutExtension(sourceName) is { Length: > 0 } n && !string.IsNullOrWhiteSpace(n) ? n : "transcript";
        var line = new StringBuilder();
        var number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (ended, tooLong, bytes) = ReadLine(input, line, options.MaxFileBytes);
            if (ended && line.Length == 0 && !tooLong)
            {
                yield break;
            }

            number++;
            var text = line.ToString();
            line.Clear();
            if (tooLong)
            {
                yield return new JsonLine(number, [], bytes, new TranscriptFormatException(
                    sourceName, string.Create(CultureInfo.InvariantCulture, $"line longer than the limit of {options.MaxFileBytes} bytes"), number));
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                yield return Parse(sourceName, baseId, number, text, bytes, options);
            }

            if (ended)
            {
                yield break;
            }
        }
    }

    private static JsonLine Parse(string sourceName, string baseId, int number, string text, long bytes, ReaderOptions options)
    {
        try
        {
            // One line read as a JSON Lines file of one line: ids and error lines are then renumbered to this line.
            var transcripts = TranscriptReader.Read(sourceName, text, options with { Format = null }, "jsonl");
            var defaultId = $"{baseId}#1";
            return new JsonLine(number, [.. transcripts.Select(t => t.Id == defaultId ? t with { Id = $"{baseId}#{number.ToString(CultureInfo.InvariantCulture)}" } : t)], bytes, null);
        }
        catch (TranscriptFormatException ex)
        {
            return new JsonLine(number, [], bytes, new TranscriptFormatException(ex.FilePath ?? sourceName, ex.Reason, number, ex.Column, ex.Place, ex));
        }
    }

    /// <summary>Reads up to a line break (not kept; a CR before it is dropped), holding at most <paramref name="limit"/> characters.</summary>
    private static (bool Ended, bool TooLong, long Bytes) ReadLine(TextReader input, StringBuilder line, long limit)
    {
        var tooLong = false;
        long bytes = 0;
        int c;
        while ((c = input.Read()) >= 0)
        {
            if (c == '\n')
            {
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                return (false, tooLong, bytes + 1);
            }

            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate((char)c) ? 2 : 3;
            if (bytes > limit)
            {
                tooLong = true;
                line.Clear();
            }
            else if (!tooLong)
            {
                line.Append((char)c);
            }
        }

        return (true, tooLong, bytes);
    }
}

/// <summary>One line of JSON Lines input.</summary>
/// <param name="Line">Its 1-based line number.</param>
/// <param name="Transcripts">The conversation it holds (none when it could not be read).</param>
/// <param name="Bytes">Its size in UTF-8 bytes, with the line break.</param>
/// <param name="Error">Why it could not be read (naming the line), or <see langword="null"/>.</param>
public sealed record JsonLine(int Line, IReadOnlyList<Transcript> Transcripts, long Bytes, TranscriptFormatException? Error);
