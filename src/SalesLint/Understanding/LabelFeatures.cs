using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Understanding;

/// <summary>
/// The features the label model reads from a sentence, hashed into buckets: lower-cased words (numbers as one word,
/// question marks kept, other punctuation dropped, so punctuated and unpunctuated speech look alike), word pairs with
/// sentence start and end markers, character 4-grams of each word, and the names of the lexicons that matched.
/// Shared by the trainer and the scorer, so both see exactly the same features.
/// </summary>
internal static class LabelFeatures
{
    /// <summary>
    /// The version of these features: raise it with any change to what <see cref="Extract"/> produces, so the label
    /// model's input fingerprint (<c>Model/sentence-labels.inputs</c>) no longer matches until it is retrained.
    /// </summary>
    internal const int Version = 1;

    /// <summary>Bits of the feature hash.</summary>
    internal const int HashBits = 18;

    /// <summary>The number of feature buckets.</summary>
    internal const int BucketCount = 1 << HashBits;

    private const int MaxWordLength = 40;

    [ThreadStatic]
    private static char[]? charBuffer;

    [ThreadStatic]
    private static int[]? startBuffer;

    [ThreadStatic]
    private static int[]? lengthBuffer;

    /// <summary>Collects the feature buckets of a sentence (a bucket appears once per occurrence).</summary>
    /// <param name="text">The turn text (or the sentence).</param>
    /// <param name="tokens">The sentence's tokens, offsets into <paramref name="text"/>.</param>
    /// <param name="features">The sentence's lexicon matches.</param>
    /// <param name="buckets">Receives the buckets.</param>
    internal static void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<FeatureMatch> features, List<int> buckets)
    {
        // The thread's own buffers, grown as needed, rather than three arrays rented from the shared pool and returned
        // for every sentence scored (a few microseconds each).
        var chars = Buffer(ref charBuffer, Math.Max(16, (tokens.Length * (MaxWordLength + 1)) + 8));
        var starts = Buffer(ref startBuffer, tokens.Length + 2);
        var lengths = Buffer(ref lengthBuffer, tokens.Length + 2);

        // Words: "<s>" first and "</s>" last; numbers become "#"; punctuation other than '?' is dropped.
        var used = 0;
        var count = 0;
        Add(chars, starts, lengths, ref used, ref count, "<s>");
        foreach (var token in tokens)
        {
            var span = text.Slice(token.Start, token.Length);
            switch (token.Kind)
            {
                case TokenKind.Number:
                    Add(chars, starts, lengths, ref used, ref count, "#");
                    break;
                case TokenKind.Punctuation:
                    if (span.Contains('?'))
                    {
                        Add(chars, starts, lengths, ref used, ref count, "?");
                    }

                    break;
                default:
                    var word = span.Length > MaxWordLength ? span[..MaxWordLength] : span;
                    starts[count] = used;
                    foreach (var c in word)
                    {
                        chars[used++] = TextTokenizer.Fold(c);
                    }

                    lengths[count++] = word.Length;
                    break;
            }
        }

        Add(chars, starts, lengths, ref used, ref count, "</s>");
        for (var i = 0; i < count; i++)
        {
            var word = chars.AsSpan(starts[i], lengths[i]);
            if (i > 0 && i < count - 1)
            {
                buckets.Add(Bucket('w', word, default));
                if (word.Length > 1 && char.IsLetter(word[0]))
                {
                    AddCharGrams(word, buckets);
                }
            }

            if (i > 0)
            {
                buckets.Add(Bucket('b', chars.AsSpan(starts[i - 1], lengths[i - 1]), word));
            }
        }

        foreach (var feature in features)
        {
            buckets.Add(Bucket('l', feature.Feature, default));
        }
    }

    /// <summary>A thread's buffer of at least <paramref name="length"/> items.</summary>
    private static T[] Buffer<T>(ref T[]? buffer, int length) =>
        buffer is { } known && known.Length >= length ? known : buffer = new T[Math.Max(length, 2 * (buffer?.Length ?? 0))];

    /// <summary>The weight each feature occurrence gets: 1/√n for n occurrences, so long sentences do not score higher.</summary>
    /// <param name="count">How many buckets were collected.</param>
    /// <returns>The scale.</returns>
    internal static float Scale(int count) => count == 0 ? 0 : 1f / MathF.Sqrt(count);

    private static void Add(char[] chars, int[] starts, int[] lengths, ref int used, ref int count, string word)
    {
        starts[count] = used;
        word.CopyTo(chars.AsSpan(used));
        used += word.Length;
        lengths[count++] = word.Length;
    }

    /// <summary>Character 4-grams of "&lt;word&gt;"; a padded word shorter than 5 characters gives itself.</summary>
    private static void AddCharGrams(ReadOnlySpan<char> word, List<int> buckets)
    {
        Span<char> padded = stackalloc char[MaxWordLength + 2];
        padded[0] = '<';
        word.CopyTo(padded[1..]);
        padded[word.Length + 1] = '>';
        var p = padded[..(word.Length + 2)];
        if (p.Length <= 4)
        {
            buckets.Add(Bucket('c', p, default));
            return;
        }

        for (var i = 0; i + 4 <= p.Length; i++)
        {
            buckets.Add(Bucket('c', p.Slice(i, 4), default));
        }
    }

    /// <summary>FNV-1a over a kind character and one or two strings, folded into <see cref="BucketCount"/> buckets.</summary>
    private static int Bucket(char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = 2166136261u;
        hash = unchecked((hash ^ kind) * 16777619u);
        foreach (var c in first)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        if (!second.IsEmpty)
        {
            hash = unchecked((hash ^ ' ') * 16777619u);
            foreach (var c in second)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }
        }

        // Fold the high bits in: FNV's low bits alone spread short strings poorly.
        return (int)((hash ^ (hash >> HashBits)) & (BucketCount - 1));
    }
}
