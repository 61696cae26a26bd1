using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Acts;

/// <summary>The words of a sentence as spans of the turn text, compared lower-cased with apostrophes folded.</summary>
internal readonly ref struct ActWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> indices)
{
    private readonly ReadOnlySpan<char> text = text;
    private readonly ReadOnlySpan<Token> tokens = tokens;
    private readonly ReadOnlySpan<int> indices = indices;

    public int Count => indices.Length;

    /// <summary>The words among <paramref name="tokens"/> (punctuation left out), their indices kept in <paramref name="buffer"/>.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="buffer">Room for one index a token.</param>
    /// <returns>The words.</returns>
    public static ActWords Of(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> buffer)
    {
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                buffer[count++] = i;
            }
        }

        return new ActWords(text, tokens, buffer[..count]);
    }

    public ActWords Take(int count) => new(text, tokens, indices[..count]);

    /// <summary>The words after the first <paramref name="count"/>.</summary>
    public ActWords Skip(int count) => new(text, tokens, indices[count..]);
    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public ActWords Between(int start, int end) => new(text, tokens, indices[start..end]);

    public int IndexOfAny(int from, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        for (var i = from; i < Count; i++)
        {
            if (In(i, set))
            {
                return i;
            }
        }

        return -1;
    }

    public bool In(int word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        var span = Span(word);
        if (span.Length > 32)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[span.Length];
        TextTokenizer.Fold(span, buffer);
        return set.Contains(buffer);
    }

    /// <summary>Whether a word ends in "ing" and is longer than four letters ("comparing", not "king").</summary>
    public bool EndsWithIng(int word)
    {
        var span = Span(word);
        return span.Length > 4 && span.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a word starts with a digit ("12", "1990s").</summary>
    public bool StartsWithDigit(int word)
    {
        var span = Span(word);
        return !span.IsEmpty && char.IsAsciiDigit(span[0]);
    }

    /// <summary>Whether two words are the same, folded ("are are", "The the").</summary>
    public bool Same(int a, int b)
    {
        var x = Span(a);
        var y = Span(b);
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (TextTokenizer.Fold(x[i]) != TextTokenizer.Fold(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool Is(int word, string expected)
    {
        var span = Span(word);
        if (span.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (TextTokenizer.Fold(c) != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    public bool MatchesWhole(string[][] phrases) => Count <= 5 && EqualsAt(0, Count, phrases);

    public bool EqualsAt(int start, int length, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length == length && StartsWith(start, phrase))
            {
                return true;
            }
        }

        return false;
    }

    public bool EndsWithAny(int count, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length < count && StartsWith(count - phrase.Length, phrase))
            {
                return true;
            }
        }

        return false;
    }

    public bool StartsWithAny(int start, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (start + phrase.Length <= Count && StartsWith(start, phrase))
            {
                return true;
            }
        }

        return false;
    }

    public bool StartsWith(int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!Is(start + i, phrase[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a comma (or a dash or colon) stands right before the word: "he says, what …".</summary>
    public bool BreakBefore(int word)
    {
        var k = indices[word] - 1;
        return k >= 0 && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or ':' or '—' or '-' or '"' or '“';
    }

    /// <summary>Whether any punctuation mark stands right before the word: "Right. So …", "I know, it's …".</summary>
    public bool PunctuationBefore(int word)
    {
        var k = indices[word] - 1;
        return k >= 0 && tokens[k].Kind == TokenKind.Punctuation;
    }

    /// <summary>The index among the sentence's tokens of a word.</summary>
    public int TokenIndex(int word) => indices[word];

    public ReadOnlySpan<char> Span(int word)
    {
        var token = tokens[indices[word]];
        return text.Slice(token.Start, token.Length);
    }

}
