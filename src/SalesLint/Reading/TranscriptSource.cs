using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>
/// A transcript to read: a file, a stream, a text reader or a string, with a name (for messages, ids and the format by extension) and an
/// optional format hint. Used for batches (<c>SalesLintEngineExtensions.AnalyzeAllAsync</c>).
/// </summary>
public sealed class TranscriptSource
{
    private readonly Func<ReaderOptions, CancellationToken, Task<IReadOnlyList<Transcript>>> read;

    private TranscriptSource(string name, string? format, Func<ReaderOptions, CancellationToken, Task<IReadOnlyList<Transcript>>> read)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Format = format;
        this.read = read;
    }

    /// <summary>The source's name: the path of a file, or the name the caller gave.</summary>
    public string Name { get; }

    /// <summary>The format hint (one of <see cref="TranscriptReader.FormatNames"/>), or <see langword="null"/> to detect it.</summary>
    public string? Format { get; }

    /// <summary>A transcript file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">A format hint, or <see langword="null"/> to detect it.</param>
    /// <returns>The source.</returns>
    public static TranscriptSource FromFile(string path, string? format = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new(path, format, async (options, cancellationToken) =>
        {
            if (!File.Exists(path))
            {
                // ReadFile words the missing file, the directory and the size limit as for the command line.
                return TranscriptReader.ReadFile(path, format is null ? options : options with { Format = format });
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                return await TranscriptReader.ReadAsync(stream, path, options, format, cancellationToken).ConfigureAwait(false);
            }
        });
    }

    /// <summary>A stream of bytes, read once (to its end; it is not closed).</summary>
    /// <param name="name">A name for the source (its extension picks the format when there is no hint).</param>
    /// <param name="stream">The stream.</param>
    /// <param name="format">A format hint, or <see langword="null"/> to detect it.</param>
    /// <returns>The source.</returns>
    public static TranscriptSource FromStream(string name, Stream stream, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new(name, format, (options, cancellationToken) => TranscriptReader.ReadAsync(stream, name, options, format, cancellationToken));
    }

    /// <summary>A text reader, read once (to its end; it is not closed).</summary>
    /// <param name="name">A name for the source.</param>
    /// <param name="reader">The reader.</param>
    /// <param name="format">A format hint, or <see langword="null"/> to detect it.</param>
    /// <returns>The source.</returns>
    public static TranscriptSource FromReader(string name, TextReader reader, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new(name, format, (options, cancellationToken) => TranscriptReader.ReadAsync(reader, name, options, format, cancellationToken));
    }

    /// <summary>A transcript held in a string.</summary>
    /// <param name="name">A name for the source.</param>
    /// <param name="content">The text.</param>
    /// <param name="format">A format hint, or <see langword="null"/> to detect it.</param>
    /// <returns>The source.</returns>
    public static TranscriptSource FromText(string name, string content, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(name, format, (options, _) => Task.FromResult(TranscriptReader.Read(name, content, options, format)));
    }

    /// <summary>Reads the source's conversations.</summary>
    /// <param name="options">Role overrides and the size limit; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The conversations in order.</returns>
    /// <exception cref="TranscriptFormatException">The source cannot be read (naming it).</exception>
    public Task<IReadOnlyList<Transcript>> ReadAsync(ReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        read(options ?? new ReaderOptions(), cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
