using System.Text;

namespace SalesLint.Reading;

/// <summary>
/// Reads lines (ended by <c>\n</c>, an optional <c>\r</c> before it dropped) from a <see cref="TextReader"/> with a cap on their length:
/// a longer line is skipped to its end and reported as too long, so memory stays bounded by the cap whatever the input.
/// </summary>
internal sealed class BoundedLineReader
{
    private const int ChunkSize = 16384;
    private readonly TextReader reader;
    private readonly long maxBytes;
    private readonly char[] chunk = new char[ChunkSize];
    private readonly StringBuilder current = new();
    private int position;
    private int filled;
    private bool ended;

    /// <summary>Creates the reader.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="maxBytes">The longest line accepted, in UTF-8 bytes.</param>
    public BoundedLineReader(TextReader reader, long maxBytes)
    {
        this.reader = reader;
        this.maxBytes = maxBytes;
    }

    /// <summary>The number of the last line returned (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line, or <see langword="null"/> at the end.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <param name="async">Whether to read asynchronously.</param>
    /// <returns>The line.</returns>
    public async ValueTask<Line?> ReadAsync(CancellationToken cancellationToken, bool async = true)
    {
        current.Clear();
        long bytes = 0;
        var tooLong = false;
        while (true)
        {
            if (position == filled)
            {
                if (ended)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                filled = async ? await reader.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false) : reader.Read(chunk, 0, chunk.Length);
                position = 0;
                if (filled == 0)
                {
                    ended = true;
                    break;
                }
            }

            var span = chunk.AsSpan(position, filled - position);
            var newline = span.IndexOf('\n');
            var piece = newline < 0 ? span : span[..newline];
            if (!tooLong)
            {
                current.Append(piece);
                bytes += Encoding.UTF8.GetByteCount(piece);
                if (bytes > maxBytes)
                {
                    tooLong = true;
                    current.Clear();
                }
            }

            position += piece.Length;
            if (newline >= 0)
            {
                position++;
                return Complete(tooLong);
            }
        }

        return current.Length > 0 || tooLong ? Complete(tooLong) : null;
    }

    private Line Complete(bool tooLong)
    {
        LineNumber++;
        if (tooLong)
        {
            return new Line(LineNumber, null, true);
        }

        if (current.Length > 0 && current[^1] == '\r')
        {
            current.Length--;
        }

        return new Line(LineNumber, current.ToString(), false);
    }

    /// <summary>A line: its number, its text (without the line end), or that it was too long.</summary>
    /// <param name="Number">1-based.</param>
    /// <param name="Text">The text, <see langword="null"/> when too long.</param>
    /// <param name="TooLong">Whether the line was longer than the cap (and skipped).</param>
    public readonly record struct Line(int Number, string? Text, bool TooLong);
}
