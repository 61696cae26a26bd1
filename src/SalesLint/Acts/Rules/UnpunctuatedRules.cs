using SalesLint.Model;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>
/// Shapes of spoken questions that only text without punctuation needs told apart (speech recognition, lower-cased
/// transcripts): a reaction run into the question it leads to ("huh are people going", "that's good what year is he"),
/// a word search that the speaker answers at once ("they charged us what was it eleven dollars", "what do they call it
/// the peace corps"), and a yes/no question that leaves its alternative to the listener ("are you an outdoors person or").
/// Punctuated text marks these with commas and "?", and the rules there do not use this class.
/// </summary>
internal static class UnpunctuatedRules
{
    /// <summary>Words of a reaction that may run straight into a question ("ha is he moving", "oh boy who's paying").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReactionWords = Set(
        "oh", "ha", "hah", "huh", "wow", "whoa", "gosh", "golly", "gee", "jeez", "geez", "boy", "man", "god", "goodness", "lord",
        "ah", "aha", "ooh", "hey", "well", "okay", "ok", "yeah", "really", "hm", "hmm", "uh", "um", "so", "and", "but", "now");

    /// <summary>Short reaction clauses before a question ("that's good what year is he", "there you go would you mind").</summary>
    private static readonly string[][] ReactionClauses =
    [
        ["that's", "good"], ["that's", "great"], ["that's", "nice"], ["that's", "neat"], ["that's", "interesting"],
        ["that's", "wonderful"], ["that's", "cool"], ["that's", "funny"], ["that's", "true"], ["that's", "right"],
        ["that's", "too", "bad"], ["that's", "awesome"], ["that's", "amazing"], ["that's", "terrible"], ["that's", "awful"],
        ["that's", "a", "shame"], ["that's", "fun"], ["there", "you", "go"], ["i", "see"], ["all", "right"], ["my", "goodness"],
        ["my", "gosh"], ["my", "god"], ["no", "kidding"], ["good", "for", "you"], ["how", "nice"], ["how", "neat"],
        ["how", "funny"], ["how", "interesting"], ["oh", "my"],
    ];

    /// <summary>Reaction words that before an inverted "i" or "we" make an exclamation ("boy do i have stories", "man was i tired").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExclamationOpeners = Set(
        "boy", "man", "god", "gosh", "golly", "lord", "oh", "wow", "goodness", "gee");

    /// <summary>Subjects of an exclamation in question form after an <see cref="ExclamationOpeners"/> word.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExclamationSubjects = Set("i", "we");

    /// <summary>Subjects after an auxiliary that make a question start strong enough to end a reaction before it.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalSubjects = Set(
        "you", "we", "they", "he", "she", "i", "it", "that", "there", "y'all", "your", "people", "the", "this", "those");

    /// <summary>
    /// Where the question starts after a reaction run into it without punctuation: "ha | is he moving", "huh | are people
    /// going", "oh boy | who's paying", "that's good | what year is he", "there you go | would you mind". Returns
    /// <paramref name="start"/> when the words there are no reaction, or what follows is no yes/no or wh-question start,
    /// or the reaction makes it an exclamation ("boy do i have stories").
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The first word after the discourse markers.</param>
    /// <param name="count">The number of words.</param>
    /// <returns>The first word of the question, or <paramref name="start"/>.</returns>
    internal static int AfterReaction(ActWords words, int start, int count)
    {
        var at = start;
        while (at < count - 2)
        {
            if (words.In(at, ReactionWords))
            {
                at++;
                continue;
            }

            var matched = false;
            foreach (var clause in ReactionClauses)
            {
                if (at + clause.Length < count - 1 && words.StartsWith(at, clause))
                {
                    at += clause.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                break;
            }
        }

        // "huh is that right", "gee do you": a backchannel in question form after the reaction asks nothing.
        if (at == start || count - at < 3 || BackchannelRules.IsBackchannel(words.Between(at, count)))
        {
            return start;
        }

        if (words.In(at, WhWords))
        {
            // "that's good what year is he", "oh boy who's paying": a wh-word with its auxiliary or a contracted one.
            return words.In(at + 1, Auxiliaries) || words.Span(at).Contains('\'') || (at + 2 < count && words.In(at + 2, Auxiliaries)) ? at : start;
        }

        if (!words.In(at, Auxiliaries) || !words.In(at + 1, PersonalSubjects) || words.In(at, RuleWords.NegativeAuxiliaries))
        {
            return start;
        }

        return words.In(at - 1, ExclamationOpeners) && words.In(at + 1, ExclamationSubjects) ? start : at;
    }

    /// <summary>Auxiliaries that take only a singular third-person subject ("is it", "does she"; not "is you").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SingularAuxiliaries = Set(
        "is", "isn't", "does", "doesn't", "has", "hasn't");

    /// <summary>Forms of "be" that take no singular subject but "you" ("are you"; not "are i", "were it").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralCopulas = Set("are", "aren't");

    /// <summary>Subjects a <see cref="SingularAuxiliaries"/> word does not agree with.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonSingularSubjects = Set("i", "you", "we", "they", "y'all");

    /// <summary>Subjects a <see cref="PluralCopulas"/> word does not agree with.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SingularSubjects = Set("i", "he", "she", "it");

    /// <summary>
    /// Whether the auxiliary at <paramref name="at"/> and the pronoun after it do not agree ("are i think they're paid
    /// actors", "is you", "does they"): a restart or a clause going on, not an inversion.
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="at">The auxiliary.</param>
    /// <returns><see langword="true"/> when they do not agree.</returns>
    internal static bool Disagrees(ActWords words, int at) =>
        at + 1 < words.Count &&
        ((words.In(at, SingularAuxiliaries) && words.In(at + 1, NonSingularSubjects)) ||
         (words.In(at, PluralCopulas) && words.In(at + 1, SingularSubjects)) ||
         (words.Is(at, "am") && !words.Is(at + 1, "i")) ||
         ((words.Is(at, "was") || words.Is(at, "wasn't")) && words.In(at + 1, PluralSubjects)) ||
         IsRestartAfterBe(words, at));

    /// <summary>Subjects "was" does not agree with ("was we talked till …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralSubjects = Set("we", "they", "y'all");

    /// <summary>Forms of "be" that may open an inversion ("is it", "was i").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeAuxiliaries = Set("is", "was", "were", "are", "am");

    /// <summary>Subject pronouns that start a clause afresh after "be" and a pronoun ("is it i felt like …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FreshSubjects = Set("i", "he", "she", "we", "they");

    /// <summary>
    /// Whether "be" and a pronoun run straight into a new subject or a finite auxiliary ("is it i felt like the biggest
    /// fool", "i think mine was i had braces", "was it we had"): a clause begun again, which no inversion is ("are you, i
    /// mean, are you from here" and "was it did it live up to it" still ask).
    /// </summary>
    private static bool IsRestartAfterBe(ActWords words, int at) =>
        at + 2 < words.Count && words.In(at, BeAuxiliaries) && words.In(at + 1, RuleWords.EchoPronouns) && !words.Is(at + 1, "there") &&
        ((words.In(at + 2, FreshSubjects) && !(at + 3 < words.Count && words.Is(at + 2, "i") && words.Is(at + 3, "mean"))) ||
         (words.In(at + 2, Auxiliaries) && !words.Same(at, at + 2) && !(at + 3 < words.Count && words.In(at + 3, RuleWords.EchoPronouns))));

    /// <summary>Forms of "be" in a "how … supposed to" complaint ("how are they supposed to …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SupposedCopulas = Set("is", "are", "was", "were");

    /// <summary>
    /// A complaint in the form of a "how" question about what someone is expected to do: "how's she supposed to teach
    /// anybody anything", "so then how are the kids supposed to do their homework" — the subject of one to three words
    /// ("she", "the kids", "a family of four") and "supposed to". The rules already know it with "you" and "we"
    /// (<see cref="RhetoricalRules"/>); without punctuation any subject but "i" ("how am i supposed to stay warm"
    /// argues for what the speaker needs and waits for the answer).
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The first word after the discourse markers.</param>
    /// <param name="count">The number of words.</param>
    /// <returns><see langword="true"/> for such a complaint.</returns>
    internal static bool IsSupposedToComplaint(ActWords words, int start, int count)
    {
        int subject;
        if (words.Is(start, "how's"))
        {
            subject = start + 1;
        }
        else if (words.Is(start, "how") && start + 1 < count && words.In(start + 1, SupposedCopulas))
        {
            subject = start + 2;
        }
        else
        {
            return false;
        }

        for (var i = subject + 1; i <= subject + 3 && i + 1 < count; i++)
        {
            if (words.Is(i, "supposed") && words.Is(i + 1, "to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Word searches that open with a wh-question the speaker answers at once ("what do they call it the peace corps").</summary>
    private static readonly string[][] NameSearches =
    [
        ["what", "do", "you", "call", "it"], ["what", "do", "they", "call", "it"], ["what", "do", "you", "call", "them"],
        ["what", "do", "they", "call", "them"], ["what", "did", "they", "call", "it"], ["what", "did", "they", "call", "them"],
        ["what", "do", "you", "call", "that"], ["what", "do", "they", "call", "that"], ["what's", "his", "name"],
        ["what's", "her", "name"], ["what's", "their", "name"], ["what's", "it", "called"], ["what's", "that", "called"],
        ["what", "is", "it", "called"], ["what", "was", "it", "called"], ["what", "was", "his", "name"], ["what", "was", "her", "name"],
        ["what", "is", "his", "name"], ["what", "is", "her", "name"], ["what's", "the", "name"], ["what", "was", "the", "name"],
    ];

    /// <summary>Words after a name search that go on asking it ("what do you call it when …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SearchGoesOn = Set(
        "when", "if", "where", "in", "that", "again", "of", "for", "you", "now", "anyway");

    /// <summary>Short wh-questions with "it" or "they" that the speaker answers with a figure or a name at once ("what was it eleven dollars").</summary>
    private static readonly string[][] FigureSearches =
    [
        ["what", "was", "it"], ["what", "is", "it"], ["what's", "it"], ["what", "were", "they"], ["what", "are", "they"],
        ["what", "was", "that"], ["what", "is", "that"],
    ];

    /// <summary>Amounts that after a figure search give its answer ("what was it eleven dollars").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SearchAmounts = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "a", "around", "almost", "over", "maybe");

    /// <summary>
    /// A word search the speaker answers in the same breath, without punctuation: "what do they call it the the peace
    /// corps kind of thing", "what's his name the governor", "what was it eleven dollars for one aspirin", "what are
    /// they the purple ones". Not "what do you call it when …" (asked), "what was it like", "what is it the doctor
    /// said" (a cleft that goes on asking), nor a search that ends there ("what was it").
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The first word after the discourse markers.</param>
    /// <param name="count">The number of words.</param>
    /// <returns><see langword="true"/> for such a word search.</returns>
    internal static bool IsWordSearch(ActWords words, int start, int count)
    {
        foreach (var search in NameSearches)
        {
            if (start + search.Length < count && words.StartsWith(start, search))
            {
                return !words.In(start + search.Length, SearchGoesOn);
            }
        }

        foreach (var search in FigureSearches)
        {
            if (start + search.Length + 1 < count && words.StartsWith(start, search))
            {
                var next = start + search.Length;
                while (next < count - 1 && words.In(next, RuleWords.Fillers))
                {
                    next++;
                }

                // "what are they the purple ones": a name after "they"; after "it" a "the" runs on into a cleft.
                return words.In(next, SearchAmounts) || words.StartsWithDigit(next) || (words.Is(start + 2, "they") && words.Is(next, "the"));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence left open with a final "or" asks: the question before it ("are you an outdoors person or", "do
    /// you rent or") or a short declarative about the listener ("you're having it in a church or") leaves the other
    /// alternative to the listener, as speakers on the telephone do; a statement left open ("we could go to the lake
    /// or") stays broken off.
    /// </summary>
    /// <param name="before">The decision for the sentence without its final "or".</param>
    /// <param name="words">The sentence's words, the final "or" included.</param>
    /// <param name="start">The first word after the discourse markers.</param>
    /// <returns>The question decision, or <see langword="null"/> when the sentence does not ask.</returns>
    internal static ActDecision? OpenAlternative(ActDecision before, ActWords words, int start)
    {
        if (before.Act == SentenceAct.Question)
        {
            return ReferenceEquals(before, RuleDecisions.Aux) ? RuleDecisions.AuxOr : before;
        }

        var count = words.Count - 1;
        var listener = words.Is(start, "you") || words.Is(start, "you're") || words.Is(start, "you've") || words.Is(start, "y'all");
        return listener && count - start is >= 3 and <= 9 && ReferenceEquals(before, RuleDecisions.Declarative) &&
               words.IndexOfAny(start + 1, Modals) < 0
            ? RuleDecisions.DeclarativeCue
            : null;
    }

    /// <summary>Modals after which a "you" statement tells what the listener can or will do ("you can take the bus or").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set(
        "can", "could", "will", "would", "should", "might", "may", "must", "'ll", "you'll", "need", "have");
}
