using System.Diagnostics;
using System.Globalization;
using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Embeddings;

/// <summary>
/// <c>cost</c>: what one encoder costs in a fresh process: load time, milliseconds per sentence on one thread (the
/// held-out written sentences, one at a time, no cache), resident memory before and after, and the shipped model's
/// per-sentence time on the same sentences for scale. Run one encoder per process so memory is its own.
/// </summary>
internal static class CostCommand
{
    public static int Run(string[] args)
    {
        var root = ".";
        var name = "arctic-xs";
        var rounds = 3;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--root" when i + 1 < args.Length: root = args[++i]; break;
                case "--encoder" when i + 1 < args.Length: name = args[++i]; break;
                case "--rounds" when i + 1 < args.Length: rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine("usage: cost [--encoder arctic-xs|minilm] [--rounds N] [--root REPO]");
                    return 2;
            }
        }

        var testFile = Path.Combine(root, "src", "SalesLint.Trainer", "data", "understanding-test.tsv");
        if (!File.Exists(testFile))
        {
            Console.Error.WriteLine($"cost: {testFile} not found (run from the repository root or pass --root)");
            return 2;
        }

        var sentences = LabelData.ReadWritten(testFile, LabelSplit.Test).Select(e => e.Text).ToList();
        var shipped = new ShippedScorer(LabelModel.Default);
        _ = shipped.Score(sentences);
        var before = Resident();

        using var encoder = Encoder.Create(name, threads: 1);
        var afterLoad = Resident();
        _ = encoder.EncodeUncached("warm up");

        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var sentence in sentences)
            {
                var stopwatch = Stopwatch.StartNew();
                _ = encoder.EncodeUncached(sentence);
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        var after = Resident();
        times.Sort();
        var shippedWatch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            _ = shipped.Score(sentences);
        }

        var shippedPer = shippedWatch.Elapsed.TotalMilliseconds / (rounds * sentences.Count);
        var words = sentences.Average(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: load {encoder.LoadTime.TotalMilliseconds:0} ms (first in the process)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  per sentence, one thread, {times.Count} encodes of {sentences.Count} sentences ({words:0.0} words on average): mean {times.Average():0.00} ms, median {times[times.Count / 2]:0.00} ms, p90 {times[times.Count * 9 / 10]:0.00} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  resident: {before.Current} MB before loading (SalesLint + shipped model), {afterLoad.Current} MB after loading, {after.Current} MB after encoding; peak {after.Peak} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  shipped model on the same sentences (tokenizing and lexicons included): {shippedPer * 1000:0} µs per sentence"));
        return 0;
    }

    /// <summary>Resident and peak resident memory in MB (from /proc on Linux; the working set elsewhere).</summary>
    private static (long Current, long Peak) Resident()
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        long peak = process.PeakWorkingSet64;
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        return (process.WorkingSet64 / 1_000_000, peak / 1_000_000);
    }
}
