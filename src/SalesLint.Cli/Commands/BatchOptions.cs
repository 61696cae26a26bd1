using System.CommandLine;
using SalesLint.Cli.Batch;
using SalesLint.Output;

namespace SalesLint.Cli.Commands;

/// <summary>The arguments and options <c>check</c> and <c>score</c> share, and the <see cref="BatchRequest"/> they make.</summary>
internal sealed class BatchOptions
{
    private readonly ReportKind kind;

    public BatchOptions(ReportKind kind)
    {
        this.kind = kind;
        var formats = ReportFormats.For(kind);
        Format = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats.Select(f => f.Name))}.",
            DefaultValueFactory = _ => formats[0].Name,
        };
        Format.AcceptOnlyFromAmong([.. formats.Select(f => f.Name)]);
        Colour.AcceptOnlyFromAmong("auto", "always", "never");
    }

    public CommonOptions Common { get; } = new();

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Transcript files, folders (searched recursively), globs (*, **, ?, [abc], {a,b}), or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Format { get; }

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to this file instead of standard output." };

    public Option<string> Colour { get; } = new("--color") { Description = "Colour text output: auto (on a terminal), always or never.", DefaultValueFactory = _ => "auto" };

    public Option<int?> MaxWarnings { get; } = new("--max-warnings") { Description = "Exit with code 1 when more than this many warnings are reported." };

    public Option<double?> FailUnder { get; } = new("--fail-under") { Description = "Exit with code 1 when a conversation scores below this (0-100)." };

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Analyze part I of N of the files (I/N, such as 2/7), chosen by a hash of each file's relative path: N runs with I = 1..N cover the batch once; combine their --format jsonl outputs with saleslint merge.",
    };

    /// <summary>Adds the shared arguments and options to <paramref name="command"/>, in the order --help lists them.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        Common.AddTo(command);
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Colour);
        Common.AddBatchTo(command);
        Common.AddQuietTo(command);
        Common.AddStdinTo(command);
        command.Options.Add(MaxWarnings);
        command.Options.Add(FailUnder);
        command.Options.Add(Shard);
    }

    /// <summary>The request for <see cref="BatchPipeline"/> from the parsed command line.</summary>
    public BatchRequest Request(ParseResult result, CliConsole console, string? baseline = null)
    {
        var degree = Common.JobCount(result);
        var gates = Gates.From(result.GetValue(MaxWarnings), result.GetValue(FailUnder));
        var inputs = result.GetValue(Paths)!;
        var shard = result.GetValue(Shard) is { } part ? Batch.Shard.Parse(part) : null;
        if (shard is not null && inputs.Contains(StdinInput.Path))
        {
            throw new UsageException("--shard splits files; standard input ('-') is read whole by one run");
        }

        var stdin = Common.ReadStdin(result, inputs, console, jsonLines: true);
        if (stdin?.JsonLines is not null && inputs.Length > 1)
        {
            throw new UsageException("JSON Lines from standard input ('-') are read alone: give the other paths to another run");
        }

        return new BatchRequest
        {
            Inputs = inputs,
            Stdin = stdin,
            Shard = shard,
            Resolver = Common.CreateResolver(result, baseline),
            Degree = degree,
            NoProgress = result.GetValue(Common.NoProgress),
            Format = ReportFormats.Find(result.GetValue(Format)!),
            Context = new ReportContext { Kind = kind },
            OutputPath = result.GetValue(Output),
            Colour = result.GetValue(Colour)!,
            Gates = gates,
        };
    }
}
