using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SalesLint.Embeddings;

// SalesLint.Embeddings COMMAND [options]: sentence embeddings measured against the shipped label model.
return args.Length == 0 || args[0] is "-h" or "--help"
    ? Usage(args.Length == 0 ? 2 : 0)
    : args[0] switch
    {
        "compare" => CompareCommand.Run(args[1..]),
        "cost" => CostCommand.Run(args[1..]),
        "augment" => AugmentCommand.Run(args[1..]),
        "bench" => Bench(args[1..]),
        _ => Unknown(args[0]),
    };

static int Usage(int code)
{
    var writer = code == 0 ? Console.Out : Console.Error;
    writer.WriteLine("usage: dotnet run -c Release --project benchmarks/SalesLint.Embeddings -- COMMAND [options]");
    writer.WriteLine();
    writer.WriteLine("commands:");
    writer.WriteLine("  compare  per-label P/R/F1 of embedding classifiers against the shipped label model, and SL1002 on PersuasionForGood");
    writer.WriteLine("  cost     one encoder in this process: load time, ms per sentence on one thread, resident memory (--encoder arctic-xs|minilm)");
    writer.WriteLine("  augment  experiment: embedding-labelled training data for the fast model, written to --out DIR (nothing in the repository changes)");
    writer.WriteLine("  bench    BenchmarkDotNet: per-sentence encode time of each encoder (in process, short job)");
    writer.WriteLine();
    writer.WriteLine("Run from the repository root (data defaults to ../shared/data), or pass --data DIR.");
    return code;
}

static int Bench(string[] args)
{
    // Short job (3 warm-ups, 3 iterations) in process: nothing is built, under a minute a case on a busy machine.
    var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    var summary = BenchmarkRunner.Run<EncoderBenchmarks>(config, args);
    return summary.HasCriticalValidationErrors ? 1 : 0;
}

static int Unknown(string command)
{
    Console.Error.WriteLine($"unknown command '{command}'");
    return Usage(2);
}
