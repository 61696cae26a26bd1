using BenchmarkDotNet.Attributes;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// Reading and analyzing the largest bundled sample. The same text is analyzed on every invocation, so
/// Microsoft.Recognizers.Text's per-text cache is warm here: compare with <see cref="EngineBenchmarks"/> for cold text.
/// </summary>
[MemoryDiagnoser]
public class SampleBenchmarks
{
    private readonly SalesLintEngine engine = new(RuleSet.LoadBuiltIn());
    private string path = string.Empty;
    private Transcript transcript = null!;

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(FindRoot(), "samples");
        path = Directory.EnumerateFiles(samples)
            .Where(f => TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(f)))
            .OrderByDescending(f => new FileInfo(f).Length)
            .First();
        transcript = TranscriptReader.ReadFile(path)[0];
        Console.WriteLine($"// largest sample: {path} ({new FileInfo(path).Length} bytes, {transcript.Turns.Count} turns)");
    }

    [Benchmark]
    public AnalysisResult ReadAndAnalyzeLargestSample() => engine.Analyze(TranscriptReader.ReadFile(path)[0]);

    [Benchmark]
    public AnalysisResult AnalyzeLargestSample() => engine.Analyze(transcript);

    /// <summary>The repository root (the folder with SalesLint.sln).</summary>
    internal static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
