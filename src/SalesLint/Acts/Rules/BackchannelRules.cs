using static SalesLint.Acts.RuleWords;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>Backchannels and the other short acts that are no questions: acknowledgements and continuers, also in question form ("is that right?", "do you?", "oh, three dogs?"), greetings and bare answers, and repair requests ("pardon?", "what?").</summary>
internal static class BackchannelRules
{
    /// <summary>Backchannels: acknowledgements and continuers, also in question form ("is that right?", "really?").</summary>
    internal static readonly string[][] Backchannels =
    [
        ["right"], ["really"], ["is", "that", "right"], ["is", "that", "so"], ["you", "know"], ["oh", "really"], ["yeah"],
        ["ok"], ["okay"], ["sure"], ["mm-hmm"], ["uh-huh"], ["um-hum"], ["uh", "huh"], ["mm", "hmm"], ["um", "hum"], ["mhm"],
        ["mm"], ["got", "it"], ["i", "see"], ["makes", "sense"], ["right", "right"], ["sounds", "good"], ["hmm"], ["cool"],
        ["great"], ["perfect"], ["oh"], ["wow"], ["oh", "yeah"], ["yeah", "yeah"], ["oh", "wow"], ["is", "that", "true"],
        ["oh", "is", "that", "right"], ["oh", "is", "that", "so"], ["oh", "okay"], ["oh", "i", "see"], ["i", "know"],
        ["exactly"], ["true"], ["no", "kidding"], ["oh", "no"], ["you're", "kidding"], ["seriously"], ["oh", "my", "gosh"],
        ["oh", "my", "goodness"], ["oh", "really", "yeah"], ["really", "yeah"], ["is", "that", "a", "fact"], ["yep"], ["yup"],
        ["oh", "right"], ["all", "right"], ["alright"], ["oh", "gosh"], ["gosh"], ["neat"], ["oh", "neat"], ["oh", "sure"],
        ["sure", "sure"], ["okay", "okay"], ["yeah", "right"], ["uh-huh", "uh-huh"], ["yeah", "yeah", "yeah"], ["oh", "yes"],
        ["oh", "boy"], ["oh", "wow", "really"], ["wow", "really"], ["oh", "my"], ["huh", "uh"], ["that's", "true"],
        ["that's", "right"], ["oh", "that's", "right"], ["oh", "that's", "true"], ["oh", "that's", "nice"], ["that's", "nice"],
        ["that's", "good"], ["oh", "that's", "good"], ["that's", "great"], ["oh", "that's", "great"], ["oh", "that's", "interesting"],
        ["that's", "interesting"], ["interesting"], ["oh", "interesting"], ["i", "bet"], ["i", "guess"], ["oh", "okay", "yeah"],
        ["okay", "yeah"], ["yeah", "okay"], ["right", "yeah"], ["yeah", "right", "right"], ["uh-huh", "yeah"], ["yeah", "uh-huh"],
        ["absolutely"], ["definitely"], ["of", "course"], ["oh", "of", "course"], ["are", "you", "serious"],
        ["oh", "are", "you", "serious"], ["you're", "kidding", "me"], ["no", "way"], ["oh", "no", "way"], ["oh", "is", "that", "true"],
        ["huh", "is", "that", "right"], ["hm", "is", "that", "right"], ["huh", "really"], ["hm", "really"], ["oh", "is", "that", "a", "fact"],
        ["is", "that", "right", "huh"], ["oh", "do", "you", "really"], ["you", "think", "so"], ["oh", "you", "think", "so"],
    ];

    /// <summary>
    /// Reactions in question form that are backchannels only as a reply to what the other side just said ("Are you
    /// kidding?", "You don't say?", "For real?", "That much?", "That long?", "Just like that?"); without that turn they may ask (so the act model's CaSiNo labels, taken
    /// from the rules without context, do not change).
    /// </summary>
    internal static readonly string[][] ReplyBackchannels =
    [
        ["are", "you", "kidding"], ["are", "you", "kidding", "me"], ["you're", "joking"], ["are", "you", "joking"], ["you", "serious"],
        ["you", "don't", "say"], ["for", "real"], ["you", "think"], ["think", "so"], ["really", "now"], ["is", "that", "so", "now"],
        ["honestly"], ["no", "kidding", "really"], ["is", "that", "what", "happened"], ["was", "that", "right"],
        ["that", "much"], ["that", "many"], ["that", "long"], ["that", "far"], ["that", "bad"], ["that", "old"], ["that", "early"],
        ["that", "late"], ["that", "big"], ["that", "expensive"], ["that", "cheap"], ["that", "fast"], ["that", "young"], ["that", "soon"],
        ["just", "like", "that"],
    ];

    /// <summary>
    /// Reactions that may open a backchannel, set off by punctuation: "Well, is that right?", "Huh, didn't you?", "Oh my
    /// gosh, really?", "Oh, come on, seriously?". The rest must be a backchannel on its own.
    /// </summary>
    internal static readonly string[][] ReactionOpeners =
    [
        ["oh", "my", "gosh"], ["oh", "my", "goodness"], ["oh", "my", "god"], ["oh", "my", "word"], ["my", "gosh"], ["my", "goodness"],
        ["oh", "come", "on"], ["come", "on"], ["oh", "wow"], ["oh", "boy"], ["oh", "man"], ["oh", "gosh"], ["oh", "geez"], ["oh", "jeez"],
        ["oh", "my"], ["oh", "no"], ["well"], ["huh"], ["hm"], ["hmm"], ["wow"], ["gosh"], ["geez"], ["jeez"], ["gee"], ["boy"], ["man"],
        ["golly"], ["whoa"], ["ooh"], ["ah"], ["oh"], ["really"], ["no", "kidding"],
    ];

    /// <summary>Greetings, thanks and bare answers: "hi, how are you?", "thanks", "yes" (other, not questions).</summary>
    internal static readonly string[][] Greetings =
    [
        ["yes"], ["no"], ["nope"], ["no", "no"], ["yes", "yes"], ["hello"], ["hi"], ["hey"], ["how", "are", "you"],
        ["how", "are", "you", "doing"], ["how's", "it", "going"], ["how", "is", "it", "going"], ["how", "are", "things"],
        ["how", "have", "you", "been"], ["thanks"], ["thank", "you"], ["hello", "how", "are", "you"], ["hi", "how", "are", "you"],
        ["can", "you", "hear", "me"], ["are", "you", "there"], ["can", "you", "hear", "me", "okay"], ["can", "you", "hear", "me", "now"],
        ["are", "you", "still", "there"], ["you", "still", "there"], ["bye"], ["bye", "bye"], ["okay", "bye"], ["goodbye"],
    ];

    /// <summary>Requests to repeat: "Pardon?", "What?", "Sorry, say that again?" (other, not questions).</summary>
    internal static readonly string[][] Repairs =
    [
        ["sorry"], ["pardon"], ["pardon", "me"], ["come", "again"], ["huh"], ["what"], ["excuse", "me"], ["i'm", "sorry"],
        ["say", "that", "again"], ["sorry", "say", "that", "again"], ["sorry", "what"], ["what", "was", "that"],
        ["you", "what"], ["sorry", "come", "again"], ["i", "beg", "your", "pardon"], ["what", "did", "you", "say"],
        ["can", "you", "say", "that", "again"], ["could", "you", "say", "that", "again"], ["sorry", "i", "missed", "that"],
        ["say", "again"], ["say", "what"], ["i'm", "sorry", "what"], ["excuse", "me", "what"], ["sorry", "what", "was", "that"],
    ];

    /// <summary>Interjections before an echo of the other side's words ("Oh, three dogs?").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EchoInterjections = Set(
        "oh", "ah", "huh", "wow", "really", "hm", "hmm", "gosh", "geez", "jeez");

    /// <summary>Words an echo may add to the other side's words ("all three?", "just the two?", "from the fridge?" after "on top of the fridge").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EchoFiller = Set(
        "the", "a", "an", "all", "just", "only", "like", "so", "really", "huh", "uh", "um", "in", "at", "on", "from", "to", "for",
        "with", "of", "by");

    /// <summary>
    /// A backchannel in question form: an auxiliary and a pronoun ("Do you?", "Is it?", "Oh, did they?") or a pronoun and an
    /// auxiliary ("Oh, you did?", "They do?", "You did, huh?"), after at most two interjections ("Oh, wow, did they?",
    /// "Oh, no, did they?"; a bare "No, did you?" hands a question back).
    /// </summary>
    internal static bool IsEchoBackchannel(ActWords words)
    {
        // "Oh, did they?", "Oh, wow, are you?", "Oh, no, did she?": one interjection or two.
        var first = 0;
        while (first < 2 && first < words.Count &&
               (words.Is(first, "oh") || words.Is(first, "ah") || words.Is(first, "really") || words.Is(first, "wow") || words.Is(first, "gosh") ||
                (first == 1 && words.Is(0, "oh") && words.Is(1, "no"))))
        {
            first++;
        }

        if (words.Count - first is < 2 or > 3)
        {
            return false;
        }

        var n = words.Count - first;
        var pronounFirst = words.In(first, EchoPronouns) && words.In(first + 1, Auxiliaries);
        var auxFirst = words.In(first, Auxiliaries) && words.In(first + 1, EchoPronouns);
        return (pronounFirst || auxFirst) && (n == 2 || words.Is(first + 2, "not") || words.Is(first + 2, "so") || words.Is(first + 2, "too") || words.Is(first + 2, "really") ||
            (pronounFirst && words.Is(first + 2, "huh")));
    }

    /// <summary>The first word after one or two reactions set off by punctuation ("Oh my word, every day?"); 0 for none.</summary>
    internal static int SkipReactions(ActWords words)
    {
        var at = 0;
        for (var round = 0; round < 2; round++)
        {
            var skipped = 0;
            foreach (var opener in ReactionOpeners)
            {
                if (at + opener.Length < words.Count && words.StartsWith(at, opener) && words.PunctuationBefore(at + opener.Length))
                {
                    skipped = opener.Length;
                    break;
                }
            }

            if (skipped == 0)
            {
                break;
            }

            at += skipped;
        }

        return at;
    }

    /// <summary>A backchannel: a set acknowledgement or continuer, or an auxiliary and a pronoun asked back ("Do you?").</summary>
    internal static bool IsBackchannel(ActWords words) => words.MatchesWhole(Backchannels) || IsEchoBackchannel(words);

    /// <summary>
    /// A reply to the other side's statement that reacts in question form (the caller checks the context): a
    /// <see cref="ReplyBackchannels"/> phrase ("Are you kidding?"), an auxiliary and a pronoun with "now" ("Oh, did he
    /// now?"), or a backchannel after one or two reactions set off by punctuation ("Well, is that right?", "Huh, didn't
    /// you?", "Oh my gosh, really?"): the reaction adds surprise, not a request.
    /// </summary>
    internal static bool IsReplyBackchannel(ActWords words)
    {
        var first = SkipReactions(words);
        var rest = first == 0 ? words : words.Skip(first);
        if (rest.MatchesWhole(ReplyBackchannels) || (first > 0 && IsBackchannel(rest)))
        {
            return true;
        }

        // "Oh, did he now?", "Is it now?": the echo with "now".
        return rest.Count >= 3 && rest.Is(rest.Count - 1, "now") && IsEchoBackchannel(rest.Take(rest.Count - 1));
    }

    /// <summary>A greeting, thanks or a bare answer.</summary>
    internal static bool IsGreeting(ActWords words) => words.MatchesWhole(Greetings);

    /// <summary>A request to repeat ("Pardon?", "Sorry, say that again?"), or one word asked back that is no wh-word or auxiliary ("Dallas?").</summary>
    internal static bool IsRepair(ActWords words, bool questionMark) =>
        words.MatchesWhole(Repairs) || (questionMark && words.Count == 1 && !words.In(0, WhWords) && !words.In(0, Auxiliaries)) ||
        (questionMark && IsPartialRepeat(words)) || (questionMark && IsSayAgain(words));

    /// <summary>Apologies that may open a repair request: "Sorry, what'd you say?", "Excuse me, where did you say?".</summary>
    internal static readonly string[][] RepairOpeners = [["sorry"], ["i'm", "sorry"], ["excuse", "me"], ["pardon", "me"], ["pardon"]];

    /// <summary>Wh-words with "did" contracted: "what'd you say?", "where'd you say?".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhDid = Set("what'd", "where'd", "who'd", "when'd", "how'd");

    /// <summary>
    /// A request to hear again what the other side just said, asked as a wh-question about their words: "Where did you
    /// say?", "What'd you say?", "Sorry, who did you say?", "What did you say his name was?" — a wh-word, "did", "you",
    /// "say", then nothing, "again" or up to three words ending in "was" or "is" (after an apology). It asks for nothing new.
    /// </summary>
    internal static bool IsSayAgain(ActWords words)
    {
        var start = 0;
        foreach (var opener in RepairOpeners)
        {
            if (words.StartsWith(0, opener) && opener.Length < words.Count && words.PunctuationBefore(opener.Length))
            {
                start = opener.Length;
                break;
            }
        }

        int you;
        if (start < words.Count && words.In(start, WhDid))
        {
            you = start + 1;
        }
        else if (start + 1 < words.Count && words.In(start, WhWords) && words.Is(start + 1, "did"))
        {
            you = start + 2;
        }
        else
        {
            return false;
        }

        if (!(you + 1 < words.Count && words.Is(you, "you") && words.Is(you + 1, "say")))
        {
            return false;
        }

        // Nothing more, "again", or what was said put back: "… his name was?" (not "… say to him?", which asks about then).
        var rest = words.Count - (you + 2);
        return rest == 0 || (rest == 1 && words.Is(words.Count - 1, "again")) ||
            (rest <= 3 && (words.Is(words.Count - 1, "was") || words.Is(words.Count - 1, "is") || words.Is(words.Count - 1, "were")));
    }

    /// <summary>
    /// A part of what was said asked back with "what" for the part not heard: "The what?", "You did what?", "He sold
    /// the what?" (not "and then what?", "or what?", "for what?", which ask on).
    /// </summary>
    internal static bool IsPartialRepeat(ActWords words) =>
        words.Count is >= 2 and <= 4 && words.Is(words.Count - 1, "what") && !words.In(0, WhWords) && !words.In(0, Auxiliaries) &&
        !words.In(words.Count - 2, AskingOnBeforeWhat);

    /// <summary>Words before a final "what" that ask on rather than back: "or what?", "and then what?", "for what?", "like what?".</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AskingOnBeforeWhat = Set(
        "or", "then", "now", "so", "for", "like", "with", "about", "to", "in", "on", "at", "of", "by", "from", "than", "after", "before");
}
