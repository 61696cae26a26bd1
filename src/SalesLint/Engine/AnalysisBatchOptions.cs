using SalesLint.Reading;

namespace SalesLint.Engine;

/// <summary>How <see cref="SalesLintEngineExtensions"/> analyzes a batch: reader options, parallelism and what to do with unreadable inputs.</summary>
public sealed record AnalysisBatchOptions
{
    /// <summary>How transcripts are read (roles, size limit). Default: the defaults of <see cref="Reading.ReaderOptions"/>.</summary>
    public ReaderOptions ReaderOptions { get; init; } = new();

    /// <summary>
    /// How many conversations are analyzed at once on the thread pool; results still come in input order. 1 analyzes each on the
    /// thread that enumerates the results. Default: <see cref="Environment.ProcessorCount"/>.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Called for a source or JSON Lines line that cannot be read or analyzed (the exception names it); the batch goes on. When
    /// <see langword="null"/> (the default) the first such error ends the enumeration by throwing it.
    /// </summary>
    public Action<TranscriptFormatException>? OnError { get; init; }
}
