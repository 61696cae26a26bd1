using BenchmarkDotNet.Attributes;
using SalesLint.Acts;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;
using SalesLint.Tokenization;

namespace SalesLint.Benchmarks;

/// <summary>
/// The whole engine (tokenize, features, entities, all default rules, score) on a short call (~600 words) and a
/// 60-minute call (~9,000 words, ~50 KB). Every iteration analyzes freshly generated calls never seen before, so
/// Microsoft.Recognizers.Text's per-text cache cannot flatter the figures. One thread; default (auto) classifier.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[IterationCount(30)]
[WarmupCount(5)]
public class EngineBenchmarks
{
    private const int CallsPerIteration = 8;
    private readonly SalesLintEngine engine = new(RuleSet.LoadBuiltIn());
    private readonly Transcript[] shortCalls = new Transcript[CallsPerIteration];
    private readonly Transcript[] longCalls = new Transcript[CallsPerIteration];
    private int seed = 1_000_000;

    /// <summary>Whether the generated calls carry punctuation (false: lower-case, no marks, as raw speech recognition).</summary>
    [Params(true, false)]
    public bool Punctuated { get; set; } = true;

    /// <summary>
    /// Share of sentences that carry a number (<see cref="CallGenerator.DefaultNumberShare"/>, as in real calls; 1: the
    /// stress case where every sentence does, which sends every sentence through the negotiation ledger's price reading).
    /// </summary>
    [Params(CallGenerator.DefaultNumberShare, 1.0)]
    public double NumberShare { get; set; } = CallGenerator.DefaultNumberShare;

    [IterationSetup]
    public void FreshCalls()
    {
        for (var i = 0; i < CallsPerIteration; i++)
        {
            shortCalls[i] = Shape(CallGenerator.Generate(seed++, 600, NumberShare));
            longCalls[i] = Shape(CallGenerator.Generate(seed++, 9000, NumberShare));
        }
    }

    [Benchmark(OperationsPerInvoke = CallsPerIteration)]
    public int ShortCall() => Run(shortCalls);

    [Benchmark(OperationsPerInvoke = CallsPerIteration)]
    public int SixtyMinuteCall() => Run(longCalls);

    private int Run(Transcript[] calls)
    {
        var findings = 0;
        foreach (var call in calls)
        {
            findings += engine.Analyze(call).Diagnostics.Count;
        }

        return findings;
    }

    private Transcript Shape(Transcript call) => Punctuated ? call : call with
    {
        Turns = [.. call.Turns.Select(t => t with { Text = new string(t.Text.Where(c => !char.IsPunctuation(c) || c is '\'' or '%' or '$').ToArray()).ToLowerInvariant() })],
    };
}

/// <summary>Tokenizer, sentence splitter and rule-based act classifier on one 60-minute call's worth of turns.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private string[] texts = [];

    [GlobalSetup]
    public void Setup() => texts = [.. CallGenerator.Generate(42, 9000).Turns.Select(t => t.Text)];

    [Benchmark]
    public int TokenizeSplitClassify()
    {
        var sentences = 0;
        foreach (var text in texts)
        {
            var tokens = TextTokenizer.Tokenize(text);
            foreach (var (first, count) in SentenceSplitter.Split(text, tokens))
            {
                RuleBasedActClassifier.Classify(text, tokens.AsSpan(first, count));
                sentences++;
            }
        }

        return sentences;
    }
}
