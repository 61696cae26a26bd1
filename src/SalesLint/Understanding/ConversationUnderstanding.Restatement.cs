using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// The other side's proposal said back in numbers: "I can do 2 firewood … and 3 food" → "So we can take 3 waters and 1
/// firewood. You can take 2 firewoods and 3 food. Does that work?"; "Then you'd keep 2 on rope and 1 on fuel?";
/// "Two tents and one stove for you, correct?"; "You'd take 2 food and I get the water?" after "I'd like 2 food and
/// you can have the water". Restating the split the other side put on the table shows it was heard
/// (a playback with numbers), even though numbers otherwise make a sentence an offer; a counteroffer that uses the same
/// numbers ("How about the reverse: …", "Would you consider 2 rope and 1 fuel?") restates nothing.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>The fewest counted goods in the other side's turn that a restatement must say back.</summary>
    private const int MinRestatedCounts = 2;

    /// <summary>How many turns back a restatement may find the other side's proposal it says back.</summary>
    private const int RestateLookBackTurns = 6;

    /// <summary>The most words of a sentence that is only a yes before the terms ("Cool.", "Ok, sure.").</summary>
    private const int MaxYesWords = 3;

    /// <summary>
    /// Whether a seller sentence says back, in it and the rest of its turn, every count of goods of the other side's
    /// turn it answers (at least <see cref="MinRestatedCounts"/>: "2 firewood", "3 food", "1 on water"): the same number of
    /// the same item, whichever side it goes to. The sentence must read as a restatement: a statement opening with "so"
    /// ("Okay. So we can take 3 waters and 1 firewood."), a check ("…, correct?", "to confirm", "you're proposing …"), a
    /// question that is the statement said with a question mark ("You get 1 food and 3 water?"), or a plain yes that
    /// says the terms ("Yes, 2 firewood for you and 2 food for me."). A counteroffer that changes a count restates
    /// nothing, and neither does one that keeps the numbers but puts them as a new proposal ("How about …", "What if …",
    /// "Would you consider …", "instead", "the reverse").
    /// </summary>
    private bool RestatesTheirProposal(Sentence sentence, Turn asked)
    {
        if (sentence.Role != SpeakerRole.Seller)
        {
            return false;
        }

        var text = sentence.Text;
        // The split laid out side by side ("ME = 0 firewood, 3 water, 1 food … YOU = 3 firewood, 0 water, 2 food") reads
        // like a summary: the terms of the rest of the turn, each side's share on its own line.
        var summary = sentence.Act != SentenceAct.Question && (SummaryOpener().IsMatch(text) || SplitLayout().IsMatch(text));
        if (CounterProposal().IsMatch(text) && !summary)
        {
            return false;
        }

        // The proposal said back may be one the other side made a few turns before ("let me have 3 on food, 1 on firewood
        // and 1 on water" … "so let me know what your deal is" → "3 on food, 1 on firewood and 1 on water"): their turns
        // back to RestateLookBackTurns are read, the nearest first, until one is said back.
        var turns = conversation.Turns;
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - RestateLookBackTurns; t--)
        {
            var theirs = turns[t];
            if (theirs == asked || (!string.Equals(theirs.Speaker.Id, sentence.Turn.Speaker.Id, StringComparison.Ordinal)
                && DealForm.Action(theirs.Text) is null))
            {
                if (RestatesProposalOf(sentence, theirs, summary, theirs == asked))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a seller sentence says back the proposal of one turn of the other side (<see cref="RestatesTheirProposal"/>).</summary>
    private bool RestatesProposalOf(Sentence sentence, Turn asked, bool summary, bool answered)
    {
        // Their counts as said first ("I'd like 3 firewood, and you can have all the water" → "You'd take 3 firewood and
        // I get the water?"), then with "all" of an item read as its whole stock ("you can have 3 water and 3 firewood" →
        // "I'll take all of the water and firewood").
        var plain = CountedGoods(asked.Text);
        if (SaysBackTheir(sentence, asked, plain, summary, answered))
        {
            return true;
        }

        var all = CountedGoodsOf(asked.Text);
        return all.Count > plain.Count && SaysBackTheir(sentence, asked, all, summary, answered);
    }

    /// <summary>Whether a seller sentence says back <paramref name="theirs"/>, the counts of one turn of the other side.</summary>
    private bool SaysBackTheir(Sentence sentence, Turn asked, HashSet<(string Count, string Item)> theirs, bool summary, bool answered)
    {
        var text = sentence.Text;
        // One count with the rest by name is said back only from the turn answered: further back, one count the seller
        // repeats is no more than that count taken up in a proposal of its own.
        if (theirs.Count < MinRestatedCounts && !(answered && theirs.Count == 1 && NamesTheirGoods(text, asked.Text)))
        {
            return false;
        }

        var turn = sentence.Turn.SentenceArray;
        var ours = new HashSet<(string, string)>();
        for (var i = sentence.Index; i < turn.Length; i++)
        {
            ours.UnionWith(CountedGoodsOf(turn[i].Text));
        }

        // A summary after "so" may run over the rest of its turn; a check or a yes says the terms in the sentence itself
        // ("Yes." before a counteroffer restates nothing).
        if (summary)
        {
            return SaysBackEvery(theirs, ours) || (answered && TakesTheRest(sentence, asked, theirs));
        }

        // A yes may be a sentence of its own just before the terms ("Cool. I'll take three firewood and two water, you get
        // three food and one water."); the terms may be said bare, with no side named ("3 on food, 1 on firewood and 1 on
        // water"), which says their counts back as they are.
        var yesBefore = sentence.Index > 0 && turn[sentence.Index - 1].WordCount <= MaxYesWords && PlainYes().IsMatch(turn[sentence.Index - 1].Text);
        var restates = RestatementCheck().IsMatch(text)
            || (sentence.Act == SentenceAct.Question ? !AskingOpener().IsMatch(text)
                : PlainYes().IsMatch(text) || yesBefore || (BareCounts().IsMatch(text) && !NamesASide().IsMatch(text)));
        return (restates && SaysBackEvery(theirs, CountedGoodsOf(text))) || (answered && TakesTheRest(sentence, asked, theirs));
    }

    /// <summary>
    /// Whether <paramref name="ours"/> says back every count of <paramref name="theirs"/>: the same number of the same
    /// item, or the other half of the same split — what is left of the stock a deal form splits ("I think I need 1
    /// firewood" → "So are you ok with me getting … 2 firewood" of three).
    /// </summary>
    private bool SaysBackEvery(HashSet<(string Count, string Item)> theirs, HashSet<(string Count, string Item)> ours)
    {
        foreach (var (count, item) in theirs)
        {
            if (ours.Contains((count, item)))
            {
                continue;
            }

            if (!Stock().TryGetValue(item, out var total)
                || !int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || n > total || !ours.Contains(((total - n).ToString(System.Globalization.CultureInfo.InvariantCulture), item)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a seller statement says the share the other side's proposal leaves it, in its own counts: the other side
    /// claimed counts for itself ("2 food and 2 water for me and the rest for you") and the seller names, for every one
    /// of those items, what is left of the stock a deal form in the conversation splits ("I will take 1 food, 1 water and
    /// 3 firewood"). Only where every count in the other side's turn is its own (none said for the listener) and the
    /// seller's sentence speaks of its own share (none for the listener).
    /// </summary>
    private bool TakesTheRest(Sentence sentence, Turn asked, HashSet<(string Count, string Item)> theirs)
    {
        var text = sentence.Text;
        if (sentence.Act == SentenceAct.Question || !OwnShare().IsMatch(text) || CountForListener().IsMatch(text)
            || CountForListener().IsMatch(asked.Text) || Stock() is not { Count: > 0 } held)
        {
            return false;
        }

        var ours = CountedGoodsOf(text);
        foreach (var (count, item) in theirs)
        {
            if (!held.TryGetValue(item, out var total) || !int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || n > total || !ours.Contains(((total - n).ToString(System.Globalization.CultureInfo.InvariantCulture), item)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a sentence names every item of the split's stock that the other side's turn names, and they named at least
    /// <see cref="MinRestatedCounts"/>: a proposal with one count and the rest by name ("I'd like 2 food and you can
    /// have the water" → "You'd take 2 food and I get the water?") is said back when its one count and every item
    /// it named come back.
    /// </summary>
    private bool NamesTheirGoods(string text, string theirs)
    {
        var named = 0;
        foreach (var item in Stock().Keys)
        {
            if (NamesItem(theirs, item))
            {
                named++;
                if (!NamesItem(text, item))
                {
                    return false;
                }
            }
        }

        return named >= MinRestatedCounts;
    }

    /// <summary>Whether a text names an item of the stock as a word, singular or plural ("water", "waters").</summary>
    private static bool NamesItem(string text, string item)
    {
        for (var at = text.IndexOf(item, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(item, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + item.Length;
            if (end < text.Length && (text[end] == 's' || text[end] == 'S'))
            {
                end++;
            }

            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stock of each item (singular, lower case) the first split submitted in a deal form divides; empty without one.</summary>
    private Dictionary<string, int> Stock()
    {
        if (stock is not null)
        {
            return stock;
        }

        stock = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var turn in conversation.Turns)
        {
            if (DealForm.Action(turn.Text) == DealFormAction.Submit && DealForm.Split(turn.Text) is { Count: > 0 } split)
            {
                foreach (var item in split)
                {
                    var name = item.Item.Length > 3 && item.Item[^1] == 's' ? item.Item[..^1] : item.Item;
                    stock[name] = item.ToSpeaker + item.ToOther;
                }

                break;
            }
        }

        return stock;
    }

    /// <summary>The stock a deal form splits (<see cref="Stock"/>), read once.</summary>
    private Dictionary<string, int>? stock;

    /// <summary>
    /// The counts of goods a text names (<see cref="CountedGoods"/>), with "all" of an item read as the whole stock a deal
    /// form splits ("i'll take all of the water and firewood" of three each → 3 water, 3 firewood).
    /// </summary>
    private HashSet<(string Count, string Item)> CountedGoodsOf(string text)
    {
        var found = CountedGoods(text);
        if (!text.Contains("all", StringComparison.OrdinalIgnoreCase) || Stock() is not { Count: > 0 } held)
        {
            return found;
        }

        foreach (Match all in AllOfGoods().Matches(text))
        {
            foreach (Capture capture in all.Groups["item"].Captures)
            {
                var item = capture.Value.ToLowerInvariant();
                if (item.Length > 3 && item[^1] == 's')
                {
                    item = item[..^1];
                }

                if (held.TryGetValue(item, out var total))
                {
                    found.Add((total.ToString(System.Globalization.CultureInfo.InvariantCulture), item));
                }
            }
        }

        return found;
    }

    /// <summary>"all" of one or more items: "all of the water and firewood", "all the food", "all 3 waters" is counted already.</summary>
    [GeneratedRegex(@"\ball (?:of )?(?:the |my |your |ur )?(?<item>[a-z]{3,})(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?<item>[a-z]{3,}))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllOfGoods();

    /// <summary>Terms said bare, opening with a count: "3 on food, 1 on firewood and 1 on water", "two food and one water".</summary>
    [GeneratedRegex(@"^\W*(?:(?:ok(?:ay)?|so|alright|sure)\W+)?(?:\d+|one|two|three|four|five|six)\s+(?:(?:on|of)\s+)?[a-z]{3,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareCounts();

    /// <summary>A side of the split named: "I", "me", "my", "we", "us", "you", "your".</summary>
    [GeneratedRegex(@"\b(?:i|i'll|i'd|i'm|me|my|mine|we|we'll|us|our|ours|you|you'll|you'd|u|your|yours|ur)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesASide();

    /// <summary>The counts of goods a text names ("3 waters", "two of the firewood", "1 food"), as (number, item) pairs.</summary>
    private static HashSet<(string Count, string Item)> CountedGoods(string text)
    {
        var found = new HashSet<(string, string)>();
        foreach (Match match in CountOfGoods().Matches(text))
        {
            var count = match.Groups[1].Value.ToLowerInvariant() switch
            {
                "one" => "1",
                "two" => "2",
                "three" => "3",
                "four" => "4",
                "five" => "5",
                "six" => "6",
                var digits => digits,
            };
            var item = match.Groups[2].Value.ToLowerInvariant();
            if (item.Length > 3 && item[^1] == 's')
            {
                item = item[..^1];
            }

            found.Add((count, item));
        }

        return found;
    }

    /// <summary>A count of an item: "3 waters", "two of the firewood", "1 package of food", "2 extra food", "3 on food" (not "2 people", "3 days").</summary>
    [GeneratedRegex(
        @"\b(\d+|one|two|three|four|five|six)\s+(?:(?:extra|more|packages?|packs?|pkgs?|bundles?|bottles?|units?|cases?)\s+)?(?:(?:of|on)\s+(?:the\s+)?)?(?!(?:of|and|or|to|for|more|less|people|kids|children|days?|nights?|hours?|minutes?|weeks?|years?|times?|things?|items?|ways?|us|you|them|cents?|dollars?|percent)\b)([a-z]{3,})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOfGoods();

    /// <summary>The speaker's own share: "I will take …", "I'll get …", "… for me".</summary>
    [GeneratedRegex(@"\b(?:i|we)(?:'ll| will| would| can|'d)? (?:take|get|keep|have)\b|\bfor (?:me|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnShare();

    /// <summary>A count said for the listener: "you get 2 …", "you can have three …", "1 water for you", "give you 2".</summary>
    [GeneratedRegex(
        @"\b(?:you|u)(?:'ll| will| would| can| could| may)? (?:get|take|keep|have)(?: the)? (?:\d|one|two|three|four|five|all|both)\b|\b(?:give|leave|let) (?:you|u)(?: have)? (?:\d|one|two|three|four|five|all|both)\b|\b(?:\d|one|two|three|four|five)\s+(?:\w+\s+){1,3}?(?:for|to) (?:you|u)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountForListener();

    /// <summary>
    /// A check that the speaker has the terms right, or the terms said as the other side's: "correct?", "right?", "to
    /// confirm", "you're proposing", "is that what you mean", "you want …", "you'd like …", "are you ok with …".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:are|r) (?:you|u) (?:ok|okay|good|fine|alright|all right|happy) with\b|\b(?:correct|right|is that it|is that what you (?:mean|meant|want|said|proposed))\W*$|\bto (?:confirm|be clear|make sure)\b|\bif i (?:understand|understood|read|got) (?:you|that|it|this)\b|\byou(?:'re| are) (?:proposing|offering|suggesting|saying)\b|\byou (?:proposed|offered|suggested|said)\b|\byou(?:'d| would)? (?:want|need|like|are asking for|asked for|were asking for)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RestatementCheck();

    /// <summary>
    /// A split laid out by side, a side's name then its share: "ME = 0 firewood, 3 water", "You: 3 firewood", "me -> 2
    /// food".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:me|i|mine|myself|my side|you|u|yours|your side)\s*(?:=+|:|-+>|=>)\s*(?:\d|zero|one|two|three|all|none|nothing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SplitLayout();

    /// <summary>A new proposal, not a restatement: "how about", "what if", "would you consider", "instead", "the reverse", "but", "unless", "let me propose".</summary>
    [GeneratedRegex(
        @"\b(?:how about|what about|what if|would you|could you|can you|will you|would it|could i|can i|may i|instead|reverse|rather|but|unless|counter|(?:i|i'd|i would|we|we'd|we would|let me|let us) propose|let's do)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CounterProposal();

    /// <summary>A question opening the way a question asks, not as a statement said with a question mark: an auxiliary or a wh-word first.</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:ok(?:ay)?|so|well|and|hmm+|alright)\W+)?(?:how|what|which|who|why|when|where|would|could|can|will|do|does|did|is|are|shall|should|may|might|if)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskingOpener();

    /// <summary>A plain yes opening a statement: "Yes, …", "Ok, …", "Sure, …", "Deal: …", "That works: …", "I agree to …".</summary>
    [GeneratedRegex(
        @"^\W*(?:yes|yeah|yep|ok(?:ay)?|sure|deal|agreed|perfect|great|sounds (?:good|great|fair)|that (?:works|is fine|'s fine|sounds (?:good|great|fair))|i (?:can |will |would )?(?:agree|accept)|cool)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainYes();
}
