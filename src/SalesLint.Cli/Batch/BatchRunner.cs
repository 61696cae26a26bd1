using SalesLint.Batch;
using SalesLint.Configuration;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Cli.Batch;

/// <summary>
/// Analyzes files in parallel on all cores and yields the results in input order as soon as each is ready. At most
/// <c>4 × degree</c> files are in flight or waiting to be yielded, so memory stays flat however long the batch; with a
/// degree of one, each file is analyzed on the caller's thread when its result is asked for. One bad file never stops
/// the others.
/// </summary>
internal static class BatchRunner
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="files">The files, in output order.</param>
    /// <param name="profileOf">The profile (engine, reader options) of each file.</param>
    /// <param name="degree">How many files to analyze at once.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="stdin">The transcript read from standard input; the file of its name is read from it.</param>
    /// <returns>Results in the order of <paramref name="files"/>.</returns>
    public static IEnumerable<(FileAnalysis File, AnalysisProfile Profile)> Run(
        IReadOnlyList<string> files,
        Func<string, AnalysisProfile> profileOf,
        int degree,
        CancellationToken cancellationToken,
        StdinInput? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(profileOf);
        return Run(
            files,
            file =>
            {
                var profile = profileOf(file);
                var content = stdin is not null && file == stdin.Name ? stdin.Content : null;
                return (AnalyzeFile(profile.Engine, file, profile.ReaderOptions, cancellationToken, content), profile);
            },
            degree,
            cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> on each file in parallel and yields the results in input order.</summary>
    /// <typeparam name="T">What a file gives.</typeparam>
    /// <param name="files">The files, in output order.</param>
    /// <param name="work">The work per file (thread-safe; it should turn bad input into a result, not throw).</param>
    /// <param name="degree">How many files to work on at once.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Results in the order of <paramref name="files"/>, each as soon as it and those before it are done.</returns>
    public static IEnumerable<T> Run<T>(IReadOnlyList<string> files, Func<string, T> work, int degree, CancellationToken cancellationToken) =>
        RunAll(files, work, degree, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> on each item in parallel and yields the results in input order. The items are
    /// taken from <paramref name="items"/> only as room frees up (at most <c>4 × degree</c> ahead), so a lazy source
    /// such as a stream read line by line is never held whole. With a degree of one, nothing runs ahead: each item is
    /// worked on, on the caller's thread, when its result is asked for.
    /// </summary>
    /// <typeparam name="TIn">An item.</typeparam>
    /// <typeparam name="T">What an item gives.</typeparam>
    /// <param name="items">The items, in output order; enumerated on the caller's thread.</param>
    /// <param name="work">The work per item (thread-safe; it should turn bad input into a result, not throw).</param>
    /// <param name="degree">How many items to work on at once.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Results in input order, each as soon as it and those before it are done.</returns>
    public static IEnumerable<T> RunAll<TIn, T>(IEnumerable<TIn> items, Func<TIn, T> work, int degree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        degree = Math.Max(1, degree);
        if (degree == 1)
        {
            // One at a time (--jobs 1, or the default on a one-core machine): on the caller's thread, with no tasks to
            // hand each item to a pool thread and back; those handoffs and the pool threads spinning for work cost
            // CPU on a single core while gaining nothing.
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return work(item);
            }

            yield break;
        }

        var window = degree * 4;
        using var slots = new SemaphoreSlim(degree);
        var pending = new Queue<Task<T>>(window);
        using var source = items.GetEnumerator();
        var more = true;
        while (more || pending.Count > 0)
        {
            while (more && pending.Count < window && (more = source.MoveNext()))
            {
                var file = source.Current;
                pending.Enqueue(Task.Run(
                    async () =>
                    {
                        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                        try
                        {
                            return work(file);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    cancellationToken));
            }

            if (pending.Count == 0)
            {
                yield break;
            }

            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }

    /// <summary>Reads and analyzes one file, turning input errors into a <see cref="FileAnalysis.Error"/>.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="file">The file.</param>
    /// <param name="readerOptions">How to read transcripts.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="content">The file's text when it is not read from disk (standard input).</param>
    /// <returns>The file's result.</returns>
    public static FileAnalysis AnalyzeFile(SalesLintEngine engine, string file, ReaderOptions readerOptions, CancellationToken cancellationToken, string? content = null)
    {
        var info = content is null ? new FileInfo(file) : null;
        var bytes = content is not null ? System.Text.Encoding.UTF8.GetByteCount(content) : info!.Exists ? info.Length : 0;
        var (results, error) = ForEachTranscript(file, readerOptions, t => engine.Analyze(t, cancellationToken), content);
        return new FileAnalysis(file, results, error, bytes);
    }

    /// <summary>
    /// Reads a file and runs <paramref name="analyze"/> on each of its conversations. An unreadable file, a transcript
    /// the engine rejects, or an I/O failure becomes the returned error (naming the file), never an exception.
    /// </summary>
    /// <typeparam name="T">What each conversation gives.</typeparam>
    /// <param name="file">The file.</param>
    /// <param name="readerOptions">How to read transcripts.</param>
    /// <param name="analyze">The work per conversation.</param>
    /// <param name="content">The file's text when it is not read from disk (standard input, named <paramref name="file"/>).</param>
    /// <returns>The results, or the error that stopped the file.</returns>
    public static (IReadOnlyList<T> Results, SalesLintException? Error) ForEachTranscript<T>(string file, ReaderOptions readerOptions, Func<Transcript, T> analyze, string? content = null)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        try
        {
            var transcripts = content is null ? TranscriptReader.ReadFile(file, readerOptions) : TranscriptReader.Read(file, content, readerOptions);
            return ([.. transcripts.Select(analyze)], null);
        }
        catch (SalesLintException ex)
        {
            return ([], CommandLineWording.Rephrase(ex));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], new TranscriptFormatException(file, ex.Message, inner: ex));
        }
    }
}
