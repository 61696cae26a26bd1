using SalesLint.Model;
using static SalesLint.Acts.RhetoricalRules;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>
/// The decisions that need the same speaker's next sentence in the turn (<see cref="ActContext.FollowingTokens"/>): a
/// question the speaker answers themselves
/// ("Do I need it? No.", "Why would they? Because …", "Does she call? Only when she needs money.", "How much do you think
/// it was? Four thousand dollars.", "And who pays for that? We do.", "Where does the money go? Nobody can tell you.") is rhetorical; and a question followed by the next line of a
/// reported exchange ("And he goes, do you want it? And I said, no.") is quoted.
/// </summary>
internal static class FollowingSentenceRules
{
    /// <summary>Answers the speaker gives to their own question, as a whole sentence or set off by punctuation: "No.", "Of course not, …".</summary>
    internal static readonly string[][] SelfAnswers =
    [
        ["no"], ["nope"], ["yes"], ["of", "course"], ["of", "course", "not"], ["not", "really"], ["never"], ["nothing"],
        ["nobody"], ["no", "one"], ["no", "way"], ["heck", "no"], ["not", "at", "all"], ["absolutely", "not"], ["none"],
        ["who", "knows"], ["probably", "not"], ["definitely", "not"], ["not", "a", "chance"], ["i", "doubt", "it"], ["i", "don't", "think", "so"], ["heck", "yeah"], ["you", "bet"], ["absolutely"],
        ["not", "even", "close"], ["not", "anymore"], ["not", "much"], ["not", "a", "bit"], ["not", "by", "a", "long", "shot"],
        ["no", "sir"], ["no", "ma'am"], ["yes", "sir"], ["yes", "ma'am"], ["sure", "enough"], ["you", "better", "believe", "it"],
    ];

    /// <summary>Words that open the speaker's own reason for their question: "Because …", "'Cause …".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Reasons = Set("because", "'cause", "cause", "cuz");

    /// <summary>Determiners of a noun narrator in a quote frame: "my wife said, …", "the guy goes, …".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NarratorDeterminers = Set(
        "my", "his", "her", "our", "their", "the", "this");

    /// <summary>Whether a decision is a question the speaker's next sentence may show was not put to the listener.</summary>
    /// <param name="decision">The rules' decision on the sentence's words.</param>
    /// <returns><see langword="true"/> for a question other than one handed back ("And you?") or a request ("tell me about …").</returns>
    internal static bool MayGoOn(ActDecision decision) =>
        decision.Act == SentenceAct.Question && !ReferenceEquals(decision, RuleDecisions.ReturnQuestion) &&
        !ReferenceEquals(decision, RuleDecisions.InfoRequest);

    /// <summary>Decides a question the same speaker goes on from in the same turn.</summary>
    /// <param name="decision">The rules' decision (<see cref="MayGoOn"/>).</param>
    /// <param name="sentence">The sentence's words.</param>
    /// <param name="context">The context, with the same speaker's next sentence.</param>
    /// <returns><see cref="RuleDecisions.SelfAnswered"/> or
    /// <see cref="RuleDecisions.Quoted"/> when it asked the listener nothing, else <paramref name="decision"/>.</returns>
    internal static ActDecision InContext(ActDecision decision, ActWords sentence, ActContext context)
    {
        var following = context.FollowingTokens;
        var text = context.FollowingText;
        var take = Math.Min(following.Length, 24);
        var words = ActWords.Of(text, following[..take], stackalloc int[take]);
        if (words.Count == 0 || EndsInQuestionMark(text, following))
        {
            return decision;
        }

        var start = 0;
        while (start < sentence.Count - 1 && sentence.In(start, Markers))
        {
            start++;
        }

        if (IsSelfAnswer(words, following.Length <= take, sentence.Is(start, "why")))
        {
            return RuleDecisions.SelfAnswered;
        }

        // "And who pays for that? We do.", "Where does all that money go? Nobody can tell you.": a wh-question the speaker
        // answers at once, with the subject it asked for and a bare auxiliary, or with "nobody"/"nothing" and a clause.
        if (IsWh(decision) && following.Length <= take && (IsNobodyAnswer(words) || (IsWhoQuestion(sentence, start) && IsBareSubjectAnswer(words))))
        {
            return RuleDecisions.SelfAnswered;
        }

        // "What did we do? We stopped going out to eat.", "So what do I do the first time? I go straight to the top.": a
        // question about what the speaker themselves did or does, told at once in their own words, was a lead-in.
        if ((IsWh(decision) || IsYesNo(decision)) && IsOwnDoingAnswered(sentence, start, words))
        {
            return RuleDecisions.SelfAnswered;
        }

        // "Do I like scraping teeth all day? Not particularly.", "And does she call home? Only when she needs money.": a yes/no
        // question the speaker answers at once with a limit of their own.
        if (IsYesNo(decision) && words.In(0, LimitingOpeners) && words.Count >= 2)
        {
            return RuleDecisions.SelfAnswered;
        }

        // "And how much do you think it was? Four thousand dollars.", "And who do you think showed up? Her ex.": a quiz
        // question the speaker fills in at once with a bare phrase of their own (no verb, no one named) was a lead-in to
        // their telling, not put to the listener. Other wh-questions followed by a phrase ("What are the moving cash items?
        // Working capital, capex.") still ask.
        if (IsWh(decision) && IsQuiz(sentence, start) && following.Length <= take && IsBareFill(words) && !IsReasonForAsking(words) &&
            !BackchannelRules.IsGreeting(words) && !BackchannelRules.IsBackchannel(words))
        {
            return RuleDecisions.SelfAnswered;
        }

        if (IsQuoteFrame(words))
        {
            return RuleDecisions.Quoted;
        }

        // "You know what they need at the hospital? People to rock the babies.": "you know" run into a wh-clause announces
        // what the speaker goes on to say. Not "You know, what are the key issues?" (set off, it may still ask: earnings
        // calls) nor a bare "You know what?".
        if (IsYouKnowLeadIn(sentence, start) && !IsReasonForAsking(words))
        {
            return RuleDecisions.Rhetorical;
        }

        // "Who's going to hire somebody like that? He ended up back at his mother's.": a question about people in general
        // the speaker does not wait on; "What would they charge? Because …" or "… I'm just curious." still asks.
        return ReferenceEquals(decision, RuleDecisions.WhOpenerMarked) && GenericWhRules.IsGenericWh(sentence) && !IsReasonForAsking(words)
            ? RuleDecisions.Rhetorical
            : decision;
    }

    /// <summary>
    /// Whether a question opens (after markers, at <paramref name="start"/>) with "you know" run into a wh-clause of at
    /// least two more words: "You know what they need …?", "You know how long that took?".
    /// </summary>
    internal static bool IsYouKnowLeadIn(ActWords sentence, int start) =>
        start + 4 < sentence.Count && sentence.Is(start, "you") && sentence.Is(start + 1, "know") && sentence.In(start + 2, WhWords) &&
        !sentence.BreakBefore(start + 2);

    /// <summary>Openings of a sentence that says why the speaker asked or thanks for the answer to come: "Because …", "I'm just curious.", "I was wondering …", "Thanks.".</summary>
    internal static readonly string[][] ReasonsForAsking =
    [
        ["because"], ["'cause"], ["cause"], ["cuz"], ["i'm", "just", "curious"], ["just", "curious"], ["i'm", "curious"], ["i", "was", "wondering"],
        ["i've", "always", "wondered"], ["i", "always", "wondered"], ["i", "wonder"], ["i'm", "wondering"], ["thanks"], ["thank", "you"], ["i", "heard"],
        ["i", "was", "just", "wondering"], ["i'm", "just", "wondering"], ["i've", "been", "wondering"],
    ];

    private static bool IsReasonForAsking(ActWords words)
    {
        var start = 0;
        while (start < words.Count - 1 && (words.In(start, Markers) || words.In(start, RuleWords.Fillers)))
        {
            start++;
        }

        return words.StartsWithAny(start, ReasonsForAsking);
    }

    /// <summary>
    /// The speaker's own answer: a reason after a "why" question ("Why would they? Because they can."; after another
    /// question "because" gives the reason for asking: "How much will I get? Because I don't need much.") or one of <see cref="SelfAnswers"/> making up the sentence
    /// or set off by punctuation ("No.", "Of course not, they …"), after "well" or "oh".
    /// </summary>
    internal static bool IsSelfAnswer(ActWords words, bool whole, bool why)
    {
        var start = 0;
        while (start < words.Count - 1 && (words.Is(start, "well") || words.Is(start, "oh") || words.Is(start, "and")))
        {
            start++;
        }

        if (why && words.In(start, Reasons) && start + 1 < words.Count)
        {
            return true;
        }

        foreach (var answer in SelfAnswers)
        {
            if (start + answer.Length <= words.Count && words.StartsWith(start, answer) &&
                ((whole && start + answer.Length == words.Count) || (start + answer.Length < words.Count && words.PunctuationBefore(start + answer.Length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The next line of a reported exchange: after "and", "so" or "then", a narrator ("I", "she", "my wife", "the guy")
    /// and a reporting verb ("said", "goes", "told him") set off by a comma, or "I was like" / "she's like".
    /// </summary>
    internal static bool IsQuoteFrame(ActWords words)
    {
        var at = 0;
        while (at < words.Count - 1 && (words.Is(at, "and") || words.Is(at, "so") || words.Is(at, "then") || words.Is(at, "but")))
        {
            at++;
        }

        if (at + 2 < words.Count && words.In(at, BeFirstContracted) && words.Is(at + 1, "like"))
        {
            return true; // "and I'm like, …"
        }

        int verb;
        if (words.In(at, NarratingSubjects) && at + 1 < words.Count)
        {
            verb = at + 1;
        }
        else if (words.In(at, NarratorDeterminers) && at + 2 < words.Count)
        {
            verb = at + 2;
        }
        else
        {
            return false;
        }

        if (verb + 2 < words.Count && words.In(verb, BeFirst) && words.Is(verb + 1, "like"))
        {
            return true; // "and she was like, …"
        }

        var quote = verb + 1;
        if (!words.In(verb, NarratedVerbs) && !words.Is(verb, "told") && !words.Is(verb, "tells") && !words.Is(verb, "say"))
        {
            return false;
        }

        if (quote < words.Count && words.In(quote, ReportObjects))
        {
            quote++;
        }

        return quote < words.Count && words.BreakBefore(quote);
    }

    /// <summary>Personal and pointing pronouns, the subjects and objects of a clause.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalPronouns = Set(
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "y'all", "ya");

    /// <summary>Words of thanks or good wishes that close a question rather than fill it in ("Congrats on the quarter.", "Thanks, guys.").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Courtesies = Set(
        "thanks", "thank", "congrats", "congratulations", "appreciate", "appreciated", "please", "cheers", "welcome", "luck", "sorry");

    /// <summary>Words that make a phrase after a wh-question widen the question rather than answer it: "Like, for fun.", "For a living.", "Or a pickup.", "Your kids."</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WideningOpeners = Set(
        "like", "for", "or", "in", "as", "with", "about", "any", "anything", "your", "you", "yours", "i", "just", "generally", "roughly",
        "approximately", "ballpark", "more", "exactly", "specifically", "and", "if", "say");

    /// <summary>
    /// Whether a sentence is a bare phrase that fills in a wh-question: one to six words, none an auxiliary, a personal
    /// pronoun or a contraction (no clause: "Four thousand dollars.", "Same three old guys.", "The companies that want
    /// something."), not opening with a pointing word ("That's it.", "There you go."),
    /// not opening with a word that widens the question ("Like, for fun.", "For a living.", "Or a pickup.") and with no
    /// "or" (a choice offered to the listener).
    /// </summary>
    internal static bool IsBareFill(ActWords words)
    {
        var start = 0;
        while (start < words.Count - 1 && (words.Is(start, "oh") || words.Is(start, "well") || words.In(start, RuleWords.Fillers)))
        {
            start++;
        }

        // "That's the thing.", "There it is.", "This one.": a pointing word opens a clause or points back, and fills nothing in.
        if (words.Count - start is < 1 or > 6 || words.In(start, WideningOpeners) || words.Is(start, "that") || words.Is(start, "this") || words.Is(start, "there"))
        {
            return false;
        }

        for (var i = start; i < words.Count; i++)
        {
            if (words.In(i, Auxiliaries) || words.In(i, PersonalPronouns) || words.In(i, WhWords) || words.In(i, Courtesies) ||
                words.Is(i, "or") || words.Span(i).Contains('\''))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that open the speaker's own answer that nobody or nothing fits: "Nobody can tell you.", "No one does."</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NobodyOpeners = Set("nobody", "nothing", "none", "noone");

    /// <summary>
    /// Whether a sentence opens (after "well", "oh", "and") with "nobody", "no one", "nothing" or "none" and goes on as a
    /// clause ("Nobody can tell you.", "No one ever does.", "Nothing, as far as I can tell."): said right after the
    /// speaker's own wh-question, it answers it.
    /// </summary>
    internal static bool IsNobodyAnswer(ActWords words)
    {
        var start = 0;
        while (start < words.Count - 1 && (words.Is(start, "well") || words.Is(start, "oh") || words.Is(start, "and") || words.In(start, RuleWords.Fillers)))
        {
            start++;
        }

        return start + 1 < words.Count && (words.In(start, NobodyOpeners) || (words.Is(start, "no") && (words.Is(start + 1, "one") || words.Is(start + 1, "one's"))));
    }

    /// <summary>Whether a question opens (after markers, at <paramref name="start"/>) with "who", "who's", "who'll" or "who'd".</summary>
    private static bool IsWhoQuestion(ActWords sentence, int start) =>
        sentence.Is(start, "who") || sentence.Is(start, "who's") || sentence.Is(start, "who'll") || sentence.Is(start, "who'd");

    /// <summary>
    /// Whether a sentence is a subject and a bare auxiliary and nothing more ("We do.", "Our kids are.", "The taxpayer
    /// does.", "Nobody will."): the elliptical answer to a "who" question, two to four words, not "you" (handed back).
    /// </summary>
    internal static bool IsBareSubjectAnswer(ActWords words)
    {
        var start = 0;
        while (start < words.Count - 1 && (words.Is(start, "well") || words.Is(start, "oh") || words.In(start, RuleWords.Fillers)))
        {
            start++;
        }

        var count = words.Count - start;
        if (count is < 2 or > 4 || !words.In(words.Count - 1, Auxiliaries) || words.Is(start, "you") || words.In(start, Auxiliaries) || words.In(start, WhWords))
        {
            return false;
        }

        for (var i = start; i < words.Count - 1; i++)
        {
            if (words.In(i, Auxiliaries))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Auxiliaries of a question about what the speaker did or does ("what did we do", "do I go"): not the modals of advice sought ("what should I bring").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DoingAuxiliaries = Set("do", "did", "does", "am", "was", "were");

    /// <summary>The speaker as subject: "I" and its contractions.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstSingular = Set("i", "i'm", "i'd", "i've", "i'll");

    /// <summary>The speaker's side as subject: "we" and its contractions.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPlural = Set("we", "we're", "we'd", "we've", "we'll");

    /// <summary>
    /// Whether a question asks, with "do", "did" or a form of "be", about what the speaker ("I") or their side ("we") did or
    /// does, names no listener, and the next sentence goes on with the same subject and a verb: "What did we do? We stopped
    /// going out to eat.", "And what do I do the first time? I go straight to the top.", "Did I call them? I called them
    /// twice." Not "What should I bring? I have the tent." (advice sought), "What do I do? I don't know." (still wondering)
    /// nor "Do I need it? You tell me."
    /// </summary>
    internal static bool IsOwnDoingAnswered(ActWords sentence, int start, ActWords next)
    {
        // "And, you know, what do I do the first time?": "you know," calls for attention before the question.
        if (start + 2 < sentence.Count && sentence.Is(start, "you") && sentence.Is(start + 1, "know") && sentence.BreakBefore(start + 2))
        {
            start += 2;
        }

        var aux = sentence.In(start, WhWords) ? start + 1 : start;
        if (aux + 2 >= sentence.Count || !sentence.In(aux, DoingAuxiliaries))
        {
            return false;
        }

        var singular = sentence.In(aux + 1, FirstSingular);
        if (!singular && !sentence.In(aux + 1, FirstPlural))
        {
            return false;
        }

        for (var i = aux; i < sentence.Count; i++)
        {
            if (sentence.In(i, QuoteFrameRules.ListenerWords))
            {
                return false;
            }
        }

        var s = 0;
        while (s < next.Count - 1 && (next.Is(s, "well") || next.Is(s, "oh") || next.Is(s, "so") || next.Is(s, "and") || next.Is(s, "then") || next.In(s, RuleWords.Fillers)))
        {
            s++;
        }

        return next.Count - s >= 2 && next.In(s, singular ? FirstSingular : FirstPlural) && !next.In(s + 1, Wondering);
    }

    /// <summary>Words after "I" that go on wondering or hedging rather than answering ("I don't know", "I mean, …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Wondering = Set(
        "mean", "guess", "think", "don't", "dunno", "wonder", "can't", "suppose", "bet", "have", "need", "want", "wanna", "was", "were", "just");

    /// <summary>Words that open an answer by limiting it: "Not particularly.", "Never once.", "Only on Sundays.", "Hardly ever.".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LimitingOpeners = Set("not", "never", "only", "hardly", "rarely", "seldom");

    /// <summary>A quiz question put in a telling: a wh-word with "you think" ("how much do you think it was?", "who do you think …").</summary>
    private static bool IsQuiz(ActWords sentence, int start)
    {
        for (var i = start + 1; i + 1 < sentence.Count && i <= start + 6; i++)
        {
            if (sentence.Is(i, "you") && sentence.Is(i + 1, "think"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYesNo(ActDecision decision) =>
        ReferenceEquals(decision, RuleDecisions.Aux) || ReferenceEquals(decision, RuleDecisions.AuxMarked);

    private static bool IsWh(ActDecision decision) =>
        ReferenceEquals(decision, RuleDecisions.WhOpener) || ReferenceEquals(decision, RuleDecisions.WhOpenerMarked) ||
        ReferenceEquals(decision, RuleDecisions.WhOpenerInverted);

    private static bool EndsInQuestionMark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        for (var i = tokens.Length - 1; i >= 0 && tokens[i].Kind == TokenKind.Punctuation; i--)
        {
            if (text[tokens[i].Start] == '?')
            {
                return true;
            }
        }

        return false;
    }
}
