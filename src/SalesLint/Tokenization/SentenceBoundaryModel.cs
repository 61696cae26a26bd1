using System.Text;
using SalesLint.Model;

namespace SalesLint.Tokenization;

/// <summary>
/// The learned sentence-boundary model: a logistic regression (trained with ML.NET by <c>src/SalesLint.Trainer
/// boundaries</c> on punctuated PersuasionForGood and CaSiNo turns and written spoken lines, their punctuation removed
/// so each sentence start is a boundary label) that gives, for each gap between two words of unpunctuated speech, the
/// probability that a new sentence starts there (<see cref="BoundaryFeatures"/>). Scored here from a dense weight table:
/// thirteen lookups a gap. The built-in model ships inside this assembly and is loaded once per process, on first use
/// (<see cref="Default"/>). Immutable and thread-safe.
/// </summary>
internal sealed class SentenceBoundaryModel
{
    /// <summary>The manifest name of the embedded model.</summary>
    internal const string ResourceName = "SalesLint.Tokenization.Model/sentence-boundaries.bin";

    /// <summary>The first bytes of a model file.</summary>
    internal const string Magic = "SLBOUND1";

    private static readonly Lazy<SentenceBoundaryModel> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float bias;
    private readonly float[] weights;

    private SentenceBoundaryModel(float bias, float[] weights)
    {
        this.bias = bias;
        this.weights = weights;
    }

    /// <summary>The built-in model, loaded from this assembly's resources on first use (once per process).</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or damaged.</exception>
    public static SentenceBoundaryModel Default => LazyDefault.Value;

    /// <summary>Loads a model written by the trainer.</summary>
    /// <param name="stream">The model; read to the end, not closed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream is not a sentence-boundary model.</exception>
    public static SentenceBoundaryModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
            if (magic != Magic)
            {
                throw new InvalidDataException("not a SalesLint sentence-boundary model (wrong header)");
            }

            var hashBits = reader.ReadInt32();
            if (hashBits != BoundaryFeatures.HashBits)
            {
                throw new InvalidDataException($"the boundary model hashes features into 2^{hashBits} buckets; this version reads 2^{BoundaryFeatures.HashBits}");
            }

            var bias = reader.ReadSingle();
            var count = reader.ReadInt32();
            if (count < 0 || count > BoundaryFeatures.BucketCount)
            {
                throw new InvalidDataException($"the boundary model has {count} weights");
            }

            var weights = new float[BoundaryFeatures.BucketCount];
            var previous = -1;
            for (var i = 0; i < count; i++)
            {
                var bucket = reader.ReadInt32();
                if (bucket <= previous || bucket >= BoundaryFeatures.BucketCount)
                {
                    throw new InvalidDataException($"the boundary model's weight {i} is out of order");
                }

                weights[bucket] = reader.ReadSingle();
                previous = bucket;
            }

            return new SentenceBoundaryModel(bias, weights);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the sentence-boundary model is truncated", ex);
        }
    }

    /// <summary>The probability that a sentence starts at each word of an unpunctuated stretch.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The turn's tokens.</param>
    /// <param name="words">The token indices of the stretch's words, in order.</param>
    /// <param name="probabilities">Receives one probability per word; the first word's is 0 (the stretch starts there anyway).</param>
    public void Probabilities(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, Span<float> probabilities)
    {
        if (probabilities.Length < words.Length)
        {
            throw new ArgumentException($"needs room for {words.Length} probabilities", nameof(probabilities));
        }

        uint[]? rented = null;
        var hashes = words.Length <= 256 ? stackalloc uint[words.Length] : (rented = System.Buffers.ArrayPool<uint>.Shared.Rent(words.Length));
        try
        {
            hashes = hashes[..words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                hashes[i] = BoundaryFeatures.WordHash(text.Slice(tokens[words[i]].Start, tokens[words[i]].Length));
            }

            Probabilities(hashes, probabilities);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<uint>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The probability that a sentence starts at each word, from the words' hashes (<see cref="BoundaryFeatures.WordHash"/>).</summary>
    /// <param name="hashes">The word hashes of the stretch.</param>
    /// <param name="probabilities">Receives one probability per word; the first word's is 0.</param>
    public void Probabilities(ReadOnlySpan<uint> hashes, Span<float> probabilities)
    {
        Span<int> buckets = stackalloc int[BoundaryFeatures.PerGap];
        if (hashes.Length > 0)
        {
            probabilities[0] = 0;
        }

        for (var at = 1; at < hashes.Length; at++)
        {
            BoundaryFeatures.Extract(hashes, at, buckets);
            var score = bias;
            foreach (var bucket in buckets)
            {
                score += weights[bucket];
            }

            probabilities[at] = 1f / (1f + MathF.Exp(-score));
        }
    }

    /// <summary>Writes a model in the format <see cref="Load"/> reads (used by the trainer).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="bias">The bias.</param>
    /// <param name="weights">The non-zero weights, by bucket.</param>
    internal static void Write(Stream stream, float bias, SortedDictionary<int, float> weights)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(BoundaryFeatures.HashBits);
        writer.Write(bias);
        writer.Write(weights.Count);
        foreach (var (bucket, weight) in weights)
        {
            writer.Write(bucket);
            writer.Write(weight);
        }
    }

    private static SentenceBoundaryModel LoadEmbedded()
    {
        using var stream = typeof(SentenceBoundaryModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"the embedded model '{ResourceName}' is missing from {typeof(SentenceBoundaryModel).Assembly.GetName().Name}");
        return Load(stream);
    }
}
