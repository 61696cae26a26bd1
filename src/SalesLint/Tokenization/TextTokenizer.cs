using SalesLint.Model;

namespace SalesLint.Tokenization;

/// <summary>Splits a turn's text into word, number and punctuation tokens with character offsets.</summary>
/// <remarks>
/// Words keep inner apostrophes and hyphens ("don't", "follow-up"); numbers keep a leading currency sign,
/// decimal points, thousands separators and a k/m/%-suffix ("$40k", "1,500", "15%"). Curly apostrophes are
/// treated like straight ones.
/// </remarks>
internal static class TextTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The turn text.</param>
    /// <returns>The tokens in text order.</returns>
    public static Token[] Tokenize(ReadOnlySpan<char> text)
    {
        // A text has at most one token per character: fill a pooled buffer, then copy out exactly the tokens found.
        var buffer = System.Buffers.ArrayPool<Token>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            var count = Tokenize(text, buffer);
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    private static int Tokenize(ReadOnlySpan<char> text, Token[] tokens)
    {
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsCurrency(c) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i = ReadNumber(text, i + 1);
                tokens[n++] = new Token(start, i - start, TokenKind.Number);
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i);
                tokens[n++] = new Token(start, i - start, TokenKind.Number);
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if ((IsApostrophe(d) || d == '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens[n++] = new Token(start, i - start, TokenKind.Word);
            }
            else
            {
                i++;
                tokens[n++] = new Token(start, 1, TokenKind.Punctuation);
            }
        }

        return n;
    }

    /// <summary>Whether the character is an apostrophe (straight or typographic).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ' and ’.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Folds a character for matching words: lower case, typographic apostrophes as <c>'</c>.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static char Fold(char c) => IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);

    /// <summary>Folds every character of <paramref name="source"/> into <paramref name="target"/> (see <see cref="Fold(char)"/>).</summary>
    /// <param name="source">The text.</param>
    /// <param name="target">A buffer at least as long as <paramref name="source"/>.</param>
    /// <returns>The folded text: the start of <paramref name="target"/>.</returns>
    public static Span<char> Fold(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = Fold(source[i]);
        }

        return target[..source.Length];
    }

    private static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥';

    private static int ReadNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var d = text[i];
            if (char.IsDigit(d))
            {
                i++;
            }
            else if ((d == '.' || d == ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length && text[i] == '%')
        {
            return i + 1;
        }

        // Suffixes such as 40k, 1.5m, 2x; only when the suffix is not the start of a longer word.
        if (i < text.Length && text[i] is 'k' or 'K' or 'm' or 'M' or 'x' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])))
        {
            return i + 1;
        }

        return i;
    }
}
