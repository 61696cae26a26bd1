using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// A side granting goods the other side asked for, in a bargaining chat over a shared stock: "Can I have 2 of the food
/// since you're getting 2 of the water?" … "I don't think it's too far of a stretch to let me have some extra food." →
/// "Okay, I can let you have 2 of the food then." The grant settles the ask the way a yes to an offer does.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>How many of the other side's turns before the grant are searched for the ask it grants.</summary>
    private const int GrantAskTurns = 2;

    /// <summary>
    /// Whether a statement grants goods the other side asked for: it opens with a yes-word and gives the listener goods
    /// ("Okay, I can let you have 2 of the food then", "Sure, you can have the firewood"), with no negation, condition or
    /// ask of the speaker's own ("…if you give me the water", "…but I need one food", "…for 2 of the water"), and one of
    /// the other side's last <see cref="GrantAskTurns"/> turns asks to be given the same goods ("Can I have 2 of the
    /// food?", "let me have some extra food"). Not in a business sale (the order closes there), not when the same
    /// side puts the decision off later, and not when the other side bargains on after it.
    /// </summary>
    private bool GrantsTheAsk(Sentence sentence)
    {
        var text = sentence.Text;
        if (sentence.Act == SentenceAct.Question || Setting.BusinessSale || Grant().Match(text) is not { Success: true } grant
            || Negation().IsMatch(text) || GrantCondition().IsMatch(text) || OwnAsk().IsMatch(text))
        {
            return false;
        }

        var goods = GoodsWords(text.AsSpan(grant.Index + grant.Length));
        if (goods.Count == 0)
        {
            return false;
        }

        var speaker = sentence.Turn.Speaker.Id;
        var searched = 0;
        for (var t = sentence.Turn.Index - 1; t >= 0 && searched < GrantAskTurns; t--)
        {
            var turn = conversation.Turns[t];
            if (string.Equals(turn.Speaker.Id, speaker, StringComparison.Ordinal))
            {
                continue;
            }

            searched++;
            foreach (var said in turn.SentenceArray)
            {
                if (AskForGoods().IsMatch(said.Text) && GoodsWords(said.Text).Overlaps(goods))
                {
                    return !DeferredLater(sentence) && !ReopenedLater(sentence);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the other side bargains on after the grant: a later turn of theirs asks for goods, states a want or a
    /// need, objects ("but", "however") or says no ("we did not agree on that deal"). A grant in the middle of the
    /// chat that the other side answers with new demands settled nothing.
    /// </summary>
    private bool ReopenedLater(Sentence sentence)
    {
        var turns = conversation.Turns;
        var speaker = sentence.Turn.Speaker.Id;
        for (var t = sentence.Turn.Index + 1; t < turns.Count; t++)
        {
            if (string.Equals(turns[t].Speaker.Id, speaker, StringComparison.Ordinal))
            {
                continue;
            }

            var text = turns[t].Text;
            if (AskForGoods().IsMatch(text) || OwnAsk().IsMatch(text) || Negation().IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of three letters or more that may name goods (no function words, no number words).</summary>
    private static HashSet<string> GoodsWords(ReadOnlySpan<char> text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in GrantWord().EnumerateMatches(text))
        {
            var word = text.Slice(m.Index, m.Length).ToString().ToLowerInvariant();
            word = word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
            if (!FunctionWords.Contains(word) && !NumberWords.Contains(word) && !GrantFillers.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Short words around goods that name none ("all the food then").</summary>
    private static readonly HashSet<string> GrantFillers = new(StringComparer.Ordinal)
    {
        "the", "all", "and", "you", "for", "our", "any", "extra", "package", "of", "two", "one", "let", "can", "have", "give",
        "since", "getting", "okay", "then", "now", "too", "also", "sure", "fine",
    };

    /// <summary>
    /// A yes-word opening the sentence, then the speaker giving the listener goods: "Okay, I can let you have", "Sure,
    /// you can have", "Alright then, I'll give you", "Yes, we can spare you".
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:ok|okay|alright|all right|sure|fine|yes|yeah|yep|deal)\b\W+(?:(?:then|so|well|in that case|that's fair|fair enough)\W+)?(?:(?:i|we)(?: can| could| will| would|'ll|'d)(?: \w+)? (?:let you (?:have|take|keep)|give you|spare you)|you can (?:have|take|keep))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grant();

    /// <summary>A condition or a price attached to a grant, which makes it a counteroffer: "if", "as long as", "in exchange", "for 2 of the water".</summary>
    [GeneratedRegex(
        @"\b(?:if|as long as|provided|in exchange|in return|only when|for (?:\d|one|two|three|all|both|your|the|some|a))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GrantCondition();

    /// <summary>Asking to be given goods: "Can I have 2 of the food?", "let me have some extra food", "could we get the water".</summary>
    [GeneratedRegex(
        @"\b(?:can|could|may) (?:i|we) (?:have|get|take|keep)\b|\blet (?:me|us) (?:have|get|take|keep)\b|\b(?:give|spare) (?:me|us)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskForGoods();

    /// <summary>A word of three letters or more.</summary>
    [GeneratedRegex(@"[a-z]{3,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GrantWord();
}
