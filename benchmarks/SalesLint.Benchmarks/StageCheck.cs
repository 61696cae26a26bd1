using System.Runtime.InteropServices;
using SalesLint.Engine;
using SalesLint.Negotiation;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// CPU time per call of each engine stage (read, tokenize, negotiation ledger, rules and score) on never-seen generated
/// calls, measured as the thread's own CPU time so that other processes on a shared machine disturb it little. Prints
/// the best of several rounds, once every shape has run a few rounds unmeasured (see <see cref="WarmUp"/>). Run
/// with
/// <c>dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- stages [WORDS] [PUNCTUATED] [NUMBER-SHARE]</c>.
/// </summary>
public static partial class StageCheck
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>
    /// Runs the check and prints one line per stage for each shape of call (<see cref="CallShape"/>): calls that end in
    /// a deal, calls with no deal (most real calls, and the rules' worst case) and buyer-driven calls; then the worst
    /// engine total of the three, which is what the speed budget holds to.
    /// </summary>
    /// <param name="words">Words per generated call.</param>
    /// <param name="punctuated">Whether the calls keep their punctuation (false: lower-case, no marks).</param>
    /// <param name="numberShare">Share of sentences with a number (see <see cref="CallGenerator.DefaultNumberShare"/>).</param>
    public static void Run(int words, bool punctuated, double numberShare)
    {
        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());
        WarmUp(engine, words, punctuated, numberShare);
        var worst = (Total: 0.0, Shape: CallShape.Deal);
        foreach (var shape in Enum.GetValues<CallShape>())
        {
            var total = Run(engine, shape, words, punctuated, numberShare);
            if (total > worst.Total)
            {
                worst = (total, shape);
            }
        }

        Console.WriteLine($"{"worst",-12} {worst.Total * 1000,8:F2} ms per call (engine, {worst.Shape} calls)");
    }

    /// <summary>
    /// Runs every shape of call a few times before anything is measured. The runtime compiles a method first quickly
    /// and recompiles it optimized only after it has been called often and no new method has been compiled for a while
    /// (tiered compilation); with a single warm-up round per shape, the shape measured first (deal) carried most of that
    /// and its figure swung by several milliseconds with the machine's load and with how much code the rules hold, while
    /// the same calls run later in the process cost the same on every build. The first call of a fresh process is
    /// what <c>startup</c> measures.
    /// </summary>
    private static void WarmUp(SalesLintEngine engine, int words, bool punctuated, double numberShare)
    {
        const int Rounds = 3;
        const int Calls = 40;
        var seed = 6_000_000;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var shape in Enum.GetValues<CallShape>())
            {
                for (var i = 0; i < Calls; i++)
                {
                    var text = CallGenerator.ToJson(Shape(CallGenerator.Generate(seed++, words, numberShare, shape), punctuated));
                    var conversation = engine.Tokenize(TranscriptReader.Read("call.json", text)[0]);
                    _ = conversation.Ledger;
                    engine.Analyze(conversation);
                }
            }
        }
    }

    private static double Run(SalesLintEngine engine, CallShape shape, int words, bool punctuated, double numberShare)
    {
        const int Calls = 40;
        const int Rounds = 5;
        var seed = 7_000_000;
        var best = new double[4];
        Array.Fill(best, double.MaxValue);
        for (var round = -1; round < Rounds; round++)
        {
            var texts = Enumerable.Range(0, Calls).Select(_ => CallGenerator.ToJson(Shape(CallGenerator.Generate(seed++, words, numberShare, shape), punctuated))).ToArray();
            var spent = new double[4];
            foreach (var text in texts)
            {
                var t0 = Now();
                var transcript = TranscriptReader.Read("call.json", text)[0];
                var t1 = Now();
                var conversation = engine.Tokenize(transcript);
                var t2 = Now();
                _ = conversation.Ledger;
                var t3 = Now();
                engine.Analyze(conversation);
                var t4 = Now();
                spent[0] += t1 - t0;
                spent[1] += t2 - t1;
                spent[2] += t3 - t2;
                spent[3] += t4 - t3;
            }

            if (round >= 0)
            {
                for (var i = 0; i < 4; i++)
                {
                    best[i] = Math.Min(best[i], spent[i] / Calls);
                }
            }
        }

        Console.WriteLine($"{shape} calls:");
        string[] names = ["read", "tokenize", "ledger", "rules+score"];
        for (var i = 0; i < 4; i++)
        {
            Console.WriteLine($"{names[i],-12} {best[i] * 1000,8:F2} ms per call (CPU, best of {Rounds} rounds of {Calls} calls of {words} words, punctuated={punctuated}, number share {numberShare})");
        }

        var total = best[1] + best[2] + best[3];
        Console.WriteLine($"{"engine",-12} {total * 1000,8:F2} ms per call (tokenize + ledger + rules)");
        return total;
    }

    /// <summary>The call as generated, or lower-case with no marks but apostrophes, % and $.</summary>
    /// <param name="call">The call.</param>
    /// <param name="punctuated">Whether to keep its punctuation.</param>
    /// <returns>The call.</returns>
    internal static Model.Transcript Shape(Model.Transcript call, bool punctuated) => punctuated ? call : call with
    {
        Turns = [.. call.Turns.Select(t => t with { Text = new string([.. t.Text.Where(c => !char.IsPunctuation(c) || c is '\'' or '%' or '$')]).ToLowerInvariant() })],
    };

    /// <summary>The thread's own CPU time in seconds.</summary>
    /// <returns>The time.</returns>
    internal static double CpuNow() => Now();

    private static double Now()
    {
        _ = ClockGetTime(ThreadCpuClock, out var ts);
        return ts.Seconds + (ts.Nanoseconds / 1e9);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
