using System.Diagnostics;
using SalesLint.Engine;
using SalesLint.Model;
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
        foreach (var warm in Enumerable.Range(0, 300))
        {
            engine.Analyze(CallGenerator.Generate(warm, 1500));
        }

        for (var round = 0; round < 4; round++)
        {
            var one = Enumerable.Range(0, calls).Select(i => CallGenerator.Generate(2_000_000 + (round * 10_000) + i, 1500)).ToList();
            var two = Enumerable.Range(0, calls).Select(i => CallGenerator.Generate(3_000_000 + (round * 10_000) + i, 1500)).ToList();
            var (sequential, gcOne, locksOne) = Measure(() => one.ForEach(c => engine.Analyze(c)));
            var (parallel, gcTwo, locksTwo) = Measure(() => Parallel.ForEach(two, new ParallelOptions { MaxDegreeOfParallelism = 2 }, c => engine.Analyze(c)));
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
