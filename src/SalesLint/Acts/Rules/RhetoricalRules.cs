using static SalesLint.Acts.RuleWords;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>Question forms that ask the listener nothing: set rhetorical questions ("who knows?", "wouldn't that be nice"), an attention-calling "do you know, I never …" and questions inside reported speech ("she's like, what …").</summary>
internal static class RhetoricalRules
{
    /// <summary>Rhetorical questions that make up the whole sentence (after markers): "Who knows?" (statements).</summary>
    internal static readonly string[][] RhetoricalWhole =
    [
        ["who", "knows"], ["who", "cares"], ["how", "about", "that"], ["what", "do", "you", "call", "it"],
        ["what", "do", "you", "call", "them"], ["what", "do", "you", "call", "that"], ["what", "do", "you", "call", "those"], ["what", "can", "you", "do"], ["what", "can", "i", "say"], ["what", "else", "is", "new"],
        ["what", "can", "we", "do"], ["what", "are", "you", "going", "to", "do"], ["what", "are", "you", "gonna", "do"],
        ["what", "can", "you", "say"], ["how", "can", "you", "argue", "with", "that"], ["go", "figure"], ["who", "would've", "thought"],
        ["who", "would", "have", "thought"], ["what", "do", "you", "know"], ["how", "cool", "is", "that"],
        ["you", "know", "what", "i", "mean"], ["know", "what", "i", "mean"], ["you", "know", "what", "i'm", "saying"],
        ["know", "what", "i'm", "saying"], ["you", "know", "what", "i'm", "talking", "about"], ["what", "can", "you", "do", "about", "it"],
        ["what", "did", "you", "expect"], ["what", "do", "you", "expect"], ["why", "bother"], ["what's", "the", "point"],
        ["what's", "the", "use"], ["what's", "the", "big", "deal"], ["who's", "to", "say"], ["what", "else", "can", "you", "do"],
        ["what", "else", "could", "you", "do"], ["what", "choice", "do", "you", "have"], ["what", "choice", "do", "we", "have"],
        ["how", "crazy", "is", "that"], ["how", "sad", "is", "that"], ["how", "weird", "is", "that"], ["how", "funny", "is", "that"],
        ["how", "dumb", "is", "that"], ["how", "stupid", "is", "that"], ["how", "great", "is", "that"], ["how", "ironic", "is", "that"],
        ["who", "knew"], ["who'd", "have", "thought"], ["who'd've", "thought"], ["what", "was", "i", "thinking"],
        ["what", "were", "they", "thinking"], ["what", "were", "we", "thinking"], ["what", "was", "he", "thinking"],
        ["what", "was", "she", "thinking"], ["who", "does", "that"], ["what", "do", "i", "know"], ["how", "should", "i", "know"],
        ["how", "would", "i", "know"], ["what's", "not", "to", "like"], ["what's", "not", "to", "love"], ["can", "you", "imagine"],
        ["can", "you", "imagine", "that"], ["can", "you", "believe", "it"], ["can", "you", "believe", "that"],
        ["would", "you", "believe", "it"], ["what", "else", "would", "you", "do"], ["what", "difference", "does", "it", "make"],
        ["what's", "the", "difference"], ["where", "was", "i"], ["what", "was", "i", "saying"], ["what", "more", "do", "you", "want"],
        ["doesn't", "everybody"], ["doesn't", "everyone"], ["didn't", "everybody"], ["didn't", "everyone"], ["don't", "they", "all"],
        ["didn't", "they", "all"], ["aren't", "they", "all"], ["aren't", "we", "all"], ["isn't", "everybody"], ["isn't", "everyone"],
        ["wasn't", "everybody"], ["wasn't", "everyone"], ["hasn't", "everybody"], ["hasn't", "everyone"], ["wouldn't", "everybody"],
        ["wouldn't", "everyone"], ["haven't", "they", "all"], ["what", "else", "could", "he", "do"], ["what", "else", "could", "she", "do"],
        ["what", "else", "could", "they", "do"], ["what", "else", "can", "he", "do"], ["what", "else", "can", "she", "do"], ["what", "else", "can", "they", "do"],
        ["what", "else", "would", "they", "do"], ["what", "else", "are", "you", "going", "to", "do"], ["what", "else", "are", "you", "gonna", "do"],
    ];

    /// <summary>Openers of rhetorical questions: "Who doesn't want …", "Guess what, …", "How hard can it be" (statements).</summary>
    internal static readonly string[][] RhetoricalOpeners =
    [
        ["who", "doesn't"], ["who", "wouldn't"], ["who", "isn't"], ["guess", "what"], ["how", "hard", "can", "it", "be"],
        ["how", "hard", "could", "it", "be"], ["what", "are", "the", "odds"], ["who", "has", "time"], ["who", "has", "the", "time"],
        ["who", "can", "afford"], ["how", "can", "you", "beat"],
        ["wouldn't", "that", "be", "nice"], ["wouldn't", "it", "be", "nice"], ["wouldn't", "that", "be", "great"],
        ["wouldn't", "it", "be", "great"], ["wouldn't", "that", "be", "something"], ["didn't", "we", "all"], ["don't", "we", "all"],
        ["haven't", "we", "all"], ["what", "are", "you", "supposed", "to", "do"], ["what", "is", "a", "person", "supposed", "to", "do"],
        ["who's", "checking"], ["isn't", "that", "the", "truth"], ["ain't", "that", "the", "truth"], ["isn't", "that", "something"],
        ["why", "would", "anybody"], ["why", "would", "anyone"], ["how", "could", "anybody"], ["how", "could", "anyone"],
        ["how", "can", "anybody"], ["how", "can", "anyone"], ["who", "in", "their", "right", "mind"], ["who", "needs"],
        ["what", "more", "can", "you", "ask"], ["what", "more", "could", "you", "ask"], ["what's", "the", "point", "of"],
        ["why", "does", "it", "have", "to"], ["why", "do", "they", "have", "to"], ["why", "does", "everything", "have", "to"],
        ["why", "do", "people", "have", "to"], ["why", "does", "it", "always"], ["why", "do", "they", "always"],
        ["why", "do", "people", "always"], ["why", "can't", "they", "just"], ["why", "can't", "people", "just"],
        ["how", "are", "you", "supposed", "to"], ["how", "are", "we", "supposed", "to"], ["how", "is", "anybody", "supposed", "to"],
        ["how", "is", "anyone", "supposed", "to"], ["how", "is", "a", "person", "supposed", "to"], ["what", "are", "we", "supposed", "to", "do"],
        ["who", "would", "want", "to"], ["who'd", "want", "to"], ["who", "can", "blame"], ["who", "could", "blame"],
        ["can", "you", "blame"], ["how", "many", "times", "do", "i", "have", "to"], ["what", "is", "this", "world", "coming", "to"],
        ["what's", "the", "world", "coming", "to"], ["what's", "this", "world", "coming", "to"], ["what", "is", "the", "world", "coming", "to"],
        ["where", "do", "you", "even", "start"], ["where", "do", "i", "begin"], ["where", "do", "you", "begin"], ["who", "am", "i", "to"],
        ["what", "good", "would", "it", "do"], ["what", "good", "does", "it", "do"], ["who", "cares"],
        ["who", "knows", "what"], ["who", "knows", "why"], ["who", "knows", "how"], ["who", "knows", "if"], ["who", "knows", "whether"],
        ["who", "knows", "where"], ["who", "knows", "when"], ["who", "knows", "who"],
    ];

    /// <summary>Judging adjectives of an exclamation in question form: "how sad is that", "isn't that awful".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExclaimedAdjectives = Set(
        "crazy", "sad", "weird", "funny", "dumb", "stupid", "great", "ironic", "amazing", "awful", "terrible", "horrible",
        "ridiculous", "wild", "strange", "neat", "nice", "wonderful", "cute", "scary", "silly", "insane", "lucky", "rude",
        "sick", "unbelievable", "incredible", "cool", "something", "awesome", "pathetic", "sweet", "interesting", "exciting",
        "lovely", "fascinating", "frightening", "tragic", "odd", "embarrassing", "frustrating", "depressing", "fun");

    /// <summary>Negative copulas of an exclamation in question form ("isn't that awful", "wasn't that something").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExclaimingCopulas = Set("isn't", "wasn't", "ain't");

    /// <summary>The first words of every rhetorical shape, so a sentence opening otherwise is passed with one look-up.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords = Set(
        [.. RhetoricalWhole.Select(p => p[0]), .. RhetoricalOpeners.Select(p => p[0]), "do", "how", "isn't", "wasn't", "ain't", "why"]);

    /// <summary>Subjects that open a clause after an attention-calling "do you know" ("do you know I never …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseSubjects = Set(
        "i", "we", "he", "she", "they", "i've", "i'm", "we've", "we're", "they're", "he's", "she's", "i'd", "i'll", "there's");

    /// <summary>Verbs that report speech right before a quoted question ("she's like, what …", "my boss goes, why …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteVerbs = Set(
        "like", "goes", "go", "went", "said", "says", "asked", "asks", "asking", "thought", "yelled", "yells",
        "wrote", "writes", "told", "tells", "screamed", "hollered", "hollers", "shouted", "shouts");

    /// <summary>Interjections between a reporting verb and the quoted question ("he says, well, what …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteFillers = Set(
        "well", "oh", "um", "uh", "hey", "listen", "look", "ma'am", "sir", "honey", "hon", "mom", "dad", "man", "dude", "lady",
        "buddy", "gee", "boy", "yeah", "no", "okay", "so", "now", "wow", "geez", "jeez", "gosh", "son", "sweetie", "dear", "mister");

    /// <summary>Forms of "be" before "like" in a quote frame ("I was like", "she's like").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Set(
        "is", "was", "were", "are", "am", "i'm", "he's", "she's", "they're", "we're", "you're", "it's", "everyone's",
        "everybody's", "'s", "be", "being", "just", "kinda", "kind", "all");

    /// <summary>Subjects and modals before "say" that report expected speech ("he'll say, why …", "they'd say, what …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SayModals = Set(
        "he'll", "she'll", "they'll", "he'd", "she'd", "they'd", "i'll", "i'd", "we'd", "would", "will", "people");

    /// <summary>Words in "'s" before "like" that name no one quoted ("that's like, what, twenty dollars?").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNarrators = Set(
        "that's", "what's", "there's", "here's", "who's", "where's", "how's", "it's", "let's");

    /// <summary>Subjects that report what others keep asking ("people ask, …", "they always ask, …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AskingSubjects = Set(
        "people", "they", "everybody", "everyone", "folks", "kids", "customers");

    /// <summary>Reflexive objects of inner speech: "I asked myself, …", "you think to yourself, …".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Reflexives = Set(
        "myself", "yourself", "himself", "herself", "ourselves", "themselves", "yourselves");

    /// <summary>Verbs of inner speech before a reflexive object ("ask yourself", "said to myself", "thinking to herself").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InnerSpeechVerbs = Set(
        "ask", "asked", "asks", "asking", "say", "said", "says", "saying", "think", "thought", "thinks", "thinking", "tell",
        "told", "tells", "telling", "wonder", "wondered", "wondering", "go", "goes", "went");

    /// <summary>Objects after a reporting verb ("he asked me, …", "I told him, …", "I said to myself, …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportObjects = Set(
        "me", "him", "her", "us", "them", "you", "everyone", "everybody", "myself", "himself", "herself", "themselves", "ourselves");

    /// <summary>
    /// "Do you know, I never thought of that": "do you know" calling for attention before a clause with its
    /// own subject, not asking whether the listener knows something ("do you know if …", "do you know him").
    /// </summary>
    internal static bool IsAttentionDoYouKnow(ActWords words, int start, int count)
    {
        var at = start + 1;
        return at + 3 < count && words.Is(start, "do") && words.Is(at, "you") && words.Is(at + 1, "know") &&
            words.In(at + 2, ClauseSubjects) && !words.In(at + 3, Auxiliaries);
    }

    /// <summary>
    /// A question inside reported speech: a reporting frame ("she's like", "my boss goes", "he asked me") right before a
    /// question opener, after the sentence's own subject.
    /// </summary>
    internal static bool IsQuoted(ActWords words, int start, bool questionMark = false)
    {
        for (var q = start + 2; q < words.Count && q <= start + 12; q++)
        {
            if (q == words.Count - 1 && !(questionMark && words.In(q, WhWords)))
            {
                continue; // a one-word quote only as "and I said, why?"
            }

            // The quote opens with a question word, or, with a "?", anything after a break ("and he goes, you want fries with that?").
            if (!IsQuestionStart(words, q))
            {
                if (questionMark && q + 2 < words.Count && !words.StartsWithDigit(q) && words.BreakBefore(q) && IsNarratedFrame(words, start, q))
                {
                    return true;
                }

                continue;
            }

            var verb = q - 1;
            while (verb - 1 > start && words.In(verb, QuoteFillers))
            {
                verb--; // "and he says, well, what difference does it make", "she goes, no, honey, why …"
            }

            // "I asked myself, why …", "you say to yourself, is it worth it": inner speech, whoever the subject.
            if (words.In(verb, Reflexives) && verb - 1 > start &&
                (words.In(verb - 1, InnerSpeechVerbs) || (words.Is(verb - 1, "to") && verb - 2 > start && words.In(verb - 2, InnerSpeechVerbs))))
            {
                return true;
            }

            // "they ask you, do you want …", "people always ask me, …": what others keep asking.
            if (words.In(verb, ReportObjects) && verb - 2 >= start && words.Is(verb - 1, "ask") &&
                (words.In(verb - 2, AskingSubjects) || (words.Is(verb - 2, "always") && verb - 3 >= start && words.In(verb - 3, AskingSubjects))))
            {
                return true;
            }

            if (words.In(verb, ReportObjects) && verb - 1 > start && words.In(verb - 1, QuoteVerbs) && !words.Is(verb - 1, "like"))
            {
                verb--;
            }
            else if (words.In(verb, ReportObjects) && verb - 2 > start && words.Is(verb - 1, "to") && words.In(verb - 2, QuoteVerbs) && !words.Is(verb - 2, "like"))
            {
                verb -= 2; // "and I said to him, what …", "I thought to myself, why …"
            }

            // "he'll say, why …", "they'd say, what …", "my wife'll say, …", "my mother used to say, …": speech the speaker
            // expects someone to report, or someone's habit.
            if (words.Is(verb, "say"))
            {
                var before = words.Span(verb - 1);
                if (words.In(verb - 1, SayModals) || before.EndsWith("'ll") || before.EndsWith("'d") ||
                    (words.Is(verb - 1, "to") && words.Is(verb - 2, "used")) || (words.Is(verb - 1, "always") && verb - 2 > start && words.In(verb - 2, SayModals)))
                {
                    return true;
                }

                continue;
            }

            // "people always ask, what …", "they ask me, …": what others keep asking (not "let me ask, …").
            if (words.Is(verb, "ask") && (words.In(verb - 1, AskingSubjects) || (words.Is(verb - 1, "always") && words.In(verb - 2, AskingSubjects))))
            {
                return true;
            }

            if (!words.In(verb, QuoteVerbs))
            {
                continue;
            }

            if (words.Is(verb, "like"))
            {
                return words.In(verb - 1, BeForms) || (words.Span(verb - 1).EndsWith("'s") && !words.In(verb - 1, NotNarrators)); // "my husband's like, …"
            }

            // "You said, how many locations …": the listener's own words, put back to ask them; "That said, are you …": an idiom.
            if (words.Is(verb - 1, "you") || words.Is(verb - 1, "you've") || words.Is(verb - 1, "that"))
            {
                continue;
            }

            // "I'm asking, do you …" asks the listener; "they keep asking, when …" reports.
            return !(words.Is(verb, "asking") && (words.Is(verb - 1, "i'm") || words.Is(verb - 1, "am")));
        }

        return false;
    }

    /// <summary>
    /// A narrated speech frame right before a break, for a quote that asks in declarative form ("and he goes, you want
    /// the warranty?", "she was like, you're moving?"): a third-person or first-person pronoun then "says", "said", "goes",
    /// "went", "asked", "asks" or a form of "be" and "like", after the sentence's markers only.
    /// </summary>
    internal static bool IsNarratedFrame(ActWords words, int start, int quote)
    {
        var verb = quote - 1;
        while (verb - 1 > start && words.In(verb, QuoteFillers))
        {
            verb--;
        }

        if (words.Is(verb, "like"))
        {
            verb--;
            return words.In(verb, BeFirstContracted) ? verb == start : words.In(verb, BeFirst) && verb == start + 1 && words.In(start, NarratingSubjects);
        }

        // "he says, …", or a narrator named with a determiner: "my wife goes, you want …?", "the guy said, …".
        return words.In(verb, NarratedVerbs) &&
            ((verb == start + 1 && words.In(start, NarratingSubjects)) || (verb == start + 2 && words.In(start, FollowingSentenceRules.NarratorDeterminers)));
    }

    /// <summary>Subjects of a narrated quote frame: "he says", "I was like".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NarratingSubjects = Set("i", "he", "she", "they", "we");

    /// <summary>Reporting verbs of a narrated quote frame: "he says", "she goes".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NarratedVerbs = Set("says", "said", "goes", "went", "asked", "asks");

    /// <summary>Forms of "be" after a subject before "like": "I was like".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeFirst = Set("was", "were", "is");

    /// <summary>Contracted subject and "be" before "like": "I'm like", "she's like".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeFirstContracted = Set("i'm", "he's", "she's", "they're", "we're");

    /// <summary>A rhetorical question: a set one making up the sentence ("who knows"), a set opener ("who doesn't …", "wouldn't that be nice") or an attention-calling "do you know, I never …".</summary>
    internal static bool IsRhetorical(ActWords words, int start, int count) =>
        words.In(start, FirstWords) && ((count - start <= 7 && words.EqualsAt(start, count - start, RhetoricalWhole)) || words.StartsWithAny(start, RhetoricalOpeners) ||
        IsAttentionDoYouKnow(words, start, count) || IsExclamation(words, start, count) || IsSetPhraseGoingOn(words, start, count) || IsWhyInfinitive(words, start, count));

    /// <summary>
    /// A whole-sentence rhetorical question (<see cref="RhetoricalWhole"/>) set off by a comma before the speaker goes on in
    /// the same sentence: "And what can you do, you can't shoot 'em in town.", "Who knows, maybe they'll fix it.".
    /// </summary>
    internal static bool IsSetPhraseGoingOn(ActWords words, int start, int count)
    {
        foreach (var phrase in RhetoricalWhole)
        {
            var end = start + phrase.Length;
            if (end + 1 < count && words.StartsWith(start, phrase) && words.BreakBefore(end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs after "why" that make a "why" with no subject ask whether to do it at all: "Why pay …?", "Why bother …?".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhyVerbs = Set(
        "bother", "waste", "worry", "risk", "complain", "argue", "fight", "wait", "throw", "fuss", "mess", "rush", "pretend",
        "settle", "ruin", "spoil", "lie", "hide", "stress", "fret", "sweat", "cry", "pay", "spend", "fix", "rent", "sell");

    /// <summary>
    /// "Why" and a bare verb with no subject: "Why pay a car note if you don't have to?", "Why bother fixing it?" — the speaker
    /// argues it need not be done; the listener is asked nothing ("Why not?", "Why Texas?", "Why did you go?" ask).
    /// </summary>
    internal static bool IsWhyInfinitive(ActWords words, int start, int count) =>
        count - start >= 2 && words.Is(start, "why") && words.In(start + 1, WhyVerbs);

    /// <summary>
    /// An exclamation in question form: "how sad is that", "how lucky was that" (the whole sentence), "isn't that awful",
    /// "wasn't it something", "isn't it amazing how …" (an opener) — a judging adjective, not a measure ("how long is that");
    /// or "how" and a judging adjective alone ("Oh, how nice.", "How awful."), which reacts and asks nothing.
    /// </summary>
    internal static bool IsExclamation(ActWords words, int start, int count) =>
        (count - start == 2 && words.Is(start, "how") && words.In(start + 1, ExclaimedAdjectives)) ||
        (count - start == 4 && words.Is(start, "how") && words.In(start + 1, ExclaimedAdjectives) && (words.Is(start + 2, "is") || words.Is(start + 2, "was")) &&
            (words.Is(start + 3, "that") || words.Is(start + 3, "it"))) ||
        (count - start >= 3 && words.In(start, ExclaimingCopulas) && (words.Is(start + 1, "that") || words.Is(start + 1, "it")) &&
            (words.In(start + 2, ExclaimedAdjectives) || (count - start >= 4 && (words.Is(start + 2, "so") || words.Is(start + 2, "just")) && words.In(start + 3, ExclaimedAdjectives))));
}
