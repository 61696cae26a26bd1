using static SalesLint.Acts.RuleWords;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>Tags: "…, right?", "…, isn't it", an unpunctuated "… aren't you", checks on a proposal ("… does that work for you"), the empty tails that ask nothing ("…, you know.") and agreements with a tag ("They are, aren't they?").</summary>
internal static class TagRules
{
    /// <summary>Words before a final "right" or "correct" that make it part of the clause.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TagBlockers = Set(
        "that's", "that", "is", "was", "be", "all", "it's", "just", "exactly", "you're", "you", "i'm", "not", "quite", "the",
        "turn", "left", "go", "went", "here", "there", "out", "in", "me", "alright", "absolutely", "are", "were", "and",
        "politically", "very", "about", "pretty", "so", "quite", "feel", "feels", "felt", "looks", "look", "sounds", "seem", "seems", "get", "got", "it", "this",
        "were", "been", "done", "do", "did", "a", "your", "my", "our", "their", "his", "her", "human", "civil", "legal",
        "probably", "definitely", "certainly", "maybe", "totally", "completely", "perfectly", "he's", "she's", "they're", "we're",
        "almost", "necessarily", "top", "bottom", "upper", "lower", "far");

    /// <summary>Words before a final "correct" that make it a verb ("then mariano can correct"), not a tag.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CorrectVerbBlockers = Set(
        "can", "could", "will", "would", "should", "must", "might", "to", "i'll", "we'll", "he'll", "she'll", "they'll");

    /// <summary>
    /// Verbs whose object a final "right" completes ("if i get my numbers right", "getting the data right", "we did it
    /// right"): with one of <see cref="ComplementObjects"/> right after them, "right" is part of the clause, no tag.
    /// </summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComplementVerbs = Set(
        "get", "gets", "got", "getting", "do", "does", "did", "doing", "done", "make", "makes", "made", "making", "set", "put",
        "spell", "spelled", "pronounce", "pronounced", "heard", "hear", "understood", "understand", "remember", "remembered",
        "read", "measure", "measured");

    /// <summary>Words that open the object of one of <see cref="ComplementVerbs"/> ("get the …", "did it …", "got your …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComplementObjects = Set(
        "the", "my", "your", "our", "their", "his", "her", "its", "it", "that", "this", "these", "those", "them", "things",
        "everything", "something", "anything", "all", "every", "each");

    /// <summary>
    /// Words before the auxiliary of a final "do it" / "have that" that make it the clause's own verb, not a tag: a subject
    /// ("when we do it"), a modal or future ("we'll do that", "gonna have it").
    /// </summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbSubjects = Set(
        "i", "we", "you", "they", "he", "she", "i'll", "we'll", "you'll", "they'll", "he'll", "she'll", "gonna", "going",
        "wanna", "will", "would", "could", "should", "can", "might", "must", "may", "shall", "to", "let's");

    /// <summary>
    /// Subjects and adverbs before the auxiliary of a final "did that" / "have it" that make it the clause's own verb after a
    /// negative clause, not a positive tag: "i don't guess they'd have it", "not everybody does that", "i didn't know people
    /// did that", "i don't think they'd ever do that".
    /// </summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MainVerbSubjects = Set(
        "i'd", "we'd", "you'd", "they'd", "he'd", "she'd", "it'd", "everybody", "everyone", "nobody", "somebody", "someone",
        "anybody", "anyone", "people", "ever", "never", "always", "usually", "actually", "even", "also", "sometimes");

    /// <summary>Demonstratives that before a copula and "it" make a clause, not a tag ("… and that was it").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonstrativeSubjects = Set("that", "this");

    /// <summary>Tails that do not ask: "…, you know." / "…, you know what I mean" / "…, I mean."</summary>
    internal static readonly string[][] EmptyTails =
    [
        ["you", "know"], ["you", "know", "what", "i", "mean"], ["know", "what", "i", "mean"], ["i", "mean"], ["ya", "know"],
        ["y'know"],
    ];

    /// <summary>Empty tails sure enough to drop without a comma before them.</summary>
    internal static readonly string[][] LongEmptyTails = [["know", "what", "i", "mean"]];

    internal static readonly string[][] Tags =
    [
        ["right"], ["isn't", "it"], ["don't", "you"], ["aren't", "you"], ["wouldn't", "you"], ["doesn't", "it"],
        ["isn't", "that"], ["won't", "you"], ["correct"], ["yeah"], ["no"], ["agreed"], ["okay"], ["ok"], ["fair"],
        ["wouldn't", "it"], ["can't", "you"], ["didn't", "you"], ["does", "that", "make", "sense"], ["make", "sense"],
        ["sound", "good"], ["sound", "fair"], ["huh"], ["or", "not"],
    ];

    /// <summary>Tags that need a question mark, or no punctuation at all: after "." ("It's 40%, right.") they only agree.</summary>
    internal static readonly string[][] WeakTags = [["right"], ["yeah"], ["no"], ["okay"], ["ok"], ["correct"], ["agreed"], ["fair"]];

    /// <summary>Checks on a proposal, alone or ending it: "… is that okay", "… does that work for you", "sound fair" (tag questions).</summary>
    internal static readonly string[][] ProposalChecks =
    [
        ["is", "that", "okay"], ["is", "that", "ok"], ["is", "that", "good"], ["is", "that", "fair"], ["is", "that", "alright"],
        ["is", "that", "all", "right"], ["is", "that", "fine"], ["is", "that", "cool"], ["is", "that", "possible"],
        ["is", "that", "acceptable"], ["is", "that", "okay", "with", "you"], ["is", "that", "ok", "with", "you"],
        ["does", "that", "work"], ["does", "that", "work", "for", "you"], ["would", "that", "work"], ["would", "that", "work", "for", "you"],
        ["does", "that", "sound", "good"], ["does", "that", "sound", "fair"], ["does", "that", "sound", "okay"],
        ["that", "sound", "good"], ["that", "sound", "fair"], ["sound", "good"], ["sound", "fair"], ["sound", "okay"],
        ["how", "does", "that", "sound"], ["how's", "that", "sound"], ["would", "that", "be", "okay"], ["would", "that", "be", "ok"],
        ["is", "that", "a", "deal"], ["do", "we", "have", "a", "deal"], ["deal", "or", "no", "deal"],
    ];

    /// <summary>
    /// Agreeing with a tag: a pronoun and its auxiliary, then the tag ("They are, aren't they?", "it was wasn't it", "You do,
    /// don't you"), nothing else; the speaker confirms what the other side said.
    /// </summary>
    internal static bool IsAgreementTag(ActWords words, int start, int count) =>
        count - start == 4 && words.In(start, EchoPronouns) && words.In(start + 1, Auxiliaries) && words.In(start + 2, NegativeAuxiliaries) &&
        words.In(start + 3, EchoPronouns) && words.Same(start, start + 3);

    /// <summary>
    /// A tag at the end of an unpunctuated sentence: a negative auxiliary and a pronoun ("… aren't you", "… isn't it"), or
    /// "right" / "correct" when the words before do not make them part of the clause ("that's right", "all right").
    /// </summary>
    internal static bool IsBareTag(ActWords words, int count)
    {
        if (words.In(count - 2, NegativeAuxiliaries) && words.In(count - 1, EchoPronouns))
        {
            return true;
        }

        // "they don't do that anymore do they": a positive tag after a negative clause.
        // Not "we'll do that", "when we do it", "we're gonna have it": after a subject or a modal the auxiliary is the verb.
        if (count >= 5 && words.In(count - 2, Auxiliaries) && words.In(count - 1, EchoPronouns) && words.IndexOfAny(0, Negations) is >= 0 and var not && not < count - 3 &&
            !words.In(count - 3, Auxiliaries) && !words.In(count - 3, Negations) && !words.In(count - 3, VerbSubjects) && !words.Is(count - 3, "just") &&
            !words.In(count - 3, MainVerbSubjects) &&
            !(words.In(count - 3, DemonstrativeSubjects) && words.In(count - 2, Copulas)))
        {
            return true;
        }

        // "pretty nice up there huh"
        if (words.Is(count - 1, "huh") && !words.Is(count - 2, "uh") && !words.Is(count - 2, "um"))
        {
            return true;
        }

        // Not "i think todd's right" (but "who's right" asks), "then mariano can correct", "if i get my numbers right".
        return (words.Is(count - 1, "right") || (words.Is(count - 1, "correct") && !words.In(count - 2, CorrectVerbBlockers))) &&
            !words.In(count - 2, TagBlockers) && !(EndsWithIs(words.Span(count - 2)) && !words.In(count - 2, WhWords)) &&
            !CompletesObject(words, count - 1);
    }

    /// <summary>Whether a word ends in a contracted "is" or a possessive ("todd's", "it's").</summary>
    private static bool EndsWithIs(ReadOnlySpan<char> word) => word.EndsWith("'s") || word.EndsWith("’s");

    /// <summary>
    /// Whether a final "right" completes a verb's object ("get my numbers right", "got the question uh right", "did it
    /// right"): one of <see cref="ComplementVerbs"/> and an object opener (<see cref="ComplementObjects"/>) within the
    /// five words before it.
    /// </summary>
    private static bool CompletesObject(ActWords words, int right)
    {
        for (var i = Math.Max(0, right - 6); i < right - 1; i++)
        {
            if (words.In(i, ComplementVerbs) && words.In(i + 1, ComplementObjects))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words an empty tail ("you know", "I mean") at the last comma takes, or 0.</summary>
    internal static int TailLength(ActWords words, int lastBreak)
    {
        var length = words.Count - lastBreak;
        return length is >= 1 and <= 5 && words.EqualsAt(lastBreak, length, EmptyTails) ? length : 0;
    }

    /// <summary>Whether the sentence ends in an empty tail sure enough to drop without a comma ("… know what i mean").</summary>
    internal static bool EndsWithLongEmptyTail(ActWords words) => words.EndsWithAny(words.Count, LongEmptyTails);

    /// <summary>A check on a proposal, alone or ending it: "… is that okay", "does that work for you", "sound fair".</summary>
    internal static bool IsProposalCheck(ActWords words) =>
        words.MatchesWhole(ProposalChecks) || (words.Count >= 4 && words.EndsWithAny(words.Count, ProposalChecks));

    /// <summary>
    /// A tag after the last comma: one of <see cref="Tags"/> (a weak one such as "right" not after a final full stop) or an
    /// auxiliary and a pronoun ("…, didn't they?").
    /// </summary>
    internal static bool IsTag(ActWords words, int lastBreak, bool period)
    {
        var count = words.Count;
        return lastBreak >= 2 && count >= 3 && count - lastBreak is >= 1 and <= 4 &&
            ((words.EqualsAt(lastBreak, count - lastBreak, Tags) && !(period && words.EqualsAt(lastBreak, count - lastBreak, WeakTags))) ||
             (count - lastBreak == 2 && words.In(lastBreak, Auxiliaries) && words.In(lastBreak + 1, EchoPronouns)));
    }
}
