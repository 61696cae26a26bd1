using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesLint.Acts;
using SalesLint.Configuration;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Hosting;

/// <summary>
/// SalesLint for an application: the engine built once from <see cref="SalesLintOptions"/>, the reader options, and asynchronous
/// analysis of one input, a batch or a JSON Lines stream, logging what would otherwise be silent (inputs skipped, the model load, slow
/// analyses). Registered as a singleton by <c>services.AddSalesLint(...)</c>; thread-safe.
/// </summary>
/// <remarks>
/// Input is read asynchronously. A single input is analyzed on the calling thread (CPU work of milliseconds: under 10 ms for a
/// 60-minute call), which in a web request is already a thread-pool thread; batches and streams analyze up to
/// <see cref="SalesLintOptions.MaxDegreeOfParallelism"/> conversations at once on the thread pool and yield results in input order.
/// </remarks>
public sealed partial class SalesLintService
{
    private readonly ILogger logger;
    private readonly SalesLintOptions options;

    /// <summary>Builds the engine from the options: the configuration file, the rule folders and the roles.</summary>
    /// <param name="options">The options.</param>
    /// <param name="logger">Where to log; <c>NullLogger</c> for none.</param>
    /// <exception cref="ConfigurationException">The configuration file or a rule is invalid (the message names the file and place).</exception>
    public SalesLintService(IOptions<SalesLintOptions> options, ILogger<SalesLintService> logger)
        : this(options, (ILogger)logger)
    {
    }

    internal SalesLintService(IOptions<SalesLintOptions> options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        this.options = options.Value;
        this.logger = logger;
        var started = Stopwatch.GetTimestamp();
        var resolver = new ProfileResolver(new ResolverOptions
        {
            ConfigPath = this.options.ConfigFile,
            Discover = false,
            RuleFolders = [.. this.options.RuleFolders],
            Sellers = [.. this.options.Sellers],
            Buyers = [.. this.options.Buyers],
            SpeakerNames = new Dictionary<string, string>(this.options.SpeakerNames, StringComparer.OrdinalIgnoreCase),
            MinLevel = this.options.MinimumSeverity,
        });
        var profile = resolver.For(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(this.options.ConfigFile ?? "x")) ?? ".", "transcript"));
        Engine = profile.Engine;
        ReaderOptions = profile.ReaderOptions with { MaxFileBytes = this.options.MaxInputBytes };
        BatchOptions = new AnalysisBatchOptions { ReaderOptions = ReaderOptions, MaxDegreeOfParallelism = this.options.MaxDegreeOfParallelism };
        var built = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogEngineReady(Engine.Descriptors.Count, this.options.ConfigFile ?? "the recommended rules", built);

        if (Engine.Options.ActClassifier != ActClassifierMode.Rules)
        {
            // Load the sentence-act model now, not in the first request.
            var loaded = SentenceActModel.Default.LoadTime.TotalMilliseconds;
            LogModelLoaded(loaded);
        }
    }

    /// <summary>The engine (immutable, thread-safe).</summary>
    public SalesLintEngine Engine { get; }

    /// <summary>How inputs are read: roles and names from the options and the configuration, and the size limit.</summary>
    public ReaderOptions ReaderOptions { get; }

    /// <summary>The batch settings used by <see cref="AnalyzeAllAsync"/> and <see cref="AnalyzeJsonLinesAsync"/> (without the error callback).</summary>
    public AnalysisBatchOptions BatchOptions { get; }

    /// <summary>Reads one input (a file's bytes, an HTTP request body) and analyzes each of its conversations.</summary>
    /// <param name="stream">The bytes (read to the end; not closed).</param>
    /// <param name="sourceName">A name for the input: in messages, default ids, and the format by its extension when there is no hint.</param>
    /// <param name="format">A format hint (one of <see cref="TranscriptReader.FormatNames"/>), or <see langword="null"/> to detect it.</param>
    /// <param name="cancellationToken">Stops reading and analyzing (the request's token).</param>
    /// <returns>One result per conversation.</returns>
    /// <exception cref="TranscriptFormatException">The input cannot be read; the message names the source and the place, for the caller.</exception>
    /// <exception cref="ArgumentException">The format hint is not a known format.</exception>
    public async Task<IReadOnlyList<AnalysisResult>> AnalyzeAsync(Stream stream, string sourceName, string? format = null, CancellationToken cancellationToken = default)
    {
        var transcripts = await TranscriptReader.ReadAsync(stream, sourceName, ReaderOptions, format, cancellationToken).ConfigureAwait(false);
        return [.. transcripts.Select(t => Analyze(t, cancellationToken))];
    }

    /// <summary>Analyzes a transcript held in a string; see <see cref="AnalyzeAsync(Stream, string, string?, CancellationToken)"/>.</summary>
    /// <param name="content">The text.</param>
    /// <param name="sourceName">A name for the input.</param>
    /// <param name="format">A format hint, or <see langword="null"/> to detect it.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>One result per conversation.</returns>
    /// <exception cref="TranscriptFormatException">The input cannot be read.</exception>
    public Task<IReadOnlyList<AnalysisResult>> AnalyzeAsync(string content, string sourceName, string? format = null, CancellationToken cancellationToken = default)
    {
        var transcripts = TranscriptReader.Read(sourceName, content, ReaderOptions, format);
        return Task.FromResult<IReadOnlyList<AnalysisResult>>([.. transcripts.Select(t => Analyze(t, cancellationToken))]);
    }

    /// <summary>Analyzes a transcript already read.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The result.</returns>
    public AnalysisResult Analyze(Transcript transcript, CancellationToken cancellationToken = default)
    {
        var result = Engine.Analyze(transcript, cancellationToken);
        if (result.Elapsed > options.SlowAnalysisThreshold)
        {
            var elapsed = result.Elapsed.TotalMilliseconds;
            LogSlowAnalysis(result.ConversationId, transcript.Turns.Count, elapsed);
        }

        return result;
    }

    /// <summary>
    /// Analyzes a batch of inputs, yielding results in input order. An input that cannot be read is logged, passed to
    /// <paramref name="onError"/> and skipped; the others go on.
    /// </summary>
    /// <param name="sources">The inputs.</param>
    /// <param name="onError">Called for each input skipped (for example to write its error back), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>The results in order.</returns>
    public IAsyncEnumerable<AnalysisResult> AnalyzeAllAsync(IEnumerable<TranscriptSource> sources, Action<TranscriptFormatException>? onError = null, CancellationToken cancellationToken = default) =>
        Timed(Engine.AnalyzeAllAsync(sources, Batch(onError), cancellationToken), cancellationToken);

    /// <summary>
    /// Analyzes a JSON Lines stream (one canonical conversation object per line) as it arrives, in bounded memory, yielding results in line
    /// order. A line that cannot be read is logged, passed to <paramref name="onError"/> and skipped.
    /// </summary>
    /// <param name="stream">The stream (UTF-8; read to the end, not closed).</param>
    /// <param name="sourceName">A name for the stream, in messages and default ids (<c>name#line</c>).</param>
    /// <param name="onError">Called for each line skipped, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The results in line order.</returns>
    public IAsyncEnumerable<AnalysisResult> AnalyzeJsonLinesAsync(Stream stream, string sourceName, Action<TranscriptFormatException>? onError = null, CancellationToken cancellationToken = default) =>
        Timed(Engine.AnalyzeJsonLinesAsync(stream, sourceName, Batch(onError), cancellationToken), cancellationToken);

    private AnalysisBatchOptions Batch(Action<TranscriptFormatException>? onError) => BatchOptions with
    {
        OnError = error =>
        {
            var source = error.FilePath ?? "<input>";
            LogSkipped(source, error.Line, error.Reason);
            onError?.Invoke(error);
        },
    };

    private async IAsyncEnumerable<AnalysisResult> Timed(IAsyncEnumerable<AnalysisResult> results, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (result.Elapsed > options.SlowAnalysisThreshold)
            {
                var elapsed = result.Elapsed.TotalMilliseconds;
                LogSlowAnalysis(result.ConversationId, null, elapsed);
            }

            yield return result;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "SalesLint engine ready: {RuleCount} rules from {Source}, built in {ElapsedMs:0} ms")]
    private partial void LogEngineReady(int ruleCount, string source, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "SalesLint sentence-act model loaded in {ElapsedMs:0} ms")]
    private partial void LogModelLoaded(double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "SalesLint skipped {Source} (line {Line}): {Reason}")]
    private partial void LogSkipped(string source, int? line, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "SalesLint analysis of {ConversationId} ({Turns} turns) took {ElapsedMs:0} ms")]
    private partial void LogSlowAnalysis(string conversationId, int? turns, double elapsedMs);
}
