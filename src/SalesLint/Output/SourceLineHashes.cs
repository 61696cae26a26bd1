using System.Globalization;
using System.Text;

namespace SalesLint.Output;

/// <summary>
/// <c>primaryLocationLineHash</c> values of a file's lines, computed as GitHub's <c>upload-sarif</c> action computes them
/// (<c>github/codeql-action</c>, <c>src/fingerprints.ts</c>): a rolling hash (base 37, 64-bit wrapping) over the 100 characters
/// (UTF-16 code units) from the start of each line, skipping spaces and tabs, with <c>\r\n</c> and <c>\r</c> read as <c>\n</c>,
/// an end-of-file mark (65535) and zero padding after the last character; written as unsigned hexadecimal, then <c>:n</c> for the
/// n-th line with that hash. Keeps the hashes of the last file asked for, since a file's results come together.
/// </summary>
internal sealed class SourceLineHashes
{
    private const int BlockSize = 100;
    private const long Mod = 37;
    private const int EndOfFile = 65535;

    private string? path;
    private string[] lines = [];

    /// <summary>The hash of a line of a file, or <see langword="null"/> when the file cannot be read.</summary>
    /// <param name="file">The file, as given on the command line.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The hash, or <see langword="null"/>.</returns>
    public string? For(string file, int line)
    {
        if (!string.Equals(file, path, StringComparison.Ordinal))
        {
            path = file;
            try
            {
                // Decoded as Node.js decodes it: a byte order mark stays a character, invalid bytes become U+FFFD.
                lines = Compute(new UTF8Encoding(false).GetString(File.ReadAllBytes(file)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                lines = [];
            }
        }

        return line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>The hash of every line of <paramref name="text"/>, first line first.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>One hash per line.</returns>
    public static string[] Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<string>();
        var window = new int[BlockSize];
        var lineNumbers = new int[BlockSize];
        Array.Fill(lineNumbers, -1);
        var counts = new Dictionary<ulong, int>();
        long firstMod = 1;
        for (var i = 0; i < BlockSize; i++)
        {
            firstMod = unchecked(firstMod * Mod);
        }

        long hash = 0;
        var index = 0;
        var lineNumber = 0;
        var lineStart = true;
        var previousCr = false;

        void OutputHash()
        {
            var value = unchecked((ulong)hash);
            counts[value] = counts.GetValueOrDefault(value) + 1;
            var line = lineNumbers[index];
            while (output.Count < line)
            {
                output.Add(string.Empty);
            }

            output[line - 1] = string.Create(CultureInfo.InvariantCulture, $"{value:x}:{counts[value]}");
            lineNumbers[index] = -1;
        }

        void Update(int current)
        {
            var begin = window[index];
            window[index] = current;
            hash = unchecked((Mod * hash) + current - (firstMod * begin));
            index = (index + 1) % BlockSize;
        }

        void Process(int current)
        {
            if (current == ' ' || current == '\t' || (previousCr && current == '\n'))
            {
                previousCr = false;
                return;
            }

            if (current == '\r')
            {
                current = '\n';
                previousCr = true;
            }
            else
            {
                previousCr = false;
            }

            if (lineNumbers[index] != -1)
            {
                OutputHash();
            }

            if (lineStart)
            {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }

            if (current == '\n')
            {
                lineStart = true;
            }

            Update(current);
        }

        foreach (var c in text)
        {
            Process(c);
        }

        Process(EndOfFile);
        for (var i = 0; i < BlockSize; i++)
        {
            if (lineNumbers[index] != -1)
            {
                OutputHash();
            }

            Update(0);
        }

        return [.. output];
    }
}
