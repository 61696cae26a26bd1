using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesLint.Hosting;
using SalesLint.Output;
using SalesLint.Reading;

namespace SalesLint.Samples.Worker;

/// <summary>Where the queue is.</summary>
internal sealed class QueueOptions
{
    /// <summary>The queue folder: transcripts arrive in <c>in/</c>, results go to <c>out/</c>, inputs move to <c>done/</c>.</summary>
    public string Folder { get; set; } = "queue";

    /// <summary>How often the folder is polled.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Read JSON Lines from standard input instead of the folder.</summary>
    public bool Stdin { get; set; }
}

/// <summary>
/// Polls <c>in/</c>; for each transcript writes <c>out/NAME.results.json</c> (every call's result) or <c>out/NAME.error.json</c>
/// (the reader's message), then moves the input to <c>done/</c>. A <c>.jsonl</c> file is streamed: <c>out/NAME.results.jsonl</c>
/// gets one result per line, and its unreadable lines go to <c>out/NAME.errors.jsonl</c>.
/// </summary>
internal sealed partial class QueueFolderWorker(SalesLintService saleslint, IOptions<QueueOptions> options, ILogger<QueueFolderWorker> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Compact = new(SalesLintJson.Options) { WriteIndented = false };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = options.Value;
        var incoming = Directory.CreateDirectory(Path.Combine(queue.Folder, "in")).FullName;
        var outgoing = Directory.CreateDirectory(Path.Combine(queue.Folder, "out")).FullName;
        var done = Directory.CreateDirectory(Path.Combine(queue.Folder, "done")).FullName;
        LogWatching(incoming);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in Directory.EnumerateFiles(incoming).Where(IsTranscript).Order(StringComparer.Ordinal).ToList())
            {
                await ProcessAsync(file, outgoing, stoppingToken);
                File.Move(file, Path.Combine(done, Path.GetFileName(file)), overwrite: true);
            }

            await Task.Delay(queue.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static bool IsTranscript(string path) =>
        !Path.GetFileName(path).StartsWith('.') && TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private async Task ProcessAsync(string file, string outgoing, CancellationToken cancel)
    {
        var name = Path.GetFileName(file);
        if (Path.GetExtension(file).Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            await using var input = File.OpenRead(file);
            await using var results = new StreamWriter(Path.Combine(outgoing, name[..^6] + ".results.jsonl"));
            await using var errors = new StreamWriter(Path.Combine(outgoing, name[..^6] + ".errors.jsonl"));
            var failed = new List<TranscriptFormatException>();
            await foreach (var result in saleslint.AnalyzeJsonLinesAsync(input, name, failed.Add, cancel))
            {
                await results.WriteLineAsync(JsonSerializer.Serialize(result, Compact));
                foreach (var error in failed)
                {
                    await errors.WriteLineAsync(JsonSerializer.Serialize(new { line = error.Line, error = error.Message }, Compact));
                }

                failed.Clear();
            }

            foreach (var error in failed)
            {
                await errors.WriteLineAsync(JsonSerializer.Serialize(new { line = error.Line, error = error.Message }, Compact));
            }

            return;
        }

        try
        {
            await using var input = File.OpenRead(file);
            var results = await saleslint.AnalyzeAsync(input, name, cancellationToken: cancel);
            await File.WriteAllTextAsync(Path.Combine(outgoing, name + ".results.json"), JsonSerializer.Serialize(results, SalesLintJson.Options), cancel);
            LogAnalyzed(name, results.Count);
        }
        catch (TranscriptFormatException ex)
        {
            await File.WriteAllTextAsync(Path.Combine(outgoing, name + ".error.json"), JsonSerializer.Serialize(new { error = ex.Message }, SalesLintJson.Options), cancel);
            LogUnreadable(name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder}")]
    private partial void LogWatching(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File}: {Count} calls analyzed")]
    private partial void LogAnalyzed(string file, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}: {Reason}")]
    private partial void LogUnreadable(string file, string reason);
}

/// <summary>JSON Lines on standard input, one result per line on standard output; stops the application at the end of input.</summary>
internal sealed class JsonLinesPipe(SalesLintService saleslint, IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly JsonSerializerOptions Compact = new(SalesLintJson.Options) { WriteIndented = false };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var input = Console.OpenStandardInput();
            await using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            await foreach (var result in saleslint.AnalyzeJsonLinesAsync(input, "-", cancellationToken: stoppingToken))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(result, Compact));
            }
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
