using SalesLint.Model;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>
/// The decisions that need what the other side says next (<see cref="ActContext.NextTokens"/>): a question nobody
/// answers was not asked. A wh-question the other side meets with a bare "Right." or "Yeah." ("What are you going to
/// do?" / "Right.") and a negative yes/no question met with agreement alone ("Isn't that ridiculous?" / "I know.") are
/// rhetorical (a positive one may be a check that "Right." confirms: "Have I got that right?"); so is a question after "I mean," met with "I don't know." or "No." ("I mean, is that really
/// necessary?" / "I don't think so."). A real question gets an answer, and an analyst's long question a long one.
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

    /// <summary>Opinions that open a turn after a question put as "I mean, …": "I don't know. They keep …", "I don't think so, …".</summary>
    internal static readonly string[][] OpeningOpinions = [["i", "don't", "know"], ["i", "don't", "think", "so"], ["who", "knows"], ["not", "really"]];

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
        ["who", "knows"], ["beats", "me"], ["nope"], ["no", "no"], ["i", "doubt", "it"], ["not", "at", "all"],
    ];

    /// <summary>Negative auxiliaries that open an exclamation in question form ("Isn't it amazing?", "Don't you hate that?").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeOpeners = Set(
        "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "wouldn't", "won't", "can't", "couldn't", "haven't", "hasn't", "ain't");

    /// <summary>Wh-words that propose rather than ask when they open "how about …", "what about …", "why don't …".</summary>
    private static readonly string[][] Proposals = [["how", "about"], ["what", "about"], ["why", "don't"], ["why", "not"], ["how", "'bout"]];

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
            (iMean && (context.NextIsOnly(Agreements) || context.NextIsOnly(Opinions) || context.NextOpensWith(OpeningOpinions)));
        return unanswered ? RuleDecisions.Unanswered : decision;
    }

    private static bool IsWh(ActDecision decision) =>
        ReferenceEquals(decision, RuleDecisions.WhOpener) || ReferenceEquals(decision, RuleDecisions.WhOpenerMarked) ||
        ReferenceEquals(decision, RuleDecisions.WhOpenerInverted);
}
