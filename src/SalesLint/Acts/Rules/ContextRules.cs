using SalesLint.Model;
using SalesLint.Tokenization;
using static SalesLint.Acts.BackchannelRules;
using static SalesLint.Acts.DeclarativeRules;
using static SalesLint.Acts.RuleWords;
using static SalesLint.Tokenization.QuestionWords;

namespace SalesLint.Acts;

/// <summary>The decisions that need what the sentence follows (<see cref="ActContext"/>): an echo of the other side's statement asked back and a reaction in question form ("Well, is that right?", "Are you kidding?") are backchannels, a hedged answer said with "?" is uptalk, a short unpunctuated "you" declarative after it a check, and the first sentence of an unpunctuated answer a statement.</summary>
internal static class ContextRules
{
    /// <summary>Subjects of a declarative check about the listener ("you have a garden", "your son's in college").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerSubjects = Set(
        "you", "you're", "you've", "y'all", "your", "ya");

    /// <summary>Words after "you" that make a statement general or about what the listener should do, not a check.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericAfterYou = Set(
        "know", "can", "can't", "cannot", "could", "couldn't", "should", "would", "wouldn't", "will", "won't", "never",
        "always", "just", "see", "get", "gets", "mean", "bet", "think", "say", "said", "kidding", "don't", "didn't", "doesn't",
        "may", "might", "must", "better", "gotta", "ought", "wanna", "want", "go", "hear", "look", "really", "probably",
        "definitely", "sure", "right", "lucky", "welcome", "telling", "joking", "not", "so", "too", "absolutely", "exactly",
        "correct", "saying", "asking", "talking", "guessed", "name", "feel", "find", "try", "take", "put", "make", "wind",
        "end", "start", "tend", "usually", "sound", "sounds", "looks", "seem", "seems", "lose", "win", "pay");

    /// <summary>Verbs of a short check about the listener's life ("you have a garden", "you live in dallas", "you're a teacher").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CheckVerbs = Set(
        "have", "got", "live", "work", "own", "grow", "play", "raise", "teach", "drive", "like", "in", "from", "a", "an",
        "still", "both", "originally", "married", "retired", "working", "living", "the", "on", "at", "up", "down", "out");

    /// <summary>Last words of set phrases about the listener that check nothing ("you have a deal", "you got me there").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCheckEnds = Set(
        "know", "deal", "point", "it", "me", "there", "yourself", "welcome", "that");

    /// <summary>Words too common to show that a sentence takes up the other side's words.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EchoStopWords = Set(
        "that", "this", "there", "have", "they", "them", "with", "from", "what", "when", "were", "been", "about", "just",
        "like", "really", "know", "yeah", "well", "think", "kind", "sort", "much", "some", "good", "pretty", "very", "then",
        "than", "your", "yours", "their", "also", "going", "gonna", "thing", "things", "stuff", "right", "because", "would",
        "could", "should", "you're", "you've", "that's", "it's", "those", "these", "here", "still", "even", "only", "little",
        "more", "most", "make", "take", "time", "lot", "lots", "okay", "into", "over", "back", "didn't", "don't", "doesn't");

    /// <summary>The decisions of <see cref="RuleBasedActClassifier.Classify(ReadOnlySpan{char}, ReadOnlySpan{Token}, ActContext)"/> that need the context.</summary>
    internal static ActDecision InContext(ActDecision decision, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordTokens, ActContext context)
    {
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                wordTokens[count++] = i;
            }
        }

        var words = new ActWords(text, tokens, wordTokens[..count]);
        var unpunctuated = count == tokens.Length;

        // "Some people want to get rid of it." / "Do you?": asked back about what the other side said of others, not of
        // themselves, "do you" puts it to the listener; after "I take the train every day." it only echoes them.
        if (ReferenceEquals(decision, RuleDecisions.Backchannel))
        {
            return IsRedirect(words, count, context) ? RuleDecisions.Redirected : decision;
        }

        // "We caught a twenty-pound catfish." / "Well, is that right?", "Are you kidding?", "Oh, did he now?": a reaction in
        // question form to what the other side just told.
        if ((ReferenceEquals(decision, RuleDecisions.AuxMarked) || ReferenceEquals(decision, RuleDecisions.QuestionMark)) && !context.Answers &&
            count <= 6 && IsReplyBackchannel(words))
        {
            return RuleDecisions.Backchannel;
        }

        // "Oh, at forty-five?" / "Why not?": put to the other side's yes/no question, "why not" answers yes.
        if (ReferenceEquals(decision, RuleDecisions.WhOpenerMarked))
        {
            var w = count > 2 && words.In(0, Markers) ? 1 : 0;
            return context.Answers && count - w == 2 && words.Is(w, "why") && words.Is(w + 1, "not") ? RuleDecisions.Answer : decision;
        }

        // "How cold does it get there?" / "Oh, it gets down to, what, sixty?": a figure guessed aloud in an answer.
        if (ReferenceEquals(decision, RuleDecisions.QuestionMark) && context.Answers && IsEstimateInAnswer(words, 0, count))
        {
            return RuleDecisions.OwnEstimate;
        }

        // "How long have you been out there?" / "Oh, gosh, about six years now?": an answer told with a rising voice, not
        // a question back (which names the listener, "You mean in Tucson?", or asks a part, "Since when?").
        if (ReferenceEquals(decision, RuleDecisions.QuestionMark) && context.Answers && IsUptalk(words, SkipInterjections(words, count), count, needOwn: false) &&
            !RepeatsPrevious(words, SkipInterjections(words, count), count, context))
        {
            return RuleDecisions.Uptalk;
        }

        // "Three dogs?" right after "we've got three dogs": the listener echoes what was said, a backchannel.
        if (ReferenceEquals(decision, RuleDecisions.QuestionMark) || ReferenceEquals(decision, RuleDecisions.TagQuestion))
        {
            if (ReferenceEquals(decision, RuleDecisions.TagQuestion) && !words.Is(count - 1, "huh"))
            {
                return decision;
            }

            var first = SkipReactions(words);
            while (first < count - 1 && words.In(first, EchoInterjections))
            {
                first++;
            }

            // With an interjection ("oh, three dogs?", "orphaned bears, huh?"), or bare when two or three words repeat what
            // was just said ("Twelve years?" after "… for twelve years"): surprise, not a request. Four or five words too
            // when every one repeats the other side, "you" for their "I" ("Twenty dollars a day?", "With the same couple?",
            // "You killed a cactus?" after "I've killed cactus."): it adds nothing to confirm.
            var last = count > 1 && words.Is(count - 1, "huh") ? count - 1 : count;
            var longEcho = last - first is 4 or 5;
            // After anything but a question: a statement, a backchannel or a bare phrase ("Twenty-two, twenty-three." /
            // "Twenty-three stops?").
            if (!context.FollowsOtherSide || context.PreviousAct == SentenceAct.Question || last - first > 5 || (longEcho ? !IsLongEcho(words, first, last) : first == 0 && last == count && !IsBareEcho(words, count)))
            {
                return decision;
            }

            // "Seven cups?" after "Probably six. Seven.", "Three hundred dollars?" after "I paid three hundred": a figure asked
            // back with its unit is surprise at the figure, the unit said or not.
            var swapped = longEcho && words.In(first, ListenerSubjects) && PreviousSpeaksOfSelf(context);
            var figure = false;
            for (var i = first; i < last; i++)
            {
                if (words.In(i, EchoFiller) || (swapped && words.In(i, ListenerSubjects)))
                {
                    continue;
                }

                if (context.PreviousHas(words.Span(i)))
                {
                    figure |= IsNumber(words, i);
                    continue;
                }

                // Only when the other side named no unit: "Twelve months?" after "twelve years" asks.
                if (!(figure && i == last - 1 && last - first is 2 or 3 && words.In(i, FigureUnits) && !PreviousHasAny(context, FigureUnits)))
                {
                    return decision;
                }
            }

            return RuleDecisions.EchoBackchannel;
        }

        if (!unpunctuated)
        {
            return decision;
        }

        // "yeah we have two": an answer to the other side's question; the model may not make it a question.
        if (context.Answers)
        {
            return RuleDecisions.Answer;
        }

        return context.FollowsStatement && IsListenerCheck(words, count, context) ? RuleDecisions.DeclarativeEcho : decision;
    }

    /// <summary>
    /// Whether every word from <paramref name="start"/> (fillers aside) is in the other side's turn before: "Twelve years?"
    /// after "How long have you lived there, twelve years?" asks their question back rather than answers it.
    /// </summary>
    private static bool RepeatsPrevious(ActWords words, int start, int count, ActContext context)
    {
        for (var i = start; i < count; i++)
        {
            if (!words.In(i, EchoFiller) && !context.PreviousHas(words.Span(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first word after markers and interjections ("Oh, gosh, about six years").</summary>
    private static int SkipInterjections(ActWords words, int count)
    {
        var start = 0;
        while (start < count - 1 && (words.In(start, Markers) || words.In(start, EchoInterjections) || words.In(start, Fillers)))
        {
            start++;
        }

        return start;
    }

    /// <summary>Number words of a figure asked back ("seven", "three hundred", "forty-five").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "thousand", "million", "dozen");

    /// <summary>Units a figure asked back may add ("Three hundred dollars?", "Seven cups?"; not "Three boys?", which asks).</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FigureUnits = Set(
        "dollars", "bucks", "cents", "grand", "percent", "years", "months", "weeks", "days", "hours", "minutes", "seconds",
        "miles", "feet", "inches", "yards", "pounds", "ounces", "gallons", "cups", "times", "degrees", "acres");

    /// <summary>Whether a word is a figure: digits, a number word, or a hyphened one ("forty-five").</summary>
    internal static bool IsNumber(ActWords words, int at)
    {
        if (words.StartsWithDigit(at) || words.In(at, NumberWords))
        {
            return true;
        }

        var word = words.Span(at);
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen > 16)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[hyphen];
        TextTokenizer.Fold(word[..hyphen], buffer);
        return NumberWords.Contains(buffer);
    }

    /// <summary>First-person words: the other side speaks of themselves ("I take the train", "we just moved", "my son").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerWords = Set(
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "we've", "we'd", "we'll", "us", "our", "ours");

    /// <summary>
    /// Whether an auxiliary and "you" asked back as a whole sentence ("Do you?", "Have you?", "Oh, are you?") puts the
    /// other side's statement to them: their turn just before said nothing of themselves (no "I", "we", "my" …: "People try
    /// to do all of them."), so there is nothing of theirs to echo. After "I lived in Guatemala." it is a backchannel.
    /// </summary>
    internal static bool IsRedirect(ActWords words, int count, ActContext context)
    {
        var first = count == 3 && words.In(0, EchoInterjections) ? 1 : 0;
        if (count - first != 2 || !words.In(first, Auxiliaries) || !words.Is(first + 1, "you") || !context.FollowsStatement)
        {
            return false;
        }

        return !PreviousSpeaksOfSelf(context);
    }

    /// <summary>Whether the other side's turn just before has a first-person word (<see cref="SpeakerWords"/>).</summary>
    internal static bool PreviousSpeaksOfSelf(ActContext context) => PreviousHasAny(context, SpeakerWords);

    /// <summary>Whether the other side's turn just before has a word of <paramref name="set"/> (folded; words up to eight letters).</summary>
    internal static bool PreviousHasAny(ActContext context, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        var previous = context.PreviousText;
        Span<char> buffer = stackalloc char[8];
        foreach (var token in context.PreviousTokens)
        {
            if (token.Kind != TokenKind.Punctuation && token.Length <= 8)
            {
                var folded = buffer[..token.Length];
                TextTokenizer.Fold(previous.Slice(token.Start, token.Length), folded);
                if (set.Contains(folded))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Four or five words asked back (<paramref name="first"/> to <paramref name="last"/>) that open with no auxiliary or
    /// wh-word, name no one but the listener ("you", "your") and hold at least two content words or numbers; whether
    /// every word repeats the other side is checked by the caller.
    /// </summary>
    internal static bool IsLongEcho(ActWords words, int first, int last)
    {
        if (words.In(first, Auxiliaries) || words.In(first, WhWords))
        {
            return false;
        }

        var content = 0;
        for (var i = first; i < last; i++)
        {
            if (words.In(i, Auxiliaries) || words.In(i, WhWords) || (!words.In(i, ListenerSubjects) && (words.In(i, EchoPronouns) || words.In(i, Pronouns))))
            {
                return false;
            }

            content += !words.In(i, EchoFiller) && !words.In(i, ListenerSubjects) && (words.Span(i).Length >= 3 || words.StartsWithDigit(i)) ? 1 : 0;
        }

        return content >= 2;
    }

    /// <summary>
    /// Two or three words asked back bare, none a pronoun, auxiliary or wh-word and one at least a content word or a number
    /// ("Twelve years?", "Every day?", "An hour?"); whether they repeat the other side is checked by the caller.
    /// </summary>
    internal static bool IsBareEcho(ActWords words, int count)
    {
        if (count is < 2 or > 3)
        {
            return false;
        }

        var content = false;
        for (var i = 0; i < count; i++)
        {
            if (words.In(i, EchoPronouns) || words.In(i, Pronouns) || words.In(i, ListenerSubjects) || words.In(i, Auxiliaries) || words.In(i, WhWords))
            {
                return false;
            }

            content |= !words.In(i, EchoFiller) && (words.Span(i).Length >= 3 || words.StartsWithDigit(i));
        }

        return content;
    }

    /// <summary>
    /// An unpunctuated declarative about the listener right after their statement: "you" ("you guys", "you're",
    /// "you've", "y'all", "your") after markers but not after "and" or "but" (as <see cref="NextTurnRules.IsAboutListener"/>), a verb that does not make it generic ("you know", "you can't beat
    /// that", "you have to …", "you get what you pay for"), at most eight words, and either a content word of the other
    /// side's turn taken up ("you have a garden" after "I was out in the garden") or a short turn of its own with a verb of
    /// having, living or working ("you live in dallas").
    /// </summary>
    internal static bool IsListenerCheck(ActWords words, int count, ActContext context)
    {
        var start = 0;
        while (start < count - 1 && (words.In(start, Markers) || words.In(start, Fillers)))
        {
            start++;
        }

        if (!words.In(start, ListenerSubjects))
        {
            return false;
        }

        // "and then you've got another card", "but you go": after "and" or "but" the speaker goes on with their own account.
        if (words.Is(0, "and") || words.Is(0, "but") || (start > 0 && (words.Is(start - 1, "and") || words.Is(start - 1, "but"))))
        {
            return false;
        }

        var verb = start + 1;
        if (words.Is(start, "you") && verb < count && words.Is(verb, "guys"))
        {
            verb++;
        }

        // "well then you're a lucky man": judging the listener (NextTurnRules.IsAssessment) checks no fact about them.
        if (verb >= count || count - start > 8 || words.In(verb, GenericAfterYou) || words.In(verb, NotDeclarativeCheck) || NextTurnRules.IsAssessment(words, start) ||
            (verb + 1 < count && words.Is(verb + 1, "to") && (words.Is(verb, "have") || words.Is(verb, "got") || words.Is(verb, "need") || words.Is(verb, "used"))) || words.In(count - 1, NotCheckEnds))
        {
            return false;
        }

        for (var i = verb; i < count; i++)
        {
            var word = words.Span(i);
            if (word.Length >= 4 && !words.In(i, EchoStopWords) && context.PreviousHas(word))
            {
                return true;
            }
        }

        return context.WholeTurn && count - start <= 6 && words.In(verb, CheckVerbs) && !words.Is(start, "your");
    }
}
