using System.Diagnostics;
using SalesLint.Engine;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// Reads and analyzes every file of a folder in-process, on one thread and then on several, and prints the time and
/// what the garbage collector cost. Run with
/// <c>dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- corpus DIR [THREADS]</c>.
/// </summary>
public static class CorpusCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="folder">The corpus (e.g. made by <c>generate</c>).</param>
    /// <param name="threads">Threads of the parallel run.</param>
    public static void Run(string folder, int threads)
    {
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var transcripts = files.SelectMany(f => TranscriptReader.ReadFile(f)).ToArray();
        if (Environment.GetEnvironmentVariable("SAMPLE_TYPES") is not null)
        {
            using var sampler = new AllocationSampler();
            foreach (var degree in new[] { 1, threads })
            {
                Thread.Sleep(1000);
                sampler.Clear();
                sampler.Recording = true;
                Stage($"analyze only, threads={degree}", () => Parallel.ForEach(transcripts, new ParallelOptions { MaxDegreeOfParallelism = degree }, t => engine.Analyze(t)));
                Thread.Sleep(1000);
                sampler.Recording = false;
                foreach (var (type, sampled) in sampler.Top(12))
                {
                    Console.WriteLine($"  {sampled / transcripts.Length,10:N0}  {type}");
                }
            }
        }

        foreach (var degree in new[] { 1, threads, 1, threads })
        {
            Stage($"read only, threads={degree}", () => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = degree }, f => TranscriptReader.ReadFile(f)));
            Stage($"analyze only, threads={degree}", () => Parallel.ForEach(transcripts, new ParallelOptions { MaxDegreeOfParallelism = degree }, t => engine.Analyze(t)));
        }

        foreach (var degree in new[] { 1, threads, 1, threads })
        {
            GC.Collect();
            var pause = GC.GetTotalPauseDuration();
            var gens = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
            var allocated = GC.GetTotalAllocatedBytes();
            var watch = Stopwatch.StartNew();
            var findings = 0L;
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = degree }, file =>
            {
                foreach (var transcript in TranscriptReader.ReadFile(file))
                {
                    Interlocked.Add(ref findings, engine.Analyze(transcript).Diagnostics.Count);
                }
            });
            var seconds = watch.Elapsed.TotalSeconds;
            var counts = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - gens[g]).ToArray();
            Console.WriteLine(
                $"threads={degree}: {files.Length} files, {bytes / 1e6:F1} MB in {seconds:F2} s = {bytes / 1e6 / seconds:F2} MB/s; " +
                $"{findings} findings; allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:F0} MB; " +
                $"GCs gen0/1/2 {counts[0]}/{counts[1]}/{counts[2]}, paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms; " +
                $"server GC {System.Runtime.GCSettings.IsServerGC}");
        }
    }

    private static void Stage(string name, Action work)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        work();
        Console.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:F2} s");
    }
}
