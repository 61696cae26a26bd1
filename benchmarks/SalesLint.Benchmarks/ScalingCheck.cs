using System.Diagnostics;
using SalesLint.Engine;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// How much a second core speeds up the engine, next to a control: a pure arithmetic loop that shares nothing, which
/// shows how much this machine's second core can give at all. Run with
/// <c>dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- scaling [CALLS]</c>.
/// </summary>
public static class ScalingCheck
{
    /// <summary>Runs the check and prints one line per round.</summary>
    /// <param name="calls">Calls per round and per measurement (about 1,500 words each).</param>
    public static void Run(int calls)
    {
        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());
        // Long enough for tiered compilation to settle, on both threads.
        Parallel.ForEach(Enumerable.Range(0, 1500), new ParallelOptions { MaxDegreeOfParallelism = 2 }, warm => engine.Analyze(CallGenerator.Generate(warm, 1500)));
        Console.WriteLine($"garbage collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} (set DOTNET_gcServer=1 or 0 to change)");

        for (var round = 0; round < 4; round++)
        {
            var one = Enumerable.Range(0, calls).Select(i => CallGenerator.Generate(2_000_000 + (round * 10_000) + i, 1500)).ToList();
            var two = Enumerable.Range(0, calls).Select(i => CallGenerator.Generate(3_000_000 + (round * 10_000) + i, 1500)).ToList();
            // Alternate which goes first, so neither gains from the other's warm-up.
            (double, int, long) Sequential() => Measure(() => one.ForEach(c => engine.Analyze(c)));
            (double, int, long) Parallel2() => Measure(() => Parallel.ForEach(two, new ParallelOptions { MaxDegreeOfParallelism = 2 }, c => engine.Analyze(c)));
            var ((sequential, gcOne, locksOne), (parallel, gcTwo, locksTwo)) = round % 2 == 0
                ? (Sequential(), Parallel2())
                : (default((double, int, long)), default((double, int, long)));
            if (round % 2 == 1)
            {
                (parallel, gcTwo, locksTwo) = Parallel2();
                (sequential, gcOne, locksOne) = Sequential();
            }

            var controlSequential = Time(() =>
            {
                Spin();
                Spin();
            });
            var controlParallel = Time(() => Parallel.For(0, 2, _ => Spin()));
            Console.WriteLine(
                $"engine: {calls} calls 1 thread {sequential:F0} ms ({gcOne} GCs, {locksOne} lock waits), " +
                $"2 threads {parallel:F0} ms ({gcTwo} GCs, {locksTwo} lock waits), x{sequential / parallel:F2}; " +
                $"control loop: x{controlSequential / controlParallel:F2}");
        }
    }

    private static (double Milliseconds, int Collections, long LockWaits) Measure(Action action)
    {
        GC.Collect();
        var collections = GC.CollectionCount(0);
        var locks = Monitor.LockContentionCount;
        var watch = Stopwatch.StartNew();
        action();
        return (watch.Elapsed.TotalMilliseconds, GC.CollectionCount(0) - collections, Monitor.LockContentionCount - locks);
    }

    private static double Time(Action action)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static long Spin()
    {
        long x = 0;
        for (var i = 0; i < 150_000_000; i++)
        {
            x += (i * 2654435761L) ^ (x >> 3);
        }

        return x;
    }
}
