using SalesLint.Engine;
using SalesLint.Metrics;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// Bytes allocated per call by each stage (read, tokenize, metrics, rules and score) on never-seen generated calls.
/// Run with <c>dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- allocations [WORDS]</c>.
/// </summary>
public static class AllocationCheck
{
    /// <summary>Runs the check and prints one line per stage.</summary>
    /// <param name="words">Words per generated call.</param>
    public static void Run(int words)
    {
        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());
        const int Calls = 200;
        var texts = Enumerable.Range(0, Calls * 2).Select(i => CallGenerator.ToJson(CallGenerator.Generate(5_000_000 + i, words))).ToArray();
        long read = 0, tokenize = 0, metrics = 0, analyze = 0, chars = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            var measure = i >= Calls;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var transcript = TranscriptReader.Read($"call-{i}.json", texts[i])[0];
            var afterRead = GC.GetAllocatedBytesForCurrentThread();
            var conversation = engine.Tokenize(transcript);
            var afterTokenize = GC.GetAllocatedBytesForCurrentThread();
            MetricsCalculator.ComputeAll(conversation);
            var afterMetrics = GC.GetAllocatedBytesForCurrentThread();
            engine.Analyze(conversation);
            var afterAnalyze = GC.GetAllocatedBytesForCurrentThread();
            if (measure)
            {
                read += afterRead - before;
                tokenize += afterTokenize - afterRead;
                metrics += afterMetrics - afterTokenize;
                analyze += afterAnalyze - afterMetrics - (afterMetrics - afterTokenize);
                chars += texts[i].Length;
            }
        }

        Console.WriteLine($"{Calls} calls of {words} words, {chars / Calls:N0} JSON chars each; bytes allocated per call:");
        Console.WriteLine($"  read (JSON)            {read / Calls,10:N0}");
        Console.WriteLine($"  tokenize + features    {tokenize / Calls,10:N0}");
        Console.WriteLine($"  metrics                {metrics / Calls,10:N0}");
        Console.WriteLine($"  rules + score          {analyze / Calls,10:N0}");
        Console.WriteLine($"  total                  {(read + tokenize + metrics + analyze) / Calls,10:N0}");

        // Which types, stage by stage (sampled: the runtime reports about one allocation per 100 KB).
        var fresh = Enumerable.Range(0, 2000).Select(i => CallGenerator.ToJson(CallGenerator.Generate(6_000_000 + i, words))).ToArray();
        using var sampler = new AllocationSampler();
        var transcripts = Stage(sampler, "read", () => fresh.Select((t, i) => TranscriptReader.Read($"c{i}.json", t)[0]).ToArray());
        var conversations = Stage(sampler, "tokenize", () => transcripts.Select(t => engine.Tokenize(t)).ToArray());
        Stage(sampler, "analyze", () => conversations.Select(c => engine.Analyze(c)).ToArray());
    }

    private static T Stage<T>(AllocationSampler sampler, string name, Func<T> work)
    {
        Thread.Sleep(1500);
        sampler.Clear();
        sampler.Recording = true;
        var result = work();
        Thread.Sleep(1500);
        sampler.Recording = false;
        Console.WriteLine($"{name}: sampled bytes by type");
        foreach (var (type, bytes) in sampler.Top(15))
        {
            Console.WriteLine($"  {bytes / 2000,10:N0}  {type}");
        }

        return result;
    }
}
