using BenchmarkDotNet.Attributes;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;
using SalesLint.Tokenization;

namespace SalesLint.Benchmarks;

/// <summary>
/// The whole engine (tokenize + all default rules + score) on a short call (~600 words) and a 60-minute call
/// (~9,000 words). Each invocation analyzes a different pre-generated call, so recognizer caches stay cold.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int Variants = 64;
    private readonly SalesLintEngine engine = new(RuleSet.LoadBuiltIn());
    private Transcript[] shortCalls = [];
    private Transcript[] longCalls = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        shortCalls = [.. Enumerable.Range(0, Variants).Select(i => CallGenerator.Generate(1000 + i, 600))];
        longCalls = [.. Enumerable.Range(0, Variants).Select(i => CallGenerator.Generate(5000 + i, 9000))];
    }

    [Benchmark]
    public AnalysisResult ShortCall() => engine.Analyze(shortCalls[next++ % Variants]);

    [Benchmark]
    public AnalysisResult SixtyMinuteCall() => engine.Analyze(longCalls[next++ % Variants]);
}

/// <summary>Tokenizer, sentence splitter and act classifier on one 60-minute call's worth of turns.</summary>
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
