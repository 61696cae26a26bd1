using System.CommandLine;
using SalesLint.Batch;
using SalesLint.Cli.Batch;
using SalesLint.Output;
using SalesLint.Output.Formats;

namespace SalesLint.Cli.Commands;

/// <summary>
/// <c>saleslint merge FILE...</c>: combines the JSON Lines outputs of sharded runs (<c>check --shard I/N --format jsonl</c>)
/// into the report one run over the whole batch writes, byte for byte: files in path order as one run orders them,
/// totals recomputed in that order, unused suppressions from the runs' match counts, the rules of the engines in use.
/// The inputs are read line by line in step (a k-way merge), so memory stays flat however many results.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("files")
        {
            Description = "JSON Lines outputs of check --format jsonl (one per shard), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var formats = ReportFormats.For(ReportKind.Findings);
        var format = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats.Select(f => f.Name))}.",
            DefaultValueFactory = _ => formats[0].Name,
        };
        format.AcceptOnlyFromAmong([.. formats.Select(f => f.Name)]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var colour = new Option<string>("--color") { Description = "Colour text output: auto (on a terminal), always or never.", DefaultValueFactory = _ => "auto" };
        colour.AcceptOnlyFromAmong("auto", "always", "never");
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Exit with code 1 when more than this many warnings are reported." };
        var failUnder = new Option<double?>("--fail-under") { Description = "Exit with code 1 when a conversation scores below this (0-100)." };
        var command = new Command("merge", "Combine the JSON Lines outputs of sharded runs (check --shard I/N --format jsonl) into one report.")
        {
            inputs, format, output, colour, maxWarnings, failUnder,
        };

        command.SetAction((result, cancellationToken) =>
        {
            var gates = Gates.From(result.GetValue(maxWarnings), result.GetValue(failUnder));
            var sources = result.GetValue(inputs)!.Select(path => MergeInput.Open(path, console)).ToList();
            try
            {
                var summary = Merge(sources, result.GetValue(format)!, result.GetValue(output), result.GetValue(colour)!, gates, console, cancellationToken);
                var pipeline = new BatchPipeline(console);
                return Task.FromResult(pipeline.ExitCode(new BatchOutcome(summary, new Dictionary<string, Configuration.AnalysisProfile>()), gates, s => s.FileErrors > 0 || s.Errors > 0));
            }
            finally
            {
                sources.ForEach(s => s.Dispose());
            }
        });
        return command;
    }

    private static BatchSummary Merge(List<MergeInput> sources, string formatName, string? outputPath, string colourMode, Gates gates, CliConsole console, CancellationToken cancellationToken)
    {
        // Each input's first file, in path order (ties in input order).
        var queue = new PriorityQueue<MergeInput, (string Path, int Order)>(Comparer<(string Path, int Order)>.Create(
            (a, b) => string.CompareOrdinal(a.Path, b.Path) is var c and not 0 ? c : a.Order.CompareTo(b.Order)));
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Next() is { } first)
            {
                queue.Enqueue(sources[i], (first.Path, i));
            }
        }

        // The rules and version are on the end lines, which come last: a separate scan of each input reads them first.
        var ends = sources.Select(s => s.ReadEnd()).ToList();
        var tools = ends.Select(e => e.Tool).Distinct(StringComparer.Ordinal).ToList();
        if (tools.Count > 1)
        {
            console.Error.WriteLine($"note: the inputs were written by different SalesLint versions ({string.Join(", ", tools)}); the report names {tools[0]}");
        }

        var rules = ends.Where(e => e.Summary.Files > 0).SelectMany(e => e.Rules).DistinctBy(r => r.Id).ToList();
        var context = new ReportContext
        {
            Kind = ReportKind.Findings,
            Rules = rules.Count > 0 ? rules : ends[0].Rules,
            ToolVersion = tools[0],
            Sarif = new SarifOptions
            {
                SourceRoot = SarifWriter.FindSourceRoot(Environment.CurrentDirectory, Environment.GetEnvironmentVariable("GITHUB_WORKSPACE")),
            },
            StepSummaryPath = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY"),
            Log = console.Error,
        };
        var format = ReportFormats.Find(formatName)!;
        var terminalOut = outputPath is null && console.Out == Console.Out && !Console.IsOutputRedirected;
        context = context with { Colour = format is TextFormat && BatchPipeline.Colour(colourMode, terminalOut) };

        using var reportFile = outputPath is null ? null : new ReportFile(outputPath);
        using var stdout = new TextWriterStream(console.Out);
        var sink = format.Open((Stream?)reportFile?.Stream ?? stdout, context);
        try
        {
            var summary = new BatchSummaryBuilder();
            string? lastPath = null;
            MergeInput? lastSource = null;
            while (queue.TryDequeue(out var source, out var key))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = source.Current!;
                if (lastPath == file.Path && lastSource != source)
                {
                    throw new UsageException($"{file.Path} is in both {lastSource!.Name} and {source.Name}: were two runs given the same --shard, or overlapping inputs?");
                }

                (lastPath, lastSource) = (file.Path, source);
                sink.Write(file);
                summary.Add(file);
                foreach (var c in file.Conversations)
                {
                    gates.AddScore(file.Conversations.Count > 1 ? $"{file.Path}#{c.Conversation}" : file.Path, c.Score.Overall);
                }

                if (source.Next() is { } next)
                {
                    queue.Enqueue(source, (next.Path, key.Order));
                }
            }

            var totals = summary.Build();
            var expected = ends.Sum(e => e.Summary.Files);
            if (totals.Files != expected)
            {
                throw new UsageException($"the inputs' end lines count {expected} file(s) but {totals.Files} file line(s) were read: an input is incomplete");
            }

            var usage = SuppressionUsage.Combine(ends.Select(e => e.Usage));
            sink.Complete(new ReportEnd(totals, usage.UnusedLines()) { Usage = usage });
            if (reportFile is not null)
            {
                sink.Dispose();
                sink = null;
                reportFile.Commit();
                console.Error.WriteLine($"wrote {format.Name} report to {outputPath}");
            }

            return totals;
        }
        finally
        {
            sink?.Dispose();
        }
    }

    /// <summary>One JSON Lines input, read a file line at a time; its end line is read by a separate scan.</summary>
    private sealed class MergeInput : IDisposable
    {
        private readonly TextReader reader;
        private readonly string? path;
        private int line;
        private string? previous;
        private bool ended;

        private MergeInput(string name, TextReader reader, string? path)
        {
            Name = name;
            this.reader = reader;
            this.path = path;
        }

        public string Name { get; }

        public FileReport? Current { get; private set; }

        public static MergeInput Open(string path, CliConsole console)
        {
            if (path == StdinInput.Path)
            {
                throw new UsageException("merge reads files: the end line of each input is needed before its results, so standard input cannot be merged");
            }

            try
            {
                return new MergeInput(path, new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 64 * 1024), path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read {path}: {(ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message)}");
            }
        }

        /// <summary>The next file of this input, or <see langword="null"/> after its last (checking that its end line follows).</summary>
        public FileReport? Next()
        {
            while (!ended && reader.ReadLine() is { } text)
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                switch (Read(text))
                {
                    case FileReport file:
                        if (previous is not null && string.CompareOrdinal(previous, file.Path) > 0)
                        {
                            throw new UsageException($"{Name}({line}): {file.Path} comes after {previous}: merge expects the files in path order, as check writes them");
                        }

                        previous = file.Path;
                        return Current = file;
                    case JsonLinesEnd:
                        ended = true;
                        break;
                }
            }

            if (!ended)
            {
                throw new UsageException($"{Name}: no end line: the run that wrote it did not finish (or the file was cut short)");
            }

            Current = null;
            return null;
        }

        /// <summary>Scans the input for its end line, which must be its last line.</summary>
        public JsonLinesEnd ReadEnd()
        {
            using var scan = new StreamReader(path!, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 64 * 1024);
            string? last = null;
            var number = 0;
            var lastNumber = 0;
            while (scan.ReadLine() is { } text)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    (last, lastNumber) = (text, number);
                }
            }

            if (last is null)
            {
                throw new UsageException($"{Name}: empty: not the output of check --format jsonl");
            }

            return Read(last, lastNumber) as JsonLinesEnd
                ?? throw new UsageException($"{Name}: no end line: the run that wrote it did not finish (or the file was cut short)");
        }

        public void Dispose() => reader.Dispose();

        private object Read(string text, int? at = null)
        {
            try
            {
                return JsonLinesFormat.Read(Name, at ?? line, text);
            }
            catch (InvalidDataException ex)
            {
                throw new UsageException(ex.Message);
            }
        }
    }
}
