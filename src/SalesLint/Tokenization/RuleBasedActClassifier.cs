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

    private static readonly HashSet<string> Markers = Set(
        "so", "and", "but", "okay", "ok", "well", "now", "um", "uh", "umm", "uhm", "er", "right", "alright", "yeah", "yes",
        "great", "then", "also", "just", "actually", "sure", "oh", "hmm", "cool", "perfect", "gotcha", "anyway", "hey",
        "listen", "honestly", "quickly", "first", "second", "lastly", "finally", "sorry");

    private static readonly HashSet<string> WhWords = Set(
        "what", "what's", "whats", "how", "how's", "hows", "why", "why's", "when", "when's", "where", "where's", "who",
        "who's", "whom", "whose", "which", "what're", "how'd", "what'd", "where'd", "who'd", "how're");

    private static readonly HashSet<string> Auxiliaries = Set(
        "do", "does", "did", "are", "is", "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has",
        "had", "may", "might", "am", "don't", "doesn't", "didn't", "aren't", "isn't", "wasn't", "weren't", "can't",
        "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't", "hadn't");

    private static readonly HashSet<string> Subjects = Set(
        "you", "we", "i", "they", "he", "she", "it", "there", "that", "this", "your", "the", "any", "anyone", "anybody",
        "someone", "somebody", "everyone", "our", "their", "his", "her", "a", "an", "those", "these", "y'all", "u", "ya",
        "things", "people", "everybody", "something", "anything", "one", "all", "each", "some", "most", "team", "budget");

    private static readonly HashSet<string> Pronouns = Set(
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

    /// <summary>Classifies one sentence.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>The act with the signal that decided it.</returns>
    public static ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var words = new List<string>(Math.Min(tokens.Length, 64));
        var questionMark = false;
        var clauseBreaks = new List<int>();
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
                    clauseBreaks.Add(words.Count);
                }
                else if (c is '.' or '!')
                {
                    questionMark = false;
                }

                continue;
            }

            words.Add(Normalize(text.Slice(token.Start, token.Length)));
        }

        if (words.Count == 0)
        {
            return new ActDecision(SentenceAct.Other, SourceName, 0.9, "no-words");
        }

        if (MatchesWhole(words, Backchannels))
        {
            return new ActDecision(SentenceAct.Other, SourceName, 0.85, "backchannel");
        }

        var start = 0;
        while (start < words.Count - 1 && Markers.Contains(words[start]) && !IsQuestionStart(words, start))
        {
            start++;
        }

        var first = words[start];
        var second = start + 1 < words.Count ? words[start + 1] : string.Empty;

        if (WhWords.Contains(first))
        {
            if (!questionMark && Pronouns.Contains(second) && words.Count - start > 3)
            {
                return new ActDecision(SentenceAct.Statement, SourceName, 0.6, "wh-clause");
            }

            return new ActDecision(SentenceAct.Question, SourceName, questionMark ? 0.97 : 0.85, "wh-opener");
        }

        if (Auxiliaries.Contains(first) && (Subjects.Contains(second) || (questionMark && second.Length > 0)))
        {
            return new ActDecision(SentenceAct.Question, SourceName, questionMark ? 0.97 : 0.85, "aux-inversion");
        }

        if (StartsWithAny(words, start, InfoRequests))
        {
            return new ActDecision(SentenceAct.Question, SourceName, 0.8, "info-request");
        }

        if (EndsWithTag(words, clauseBreaks))
        {
            return new ActDecision(SentenceAct.Question, SourceName, 0.6, "tag-question");
        }

        if (questionMark)
        {
            return new ActDecision(SentenceAct.Question, SourceName, 0.8, "question-mark");
        }

        if (words.Count <= 2)
        {
            return new ActDecision(SentenceAct.Other, SourceName, 0.6, "fragment");
        }

        return new ActDecision(SentenceAct.Statement, SourceName, 0.8, "declarative");
    }

    /// <summary>Lower-cases a word and folds typographic apostrophes to <c>'</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The normalized word.</returns>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = TextTokenizer.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }

    private static bool IsQuestionStart(List<string> words, int index) =>
        WhWords.Contains(words[index]) ||
        (Auxiliaries.Contains(words[index]) && index + 1 < words.Count && Subjects.Contains(words[index + 1]));

    private static bool MatchesWhole(List<string> words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length == words.Count && phrase.AsSpan().SequenceEqual(words.ToArray()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(List<string> words, int start, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (start + phrase.Length > words.Count)
            {
                continue;
            }

            var match = true;
            for (var i = 0; i < phrase.Length && match; i++)
            {
                match = words[start + i] == phrase[i];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithTag(List<string> words, List<int> commaPositions)
    {
        if (commaPositions.Count == 0 || words.Count < 3)
        {
            return false;
        }

        var tagStart = commaPositions[^1];
        var tagLength = words.Count - tagStart;
        if (tagLength is < 1 or > 4 || tagStart < 2)
        {
            return false;
        }

        foreach (var tag in Tags)
        {
            if (tag.Length != tagLength)
            {
                continue;
            }

            var match = true;
            for (var i = 0; i < tag.Length && match; i++)
            {
                match = words[tagStart + i] == tag[i];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
