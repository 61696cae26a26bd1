using System.Globalization;
using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>One item count of a split offer: how many of an item go to the speaker or to the other side.</summary>
/// <param name="Item">The item (singular, lower case: <c>firewood</c>).</param>
/// <param name="Value">How many.</param>
/// <param name="ToSpeaker">Whether the speaker gets them (<see langword="false"/>: the other side does).</param>
/// <param name="Span">Where the count was said, in the turn text.</param>
/// <param name="Rejected">Whether the clause turns the count down ("I can't give you all the water").</param>
/// <param name="Relative">Whether the count is a step on top of the side's standing claim ("an additional water", "one more food"), not a share by itself.</param>
internal readonly record struct ItemClaim(string Item, double Value, bool ToSpeaker, TextSpan Span, bool Rejected, bool Relative = false);

/// <summary>
/// Reads split offers over a shared stock of items the way a negotiation coach would ("2 firewood and 1 water", "you can
/// have all the food", "I'll take 2 of the water and you get the rest", "how about I get the firewood and you get the
/// food and water", "2 water for me and 1 for you", "I need at least 2 food"): each count with whose share it is. The
/// sentence is cut into clauses; the last person named in a clause before a count (the one who gets, takes, has or is
/// given) owns it, a clause without one continues the previous clause, and "X for Y" trades swap sides. Possessives
/// ("all my food") say whose it is now, not who gets it. Words count: a/an/one … ten, both, all (the stock), none/no/zero,
/// "the firewood" after get/take/have (all of it), "the rest" (what the other side's counts leave). A sentence that
/// quotes the other side ("you said you need 2 water") or asks about its needs ("do you need 1 food?") is no offer.
/// Only sentences that name an item are read.
/// </summary>
internal static partial class ItemSplitReader
{
    /// <summary>Reads the item counts of one sentence.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="sentence">The sentence span.</param>
    /// <param name="items">Item spellings (lower case) to item names.</param>
    /// <param name="total">How many of each item there are.</param>
    /// <param name="result">Receives the counts in text order (cleared first).</param>
    /// <param name="topic">The item under discussion (the last one named in this turn or the turn before), for counts said without an item ("you can have 2"); <see langword="null"/> when none.</param>
    public static void Read(string text, TextSpan sentence, IReadOnlyDictionary<string, string> items, double total, List<ItemClaim> result, string? topic = null)
    {
        result.Clear();
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var namesItem = ValueReader.MentionsAnyItem(span, items);
        if (!namesItem && (topic is null || !HasDigitOrCountWord(span)))
        {
            return;
        }

        var s = span.ToString();
        var after = text.AsSpan(sentence.End, Math.Min(24, text.Length - sentence.End));
        if (NotAnOffer().IsMatch(s) || ConfirmedAfter().IsMatch(after))
        {
            return; // "… 1 food only for me... correct?": a confirmation, asked in the next sentence
        }

        if (!namesItem)
        {
            ReadWithoutItem(s, sentence, topic!, items, total, result);
            return;
        }

        // Clauses: each starts where a separator ends; "for" before a count swaps the side (a trade).
        var cuts = new List<(int Start, bool Swap)> { (0, false) };
        foreach (Match m in ClauseBreak().Matches(s))
        {
            cuts.Add((m.Index + m.Length, m.Groups["swap"].Success));
        }

        bool? side = null;
        var negative = false;
        var rest = (Side: (bool?)null, Item: (string?)null, Index: -1);
        string? lastItem = null;
        var clause = 0;
        var lastCut = -1;
        // "either a) I get 3 water … or b) I get 1 water …": the first alternative is the offer.
        var end = Alternative().Match(s) is { Success: true } alternative ? alternative.Index : s.Length;
        foreach (Match m in Mention().Matches(s, 0))
        {
            if (m.Index >= end)
            {
                break;
            }

            while (clause + 1 < cuts.Count && cuts[clause + 1].Start <= m.Index)
            {
                clause++;
            }

            // Who gets it: the last person named since the previous count ("you take two food and two water, I take one
            // food"); none, after "for", swaps the side (a trade); none otherwise continues the previous count's side.
            var since = result.Count > 0 ? Math.Max(0, result[^1].Span.End - sentence.Start) : 0;
            if (since > m.Index)
            {
                since = cuts[clause].Start;
            }

            if (LastPerson(s[since..m.Index]) is { } who)
            {
                side = who;
            }
            else if (cuts[clause].Swap && clause != lastCut && side is { } previous)
            {
                side = !previous; // "I'll give you 3 firewood for 3 food"
            }
            else if (side is null && result.Count == 0 && clause + 1 < cuts.Count && cuts[clause + 1].Swap
                && string.IsNullOrWhiteSpace(s[(m.Index + m.Length)..cuts[clause + 1].Start].Replace("for", string.Empty, StringComparison.OrdinalIgnoreCase)))
            {
                side = false; // "How about 3 food for 2 firewood?": no one named, the first count is given for the second
            }

            if (clause != lastCut)
            {
                var head = s[cuts[clause].Start..m.Index];
                negative = Negation().IsMatch(head) && !NeedNone().IsMatch(head);
                lastCut = clause;
            }

            var tail = s.AsSpan(m.Index + m.Length, Math.Min(24, s.Length - m.Index - m.Length));
            var beneficiary = Beneficiary().Match(tail.ToString()) is { Success: true } b ? b.Groups["me"].Success : side;
            if (m.Groups["rest"].Success)
            {
                rest = (beneficiary ?? true, m.Groups["restitem"].Success ? Item(m.Groups["restitem"].Value, items) : null, result.Count);
                continue;
            }

            if (m.Groups["elided"].Success)
            {
                // "2 water for me and 1 for you": the count of the item just named.
                if (lastItem is null || Number(m.Groups["en"].Value, total) is not { } elided)
                {
                    continue;
                }

                result.Add(new ItemClaim(lastItem, elided, m.Groups["eme"].Success, new TextSpan(sentence.Start + m.Index, m.Length), negative));
                continue;
            }

            var names = new List<string>();
            foreach (var g in new[] { m.Groups["item"], m.Groups["item2"] })
            {
                if (g.Success && Item(g.Value, items) is { } item)
                {
                    names.Add(item);
                }
            }

            if (m.Groups["item"].Value.Equals("fire", StringComparison.OrdinalIgnoreCase) && m.Groups["n"].Value.Length > 0 && m.Groups["n"].Value[0] is 'a' or 'A')
            {
                continue; // "make a fire"
            }

            if (names.Count == 0 || (names.Count > 1 && m.Groups["n"].Value.Equals("both", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // "both food and water" names two items, not two of each
            }

            // "an additional water", "2 more of the food": a step on top of the side's standing claim.
            var relative = Relative().IsMatch(m.Value);

            double? value = m.Groups["n"].Success ? Number(m.Groups["n"].Value, total)
                : m.Groups["the"].Success ? total
                : m.Groups["any"].Success && NeedNone().IsMatch(s[cuts[clause].Start..m.Index]) ? 0
                : null;
            if (value is not { } v || v > total)
            {
                continue;
            }

            if (m.Groups["any"].Success)
            {
                negative = false; // "I don't need any firewood": none for the speaker, an offer
            }

            foreach (var name in names)
            {
                result.Add(new ItemClaim(name, v, beneficiary ?? true, new TextSpan(sentence.Start + m.Index, m.Length), negative, relative));
                lastItem = name;
            }
        }

        ReadWithoutItem(s, sentence, lastItem ?? topic, items, total, result);
        if (result.Count > 0 && RejectedAfter().IsMatch(s, Math.Min(s.Length, result.Max(c => c.Span.End) - sentence.Start)))
        {
            // "… you get 3 firewood and 3 water is not going to work for me": the counts are turned down.
            for (var i = 0; i < result.Count; i++)
            {
                result[i] = result[i] with { Rejected = true };
            }

            return;
        }

        if (rest.Side is { } restSide && result.Count > 0)
        {
            // "You can take the rest": every item (or the one named) the speaker did not give that side, less the other side's counts.
            var named = result.Where(c => !c.Rejected && !c.Relative).ToList();
            foreach (var item in items.Values.Distinct(StringComparer.Ordinal))
            {
                if (rest.Item is { } only && only != item)
                {
                    continue;
                }

                if (named.Exists(c => c.Item == item && c.ToSpeaker == restSide))
                {
                    continue;
                }

                var other = named.FindLast(c => c.Item == item && c.ToSpeaker != restSide);
                var at = rest.Index < result.Count ? result[rest.Index].Span : result.Count > 0 ? result[^1].Span : new TextSpan(sentence.Start, 0);
                result.Add(new ItemClaim(item, total - (other.Item is null ? 0 : other.Value), restSide, at, false));
            }
        }
    }

    /// <summary>The last item a sentence names (its spelling said last), or <see langword="null"/>.</summary>
    /// <param name="sentence">The sentence text.</param>
    /// <param name="items">Item spellings (lower case) to item names.</param>
    /// <returns>The item.</returns>
    public static string? LastItemNamed(ReadOnlySpan<char> sentence, IReadOnlyDictionary<string, string> items)
    {
        string? found = null;
        var at = -1;
        foreach (var (spelling, item) in items)
        {
            var i = sentence.LastIndexOf(spelling, StringComparison.OrdinalIgnoreCase);
            if (i > at)
            {
                (at, found) = (i, item);
            }
        }

        return found;
    }

    /// <summary>
    /// Counts said without an item ("how about I have 2 and you have 1?", "I can settle for just 2 of them", "you can have
    /// 2"): a person, a verb of getting (have, take, get, keep, settle for) or giving (give you, spare), and a count that
    /// ends the clause; the item is <paramref name="topic"/>. Counts already read with an item are left alone.
    /// </summary>
    private static void ReadWithoutItem(string s, TextSpan sentence, string? topic, IReadOnlyDictionary<string, string> items, double total, List<ItemClaim> result)
    {
        if (topic is null)
        {
            return;
        }

        var known = result.Count;
        foreach (Match m in CountWithoutItem().Matches(s))
        {
            var start = sentence.Start + m.Groups["n"].Index;
            if (result.Take(known).Any(c => c.Span.Start <= start && start < c.Span.End) || Number(m.Groups["n"].Value, total) is not { } value || value > total)
            {
                continue;
            }

            // The item just named before the count in this sentence, else the topic.
            var item = LastItemNamed(s.AsSpan(0, m.Index), items) ?? topic;
            var who = m.Groups["who"].Value.ToLowerInvariant();
            var speaker = !(who.StartsWith('y') || who == "u");
            var gives = m.Groups["give"].Success;
            var head = s[..m.Index];
            var clauseStart = ClauseBreak().Matches(head) is { Count: > 0 } cuts ? cuts[^1].Index + cuts[^1].Length : 0;
            var negative = Negation().IsMatch(s.AsSpan(clauseStart, m.Index + m.Length - clauseStart)) && !NeedNone().IsMatch(s[clauseStart..(m.Index + m.Length)]);
            result.Add(new ItemClaim(item, value, gives ? !speaker : speaker, new TextSpan(sentence.Start + m.Index, m.Length), negative));
        }

        if (result.Count > known)
        {
            result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    private static bool HasDigitOrCountWord(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return span.Contains("one", StringComparison.OrdinalIgnoreCase) || span.Contains("two", StringComparison.OrdinalIgnoreCase)
            || span.Contains("three", StringComparison.OrdinalIgnoreCase) || span.Contains("both", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Item(string word, IReadOnlyDictionary<string, string> items)
    {
        var w = word.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        return items.TryGetValue(w, out var item) ? item
            : w.EndsWith('s') && items.TryGetValue(w[..^1], out item) ? item
            : w.EndsWith("es", StringComparison.Ordinal) && items.TryGetValue(w[..^2], out item) ? item
            : null;
    }

    private static double? Number(string words, double total)
    {
        var w = words.Trim().ToLowerInvariant();
        if (w.StartsWith("all", StringComparison.Ordinal) || w.StartsWith("the whole", StringComparison.Ordinal))
        {
            return total;
        }

        return w switch
        {
            "no" or "none of the" or "none of" or "zero" or "0" => 0,
            "a" or "an" or "one" or "a single" or "single" => 1,
            "both" or "two" or "a couple of" or "a couple" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            _ => double.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : null,
        };
    }

    /// <summary>The side of the last person named: <see langword="true"/> for the speaker (I, me, we, us), <see langword="false"/> for the other side (you, u); possessives do not count.</summary>
    private static bool? LastPerson(string head)
    {
        var matches = Person().Matches(head);
        if (matches.Count == 0)
        {
            return null;
        }

        var last = matches[^1];
        var v = last.Value.ToLowerInvariant();
        var speaker = !(v.StartsWith('y') || v == "u");
        // "I can spare 1 firewood", "I'll give up all my food", "could you spare 2 water": the one who gives is not the one who gets.
        return Give().IsMatch(head.AsSpan(last.Index + last.Length)) ? !speaker : speaker;
    }

    private const string Count = @"(?:\d|zero|no|none of(?: the)?|an?|a single|one|two|three|four|five|six|both|a couple(?: of)?|all(?: (?:three|3|of))?(?: the)?|the whole)";

    private const string Filler = @"(?:(?:of|the|those|these|them|my|your|our|extra|more|additional|other|packages?|packs?|pkgs?|bundles?|units?|cases?|bottles?|jugs?|gallons?|bags?|logs?|pieces?|piles?|things?|items?|stacks?|boxes?|cans?)\s+)*";

    private const string Word = @"fire\s?wood|[a-z]+";

    [GeneratedRegex(@"\b(?:(?<rest>the (?:rest|remainder|remaining(?: (?:items|ones|packages))?|others|other (?:items|ones|stuff))(?: of (?:the |my |your )?(?<restitem>" + Word + @"))?|everything else|all else)|(?<elided>(?<en>\d|one|two|three|zero)\s+(?:for|to)\s+(?:(?<eme>me|us|myself)|you|u)\b)|(?:(?<n>" + Count + @")|(?<the>(?<=\b(?:get|take|have|keep|give (?:me|you|u|us)|let (?:me|you|u|us) have)\s+(?:all\s+)?(?:of\s+)?)the(?!\s+(?:extra|other|remaining|rest)\b))|(?<any>any))\s+" + Filler + @"(?<item>" + Word + @")(?:\s+(?:and|&)\s+(?:the\s+)?(?<item2>(?!(?:" + Count + @"|i|you|u|we|me|the)\b)(?:" + Word + @")))?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s*(?:[,;:]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bif\b|\bso\b|\bthen\b|\bleaving\b|\bleaves\b|\bplus\b|\bin (?:exchange|return)(?<swap> for)?|(?<swap>\bfor\b)(?=\s+(?:" + Count + @"|the|any)\b))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:i|i'?m|i'?ll|i'?d|me|we|we'?ll|we'?d|us|myself|you|u|you'?ll|you'?d|you'?re|yourself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Person();

    [GeneratedRegex(@"^\s*(?:packages?\s+|packs?\s+)?(?:for|to)\s+(?:(?<me>me|us|myself)|you|u|yourself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Beneficiary();

    [GeneratedRegex(@"^\W*(?:(?:can|could|will|would|'ll|'d|am|'m|are|'re|be|is|willing|happy|able|glad|gladly|to|ok|okay|fine|just|also|definitely|probably|really|then)\W+)*(?:give|giving|offer|offering|spare|sparing|trade|trading|part with|give up|giving up|let go of|provide|providing|send|share|sharing|sacrifice|forgo|forego|do without|exchange|add|throw in)\b(?!\s+(?:me|us|you|u)\b)(?!\s+(?:over\s+)?(?:a|the|my|our)\s+(?:proposal|deal|offer|split))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Give();

    [GeneratedRegex(@"(?<!(?:\d|\bone|\btwo|\bthree|\bzero)\s*)(?:,\s*|\s)\bor\b(?=\s+(?:b\)|\(?b\)|i\b|you\b|u\b|we\b|me\b|\d|one|two|three|zero|all|how|what|maybe|else|alternatively))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"\b(?:can'?t|cannot|can not|won'?t|wont|couldn'?t|not|never|no way|unable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:don'?t|do not|dont|won'?t|will not) (?:really |even |actually )?(?:need|want|use|require)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeedNone();

    /// <summary>A count said without an item: "I have 2", "you can have 1", "settle for just 2 of them", "I'd give you 2".</summary>
    [GeneratedRegex(@"\b(?<who>i|we|you|u)(?:'ll|'d|\s+(?:can|could|will|would|should|may|might|do|only|just|then|also))*\s+(?:(?:have|take|get|keep|need|settle for|go with|do with|give me|give us)|(?<give>give (?:you|u)|offer (?:you|u)|spare|give up|part with))\s+(?:just |only |maybe |at least |about )?(?<n>\d|one|two|three|zero|none|both|all (?:three|3))(?:\s+of\s+(?:them|those|these|it|each))?(?=\s*(?:[,.!?;:)]|$|\s+(?:and|or|then|if|for|while|but|instead|now|too|then|please|so)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountWithoutItem();

    /// <summary>A confirmation asked right after the sentence: "… correct?", "… right?", "Is that right?".</summary>
    [GeneratedRegex(@"^[\s.…,]*(?:correct|right|is (?:that|this) (?:right|correct))\s*\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConfirmedAfter();

    /// <summary>A count that steps from another ("an additional water", "2 more of the food"): no position by itself.</summary>
    [GeneratedRegex(@"\b(?:additional|more)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    /// <summary>The counts said are turned down after them: "… 3 firewood and 3 water is not going to work for me".</summary>
    [GeneratedRegex(@"\G[^.!?]*?\b(?:(?:is|are|would be|will be|'s)(?:n'?t| not)\s+(?:going to\s+|gonna\s+)?(?:work|fair|acceptable|enough|ok|okay|possible|happening)|(?:won'?t|will not|doesn'?t|does not|wouldn'?t|would not|can'?t|cannot|isn'?t going to|is not going to)\s+(?:really\s+)?work|(?:is|are|seems) (?:too much|unfair|not fair))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectedAfter();

    /// <summary>A quote of the other side's ask, or a question about its needs: no offer of the speaker's.</summary>
    [GeneratedRegex(@"\b(?:you (?:said|mentioned|wanted|asked for|offered|proposed|suggested|told)|your (?:offer|proposal|deal|last offer)|(?:do|did) you (?:need|want|have|get)|how (?:many|much)|are you sure|earlier|before you said|so you want|you want to do|in the beginning|at first|^\W*or|there (?:are|were|is)|someone left|a total of|(?:just )?to (?:confirm|be clear|clarify)|correct(?=\s*\?)|is (?:that|this) (?:right|correct|what we agreed)|what we agreed|we agreed|are you (?:proposing|saying|suggesting|offering)|you'?re (?:proposing|saying|suggesting)|can i ask why|why (?:do|would|did) you need|what (?:would|do|will) you (?:need|want|take|give)|i thought i was getting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAnOffer();
}
