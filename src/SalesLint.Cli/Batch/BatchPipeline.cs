using System.Reflection;
using SalesLint.Batch;
using SalesLint.Cli.Commands;
using SalesLint.Configuration;
using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Output;
using Spectre.Console;

namespace SalesLint.Cli.Batch;

/// <summary>What one run of <see cref="BatchPipeline"/> is asked to do.</summary>
internal sealed record BatchRequest
{
    /// <summary>Paths as typed (files, folders, globs, <c>-</c>).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Finds each transcript's configuration and engine.</summary>
    public required ProfileResolver Resolver { get; init; }

    /// <summary>The transcript read from standard input, when an input is <c>-</c>.</summary>
    public StdinInput? Stdin { get; init; }

    /// <summary>Only this part of the files (<c>--shard</c>), or all of them.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Files never analyzed (full paths): the baseline files named on the command line.</summary>
    public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>();

    /// <summary>Files analyzed at once.</summary>
    public int Degree { get; init; } = 1;

    /// <summary>Never show a progress bar.</summary>
    public bool NoProgress { get; init; }

    /// <summary>The report format, or <see langword="null"/> for no report (writing a baseline).</summary>
    public IReportFormat? Format { get; init; }

    /// <summary>Findings or scores, and what the text format explains.</summary>
    public ReportContext Context { get; init; } = new();

    /// <summary>The report file (<c>--output</c>), or <see langword="null"/> for standard output.</summary>
    public string? OutputPath { get; init; }

    /// <summary><c>--color</c>: auto, always or never.</summary>
    public string Colour { get; init; } = "auto";

    /// <summary>The exit gates (<c>--max-warnings</c>, <c>--fail-under</c>).</summary>
    public required Gates Gates { get; init; }

    /// <summary>Sees each analyzed file before suppressions are applied (writing a baseline keeps them).</summary>
    public Action<FileAnalysis, AnalysisProfile>? Observe { get; init; }
}

/// <summary>What a run produced besides its report.</summary>
/// <param name="Summary">The totals.</param>
/// <param name="Profiles">Each file's profile.</param>
internal sealed record BatchOutcome(BatchSummary Summary, IReadOnlyDictionary<string, AnalysisProfile> Profiles);

/// <summary>
/// The batch path shared by <c>check</c> and <c>score</c>: expand the inputs, resolve every file's profile (a
/// configuration error stops the run before any work), analyze in parallel (<see cref="BatchRunner"/>), apply
/// suppressions and the baseline, and pass each file to the format's sink in input order; with a progress bar on a
/// terminal, and the exit code from the totals and gates.
/// </summary>
internal sealed class BatchPipeline(CliConsole console)
{
    /// <summary>Batches at least this long get a progress bar on a terminal.</summary>
    private const int ProgressThreshold = 20;

    /// <summary>The SalesLint version.</summary>
    public static string ToolVersion => typeof(SalesLintEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs the batch and writes its report.</summary>
    /// <param name="request">What to run.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The totals and profiles.</returns>
    public BatchOutcome Run(BatchRequest request, CancellationToken cancellationToken)
    {
        var stream = request.Stdin?.JsonLines is not null;
        var files = stream ? [request.Stdin!.Name] : InputExpander.ExpandAll(request.Inputs, request.Stdin, console.Error);
        files = [.. files.Where(f => !request.Excluded.Contains(Path.GetFullPath(f)) && request.Shard?.Contains(f) != false)];

        // Resolve every file's configuration first: a configuration error stops the run before any work (exit 2).
        var profiles = files.ToDictionary(f => f, f => request.Resolver.For(f, cancellationToken), StringComparer.Ordinal);
        files = [.. files.Where(f => profiles[f].BaselinePath != Path.GetFullPath(f))];

        var terminalOut = request.OutputPath is null && console.Out == Console.Out && !Console.IsOutputRedirected;
        var showProgress = !stream && files.Count >= ProgressThreshold && !request.NoProgress && console.Error == Console.Error &&
            !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var context = request.Context with
        {
            Colour = request.Format is Output.Formats.TextFormat && Colour(request.Colour, terminalOut),
            Rules = SarifRules(profiles.Values),
            ToolVersion = ToolVersion,
            Sarif = new SarifOptions
            {
                SourceRoot = SarifWriter.FindSourceRoot(Environment.CurrentDirectory, Environment.GetEnvironmentVariable("GITHUB_WORKSPACE")),
            },
            StepSummaryPath = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY"),
            Log = console.Error,
        };

        using var reportFile = request.Format is null || request.OutputPath is null ? null : new ReportFile(request.OutputPath);
        using var stdout = new TextWriterStream(console.Out);
        Stream target = (Stream?)reportFile?.Stream ?? stdout;

        // Output to the terminal waits for the progress bar to finish, so the two do not run through each other.
        using var held = showProgress && terminalOut ? new MemoryStream() : null;
        var sink = request.Format?.Open(held ?? target, context);
        try
        {
            var filter = new SuppressionFilter();
            var summary = new BatchSummaryBuilder();
            var analyzedPaths = new List<string>(files.Count);
            void Consume(IEnumerable<(FileAnalysis File, AnalysisProfile Profile)> results, Action? tick)
            {
                foreach (var (file, profile) in results)
                {
                    analyzedPaths.Add(file.Path);
                    request.Observe?.Invoke(file, profile);
                    var conversations = new List<ConversationReport>(file.Results.Count);
                    foreach (var r in file.Results)
                    {
                        var (reported, suppressed) = filter.Apply(file.Path, r, profile);
                        conversations.Add(ConversationReport.From(file.Path, r, reported, suppressed));
                        request.Gates.AddScore(file.Results.Count > 1 ? $"{file.Path}#{r.ConversationId}" : file.Path, r.Score.Overall);
                    }

                    var report = new FileReport(file.Path, file.Bytes, conversations, file.Error is null ? null : FileError.From(file.Path, file.Error));
                    summary.Add(report);
                    sink?.Write(report);
                    tick?.Invoke();
                }
            }

            var results = stream
                ? JsonLines(request.Stdin!, profiles[request.Stdin!.Name], request.Degree, cancellationToken)
                : BatchRunner.Run(files, f => profiles[f], request.Degree, cancellationToken, request.Stdin);
            if (showProgress)
            {
                var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                ansi.Progress().AutoClear(true).Start(ctx =>
                {
                    var task = ctx.AddTask($"analyzing {files.Count} files", maxValue: files.Count);
                    Consume(results, () => task.Increment(1));
                });
            }
            else
            {
                Consume(results, null);
            }

            var usage = filter.Usage(analyzedPaths, request.Resolver.Baselines);
            var totals = summary.Build();
            if (sink is not null)
            {
                sink.Complete(new ReportEnd(totals, usage.UnusedLines()) { Usage = usage });
                held?.WriteTo(target);
                if (reportFile is not null)
                {
                    // Close the sink over the file before the file itself.
                    sink.Dispose();
                    sink = null;
                    reportFile.Commit();
                    console.Error.WriteLine($"wrote {request.Format!.Name} report to {request.OutputPath}");
                }
            }

            return new BatchOutcome(totals, profiles);
        }
        finally
        {
            sink?.Dispose();
        }
    }

    /// <summary>The exit code: 1 when <paramref name="fails"/> says so or a gate is crossed (each printed), else 0.</summary>
    /// <param name="outcome">The run's outcome.</param>
    /// <param name="gates">The gates.</param>
    /// <param name="fails">Whether the totals fail the run.</param>
    /// <returns>The exit code.</returns>
    public int ExitCode(BatchOutcome outcome, Gates gates, Func<BatchSummary, bool> fails)
    {
        var failed = fails(outcome.Summary);
        foreach (var crossed in gates.Crossed(outcome.Summary.Warnings))
        {
            console.Error.WriteLine($"gate failed: {crossed}");
            failed = true;
        }

        return failed ? 1 : 0;
    }

    /// <summary>Whether text output is coloured: <c>always</c>, <c>never</c>, or on a terminal without NO_COLOR.</summary>
    /// <param name="mode">The <c>--color</c> value.</param>
    /// <param name="terminal">Whether the output goes to a terminal.</param>
    /// <returns>Whether to colour.</returns>
    internal static bool Colour(string mode, bool terminal) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    };

    /// <summary>
    /// JSON Lines from standard input, one line (one conversation) at a time (<see cref="Reading.TranscriptReader.ReadJsonLines"/>):
    /// each line is an entry of its own, named by standard input's name, and a bad line is that entry's error (naming the
    /// line); memory holds only the lines in flight. A line's size is not known to the reader, so it counts 0 bytes.
    /// </summary>
    private static IEnumerable<(FileAnalysis File, AnalysisProfile Profile)> JsonLines(StdinInput stdin, AnalysisProfile profile, int degree, CancellationToken cancellationToken) =>
        BatchRunner.RunAll(
            Reading.TranscriptReader.ReadJsonLines(stdin.JsonLines!, stdin.Name, profile.ReaderOptions),
            entry =>
            {
                if (entry.Error is not null || entry.Transcript is null)
                {
                    return (new FileAnalysis(stdin.Name, [], entry.Error ?? new TranscriptFormatException(stdin.Name, "no conversation", entry.Line)), profile);
                }

                try
                {
                    return (new FileAnalysis(stdin.Name, [profile.Engine.Analyze(entry.Transcript, cancellationToken)], null), profile);
                }
                catch (SalesLintException ex)
                {
                    return (new FileAnalysis(stdin.Name, [], new TranscriptFormatException(stdin.Name, ex.Reason, entry.Line, null, ex.Place, ex)), profile);
                }
            },
            degree,
            cancellationToken);

    /// <summary>The rules a SARIF log lists: every rule of the engines in use (the built-in ones when no file was given).</summary>
    private static List<DiagnosticDescriptor> SarifRules(IEnumerable<AnalysisProfile> profiles)
    {
        var rules = profiles.SelectMany(p => p.Engine.Descriptors).DistinctBy(d => d.Id).ToList();
        return rules.Count > 0 ? rules : [.. new ProfileResolver(new ResolverOptions { Discover = false }).For("x").Engine.Descriptors];
    }
}
