using static SalesLint.Acts.RuleWords;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>
/// Wh-questions about people in general rather than the listener, the shape rhetorical questions take in talk ("What do
/// they expect?", "How are they supposed to live on that?", "Who's going to hire somebody like that?", "Why would I want
/// to switch?", "Who writes letters anymore?"). The shape alone does not decide: a real question has it too ("What would
/// they need to see?"), so the caller asks what happened next — the other side agreeing ("Yeah, you get what you pay
/// for.") or the same speaker going straight on with a statement — before it takes one for rhetorical.
/// </summary>
internal static class GenericWhRules
{
    /// <summary>Subjects that name nobody in particular: "they", "people", "anybody", "a person" (the first word).</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericSubjects = Set(
        "they", "people", "anybody", "anyone", "somebody", "someone", "everybody", "everyone", "nobody", "folks", "one");

    /// <summary>Modals of what may, would or should happen ("what would they …", "how can anybody …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set(
        "would", "could", "can", "should", "will", "might");

    /// <summary>Forms of "be" before "going to" or "supposed to" ("how are they going to …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Set("are", "is", "were", "was");

    /// <summary>Words after a "be" form that make it an expectation: "going to", "gonna", "supposed to".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Expectations = Set("going", "gonna", "supposed");

    /// <summary>The speaker's own "would" or "should" after "why": "why would I …", "why should I …" (not "we": an analyst's "why would we be growing faster …?" asks).</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerSubjects = Set("i");

    /// <summary>"Who" with its modal or "be" contracted: "who's going to …", "who'd want …".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhoContracted = Set("who's", "who'd", "who'll");

    /// <summary>Words that name the listener; a question with one of them is about the listener, not people in general.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerWords = Set(
        "you", "your", "yours", "you're", "you've", "you'd", "you'll", "y'all", "yourself", "yourselves", "ya");

    /// <summary>Words that close a wh-question said of the world at large: "Who writes letters anymore?"</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Anymore = Set("anymore", "nowadays");

    /// <summary>
    /// Whether a wh-question is about people in general in a rhetorical shape: no word names the listener, and after the
    /// markers (and "I mean") it opens with a wh-word (optionally "else") and then a modal or an expectation before a
    /// general subject ("what would they …", "how are they supposed to …", "what do they expect"), the speaker's own
    /// "why would I" / "why should we", or "who" as the subject of a modal, "going to" or a verb in "-s" ("who's going to
    /// hire …", "who wants …"; not "who would be …", a question about roles); or it ends in "anymore".
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <returns><see langword="true"/> for that shape.</returns>
    internal static bool IsGenericWh(ActWords words)
    {
        var count = words.Count;
        if (count < 3 || words.IndexOfAny(0, ListenerWords) >= 0)
        {
            return false;
        }

        var start = 0;
        while (start < count - 1 && words.In(start, Markers))
        {
            start++;
        }

        if (start + 2 < count && words.Is(start, "i") && words.Is(start + 1, "mean"))
        {
            start += 2;
            while (start < count - 1 && words.In(start, Markers))
            {
                start++;
            }
        }

        if (count - start < 3 || !(words.In(start, WhWords) || words.In(start, WhoContracted)))
        {
            return false;
        }

        if (words.In(count - 1, Anymore))
        {
            return true;
        }

        if (words.Is(start, "who") || words.In(start, WhoContracted))
        {
            return IsWhoSubject(words, start, count);
        }

        var aux = start + 1;
        if (words.Is(aux, "else"))
        {
            aux++;
        }

        var subject = aux + 1;
        if (subject >= count)
        {
            return false;
        }

        if (words.Is(start, "why") && (words.Is(aux, "would") || words.Is(aux, "should")) && words.In(subject, SpeakerSubjects))
        {
            return true;
        }

        if (!words.In(subject, GenericSubjects))
        {
            return false;
        }

        return words.In(aux, Modals) ||
            (subject + 1 < count && words.In(aux, BeForms) && words.In(subject + 1, Expectations)) ||
            (subject + 1 < count && (words.Is(aux, "do") || words.Is(aux, "did")) && words.Is(subject + 1, "expect"));
    }

    /// <summary>"Who" as the subject of a modal, "going to" or an "-s" verb, other than "be" ("who'd want …", "who buys …").</summary>
    private static bool IsWhoSubject(ActWords words, int start, int count)
    {
        var verb = start + 1;
        if (words.Is(start, "who's") || (words.Is(start, "who") && words.Is(verb, "is")))
        {
            verb = words.Is(start, "who's") ? start + 1 : start + 2;
            if (verb + 1 >= count || !(words.Is(verb, "going") || words.Is(verb, "gonna")))
            {
                return false;
            }

            verb = words.Is(verb, "going") ? verb + 2 : verb + 1;
        }
        else if (words.Is(start, "who'd") || words.Is(start, "who'll"))
        {
            verb = start + 1;
        }
        else if (words.In(verb, Modals))
        {
            verb++;
        }
        else
        {
            return false;
        }

        while (verb < count && (words.Is(verb, "ever") || words.Is(verb, "even") || words.Is(verb, "really")))
        {
            verb++;
        }

        return verb < count && !words.Is(verb, "be") && !words.Is(verb, "have") && !words.In(verb, Pronouns) && !words.In(verb, Determiners);
    }

    /// <summary>Determiners that make "who" an object ("who would the company …"), not the subject.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set("the", "a", "an", "this", "that", "these", "those", "my", "our");
}
