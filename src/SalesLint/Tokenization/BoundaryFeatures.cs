namespace SalesLint.Tokenization;

/// <summary>
/// The features of a possible sentence boundary inside an unpunctuated stretch of words, shared by
/// <see cref="SentenceBoundaryModel"/> and the trainer (<c>src/SalesLint.Trainer boundaries</c>): the two words before
/// the gap and the three after it, alone and as pairs and triples across and beside the gap, and how far the gap is
/// from either end of the stretch, each hashed into <see cref="BucketCount"/> buckets.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>
    /// The version of these features: raise it with any change to the buckets they give, so the boundary model's input
    /// fingerprint (<c>Model/sentence-boundaries.inputs</c>) no longer matches until it is retrained.
    /// </summary>
    public const int Version = 1;

    /// <summary>Features are hashed into 2^<see cref="HashBits"/> buckets.</summary>
    public const int HashBits = 18;

    /// <summary>The number of buckets.</summary>
    public const int BucketCount = 1 << HashBits;

    /// <summary>The number of features of each gap.</summary>
    public const int PerGap = 13;

    /// <summary>Stands for the words before the start of a stretch.</summary>
    private const uint Start = 0x5bd1e995u;

    /// <summary>Stands for the words after the end of a stretch.</summary>
    private const uint End = 0x27d4eb2fu;

    /// <summary>The hash of one word, folded like <see cref="TextTokenizer.Fold(ReadOnlySpan{char}, Span{char})"/> (FNV-1a).</summary>
    /// <param name="word">The word as written.</param>
    /// <returns>The hash.</returns>
    public static uint WordHash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ TextTokenizer.Fold(c)) * 16777619u;
        }

        return hash;
    }

    /// <summary>Writes the <see cref="PerGap"/> feature buckets of the gap before word <paramref name="at"/>.</summary>
    /// <param name="words">The word hashes of the stretch (<see cref="WordHash"/>).</param>
    /// <param name="at">The word after the gap, 1 to <c>words.Length - 1</c>.</param>
    /// <param name="buckets">Receives <see cref="PerGap"/> buckets.</param>
    public static void Extract(ReadOnlySpan<uint> words, int at, Span<int> buckets)
    {
        var l2 = Word(words, at - 2);
        var l1 = Word(words, at - 1);
        var r1 = Word(words, at);
        var r2 = Word(words, at + 1);
        var r3 = Word(words, at + 2);
        buckets[0] = Bucket(1, l1);
        buckets[1] = Bucket(2, l2);
        buckets[2] = Bucket(3, r1);
        buckets[3] = Bucket(4, r2);
        buckets[4] = Bucket(5, l2, l1);
        buckets[5] = Bucket(6, l1, r1);
        buckets[6] = Bucket(7, r1, r2);
        buckets[7] = Bucket(8, l1, r1, r2);
        buckets[8] = Bucket(9, l2, l1, r1);
        buckets[9] = Bucket(10, r1, r2, r3);
        buckets[10] = Bucket(11, (uint)Math.Min(at, 6));
        buckets[11] = Bucket(12, (uint)Math.Min(words.Length - at, 6));
        buckets[12] = Bucket(13, l1, (uint)Math.Min(words.Length - at, 4));
    }

    private static uint Word(ReadOnlySpan<uint> words, int i) => i < 0 ? Start : i >= words.Length ? End : words[i];

    private static int Bucket(uint template, uint a, uint b = 0x9e3779b9u, uint c = 0x85ebca6bu)
    {
        var hash = template * 0x9e3779b1u;
        hash = (hash ^ a) * 0x01000193u;
        hash = (hash ^ (hash >> 15)) * 0x2c1b3c6du;
        hash = (hash ^ b) * 0x01000193u;
        hash = (hash ^ (hash >> 13)) * 0x297a2d39u;
        hash = (hash ^ c) * 0x01000193u;
        hash ^= hash >> 16;
        return (int)(hash & (BucketCount - 1));
    }
}
