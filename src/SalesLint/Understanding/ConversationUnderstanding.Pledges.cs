using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// A buyer pledging a gift or taking a deal in its own words, outside a business sale (where the order closes the
/// deal): <list type="bullet">
/// <item>committing to an amount with a verb of giving, typed as chats type it ("I would like to dotate $0.20", "i can
/// donte 50 cents", "I'll doante a dollar");</item>
/// <item>settling on an amount in a short line ("$1 it is", "oh ok then $50", "put me down for $2", "make it .25",
/// "50 cents is fine") after the other side talked about giving or named an amount;</item>
/// <item>saying it will give, and the other side thanking it for the gift in the next turn ("I'd be interested in
/// donating to your cause" → "That's great! Thank you very much for your donation!"): the seller's confirmation
/// settles an open "I'd be interested".</item>
/// </list>
/// An amount counts only after the other side spoke of a gift (a donation, a charity): in a haggle "I can give you 150"
/// or "ok then 150" is a bid. Never with a negation, a hedge ("maybe", "I'll think about it", "probably"), a condition, a deferral ("when I get
/// my check", "I'll check later"), a gift of nothing, a past or habitual gift ("I donated $5 last year"), nor when the
/// same side puts the decision off or refuses later.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>The most words of a line that settles on an amount on its own ("$1 it is", "oh ok then $50").</summary>
    private const int MaxSettleWords = 8;

    /// <summary>
    /// Whether a buyer statement pledges in its own words (see the type remarks above): an amount committed to with a
    /// verb of giving (typo-tolerant), a short line settling on an amount after talk of giving, or a will to give the
    /// seller thanks in its next turn.
    /// </summary>
    private bool PledgesInOwnWords(Sentence sentence, Turn asked, float[] labels)
    {
        var text = sentence.Text;
        var amount = NamesGift(text);

        // "I am thinking of 50 cents", "I'll probably do $0.50", "I'm considering $1": an amount stated as the speaker's
        // intention is the pledge; without an amount the same words put the decision off ("I'm thinking about it").
        var hedgeText = amount ? Intention().Replace(text, " ") : text;
        if (sentence.Role != SpeakerRole.Buyer || sentence.Act == SentenceAct.Question || Setting.BusinessSale
            || labels[(int)SemanticLabel.Objection] >= SentenceLabels.DefaultMinConfidence
            || Negation().IsMatch(text) || Deferral().IsMatch(text) || Refusal().IsMatch(text) || Hedge().IsMatch(hedgeText)
            || NoAmount().IsMatch(text) || Condition().IsMatch(text) || ConditionalYes().IsMatch(text) || Habit().IsMatch(text)
            || DeferredLater(sentence) || RefusesLater(sentence))
        {
            return false;
        }

        if (amount && GiftTalkBefore(sentence))
        {
            // "I would like to dotate $0.20", "i can donte 50 cents", "I would like to donate 1": an amount committed to
            // with a verb of giving.
            if (FirstPersonGiving(text))
            {
                return true;
            }

            // "$1 it is", "oh ok then $50", "put me down for 1", "I am thinking of 50 cents": settling on an amount
            // after talk of giving.
            if (sentence.WordCount <= MaxSettleWords && (Settles().IsMatch(text) || Intends().IsMatch(text)) && AboutGiving(asked))
            {
                return true;
            }
        }

        // "Would you donate $1?" → "Yes, I would :)", "Could you spare a dollar?" → "sure": a plain yes to an ask that
        // named the amount takes that amount. A yes to a vague ask ("Would you consider donating?") names nothing.
        if (Yes(sentence, labels) is var yes && yes != YesKind.None && (yes == YesKind.Strong || WholeAnswer(sentence))
            && sentence.WordCount <= MaxSettleWords && AsksForAnAmount(asked) && GiftTalkBefore(sentence))
        {
            return true;
        }

        // "I'd be interested in donating to your cause" → "Thank you very much for your donation!".
        return WillTake().IsMatch(text) && DonationWord().IsMatch(text) && NextByOthers(sentence) is { } reply && ThanksForTheGift().IsMatch(reply.Text);
    }

    /// <summary>
    /// Whether a text names a gift of money other than zero: a figure or a word amount ("$0.20", "50 cents", "a dollar")
    /// or a bare number given with a verb of giving or settling on it ("donate 1", "put me down for 1").
    /// </summary>
    internal static bool NamesGift(string text) => MoneyAmount().IsMatch(text) || BareAmountGiven(text) > 0;

    /// <summary>
    /// The largest bare number given with a verb of giving or settling on it, in dollars ("I think I'd like to donate
    /// 0.05" 0.05, "I will give 1" 1, "put me down for 1" 1, "I am thinking of .25" 0.25); 0 when there is none ("I
    /// will give 2 hours", "donate 2%"). The one reading of an amount written without "$" or "cents": the pledge reader
    /// and the discovery metrics' decision turn both use it.
    /// </summary>
    internal static double BareAmountGiven(string text)
    {
        var largest = 0d;
        foreach (Match m in GivenNumber().Matches(text))
        {
            var digits = m.Groups["amount"].Value;
            if (double.TryParse(digits.StartsWith('.') ? "0" + digits : digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                largest = Math.Max(largest, value);
            }
        }

        return largest;
    }

    /// <summary>
    /// Whether the turn asks the listener to give and names the amount: a request put as a question ("Would you donate
    /// $1?", "Could you spare a dollar?", "I'm asking for a $1 donation. Would you?", "How about 50 cents?"). Not a
    /// question about what the listener knows ("Did you know $1 buys a meal?") and not a vague ask without an amount
    /// ("Would you consider donating?").
    /// </summary>
    private static bool AsksForAnAmount(Turn asked)
    {
        var request = false;
        var amount = false;
        foreach (var s in asked.SentenceArray)
        {
            if (s.Act == SentenceAct.Question && !KnowledgeQuestion().IsMatch(s.Text) && !HeardOf().IsMatch(s.Text) && !OwnHabitQuestion().IsMatch(s.Text)
                && (AskToTake().IsMatch(s.Text) || RequestToGive().IsMatch(s.Text)))
            {
                request = true;
            }

            amount |= NamesGift(s.Text);
        }

        return request && amount;
    }

    /// <summary>
    /// A question asking the listener to give in other words than <see cref="AskToTake"/>: "Could you spare a dollar?",
    /// "Can you help them with $0.50?", "Would you?", "How about 50 cents?", "can I put you down for $1?".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:would|will|could|can|wo|are) (?:you|u)\b[^?]*\b(?:spare|help|part with|chip in|put in|do)\b|^\W*(?:(?:so|and|well|ok|okay)\W+)?(?:would|will|could|can) (?:you|u)\W*$|\b(?:how|what) about\b|\bcan i (?:count on|put (?:you|u) down)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestToGive();

    /// <summary>
    /// The speaker saying what it intends or weighs: "I am thinking of", "I was thinking about", "I'm considering",
    /// "probably", "likely", "I think". With an amount named these state the pledge; without one they hedge.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?:'m| am| was|'ve been| have been| m)? (?:really |just )?(?:thinking|considering)(?: (?:of|about))?\b|\bim (?:thinking|considering)(?: (?:of|about))?\b|\b(?:probably|likely)\b|^\W*(?:(?:ok|okay|well|hmm|so)\W+)*i think\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Intention();

    /// <summary>
    /// Stating an amount as the speaker's intention: "I am thinking of 50 cents", "I was thinking about .25", "I'm
    /// considering $1", "I'll probably do $0.50", "I can do .50".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?:'m| am| was|'ve been| have been| m)? (?:really |just )?(?:thinking|considering)\b|\bim (?:thinking|considering)\b|\b(?:i|we)(?:'ll|'d| will| would| can| could)? (?:(?:probably|likely|just|definitely|happily) )?(?:do|go with|go for)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Intends();

    /// <summary>
    /// A bare number given with a verb of giving or settling on it: "donate 0.05", "give 1", "I'll donate 2 today", "put
    /// me down for 1", "make it 2", "thinking of .25" (not "2%", "2 hours" or "1 of them").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:donat\w*|giv\w*|contribut\w*|pledg\w*|(?:put|sign|count) (?:me|us) (?:down |up |in )?for|make it|go (?:with|for)|thinking (?:of|about)|considering)\s+(?:(?:about|around|only|just|maybe|like)\s+)?(?<amount>(?<![\w.,$])(?:\d+(?:\.\d+)?|\.\d+))(?![\w%$,]|\.\d|\s*(?:%|percent|hours?|minutes?|days?|times?|of\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenNumber();

    /// <summary>
    /// Whether the sentence names less money than the other side named in the turn it answers ("I would suggest around
    /// $20." → "I could give $5 to them."): a pledge, but not the amount offered.
    /// </summary>
    private static bool BelowTheAmountNamed(Sentence sentence, Turn asked)
    {
        var named = LargestMoney(asked.Text);
        return named > 0 && LargestMoney(sentence.Text) is var given && given > 0 && given < named;
    }

    /// <summary>The largest figure of money in a text, in dollars ("50 cents" is 0.5), or 0.</summary>
    private static double LargestMoney(string text)
    {
        var largest = 0d;
        foreach (Match m in MoneyFigure().Matches(text))
        {
            var digits = FigureDigits(m.ValueSpan);
            if (double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                var cents = m.Value.EndsWith('c') || m.Value.Contains("cent", StringComparison.OrdinalIgnoreCase);
                largest = Math.Max(largest, cents ? value / 100 : value);
            }
        }

        return largest;
    }

    /// <summary>
    /// Whether the other side spoke of a gift before the sentence (donating, a donation, contributing, a pledge, a
    /// charity): an amount is a pledge there, while in a haggle "I can give you 150" or "ok then 150" is a bid.
    /// </summary>
    private bool GiftTalkBefore(Sentence sentence)
    {
        var turns = conversation.Turns;
        for (var t = sentence.Turn.Index - 1; t >= 0; t--)
        {
            if (turns[t].Speaker.Role != sentence.Role && GiftWord().IsMatch(turns[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of a gift: donating, a donation, contributing, a pledge, a charity.</summary>
    [GeneratedRegex(@"\b(?:donat\w*|contribut\w*|pledg\w*|charit\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GiftWord();

    /// <summary>Whether the turn talks about giving or names an amount: what a line settling on an amount answers.</summary>
    private static bool AboutGiving(Turn turn) => GivingWord().IsMatch(turn.Text) || MoneyAmount().IsMatch(turn.Text) || AsksToTake(turn);

    /// <summary>
    /// Whether the text has the speaker committing to give: "I", "I'll", "I would like to", "I can" … and, within three
    /// words of will or manner ("really", "like to", "happy to"), a verb of giving, spelt right or with one slip ("dotate",
    /// "donte", "doante", "donat"); not a past form, and not after an opinion ("I think donating $1 is a lot").
    /// </summary>
    private static bool FirstPersonGiving(string text)
    {
        foreach (Match subject in Committing().Matches(text))
        {
            var rest = text.AsSpan(subject.Index + subject.Length);
            var words = 0;
            foreach (var range in rest.Split(' '))
            {
                var word = rest[range].Trim(".,!?;:'\"()");
                if (word.IsEmpty)
                {
                    continue;
                }

                if (IsGivingVerb(word))
                {
                    return true;
                }

                if (++words > 3 || !CommitmentWords.Contains(word.ToString().ToLowerInvariant()))
                {
                    break; // "I think donating $1 is a lot" commits to nothing
                }
            }
        }

        return false;
    }

    /// <summary>The words that may stand between the speaker and the verb of giving ("I would really like to donate", "I'll happily give").</summary>
    private static readonly HashSet<string> CommitmentWords = new(StringComparer.Ordinal)
    {
        "really", "just", "definitely", "certainly", "surely", "happily", "gladly", "also", "will", "would", "can", "could",
        "want", "wanna", "to", "like", "love", "am", "going", "gonna", "be", "happy", "glad", "willing", "able", "plan", "go",
        "ahead", "and", "then", "ok", "okay", "sure", "do", "probably", "likely", "thinking", "considering", "of", "about",
    };

    /// <summary>
    /// Whether a word is a verb of giving in the present or future sense: give, pledge, contribute, or donate and its
    /// "-ing" form spelt right or within one edit (a letter changed, added, dropped or two swapped: "dotate", "donte",
    /// "dontate", "doante"); never a past form ("donated", "gave").
    /// </summary>
    internal static bool IsGivingVerb(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > lower.Length)
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        if (lower is "give" or "pledge" or "contribute" or "chip")
        {
            return true;
        }

        if (lower.EndsWith("ed") || lower.Length < 5 || lower[0] != 'd')
        {
            return false;
        }

        return WithinOneEdit(lower, "donate") || WithinOneEdit(lower, "donating");
    }

    /// <summary>Whether two words differ by at most one edit (a letter changed, added or dropped, or two neighbours swapped).</summary>
    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            // One letter changed, or two neighbours swapped.
            return a[(i + 1)..].SequenceEqual(b[(i + 1)..])
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]));
        }

        // One letter added or dropped.
        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }

    /// <summary>Whether the same side turns the gift down in a later turn ("I'm not donating", "no thanks").</summary>
    private bool RefusesLater(Sentence sentence)
    {
        var turns = conversation.Turns;
        for (var t = sentence.Turn.Index + 1; t < turns.Count; t++)
        {
            if (turns[t].Speaker.Role == sentence.Role && LaterRefusal().IsMatch(turns[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A statement urging the listener to give, which asks as a question would: "consider making a donation!", "Please
    /// consider a small gift.", "please donate whatever you can", "I hope you'll donate".
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:(?:so|just|now|then|and|well|ok|okay|please)\W+)*(?:consider|think about) (?:(?:making|giving|a|an|your|some|just|even|small|little|one-time|one time|monthly)\W+){0,3}(?:donat\w*|contribut\w*|pledg\w*|gift)\b|^\W*(?:(?:so|just|now|then|and|well|ok|okay)\W+)*please (?:\w+ )?(?:donate|give|contribute|pledge|chip in)\b|\bi (?:really |do |truly )?hope (?:that )?(?:you|u)(?:'ll| will| would| can| could)? (?:consider )?(?:donat\w*|contribut\w*|giv(?:e|ing)|pledg\w*|mak\w* a donation)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrgesToGive();

    /// <summary>The speaker committing: "I", "I'll", "I will", "I would like to", "I can", "I'm going to", "let me".</summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?:'ll|'d|'m| will| would| am| can| could| shall| want to| wanna| plan to| am going to|'m going to| m going to| am gonna|'m gonna)?\b|\bim (?:going to|gonna)\b|\blet me\b|\bill\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Committing();

    /// <summary>A non-zero amount of money: "$0.20", "$ 1", ".50", "50 cents", "2 dollars", "a dollar", "five bucks".</summary>
    [GeneratedRegex(
        @"\$\s?0?\.?\d*[1-9]|(?<![\d$.])0?\.\d*[1-9]\d*\b|\b[1-9]\d*(?:\.\d+)?\s?(?:cents?|c|dollars?|bucks)\b|\b(?:one|two|three|four|five|ten|twenty|fifty) (?:cents?|dollars?|bucks)\b|\ba (?:dollar|buck|quarter|dime)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyAmount();

    /// <summary>
    /// Settling on an amount: "X it is", "make it X", "put me down for X", "ok then X", "X is fine", "X works", "go with
    /// X", "X then".
    /// </summary>
    [GeneratedRegex(
        @"\bit is\W*$|\bit'?s a deal\b|\bput (?:me|us) down for\b|\bsign (?:me|us) up for\b|\bcount (?:me|us) in for\b|\bmake it\b|^\W*(?:(?:oh|ok|okay|alright|fine|well|sure|yes|yeah|so|then)\W+)*(?:ok|okay|alright|fine|sure|yes|yeah)\W+then\b|\bthen\W*$|(?:is|'s|sounds|would be|will be) (?:fine|ok|okay|good|great|perfect)\W*$|\bworks(?: for me)?\W*$|\bgo (?:with|for)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Settles();

    /// <summary>The speaker's past or habitual giving ("I donated $5 last year", "I usually give $5 a month", "every month").</summary>
    [GeneratedRegex(
        @"\b(?:usually|normally|often|sometimes|always|used to|every|each|last (?:year|month|week|time)|in the past|before|already|gave|donated|given)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Habit();

    /// <summary>Thanking the other side for the gift: "Thank you for your donation!", "thanks for donating", "Thank you for agreeing to donate", "thank you for your generosity".</summary>
    [GeneratedRegex(
        @"\b(?:thank you|thanks|thank u|thx|ty)(?: (?:so|very) much| again| once again)? for (?:your |the |ur |agreeing to (?:make a |donate|give)|being willing to )?(?:\w+ )?(?:donat\w*|contribution|pledge|generosity|gift)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanksForTheGift();

    /// <summary>Turning the gift down: "I'm not donating", "I won't give", "no thanks", "I'd rather not".</summary>
    [GeneratedRegex(
        @"\b(?:not|never|won't|wont|don't|dont|can't|cant|cannot) (?:\w+ )?(?:donat\w*|give|giving|contribut\w*|pledg\w*)\b|\bno,? thanks?\b|\bno thank you\b|\brather not\b|\bchanged my mind\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaterRefusal();
}
