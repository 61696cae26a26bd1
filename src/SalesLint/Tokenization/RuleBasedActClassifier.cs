using SalesLint.Model;

namespace SalesLint.Tokenization;

/// <summary>
/// Decides whether a sentence is a question, a statement or something else from its words, not from the
/// question mark alone, so that speech-recognition output with missing or wrong punctuation still works.
/// </summary>
/// <remarks>
/// Signals, in order: backchannels and greetings ("is that right?", "how are you?") are <see cref="SentenceAct.Other"/>;
/// leading discourse markers ("so", "okay", "and") are skipped; a wh-opener ("what", "how", …) is a question unless a
/// subject follows without a question mark ("what we do is…"); an auxiliary followed by a subject ("do you",
/// "could we", "is there") is a question; requests for information ("tell me about", "walk me through") are
/// questions; tag questions ("…, right?", "…, isn't it") are questions with lower confidence; a final question mark
/// is a question; fragments of one or two words are other; everything else is a statement.
/// </remarks>
public static class RuleBasedActClassifier
{
    /// <summary>The <see cref="ActDecision.Source"/> of this classifier.</summary>
    public const string SourceName = "rules";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Markers = Set(
        "so", "and", "but", "okay", "ok", "well", "now", "um", "uh", "umm", "uhm", "er", "right", "alright", "yeah", "yes",
        "great", "then", "also", "just", "actually", "sure", "oh", "hmm", "cool", "perfect", "gotcha", "anyway", "hey",
        "listen", "honestly", "quickly", "first", "second", "lastly", "finally", "sorry");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhWords = Set(
        "what", "what's", "whats", "how", "how's", "hows", "why", "why's", "when", "when's", "where", "where's", "who",
        "who's", "whom", "whose", "which", "what're", "how'd", "what'd", "where'd", "who'd", "how're");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "do", "does", "did", "are", "is", "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has",
        "had", "may", "might", "am", "don't", "doesn't", "didn't", "aren't", "isn't", "wasn't", "weren't", "can't",
        "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't", "hadn't");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subjects = Set(
        "you", "we", "i", "they", "he", "she", "it", "there", "that", "this", "your", "the", "any", "anyone", "anybody",
        "someone", "somebody", "everyone", "our", "their", "his", "her", "a", "an", "those", "these", "y'all", "u", "ya",
        "things", "people", "everybody", "something", "anything", "one", "all", "each", "some", "most", "team", "budget");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set(
        "i", "we", "you", "they", "he", "she", "it", "our", "my", "their", "i'm", "we're", "you're", "they're", "i've", "we've",
        "you've", "i'd", "we'd", "it's", "he's", "she's", "that's");

    private static readonly string[][] InfoRequests =
    [
        ["tell", "me"], ["walk", "me", "through"], ["talk", "me", "through"], ["help", "me", "understand"],
        ["i'd", "love", "to", "hear"], ["i'd", "love", "to", "know"], ["i'd", "like", "to", "understand"],
        ["i'd", "like", "to", "know"], ["i'm", "curious"], ["i", "am", "curious"], ["i", "was", "wondering"],
        ["i'm", "wondering"], ["describe"], ["explain"], ["share", "with", "me"], ["give", "me", "a", "sense"],
        ["let", "me", "ask"], ["can", "i", "ask"], ["curious", "what"], ["curious", "how"], ["curious", "whether"],
    ];

    private static readonly string[][] Backchannels =
    [
        ["right"], ["really"], ["is", "that", "right"], ["is", "that", "so"], ["you", "know"], ["oh", "really"], ["yeah"],
        ["ok"], ["okay"], ["sure"], ["yes"], ["no"], ["mm-hmm"], ["uh-huh"], ["got", "it"], ["i", "see"], ["makes", "sense"],
        ["hello"], ["hi"], ["hey"], ["how", "are", "you"], ["how", "are", "you", "doing"], ["how's", "it", "going"],
        ["how", "is", "it", "going"], ["how", "are", "things"], ["how", "have", "you", "been"], ["thanks"], ["thank", "you"],
        ["right", "right"], ["sounds", "good"], ["hello", "how", "are", "you"], ["hi", "how", "are", "you"], ["hmm"],
        ["and", "you"], ["you"], ["how", "about", "you"], ["what", "about", "you"], ["can", "you", "hear", "me"],
        ["are", "you", "there"], ["sorry"], ["pardon"], ["come", "again"], ["huh"], ["cool"], ["great"], ["perfect"],
    ];

    private static readonly string[][] Tags =
    [
        ["right"], ["isn't", "it"], ["don't", "you"], ["aren't", "you"], ["wouldn't", "you"], ["doesn't", "it"],
        ["isn't", "that"], ["won't", "you"], ["correct"], ["yeah"], ["no"], ["agreed"], ["okay"], ["ok"], ["fair"],
        ["wouldn't", "it"], ["can't", "you"], ["didn't", "you"], ["does", "that", "make", "sense"], ["make", "sense"],
        ["sound", "good"], ["sound", "fair"], ["you", "know"],
    ];

    /// <summary>Classifies one sentence. Allocation-free: words are compared as spans of the turn text.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>The act with the signal that decided it.</returns>
    public static ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int[]? rented = null;
        var words = tokens.Length <= 256 ? stackalloc int[tokens.Length] : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(tokens.Length));
        try
        {
            return Classify(text, tokens, words);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordTokens)
    {
        var count = 0;
        var questionMark = false;
        var lastBreak = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                var c = text[token.Start];
                if (c == '?')
                {
                    questionMark = true;
                }
                else if (c is ',' or ';' or '—' or '-')
                {
                    lastBreak = count;
                }
                else if (c is '.' or '!')
                {
                    questionMark = false;
                }

                continue;
            }

            wordTokens[count++] = i;
        }

        var words = new Words(text, tokens, wordTokens[..count]);
        if (count == 0)
        {
            return Decisions.NoWords;
        }

        if (words.MatchesWhole(Backchannels))
        {
            return Decisions.Backchannel;
        }

        var start = 0;
        while (start < count - 1 && words.In(start, Markers) && !IsQuestionStart(words, start))
        {
            start++;
        }

        var hasSecond = start + 1 < count;
        if (words.In(start, WhWords))
        {
            if (!questionMark && hasSecond && words.In(start + 1, Pronouns) && count - start > 3)
            {
                return Decisions.WhClause;
            }

            return questionMark ? Decisions.WhOpenerMarked : Decisions.WhOpener;
        }

        if (words.In(start, Auxiliaries) && hasSecond && (words.In(start + 1, Subjects) || questionMark))
        {
            return questionMark ? Decisions.AuxMarked : Decisions.Aux;
        }

        if (words.StartsWithAny(start, InfoRequests))
        {
            return Decisions.InfoRequest;
        }

        if (lastBreak >= 2 && count >= 3 && count - lastBreak is >= 1 and <= 4 && words.EqualsAt(lastBreak, count - lastBreak, Tags))
        {
            return Decisions.TagQuestion;
        }

        if (questionMark)
        {
            return Decisions.QuestionMark;
        }

        return count <= 2 ? Decisions.Fragment : Decisions.Declarative;
    }

    /// <summary>Lower-cases a word and folds typographic apostrophes to <c>'</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The normalized word.</returns>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        TextTokenizer.Fold(word, buffer);

        return new string(buffer);
    }

    private static bool IsQuestionStart(Words words, int index) =>
        words.In(index, WhWords) || (words.In(index, Auxiliaries) && index + 1 < words.Count && words.In(index + 1, Subjects));

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] values) =>
        new HashSet<string>(values, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of a sentence as spans of the turn text, compared lower-cased with apostrophes folded.</summary>
    private readonly ref struct Words(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> indices)
    {
        private readonly ReadOnlySpan<char> text = text;
        private readonly ReadOnlySpan<Token> tokens = tokens;
        private readonly ReadOnlySpan<int> indices = indices;

        public int Count => indices.Length;

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

        private bool StartsWith(int start, string[] phrase)
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

        private ReadOnlySpan<char> Span(int word)
        {
            var token = tokens[indices[word]];
            return text.Slice(token.Start, token.Length);
        }

    }

    /// <summary>The decisions this classifier makes, shared (they are immutable) so classifying allocates nothing.</summary>
    /// <summary>Whether a decision is the rules' "no words" or "backchannel" (the shared instances).</summary>
    /// <param name="decision">A decision of <see cref="Classify(ReadOnlySpan{char}, ReadOnlySpan{Token})"/>.</param>
    /// <returns><see langword="true"/> for those two.</returns>
    internal static bool IsNoWordsOrBackchannel(ActDecision decision) =>
        ReferenceEquals(decision, Decisions.NoWords) || ReferenceEquals(decision, Decisions.Backchannel);

    private static class Decisions
    {
        public static readonly ActDecision NoWords = new(SentenceAct.Other, SourceName, 0.9, "no-words");
        public static readonly ActDecision Backchannel = new(SentenceAct.Other, SourceName, 0.85, "backchannel");
        public static readonly ActDecision WhClause = new(SentenceAct.Statement, SourceName, 0.6, "wh-clause");
        public static readonly ActDecision WhOpener = new(SentenceAct.Question, SourceName, 0.85, "wh-opener");
        public static readonly ActDecision WhOpenerMarked = new(SentenceAct.Question, SourceName, 0.97, "wh-opener");
        public static readonly ActDecision Aux = new(SentenceAct.Question, SourceName, 0.85, "aux-inversion");
        public static readonly ActDecision AuxMarked = new(SentenceAct.Question, SourceName, 0.97, "aux-inversion");
        public static readonly ActDecision InfoRequest = new(SentenceAct.Question, SourceName, 0.8, "info-request");
        public static readonly ActDecision TagQuestion = new(SentenceAct.Question, SourceName, 0.6, "tag-question");
        public static readonly ActDecision QuestionMark = new(SentenceAct.Question, SourceName, 0.8, "question-mark");
        public static readonly ActDecision Fragment = new(SentenceAct.Other, SourceName, 0.6, "fragment");
        public static readonly ActDecision Declarative = new(SentenceAct.Statement, SourceName, 0.8, "declarative");
    }
}
