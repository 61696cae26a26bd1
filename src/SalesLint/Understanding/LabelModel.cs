using System.Buffers.Binary;
using System.Diagnostics;
using System.Numerics;
using System.Text;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// The learned sentence-label model: one logistic regression per label (trained with ML.NET by
/// <c>src/SalesLint.Trainer</c>) over hashed word, word-pair, character 4-gram and lexicon features
/// (<see cref="LabelFeatures"/>), scored here by a small linear scorer over the trained weights: a few microseconds a
/// sentence, no ML.NET at run time. The built-in model ships inside this assembly and is loaded once per process
/// (<see cref="Default"/>). Immutable and thread-safe.
/// </summary>
public sealed class LabelModel
{
    /// <summary>The manifest name of the embedded model.</summary>
    internal const string ResourceName = "SalesLint.Understanding.Model/sentence-labels.bin";

    /// <summary>The first bytes of a model file.</summary>
    internal const string Magic = "SLLABEL1";

    private static readonly Lazy<LabelModel> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static List<int>? scratch;

    private readonly int labelCount;
    private readonly float[] biases;
    private readonly float[] weights;
    // The open-addressing table: slot s holds a bucket + 1 (0: empty) at [2s] and its row at [2s + 1], side by side so
    // that a lookup reads one cache line rather than two (the table is larger than the cache).
    private readonly int[] table;
    private readonly int tableMask;

    private LabelModel(SemanticLabel[] labels, float[] biases, int[] buckets, float[] weights, TimeSpan loadTime)
    {
        Labels = labels;
        labelCount = labels.Length;
        this.biases = biases;
        this.weights = weights;
        // Open addressing at a load of at most two thirds: a table of 2^16 slots holds up to 43,690 rows, so a model
        // a little over 32,768 rows does not double the table (and its cache misses) for a handful of extra rows.
        var capacity = 16;
        while (capacity < buckets.Length + (buckets.Length / 2))
        {
            capacity <<= 1;
        }

        table = new int[capacity * 2];
        tableMask = capacity - 1;
        for (var r = 0; r < buckets.Length; r++)
        {
            var slot = Mix(buckets[r]) & tableMask;
            while (table[2 * slot] != 0)
            {
                slot = (slot + 1) & tableMask;
            }

            table[2 * slot] = buckets[r] + 1;
            table[(2 * slot) + 1] = r;
        }

        LoadTime = loadTime;
    }

    /// <summary>The built-in model, loaded from this assembly's resources on first use (once per process).</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or damaged.</exception>
    public static LabelModel Default => LazyDefault.Value;

    /// <summary>The labels the model predicts, in the order of the probabilities.</summary>
    public IReadOnlyList<SemanticLabel> Labels { get; }

    /// <summary>How long loading took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Loads a model written by the trainer.</summary>
    /// <param name="stream">The model; read to the end, not closed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream is not a label model.</exception>
    public static LabelModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
            if (magic != Magic)
            {
                throw new InvalidDataException("not a SalesLint sentence-label model (wrong header)");
            }

            var hashBits = reader.ReadInt32();
            if (hashBits != LabelFeatures.HashBits)
            {
                throw new InvalidDataException($"the label model hashes features into 2^{hashBits} buckets; this version reads 2^{LabelFeatures.HashBits}");
            }

            var labelCount = reader.ReadInt32();
            if (labelCount is < 1 or > 64)
            {
                throw new InvalidDataException($"the label model has {labelCount} labels");
            }

            var labels = new SemanticLabel[labelCount];
            for (var i = 0; i < labelCount; i++)
            {
                var name = reader.ReadString();
                if (!SemanticLabels.TryParse(name, out labels[i]) || !SemanticLabels.Learned.Contains(labels[i]))
                {
                    throw new InvalidDataException($"the label model predicts '{name}', which is not a learned label");
                }
            }

            var biases = new float[labelCount];
            for (var i = 0; i < labelCount; i++)
            {
                biases[i] = reader.ReadSingle();
            }

            var rowCount = reader.ReadInt32();
            if (rowCount < 0 || rowCount > LabelFeatures.BucketCount)
            {
                throw new InvalidDataException($"the label model has {rowCount} feature rows");
            }

            // The rows in one read: a bucket and a weight per label each, little-endian like BinaryReader. Read value by
            // value, the hundreds of thousands of weights were about a tenth of a small run's start in the native build.
            var rowBytes = sizeof(int) + (labelCount * sizeof(float));
            var rows = reader.ReadBytes(rowCount * rowBytes);
            var buckets = new int[rowCount];
            var weights = new float[rowCount * labelCount];
            for (var r = 0; r < rowCount; r++)
            {
                // A truncated model fails where value-by-value reading failed: its last bucket is still checked.
                var row = rows.AsSpan(Math.Min(r * rowBytes, rows.Length));
                if (row.Length < sizeof(int))
                {
                    throw new EndOfStreamException();
                }

                buckets[r] = BinaryPrimitives.ReadInt32LittleEndian(row);
                if (buckets[r] < 0 || buckets[r] >= LabelFeatures.BucketCount || (r > 0 && buckets[r] <= buckets[r - 1]))
                {
                    throw new InvalidDataException($"the label model's feature row {r} is out of order");
                }

                if (row.Length < rowBytes)
                {
                    throw new EndOfStreamException();
                }

                for (var l = 0; l < labelCount; l++)
                {
                    weights[(r * labelCount) + l] = BinaryPrimitives.ReadSingleLittleEndian(row[(sizeof(int) + (l * sizeof(float)))..]);
                }
            }

            return new LabelModel(labels, biases, buckets, weights, stopwatch.Elapsed);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the sentence-label model is truncated", ex);
        }
    }

    /// <summary>The probability of each label for a sentence (indexed like <see cref="Labels"/>).</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens (offsets into <paramref name="text"/>).</param>
    /// <param name="features">The sentence's lexicon matches.</param>
    /// <param name="probabilities">Receives one probability per label.</param>
    public void Probabilities(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<FeatureMatch> features, Span<float> probabilities)
    {
        if (probabilities.Length < labelCount)
        {
            throw new ArgumentException($"needs room for {labelCount} probabilities", nameof(probabilities));
        }

        var buckets = scratch ??= new List<int>(256);
        buckets.Clear();
        LabelFeatures.Extract(text, tokens, features, buckets);
        var scale = LabelFeatures.Scale(buckets.Count);
        Span<float> scores = stackalloc float[labelCount];
        scores.Clear();
        foreach (var bucket in buckets)
        {
            var slot = Mix(bucket) & tableMask;
            while (true)
            {
                var key = table[2 * slot];
                if (key == 0)
                {
                    break;
                }

                if (key == bucket + 1)
                {
                    Add(scores, weights.AsSpan(table[(2 * slot) + 1] * labelCount, labelCount));
                    break;
                }

                slot = (slot + 1) & tableMask;
            }
        }

        for (var l = 0; l < labelCount; l++)
        {
            probabilities[l] = 1f / (1f + MathF.Exp(-((scores[l] * scale) + biases[l])));
        }
    }

    /// <summary>The probability of each label for a sentence given as text (tokenized here, no lexicon features).</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>One probability per label, indexed like <see cref="Labels"/>.</returns>
    public float[] Probabilities(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var result = new float[labelCount];
        Probabilities(sentence, Tokenization.TextTokenizer.Tokenize(sentence), [], result);
        return result;
    }

    /// <summary>Writes a model in the format <see cref="Load"/> reads (used by the trainer).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="labels">The labels, in weight order.</param>
    /// <param name="biases">One bias per label.</param>
    /// <param name="rowsByBucket">The non-zero weight rows (one weight per label), by bucket.</param>
    internal static void Write(Stream stream, IReadOnlyList<SemanticLabel> labels, IReadOnlyList<float> biases, SortedDictionary<int, float[]> rowsByBucket)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(LabelFeatures.HashBits);
        writer.Write(labels.Count);
        foreach (var label in labels)
        {
            writer.Write(SemanticLabels.Name(label));
        }

        foreach (var bias in biases)
        {
            writer.Write(bias);
        }

        writer.Write(rowsByBucket.Count);
        foreach (var (bucket, row) in rowsByBucket)
        {
            writer.Write(bucket);
            foreach (var w in row)
            {
                writer.Write(w);
            }
        }
    }

    /// <summary>
    /// Adds a row of weights to the scores, several labels at a time where the processor can: each label's score is the
    /// same sum, added in the same order, as one label at a time.
    /// </summary>
    private static void Add(Span<float> scores, ReadOnlySpan<float> row)
    {
        var l = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; l + Vector<float>.Count <= row.Length; l += Vector<float>.Count)
            {
                (new Vector<float>(scores[l..]) + new Vector<float>(row[l..])).CopyTo(scores[l..]);
            }
        }

        for (; l < row.Length; l++)
        {
            scores[l] += row[l];
        }
    }

    private static int Mix(int bucket) => (int)((uint)bucket * 2654435761u >> 8);

    private static LabelModel LoadEmbedded()
    {
        using var stream = typeof(LabelModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"the embedded model '{ResourceName}' is missing from {typeof(LabelModel).Assembly.GetName().Name}");
        return Load(stream);
    }
}
