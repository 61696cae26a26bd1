using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// Terms of a split of goods that name no number, and the plain yes that takes them: bargaining chats over a shared
/// stock ("you can take the firewood" → "okay fine"; "I want all the firewood and all the water please." → "OK";
/// "So where I'm standing, it's 2 packages of food, 2 packages of firewood, and 1 package of water." → "OK. I
/// understand your needs and I appreciate your help with everything.").
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>The fewest counts of goods in one sentence that make it a split said as a list ("2 food, 2 firewood and 1 water").</summary>
    private const int MinListedCounts = 2;

    /// <summary>
    /// Whether a statement offers terms without an offer phrase with a number: goods given to the listener without a
    /// count ("you can take fire wood it is no problem", "The firewood you can have all of", "you can take more food
    /// than I need"; not "you can take a look", "you can have a seat") or a split said as a list of counts ("it's 2
    /// packages of food, 2 packages of firewood, and 1 package of water").
    /// </summary>
    internal static bool OffersGoods(Sentence sentence) =>
        sentence.Act != SentenceAct.Question
        && (GoodsToListener().IsMatch(sentence.Text) || CountsOfGoods().Count(sentence.Text) >= MinListedCounts);

    /// <summary>
    /// Whether a sentence of any act names a split of goods: goods given to the listener or a list of counts ("How about
    /// I take 2 firewood and you take 3 water?"). Read by the discovery metrics to tell a split from a sale.
    /// </summary>
    internal static bool NamesSplit(Sentence sentence) =>
        GoodsToListener().IsMatch(sentence.Text) || CountsOfGoods().Count(sentence.Text) >= MinListedCounts;

    /// <summary>
    /// Whether a weak yes ("OK", "okay fine", "y") is the speaker's whole answer: it opens the turn and the rest of the
    /// turn only acknowledges or closes ("OK. I understand your needs and I appreciate your help with everything. Have a
    /// great camping trip!"): no question, no count, no negation, no "but", no need or offer of the speaker's own. A
    /// yes that plain takes the terms of a statement too, not only of a question.
    /// </summary>
    private static bool WholeAnswer(Sentence sentence)
    {
        var turn = sentence.Turn.SentenceArray;
        if (sentence.Index != 0)
        {
            return false;
        }

        for (var i = 1; i < turn.Length; i++)
        {
            var text = turn[i].Text;
            if (turn[i].Act == SentenceAct.Question || Quantity().IsMatch(text) || Negation().IsMatch(text)
                || OwnAsk().IsMatch(text) || Offer().IsMatch(text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Goods given to the listener without a count: "you can have/take/keep …" with an object that is not an idiom
    /// ("take a look", "take your time", "have a seat", "take care"), or the goods first ("The firewood you can have").
    /// </summary>
    [GeneratedRegex(
        @"\byou (?:can|could|may) (?:have|take|keep)\b(?! (?:a (?:look|seat|minute|moment|second|break|think|peek|chance|day|call)|your time|care|it easy|note|part|over|off|advantage|a while)\b)(?! (?:it|that|this) (?:back|up|home|easy)\b)\s+\w+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoodsToListener();

    /// <summary>A count of goods: "2 packages of food", "1 water", "three firewood", "all the water", "both of the snacks"; not of people or time.</summary>
    [GeneratedRegex(
        @"\b(?:\d+|one|two|three|four|five|both(?: of)?(?: the)?|all(?: of)? the)\s+(?:(?:extra|more|packages?|packs?|pkgs?|bundles?|bottles?|units?|cases?)\s+)?(?:of\s+(?:the\s+)?)?(?!(?:of|and|or|to|for|more|less|people|kids|children|days?|nights?|hours?|minutes?|weeks?|years?|times?|things?|items?|ways?|us|you|them)\b)[a-z]{3,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountsOfGoods();

    /// <summary>The speaker asking for something of their own or pushing back: "I need …", "I want …", "but", "however".</summary>
    [GeneratedRegex(
        @"\b(?:i|we) (?:\w+ )?(?:need|want|would like|'d like|prefer|was hoping)\b|\b(?:but|however|though|although|instead|unless)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnAsk();
}
