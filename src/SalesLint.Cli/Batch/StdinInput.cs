namespace SalesLint.Cli.Batch;

/// <summary>A transcript read from standard input (the path <c>-</c>), under the name it is reported by.</summary>
/// <param name="Name">The name from <c>--stdin-filename</c>, or <see cref="DefaultName"/>: it picks the format by its
/// extension, the configuration by its folder, and names the transcript in messages.</param>
/// <param name="Content">The text read.</param>
internal sealed record StdinInput(string Name, string Content)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string Path = "-";

    /// <summary>The name of standard input without <c>--stdin-filename</c>.</summary>
    public const string DefaultName = "<stdin>";

    /// <summary>
    /// Standard input as JSON Lines, read a line at a time as the batch runs (then <see cref="Content"/> is empty):
    /// when the name ends in <c>.jsonl</c>, or, without a name, when the first line is a JSON object and more lines follow.
    /// </summary>
    public TextReader? JsonLines { get; init; }
}

/// <summary>A reader that gives <paramref name="prefix"/> (text already read to look at it), then the rest of <paramref name="rest"/>.</summary>
/// <param name="prefix">The text read first.</param>
/// <param name="rest">The reader it came from.</param>
internal sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
{
    private int position;

    /// <inheritdoc/>
    public override int Peek() => position < prefix.Length ? prefix[position] : rest.Peek();

    /// <inheritdoc/>
    public override int Read() => position < prefix.Length ? prefix[position++] : rest.Read();

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        if (position < prefix.Length)
        {
            var n = Math.Min(count, prefix.Length - position);
            prefix.CopyTo(position, buffer, index, n);
            position += n;
            return n;
        }

        return rest.Read(buffer, index, count);
    }
}
