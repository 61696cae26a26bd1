using SalesLint.Engine;
using SalesLint.Reading;

namespace SalesLint.Cli.Batch;

/// <summary>The outcome for one input file: its conversations' results, or the error that stopped it being read.</summary>
/// <param name="Path">The file.</param>
/// <param name="Results">One result per conversation in the file.</param>
/// <param name="Error">Why the file could not be analyzed, or <see langword="null"/>.</param>
internal sealed record FileResult(string Path, IReadOnlyList<AnalysisResult> Results, SalesLintException? Error);

/// <summary>Analyzes files in parallel and yields results in input order; one bad file never stops the others.</summary>
internal static class BatchRunner
{
    /// <summary>Runs the engine over the files.</summary>
    /// <param name="engine">The engine (thread-safe).</param>
    /// <param name="files">The files, in output order.</param>
    /// <param name="readerOptions">How to read transcripts.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Results in the order of <paramref name="files"/>.</returns>
    public static IEnumerable<FileResult> Run(SalesLintEngine engine, IReadOnlyList<string> files, ReaderOptions readerOptions, CancellationToken cancellationToken) =>
        files.AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(file => AnalyzeFile(engine, file, readerOptions, cancellationToken));

    /// <summary>Reads and analyzes one file, turning input errors into a <see cref="FileResult.Error"/>.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="file">The file.</param>
    /// <param name="readerOptions">How to read transcripts.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The file's result.</returns>
    public static FileResult AnalyzeFile(SalesLintEngine engine, string file, ReaderOptions readerOptions, CancellationToken cancellationToken)
    {
        try
        {
            var transcripts = TranscriptReader.ReadFile(file, readerOptions);
            return new FileResult(file, [.. transcripts.Select(t => engine.Analyze(t, cancellationToken))], null);
        }
        catch (SalesLintException ex)
        {
            return new FileResult(file, [], ex);
        }
        catch (IOException ex)
        {
            return new FileResult(file, [], new TranscriptFormatException(file, ex.Message, inner: ex));
        }
        catch (UnauthorizedAccessException ex)
        {
            return new FileResult(file, [], new TranscriptFormatException(file, ex.Message, inner: ex));
        }
    }
}
