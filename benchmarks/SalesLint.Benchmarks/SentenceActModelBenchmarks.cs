using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SalesLint.Acts;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;
using SalesLint.Tokenization;

namespace SalesLint.Benchmarks;

/// <summary>
/// Cost of the learned sentence-act model: loading it (in a warm process; the first load in a process also JITs
/// ML.NET), classifying one sentence with the rules, the model and both combined, and the whole engine on a 60-minute
/// call in each classifier mode, punctuated and as speech recognition without punctuation writes it.
/// </summary>
[MemoryDiagnoser]
public class SentenceActModelBenchmarks
{
    private const int Variants = 16;
    private readonly SalesLintEngine rulesEngine = new(RuleSet.LoadBuiltIn(), new EngineOptions { ActClassifier = ActClassifierMode.Rules });
    private readonly SalesLintEngine autoEngine = new(RuleSet.LoadBuiltIn(), new EngineOptions { ActClassifier = ActClassifierMode.Auto });
    private byte[] modelBytes = [];
    private SentenceActModel model = null!;
    private (string Text, Token[] Tokens)[] sentences = [];
    private Transcript[] punctuated = [];
    private Transcript[] stripped = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        using (var stream = typeof(SentenceActModel).Assembly.GetManifestResourceStream(SentenceActModel.ResourceName)!)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            modelBytes = copy.ToArray();
        }

        model = SentenceActModel.Default;
        punctuated = [.. Enumerable.Range(0, Variants).Select(i => CallGenerator.Generate(5000 + i, 9000))];
        stripped = [.. punctuated.Select(Strip)];
        sentences = [.. stripped[0].Turns.Take(512).Select(t => (t.Text, TextTokenizer.Tokenize(t.Text)))];
        Console.WriteLine($"// sentences: {sentences.Length}, mean {sentences.Average(s => s.Tokens.Length):0.0} tokens; stripped calls punctuated: {ActClassification.IsPunctuated(stripped[0].Turns)}");
    }

    [Benchmark]
    public SentenceActModel LoadModel()
    {
        using var stream = new MemoryStream(modelBytes);
        return SentenceActModel.Load(stream);
    }

    [Benchmark]
    public ActDecision SentenceRules()
    {
        var (text, tokens) = sentences[next++ % sentences.Length];
        return RuleBasedActClassifier.Classify(text, tokens);
    }

    [Benchmark]
    public ActDecision SentenceModel()
    {
        var (text, tokens) = sentences[next++ % sentences.Length];
        return model.Classify(text, tokens);
    }

    [Benchmark]
    public ActDecision SentenceCombined()
    {
        var (text, tokens) = sentences[next++ % sentences.Length];
        return ActClassification.Classify(model, text, tokens);
    }

    [Benchmark]
    public bool IsPunctuatedSixtyMinuteCall() => ActClassification.IsPunctuated(punctuated[next++ % Variants].Turns);

    [Benchmark]
    public AnalysisResult SixtyMinuteCallRulesPunctuated() => rulesEngine.Analyze(punctuated[next++ % Variants]);

    [Benchmark]
    public AnalysisResult SixtyMinuteCallAutoPunctuated() => autoEngine.Analyze(punctuated[next++ % Variants]);

    [Benchmark]
    public AnalysisResult SixtyMinuteCallAutoUnpunctuated() => autoEngine.Analyze(stripped[next++ % Variants]);

    private static Transcript Strip(Transcript transcript) => transcript with
    {
        Turns = [.. transcript.Turns.Select(t => t with { Text = StripText(t.Text) })],
    };

    private static string StripText(string text)
    {
        var chars = text.Select(c => char.IsLetterOrDigit(c) || c is '\'' or ' ' ? char.ToLower(c, CultureInfo.InvariantCulture) : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>
/// The first load of the embedded model in a fresh process, as the CLI pays it once: reading the resource, JIT of
/// ML.NET's loaders and transforms, and the first prediction engine. One cold invocation per launch.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class SentenceActModelColdLoadBenchmarks
{
    [Benchmark]
    public ActDecision FirstLoadAndPrediction() => SentenceActModel.Default.Classify("so how many reps are on the team");
}
