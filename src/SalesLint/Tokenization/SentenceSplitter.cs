using SalesLint.Model;

namespace SalesLint.Tokenization;

/// <summary>Splits a turn into sentences at terminal punctuation, keeping abbreviations and decimals whole.</summary>
/// <remarks>
/// A sentence ends at <c>.</c>, <c>?</c>, <c>!</c> or <c>…</c> (and any closing quotes or brackets after it)
/// when the next token starts a new sentence. Common abbreviations ("Mr.", "e.g.", "approx.") do not end a
/// sentence. A dash that breaks a sentence off before a fresh start with a capital ("Now do they still let you take a --
/// Now see, I can't do that.") ends it too. A stretch without terminal punctuation (speech recognition without punctuation) is also cut where a
/// question starts inside it (see <see cref="QuestionBoundary"/>): "we use hubspot today how many reps log their calls" is a
/// statement and a question.
/// </remarks>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "approx", "inc", "ltd",
        "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
        "a.m", "p.m", "min", "mins", "est",
    };

    /// <summary>On an unpunctuated transcript, stretches without terminal punctuation of at least this many words are searched for question starts.</summary>
    public const int MinimumStretch = QuestionBoundary.MinimumStretch;

    /// <summary>On a punctuated transcript, only stretches without terminal punctuation of at least this many words are searched.</summary>
    public const int PunctuatedMinimumStretch = QuestionBoundary.PunctuatedMinimumStretch;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds sentence boundaries as token ranges.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The turn's tokens.</param>
    /// <returns>Each sentence as (first token index, token count).</returns>
    public static List<(int First, int Count)> Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var result = new List<(int First, int Count)>(4);
        Split(text, tokens, result);
        return result;
    }

    /// <summary>Finds sentence boundaries as token ranges, into a list the caller reuses.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The turn's tokens.</param>
    /// <param name="result">Cleared, then filled with each sentence as (first token index, token count).</param>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int First, int Count)> result) =>
        Split(text, tokens, result, MinimumStretch);

    /// <summary>
    /// Finds sentence boundaries as token ranges, into a list the caller reuses; a stretch without terminal punctuation
    /// is cut where questions start (see <see cref="QuestionBoundary"/>) only when it has at least
    /// <paramref name="minimumStretch"/> words.
    /// </summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The turn's tokens.</param>
    /// <param name="result">Cleared, then filled with each sentence as (first token index, token count).</param>
    /// <param name="minimumStretch">
    /// The fewest words of an unpunctuated stretch that is searched for question starts; <see cref="int.MaxValue"/>
    /// cuts at punctuation only. The engine passes <see cref="MinimumStretch"/> on unpunctuated
    /// transcripts and <see cref="PunctuatedMinimumStretch"/> on punctuated ones.
    /// </param>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int First, int Count)> result, int minimumStretch)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.Clear();
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            var c = text[token.Start];
            if (c is '-' or '—' or '–')
            {
                // "Now do they still let you take a -- Now see, I can't do that.": a speaker who breaks off and starts
                // afresh with a capital has ended the broken-off sentence (not "-- because my daughter …", which
                // resumes, nor "well-known" or "2-3").
                var end = BrokenOffEnd(text, tokens, i, first);
                if (end >= 0)
                {
                    result.Add((first, end - first + 1));
                    first = end + 1;
                    i = end;
                }

                continue;
            }

            if (c is not ('.' or '?' or '!' or '…'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, tokens, i))
            {
                continue;
            }

            // A decimal point before digits ("how about .50 cents", "donate $.05") ends no sentence.
            if (c == '.' && i + 1 < tokens.Length && tokens[i + 1].Start == token.Start + 1 && char.IsAsciiDigit(text[tokens[i + 1].Start]))
            {
                continue;
            }

            // Swallow runs of terminal punctuation and closing quotes/brackets: "Really?!", "done.)".
            var last = i;
            while (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Punctuation &&
                   text[tokens[last + 1].Start] is '.' or '?' or '!' or '…' or '"' or '\'' or ')' or ']' or '\u201D' or '\u2019')
            {
                last++;
            }

            // Lower-case continuation after '.' ("we use approx. ten") is not a new sentence; after ? or ! it is.
            if (c == '.' && last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Word &&
                char.IsLower(text[tokens[last + 1].Start]) && tokens[last].Start + 1 == tokens[last + 1].Start)
            {
                continue;
            }

            if (last >= first)
            {
                // Ends at terminal punctuation: a sentence as it is.
                result.Add((first, last - first + 1));
            }

            first = last + 1;
            i = last;
        }

        if (first < tokens.Length)
        {
            QuestionBoundary.Split(text, tokens, (first, tokens.Length - first), result, minimumStretch);
        }
    }

    /// <summary>
    /// The last token of a dash that breaks a sentence off before a fresh start: "--" (or an em or en dash) after a word
    /// of the sentence and with a space on each side, followed by a word that opens with a capital letter. Returns -1
    /// when the dash at <paramref name="dash"/> breaks nothing off.
    /// </summary>
    private static int BrokenOffEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int dash, int first)
    {
        if (dash == first || tokens[dash - 1].Kind != TokenKind.Word || tokens[dash - 1].Start + tokens[dash - 1].Length == tokens[dash].Start)
        {
            return -1;
        }

        var last = dash;
        if (text[tokens[dash].Start] == '-')
        {
            // A lone hyphen between spaces is too often a list or a range: only "--" counts.
            if (last + 1 >= tokens.Length || text[tokens[last + 1].Start] != '-' || tokens[last + 1].Start != tokens[last].Start + 1)
            {
                return -1;
            }

            last++;
        }

        if (last + 1 >= tokens.Length || tokens[last + 1].Kind != TokenKind.Word || tokens[last + 1].Start == tokens[last].Start + 1 ||
            !char.IsUpper(text[tokens[last + 1].Start]))
        {
            return -1;
        }

        // "I'm sorry to hear that -- I've been needing water.": written text runs on with a dash before "I", so a fresh
        // "I …" ends only a question broken off ("Did your daughter ever -- I mean, we had field hockey.").
        var next = text.Slice(tokens[last + 1].Start, tokens[last + 1].Length);
        return next[0] != 'I' || (next.Length > 1 && !TextTokenizer.IsApostrophe(next[1])) || OpensQuestion(text, tokens, first, dash) ? last : -1;
    }

    /// <summary>Whether the words from <paramref name="first"/> up to <paramref name="end"/> open, after markers, with an auxiliary or a wh-word.</summary>
    private static bool OpensQuestion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        Span<char> buffer = stackalloc char[16];
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (token.Length > buffer.Length)
            {
                return false;
            }

            var word = TextTokenizer.Fold(text.Slice(token.Start, token.Length), buffer);
            if (!QuestionWords.Markers.Contains(word))
            {
                return QuestionWords.Auxiliaries.Contains(word) || QuestionWords.WhWords.Contains(word);
            }
        }

        return false;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int dot)
    {
        if (dot == 0 || tokens[dot - 1].Kind != TokenKind.Word || tokens[dot - 1].Start + tokens[dot - 1].Length != tokens[dot].Start)
        {
            return false;
        }

        var word = tokens[dot - 1];
        var candidate = text.Slice(word.Start, word.Length);

        // Initials and dotted abbreviations: "J." "e.g." (the tokenizer gives "e", ".", "g", ".").
        if (candidate.Length == 1 && char.IsLetter(candidate[0]) && dot >= 2 && text[tokens[dot - 2].Start] == '.')
        {
            return true;
        }

        if (dot + 1 < tokens.Length && tokens[dot + 1].Kind == TokenKind.Word && tokens[dot + 1].Length == 1 &&
            tokens[dot + 1].Start == tokens[dot].Start + 1)
        {
            return true;
        }

        return AbbreviationLookup.Contains(candidate);
    }
}
