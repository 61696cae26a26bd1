using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>Questions in the form of a statement: spoken cues ("… or not", "that was what, ten years ago", "… then"), "so you're …" checks, and yes/no questions that drop their auxiliary ("you ever been out there").</summary>
internal static class DeclarativeRules
{
    /// <summary>Words that embed a final "or not" in a clause ("if it works or not", "believe it or not").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Embedding = Set(
        "whether", "matter", "if", "believe", "sure", "know", "see", "depends", "determine", "wonder", "decide", "where", "what",
        "how", "tell", "check", "ask", "asked");

    /// <summary>Verbs of an unpunctuated "you … any" declarative question ("you have any kids", "you got any plans").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyVerbs = Set(
        "have", "got", "need", "want", "know", "own", "play", "see", "watch", "do");

    /// <summary>Words before a mid-sentence "what" that make it a spoken placeholder ("that was what, ten years ago?").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceholderWhatBefore = Set(
        "was", "is", "were", "are", "that's", "it's", "that", "be", "'s", "cost", "costs", "paid", "pay", "took", "takes",
        "about", "like");

    /// <summary>Words after a placeholder "what" that name an amount ("what ten years ago", "what about twenty bucks").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AmountWords = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "about", "maybe",
        "around", "half", "last", "several", "couple");

    /// <summary>First-person words that make what a sentence says the speaker's own ("we've got …", "my rent is …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPerson = Set(
        "i", "we", "i've", "we've", "i'm", "we're", "i'd", "we'd", "my", "our", "me", "us", "mine", "ours");

    /// <summary>Verbs after "I" or "we" that hedge rather than tell of the speaker ("I think the plant is, what, …?").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Hedges = Set(
        "think", "guess", "believe", "suppose", "assume", "mean", "understand", "heard", "hear", "know", "remember", "recall");

    /// <summary>Subjects right before a verb "like" ("we like it there?"), which is then no hedge.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LikeSubjects = Set(
        "i", "we", "they", "you", "people", "would", "i'd", "we'd", "don't", "didn't", "to", "kids", "folks");

    /// <summary>Hedges of a figure or a kind ("about six years", "kind of a fair"), as words that make a "?" an uncertain telling.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Approximations = Set(
        "roughly", "almost", "nearly", "kinda", "sorta", "approximately");

    /// <summary>Words before a figure that make it approximate ("about six years", "around forty minutes").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FigureHedges = Set("about", "around", "like", "maybe");

    /// <summary>Modals and "if" that make a "?" a proposal to weigh ("I would prefer two if possible?", "maybe we can compromise?").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProposalWords = Set(
        "would", "could", "can", "might", "may", "should", "will", "shall", "if", "i'd", "we'd", "i'll", "we'll", "wouldn't", "couldn't",
        "can't", "then", "maybe", "perhaps", "prefer", "want", "need", "get", "give", "take", "deal");

    /// <summary>Words that end a hedged telling after "or": "… or something?", "… or so?", "… or whatever?".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VagueEnds = Set("something", "so", "whatever", "anything");

    /// <summary>Determiners before "kind of" / "sort of" that make it a noun phrase ("any kind of drop", "what sort of cash"), no hedge.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KindDeterminers = Set(
        "any", "what", "which", "some", "the", "a", "this", "that", "every", "no", "one", "same", "different", "all", "these", "those");

    /// <summary>Last words that make a sentence a tag question ("… now is it?" aside, "… I'm talking about, right?").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TagEnds = Set(
        "right", "huh", "eh", "correct", "no", "yeah", "okay", "ok", "true");

    /// <summary>
    /// Whether a sentence written with "?" but in the form of a statement (no auxiliary or wh-word opens it) tells with a
    /// rising voice rather than asks: it names no listener ("you", "your"), asks no part ("where"), holds no inversion or
    /// tag ("… or do we wait?", "… now is it?", "…, right?"), offers no alternative ("Or overall sales?"), proposes
    /// nothing (no modal, "if", "maybe", "then", "get", "want": "I would prefer two if possible?", "so I get the
    /// firewood?" ask for agreement), offers no estimate to weigh ("I'd say, maybe twenty?", "I think it's about six?"),
    /// and hedges: "like" ("it's like two miles?"), "kind of", "… or something?", or an approximate figure ("about six
    /// years", "like every three weeks"). With <paramref name="needOwn"/> (no context to go on) it must also tell of the
    /// speaker (a first-person word: "we fill up like every three weeks?"); an answer to the other side's question needs
    /// only the hedge ("Oh, gosh, about six years now?"). "So you live out there?", "That was, what, ten years ago?" and
    /// "The one by the mall?" stay questions.
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The first word after the markers.</param>
    /// <param name="count">The number of words.</param>
    /// <param name="needOwn">Whether a first-person word is needed as well.</param>
    /// <returns><see langword="true"/> for a telling with a rising voice.</returns>
    internal static bool IsUptalk(ActWords words, int start, int count, bool needOwn)
    {
        if (count - start < 2 || words.In(start, Auxiliaries) || words.In(start, WhWords) || words.Is(0, "or") || words.In(count - 1, TagEnds))
        {
            return false;
        }

        var own = false;
        var hedge = false;
        for (var i = start; i < count; i++)
        {
            // "we'd see you there?", "we went where?", "… or do we wait more?", "I would prefer two if possible?": about the
            // listener, asking a part, an inversion, or a proposal.
            if (words.In(i, QuestionWordsListener) || words.In(i, WhWords) || words.In(i, ProposalWords) ||
                (i > start && i + 1 < count && words.In(i, Auxiliaries) && words.In(i + 1, RuleWords.EchoPronouns)))
            {
                return false;
            }

            // "I'd say, maybe twenty?", "I think it's about six?": an estimate offered for the listener to weigh.
            if (words.In(i, FirstPerson) && i + 1 < count && (words.In(i + 1, Hedges) || words.Is(i + 1, "say")))
            {
                return false;
            }

            own |= words.In(i, FirstPerson);
            hedge |=
                // "like" as a hedge ("it's like two miles?"), not a verb ("we like it?") nor a quote ("I was like, twenty dollars?").
                (words.Is(i, "like") && i > start && !words.In(i - 1, LikeSubjects) && !(i + 1 < count && words.BreakBefore(i + 1))) ||
                words.In(i, Approximations) ||
                ((words.Is(i, "kind") || words.Is(i, "sort")) && i + 1 < count && words.Is(i + 1, "of") && i > start && !words.In(i - 1, KindDeterminers)) ||
                (i == count - 1 && i > start && words.Is(i - 1, "or") && words.In(i, VagueEnds)) ||
                // "about six years", "like forty minutes", "about half an acre": an approximate figure ("the one by the mall?" names none).
                (i > start && words.In(i - 1, FigureHedges) && !words.BreakBefore(i) &&
                 ((ContextRules.IsNumber(words, i) && !words.Is(i, "one")) || words.Is(i, "half") || words.Is(i, "a") || words.Is(i, "an")));
        }

        return hedge && (own || !needOwn);
    }

    /// <summary>
    /// "We've got the cable, and there's, what, forty channels?": a "what" set off by commas in place of a figure the
    /// speaker gives of their own life — a first-person word before it, not a hedge ("I think …, what, 2.5%?" checks a
    /// figure with the listener, and so does "That was, what, ten years ago?") — estimates aloud and asks nothing.
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The first word after the markers.</param>
    /// <param name="count">The number of words.</param>
    /// <returns><see langword="true"/> for such an estimate.</returns>
    internal static bool IsOwnEstimate(ActWords words, int start, int count)
    {
        var what = PlaceholderWhat(words, start, count);
        return what >= 0 && IsOwnFigure(words, start, what);
    }

    /// <summary>
    /// Whether a sentence that answers the other side's question gives a figure with a placeholder "what" and names no
    /// listener before it ("How cold does it get?" / "Oh, it gets down to, what, sixty?"): the speaker estimates their
    /// own answer aloud, whoever the figure is about ("you're paying, what, fifty?" still checks the listener's figure).
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The first word after the markers.</param>
    /// <param name="count">The number of words.</param>
    /// <returns><see langword="true"/> for such an estimate.</returns>
    internal static bool IsEstimateInAnswer(ActWords words, int start, int count)
    {
        var what = PlaceholderWhat(words, start, count);
        if (what < 0)
        {
            return false;
        }

        for (var i = start; i < what; i++)
        {
            if (words.In(i, QuestionWordsListener))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The placeholder "what" set off by commas near the end ("…, what, sixty?"), not a wh-question begun again; -1 for none.</summary>
    private static int PlaceholderWhat(ActWords words, int start, int count)
    {
        var what = -1;
        for (var i = start + 2; i < count - 1; i++)
        {
            if (words.Is(i, "what") && words.BreakBefore(i) && words.BreakBefore(i + 1))
            {
                what = i;
                break;
            }
        }

        // "…, what, uh, would it bring?": a wh-question begun again, not a figure.
        var next = what + 1;
        while (next < count - 1 && words.In(next, RuleWords.Fillers))
        {
            next++;
        }

        return what >= 0 && count - what <= 6 && !words.In(next, Auxiliaries) ? what : -1;
    }

    /// <summary>Words that name the listener: a figure about them is theirs to confirm ("you're paying, what, fifty?").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionWordsListener = Set(
        "you", "your", "you're", "you've", "you'd", "you'll", "y'all", "yours");

    /// <summary>Verbs after "so you" in a declarative check ("So you have forty reps.", "So you use Salesforce.").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeclarativeVerbs = Set(
        "use", "are", "were", "used", "work", "worked", "run", "ran", "guys", "already", "still", "currently", "basically");

    /// <summary>Words after "so you're" that make it a statement about what the listener will do or see, not a check.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotDeclarativeCheck = Set(
        "can", "could", "will", "'ll", "just", "need", "should", "would", "might", "may", "going", "gonna", "get", "see",
        "click", "want", "go", "know", "guys", "too", "also", "must", "won't", "wouldn't", "don't", "shouldn't", "better",
        "only", "simply", "then", "basically", "ready", "welcome", "right", "seeing", "looking", "going", "beginning", "starting",
        "talking", "assuming", "facing", "understanding", "saying", "asking", "able", "really");

    /// <summary>Openers of a yes/no question without its auxiliary: "any chance you …", "anything else" (questions).</summary>
    internal static readonly string[][] AnyQuestions =
    [
        ["any", "chance"], ["any", "idea"], ["any", "ideas"], ["any", "thoughts"], ["any", "questions"], ["any", "luck"],
        ["any", "plans"], ["any", "kids"], ["any", "news"], ["any", "update"], ["any", "updates"], ["any", "other", "questions"],
        ["anything", "else"], ["any", "pets"], ["any", "concerns"], ["any", "preference"], ["any", "preferences"],
    ];

    /// <summary>Words ending in "ing" that are no verb after a dropped auxiliary ("you something …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IngNouns = Set(
        "nothing", "something", "anything", "everything", "being", "during", "morning", "evening", "thing", "things", "bring",
        "thinking", "king", "spring", "string", "wedding", "building", "meeting", "training", "feeling", "pricing", "marketing",
        "funding", "budgeting", "spending", "timing", "wording");

    /// <summary>
    /// A spoken declarative question with a cue in its words: a final "or not" / "or what" in a short sentence that does
    /// not embed it ("if it works or not"), a placeholder "what" before an amount ("that was what ten years ago"), or a
    /// final "then" after a clause about the listener ("you've got two of them then") that judges nothing ("you're the
    /// expert then" does).
    /// </summary>
    internal static bool IsDeclarativeCue(ActWords words, int start, int count)
    {
        // Not "either there are or not": "either" embeds the alternative too.
        if (count - start <= 10 && words.Is(count - 2, "or") && (words.Is(count - 1, "not") || words.Is(count - 1, "what")) &&
            words.Take(count - 2).IndexOfAny(start, Embedding) < 0 && words.Take(count - 2).IndexOfAny(start, Either) < 0)
        {
            return true;
        }

        for (var i = start + 1; i < count - 1; i++)
        {
            // Not "that's what one should expect": "one" before an auxiliary is a pronoun, the "what" a relative.
            if (words.Is(i, "what") && words.In(i - 1, PlaceholderWhatBefore) &&
                (words.In(i + 1, AmountWords) || words.StartsWithDigit(i + 1)) && !(i + 2 < count && words.In(i + 2, Auxiliaries)))
            {
                // "we've been here what fifteen years": a figure of the speaker's own life, estimated aloud (as
                // IsOwnEstimate decides with commas), asks nothing.
                return !IsOwnFigure(words, start, i);
            }
        }

        // "you're the expert then": a judgement of the listener drawn from what they said asks nothing to confirm.
        var listener = words.Is(start, "you") || words.Is(start, "you've") || words.Is(start, "you're") || words.Is(start, "y'all");
        return listener && count - start <= 10 && words.Is(count - 1, "then") && !words.Is(count - 2, "and") && !words.Is(count - 2, "since") &&
            !words.Is(count - 2, "by") && !words.Is(count - 2, "until") && !words.Is(count - 2, "back") && !words.Is(count - 2, "now") &&
            !NextTurnRules.IsAssessment(words, start);
    }

    /// <summary>Words that embed a final "or not" as the second half of an alternative ("either there are or not").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Either = Set("either");

    /// <summary>
    /// Whether the words before a placeholder "what" at <paramref name="what"/> tell of the speaker's own life: a
    /// first-person word not followed by a hedge ("we've had it what two years"; not "i think it was what ten years ago"),
    /// and no word naming the listener ("you've been there what twice").
    /// </summary>
    private static bool IsOwnFigure(ActWords words, int start, int what)
    {
        var own = false;
        for (var i = start; i < what; i++)
        {
            if (words.In(i, QuestionWordsListener) || (words.In(i, FirstPerson) && i + 1 < what && words.In(i + 1, Hedges)))
            {
                return false;
            }

            own |= words.In(i, FirstPerson);
        }

        return own;
    }

    /// <summary>
    /// A yes/no question without its auxiliary: "you" ("you guys", "y'all") then "ever", or one of <see cref="AnyVerbs"/>
    /// then "any" ("you have any kids", "you got any plans for the weekend"), or an -ing verb in a short sentence ("you
    /// doing okay", "you guys coming tonight"), or a bare "got any" ("got any kids") or "any chance" / "anything else"
    /// (<see cref="AnyQuestions"/>).
    /// </summary>
    internal static bool IsDroppedAuxiliary(ActWords words, int start, int count)
    {
        var at = start;
        if ((words.Is(at, "got") && at + 2 < count && words.Is(at + 1, "any")) || words.StartsWithAny(at, AnyQuestions))
        {
            return true;
        }

        if (words.Is(at, "you") && at + 1 < count && words.Is(at + 1, "guys"))
        {
            at += 2;
        }
        else if (words.Is(at, "you") || words.Is(at, "y'all"))
        {
            at++;
        }
        else
        {
            return false;
        }

        // "you doing okay", "you guys coming tonight": a short question that dropped "are".
        if (at < count && count - start <= 8 && words.EndsWithIng(at) && !words.In(at, IngNouns))
        {
            return true;
        }

        return at + 1 < count && (words.Is(at, "ever") || (words.In(at, AnyVerbs) && words.Is(at + 1, "any")));
    }

    /// <summary>
    /// After "so": a short check of what the speaker understood ("So you're on the older version.", "so you use
    /// Salesforce"), not a long "so you have …" explanation or what the listener will do ("so you can …").
    /// </summary>
    internal static bool IsSoYouCheck(ActWords words, int start) =>
        words.Count - start is >= 3 and <= 9 && (words.Is(start, "you're") || words.Is(start, "you've") ||
                                                 (words.Is(start, "you") && words.In(start + 1, DeclarativeVerbs))) &&
        !words.In(start + 1, NotDeclarativeCheck);
}
