using BenchmarkDotNet.Attributes;

namespace SalesLint.Embeddings;

/// <summary>
/// Per-sentence cost of each encoder on one thread (BenchmarkDotNet, in process, short job): a short and a long spoken
/// sentence. <c>dotnet run -c Release --project benchmarks/SalesLint.Embeddings -- bench</c>.
/// </summary>
[MemoryDiagnoser]
public class EncoderBenchmarks
{
    private Encoder? encoder;

    /// <summary>The encoder.</summary>
    [Params("arctic-xs", "minilm")]
    public string Name { get; set; } = "arctic-xs";

    /// <summary>The sentence.</summary>
    [Params(
        "I have some concerns about the pricing.",
        "Our deal cycle used to be about forty-five days and now it's pushing sixty, so we really need something that helps the reps follow up faster.")]
    public string Sentence { get; set; } = string.Empty;

    /// <summary>Loads the encoder (one thread).</summary>
    [GlobalSetup]
    public void Setup() => encoder = Encoder.Create(Name, threads: 1);

    /// <summary>Releases the encoder.</summary>
    [GlobalCleanup]
    public void Cleanup() => encoder?.Dispose();

    /// <summary>Encodes the sentence.</summary>
    /// <returns>The vector.</returns>
    [Benchmark]
    public float[] Encode() => encoder!.EncodeUncached(Sentence);
}
