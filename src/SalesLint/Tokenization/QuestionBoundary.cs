using SalesLint.Model;

namespace SalesLint.Tokenization;

/// <summary>
/// Finds where a question starts inside an unpunctuated stretch of speech ("we're on hubspot today how many reps use
/// it"), so that speech recognition without punctuation does not give one long "statement" per turn.
/// </summary>
/// <remarks>
/// A question starts at a wh-word followed by an auxiliary and a subject ("how do you", "what is the"), at "how about" /
/// "what about" / "what if" / "how many" / "how long", or at an auxiliary followed by a subject pronoun with more words after it ("do you have", "can we get",
/// "is there any"), together with the discourse markers right before it ("so", "and", "okay"). It does not start after a
/// word that needs what follows ("the", "to", "know", "can", a pronoun: "all I did you know", "I don't know what you"),
/// inside an open wh-question ("how much do you pay" stays one), after copular nouns ("the problem is we"), after a
/// reporting verb ("my boss goes why are we", "he asked me do we": quoted), nor where
/// either side would keep fewer than <see cref="MinimumWords"/> words. Measured on Earnings-21/22 turns stripped of
/// punctuation and on CaSiNo's test split by <c>benchmarks/SalesLint.Evaluation</c> (<c>questions</c>).
/// On unpunctuated transcripts the learned <see cref="SentenceBoundaryModel"/> also scores every gap: a question start
/// the word guards reject is cut when the model is confident (<see cref="LearnedQuestionStart"/>), a question ends and
/// a statement is cut where it sees a sentence start (<see cref="LearnedQuestionEnd"/>, <see cref="LearnedSplit"/>).
/// </remarks>
internal static class QuestionBoundary
{
    /// <summary>Stretches with fewer words than this are never split.</summary>
    public const int MinimumStretch = 5;

    /// <summary>
    /// In a punctuated transcript, only stretches without terminal punctuation of at least this many words are searched
    /// (a typed "hi how are you doing today i need water" is; the short unpunctuated tail of a turn is not).
    /// </summary>
    public const int PunctuatedMinimumStretch = 12;

    /// <summary>The fewest words either side of a boundary keeps.</summary>
    public const int MinimumWords = 2;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionAuxiliaries = QuestionWords.Set(
        "do", "does", "did", "are", "is", "was", "were", "can", "could", "would", "will", "should", "have", "has", "shall",
        "don't", "doesn't", "didn't", "aren't", "isn't", "wasn't", "can't", "couldn't", "wouldn't", "won't", "haven't");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HowDegrees = QuestionWords.Set(
        "many", "much", "long", "often", "soon", "big", "far");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = QuestionWords.Set(
        "is", "was", "are", "were", "isn't", "wasn't", "aren't");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = QuestionWords.Set(
        "you", "we", "they", "i", "he", "she", "there", "y'all", "it", "that", "this");

    /// <summary>Subjects that after a copula ("is it", "was that") start a question only after a discourse marker.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakSubjects = QuestionWords.Set(
        "it", "that", "this");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subjects = QuestionWords.Set(
        "you", "we", "they", "i", "he", "she", "there", "it", "that", "this", "the", "your", "our", "their", "any", "a", "an",
        "those", "these", "y'all", "everyone", "anyone", "anybody", "people", "things");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoBoundaryBefore = QuestionWords.Set(
        "the", "a", "an", "to", "of", "for", "in", "on", "at", "with", "from", "by", "about", "if", "that", "what", "which",
        "who", "whom", "whose", "how", "why", "when", "where", "whether", "because", "than", "as", "like", "i", "we", "you",
        "they", "he", "she", "my", "your", "our", "their", "his", "her", "its", "be", "been", "being", "not", "this",
        "these", "those", "know", "think", "wonder", "wondering", "ask", "asked", "asking", "tell", "told", "see", "understand",
        "sure", "decide", "guess", "mean", "say", "said", "says", "show", "explain", "care", "matter", "figure", "remember",
        "forget", "check", "doubt", "idea", "question", "goes", "go", "went", "asks", "thought", "yelled", "wrote", "writes",
        "tells", "only", "neither", "nor", "more", "less", "much", "many", "where's",
        "what's", "there's", "here's", "that's", "it's", "let's", "very", "so", "just", "never",
        "also", "all", "both", "either", "each", "every", "any", "some", "no", "whatever", "wherever", "however", "or", "nor",
        "do", "does", "did", "are", "is", "was", "were", "can", "could", "would", "will", "should", "have", "has", "had",
        "may", "might", "must", "shall", "am", "don't", "doesn't", "didn't", "can't", "won't", "wouldn't", "isn't", "i'm",
        "we're", "you're", "they're", "i've", "we've", "you've", "i'd", "we'd", "you'd", "he's", "she's", "nobody", "everybody",
        "somebody", "anybody", "everyone", "someone", "anyone");

    /// <summary>Prepositions before an object pronoun, which then ends a phrase, not a reporting frame ("for me", "with them").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = QuestionWords.Set(
        "to", "of", "for", "in", "on", "at", "with", "from", "by", "about");

    /// <summary>Prepositions a wh-question may leave at its end ("where are you camping in", "what's it for").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StrandedPrepositions = QuestionWords.Set(
        "to", "of", "for", "in", "on", "at", "with", "from", "about", "into");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportObjects = QuestionWords.Set(
        "me", "him", "her", "us", "them");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CopularNouns = QuestionWords.Set(
        "thing", "things", "problem", "trouble", "point", "reason", "issue", "fact", "truth", "idea", "concern", "goal", "plan", "hope",
        "answer", "difference", "result", "key", "catch", "challenge", "worry", "risk", "benefit", "advantage", "situation",
        "case", "trick", "part", "line", "news", "story", "deal", "way", "view", "sense", "feeling", "assumption", "expectation",
        "reality", "ambition", "downside", "upside", "lining", "message", "takeaway", "observation", "priority",
        "conclusion", "intention", "objective", "impression", "theme");

    /// <summary>Words that end a question when a new clause follows them: "do you have kids | and i have two".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndMarkers = QuestionWords.Set(
        "and", "but", "okay", "ok", "well", "anyway", "um", "uh", "oh", "yeah", "alright");

    /// <summary>Words between an <see cref="EndMarkers"/> word and the new clause's subject ("and then i", "but uh we").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndMarkerRun = QuestionWords.Set(
        "and", "but", "okay", "ok", "well", "anyway", "um", "uh", "oh", "yeah", "alright", "so", "then", "you", "know");

    /// <summary>Subjects that open a new statement after a question ("… and we can send it over").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StatementSubjects = QuestionWords.Set(
        "i", "we", "they", "he", "she", "i'm", "we're", "they're", "he's", "she's", "i've", "we've", "they've", "i'll",
        "we'll", "they'll", "i'd", "we'd", "it's", "that's", "there's", "my", "our");

    /// <summary>Personal subjects that start a statement right after a question without a marker ("… lately | we haven't been …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareStatementSubjects = QuestionWords.Set(
        "i", "we", "they", "he", "she", "i'm", "we're", "they're", "i've", "we've", "they've", "i'll", "we'll", "they'll");

    /// <summary>Words that tie the next clause to the question ("… hope we …", "… since i …", "… the one who i …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseLinks = QuestionWords.Set(
        "hope", "glad", "feel", "believe", "suppose", "bet", "since", "until", "till", "before", "after", "while", "unless",
        "once", "where", "when", "and", "or", "but", "then", "than", "because", "cause", "'cause", "if", "whether", "so",
        "afraid", "wish", "said", "says", "heard", "hear", "like", "can", "could", "would", "will", "should", "did", "do",
        "does", "are", "were", "was", "is", "have", "had", "has", "must", "might", "may", "who", "which", "what", "know",
        "think", "wonder", "guess", "mean", "say", "sure", "tell", "see", "understand", "decide", "remember", "forget", "check",
        "doubt", "figure", "realize", "thought", "told", "asked", "ask", "felt", "idea", "be", "been", "being", "that", "as",
        "how", "why", "whom", "whose", "also", "not", "never", "just", "only", "even", "all", "both", "let", "make", "made",
        "help", "me", "him", "her", "us", "them", "you");

    /// <summary>Words before "is that" / "was it" that end an exclamation, so a question may start after them ("oh that's nice | is that …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Exclamations = QuestionWords.Set(
        "nice", "great", "good", "funny", "neat", "cool", "interesting", "wonderful", "awesome", "terrible", "awful", "amazing",
        "crazy", "wow", "gosh", "lovely", "fun");

    /// <summary>Forms of "do" that with "it" / "that" after them are the main verb ("my wife did that", "that'll do it").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DoForms = QuestionWords.Set("do", "does", "did");

    /// <summary>Last words of a question that still wait for what follows the marker ("both the …", "between …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndBlockers = QuestionWords.Set(
        "the", "a", "an", "to", "of", "for", "in", "on", "at", "with", "from", "by", "about", "if", "that", "than", "as",
        "be", "been", "not", "is", "was", "are", "were", "between", "both", "either", "whether", "my", "your", "our",
        "their", "his", "her", "its", "when", "where", "how", "what", "who", "which", "why");

    /// <summary>Pronouns that a bare "and" joins to the next subject: "can you and i meet", "would you like to come with me and we …".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinedPronouns = QuestionWords.Set(
        "you", "me", "him", "her", "them", "us");

    /// <summary>Adjectives that with "how" and an auxiliary start a question ("how old are your kids", "how hot does it get").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HowAdjectives = QuestionWords.Set(
        "old", "tall", "hot", "cold", "warm", "late", "early", "bad", "good", "hard", "easy", "expensive", "cheap", "fast",
        "deep", "wide", "high", "close", "well", "heavy", "busy", "important", "serious", "safe", "common", "different");

    /// <summary>Wh-words with their auxiliary in them that start a question before a subject ("what's the school like", "how's your garden").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContractedWh = QuestionWords.Set(
        "what's", "how's", "where's", "when's", "why's", "what're", "how're", "where're", "hows", "whats", "wheres", "how'd", "what'd",
        "where'd", "why'd");

    /// <summary>
    /// Words of a reaction that may stand alone before a question ("oh no | how old is she", "huh | does it smell",
    /// "oh i know | how old are your kids"); "i" only in "i know" / "i see".
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReactionWords = QuestionWords.Set(
        "oh", "no", "yeah", "yes", "yep", "yup", "nope", "huh", "wow", "gosh", "golly", "gee", "jeez", "geez", "boy", "man",
        "my", "goodness", "god", "lord", "really", "okay", "ok", "alright", "hmm", "hm", "uh-huh", "um-hum", "mm-hmm", "mhm",
        "right", "sure", "true", "well", "uh", "um", "ah", "cool", "neat", "nice", "great", "wonderful", "interesting", "fun",
        "i", "know", "see");

    /// <summary>Possessives that after an auxiliary open a yes/no question ("does your wife work"); after a copula only behind a marker ("so is your son …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessives = QuestionWords.Set(
        "your", "y'all's");

    /// <summary>
    /// Words of <see cref="NoBoundaryBefore"/> that can also end a clause: a verb or auxiliary with nothing after it ("they
    /// all do", "i know how that is"), a stranded preposition ("just the driving in"), a demonstrative object ("the end of
    /// that"), a verb of knowing or saying with its object left out ("i guess", "i don't know"), a quantity ("not much").
    /// A question may start after them when it opens strongly (<see cref="OpensStrongly"/>).
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseEnders = QuestionWords.Set(
        "do", "does", "did", "is", "was", "are", "were", "am", "have", "has", "had", "can", "could", "would", "will", "should",
        "in", "on", "at", "with", "about", "for", "from", "that", "this", "those", "these", "know", "think", "guess", "see",
        "understand", "sure", "mean", "remember", "care", "matter", "much", "more", "less", "all", "either", "each", "any",
        "some", "never", "not");

    /// <summary>Words of <see cref="ClauseEnders"/> that take a wh-clause as their object ("i don't know what are they called"): only a yes/no question starts after them.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhClauseTakers = QuestionWords.Set(
        "know", "think", "guess", "see", "understand", "sure", "mean", "remember", "care", "matter", "about", "on", "of", "in",
        "at", "with", "for", "from", "is", "was", "are", "were", "am");

    /// <summary>Verbs of <see cref="ClauseLinks"/> that end a wh-question whose wh-phrase is their object ("how many kids do you have | we have three").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhObjectVerbs = QuestionWords.Set("have", "like", "do");

    /// <summary>The listener in a return question ("how about you", "what about yourself").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReturnPronouns = QuestionWords.Set(
        "you", "yourself", "yourselves", "y'all");

    /// <summary>Personal subjects that after an auxiliary other than a copula open a yes/no question ("does he", "can you", "do your kids").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalSubjects = QuestionWords.Set(
        "you", "we", "they", "he", "she", "i", "y'all", "your", "yours", "y'all's");

    /// <summary>
    /// Words after "is it" / "is that" that make it a question about the listener's view, not a copular clause going on
    /// ("we have three kids | is that right", "that was the end of that | is it hard to learn"; not "the thing is that we …").
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionPredicates = QuestionWords.Set(
        "hard", "easy", "true", "right", "okay", "ok", "really", "still", "worth", "possible", "expensive", "cheap", "safe",
        "bad", "good", "better", "worse", "far", "close", "cold", "hot", "warm", "nice", "fun", "usually", "always", "going",
        "supposed", "open", "new", "big", "available", "difficult", "different", "normal", "common", "legal", "free",
        "included", "enough", "too", "very", "pretty", "fair", "busy", "any", "crowded", "dangerous", "serious", "correct");

    /// <summary>Words after "does it" / "did that" that make the form of "do" an auxiliary, not the main verb ("does it get hot", not "they did it again").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareVerbs = QuestionWords.Set(
        "get", "go", "work", "hurt", "help", "cost", "take", "make", "matter", "seem", "look", "feel", "come", "happen", "snow",
        "rain", "bother", "affect", "change", "last", "sound", "mean", "need", "pay", "start", "stay", "smell", "taste", "count",
        "include", "ever", "have", "run", "stop", "freeze", "break", "fit");

    /// <summary>Words that cannot stand inside a wh-phrase before its auxiliary ("what i do is …", "what they did was …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotInWhPhrase = QuestionWords.Set(
        "i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "y'all", "people", "everybody", "nobody",
        "somebody", "everyone", "someone", "and", "but", "or", "if", "because", "so", "um", "uh", "like", "not", "to", "just",
        "really", "actually", "me", "him", "her", "us", "them", "i'm", "you're", "we're", "they're", "it's", "that's");

    /// <summary>The fewest words of an unpunctuated stretch that opens with a reaction ("huh does it smell") to be searched.</summary>
    public const int MinimumReactionStretch = 4;

    /// <summary>The fewest words of a question before a cut at its end (<see cref="EndMarkers"/>).</summary>
    public const int MinimumQuestionWords = 3;

    /// <summary>
    /// On unpunctuated text, a question start the word guards reject ("i understand | and why do you …") is still cut
    /// when the learned <see cref="SentenceBoundaryModel"/> gives a sentence start there at least this probability.
    /// Thresholds chosen on the telephone tune half and CaSiNo's test split (stripped turns); held-out calls only measured.
    /// </summary>
    public const float LearnedQuestionStart = 0.5f;

    /// <summary>On unpunctuated text, a question also ends where the learned model gives a sentence start at least this probability.</summary>
    public const float LearnedQuestionEnd = 0.5f;

    /// <summary>On unpunctuated text, a statement is cut where the learned model gives a sentence start at least this probability.</summary>
    public const float LearnedSplit = 0.7f;

    /// <summary>
    /// Appends the sentence <paramref name="range"/> to <paramref name="result"/>, cut before each question that starts
    /// inside it when it holds no terminal punctuation.
    /// </summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The turn's tokens.</param>
    /// <param name="range">A sentence found at punctuation: first token and count.</param>
    /// <param name="result">Receives the sentences.</param>
    /// <param name="minimumStretch">Stretches with fewer words are not searched.</param>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, (int First, int Count) range, List<(int First, int Count)> result, int minimumStretch = MinimumStretch)
    {
        var sentence = tokens.Slice(range.First, range.Count);
        var words = 0;
        foreach (var token in sentence)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                if (text[token.Start] is '.' or '?' or '!' or '…')
                {
                    result.Add(range);
                    return;
                }
            }
            else
            {
                words++;
            }
        }

        if (words < Math.Max(minimumStretch, MinimumStretch) &&
            !(minimumStretch <= MinimumStretch && words >= MinimumReactionStretch && OpensWithReaction(text, tokens, range)))
        {
            result.Add(range);
            return;
        }

        int[]? rented = null;
        var index = words <= 256 ? stackalloc int[words] : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(words));
        try
        {
            var n = 0;
            for (var i = 0; i < sentence.Length; i++)
            {
                if (sentence[i].Kind != TokenKind.Punctuation)
                {
                    index[n++] = range.First + i;
                }
            }

            Cut(text, tokens, index[..n], range, result, minimumStretch <= MinimumStretch);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, (int First, int Count) range, List<(int First, int Count)> result, bool learned)
    {
        if (!learned)
        {
            Cut(text, tokens, words, range, result, []);
            return;
        }

        float[]? rented = null;
        var boundaries = words.Length <= 256 ? stackalloc float[words.Length] : (rented = System.Buffers.ArrayPool<float>.Shared.Rent(words.Length));
        try
        {
            SentenceBoundaryModel.Default.Probabilities(text, tokens, words, boundaries);
            Cut(text, tokens, words, range, result, boundaries[..words.Length]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    private static void Cut(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, (int First, int Count) range, List<(int First, int Count)> result, ReadOnlySpan<float> boundaries)
    {
        var learned = !boundaries.IsEmpty;
        var segmentStart = 0;          // word index where the current sentence starts
        var firstToken = range.First;  // its first token
        var openWh = OpensWhQuestion(text, tokens, words, 0);
        var inQuestion = openWh || StartsQuestion(text, tokens, words, 0);
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (openWh)
            {
                // "how about you | do you exercise much", "what about yourself | i think …": the return question is whole.
                if (learned && EndsReturnQuestion(text, tokens, words, segmentStart, i) &&
                    (StartsQuestion(text, tokens, words, i) || In(text, tokens, words[i], StatementSubjects)))
                {
                    EndSentence(result, ref firstToken, ref segmentStart, words, i);
                    openWh = OpensWhQuestion(text, tokens, words, i);
                    inQuestion = openWh || StartsQuestion(text, tokens, words, i);
                    continue;
                }

                openWh = !In(text, tokens, words[i], QuestionWords.Auxiliaries);

                // "how many reps use it but uh we're …": a wh-question without an auxiliary ends where a new clause starts.
                if (openWh && inQuestion && EndsQuestion(text, tokens, words, segmentStart, i, learned) is var whEnd and > 0)
                {
                    EndSentence(result, ref firstToken, ref segmentStart, words, whEnd);
                    inQuestion = false;
                    openWh = false;
                }

                continue;
            }

            var wh = In(text, tokens, words[i], QuestionWords.WhWords);
            var starts = wh
                ? (i + 2 < words.Length && In(text, tokens, words[i + 1], QuestionWords.Auxiliaries) && In(text, tokens, words[i + 2], Subjects)) ||
                  (Is(text, tokens, words[i + 1], "about") && (Is(text, tokens, words[i], "how") || Is(text, tokens, words[i], "what"))) ||
                  (Is(text, tokens, words[i + 1], "if") && Is(text, tokens, words[i], "what")) ||
                  (Is(text, tokens, words[i], "how") && In(text, tokens, words[i + 1], HowDegrees) &&
                   !(learned && i + 2 < words.Length && In(text, tokens, words[i + 2], PersonalSubjects))) ||
                  (i + 3 < words.Length && Is(text, tokens, words[i], "how") && In(text, tokens, words[i + 1], HowAdjectives) &&
                   In(text, tokens, words[i + 2], QuestionAuxiliaries) &&
                   (In(text, tokens, words[i + 3], Subjects) || (learned && Is(text, tokens, words[i + 3], "yours")))) ||
                  (i + 2 < words.Length && In(text, tokens, words[i], ContractedWh) && In(text, tokens, words[i + 1], Subjects)) ||
                  (learned && i + 2 < words.Length && Is(text, tokens, words[i], "who's") && In(text, tokens, words[i + 1], Possessives)) ||
                  (learned && EndsWithKindOf(text, tokens, words, i)) ||
                  WhPhraseThenInversion(text, tokens, words, i)
                : i + 2 < words.Length && In(text, tokens, words[i], QuestionAuxiliaries) &&
                  !(learned && In(text, tokens, words[i], SingularAuxiliaries) && In(text, tokens, words[i + 1], NonSingularSubjects)) &&
                  !(learned && In(text, tokens, words[i], PluralCopulas) && In(text, tokens, words[i + 1], SingularSubjects)) &&
                  !(learned && NoInversion(text, tokens, words, i)) &&
                  (In(text, tokens, words[i + 1], SubjectPronouns) || (learned && Is(text, tokens, words[i + 1], "yours") && !In(text, tokens, words[i], Copulas)) ||
                   (In(text, tokens, words[i + 1], Possessives) && (!In(text, tokens, words[i], Copulas) || In(text, tokens, words[i - 1], QuestionWords.Markers)))) ||
                  (learned && DropsAuxiliary(text, tokens, words, i));
            var afterClause = learned && !wh && CopulaAfterClause(text, tokens, words, segmentStart, i);
            starts |= afterClause;
            if (!starts)
            {
                // "do you have kids and i have two": a new clause after a marker ends the question.
                if (inQuestion && EndsQuestion(text, tokens, words, segmentStart, i, learned) is var end and > 0)
                {
                    EndSentence(result, ref firstToken, ref segmentStart, words, end);
                    inQuestion = false;
                }
                else if (learned && i - segmentStart >= (inQuestion ? MinimumQuestionWords : MinimumWords) &&
                         boundaries[i] >= (inQuestion ? LearnedQuestionEnd : LearnedSplit) &&
                         !In(text, tokens, words[i - 1], EndBlockers) && !In(text, tokens, words[i - 1], ClauseLinks))
                {
                    // The learned model sees a sentence start here: "… what's your major | i'm in engineering".
                    EndSentence(result, ref firstToken, ref segmentStart, words, i);
                    openWh = OpensWhQuestion(text, tokens, words, i);
                    inQuestion = openWh || StartsQuestion(text, tokens, words, i);
                }

                continue;
            }

            // "the bill payment is you know because …": "you know" fills, it is no subject.
            if (!wh && i + 2 < words.Length && Is(text, tokens, words[i + 1], "you") && Is(text, tokens, words[i + 2], "know") &&
                In(text, tokens, words[i], Copulas))
            {
                continue;
            }

            var boundary = i;
            while (boundary - 1 > segmentStart && In(text, tokens, words[boundary - 1], QuestionWords.Markers))
            {
                boundary--;
            }

            // "oh no | how old is she", "huh | does it smell", "oh i know | do you compost too": a reaction before the question.
            var reaction = boundary > segmentStart && segmentStart == 0 && IsReaction(text, tokens, words, segmentStart, boundary);
            var likely = learned && boundary > segmentStart ? Max(boundaries[boundary..(i + 1)]) : -1f;

            // "we have three kids | is that right": "is it" / "is that" before a predicate; after a filler ("i know what you
            // mean | uh is that a big problem") before anything but a new clause's subject ("… uh is that we …" goes on).
            var afterMarker = boundary < i;
            var copulaQuestion = afterClause || (learned && !reaction && !wh && boundary > segmentStart && i + 2 < words.Length && In(text, tokens, words[i], Copulas) &&
                                 In(text, tokens, words[i + 1], WeakSubjects) &&
                                 (In(text, tokens, words[i + 2], QuestionPredicates) ||
                                  (afterMarker && !In(text, tokens, words[i + 2], SubjectPronouns) && !In(text, tokens, words[i + 2], StatementSubjects))) &&
                                 !In(text, tokens, words[boundary - 1], CopularNouns) && !In(text, tokens, words[boundary - 1], QuestionWords.WhWords) &&
                                 (afterMarker || !In(text, tokens, words[boundary - 1], WhClauseTakers)) &&
                                 (!In(text, tokens, words[boundary - 1], Subjects) || PlaceAdverb(text, tokens, words, segmentStart, boundary - 1)));

            // "they all do | where does she sleep", "i guess | do you work": a word that can end a clause before a strong start.
            // "how about you | do you exercise much": the return question is whole before the next one.
            var clauseEnd = learned && !reaction && boundary - segmentStart >= MinimumWords &&
                            !(In(text, tokens, words[i], Copulas) && In(text, tokens, words[boundary - 1], QuestionWords.Auxiliaries)) &&
                            (((In(text, tokens, words[boundary - 1], ClauseEnders) ||
                               (!wh && In(text, tokens, words[boundary - 1], NegativeEnders) && i + 1 < words.Length && In(text, tokens, words[i + 1], ReturnPronouns)) ||
                               (boundary - 2 >= segmentStart && In(text, tokens, words[boundary - 1], ObjectPronouns) && In(text, tokens, words[boundary - 2], Prepositions))) &&
                              (!wh || !(In(text, tokens, words[boundary - 1], WhClauseTakers) || In(text, tokens, words[i - 1], WhClauseTakers))) &&
                              (copulaQuestion || (OpensStrongly(text, tokens, words, i, wh, afterMarker) && !Restarts(text, tokens, words, boundary, i, wh)))) ||
                             EndsReturnQuestion(text, tokens, words, segmentStart, boundary));
            if (!reaction && !clauseEnd && !afterClause && !(likely >= LearnedQuestionStart) && (boundary - segmentStart < MinimumWords || In(text, tokens, words[boundary - 1], NoBoundaryBefore)))
            {
                continue;
            }

            if (!reaction && !wh && !copulaQuestion && In(text, tokens, words[i], Copulas) &&
                (In(text, tokens, words[i - 1], CopularNouns) || In(text, tokens, words[i - 1], WeakSubjects) ||
                 (boundary == i && In(text, tokens, words[i + 1], WeakSubjects) && !In(text, tokens, words[i - 1], Exclamations))))
            {
                continue;
            }

            // "my wife did that", "that'll do it": "do" with "it" / "that" right after a word is the main verb.
            if (!reaction && !wh && boundary == i && In(text, tokens, words[i], DoForms) && In(text, tokens, words[i + 1], WeakSubjects) &&
                !(learned && i + 2 < words.Length && In(text, tokens, words[i + 2], BareVerbs)))
            {
                continue;
            }

            // "what kind of car would you buy", "well what difference does it make": the auxiliary of a wh-phrase just before.
            if (!wh && OpenWhBefore(text, tokens, words, Math.Max(segmentStart, i - 4), i))
            {
                continue;
            }

            // "he asked me do we …", "I told them are you …": the question is quoted; not after a preposition ("that's fine
            // with me | and why do you …").
            // "sitting there thinking why do we …", "and said daddy are you …": a question after a vocative or a verb of thinking is quoted.
            if (learned && !reaction && QuotesAfter(text, tokens, words, segmentStart, boundary))
            {
                continue;
            }

            // "boy do i have something to say", "oh boy have i got some stories": an exclamation, not a question.
            if (reaction && !wh && i + 1 < words.Length && Is(text, tokens, words[i + 1], "i") && In(text, tokens, words[boundary - 1], ExclamationOpeners))
            {
                continue;
            }

            if (boundary >= 2 && In(text, tokens, words[boundary - 1], ReportObjects) && In(text, tokens, words[boundary - 2], NoBoundaryBefore) &&
                !In(text, tokens, words[boundary - 2], Prepositions))
            {
                continue;
            }

            EndSentence(result, ref firstToken, ref segmentStart, words, boundary);
            inQuestion = true;
            openWh = wh && OpensWhQuestion(text, tokens, words, i) && i + 1 < words.Length && !In(text, tokens, words[i + 1], QuestionWords.Auxiliaries);
        }

        result.Add((firstToken, range.First + range.Count - firstToken));
    }

    /// <summary>
    /// Ends the current sentence just before word <paramref name="next"/> and starts the next one there: adds the
    /// sentence's token range to <paramref name="result"/> and moves <paramref name="firstToken"/> and
    /// <paramref name="segmentStart"/> to that word.
    /// </summary>
    private static void EndSentence(List<(int First, int Count)> result, ref int firstToken, ref int segmentStart, ReadOnlySpan<int> words, int next)
    {
        result.Add((firstToken, words[next] - firstToken));
        firstToken = words[next];
        segmentStart = next;
    }

    private static float Max(ReadOnlySpan<float> values)
    {
        var max = 0f;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }

    /// <summary>
    /// Whether words [<paramref name="from"/>, <paramref name="to"/>) are only a reaction ("oh no", "huh", "oh i know",
    /// "yeah i see"): every word one of <see cref="ReactionWords"/>, "i" only before "know" / "see", and those two only after "i";
    /// not discourse markers alone ("oh do you have one" stays whole: the classifier looks past them).
    /// </summary>
    private static bool IsReaction(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int from, int to)
    {
        var notOnlyMarkers = false;
        for (var j = from; j < to; j++)
        {
            notOnlyMarkers |= !In(text, tokens, words[j], QuestionWords.Markers);
            if (!In(text, tokens, words[j], ReactionWords))
            {
                return false;
            }

            if (Is(text, tokens, words[j], "i") && (j + 1 >= to || !(Is(text, tokens, words[j + 1], "know") || Is(text, tokens, words[j + 1], "see"))))
            {
                return false;
            }

            if ((Is(text, tokens, words[j], "know") || Is(text, tokens, words[j], "see")) && (j == from || !Is(text, tokens, words[j - 1], "i")))
            {
                return false;
            }
        }

        return notOnlyMarkers;
    }

    /// <summary>Whether a stretch's first word is one of <see cref="ReactionWords"/> (not "i", "know", "see").</summary>
    private static bool OpensWithReaction(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, (int First, int Count) range)
    {
        for (var t = range.First; t < range.First + range.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.Punctuation)
            {
                return In(text, tokens, t, ReactionWords) && !Is(text, tokens, t, "i") && !Is(text, tokens, t, "know") && !Is(text, tokens, t, "see");
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a question that started at <paramref name="segmentStart"/> ends before the word <paramref name="at"/>: a
    /// statement subject ("i", "we", "they're", …) after a run of markers that begins with one of <see cref="EndMarkers"/>
    /// ("and", "but", "okay", "um"), with at least <see cref="MinimumQuestionWords"/> words of question before the run and
    /// a word after the subject, and the question's last word not one that waits for more ("the …", "about …") nor a
    /// pronoun a bare "and" joins to the subject ("you and i").
    /// </summary>
    /// <returns>The word index where the statement starts (its first marker), or 0 when the question goes on.</returns>
    private static int EndsQuestion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int at, bool learned)
    {
        // "do you watch much tv | not me i never have time": the speaker's own answer after the question.
        if (learned && at + 1 < words.Length && at - segmentStart >= MinimumQuestionWords && Is(text, tokens, words[at], "not") &&
            In(text, tokens, words[at + 1], OwnAnswerAfterNot) && !In(text, tokens, words[at - 1], EndBlockers) && !In(text, tokens, words[at - 1], NoBoundaryBefore) &&
            !In(text, tokens, words[at - 1], QuestionWords.Auxiliaries) && !In(text, tokens, words[at - 1], ClauseLinks) &&
            !In(text, tokens, words[at - 1], SubjectPronouns))
        {
            return at;
        }

        if (learned && at + 1 < words.Length && StartsNounStatement(text, tokens, words, segmentStart, at))
        {
            return at;
        }

        if (at + 1 >= words.Length || !In(text, tokens, words[at], StatementSubjects))
        {
            return 0;
        }

        // "how about yourself | i think i would like some firewood": a return question is whole.
        if (learned && EndsReturnQuestion(text, tokens, words, segmentStart, at))
        {
            return at;
        }

        // "have you been looking | we've been talking about …", "do you use the library much | i keep meaning to …": a
        // personal subject right after a complete question starts a statement without any marker.
        if (at - segmentStart > MinimumQuestionWords && In(text, tokens, words[at], BareStatementSubjects) &&
            !In(text, tokens, words[at - 1], EndBlockers) &&
            ((!In(text, tokens, words[at - 1], QuestionWords.Auxiliaries) && !In(text, tokens, words[at - 1], EndMarkerRun) &&
              !In(text, tokens, words[at - 1], ClauseLinks)) ||
             (learned && In(text, tokens, words[at - 1], WhObjectVerbs) && AsksWhObject(text, tokens, words, segmentStart, at))))
        {
            return at;
        }

        // "do you think it keeps people from doing it though | that's always the argument", "do they hurt like they used to
        // | i remember …": a question that ends in a clause-final adverb or "used to" is complete before any new subject.
        if (learned && at - segmentStart >= MinimumQuestionWords && at >= 2 &&
            (In(text, tokens, words[at - 1], FinalAdverbs) || (Is(text, tokens, words[at - 1], "to") && Is(text, tokens, words[at - 2], "used"))))
        {
            return at;
        }

        // "how are you | i'm planning on …", "how important are they to you | we would like …", "where are you camping
        // in | we are …": a subject pronoun cannot be the object of the auxiliary or preposition the question ends with.
        if (learned && at - segmentStart >= MinimumQuestionWords && In(text, tokens, words[at], BareStatementSubjects) &&
            EndsWithObjectSlot(text, tokens, words, segmentStart, at) &&
            !(at + 1 < words.Length && Is(text, tokens, words[at], "i") && Is(text, tokens, words[at + 1], "mean")))
        {
            return at;
        }

        var run = at;
        while (run - 1 > segmentStart && In(text, tokens, words[run - 1], EndMarkerRun))
        {
            run--;
        }

        // The run must open with a real marker ("and then we", not "then we" or "you know we").
        while (run < at && !In(text, tokens, words[run], EndMarkers))
        {
            run++;
        }

        if (run == at || run - segmentStart < MinimumQuestionWords || In(text, tokens, words[run - 1], EndBlockers) ||
            In(text, tokens, words[run - 1], QuestionWords.Auxiliaries) ||
            (at - run == 1 && Is(text, tokens, words[run], "and") && In(text, tokens, words[run - 1], JoinedPronouns)))
        {
            return 0;
        }

        return run;
    }

    /// <summary>
    /// Whether a statement with a noun subject starts at <paramref name="at"/>, right after a finished question ("how old
    /// are your kids | mine are grown now", "do you have a dog | ours is a german shepherd", "do you like it | my wife
    /// loves it"): a possessive pronoun before an auxiliary, or "my" / "our" with one noun before an auxiliary or a common
    /// verb (<see cref="PresentVerbs"/>), not an inverted one ("… my son is he …"). The question must have <see cref="MinimumQuestionWords"/> words and not end in a word that waits for
    /// its object or clause (a preposition, an article, an auxiliary, "think", "know", "say", "when": "do you think | the
    /// schools are good" stays whole).
    /// </summary>
    private static bool StartsNounStatement(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int at)
    {
        if (at - segmentStart < MinimumQuestionWords)
        {
            return false;
        }

        var last = words[at - 1];
        if (In(text, tokens, last, EndBlockers) || In(text, tokens, last, QuestionWords.Auxiliaries) || In(text, tokens, last, ClauseLinks) ||
            (In(text, tokens, last, NoBoundaryBefore) && !In(text, tokens, last, ClauseEnders)) || In(text, tokens, last, NounStatementOpeners))
        {
            return false;
        }

        // "is it expensive | the steak places here are pretty high": after a question ending in its predicate, "the" and a
        // noun or two before a copula open a statement.
        if (Is(text, tokens, words[at], "the") && In(text, tokens, last, QuestionPredicates) && !In(text, tokens, last, OpenPredicates))
        {
            for (var k = at + 2; k <= at + 4 && k < words.Length - 1; k++)
            {
                if (In(text, tokens, words[k], Copulas))
                {
                    return true;
                }

                if (In(text, tokens, words[k], NoBoundaryBefore) || In(text, tokens, words[k], QuestionWords.Auxiliaries))
                {
                    return false;
                }
            }

            return false;
        }

        if (In(text, tokens, words[at], PossessivePronouns))
        {
            return In(text, tokens, words[at + 1], Copulas) || In(text, tokens, words[at + 1], QuestionWords.Auxiliaries);
        }

        // "my wife loves it", "our son is …": "my" / "our", one noun, then an auxiliary or a common verb in -s.
        return (Is(text, tokens, words[at], "my") || Is(text, tokens, words[at], "our")) && at + 3 < words.Length &&
               !In(text, tokens, words[at + 1], NoBoundaryBefore) && !In(text, tokens, words[at + 1], QuestionWords.Auxiliaries) &&
               (In(text, tokens, words[at + 2], Copulas) || In(text, tokens, words[at + 2], QuestionWords.Auxiliaries) ||
                In(text, tokens, words[at + 2], PresentVerbs)) &&
               !In(text, tokens, words[at + 3], PersonalSubjects);
    }

    /// <summary>Object pronouns that after a preposition end a phrase, so a strong question may start after them ("good for you | did they stop").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectPronouns = QuestionWords.Set(
        "you", "me", "him", "her", "us", "them");

    /// <summary>Vocatives after which a question is quoted ("and said daddy | are you …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteFrames = QuestionWords.Set(
        "mom", "mommy", "dad", "daddy", "mama", "papa", "honey", "sweetie");

    /// <summary>Verbs of thinking or saying that frame a quoted question only after a subject, "there" or "just" ("sitting there thinking | why …", not "your thinking | uh how …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteVerbs = QuestionWords.Set("thinking", "saying");

    /// <summary>Words before <see cref="QuoteVerbs"/> that make them a verb ("i'm just thinking", "sitting there thinking").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteVerbContext = QuestionWords.Set(
        "there", "just", "was", "were", "am", "i'm", "we're", "they're", "he's", "she's", "you're", "kept", "keep", "started", "been",
        "be", "i", "we", "they", "he", "she", "me", "him", "her", "them", "us", "and", "still");

    /// <summary>Negative auxiliaries that end a clause before a question to the listener ("we really didn't | have you had to …", "i won't | do you like …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeEnders = QuestionWords.Set(
        "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", "couldn't", "haven't", "hasn't");

    /// <summary>
    /// Whether the question starting at <paramref name="boundary"/> is quoted: after a vocative ("and said daddy | are you …")
    /// or a verb of thinking or saying used as a verb ("sitting there thinking | why do we …").
    /// </summary>
    private static bool QuotesAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int boundary)
    {
        var before = words[boundary - 1];
        if (NarratesBefore(text, tokens, words, segmentStart, boundary))
        {
            return true;
        }

        if (!In(text, tokens, before, QuoteVerbs))
        {
            return In(text, tokens, before, QuoteFrames);
        }

        return boundary - 2 >= segmentStart && In(text, tokens, words[boundary - 2], QuoteVerbContext);
    }

    /// <summary>Verbs that narrate what someone said or asked in a story ("he asks me every so often | are you …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NarratingVerbs = QuestionWords.Set(
        "says", "said", "asks", "asked", "goes", "tells", "told", "thought", "yells", "yelled", "hollers", "hollered");

    /// <summary>Words that may stand between a narrating verb and the quote ("asks me every so often", "goes well gee").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NarrationFillers = QuestionWords.Set(
        "me", "him", "her", "us", "them", "always", "every", "so", "often", "sometimes", "again", "then", "just", "once",
        "well", "gee", "oh", "uh", "um", "like", "now", "still", "and");

    /// <summary>Forms of "be" before "like" that narrate a quote ("she was like | are you serious").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeLike = QuestionWords.Set(
        "was", "is", "were", "are", "am", "i'm", "he's", "she's", "they're", "we're", "you're", "be", "been");

    /// <summary>
    /// Whether a narrated frame stands just before <paramref name="boundary"/>: a verb that tells what someone said or
    /// asked ("he asks me every so often | are you ever going to use it", "i don't think they sit down and go well gee |
    /// what's the penalty", "she was like | are you serious"), with at most four words of object, frequency or
    /// interjection between. Only unpunctuated text comes here, where no comma or quote mark shows the frame.
    /// </summary>
    private static bool NarratesBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int boundary)
    {
        var limit = Math.Max(segmentStart, boundary - 5);
        for (var j = boundary - 1; j >= limit; j--)
        {
            if (In(text, tokens, words[j], NarratingVerbs) ||
                (j > segmentStart && Is(text, tokens, words[j], "go") && Is(text, tokens, words[j - 1], "and")) ||
                (j > segmentStart && Is(text, tokens, words[j], "like") && In(text, tokens, words[j - 1], BeLike)))
            {
                return true;
            }

            if (!In(text, tokens, words[j], NarrationFillers))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reaction words that before an inverted "i" make an exclamation ("boy do i have stories", "man was i tired").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExclamationOpeners = QuestionWords.Set(
        "boy", "man", "god", "gosh", "golly", "lord");

    /// <summary>Modals that before "i think" / "i guess" end the clause before them ("they would i think …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = QuestionWords.Set(
        "would", "could", "will", "can", "should");

    /// <summary>Verbs that after a modal and "i" are a parenthesis ("would i think a lot of people …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParentheticalVerbs = QuestionWords.Set(
        "think", "guess", "suppose", "imagine", "believe");

    /// <summary>Words in -ed that are no past tense ("did you need", "do they feed").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastTense = QuestionWords.Set(
        "need", "feed", "seed", "bed", "shed", "speed", "weed", "breed", "bleed", "red", "proceed", "succeed", "exceed", "ted", "fred", "ed");

    /// <summary>
    /// Whether the auxiliary at <paramref name="at"/> and its pronoun are no inversion: "did"/"do" before a past tense
    /// ("my grandpa did | she played cards", "did i tried"), or a modal before a parenthetical "i think" ("they would i
    /// think a lot of people …").
    /// </summary>
    private static bool NoInversion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int at)
    {
        if (at + 2 >= words.Length)
        {
            return false;
        }

        if (In(text, tokens, words[at], DoForms))
        {
            var verb = text.Slice(tokens[words[at + 2]].Start, tokens[words[at + 2]].Length);
            return verb.Length > 3 && verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !In(text, tokens, words[at + 2], NotPastTense);
        }

        // "every team | has that guy", "my campus | has this thing where …": "has" / "have" before a demonstrative is the
        // main verb, unless a participle follows ("has that ever happened", "have those gotten …").
        if (In(text, tokens, words[at], HaveForms) && In(text, tokens, words[at + 1], Demonstratives))
        {
            var next = text.Slice(tokens[words[at + 2]].Start, tokens[words[at + 2]].Length);
            return !In(text, tokens, words[at + 2], HaveParticiples) &&
                   !(next.Length > 3 && (next.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || next.EndsWith("en", StringComparison.OrdinalIgnoreCase)));
        }

        // "girls didn't | i mean we had field hockey": "i mean" after an auxiliary is a filler, no inverted subject.
        return (In(text, tokens, words[at], Modals) && Is(text, tokens, words[at + 1], "i") && In(text, tokens, words[at + 2], ParentheticalVerbs)) ||
               (Is(text, tokens, words[at + 1], "i") && Is(text, tokens, words[at + 2], "mean"));
    }

    /// <summary>Forms of "have" that before a demonstrative are the main verb ("every team has that guy").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HaveForms = QuestionWords.Set("has", "have");

    /// <summary>Demonstratives that after "has" / "have" are its object, not an inverted subject.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Demonstratives = QuestionWords.Set(
        "this", "that", "these", "those");

    /// <summary>Words after "has that" / "have those" that make "has" an auxiliary ("has that ever happened", "have those been …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HaveParticiples = QuestionWords.Set(
        "been", "ever", "always", "never", "got", "gotten", "done", "gone", "come", "made", "had", "seen", "taken", "grown");

    /// <summary>Whether "what kind of …" (or "sort", "type") at <paramref name="at"/> ends the stretch within two words after "of": an elliptic question ("a bird | what kind of bird").</summary>
    private static bool EndsWithKindOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int at) =>
        at + 3 < words.Length && words.Length - (at + 3) <= 2 && (Is(text, tokens, words[at], "what") || Is(text, tokens, words[at], "which")) &&
        (Is(text, tokens, words[at + 1], "kind") || Is(text, tokens, words[at + 1], "sort") || Is(text, tokens, words[at + 1], "type")) &&
        Is(text, tokens, words[at + 2], "of");

    /// <summary>Third-person singular auxiliaries, which cannot be inverted with <see cref="NonSingularSubjects"/> ("my husband does | i read": no "does i" question).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SingularAuxiliaries = QuestionWords.Set(
        "does", "doesn't", "is", "isn't", "has", "hasn't");

    /// <summary>Forms of "be" that do not agree with a <see cref="SingularSubjects"/> word ("some of them are | i think …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralCopulas = QuestionWords.Set("are", "aren't", "weren't");

    /// <summary>Subjects that do not agree with a <see cref="PluralCopulas"/> word.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SingularSubjects = QuestionWords.Set("i", "he", "she", "it");

    /// <summary>Subjects that do not agree with a <see cref="SingularAuxiliaries"/> word.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonSingularSubjects = QuestionWords.Set(
        "i", "you", "we", "they", "y'all");

    /// <summary>Words after "not" that make it the speaker's own short answer to the question before ("… much tv | not me").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnAnswerAfterNot = QuestionWords.Set("me", "us");

    /// <summary>Words before "there" / "here" that make it a place, not a subject ("lives up there | is it cold").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceParticles = QuestionWords.Set(
        "up", "down", "over", "out", "back", "around", "in", "from", "near", "live", "lives", "lived", "living", "moved", "went", "go");

    /// <summary>
    /// Whether the word at <paramref name="at"/> is "there" or "here" as a place after a particle or a verb of living or
    /// moving ("my sister lives up there | is it cold"), so a copula question may start after it.
    /// </summary>
    private static bool PlaceAdverb(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int at) =>
        at > segmentStart && (Is(text, tokens, words[at], "there") || Is(text, tokens, words[at], "here")) && In(text, tokens, words[at - 1], PlaceParticles);

    /// <summary>Verbs that after "you" (and an optional "guys") with "any" or "much" after them ask a question without the auxiliary ("you have any kids").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxlessVerbs = QuestionWords.Set(
        "have", "got", "do", "need", "want", "own", "play", "watch", "read", "get", "see", "use", "take", "grow", "eat");

    /// <summary>How many words before "you" <see cref="DropsAuxiliary"/> looks for a superlative or head noun of a relative clause.</summary>
    private const int RelativeLookBack = 3;

    /// <summary>Words before "you" that make it the subject of a relative clause ("the best meal you ever had", "anything you need").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeHeads = QuestionWords.Set(
        "thing", "things", "one", "ones", "anything", "everything", "something", "nothing", "stuff", "way", "time", "place", "kind",
        "sort", "person", "people", "guy", "first", "last", "only", "most", "best", "worst", "all", "much", "many");

    /// <summary>
    /// Whether a yes/no question without its auxiliary starts at <paramref name="at"/>: "you ever …" ("we go every year |
    /// you ever been to the coast"), or "you" + a common verb + "any" / "much" ("we have two kids | you have any kids", "you
    /// do any fishing"), optionally "you guys". Not within <see cref="RelativeLookBack"/> words of a superlative or a word that heads a relative clause ("the best meal you ever had").
    /// </summary>
    private static bool DropsAuxiliary(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int at)
    {
        if (!Is(text, tokens, words[at], "you") || at == 0)
        {
            return false;
        }

        var verb = at + 1 < words.Length && Is(text, tokens, words[at + 1], "guys") ? at + 2 : at + 1;
        if (verb + 1 >= words.Length)
        {
            return false;
        }

        if (In(text, tokens, words[at - 1], ReportObjects))
        {
            return false;
        }

        // "the best meal you ever had", "the biggest fish you ever caught": a superlative or a head noun just before.
        for (var j = at - 1; j >= Math.Max(0, at - RelativeLookBack); j--)
        {
            if (In(text, tokens, words[j], RelativeHeads) || text.Slice(tokens[words[j]].Start, tokens[words[j]].Length).EndsWith("est", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return Is(text, tokens, words[verb], "ever") ||
               (In(text, tokens, words[verb], AuxlessVerbs) && (Is(text, tokens, words[verb + 1], "any") || Is(text, tokens, words[verb + 1], "much")));
    }

    /// <summary>Words of <see cref="QuestionPredicates"/> that wait for more ("is it still | the same", "is it going | the …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenPredicates = QuestionWords.Set(
        "still", "going", "supposed", "too", "very", "pretty", "any", "usually", "always", "really", "enough");

    /// <summary>Adverbs that end a clause: after a question ending in one, a new subject starts a statement ("… doing it though | that's …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalAdverbs = QuestionWords.Set(
        "though", "anyway", "anyways", "honestly");

    /// <summary>Common verbs in the third person that after "my" / "our" and a noun start a statement ("my wife loves it").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentVerbs = QuestionWords.Set(
        "loves", "likes", "goes", "thinks", "wants", "gets", "takes", "lives", "knows", "hates", "comes", "says", "works",
        "loved", "liked", "went", "thought", "wanted", "got", "took", "lived", "knew", "hated", "came", "said", "worked");

    /// <summary>Possessive pronouns that open a statement after a question ("… | mine are grown", "… | ours is a shepherd").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessivePronouns = QuestionWords.Set(
        "mine", "ours", "theirs", "hers");

    /// <summary>Last words of a question after which "my" / "the" still belongs to it ("is that", "was it", "or").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounStatementOpeners = QuestionWords.Set(
        "or", "and", "but", "nor", "yours", "mine", "than");

    /// <summary>
    /// Whether the question before <paramref name="at"/> ends where only an object could follow, which a subject pronoun
    /// cannot be: "you" after its auxiliary or a preposition ("how are you", "… to you"), or a stranded preposition after a
    /// wh-question's subject ("where are you camping in", "what's it for").
    /// </summary>
    private static bool EndsWithObjectSlot(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int at)
    {
        var last = at - 1;
        if (Is(text, tokens, words[last], "you") && last - 1 >= segmentStart)
        {
            return In(text, tokens, words[last - 1], QuestionAuxiliaries) || In(text, tokens, words[last - 1], Prepositions);
        }

        return In(text, tokens, words[last], StrandedPrepositions) && StartsWhQuestion(text, tokens, words, segmentStart, last);
    }

    /// <summary>Whether the sentence from <paramref name="segmentStart"/> opens (after markers) with a wh-word and has an auxiliary before <paramref name="end"/>.</summary>
    private static bool StartsWhQuestion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int end)
    {
        var start = segmentStart;
        while (start < end && In(text, tokens, words[start], QuestionWords.Markers))
        {
            start++;
        }

        if (start >= end || !In(text, tokens, words[start], QuestionWords.WhWords))
        {
            return false;
        }

        if (In(text, tokens, words[start], ContractedWh))
        {
            return true;
        }

        for (var j = start + 1; j < end; j++)
        {
            if (In(text, tokens, words[j], QuestionWords.Auxiliaries))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the copula at <paramref name="at"/> opens a yes/no question right after a finished clause, with no marker
    /// between ("it's just paperwork | is your husband working too", "we have three kids | is that about what you spend",
    /// "my son wouldn't eat anything green | is your oldest a boy"): "is"/"was" before "your", "that", "it" or "this",
    /// "are"/"were" before "your", "you" or "they", after a word that can end a clause (not one of
    /// <see cref="NoBoundaryBefore"/> nor a copular noun: "the problem is your …", "the trouble is they …"), and with a
    /// finite verb of the clause before it within <see cref="ClauseLookBack"/> words (an auxiliary, a contracted subject
    /// or a personal pronoun with a word after its verb) and no wh-word, complementizer or verb of saying or thinking
    /// after that verb ("i think the best one is your …"). A pronoun that a relative or cleft opens ("what we found is
    /// that …", "all you need is …", "the car we bought is …") has no word between its verb and the copula, so it is no
    /// finished clause. "is that"/"is it" must not go on with a new clause's subject ("… is that we …").
    /// </summary>
    private static bool CopulaAfterClause(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int at)
    {
        if (at - segmentStart < MinimumQuestionWords || at + 2 >= words.Length)
        {
            return false;
        }

        var singular = Is(text, tokens, words[at], "is") || Is(text, tokens, words[at], "was");
        var plural = Is(text, tokens, words[at], "are") || Is(text, tokens, words[at], "were");
        var subject = words[at + 1];
        var weak = In(text, tokens, subject, WeakSubjects);
        if (!((singular && (weak || In(text, tokens, subject, Possessives))) ||
              (plural && (In(text, tokens, subject, Possessives) || Is(text, tokens, subject, "you") || Is(text, tokens, subject, "they")))))
        {
            return false;
        }

        if (weak && (In(text, tokens, words[at + 2], SubjectPronouns) || In(text, tokens, words[at + 2], StatementSubjects) ||
                     In(text, tokens, words[at + 2], ClauseOpeners)))
        {
            return false;
        }

        // "the reality | is that import prices are …", "the down side | is that the margins are …": "that" (or "your") opens
        // a clause when a verb or a subject pronoun follows within a few words; not past a relative ("is that something
        // that you're tracking") or an alternative ("is that a new thing or …").
        if (Is(text, tokens, subject, "that") || Is(text, tokens, subject, "they") || In(text, tokens, subject, Possessives))
        {
            for (var j = at + 2; j < Math.Min(words.Length, at + 2 + ClauseLookAhead); j++)
            {
                if (In(text, tokens, words[j], RelativeStops))
                {
                    break;
                }

                if (In(text, tokens, words[j], QuestionWords.Auxiliaries) || In(text, tokens, words[j], StatementSubjects) ||
                    In(text, tokens, words[j], SubjectPronouns) || In(text, tokens, words[j], ContractedSubjects))
                {
                    return false;
                }
            }
        }

        // "is it | is it fair …", "than it | was this time last year": a restart, or a copula after its own subject.
        var before = words[at - 1];
        if (In(text, tokens, before, WeakSubjects) || (In(text, tokens, before, SubjectPronouns) && !PlaceAdverb(text, tokens, words, segmentStart, at - 1)) ||
            In(text, tokens, before, Possessives))
        {
            return false;
        }

        // "the oldest eats more than i do | is your husband …": a clause may end in its auxiliary after a pronoun.
        if (In(text, tokens, before, DoForms) || Is(text, tokens, before, "am"))
        {
            return at - 2 > segmentStart && In(text, tokens, words[at - 2], BareStatementSubjects) &&
                   !In(text, tokens, words[at - 3], CleftOpeners) && !In(text, tokens, words[at - 3], QuestionWords.WhWords);
        }

        if (In(text, tokens, before, NoBoundaryBefore) || In(text, tokens, before, CopularNouns) || In(text, tokens, before, QuestionWords.Markers))
        {
            return false;
        }

        for (var j = at - 2; j >= Math.Max(segmentStart, at - ClauseLookBack); j--)
        {
            // "the reason that we believe it will stick | is that …": a copular noun heads the subject, however long.
            if (In(text, tokens, words[j], QuestionWords.WhWords) || In(text, tokens, words[j], EmbeddingWords) || In(text, tokens, words[j], CopularNouns))
            {
                return false;
            }

            // "it's rotting in a couple of spots | is that …", not "what we're seeing is that …" (a cleft's subject).
            if (In(text, tokens, words[j], QuestionWords.Auxiliaries) || In(text, tokens, words[j], ContractedSubjects))
            {
                var opener = In(text, tokens, words[j], QuestionWords.Auxiliaries) && j > segmentStart &&
                             (In(text, tokens, words[j - 1], BareStatementSubjects) || In(text, tokens, words[j - 1], SubjectPronouns)) ? j - 1 : j;
                while (opener > segmentStart && In(text, tokens, words[opener - 1], RuleFillers))
                {
                    opener--; // "what uh i have observed | is that …": the cleft's "what" before a filler
                }

                return opener == segmentStart || (!In(text, tokens, words[opener - 1], CleftOpeners) && !In(text, tokens, words[opener - 1], QuestionWords.WhWords));
            }

            // "we bought an old farmhouse | is …", not "what we found is …": a word between the pronoun's verb and the copula.
            if (In(text, tokens, words[j], BareStatementSubjects))
            {
                var opener = j;
                while (opener > segmentStart && In(text, tokens, words[opener - 1], RuleFillers))
                {
                    opener--;
                }

                return j + 2 < at && (opener == segmentStart || !In(text, tokens, words[opener - 1], CleftOpeners));
            }
        }

        return false;
    }

    /// <summary>How many words after "is that" / "is your" <see cref="CopulaAfterClause"/> looks for a verb or subject that makes it a clause.</summary>
    private const int ClauseLookAhead = 4;

    /// <summary>Words after which a following verb belongs to a relative clause or an alternative, not to a clause after "is that".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeStops = QuestionWords.Set(
        "that", "which", "who", "where", "or", "and", "but", "what");

    /// <summary>How many words before a copula <see cref="CopulaAfterClause"/> looks for the finite verb of the clause before it.</summary>
    private const int ClauseLookBack = 10;

    /// <summary>Fillers between a cleft's "what" and its subject ("what uh i have observed is …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RuleFillers = QuestionWords.Set("uh", "um", "er", "eh", "umm", "uhm");

    /// <summary>Contracted subjects that hold the finite verb of a clause ("it's rotting", "i'm not real handy").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContractedSubjects = QuestionWords.Set(
        "i'm", "we're", "they're", "you're", "he's", "she's", "it's", "that's", "there's", "i've", "we've", "they've", "you've",
        "i'll", "we'll", "they'll", "he'll", "she'll", "i'd", "we'd", "they'd", "he'd", "she'd");

    /// <summary>Words after which the clause before a copula is embedded, not finished ("i think the best one is …", "if the weather is …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EmbeddingWords = QuestionWords.Set(
        "that", "if", "whether", "because", "cause", "'cause", "since", "when", "think", "guess", "know", "mean", "say", "said",
        "says", "believe", "figure", "figured", "sure", "feel", "felt", "hope", "suppose", "bet", "thought", "heard", "wonder",
        "like", "whatever", "whoever", "which", "who", "all", "thing", "things", "one", "ones", "stuff", "way");

    /// <summary>Words before a pronoun that make it open a relative or cleft ("what we found", "all you need", "the one he likes").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CleftOpeners = QuestionWords.Set(
        "what", "all", "thing", "things", "one", "ones", "stuff", "way", "something", "everything", "anything", "part", "place",
        "time", "reason", "only", "first", "last", "that", "which", "who");

    /// <summary>Words after "is that" / "is it" that open a clause, so the copula goes on a statement ("… is that if …", "… is it when …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = QuestionWords.Set(
        "if", "because", "cause", "when", "whenever", "how", "why", "where", "all", "there", "once", "since", "as", "is", "was",
        "doesn't", "don't", "didn't", "isn't", "wasn't", "can", "can't", "will", "won't", "would", "wouldn't", "should", "could",
        "has", "have", "had", "just", "not", "kind", "sort", "even", "though", "although", "while", "despite");

    /// <summary>
    /// Whether the wh-word at <paramref name="at"/> opens a wh-phrase of one to three more words followed by an inverted
    /// auxiliary and a subject: "what kind of car do you drive", "which one did you get", "what time does it open".
    /// Not "what i do is …" (a pronoun or a linking word inside the phrase).
    /// </summary>
    private static bool WhPhraseThenInversion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int at)
    {
        for (var j = at + 1; j <= at + 4 && j + 1 < words.Length; j++)
        {
            if (In(text, tokens, words[j], QuestionAuxiliaries))
            {
                return j > at + 1 && (In(text, tokens, words[j + 1], SubjectPronouns) || In(text, tokens, words[j + 1], Possessives)) && j + 2 < words.Length;
            }

            if (In(text, tokens, words[j], NotInWhPhrase) || In(text, tokens, words[j], QuestionWords.WhWords) || In(text, tokens, words[j], QuestionWords.Auxiliaries))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an auxiliary and subject at <paramref name="at"/> only restart the clause before them ("we all do we all
    /// go": the subject and the word after it said just before), or the subject is the filler "you
    /// know" after an auxiliary other than "do" ("the people that have you know kids").
    /// </summary>
    private static bool Restarts(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int boundary, int at, bool wh)
    {
        var subject = wh ? at + 2 : at + 1;
        var auxiliary = subject - 1;
        if (subject + 1 < words.Length && Is(text, tokens, words[subject], "you") && Is(text, tokens, words[subject + 1], "know") &&
            !In(text, tokens, words[auxiliary], DoForms))
        {
            return true;
        }

        for (var j = Math.Max(0, boundary - 3); j + 1 < boundary && subject + 1 < words.Length; j++)
        {
            if (Same(text, tokens, words[j], words[subject]) && Same(text, tokens, words[j + 1], words[subject + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence from <paramref name="segmentStart"/> to <paramref name="at"/> is a wh-question with its
    /// auxiliary, a personal subject and a verb after it ("how many kids do you have", "what kind of music do you like"):
    /// its verb's object is the wh-phrase, so a statement may start right after the verb.
    /// </summary>
    private static bool AsksWhObject(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int at)
    {
        var start = segmentStart;
        while (start < at && In(text, tokens, words[start], QuestionWords.Markers))
        {
            start++;
        }

        if (start >= at || !In(text, tokens, words[start], QuestionWords.WhWords))
        {
            return false;
        }

        for (var j = start + 1; j + 2 < at; j++)
        {
            if (In(text, tokens, words[j], QuestionAuxiliaries) && In(text, tokens, words[j + 1], PersonalSubjects))
            {
                return j + 3 == at;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the three words before <paramref name="at"/>, inside the sentence that started at
    /// <paramref name="segmentStart"/>, are a return question ("how about you", "what about yourself"), which is whole.
    /// </summary>
    private static bool EndsReturnQuestion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int segmentStart, int at) =>
        at - 3 >= segmentStart && In(text, tokens, words[at - 1], ReturnPronouns) && Is(text, tokens, words[at - 2], "about") &&
        (Is(text, tokens, words[at - 3], "how") || Is(text, tokens, words[at - 3], "what"));

    /// <summary>
    /// Whether the words from <paramref name="at"/> open a question so plainly that it may start after a word of
    /// <see cref="ClauseEnders"/>: a wh-word, an auxiliary and a personal subject ("where does she", "what do you"), or an
    /// auxiliary and a personal subject ("does he", "can you", "do your kids"; a copula only after a filler: "it seems like um |
    /// are they still doing that"), with a word after.
    /// </summary>
    private static bool OpensStrongly(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int at, bool wh, bool afterMarker) =>
        wh
            ? (at + 2 < words.Length && In(text, tokens, words[at + 1], QuestionAuxiliaries) && In(text, tokens, words[at + 2], PersonalSubjects) &&
               (at + 3 < words.Length || In(text, tokens, words[at + 1], Copulas))) ||
              (at + 4 < words.Length && Is(text, tokens, words[at], "how") && (In(text, tokens, words[at + 1], HowAdjectives) || In(text, tokens, words[at + 1], HowDegrees)) &&
               In(text, tokens, words[at + 2], QuestionAuxiliaries) && In(text, tokens, words[at + 3], SubjectPronouns))
            : at + 2 < words.Length && In(text, tokens, words[at], QuestionAuxiliaries) && (afterMarker || !In(text, tokens, words[at], Copulas)) &&
              In(text, tokens, words[at + 1], PersonalSubjects);

    /// <summary>Whether a wh-word without its auxiliary (not "how's", "what's") stands in words [<paramref name="from"/>, <paramref name="to"/>) with no subject pronoun after it.</summary>
    private static bool OpenWhBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int from, int to)
    {
        for (var j = to - 1; j >= from; j--)
        {
            if (In(text, tokens, words[j], SubjectPronouns))
            {
                return false;
            }

            if (In(text, tokens, words[j], QuestionWords.WhWords))
            {
                return !In(text, tokens, words[j], ContractedWh); // "how's your garden doing | do you …": it had its auxiliary
            }
        }

        return false;
    }

    /// <summary>Whether the words from <paramref name="at"/> (after markers) start a question: a wh-word with its auxiliary, or an auxiliary with a subject pronoun.</summary>
    private static bool StartsQuestion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int at)
    {
        while (at < words.Length - 1 && In(text, tokens, words[at], QuestionWords.Markers))
        {
            at++;
        }

        if (at + 2 >= words.Length)
        {
            return false;
        }

        return In(text, tokens, words[at], QuestionWords.WhWords)
            ? In(text, tokens, words[at + 1], QuestionWords.Auxiliaries) || (Is(text, tokens, words[at], "how") && In(text, tokens, words[at + 1], HowDegrees))
            : In(text, tokens, words[at], QuestionAuxiliaries) && In(text, tokens, words[at + 1], SubjectPronouns);
    }

    /// <summary>Whether the words from <paramref name="at"/> open a wh-question (after markers) that still waits for its auxiliary.</summary>
    private static bool OpensWhQuestion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> words, int at)
    {
        while (at < words.Length - 1 && In(text, tokens, words[at], QuestionWords.Markers))
        {
            at++;
        }

        // "how's it going | are you …": a contracted wh-word ("how's", "what's") has its auxiliary in it.
        return In(text, tokens, words[at], QuestionWords.WhWords) && !In(text, tokens, words[at], ContractedWh) &&
               !(at + 1 < words.Length && In(text, tokens, words[at + 1], QuestionWords.Auxiliaries));
    }

    private static bool In(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        var span = text.Slice(tokens[token].Start, tokens[token].Length);
        if (span.Length > 32)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[span.Length];
        TextTokenizer.Fold(span, buffer);
        return set.Contains(buffer);
    }

    private static bool Same(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int a, int b) =>
        text.Slice(tokens[a].Start, tokens[a].Length).Equals(text.Slice(tokens[b].Start, tokens[b].Length), StringComparison.OrdinalIgnoreCase);

    private static bool Is(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token, string expected)
    {
        var span = text.Slice(tokens[token].Start, tokens[token].Length);
        return span.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }
}
