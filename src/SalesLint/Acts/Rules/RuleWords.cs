using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>The word lists the act rules share: subjects and pronouns after an auxiliary, negations, fillers, the words that leave a sentence unfinished, requests for information and questions handed back.</summary>
internal static class RuleWords
{
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subjects = Set(
        "you", "we", "i", "they", "he", "she", "it", "there", "that", "this", "your", "the", "any", "anyone", "anybody",
        "someone", "somebody", "everyone", "our", "their", "his", "her", "a", "an", "those", "these", "y'all", "u", "ya",
        "things", "people", "everybody", "something", "anything", "one", "all", "each", "some", "most", "team", "budget");

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set(
        "i", "we", "you", "they", "he", "she", "it", "our", "my", "their", "i'm", "we're", "you're", "they're", "i've", "we've",
        "you've", "i'd", "we'd", "it's", "he's", "she's", "that's");

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeAuxiliaries = Set(
        "don't", "doesn't", "didn't", "aren't", "isn't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "won't",
        "shouldn't", "haven't", "hasn't", "hadn't");

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = Set("is", "was", "'s", "were", "are");

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Or = Set("or");

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations = Set(
        "not", "never", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "won't", "wouldn't",
        "haven't", "hasn't", "couldn't", "shouldn't");

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = Set("uh", "um", "umm", "uhm", "er", "erm");

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EchoPronouns = Set(
        "you", "i", "it", "they", "he", "she", "we", "that", "there", "you've", "y'all");

    /// <summary>Last words that leave an unpunctuated utterance unfinished ("so what did you think of the").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Unfinished = Set(
        "the", "a", "an", "and", "or", "but", "my", "your", "our", "their", "his", "uh", "um", "umm", "uhm", "because");

    /// <summary>Modals that open a statement with its subject left out ("could be worse", "would have been nice").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisModals = Set(
        "could", "would", "should", "might", "may", "must", "couldn't", "wouldn't", "shouldn't", "might've", "could've",
        "would've", "should've");

    /// <summary>Words after an <see cref="EllipsisModals"/> modal that leave no room for a subject.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisNext = Set("be", "have", "been", "not", "never");

    /// <summary>
    /// Objects after a sentence-initial "do" / "have" that make it an imperative ("do that and …", "have a look", "or do it
    /// on the weekend": a question would ask "does it" / "has it").
    /// </summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImperativeObjects = Set("that", "this", "a", "it");

    internal static readonly string[][] InfoRequests =
    [
        ["tell", "me"], ["walk", "me", "through"], ["talk", "me", "through"], ["help", "me", "understand"],
        ["i'd", "love", "to", "hear"], ["i'd", "love", "to", "know"], ["i'd", "like", "to", "understand"],
        ["i'd", "like", "to", "know"], ["i'm", "curious"], ["i", "am", "curious"], ["i", "was", "wondering"],
        ["i'm", "wondering"], ["describe"], ["explain"], ["share", "with", "me"], ["give", "me", "a", "sense"],
        ["let", "me", "ask"], ["can", "i", "ask"], ["curious", "what"], ["curious", "how"], ["curious", "whether"],
    ];

    /// <summary>Handing the question back after answering it: "How about you?", "And you?" (questions).</summary>
    internal static readonly string[][] ReturnQuestions =
    [
        ["how", "about", "you"], ["what", "about", "you"], ["and", "you"], ["how", "about", "yourself"],
        ["what", "about", "yourself"], ["and", "yourself"], ["how", "about", "you", "guys"], ["what", "about", "you", "guys"],
        ["and", "what", "about", "you"], ["and", "how", "about", "you"], ["how", "about", "your", "team"],
    ];

    /// <summary>Handing the question back at the end of an answer: "I'm good, how about you" (questions).</summary>
    internal static readonly string[][] EndReturnQuestions =
    [
        ["how", "about", "you"], ["what", "about", "you"], ["how", "about", "yourself"], ["what", "about", "yourself"],
        ["and", "yourself"], ["how", "about", "you", "guys"], ["what", "about", "you", "guys"], ["how", "bout", "you"],
    ];

    internal static bool IsQuestionStart(ActWords words, int index) =>
        words.In(index, WhWords) || (words.In(index, Auxiliaries) && index + 1 < words.Count && words.In(index + 1, Subjects));

    /// <summary>A question handed back: "How about you?", "And you?", or "…, how about you" ending an answer.</summary>
    internal static bool IsReturnQuestion(ActWords words, bool period) =>
        words.MatchesWhole(ReturnQuestions) || (!period && words.Count >= 3 && words.EndsWithAny(words.Count, EndReturnQuestions));

    /// <summary>An utterance left unfinished: a short one ending in a filler ("so do you uh"), or an unpunctuated one ending in "the", "and", ….</summary>
    internal static bool IsUnfinished(ActWords words, bool punctuated) =>
        (words.Count <= 4 && words.In(words.Count - 1, Fillers)) || (!punctuated && words.Count >= 2 && words.In(words.Count - 1, Unfinished));

    /// <summary>A statement with its subject left out: "could be worse", "would have been nice", "might not".</summary>
    internal static bool IsEllipsis(ActWords words, int start) =>
        start + 1 < words.Count && words.In(start, EllipsisModals) && words.In(start + 1, EllipsisNext);

    /// <summary>An imperative that opens with "do" or "have": "Do that and you'll save time.", "Have a look …".</summary>
    internal static bool IsImperative(ActWords words, int start) =>
        (words.Is(start, "do") || words.Is(start, "have")) && start + 1 < words.Count && words.In(start + 1, ImperativeObjects);

    /// <summary>A request for information: "tell me about …", "walk me through …", "I'm curious …".</summary>
    internal static bool IsInfoRequest(ActWords words, int start) => words.StartsWithAny(start, InfoRequests);
}
