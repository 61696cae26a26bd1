namespace SalesLint.Model;

/// <summary>The kind of a token.</summary>
public enum TokenKind
{
    /// <summary>A word (letters, with inner apostrophes or hyphens).</summary>
    Word = 0,

    /// <summary>A number, possibly with a currency sign, decimal point, thousands separators or a suffix (k, m, %).</summary>
    Number = 1,

    /// <summary>Punctuation or a symbol.</summary>
    Punctuation = 2,
}

/// <summary>A token: a span of a turn's text and its kind. The text is read from the turn.</summary>
/// <param name="Start">Offset in the turn text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The token's span in the turn text.</summary>
    public TextSpan Span => new(Start, Length);
}
