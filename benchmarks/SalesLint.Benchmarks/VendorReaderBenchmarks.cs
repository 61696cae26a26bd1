using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Benchmarks;

/// <summary>
/// Reading speech-recognition transcripts: each vendor sample (format detection included), and an hour-long AWS Transcribe file built
/// from a generated call (AWS writes one JSON object per word, the largest of these formats).
/// </summary>
[MemoryDiagnoser]
public class VendorReaderBenchmarks
{
    private static readonly ReaderOptions Options = new() { Sellers = ["spk_0", "0", "A", "speaker", "Dana Whitfield"] };

    private string content = string.Empty;

    /// <summary>The sample file under samples/vendors; <c>hour-long-aws</c> is the generated hour-long AWS Transcribe file.</summary>
    [Params("aws-transcribe.json", "deepgram.json", "assemblyai.json", "fireflies.json", "google-meet.txt", "teams.vtt", "hour-long-aws")]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        content = File == "hour-long-aws"
            ? AwsJson(CallGenerator.Generate(seed: 7, words: 9000))
            : System.IO.File.ReadAllText(Path.Combine(SampleBenchmarks.FindRoot(), "samples", "vendors", File));
        var turns = TranscriptReader.Read(Name, content, Options)[0].Turns.Count;
        Console.WriteLine($"// {File}: {content.Length} chars, {turns} turns");
    }

    [Benchmark]
    public Transcript Read() => TranscriptReader.Read(Name, content, Options)[0];

    private string Name => File == "hour-long-aws" ? "hour.json" : File;

    /// <summary>Writes a transcript as AWS Transcribe writes it: one item per word and punctuation mark, times as strings.</summary>
    private static string AwsJson(Transcript transcript)
    {
        var json = new StringBuilder("{\"jobName\": \"hour\", \"results\": {\"items\": [");
        var first = true;
        foreach (var turn in transcript.Turns)
        {
            var label = turn.Speaker == "S" ? "spk_0" : "spk_1";
            var words = turn.Text.Split(' ');
            var step = (turn.End!.Value - turn.Start!.Value) / words.Length;
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i].TrimEnd('.', ',', '?');
                var start = turn.Start.Value + (i * step);
                json.Append(first ? string.Empty : ",").Append(CultureInfo.InvariantCulture,
                    $"{{\"type\": \"pronunciation\", \"alternatives\": [{{\"confidence\": \"0.99\", \"content\": \"{word}\"}}], \"start_time\": \"{start:0.000}\", \"end_time\": \"{start + step:0.000}\", \"speaker_label\": \"{label}\"}}");
                first = false;
                if (word.Length < words[i].Length)
                {
                    json.Append(CultureInfo.InvariantCulture,
                        $",{{\"type\": \"punctuation\", \"alternatives\": [{{\"confidence\": \"0.0\", \"content\": \"{words[i][^1]}\"}}], \"speaker_label\": \"{label}\"}}");
                }
            }
        }

        return json.Append("]}}").ToString();
    }
}
