using SalesLint.Model;
using static SalesLint.Acts.ContextRules;
using static SalesLint.Acts.DeclarativeRules;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>
/// The decisions that need what the other side says next (<see cref="ActContext.NextTokens"/>): a question nobody
/// answers was not asked. A wh-question the other side meets with a bare "Right." or "Yeah." ("What are you going to
/// do?" / "Right.") and a negative yes/no question met with agreement alone ("Isn't that ridiculous?" / "I know.") are
/// rhetorical (a positive one may be a check that "Right." confirms: "Have I got that right?"); so is a question after "I mean," met with "I don't know." or "No." ("I mean, is that really
/// necessary?" / "I don't think so."). A real question gets an answer, and an analyst's long question a long one.
/// The other way round, a short statement about the listener written with a full stop is a declarative question when
/// the other side confirms it: they take up its words ("So you get it both ways." / "We get it both ways.", "You grow
/// okra." / "Oh, yeah, you can't kill okra.") or answer about themselves ("So you're not in Chicago." / "No, I'm in
/// Saint Louis."). Without any punctuation in the statement and the reply (speech recognition), the same holds for the
/// statement as it is ("so you get it both ways" / "we get it both ways"). A "you" statement that is its speaker's whole
/// turn is confirmed, even after "and" or "but", when the reply opens by echoing its words ("And you picked her." / "I
/// picked her.").
/// </summary>
internal static class NextTurnRules
{
    /// <summary>Whole turns that agree and answer no yes/no question: "Right.", "Exactly.", "I know.", "That's true."</summary>
    internal static readonly string[][] Agreements =
    [
        ["right"], ["exactly"], ["true"], ["i", "know"], ["that's", "true"], ["that's", "right"], ["yeah", "right"], ["oh", "right"],
        ["right", "right"], ["yeah", "exactly"], ["exactly", "right"], ["i", "agree"], ["tell", "me", "about", "it"], ["amen"],
        ["no", "kidding"], ["i", "hear", "you"], ["that's", "for", "sure"], ["you're", "right"], ["you're", "telling", "me"],
        ["oh", "i", "know"], ["yeah", "i", "know"], ["i", "know", "it"], ["true", "true"], ["good", "point"], ["that's", "so", "true"],
        ["so", "true"], ["isn't", "it"], ["it", "is"], ["sure", "is"], ["yeah", "true"], ["right", "yeah"], ["yeah", "that's", "true"],
        ["yeah", "that's", "right"], ["i", "know", "what", "you", "mean"], ["i", "hear", "ya"], ["that's", "the", "truth"],
        ["i", "know", "i", "know"], ["oh", "i", "know", "it"], ["that's", "it"], ["that's", "so", "right"],
    ];

    /// <summary>Agreements that open a turn and answer no wh-question or exclamation: "Right. They never …", "Exactly, …", "I know, …".</summary>
    internal static readonly string[][] OpeningAgreements =
    [
        ["right"], ["exactly"], ["i", "know"], ["that's", "true"], ["that's", "right"], ["tell", "me", "about", "it"], ["amen"],
        ["no", "kidding"], ["you're", "telling", "me"], ["i", "agree"], ["that's", "so", "true"], ["so", "true"], ["true"],
        ["oh", "i", "know"], ["yeah", "i", "know"], ["right", "right"], ["yeah", "right"], ["oh", "right"], ["yeah", "exactly"],
        ["that's", "what", "they", "all", "say"], ["i", "know", "it"], ["isn't", "it"], ["i", "hear", "you"],
    ];

    /// <summary>
    /// Words that open the other side's turn in agreement with a wh-question about people in general, set off by
    /// punctuation ("What do they expect?" / "Yeah, you get what you pay for."): a "yeah" answers no wh-question, so it
    /// agrees with what the question meant (only for <see cref="GenericWhRules.IsGenericWh"/>: an answer to a real one
    /// may open with "Yeah, so …").
    /// </summary>
    internal static readonly string[][] AgreeingOpeners =
    [
        .. OpeningAgreements, ["yeah"], ["yes"], ["yep"], ["oh", "yeah"], ["well", "yeah"], ["yeah", "yeah"], ["uh-huh"], ["um-hum"],
        ["mm-hmm"], ["yeah", "really"], ["exactly", "right"], ["definitely"], ["absolutely"],
    ];

    /// <summary>Opinions that open a turn after a question put as "I mean, …": "I don't know. They keep …", "I don't think so, …".</summary>
    internal static readonly string[][] OpeningOpinions =
    [
        ["i", "don't", "know"], ["i", "don't", "think", "so"], ["who", "knows"], ["not", "really"], ["you", "can't"], ["you", "don't"],
        ["you", "couldn't"], ["you", "wouldn't"], ["nobody"], ["no", "one"],
    ];

    /// <summary>Continuers that answer no wh-question: "Yeah.", "Uh-huh.", "Mm-hmm."</summary>
    internal static readonly string[][] Continuers =
    [
        ["yeah"], ["yes"], ["yep"], ["uh-huh"], ["um-hum"], ["mm-hmm"], ["mhm"], ["mm"], ["hm"], ["hmm"], ["yeah", "yeah"],
        ["oh", "yeah"], ["uh", "huh"], ["um", "hum"], ["mm", "hmm"], ["yeah", "uh-huh"], ["uh-huh", "yeah"], ["uh-huh", "uh-huh"],
        ["yeah", "yeah", "yeah"], ["oh", "yes"],
    ];

    /// <summary>Turns that meet a question after "I mean," as an opinion, not as asked: "I don't know.", "No.", "I don't think so."</summary>
    internal static readonly string[][] Opinions =
    [
        ["i", "don't", "know"], ["i", "don't", "think", "so"], ["no"], ["not", "really"], ["probably", "not"], ["i", "guess", "not"],
        ["who", "knows"], ["beats", "me"], ["nope"], ["no", "no"], ["i", "doubt", "it"], ["not", "at", "all"], ["you", "can't"],
        ["you", "don't"], ["you", "couldn't"], ["you", "wouldn't"], ["nobody"], ["no", "one"],
    ];

    /// <summary>Negative auxiliaries that open an exclamation in question form ("Isn't it amazing?", "Don't you hate that?").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeOpeners = Set(
        "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "wouldn't", "won't", "can't", "couldn't", "haven't", "hasn't", "ain't");

    /// <summary>Wh-words that propose rather than ask when they open "how about …", "what about …", "why don't …".</summary>
    private static readonly string[][] Proposals = [["how", "about"], ["what", "about"], ["why", "don't"], ["why", "not"], ["how", "'bout"]];

    /// <summary>First-person words that open the other side's answer about themselves: "No, I'm in Saint Louis.", "Oh, we've had snow …".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPerson = Set(
        "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "my", "our", "mine", "ours");

    /// <summary>A bare yes or no said as a sentence of its own before the confirmation goes on: "Yeah.", "Oh, yes.", "No."</summary>
    private static readonly string[][] BareConfirmations =
    [
        ["yeah"], ["yes"], ["yep"], ["yup"], ["no"], ["nope"], ["oh", "yeah"], ["oh", "yes"], ["yes", "ma'am"], ["yes", "sir"],
        ["uh-huh"], ["um-hum"], ["mm-hmm"], ["yeah", "yeah"], ["well", "yeah"], ["well", "no"], ["oh", "yeah", "yeah"],
    ];

    /// <summary>Words that may open a confirmation before what it says: "Oh, yeah, …", "No, …", "Well, actually, …".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConfirmationOpeners = Set(
        "oh", "well", "yeah", "yes", "yep", "no", "nope", "uh", "um", "right", "sure", "uh-huh", "um-hum", "mm-hmm", "actually");

    /// <summary>Words after "you" in a "so you …" summary that make it about what the listener may or must do ("so you can …"), not a check.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalsAfterYou = Set(
        "can", "can't", "cannot", "could", "couldn't", "should", "shouldn't", "would", "wouldn't", "will", "won't", "might",
        "must", "gotta", "know", "mean", "see", "better", "want", "think", "bet", "say");

    /// <summary>Modals that make a statement about the listener a possibility or advice, not a fact to confirm.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set(
        "can", "can't", "cannot", "could", "couldn't", "should", "shouldn't", "would", "wouldn't", "will", "won't", "might",
        "must", "may", "gotta", "you'll", "you'd");

    /// <summary>Whether a decision is a question form this class may find unanswered: a wh-question or a yes/no inversion.</summary>
    /// <param name="decision">The rules' decision on the sentence's words.</param>
    /// <returns><see langword="true"/> for those.</returns>
    internal static bool MayBeUnanswered(ActDecision decision) =>
        IsWh(decision) || ReferenceEquals(decision, RuleDecisions.Aux) || ReferenceEquals(decision, RuleDecisions.AuxMarked) ||
        ReferenceEquals(decision, RuleDecisions.AuxOr) || ReferenceEquals(decision, RuleDecisions.AuxOrMarked);

    /// <summary>Decides a wh-question or yes/no inversion that ends its turn by what the other side says next.</summary>
    /// <param name="decision">The rules' decision on the sentence's words (<see cref="MayBeUnanswered"/>).</param>
    /// <param name="words">The sentence's words.</param>
    /// <param name="context">The context, with the next turn.</param>
    /// <returns><see cref="RuleDecisions.Unanswered"/> when it was not asked, else <paramref name="decision"/>.</returns>
    internal static ActDecision InContext(ActDecision decision, ActWords words, ActContext context)
    {
        if (ReferenceEquals(decision, RuleDecisions.Declarative))
        {
            return (IsAboutListener(words, out var first) && !IsReaction(words) && !IsAssessment(words, first) && IsConfirmed(words, first, context)) ||
                (context.FollowsOtherSide && context.WholeTurn && IsEchoConfirmed(words, context))
                ? RuleDecisions.Confirmed
                : decision;
        }

        var start = 0;
        while (start < words.Count - 1 && words.In(start, Markers))
        {
            start++;
        }

        var iMean = start + 2 < words.Count && words.Is(start, "i") && words.Is(start + 1, "mean");
        if (iMean)
        {
            start += 2;
            while (start < words.Count - 1 && words.In(start, Markers))
            {
                start++;
            }
        }

        if (words.StartsWithAny(start, Proposals))
        {
            return decision;
        }

        // A yes/no question may be a check that "Right." confirms ("Have I got that right?"): only a negative one ("Isn't it
        // crazy …?") or "can you believe …" meets agreement as an exclamation.
        var exclaims = IsWh(decision) || words.In(start, NegativeOpeners) ||
            (start + 2 < words.Count && words.Is(start, "can") && words.Is(start + 1, "you") && words.Is(start + 2, "believe"));
        var unanswered = (exclaims && (context.NextIsOnly(Agreements) || context.NextOpensWith(OpeningAgreements))) ||
            (IsWh(decision) && context.NextIsOnly(Continuers)) ||
            (iMean && (context.NextIsOnly(Agreements) || context.NextIsOnly(Opinions) || context.NextOpensWith(OpeningOpinions))) ||
            (ReferenceEquals(decision, RuleDecisions.WhOpenerMarked) && (IsAgreedWith(words, context) || IsExclaimedAt(words, context)));
        return unanswered ? RuleDecisions.Unanswered : decision;
    }

    /// <summary>
    /// Whole sentences that react to what was said and answer no wh-question: "Oh, gosh.", "Wow.", "Good grief." (after
    /// an optional "oh" or "well").
    /// </summary>
    internal static readonly string[][] Exclamations =
    [
        ["gosh"], ["oh", "gosh"], ["wow"], ["oh", "wow"], ["geez"], ["jeez"], ["gee"], ["gee", "whiz"], ["boy"], ["man"], ["my", "gosh"],
        ["my", "goodness"], ["goodness"], ["my", "god"], ["my", "lord"], ["lord"], ["good", "grief"], ["good", "lord"], ["good", "heavens"],
        ["dear"], ["my", "word"], ["brother"], ["ugh"], ["yikes"], ["golly"], ["whoa"],
        ["gosh", "almighty"], ["heavens"], ["for", "heaven's", "sake"], ["oh", "my", "gosh"], ["oh", "my", "goodness"], ["oh", "no"],
        ["oh", "my"], ["oh", "boy"], ["oh", "man"], ["oh", "dear"], ["oh", "brother"], ["oh", "geez"], ["oh", "jeez"], ["oh", "gee"],
        ["oh", "lord"], ["oh", "my", "god"], ["oh", "my", "lord"], ["oh", "golly"], ["oh", "heavens"],
    ];

    /// <summary>Words that open an assessment of what was said: "That's terrible.", "Isn't that awful.", "How sad."</summary>
    private static readonly string[][] AssessmentOpeners =
    [
        ["that's", "a"], ["that's"], ["that", "is"], ["it's", "a"], ["it's"], ["isn't", "that"], ["how"], ["what", "a"], ["that", "sounds"], ["sounds"],
    ];

    /// <summary>Intensifiers between an assessment's opener and its adjective: "That's just awful."</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Intensifiers = Set(
        "so", "just", "really", "pretty", "too", "very", "real", "kind", "of", "kinda", "sort", "absolutely", "totally", "darn", "downright");

    /// <summary>
    /// Whether the other side meets a wh-question that names no listener with nothing but an exclamation or an assessment
    /// ("Who can pay seventy dollars a month to swim?" / "Wow.", "What kind of a company does that?" / "That's terrible."):
    /// its first sentence is one, and the turn has nothing but that sentence. A wh-question asks for something an
    /// exclamation cannot give, so the question was said, not asked; one that names the listener ("What do you think of
    /// the new law?" / "That's crazy.") may be answered by an opinion.
    /// </summary>
    private static bool IsExclaimedAt(ActWords words, ActContext context)
    {
        if (words.IndexOfAny(0, GenericWhRules.ListenerWords) >= 0 || context.NextTokens.IsEmpty)
        {
            return false;
        }

        var text = context.NextText;
        var tokens = context.NextTokens;
        var end = 0;
        while (end < tokens.Length && !(tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is '.' or '?' or '!'))
        {
            end++;
        }

        // A short sentence of its own, not a question ("Oh, really?" asks back).
        if (end > 16 || (end < tokens.Length && text[tokens[end].Start] == '?'))
        {
            return false;
        }

        var reply = ActWords.Of(text, tokens[..end], stackalloc int[end]);
        if (reply.Count == 0)
        {
            return false;
        }

        if (reply.MatchesWhole(Exclamations))
        {
            return true;
        }

        // "Oh, gosh, that's awful.", "Boy, that's a shame.": interjections before an assessment.
        var start = 0;
        while (start < reply.Count - 1 && (reply.In(start, ReplyInterjections) || (start + 1 < reply.Count && reply.Is(start, "oh") && reply.In(start + 1, ReplyInterjections))))
        {
            start += reply.Is(start, "oh") && reply.In(start + 1, ReplyInterjections) ? 2 : 1;
        }

        if (reply.EqualsAt(start, reply.Count - start, Exclamations))
        {
            return true;
        }

        var at = start;
        foreach (var opener in AssessmentOpeners)
        {
            if (reply.StartsWith(start, opener))
            {
                at = start + opener.Length;
                break;
            }
        }

        // "That's terrible.", "That's just awful.", "That's a shame.", "That's too bad.", or the judging word alone ("Terrible.").
        while (at < reply.Count - 1 && reply.In(at, Intensifiers))
        {
            at++;
        }

        var judged = at < reply.Count && (reply.In(at, RhetoricalRules.ExclaimedAdjectives) || reply.In(at, JudgingNouns) || reply.Is(at, "bad"));
        return judged && (at == reply.Count - 1 || (at == reply.Count - 2 && reply.Is(at + 1, "too"))) &&
            (at > start || reply.In(at, RhetoricalRules.ExclaimedAdjectives));
    }

    /// <summary>Interjections that may open an exclamation or assessment: "Oh, gosh, …", "Boy, …", "Well, …".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReplyInterjections = Set(
        "oh", "well", "yeah", "gosh", "boy", "man", "wow", "geez", "jeez", "gee", "golly", "god", "lord", "goodness", "ooh");

    /// <summary>Nouns of an assessment after "that's a": "That's a shame.", "That's a crime.".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JudgingNouns = Set(
        "shame", "pity", "crime", "joke", "disgrace", "riot", "scream", "hoot", "mess", "sin");

    /// <summary>
    /// Whether a statement about the listener opens with "Oh," right before "you": the speaker takes in what was just said
    /// and comments on it ("Oh, you've got your hands full." / "I do."), which asks nothing even when the other side agrees.
    /// "Oh, so you're …" still checks; without punctuation the "oh" is not set off and this does not apply.
    /// </summary>
    private static bool IsReaction(ActWords words) =>
        words.Count > 2 && words.Is(0, "oh") && words.PunctuationBefore(1) && words.In(1, ListenerSubjects);

    /// <summary>
    /// Whether the other side meets a wh-question about people in general (<see cref="GenericWhRules.IsGenericWh"/>) by
    /// agreeing with what it means ("What do they expect?" / "Yeah, you get what you pay for."): the turn opens with "yeah",
    /// "right", "I know" and the like set off by punctuation, or is only an agreement. A "yeah" answers no wh-question;
    /// after other wh-questions it is not taken as agreement, as an answer may open with "Yeah. So …" (earnings calls).
    /// </summary>
    private static bool IsAgreedWith(ActWords words, ActContext context) =>
        GenericWhRules.IsGenericWh(words) && (context.NextOpensWith(AgreeingOpeners) || context.NextIsOnly(Agreements));

    private static bool IsWh(ActDecision decision) =>
        ReferenceEquals(decision, RuleDecisions.WhOpener) || ReferenceEquals(decision, RuleDecisions.WhOpenerMarked) ||
        ReferenceEquals(decision, RuleDecisions.WhOpenerInverted);

    /// <summary>
    /// A short statement (three to ten words after markers) about the listener: it opens with "you" ("you're", "your",
    /// "y'all"), not after "and" or "but", without a modal ("can", "would", …), and a verb that does not make it general ("you can't beat that", "you have to
    /// …"), or after "so" it names
    /// the listener anywhere ("So it's your neighbors' fault.") without a modal after "you" ("so you can …").
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The first word after the markers.</param>
    /// <returns><see langword="true"/> for such a statement.</returns>
    internal static bool IsAboutListener(ActWords words, out int start)
    {
        start = 0;
        var so = false;
        var count = words.Count;
        while (start < count - 1 && (words.In(start, Markers) || words.In(start, RuleWords.Fillers)))
        {
            so |= words.Is(start, "so");
            start++;
        }

        // "Your girl scouts can huddle for warmth.": what may or should be, not a fact about the listener to confirm.
        if (count - start is < 3 or > 10 || !(so || words.In(start, ListenerSubjects)) || words.IndexOfAny(start, Modals) >= 0)
        {
            return false;
        }

        if (words.In(start, ListenerSubjects) && !so)
        {
            // "And then you've got the parking.", "But you go.": "and" or "but" before "you" goes on with the speaker's own account;
            // "But you were okay.", "But you made it home.": after "but", a past fact about the listener checks how it ended.
            if (start > 0 && (words.Is(start - 1, "and") || words.Is(start - 1, "but") || words.Is(0, "and") || words.Is(0, "but")) &&
                !(words.Is(0, "but") && start + 1 < count && words.Is(start, "you") && IsPast(words, start + 1)))
            {
                return false;
            }

            var verb = words.Is(start, "you") && words.Is(start + 1, "guys") ? start + 2 : start + 1;
            // "You've never been up there.": the listener's own experience, which "you've" never makes general.
            var generic = !words.Is(start, "you've") && words.In(verb, GenericAfterYou);
            return verb < count && !generic && !words.In(verb, NotDeclarativeCheck) && !IsHaveTo(words, verb) &&
                !(count - start <= 4 && words.In(count - 1, NotCheckEnds));
        }

        if (!so)
        {
            return false;
        }

        var listener = false;
        for (var i = start; i < count; i++)
        {
            if (words.In(i, ListenerSubjects) && !(i > 0 && (words.Is(i - 1, "thank") || words.Is(i - 1, "see"))))
            {
                if (i + 1 < count && (words.In(i + 1, ModalsAfterYou) || IsHaveTo(words, i + 1)))
                {
                    return false;
                }

                listener = true;
            }
        }

        return listener;
    }

    /// <summary>Whether a word after "you" is a past-tense verb: "were", "had", "did", "got", "made" or a regular "-ed" form.</summary>
    private static bool IsPast(ActWords words, int at) =>
        words.In(at, PastVerbs) || (words.Span(at).Length > 4 && words.Span(at).EndsWith("ed", StringComparison.OrdinalIgnoreCase));

    /// <summary>Common irregular past-tense verbs of a fact about the listener: "But you were okay.", "But you got out.".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastVerbs = Set(
        "were", "was", "had", "did", "got", "made", "went", "came", "found", "kept", "left", "sold", "bought", "took");

    /// <summary>
    /// Whether the other side's next sentence (not a question) confirms a statement about them: it opens, after "oh",
    /// "yeah", "no" and the like, with "I", "we" or "my" ("No, I'm in Saint Louis.", "I do."), or it takes up at least half
    /// of the statement's content words ("We get it both ways.", "Oh, yeah, you can't kill okra.").
    /// </summary>
    /// <param name="words">The statement's words.</param>
    /// <param name="start">Its first word after the markers.</param>
    /// <param name="context">The context, with the next turn.</param>
    /// <returns><see langword="true"/> when the reply confirms it.</returns>
    internal static bool IsConfirmed(ActWords words, int start, ActContext context)
    {
        var text = context.NextText;
        var tokens = context.NextTokens;
        var end = 0;
        while (end < tokens.Length && !(tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is '.' or '?' or '!'))
        {
            end++;
        }

        if ((end < tokens.Length && text[tokens[end].Start] == '?') || end > 64)
        {
            return false; // "Okra?": asked back, not confirmed
        }

        var reply = ActWords.Of(text, tokens[..end], stackalloc int[end]);
        // "Yeah. I teach fifth grade.": a bare yes or no said as its own sentence confirms with what follows, as "Yeah, I teach …" does.
        if (reply.Count is > 0 and <= 3 && reply.MatchesWhole(BareConfirmations) && end + 1 < tokens.Length)
        {
            var rest = tokens[(end + 1)..];
            var restEnd = 0;
            while (restEnd < rest.Length && !(rest[restEnd].Kind == TokenKind.Punctuation && text[rest[restEnd].Start] is '.' or '?' or '!'))
            {
                restEnd++;
            }

            if (restEnd <= 64 && !(restEnd < rest.Length && text[rest[restEnd].Start] == '?'))
            {
                var more = ActWords.Of(text, rest[..restEnd], stackalloc int[restEnd]);
                if (more.Count >= 2 && (more.In(0, FirstPerson) || TakesUp(words, start, more)))
                {
                    return true;
                }
            }
        }

        if (reply.Count < 2)
        {
            return reply.Count == 1 && TakesUp(words, start, reply); // "Never."
        }

        var k = 0;
        while (k < reply.Count - 1 && k < 3 && reply.In(k, ConfirmationOpeners))
        {
            k++;
        }

        // "You meet people." / "We should do that.": a plan or wish of the other side's own takes the statement as advice,
        // and confirms no fact about them.
        return (reply.In(k, FirstPerson) && k + 1 < reply.Count && !reply.In(k + 1, PlanModals)) || TakesUp(words, start, reply);
    }

    /// <summary>Words that may follow an echo that confirms: "Just the one, yeah."</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YesWords = Set(
        "yeah", "yes", "yep", "yup", "right", "exactly", "uh-huh", "um-hum", "mm-hmm", "sure", "correct");

    /// <summary>Adverbs between "you" and the verb of a statement about the listener: "you just have", "you probably did".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerAdverbs = Set(
        "just", "probably", "still", "really", "already", "also", "both", "all", "actually", "only", "guys");

    /// <summary>
    /// Whether a short statement about the listener that makes up its speaker's whole turn is confirmed by the listener
    /// taking up its own words at the start of their reply, the way a declarative question is answered in talk: "And you
    /// picked her." / "I picked her." (the person swapped), "You just have the one." / "Just the one, so far.". Unlike
    /// <see cref="IsAboutListener"/>, "and" or "but" may open it. The statement has "you" as its subject with a verb
    /// that does not make it general, tells nothing of its speaker (no "I", "we", "my"), has no modal, judges nothing,
    /// and is no "Oh, you're busy." reaction. The echo must hold a content word and end at a break, the end of the
    /// reply's sentence or a "yeah" (without punctuation: two words or more); a reply that asks back ("The one?")
    /// confirms nothing. Without "you" the echo is left alone: the other side finishing or agreeing with a statement
    /// ("Or a hotel." / "Or a hotel, right.") echoes it the same way. A story's "you" ("And you go in and they charge you
    /// twenty dollars." / "Twenty dollars.") is not a whole short turn and is not read.
    /// </summary>
    /// <param name="words">The statement's words.</param>
    /// <param name="context">The context, with the next turn.</param>
    /// <returns><see langword="true"/> when the reply confirms it by an echo.</returns>
    internal static bool IsEchoConfirmed(ActWords words, ActContext context)
    {
        var count = words.Count;
        var start = 0;
        while (start < count - 1 && (words.In(start, Markers) || words.In(start, RuleWords.Fillers)))
        {
            start++;
        }

        if (count - start is < 2 or > 8 || words.IndexOfAny(start, FirstPerson) >= 0 || words.IndexOfAny(start, Modals) >= 0 ||
            IsAssessment(words, start))
        {
            return false;
        }

        // "Oh, you're busy." / "I'm busy.": taking in what was just said, with or without the comma.
        if (!words.In(start, ListenerSubjects) || (start > 0 && words.Is(start - 1, "oh")))
        {
            return false;
        }

        var verb = start + 1;
        while (verb < count && words.In(verb, ListenerAdverbs))
        {
            verb++;
        }

        if (verb >= count || words.In(verb, GenericAfterYou) || words.In(verb, NotDeclarativeCheck) || IsHaveTo(words, verb))
        {
            return false;
        }

        var text = context.NextText;
        var tokens = context.NextTokens;
        var end = 0;
        while (end < tokens.Length && end < 64 && !(tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is '.' or '?' or '!'))
        {
            end++;
        }

        if (end == 64 || (end < tokens.Length && text[tokens[end].Start] == '?'))
        {
            return false;
        }

        var punctuated = end < tokens.Length || HasPunctuation(tokens[..end]);
        var reply = ActWords.Of(text, tokens[..end], stackalloc int[end]);
        var k = 0;
        while (k < reply.Count - 1 && k < 3 && reply.In(k, ConfirmationOpeners))
        {
            k++;
        }

        var echo = k;
        var content = false;
        while (echo < reply.Count && (echo == k || !punctuated || !reply.PunctuationBefore(echo)) && IsTakenUp(words, start, reply, echo))
        {
            var word = reply.Span(echo);
            content |= word.Length >= 3 && !reply.In(echo, EchoStopWords) && !reply.In(echo, FirstPerson) && !reply.In(echo, ListenerSubjects);
            echo++;
        }

        if (!content)
        {
            return false;
        }

        var ends = echo == reply.Count || reply.In(echo, YesWords) || (punctuated && reply.PunctuationBefore(echo));
        return punctuated ? ends : echo - k >= 2;
    }

    /// <summary>Whether a reply word repeats one of the statement's words, "I", "my", "we" standing for its "you", "your".</summary>
    private static bool IsTakenUp(ActWords words, int start, ActWords reply, int at)
    {
        var word = reply.Span(at);
        var swapped = reply.Is(at, "i") || reply.Is(at, "we") || reply.Is(at, "me") || reply.Is(at, "us") ? "you"
            : reply.Is(at, "i'm") || reply.Is(at, "we're") ? "you're"
            : reply.Is(at, "i've") || reply.Is(at, "we've") ? "you've"
            : reply.Is(at, "my") || reply.Is(at, "our") ? "your"
            : null;
        for (var i = start; i < words.Count; i++)
        {
            if (swapped is null ? words.Span(i).Equals(word, StringComparison.OrdinalIgnoreCase) : words.Is(i, swapped))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPunctuation(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Modals after "I" or "we" that open a plan or wish, not a confirmation: "We should do that.", "I might try it."</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanModals = Set(
        "should", "shouldn't", "might", "could", "ought", "may", "gotta");

    /// <summary>Whether the reply repeats at least half (and at least one) of the statement's content words.</summary>
    private static bool TakesUp(ActWords words, int start, ActWords reply)
    {
        var content = 0;
        var taken = 0;
        for (var i = start; i < words.Count; i++)
        {
            var word = words.Span(i);
            if (word.Length < 3 || words.In(i, EchoStopWords) || words.In(i, ListenerSubjects) || words.In(i, Markers))
            {
                continue;
            }

            content++;
            for (var r = 0; r < reply.Count; r++)
            {
                if (reply.Span(r).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    taken++;
                    break;
                }
            }
        }

        return content > 0 && taken * 2 >= content;
    }

    /// <summary>Words that judge the listener or what they did ("You're the expert.", "You did the right thing.", "Your dad was smart.").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JudgingWords = Set(
        "lucky", "luckier", "smart", "smarter", "brave", "braver", "wise", "wiser", "expert", "experts", "fortunate", "blessed",
        "crazy", "nuts", "saint", "genius", "pro");

    /// <summary>Nouns after a judging "right": "You did the right thing.", "You're in the right place.", "You're on the right track."</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JudgedByRight = Set("thing", "place", "track");

    /// <summary>Words before a judging "right": "was right", "you're right about that", "doing all right" (not "you turn right").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RightAfter = Set(
        "was", "were", "is", "are", "be", "been", "all", "you're", "dead", "so", "absolutely", "probably");

    /// <summary>
    /// Whether a statement about the listener judges them or what they did rather than states a fact the speaker could
    /// check: a judging word ("You're the expert, then.", "You're braver than me.") or a judging "right" ("Your dad was
    /// right.", "You did the right thing.", "You're in the right place.", "You've been doing all right."; not "You live right by the lake.", "So you
    /// turn right."). Its owner agrees or thanks ("I know.", "I try."), which confirms nothing.
    /// </summary>
    internal static bool IsAssessment(ActWords words, int start)
    {
        for (var i = start; i < words.Count; i++)
        {
            if (words.In(i, JudgingWords) ||
                (words.Is(i, "right") && ((i + 1 < words.Count && words.In(i + 1, JudgedByRight)) ||
                    (i > start && words.In(i - 1, RightAfter) && (i == words.Count - 1 || words.Is(i + 1, "about") || words.Is(i + 1, "then"))))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"have to", "got to", "need to", "used to": what one must do or did, not a fact to check.</summary>
    private static bool IsHaveTo(ActWords words, int verb) =>
        verb + 1 < words.Count && words.Is(verb + 1, "to") &&
        (words.Is(verb, "have") || words.Is(verb, "got") || words.Is(verb, "need") || words.Is(verb, "used"));
}
