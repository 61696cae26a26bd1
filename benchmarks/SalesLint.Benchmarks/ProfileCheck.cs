using SalesLint.Engine;
using SalesLint.Metrics;
using SalesLint.Negotiation;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// A loop to profile (for example under <c>dotnet-trace collect</c>): reads, tokenizes and analyzes never-seen
/// generated calls of one shape for a given time; then prints the CPU time of the parts of the rules stage that run
/// before any rule (the conversation metrics, the negotiation metrics, the discovery metrics) on fresh calls, so a
/// slower rules stage can be told from slower metrics. Run with
/// <c>dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- profile [SHAPE] [SECONDS] [WORDS] [PUNCTUATED]</c>.
/// </summary>
public static class ProfileCheck
{
    /// <summary>Runs the loop and the breakdown.</summary>
    /// <param name="shape">The shape of the calls.</param>
    /// <param name="seconds">How long to loop (0: only the breakdown).</param>
    /// <param name="words">Words per generated call.</param>
    /// <param name="punctuated">Whether the calls keep their punctuation.</param>
    public static void Run(CallShape shape, double seconds, int words, bool punctuated)
    {
        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());
        var seed = 8_000_000;
        var texts = Enumerable.Range(0, 40).Select(_ => Text(seed++, words, shape, punctuated)).ToArray();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var calls = 0;
        do
        {
            var conversation = engine.Tokenize(TranscriptReader.Read("call.json", texts[calls % texts.Length])[0]);
            _ = conversation.Ledger;
            engine.Analyze(conversation);
            calls++;
        }
        while (DateTime.UtcNow < until);

        Console.WriteLine($"looped {calls} {shape} calls");
        const int Rounds = 5;
        const int Calls = 40;
        var best = new double[4];
        Array.Fill(best, double.MaxValue);
        for (var round = -1; round < Rounds; round++)
        {
            var conversations = Enumerable.Range(0, Calls).Select(_ => engine.Tokenize(TranscriptReader.Read("call.json", Text(seed++, words, shape, punctuated))[0])).ToArray();
            foreach (var c in conversations)
            {
                _ = c.Ledger;
            }

            var spent = new double[4];
            foreach (var conversation in conversations)
            {
                var t0 = StageCheck.CpuNow();
                var all = MetricsCalculator.ComputeAll(conversation);
                var t1 = StageCheck.CpuNow();
                all = NegotiationMetrics.AddTo(all, conversation);
                var t2 = StageCheck.CpuNow();
                _ = DiscoveryMetrics.With(all.Conversation, conversation);
                var t3 = StageCheck.CpuNow();
                engine.Analyze(conversation);
                var t4 = StageCheck.CpuNow();
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

        string[] names = ["metrics", "negotiation", "discovery", "rules+score"];
        for (var i = 0; i < 4; i++)
        {
            Console.WriteLine($"{names[i],-12} {best[i] * 1000,8:F2} ms per call (CPU, best of {Rounds} rounds of {Calls} {shape} calls of {words} words, punctuated={punctuated}; rules+score includes the three before)");
        }
    }

    private static string Text(int seed, int words, CallShape shape, bool punctuated)
    {
        var call = CallGenerator.Generate(seed, words, CallGenerator.DefaultNumberShare, shape);
        return CallGenerator.ToJson(StageCheck.Shape(call, punctuated));
    }
}
