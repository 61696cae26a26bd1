using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Acts;

/// <summary>
/// Decides whether a sentence is a question, a statement or something else from its words, not from the
/// question mark alone, so that speech-recognition output with missing or wrong punctuation still works.
/// </summary>
/// <remarks>
/// Signals, in order: "how about you?", "and you?" are questions; backchannels ("mm-hmm", "is that right?", "do you?",
/// "oh, yeah?") are <see cref="SentenceAct.Backchannel"/>; greetings and bare answers ("how are you?", "yes") and repair
/// requests ("pardon?", "what?", a lone "Dallas?") and utterances broken off ("so do you, uh,") are <see cref="SentenceAct.Other"/>;
/// a "…, you know." tail is ignored; leading discourse markers ("so", "okay", "and") are skipped; a wh-opener ("what", "how", …) is a question unless a
/// subject follows without a question mark ("what we do is…"); an auxiliary followed by a subject ("do you",
/// "could we", "is there") is a question; requests for information ("tell me about", "walk me through") are
/// questions; relative and pseudo-cleft openers ("which is scary", "what gets me is") without a question mark, questions
/// inside reported speech ("she's like, what are you digging for?") and set rhetorical questions ("who knows?") are
/// statements; tag questions ("…, right?", "…, isn't it") and "so you're …" declarative questions are questions with lower
/// confidence; the speaker's own hedged telling with "?" ("we fill up like every three weeks?") is a statement (uptalk);
/// a final question mark is a question; fragments of one or two words are other; everything else is a
/// statement.
/// This class only orders the signals; each concern lives in <c>Acts/Rules/</c>: <see cref="BackchannelRules"/>,
/// <see cref="TagRules"/>, <see cref="WhRules"/>, <see cref="DeclarativeRules"/>, <see cref="RhetoricalRules"/>,
/// <see cref="ContextRules"/> (what the sentence follows), <see cref="UnpunctuatedRules"/> (shapes only text without
/// punctuation needs: "are you a hiker or", "huh is he moving", "what was it eleven dollars"), the shared <see cref="RuleWords"/>, the words of a sentence
/// (<see cref="ActWords"/>) and the decisions (<see cref="RuleDecisions"/>).
/// </remarks>
internal static class RuleBasedActClassifier
{
    /// <summary>The <see cref="ActDecision.Source"/> of this classifier.</summary>
    public const string SourceName = "rules";

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

    /// <summary>
    /// Classifies one sentence with what it follows (see <see cref="ActContext"/>): in a turn that opens right after the
    /// other side's statement, a short echo of that statement asked back ("Three dogs?") is a backchannel, and an
    /// unpunctuated "you" declarative that takes up its words ("you have a garden" after talk of the garden) or makes up
    /// a short turn of its own ("you live in dallas") is a declarative question; the first sentence of an unpunctuated
    /// answer to the other side's question that reads as a statement stays one (the model may not overrule it). What the
    /// other side says next decides a question nobody answers and a declarative they confirm (<see cref="NextTurnRules"/>);
    /// the same speaker going on decides a question they did not wait on (<see cref="FollowingSentenceRules"/>).
    /// </summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="context">What the sentence follows; <see langword="default"/> for none.</param>
    /// <returns>The act with the signal that decided it.</returns>
    public static ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ActContext context)
    {
        var decision = Classify(text, tokens);
        var before = context.FollowsOtherSide &&
            (ReferenceEquals(decision, RuleDecisions.Declarative) || ReferenceEquals(decision, RuleDecisions.QuestionMark) || ReferenceEquals(decision, RuleDecisions.TagQuestion) ||
             (ReferenceEquals(decision, RuleDecisions.AuxMarked) && tokens.Length <= 10) ||
             (ReferenceEquals(decision, RuleDecisions.Backchannel) && tokens.Length <= 5) ||
             (ReferenceEquals(decision, RuleDecisions.WhOpenerMarked) && tokens.Length <= 5 && context.Answers));
        var after = context.FollowedByOtherSide &&
            (NextTurnRules.MayBeUnanswered(decision) || (ReferenceEquals(decision, RuleDecisions.Declarative) && (EndsWithPeriod(text, tokens) || (IsUnpunctuated(tokens) && IsUnpunctuated(context.NextTokens)))));
        var following = context.FollowedBySameSpeaker && FollowingSentenceRules.MayGoOn(decision);
        if (!before && !after && !following)
        {
            return decision;
        }

        int[]? rented = null;
        var words = tokens.Length <= 256 ? stackalloc int[tokens.Length] : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(tokens.Length));
        try
        {
            if (before)
            {
                decision = ContextRules.InContext(decision, text, tokens, words, context);
            }

            if (after && (NextTurnRules.MayBeUnanswered(decision) || ReferenceEquals(decision, RuleDecisions.Declarative)))
            {
                decision = NextTurnRules.InContext(decision, ActWords.Of(text, tokens, words), context);
            }

            return following && FollowingSentenceRules.MayGoOn(decision) ? FollowingSentenceRules.InContext(decision, ActWords.Of(text, tokens, words), context) : decision;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Whether a sentence ends in a full stop: punctuated text that chose not to write a "?".</summary>
    private static bool EndsWithPeriod(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) =>
        tokens.Length > 0 && tokens[^1].Kind == TokenKind.Punctuation && text[tokens[^1].Start] == '.';

    /// <summary>
    /// Whether a sentence or turn has no punctuation at all. A sentence and the other side's reply both without any are
    /// speech recognition without punctuation, where a statement and a declarative question look alike and only the reply
    /// tells them apart ("you grow okra" / "yeah i can't kill it"); one without in punctuated text chose no "?".
    /// </summary>
    private static bool IsUnpunctuated(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    private static ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordTokens)
    {
        var count = 0;
        var questionMark = false;
        var punctuated = false;
        var period = false;
        var lastBreak = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                punctuated = true;
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
                    period = i == tokens.Length - 1;
                }

                continue;
            }

            wordTokens[count++] = i;
        }

        var words = new ActWords(text, tokens, wordTokens[..count]);
        if (count == 0)
        {
            return RuleDecisions.NoWords;
        }

        if (RuleWords.IsReturnQuestion(words, period))
        {
            return RuleDecisions.ReturnQuestion;
        }

        if (BackchannelRules.IsBackchannel(words))
        {
            return RuleDecisions.Backchannel;
        }

        if (BackchannelRules.IsGreeting(words))
        {
            return RuleDecisions.Greeting;
        }

        if (BackchannelRules.IsRepair(words, questionMark))
        {
            return RuleDecisions.Repair;
        }

        // "and what do you do for a living uh": a question asked, then a filler while the listener takes over.
        while (!punctuated && count >= 5 && words.In(count - 1, RuleWords.Fillers))
        {
            count--;
            words = words.Take(count);
        }

        // "So do you, uh," / "And what we -": the speaker broke off before asking anything.
        if (!questionMark && count > 0 && (IsBrokenOff(text, tokens[^1]) || RuleWords.IsUnfinished(words, punctuated)))
        {
            // "are you an outdoors person or", "you're having it in a church or": the alternative left to the listener.
            if (!punctuated && count >= 3 && words.Is(count - 1, "or") && !words.Is(count - 2, "or"))
            {
                var at = 0;
                while (at < count - 2 && words.In(at, QuestionWords.Markers) && !RuleWords.IsQuestionStart(words, at))
                {
                    at++;
                }

                var open = UnpunctuatedRules.OpenAlternative(Classify(text, tokens[..words.TokenIndex(count - 1)], wordTokens), ActWords.Of(text, tokens, wordTokens), at);
                if (open is not null)
                {
                    return open;
                }
            }

            // "Now do they live close by, or --": written out, a question trailing off on "or" leaves the other answer to the
            // listener as well (its words before "or" must ask on their own, "So I went, or --" does not).
            if (punctuated && count >= 3 && words.Is(count - 1, "or") && !words.Is(count - 2, "or") && IsBrokenOff(text, tokens[^1]) && text[tokens[^1].Start] != ',')
            {
                var asked = Classify(text, tokens[..(words.TokenIndex(count - 2) + 1)], wordTokens);
                if (asked.Act == SentenceAct.Question && (ReferenceEquals(asked, RuleDecisions.Aux) || ReferenceEquals(asked, RuleDecisions.WhOpenerInverted)))
                {
                    return ReferenceEquals(asked, RuleDecisions.Aux) ? RuleDecisions.AuxOr : asked;
                }
            }

            return RuleDecisions.Abandoned;
        }

        // "…, you know." and "…, I mean." ask nothing: classify what comes before them, and a "?" after them does not count.
        // Unpunctuated, only the long tails are sure ("it was crazy you know what i mean"; not "do you know").
        if (!punctuated && count >= 6 && TagRules.EndsWithLongEmptyTail(words))
        {
            lastBreak = words.Is(count - 5, "you") || words.Is(count - 5, "ya") ? count - 5 : count - 4;
        }

        var emptyTail = false;
        if (lastBreak >= 2 && TagRules.TailLength(words, lastBreak) is > 0 and var tail)
        {
            words = words.Take(count - tail);
            count -= tail;
            emptyTail = questionMark;
            questionMark = false;
            lastBreak = -1;
        }

        var start = 0;
        var so = false;
        // Discourse markers, "or" ("or do you rent"), and a restart ("are are you seeing", "do do you") before the question.
        while (start < count - 1 &&
               ((words.In(start, QuestionWords.Markers) && !RuleWords.IsQuestionStart(words, start)) || words.Is(start, "or") || words.Same(start, start + 1)))
        {
            so |= words.Is(start, "so");
            start++;
        }

        if (start + 2 < count && words.Is(start, "i") && words.Is(start + 1, "mean"))
        {
            start += 2;
        }

        // "You know, what can you do about it?": a sentence-initial "you know," calls for attention and asks nothing itself
        // (only before a "?": without one the rest is often a statement the skip would misread, "You know, and how that …").
        if (questionMark && start + 2 < count && words.Is(start, "you") && words.Is(start + 1, "know") && words.BreakBefore(start + 2))
        {
            start += 2;
            while (start < count - 1 && words.In(start, QuestionWords.Markers) && !RuleWords.IsQuestionStart(words, start))
            {
                start++;
            }
        }

        // "ha is he moving", "that's good what year is he": without punctuation a reaction runs into the question.
        if (!punctuated)
        {
            start = UnpunctuatedRules.AfterReaction(words, start, count);
        }

        // A restart around an auxiliary: "is it is it good" asks again; "was it was a good time" restarts a statement
        // ("do you do anything like that" uses "do" as its verb; "does he does his reports" restarts).
        if (!questionMark && start + 3 < count && words.In(start, QuestionWords.Auxiliaries) && words.In(start + 1, RuleWords.EchoPronouns) && words.Same(start, start + 2) &&
            (words.Same(start + 1, start + 3) || !words.Is(start, "do")))
        {
            start += words.Same(start + 1, start + 3) ? 2 : 1;
        }

        // "could be worse", "would have been nice", "might not": an elided subject, not an inversion.
        if (!questionMark && RuleWords.IsEllipsis(words, start))
        {
            return RuleDecisions.Ellipsis;
        }

        if (RhetoricalRules.IsRhetorical(words, start, count))
        {
            return RuleDecisions.Rhetorical;
        }

        // "they charged us what was it eleven dollars", "what do they call it the peace corps": a word search answered at once.
        if (!punctuated && UnpunctuatedRules.IsWordSearch(words, start, count))
        {
            return RuleDecisions.WordSearch;
        }

        // "how's she supposed to teach anybody anything": a complaint, whoever the subject.
        if (!punctuated && UnpunctuatedRules.IsSupposedToComplaint(words, start, count))
        {
            return RuleDecisions.Rhetorical;
        }

        if (words.In(start, QuestionWords.WhWords))
        {
            // "What are you going to do, you know?": a wh-question handed over with "you know?" is said, not asked.
            var wh = WhRules.Classify(words, start, count, questionMark, period);
            return emptyTail && wh.Act == SentenceAct.Question ? RuleDecisions.Rhetorical : wh;
        }

        var hasSecond = start + 1 < count;

        // "Do that and you'll save time.", "Have a look at the second slide.": imperatives, not inversion.
        if (!questionMark && RuleWords.IsImperative(words, start))
        {
            return RuleDecisions.Declarative;
        }

        // "So do I.", "So did we.": the same holds for the speaker; an agreement, not an inversion ("So, do you?" asks).
        if (!questionMark && count - start == 2 && start > 0 && words.Is(start - 1, "so") && !words.BreakBefore(start) &&
            words.In(start, QuestionWords.Auxiliaries) && words.In(start + 1, WhRules.StatementSubjects))
        {
            return RuleDecisions.Agreement;
        }

        // "are i think they're paid", "is you": without punctuation an auxiliary its pronoun does not agree with inverts nothing.
        if (words.In(start, QuestionWords.Auxiliaries) && hasSecond && (words.In(start + 1, RuleWords.Subjects) || questionMark) &&
            (punctuated || !UnpunctuatedRules.Disagrees(words, start)))
        {
            return words.IndexOfAny(start + 2, RuleWords.Or) > 0
                ? questionMark ? RuleDecisions.AuxOrMarked : RuleDecisions.AuxOr
                : questionMark ? RuleDecisions.AuxMarked : RuleDecisions.Aux;
        }

        if (RuleWords.IsInfoRequest(words, start))
        {
            return RuleDecisions.InfoRequest;
        }

        // "two for me and one for you is that okay", "sound fair": a check on the proposal just made
        // (sentences that open with the auxiliary were decided above).
        if (!period && !questionMark && TagRules.IsProposalCheck(words))
        {
            return RuleDecisions.BareTagQuestion;
        }

        if (RhetoricalRules.IsQuoted(words, start, questionMark))
        {
            return RuleDecisions.Quoted;
        }

        if (TagRules.IsAgreementTag(words, start, count))
        {
            return RuleDecisions.Agreement;
        }

        if (TagRules.IsTag(words, lastBreak, period))
        {
            return RuleDecisions.TagQuestion;
        }

        // "So I'm thinking, you know, is this worth it?", "the guy's like, you want the warranty?": a frame of any shape.
        if (questionMark && QuoteFrameRules.IsFramedQuote(words, start, count))
        {
            return RuleDecisions.Quoted;
        }

        // "We've got the cable, and there's, what, forty channels?": the speaker estimates their own figure aloud.
        if (questionMark && DeclarativeRules.IsOwnEstimate(words, start, count))
        {
            return RuleDecisions.OwnEstimate;
        }

        // "We fill up like every three weeks?", "My sister had a booth or something?": the speaker's own hedged telling said
        // with a rising voice.
        if (questionMark && DeclarativeRules.IsUptalk(words, start, count, needOwn: true))
        {
            return RuleDecisions.Uptalk;
        }

        if (questionMark)
        {
            return RuleDecisions.QuestionMark;
        }

        // Without any punctuation there is no comma before a tag: "you're on the enterprise plan aren't you".
        if (!punctuated && count - start >= 4 && TagRules.IsBareTag(words, count))
        {
            return RuleDecisions.BareTagQuestion;
        }

        // Spoken checks without a question mark: "you want to come or not", "that was what ten years ago",
        // "you've got two of them then".
        if (!period && count - start >= 3 && DeclarativeRules.IsDeclarativeCue(words, start, count))
        {
            return RuleDecisions.DeclarativeCue;
        }

        // "So you're on the older version." checks what the speaker understood; long "so you have …" explanations do not.
        if (so && DeclarativeRules.IsSoYouCheck(words, start))
        {
            return RuleDecisions.DeclarativeQuestion;
        }

        // Spoken yes/no questions that drop the auxiliary: "you ever been out there", "you guys have any kids".
        if (!period && DeclarativeRules.IsDroppedAuxiliary(words, start, count))
        {
            return RuleDecisions.DroppedAuxiliary;
        }

        return count <= 2 ? RuleDecisions.Fragment : RuleDecisions.Declarative;
    }

    /// <summary>A sentence that ends in a comma or a dash ends the turn without ending the sentence: broken off.</summary>
    private static bool IsBrokenOff(ReadOnlySpan<char> text, Token last) =>
        last.Kind == TokenKind.Punctuation && text[last.Start] is ',' or '-' or '—' or '–';

    /// <summary>Lower-cases a word and folds typographic apostrophes to <c>'</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The normalized word.</returns>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        TextTokenizer.Fold(word, buffer);

        return new string(buffer);
    }

    /// <summary>
    /// Whether a decision is one the model should not overrule: no words, a backchannel, a repair request, a question
    /// handed back ("and you?"), or a question form that does not ask (quoted, rhetorical, a relative or wh-clause
    /// opener: "which is why …", "what we do is …", "when the kids were little …"), a tag ending an unpunctuated sentence
    /// ("… aren't you", "… huh"), a yes/no question without its auxiliary ("you ever been out there"), or an
    /// unpunctuated inversion with a subject ("do you have kids"; on Earnings-22 stripped the model's overrules of these
    /// were wrong two times in three) or a wh-word with its auxiliary ("what's going on with …", "how do you …"), a spoken
    /// declarative question with a cue ("so you're a student", "that was what ten years ago", "… or not"), or a statement
    /// with its subject left out ("could be worse"). The model was not trained to tell these apart.
    /// </summary>
    /// <param name="decision">A decision of <see cref="Classify(ReadOnlySpan{char}, ReadOnlySpan{Token})"/>.</param>
    /// <returns><see langword="true"/> for those.</returns>
    internal static bool IsNoWordsOrBackchannel(ActDecision decision) =>
        ReferenceEquals(decision, RuleDecisions.NoWords) || ReferenceEquals(decision, RuleDecisions.Backchannel) ||
        ReferenceEquals(decision, RuleDecisions.Greeting) || ReferenceEquals(decision, RuleDecisions.Abandoned) ||
        ReferenceEquals(decision, RuleDecisions.Aux) || ReferenceEquals(decision, RuleDecisions.AuxOr) ||
        ReferenceEquals(decision, RuleDecisions.WhOpenerInverted) ||
        ReferenceEquals(decision, RuleDecisions.Repair) || ReferenceEquals(decision, RuleDecisions.ReturnQuestion) ||
        ReferenceEquals(decision, RuleDecisions.Quoted) || ReferenceEquals(decision, RuleDecisions.Rhetorical) ||
        ReferenceEquals(decision, RuleDecisions.Relative) || ReferenceEquals(decision, RuleDecisions.WhClause) ||
        ReferenceEquals(decision, RuleDecisions.BareTagQuestion) || ReferenceEquals(decision, RuleDecisions.DroppedAuxiliary) ||
        ReferenceEquals(decision, RuleDecisions.DeclarativeCue) || ReferenceEquals(decision, RuleDecisions.DeclarativeQuestion) ||
        ReferenceEquals(decision, RuleDecisions.Ellipsis) || ReferenceEquals(decision, RuleDecisions.EchoBackchannel) ||
        ReferenceEquals(decision, RuleDecisions.DeclarativeEcho) || ReferenceEquals(decision, RuleDecisions.Answer) ||
        ReferenceEquals(decision, RuleDecisions.Agreement) || ReferenceEquals(decision, RuleDecisions.Unanswered) ||
        ReferenceEquals(decision, RuleDecisions.SelfAnswered) || ReferenceEquals(decision, RuleDecisions.Uptalk) ||
        ReferenceEquals(decision, RuleDecisions.WordSearch) ||
        ReferenceEquals(decision, RuleDecisions.Confirmed);

    /// <summary>The decision for a sentence without words.</summary>
    internal static ActDecision NoWordsDecision => RuleDecisions.NoWords;
}
