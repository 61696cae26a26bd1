using SalesLint.Model;
using static SalesLint.Acts.RuleWords;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>Sentences that open with a wh-word: asked ("what's going on with …", "how do you …") or a clause that asks nothing (an adverbial "when the kids were little …", a relative "which is scary", a pseudo-cleft "what gets me is …").</summary>
internal static class WhRules
{
    /// <summary>Wh-words that open an adverbial clause when a subject follows without an auxiliary ("when the kids were little").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWh = Set("when", "where", "while", "whenever", "wherever", "how");

    /// <summary>Determiners after a clause-opening wh-word: "when the kids were little", "where my folks live".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "this", "these", "those", "his", "her", "your", "some", "all", "most", "every", "both", "each");

    /// <summary>Subjects without a determiner that open a clause after a wh-word ("when people say …", "where everybody parks").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareSubjects = Set(
        "people", "everybody", "everyone", "somebody", "someone", "nobody", "folks", "kids");

    /// <summary>Subject pronouns other than the listener that open a clause after a wh-word ("who he terrorizes", "how clean it is").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StatementSubjects = Set("i", "we", "they", "he", "she", "it", "that");

    /// <summary>Words after "the" in a wh-question rather than a clause ("where the heck are you").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Expletives = Set("heck", "hell", "dickens", "devil");

    /// <summary>Wh-words that open an adverbial clause with an -ing verb ("when comparing …", "while looking at …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IngClauseWh = Set("when", "while", "whenever");

    /// <summary>Words a sentence-initial relative "which" is followed by when it continues the last sentence ("Which is scary.").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeWhichNext = Set(
        "is", "was", "means", "meant", "makes", "made", "has", "had", "'s", "kind", "sort", "actually", "obviously",
        "again", "to", "by", "frankly", "honestly", "basically", "that", "also", "then", "i", "we", "they", "he", "she",
        "it", "nobody", "nobody's", "everybody", "everybody's", "everyone", "everyone's", "at", "in", "for",
        "leads", "led", "gives", "gave", "brings", "brought", "helps", "helped", "sounds", "seems", "seemed", "happens", "happened");

    /// <summary>Verbs after "what" that open a pseudo-cleft ("What gets me is …", "What happened was …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CleftVerbs = Set(
        "gets", "got", "happened", "happens", "matters", "mattered", "worries", "worried", "bothers", "bothered", "strikes",
        "struck", "surprised", "surprises", "helps", "helped", "drives", "drove", "concerns", "concerned", "interests",
        "excites", "scares", "scared", "frustrates", "frustrated", "kills", "killed", "amazes", "amazed", "annoys", "annoyed",
        "stood", "stands", "sticks", "stuck", "caught", "catches", "impressed", "impresses", "changed", "changes", "sold",
        "sells", "works", "worked", "counts", "counted", "comes", "came", "makes", "made", "keeps", "kept", "hurts", "hurt");

    /// <summary>A wh-word with its auxiliary contracted: "what's", "how's", "where're", "what'd".</summary>
    internal static bool IsWhContraction(ActWords words, int at) =>
        words.Is(at, "what's") || words.Is(at, "how's") || words.Is(at, "where's") || words.Is(at, "who's") || words.Is(at, "why's") ||
        words.Is(at, "when's") || words.Is(at, "what're") || words.Is(at, "how'd") || words.Is(at, "what'd") || words.Is(at, "where'd") ||
        words.Is(at, "how're");

    /// <summary>Whether a word is a regular past-tense verb ("surprised", "helped"): five letters at least, ending in "ed".</summary>
    private static bool IsPastForm(ActWords words, int at) =>
        words.Span(at).Length >= 5 && words.Span(at).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Decides a sentence that opens with a wh-word (after markers, at <paramref name="start"/>): without a question mark,
    /// a wh-word before a pronoun, an -ing verb or a determiner opens a clause ("what we do is …", "when comparing …", "when
    /// the kids were little …") and a relative "which" or a pseudo-cleft "what gets me is …" continues a statement; else it
    /// is asked.
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The wh-word.</param>
    /// <param name="count">The number of words.</param>
    /// <param name="questionMark">Whether the sentence ends in a question mark.</param>
    /// <param name="period">Whether the sentence ends in a full stop or an exclamation mark.</param>
    /// <returns>The decision.</returns>
    internal static ActDecision Classify(ActWords words, int start, int count, bool questionMark, bool period = false)
    {
        var hasSecond = start + 1 < count;
        // With a full stop, a wh-word before a subject and its verb in statement order is a clause or an exclamation, however
        // short: "Who he terrorizes.", "How clean it is.", "How lucky we were." ("What you doing." drops its auxiliary and
        // asks; "How come they left." asks).
        if (period && !IsWhContraction(words, start) &&
            ((count - start == 3 && words.In(start + 1, StatementSubjects)) ||
             (count - start >= 4 && words.Is(start, "how") && !words.In(start + 1, Auxiliaries) && !words.Is(start + 1, "come") &&
              !words.Is(start + 1, "about") && words.In(start + 2, StatementSubjects))))
        {
            return RuleDecisions.WhClause;
        }

        // "But who knows in twenty years.": with a full stop, "who knows" and whatever follows is the set exclamation.
        if (period && count - start > 2 && words.Is(start, "who") && words.Is(start + 1, "knows"))
        {
            return RuleDecisions.Rhetorical;
        }

        // "-- when there's all these dogs at the pound that need a home.", "Where there's smoke, there's fire.": an existential
        // "there" right after the wh-word is statement order (the question puts the verb first: "Where is there …?").
        if (period && count - start > 3 && words.In(start, ClauseWh) && (words.Is(start + 1, "there's") || words.Is(start + 1, "there") || words.Is(start + 1, "there're")))
        {
            return RuleDecisions.WhClause;
        }

        if (!questionMark && hasSecond && words.In(start + 1, Pronouns) && count - start > 3 && !IsWhContraction(words, start))
        {
            return RuleDecisions.WhClause;
        }

        // "when comparing like for like …": an adverbial clause with an -ing verb.
        if (!questionMark && count - start > 3 && words.In(start, IngClauseWh) && words.EndsWithIng(start + 1) && !words.In(start + 1, Auxiliaries))
        {
            return RuleDecisions.WhClause;
        }

        // "when the kids were little we …", "where my folks live": an adverbial clause, not a question ("what a day" exclaims).
        if (!questionMark && count - start > 3 &&
            ((words.In(start, ClauseWh) && (words.In(start + 1, Determiners) || words.In(start + 1, BareSubjects)) && !words.In(start + 2, Expletives)) ||
             (words.Is(start, "what") && (words.Is(start + 1, "a") || words.Is(start + 1, "an")))))
        {
            return RuleDecisions.WhClause;
        }

        // "Which isn't the same at all.", "Which surprised everybody.": with a full stop, "which" run straight into an
        // auxiliary or a past-tense verb goes on from the last sentence (a question would write "?": "Which is better?").
        if (period && hasSecond && words.Is(start, "which") && (words.In(start + 1, Auxiliaries) || IsPastForm(words, start + 1)))
        {
            return RuleDecisions.Relative;
        }

        // "Which, everybody hates that hill.", "Yeah, which, nobody's making that much.": a "which" set off by a comma
        // joins what follows to the last sentence (a question runs on: "Which one do you want?").
        if (!questionMark && hasSecond && words.Is(start, "which") && words.BreakBefore(start + 1))
        {
            return RuleDecisions.Relative;
        }

        if (!questionMark && hasSecond &&
            ((words.Is(start, "which") && words.In(start + 1, RelativeWhichNext)) ||
             (words.Is(start, "what") && words.In(start + 1, CleftVerbs) && words.IndexOfAny(start + 2, Copulas) > 0)))
        {
            return RuleDecisions.Relative;
        }

        // "what's going on with …", "how do you …": a wh-word with its auxiliary is asked, however the sentence goes on
        // (not "what's funny is …", a cleft).
        return questionMark ? RuleDecisions.WhOpenerMarked
            : (IsWhContraction(words, start) || (hasSecond && words.In(start + 1, Auxiliaries))) && !(words.Is(start, "what's") && words.IndexOfAny(start + 2, Copulas) > 0)
                ? RuleDecisions.WhOpenerInverted
            : RuleDecisions.WhOpener;
    }
}
