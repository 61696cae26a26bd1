using static SalesLint.Acts.RhetoricalRules;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>
/// Questions inside reported speech or thought, found by the shape of the frame before them rather than by a list of
/// set frames: a clause that ends, before a comma, in a verb of saying, asking or thinking in any tense or aspect ("So
/// I'm thinking, you know, is this worth it?", "My mom would always ask, have you eaten?", "And he looks at me and
/// says, you did what?", "I remember thinking, what am I doing here?"), in "be like" after any narrator ("the guy's
/// like, you want the warranty?") or in "… ask is" ("The first thing they ask is, do you have insurance?"). A frame in
/// which the speaker asks the listener now ("Let me ask you, …", "I was wondering, …", "I was thinking, do you want
/// to …?") or that puts back the listener's own words ("Like you said, …") frames a real question.
/// </summary>
internal static class QuoteFrameRules
{
    /// <summary>Verbs of saying, asking and thinking that end a quote frame, in any tense or aspect.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrameVerbs = Set(
        "say", "says", "said", "saying", "go", "goes", "went", "going", "ask", "asks", "asked", "asking", "tell", "tells", "told",
        "telling", "think", "thinks", "thought", "thinking", "wonder", "wonders", "wondered", "wondering", "yell", "yells",
        "yelled", "yelling", "scream", "screams", "screamed", "screaming", "holler", "hollers", "hollered", "hollering",
        "shout", "shouts", "shouted", "shouting", "write", "writes", "wrote");

    /// <summary>Verbs with which the speaker puts a question to the listener now ("let me ask", "I was wondering").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerAskVerbs = Set(
        "ask", "asks", "asking", "wonder", "wonders", "wondering", "wondered", "tell", "telling");

    /// <summary>Verbs of thinking or saying that frame a proposal to the listener when the quote names them ("I was thinking, do you want to …?", "I'm just saying, don't you …?").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ThinkVerbs = Set("think", "thinks", "thinking", "saying");

    /// <summary>Verbs of saying or asking after "you" that put the listener's own words back to them ("you said, …", "like you asked, …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerWordsVerbs = Set(
        "say", "said", "saying", "ask", "asked", "asking", "told", "tell", "mentioned", "wrote");

    /// <summary>First-person words of a frame in which the speaker speaks now ("let me ask", "I was wondering").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonFrame = Set(
        "i", "i'm", "i'd", "i've", "i'll", "me", "let", "let's", "we", "we're", "we'd", "we've", "we'll");

    /// <summary>Words that address the listener inside a quote ("do you want to …").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerWords = Set(
        "you", "your", "you're", "you've", "you'd", "you'll", "y'all", "ya", "yours", "yourself");

    /// <summary>How often a frame is said, after its verb or object: "he asks me every so often, …", "she says all the time, …".</summary>
    internal static readonly string[][] Frequencies =
    [
        ["every", "now", "and", "then"], ["every", "so", "often"], ["all", "the", "time"], ["every", "time"], ["once", "in", "a", "while"],
        ["now", "and", "then"], ["sometimes"], ["again"], ["every", "day"], ["every", "night"], ["every", "morning"],
    ];

    /// <summary>The most words of a quoted question: a longer one is read out to be answered.</summary>
    internal const int MaxQuoteWords = 14;

    /// <summary>Whether a sentence ending in "?" is a question inside reported speech or thought, framed as described on the class.</summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="start">The first word after the markers.</param>
    /// <param name="count">The number of words.</param>
    /// <returns><see langword="true"/> for a framed quote.</returns>
    internal static bool IsFramedQuote(ActWords words, int start, int count)
    {
        for (var q = start + 2; q < count - 1 && q <= start + 16; q++)
        {
            if (!words.BreakBefore(q))
            {
                continue;
            }

            // The quote may open with interjections and "you know,": "You think, gosh, should I …", "I'm thinking, you know, is …".
            var s = q;
            while (s < count - 1 && (words.In(s, QuoteFillers) || (words.Is(s, "you") && words.Is(s + 1, "know") && s + 2 < count && words.BreakBefore(s + 2))))
            {
                s += words.Is(s, "you") ? 2 : 1;
            }

            // "I'd say, what, twenty?": a "what" put in for a number is no question at all, nor "I was like, twenty dollars?"
            // a quote (three words at least, as in RhetoricalRules.IsQuoted); leave them to the rules after. A
            // question quoted in conversation is short: a long one after "asks," is read out to be answered (a call's operator).
            if (count - s < 2 || count - s > MaxQuoteWords || (words.Is(s, "what") && words.BreakBefore(s + 1)) ||
                (count - s == 2 && !IsNarratedShortQuote(words, start, q)))
            {
                continue;
            }

            if (IsFrame(words, start, q, AddressesListener(words, s, count)))
            {
                return true;
            }
        }

        // "And the wind, the boat's over on its side, and I'm hanging on, and I'm thinking, why do we do this?": in a long
        // telling the frame is the last clause before the quote, opened by "and" or a comma.
        for (var q = start + 17; q < count - 1; q++)
        {
            if (!words.BreakBefore(q) || count - q > MaxQuoteWords || (words.Is(q, "what") && words.BreakBefore(q + 1)))
            {
                continue;
            }

            var clause = q - 2;
            while (clause > start + 1 && !words.BreakBefore(clause) && !words.Is(clause, "and"))
            {
                clause--;
            }

            if (q - clause >= 3 && q - clause <= 8 && IsFrame(words, clause, q, AddressesListener(words, q, count)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words from <paramref name="start"/> up to <paramref name="end"/> are a quote frame.</summary>
    private static bool IsFrame(ActWords words, int start, int end, bool quoteAddressesListener)
    {
        var v = end - 1;
        // "He asks me every so often, …", "She says all the time, …": how often it is said, put after the frame.
        foreach (var phrase in Frequencies)
        {
            if (end - phrase.Length - 2 >= start && words.StartsWith(end - phrase.Length, phrase))
            {
                v -= phrase.Length;
                break;
            }
        }

        var narratedObject = false;
        // "told him", "said to myself", "looks at me and says": the object after the verb.
        if (v - 1 > start && words.In(v, ReportObjects))
        {
            narratedObject = !words.In(v, ListenerWords);
            v--;
            if (v - 1 > start && words.Is(v, "to"))
            {
                v--;
            }
        }

        // "And if you think, …, what should we be following?", "if you ask me, …": a condition or a hedge put before the
        // question, whatever its verb.
        for (var i = start; i < v; i++)
        {
            if (words.Is(i, "if"))
            {
                return false;
            }
        }

        // "the guy's like", "everybody was like", "it's like": "be like" after any narrator ("there are like, …" names none).
        if (words.Is(v, "like"))
        {
            var before = words.Span(v - 1);
            // "And she looks at me like, …", "I'm standing there like, …": a look or a stance narrated before "like".
            return v - 1 >= start && !(v - 2 >= start && words.Is(v - 2, "there")) &&
                (words.In(v - 1, BeForms) || (before.EndsWith("'s") && !words.In(v - 1, NotNarrators)) ||
                 (v - 2 > start && words.Is(v - 2, "at") && words.In(v - 1, LookedAt)) ||
                 (v - 2 > start && words.Is(v - 1, "there") && words.EndsWithIng(v - 2)));
        }

        // "The first thing they ask is, …", "all he said was, …".
        if ((words.Is(v, "is") || words.Is(v, "was")) && v - 1 > start && (words.Is(v - 1, "ask") || words.Is(v - 1, "asked") || words.Is(v - 1, "said") || words.Is(v - 1, "says")))
        {
            v--;
        }

        // "I'm not going, are you?": a verb said of the speaker's plans, not a frame.
        if (v <= start || !words.In(v, FrameVerbs) || words.Is(v - 1, "not") || words.Span(v - 1).EndsWith("n't"))
        {
            return false;
        }

        // "That said, …", "for us to say, …": an idiom or an infinitive, not someone's words ("my mom used to say, …" is);
        // "As we said, …", "like I said, …": a pointer back to earlier talk.
        if (words.Is(v - 1, "that") || (words.Is(v - 1, "to") && !words.Is(v - 2, "used")) || words.Is(start, "as") || (words.Is(start, "like") && v > start + 1))
        {
            return false;
        }

        // "At what point do you think, …", "can you just thinking, …": a frame that asks is the question itself.
        for (var i = start; i < v; i++)
        {
            if (words.In(i, WhWords) || (words.In(i, Auxiliaries) && words.In(i + 1, ListenerWords)))
            {
                return false;
            }
        }

        // "Like you said, …", "you were asking, …": the listener's own words, put back to ask them.
        if (words.In(v, ListenerWordsVerbs) && (words.In(v - 1, ListenerWords) || (v - 2 >= start && words.In(v - 2, ListenerWords) && (words.Is(v - 1, "were") || words.Is(v - 1, "just")))))
        {
            return false;
        }

        var firstPerson = false;
        for (var i = start; i < v; i++)
        {
            firstPerson |= words.In(i, FirstPersonFrame);
        }

        // "Let me ask you, …", "I was wondering, …", "I wanted to ask, …": the speaker asks the listener now; "I asked her, …"
        // narrates. "I think, …", "I will say, …": the speaker's own hedge or words now.
        // "And I tell him, …", "so I ask her, …": told to someone else, the question is narrated.
        // "And I go up to the girl and I say, honey, where is my bag?": a bare "I say" run on from "and" or "then" tells
        // what was said, as "I said" would.
        var narratedSay = words.Is(v, "say") && v - 2 >= start && words.Is(v - 1, "i") && (words.Is(v - 2, "and") || words.Is(v - 2, "then"));
        if (firstPerson && ((words.In(v, ListenerAskVerbs) && !narratedObject) || words.Is(v, "think") || (words.Is(v, "say") && !narratedSay)))
        {
            return false;
        }

        // "I was thinking, do you want to …?" proposes, "Or that you think, …, and you don't want …?" checks the listener's
        // view; "I remember thinking, what am I doing here?" and "You think, gosh, should I …?" narrate.
        return !((firstPerson || words.In(v - 1, ListenerWords)) && quoteAddressesListener && words.In(v, ThinkVerbs));
    }

    /// <summary>Whom a look is given before "like": "looks at me like, …", "looked at him like, …".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LookedAt = Set("me", "him", "her", "them", "us");

    /// <summary>Verbs that narrate what someone said or thought in the past: "said", "goes", "thought".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NarratedPastVerbs = Set(
        "said", "says", "goes", "went", "asked", "asks", "thought", "told", "yelled", "screamed", "hollered", "shouted");

    /// <summary>
    /// Whether a quote of two words ("My husband said, thirty dollars?", "And I thought, that's it?") follows a frame that
    /// narrates: a past or narrative verb of saying or thinking right before the break (after an object: "told him"),
    /// without a word naming the listener in the frame ("you said, Tuesday?" puts their words back to check them). A
    /// short quote after "I'd say," or "be like," may be an estimate ("I'd say, maybe twenty?", "I was like, twenty
    /// dollars?") and is left to the rules after.
    /// </summary>
    private static bool IsNarratedShortQuote(ActWords words, int start, int quote)
    {
        var v = quote - 1;
        if (v - 1 > start && words.In(v, ReportObjects))
        {
            v--;
        }

        if (v <= start || !words.In(v, NarratedPastVerbs) || words.Is(v - 1, "to") || words.Is(v - 1, "that"))
        {
            return false;
        }

        for (var i = start; i < quote; i++)
        {
            if (words.In(i, ListenerWords))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AddressesListener(ActWords words, int from, int count)
    {
        for (var i = from; i < count; i++)
        {
            if (words.In(i, ListenerWords))
            {
                return true;
            }
        }

        return false;
    }
}
