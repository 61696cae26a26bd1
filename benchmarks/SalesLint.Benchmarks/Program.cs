using BenchmarkDotNet.Running;
using SalesLint.Benchmarks;

// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- --filter '*'          (BenchmarkDotNet)
// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- generate DIR COUNT [WORDS] [SHARE] [SHAPE]   (a corpus of unique calls; SHARE of sentences with a number, default 0.2; SHAPE deal, nodeal or buyerdriven)
// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- scaling [CALLS]             (second-core gain vs a control loop)
// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- allocations [WORDS]         (bytes allocated per call by stage)
// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- stages [WORDS] [false] [SHARE]   (CPU time per stage; false: unpunctuated)
// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- profile [SHAPE] [SECONDS] [WORDS] [false]   (a loop of one shape to trace, then the metrics' share of the rules stage)
// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- startup                     (what a fresh process spends before its first result)
// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- corpus DIR [THREADS]        (read + analyze a folder in-process, with GC figures)
if (args.Length >= 3 && args[0] == "generate")
{
    var folder = args[1];
    var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var words = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1500;
    var share = args.Length > 4 ? double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : CallGenerator.DefaultNumberShare;
    var shape = args.Length > 5 ? Enum.Parse<CallShape>(args[5], ignoreCase: true) : CallShape.Deal;
    Directory.CreateDirectory(folder);
    for (var i = 0; i < count; i++)
    {
        File.WriteAllText(Path.Combine(folder, $"call-{i:00000}.json"), CallGenerator.ToJson(CallGenerator.Generate(100_000 + i, words, share, shape)));
    }

    Console.WriteLine($"wrote {count} {shape} calls of about {words} words to {folder}");
    return;
}

if (args.Length >= 1 && args[0] == "scaling")
{
    ScalingCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 600);
    return;
}

if (args.Length >= 2 && args[0] == "corpus")
{
    CorpusCheck.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount);
    return;
}

if (args.Length >= 1 && args[0] == "stages")
{
    StageCheck.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9000,
        args.Length <= 2 || !string.Equals(args[2], "false", StringComparison.OrdinalIgnoreCase),
        args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : CallGenerator.DefaultNumberShare);
    return;
}

if (args.Length >= 1 && args[0] == "profile")
{
    ProfileCheck.Run(
        args.Length > 1 ? Enum.Parse<CallShape>(args[1], ignoreCase: true) : CallShape.BuyerDriven,
        args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 9000,
        args.Length <= 4 || !string.Equals(args[4], "false", StringComparison.OrdinalIgnoreCase));
    return;
}

if (args.Length >= 1 && args[0] == "startup")
{
    StartupCheck.Run();
    return;
}

if (args.Length >= 1 && args[0] == "allocations")
{
    AllocationCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1500);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
