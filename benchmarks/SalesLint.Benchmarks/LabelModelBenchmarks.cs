using BenchmarkDotNet.Attributes;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;
using SalesLint.Understanding;

namespace SalesLint.Benchmarks;

/// <summary>
/// Cost of the sentence-understanding layer: loading the label model (from bytes in a warm process), scoring one
/// sentence (every learned label), labelling every sentence of a 60-minute call with context, and the whole engine on
/// that call (the recommended rules ask for labels only where their selectors need them).
/// </summary>
[MemoryDiagnoser]
public class LabelModelBenchmarks
{
    private const int Variants = 16;
    private readonly SalesLintEngine engine = new(RuleSet.LoadBuiltIn(), new EngineOptions());
    private byte[] modelBytes = [];
    private LabelModel model = null!;
    private Sentence[] sentences = [];
    private Transcript[] calls = [];
    private float[] probabilities = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        using (var stream = typeof(LabelModel).Assembly.GetManifestResourceStream(LabelModel.ResourceName)!)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            modelBytes = copy.ToArray();
        }

        // SALESLINT_BENCH_LABEL_MODEL=FILE scores with another model file (e.g. the previous one, to compare the cost
        // per sentence before and after a retrain in the same build and session); LoadModel loads that file too, the
        // benchmarks over whole calls keep the embedded model.
        if (Environment.GetEnvironmentVariable("SALESLINT_BENCH_LABEL_MODEL") is { Length: > 0 } other)
        {
            modelBytes = File.ReadAllBytes(other);
            using var stream = new MemoryStream(modelBytes);
            model = LabelModel.Load(stream);
            Console.WriteLine($"// label model: {other}");
        }
        else
        {
            model = LabelModel.Default;
        }

        probabilities = new float[model.Labels.Count];
        calls = [.. Enumerable.Range(0, Variants).Select(i => CallGenerator.Generate(7000 + i, 9000))];
        sentences = [.. engine.Tokenize(calls[0]).Sentences.Take(1024)];
        Console.WriteLine($"// sentences: {sentences.Length}, mean {sentences.Average(s => s.TokenCount):0.0} tokens");
    }

    [Benchmark]
    public LabelModel LoadModel()
    {
        using var stream = new MemoryStream(modelBytes);
        return LabelModel.Load(stream);
    }

    [Benchmark]
    public float ScoreSentence()
    {
        var sentence = sentences[next++ % sentences.Length];
        model.Probabilities(sentence.Turn.Text, sentence.Tokens, sentence.FeatureArray, probabilities);
        return probabilities[0];
    }

    [Benchmark]
    public int LabelEverySentenceOfSixtyMinuteCall()
    {
        var conversation = engine.Tokenize(calls[next++ % Variants]);
        var count = 0;
        foreach (var sentence in conversation.Sentences)
        {
            count += sentence.Labels.Has(SemanticLabel.Product) ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public Conversation TokenizeSixtyMinuteCall() => engine.Tokenize(calls[next++ % Variants]);

    [Benchmark]
    public AnalysisResult SixtyMinuteCall() => engine.Analyze(calls[next++ % Variants]);
}
