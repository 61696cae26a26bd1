using System.Runtime.CompilerServices;
using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Engine;

/// <summary>
/// Asynchronous entry points over <see cref="SalesLintEngine"/>: one source (a stream or text reader), a batch of sources, and a JSON
/// Lines stream.
/// </summary>
/// <remarks>
/// <para>
/// Where the work runs: input is read asynchronously; the analysis itself is CPU work (about 1 ms for a 10-minute call and under 10 ms for
/// a 60-minute one) and runs on the calling thread for a single source. In an ASP.NET Core request that is already a thread-pool thread,
/// so moving it with <see cref="Task.Run(Action)"/> would add a thread switch and free nothing. Batches and streams analyze up to
/// <see cref="AnalysisBatchOptions.MaxDegreeOfParallelism"/> conversations at once on the thread pool and yield results in input order,
/// holding at most that many results in memory, so a stream of any length runs in bounded memory.
/// </para>
/// <para>The engine is immutable and thread-safe: one instance serves every request.</para>
/// </remarks>
public static class SalesLintEngineExtensions
{
    /// <summary>Reads a transcript from a stream and analyzes each of its conversations.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="stream">The transcript's bytes (read to the end; not closed).</param>
    /// <param name="sourceName">A name for the source: messages, default ids, and the format by its extension when <paramref name="format"/> is <see langword="null"/>.</param>
    /// <param name="options">Reader options; <see langword="null"/> for the defaults.</param>
    /// <param name="format">A format hint (one of <see cref="TranscriptReader.FormatNames"/>), or <see langword="null"/> to detect it.</param>
    /// <param name="cancellationToken">Stops reading and analyzing (checked between turns).</param>
    /// <returns>One result per conversation, in order.</returns>
    /// <exception cref="TranscriptFormatException">The input cannot be read (the message names the source and the place).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<IReadOnlyList<AnalysisResult>> AnalyzeAsync(
        this SalesLintEngine engine, Stream stream, string sourceName, ReaderOptions? options = null, string? format = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var transcripts = await TranscriptReader.ReadAsync(stream, sourceName, options, format, cancellationToken).ConfigureAwait(false);
        return [.. transcripts.Select(t => engine.Analyze(t, cancellationToken))];
    }

    /// <summary>Reads a transcript from a text reader and analyzes each of its conversations.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="reader">The transcript's text (read to the end; not closed).</param>
    /// <param name="sourceName">A name for the source.</param>
    /// <param name="options">Reader options; <see langword="null"/> for the defaults.</param>
    /// <param name="format">A format hint, or <see langword="null"/> to detect it.</param>
    /// <param name="cancellationToken">Stops reading and analyzing.</param>
    /// <returns>One result per conversation, in order.</returns>
    /// <exception cref="TranscriptFormatException">The input cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<IReadOnlyList<AnalysisResult>> AnalyzeAsync(
        this SalesLintEngine engine, TextReader reader, string sourceName, ReaderOptions? options = null, string? format = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var transcripts = await TranscriptReader.ReadAsync(reader, sourceName, options, format, cancellationToken).ConfigureAwait(false);
        return [.. transcripts.Select(t => engine.Analyze(t, cancellationToken))];
    }

    /// <summary>Analyzes a batch of sources, yielding each conversation's result in source order.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="sources">The sources, read one after another.</param>
    /// <param name="options">Reader options, parallelism and error handling; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>The results in order.</returns>
    /// <exception cref="TranscriptFormatException">A source cannot be read and <see cref="AnalysisBatchOptions.OnError"/> is not set.</exception>
    public static IAsyncEnumerable<AnalysisResult> AnalyzeAllAsync(
        this SalesLintEngine engine, IEnumerable<TranscriptSource> sources, AnalysisBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(sources);
        options = Check(options);
        return Ordered(engine, ReadSources(sources, options, cancellationToken), options, cancellationToken);
    }

    /// <summary>Analyzes transcripts already read (from any source), yielding results in input order.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="transcripts">The transcripts.</param>
    /// <param name="options">Parallelism and error handling; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>The results in order.</returns>
    public static IAsyncEnumerable<AnalysisResult> AnalyzeAllAsync(
        this SalesLintEngine engine, IAsyncEnumerable<Transcript> transcripts, AnalysisBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(transcripts);
        return Ordered(engine, transcripts, Check(options), cancellationToken);
    }

    /// <summary>
    /// Analyzes a JSON Lines stream (one canonical conversation object per line) as it arrives, with memory bounded by the longest line and
    /// <see cref="AnalysisBatchOptions.MaxDegreeOfParallelism"/>; results come in line order.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="reader">The stream's text (read to the end; not closed).</param>
    /// <param name="sourceName">A name for the source, used in messages and default ids (<c>name#line</c>).</param>
    /// <param name="options">Reader options, parallelism and error handling; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The results in line order.</returns>
    /// <exception cref="TranscriptFormatException">A line cannot be read and <see cref="AnalysisBatchOptions.OnError"/> is not set.</exception>
    public static IAsyncEnumerable<AnalysisResult> AnalyzeJsonLinesAsync(
        this SalesLintEngine engine, TextReader reader, string sourceName, AnalysisBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        options = Check(options);
        return Ordered(engine, Transcripts(TranscriptReader.ReadJsonLinesAsync(reader, sourceName, options.ReaderOptions, cancellationToken), options, cancellationToken), options, cancellationToken);
    }

    /// <summary>Analyzes a JSON Lines stream of bytes (UTF-8); see <see cref="AnalyzeJsonLinesAsync(SalesLintEngine, TextReader, string, AnalysisBatchOptions?, CancellationToken)"/>.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="stream">The stream (read to the end; not closed).</param>
    /// <param name="sourceName">A name for the source.</param>
    /// <param name="options">Reader options, parallelism and error handling; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The results in line order.</returns>
    public static IAsyncEnumerable<AnalysisResult> AnalyzeJsonLinesAsync(
        this SalesLintEngine engine, Stream stream, string sourceName, AnalysisBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        options = Check(options);
        return Ordered(engine, Transcripts(TranscriptReader.ReadJsonLinesAsync(stream, sourceName, options.ReaderOptions, cancellationToken), options, cancellationToken), options, cancellationToken);
    }

    private static AnalysisBatchOptions Check(AnalysisBatchOptions? options)
    {
        options ??= new AnalysisBatchOptions();
        ArgumentNullException.ThrowIfNull(options.ReaderOptions, nameof(options));
        if (options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentException($"AnalysisBatchOptions.MaxDegreeOfParallelism must be at least 1 (got {options.MaxDegreeOfParallelism}).", nameof(options));
        }

        return options;
    }

    private static async IAsyncEnumerable<Transcript> ReadSources(
        IEnumerable<TranscriptSource> sources, AnalysisBatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            IReadOnlyList<Transcript> transcripts;
            try
            {
                transcripts = await source.ReadAsync(options.ReaderOptions, cancellationToken).ConfigureAwait(false);
            }
            catch (TranscriptFormatException ex) when (options.OnError is not null)
            {
                options.OnError(ex);
                continue;
            }

            foreach (var transcript in transcripts)
            {
                yield return transcript;
            }
        }
    }

    private static async IAsyncEnumerable<Transcript> Transcripts(
        IAsyncEnumerable<JsonLinesEntry> entries, AnalysisBatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (entry.Transcript is not null)
            {
                yield return entry.Transcript;
            }
            else if (options.OnError is not null)
            {
                options.OnError(entry.Error!);
            }
            else
            {
                throw entry.Error!;
            }
        }
    }

    /// <summary>Analyzes up to the degree of parallelism at once, yielding in input order; a failure of one conversation goes to OnError.</summary>
    private static async IAsyncEnumerable<AnalysisResult> Ordered(
        SalesLintEngine engine, IAsyncEnumerable<Transcript> transcripts, AnalysisBatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var window = new Queue<Task<AnalysisResult?>>();
        try
        {
            await foreach (var transcript in transcripts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (options.MaxDegreeOfParallelism == 1)
                {
                    if (Analyze(engine, transcript, options, cancellationToken) is { } result)
                    {
                        yield return result;
                    }

                    continue;
                }

                window.Enqueue(Task.Run(() => Analyze(engine, transcript, options, stop.Token), stop.Token));
                if (window.Count >= options.MaxDegreeOfParallelism && await window.Dequeue().ConfigureAwait(false) is { } next)
                {
                    yield return next;
                }
            }

            while (window.Count > 0)
            {
                if (await window.Dequeue().ConfigureAwait(false) is { } next)
                {
                    yield return next;
                }
            }
        }
        finally
        {
            // The consumer stopped early or a read failed: stop the conversations still running, and observe them.
            if (window.Count > 0)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                try
                {
                    await Task.WhenAll(window).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is OperationCanceledException or TranscriptFormatException)
                {
                    // Abandoned work.
                }
            }
        }
    }

    private static AnalysisResult? Analyze(SalesLintEngine engine, Transcript transcript, AnalysisBatchOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return engine.Analyze(transcript, cancellationToken);
        }
        catch (TranscriptFormatException ex) when (options.OnError is not null)
        {
            options.OnError(ex);
            return null;
        }
    }
}
