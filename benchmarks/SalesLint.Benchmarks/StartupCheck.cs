using System.Diagnostics;
using SalesLint.Engine;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// What a fresh process spends before its first result: loading the built-in rules, creating the engine, the first
/// (cold) analysis and a second one. Run in a new process each time with
/// <c>dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- startup</c>.
/// </summary>
public static class StartupCheck
{
    /// <summary>Runs the check.</summary>
    public static void Run()
    {
        var process = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var calls = new[] { CallGenerator.Generate(7, 1500), CallGenerator.Generate(8, 1500) };
        var watch = Stopwatch.StartNew();
        var rules = RuleSet.LoadBuiltIn();
        var load = watch.Elapsed.TotalMilliseconds;
        var engine = new SalesLintEngine(rules);
        var create = watch.Elapsed.TotalMilliseconds;
        engine.Analyze(calls[0]);
        var first = watch.Elapsed.TotalMilliseconds;
        engine.Analyze(calls[1]);
        var second = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine(
            $"runtime start {process.TotalMilliseconds:F0} ms; load rules {load:F0} ms; create engine {create - load:F0} ms; " +
            $"first call {first - create:F0} ms; second call {second - first:F0} ms");
    }
}
