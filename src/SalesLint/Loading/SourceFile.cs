using System.Text;

namespace SalesLint.Loading;

/// <summary>
/// Reads configuration, rule and baseline files with limits: a regular file only (not a folder, not a device such as
/// <c>/dev/zero</c> whose reads never end), no more than a given size, strict UTF-8, and a read that stops when the
/// run is cancelled. Every failure is a <see cref="ConfigurationException"/> naming the file, or the place that
/// named it.
/// </summary>
internal static class SourceFile
{
    /// <summary>The largest YAML file SalesLint reads (rules, lexicons, scoring, configuration): 1 MiB.</summary>
    public const long MaxYamlBytes = 1 << 20;

    /// <summary>The largest baseline file SalesLint reads: 64 MiB (some 300,000 findings).</summary>
    public const long MaxBaselineBytes = 64L << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a text file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The limit.</param>
    /// <param name="reference">Where the file was named, for errors; <see langword="null"/> when given directly.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The text, without a byte-order mark.</returns>
    /// <exception cref="ConfigurationException">Missing, a folder, not a regular file, too large, unreadable or not UTF-8.</exception>
    public static string ReadText(string path, long maxBytes, SourceReference? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw SourceReference.Error(reference, path, "is a folder, not a file");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw SourceReference.Error(reference, path, "file not found");
        }

        if (info.Length > maxBytes)
        {
            throw SourceReference.Error(reference, path, $"file is {info.Length} bytes; at most {maxBytes} are allowed");
        }

        byte[] bytes;
        try
        {
            bytes = ReadBounded(path, info.Length, maxBytes, reference, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw SourceReference.Error(reference, path, $"cannot read the file: {ex.Message}", ex);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                throw SourceReference.Error(reference, path, "a binary file (it contains NUL bytes), not YAML or JSON text");
            }

            return text;
        }
        catch (DecoderFallbackException ex)
        {
            throw SourceReference.Error(reference, path, $"not UTF-8 text (invalid byte at offset {ex.Index + start})", ex);
        }
    }

    private static byte[] ReadBounded(string path, long statLength, long maxBytes, SourceReference? reference, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream((int)Math.Min(statLength, maxBytes));
        var chunk = new byte[64 * 1024];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = stream.Read(chunk, 0, chunk.Length);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > statLength && statLength == 0)
            {
                // A regular file's size is known before it is read; a device (/dev/zero, /dev/urandom) or a pipe says 0 and then gives bytes.
                throw SourceReference.Error(reference, path, "not a regular file (it reports no size but gives data, like a device or a pipe)");
            }

            if (buffer.Length > maxBytes)
            {
                throw SourceReference.Error(reference, path, $"file has more than {maxBytes} bytes; at most {maxBytes} are allowed");
            }
        }
    }
}
