using System.CommandLine;
using System.Globalization;
using System.Reflection;
using SalesLint.Cli.Batch;
using SalesLint.Configuration;
using SalesLint.Engine;
using SalesLint.Output;
using Spectre.Console;

namespace SalesLint.Cli.Commands;

/// <summary><c>saleslint check PATH...</c> and <c>saleslint score PATH...</c>: analyze transcripts and print findings or scores.</summary>
internal static class CheckCommand
{
    /// <summary>Batches at least this long get a progress bar on a terminal.</summary>
    private const int ProgressThreshold = 20;

    public static Command Create(CliConsole console, bool score)
    {
        var options = new CommonOptions();
        var paths = new Argument<string[]>("paths")
        {
            Description = "Transcript files, folders (searched recursively), globs (*, **, ?, [abc], {a,b}), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = score
            ? CommonOptions.FormatOption("text", "json")
            : CommonOptions.FormatOption("text", "json", "sarif", "junit", "github");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var explain = new Option<bool>("--explain") { Description = "Also print what cost points." };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file: its findings are not reported (default: the configuration's baseline)." };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Accept every current finding: write them to a baseline file (default: --baseline, the configured one, or .saleslint-baseline.json).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var colorOption = new Option<string>("--color") { Description = "Colour text output: auto (on a terminal), always or never.", DefaultValueFactory = _ => "auto" };
        colorOption.AcceptOnlyFromAmong("auto", "always", "never");
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Exit with code 1 when more than this many warnings are reported." };
        var failUnder = new Option<double?>("--fail-under") { Description = "Exit with code 1 when a conversation scores below this (0-100)." };

        var command = new Command(
            score ? "score" : "check",
            score ? "Score each conversation 0-100 with category subscores." : "Report rule findings in each conversation.");
        command.Arguments.Add(paths);
        options.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(colorOption);
        options.AddBatchTo(command);
        options.AddQuietTo(command);
        options.AddStdinTo(command);
        command.Options.Add(maxWarnings);
        command.Options.Add(failUnder);
        if (score)
        {
            command.Options.Add(explain);
        }
        else
        {
            command.Options.Add(baseline);
            command.Options.Add(writeBaseline);
        }

        command.SetAction((result, cancellationToken) =>
        {
            var degree = options.JobCount(result);
            var gates = Gates.From(result.GetValue(maxWarnings), result.GetValue(failUnder));
            var stdin = options.ReadStdin(result, result.GetValue(paths)!, console);
            var files = InputExpander.ExpandAll(result.GetValue(paths)!, stdin, console.Error);

            var writing = result.GetResult(writeBaseline) is not null;

            // A baseline kept next to the transcripts is not a transcript.
            var baselineFiles = new[] { result.GetValue(baseline), result.GetValue(writeBaseline) }
                .OfType<string>().Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            files = [.. files.Where(f => !baselineFiles.Contains(Path.GetFullPath(f)))];
            var resolver = options.CreateResolver(result, result.GetValue(baseline));

            // Resolve every file's configuration first: a configuration error stops the run before any work (exit 2).
            var profiles = files.ToDictionary(f => f, f => resolver.For(f, cancellationToken), StringComparer.Ordinal);
            files = [.. files.Where(f => profiles[f].BaselinePath != Path.GetFullPath(f))];
            var filter = new SuppressionFilter();
            var formatName = result.GetValue(format)!;
            var outputPath = result.GetValue(output);
            var text = formatName == "text" && !writing;
            var style = ConsoleStyle.Resolve(result.GetValue(colorOption)!, text && outputPath is null && !Console.IsOutputRedirected && console.Out == Console.Out);

            // JSON and SARIF are written one file at a time as results arrive, straight to the output file's stream
            // (or through standard output's writer); the text formats go through a writer.
            var streamed = formatName is "json" or "sarif" && !writing;
            using var reportFile = outputPath is null ? null : new ReportFile(outputPath);
            var fileStream = reportFile?.Stream;
            // Not disposed by a using: a StreamWriter left open over its stream flushes that stream on every Dispose, so
            // one disposed after ReportFile.Commit closed the file would throw. It is disposed before the commit below;
            // on a failed run ReportFile deletes the partial file and the writer's buffer goes with it.
            var fileWriter = fileStream is null || streamed ? null : new StreamWriter(fileStream, leaveOpen: true);
            var writer = fileWriter ?? console.Out;
            using var stdoutStream = streamed && fileStream is null ? new TextWriterStream(console.Out) : null;
            var reportStream = (Stream?)stdoutStream ?? fileStream;
            var terminalOut = outputPath is null && console.Out == Console.Out && !Console.IsOutputRedirected;

            // A document streaming to the terminal would run through the progress bar; it shows its own progress.
            var showProgress = files.Count >= ProgressThreshold && !result.GetValue(options.NoProgress) && console.Error == Console.Error &&
                !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && !(streamed && terminalOut);
            using var reportWriter = !streamed ? null : formatName == "json"
                ? (StreamingReportWriter)new JsonReportWriter(reportStream!)
                : new SarifReportWriter(reportStream!, SarifRules(profiles.Values), ToolVersion, new SarifOptions
                {
                    SourceRoot = SarifWriter.FindSourceRoot(Environment.CurrentDirectory, Environment.GetEnvironmentVariable("GITHUB_WORKSPACE")),
                });

            // Text, GitHub, JSON and SARIF output stream: only totals are kept, so memory stays flat however long the
            // batch. JUnit's root element carries the totals, so it keeps the results; so does writing a baseline.
            var retain = formatName == "junit" || writing;
            var github = formatName == "github" && !writing ? new GitHubActionsWriter(writer, Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY")) : null;
            var collected = new List<FileAnalysis>(retain ? files.Count : 0);
            var summary = new BatchSummaryBuilder();
            var analyzedPaths = new List<string>(files.Count);
            var splits = new Dictionary<AnalysisResult, (IReadOnlyList<Diagnostic>, IReadOnlyList<SuppressedDiagnostic>)>(ReferenceEqualityComparer.Instance);
            var buffered = showProgress && terminalOut;
            var pendingText = new List<string>();
            void Consume(IEnumerable<(FileAnalysis File, AnalysisProfile Profile)> stream, Action? tick)
            {
                foreach (var (file, profile) in stream)
                {
                    analyzedPaths.Add(file.Path);
                    summary.AddFile(file);
                    var fileSplits = new Dictionary<AnalysisResult, (IReadOnlyList<Diagnostic> Reported, IReadOnlyList<SuppressedDiagnostic> Suppressed)>(ReferenceEqualityComparer.Instance);
                    foreach (var r in file.Results)
                    {
                        var split = filter.Apply(file.Path, r, profile);
                        fileSplits[r] = split;
                        summary.AddConversation(r.Score.Overall, split.Reported, split.Suppressed.Count);
                        gates.AddScore(file.Results.Count > 1 ? $"{file.Path}#{r.ConversationId}" : file.Path, r.Score.Overall);
                        if (retain)
                        {
                            splits[r] = split;
                        }
                        else if (reportWriter is not null)
                        {
                            reportWriter.Write(ConversationReport.From(file.Path, r, split.Reported, split.Suppressed));
                        }
                        else if (github is not null)
                        {
                            github.Write(new ConversationReport(file.Path, r.ConversationId, r.Score, r.Metrics, split.Reported));
                        }
                    }

                    if (retain)
                    {
                        collected.Add(file);
                    }
                    else if (reportWriter is not null && file.Error is not null)
                    {
                        reportWriter.Write(FileError.From(file.Path, file.Error));
                    }
                    else if (github is not null && file.Error is not null)
                    {
                        github.Write(FileError.From(file.Path, file.Error));
                    }

                    if (text)
                    {
                        var lines = TextLines(file, r => fileSplits[r], score, result.GetValue(explain), style);
                        if (buffered)
                        {
                            pendingText.AddRange(lines);
                        }
                        else
                        {
                            lines.ForEach(writer.WriteLine);
                        }
                    }

                    tick?.Invoke();
                }
            }

            var stream = BatchRunner.Run(files, f => profiles[f], degree, cancellationToken, stdin);
            if (showProgress)
            {
                var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                ansi.Progress().AutoClear(true).Start(ctx =>
                {
                    var task = ctx.AddTask($"analyzing {files.Count} files", maxValue: files.Count);
                    Consume(stream, () => task.Increment(1));
                });
                pendingText.ForEach(writer.WriteLine);
            }
            else
            {
                Consume(stream, null);
            }

            var unused = filter.Unused(analyzedPaths, resolver.Baselines);
            var report = retain
                ? BatchReport.From(collected, (_, r) => splits[r], unused)
                : new BatchReport { Results = [], Errors = [], UnusedSuppressions = unused, Summary = summary.Build() };

            if (writing)
            {
                var target = result.GetValue(writeBaseline) ?? result.GetValue(baseline)
                    ?? profiles.Values.Select(p => p.BaselinePath).FirstOrDefault(p => p is not null) ?? ".saleslint-baseline.json";
                var written = Baseline.Write(target, Unfiltered(collected, profiles));
                console.Error.WriteLine($"wrote {written} finding(s) to {target}");
                return Task.FromResult(report.Summary.FileErrors > 0 ? 1 : 0);
            }

            if (reportWriter is not null)
            {
                reportWriter.Complete(report.UnusedSuppressions, report.Summary);
                if (stdoutStream is not null)
                {
                    console.Out.WriteLine();
                }
                else
                {
                    fileStream!.Write(System.Text.Encoding.UTF8.GetBytes(Environment.NewLine));
                }
            }
            else
            {
                try
                {
                    github?.Complete(report.Summary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"cannot write the step summary ($GITHUB_STEP_SUMMARY): {ex.Message}");
                }

                WriteReport(formatName, writer, report, style);
            }

            if (reportFile is not null)
            {
                // Close the writers over the file before the file itself.
                fileWriter?.Dispose();
                reportWriter?.Dispose();
                reportFile.Commit();
                console.Error.WriteLine($"wrote {formatName} report to {outputPath}");
            }

            var failed = report.Summary.FileErrors > 0 || (!score && report.Summary.Errors > 0);
            foreach (var crossed in gates.Crossed(report.Summary.Warnings))
            {
                console.Error.WriteLine($"gate failed: {crossed}");
                failed = true;
            }

            return Task.FromResult(failed ? 1 : 0);
        });
        return command;
    }

    private static string ToolVersion => typeof(SalesLintEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>
    /// The batch with only configuration suppressions applied (what a new baseline accepts), through a filter of its
    /// own so the run's suppression counts are not counted twice.
    /// </summary>
    private static BatchReport Unfiltered(List<FileAnalysis> files, Dictionary<string, AnalysisProfile> profiles)
    {
        var filter = new SuppressionFilter();
        return BatchReport.From(files, (path, r) => filter.Apply(path, r, profiles[path] with { Baseline = null }));
    }

    /// <summary>The rules a SARIF log lists: every rule of the engines in use (the built-in ones when no file was given).</summary>
    private static List<DiagnosticDescriptor> SarifRules(IEnumerable<AnalysisProfile> profiles)
    {
        var rules = profiles.SelectMany(p => p.Engine.Descriptors).DistinctBy(d => d.Id).ToList();
        return rules.Count > 0 ? rules : [.. new ProfileResolver(new ResolverOptions { Discover = false }).For("x").Engine.Descriptors];
    }

    /// <summary>Writes the formats that are not streamed: JUnit, and the totals after text output.</summary>
    private static void WriteReport(string format, TextWriter writer, BatchReport report, ConsoleStyle style)
    {
        switch (format)
        {
            case "junit":
                using (var stream = new MemoryStream())
                {
                    JUnitWriter.Write(stream, report);
                    writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                }

                break;
            case "github":
                break;
            default:
                foreach (var line in report.UnusedSuppressions)
                {
                    writer.WriteLine($"{line} {style.Dim("(remove it, or rewrite the baseline)")}");
                }

                var s = report.Summary;
                var mean = s.MeanScore is double m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "-";
                var suppressed = s.Suppressed > 0 ? $", {s.Suppressed} suppressed" : string.Empty;
                writer.WriteLine($"{s.Files} file(s), {s.Conversations} conversation(s): {s.Errors} error(s), {s.Warnings} warning(s), {s.Suggestions} suggestion(s){suppressed}, {s.FileErrors} unreadable file(s); mean score {mean}");
                break;
        }
    }

    private static List<string> TextLines(
        FileAnalysis file,
        Func<AnalysisResult, (IReadOnlyList<Diagnostic> Reported, IReadOnlyList<SuppressedDiagnostic> Suppressed)> split,
        bool score,
        bool explain,
        ConsoleStyle style)
    {
        var lines = new List<string>();
        if (file.Error is { } error)
        {
            lines.Add(TextFormatter.Format(FileError.From(file.Path, error), style.Error("error")));
            return lines;
        }

        var many = file.Results.Count > 1;
        foreach (var result in file.Results)
        {
            if (score)
            {
                var categories = string.Join("  ", result.Score.Categories.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Id} {c.Score:0.0}")));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{TextFormatter.Printable(file.Path + (many ? "#" + result.ConversationId : string.Empty))}: score {result.Score.Overall:0.0}  ({categories})"));
                if (explain)
                {
                    lines.AddRange(result.Score.Deductions.Select(d => string.Create(CultureInfo.InvariantCulture, $"    -{d.Points:0.0} {d.Category}: {d.Source}: {TextFormatter.Printable(d.Reason)}")));
                }

                continue;
            }

            lines.AddRange(split(result).Reported.Select(d => style.Finding(TextFormatter.Format(file.Path, d, many ? result.ConversationId : null), d)));
        }

        return lines;
    }
}
