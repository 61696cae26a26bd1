using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// The other side's proposal said back in numbers: "I can do 2 firewood … and 3 food" → "So we can take 3 waters and 1
/// firewood. You can take 2 firewoods and 3 food. Does that work?". Restating the split the other side put on the table
/// shows it was heard (a playback with numbers), even though numbers otherwise make a sentence an offer.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>The fewest counted goods in the other side's turn that a restatement must say back.</summary>
    private const int MinRestatedCounts = 2;

    /// <summary>
    /// Whether a seller statement opening with "so" ("Okay. So we can take 3 waters and 1 firewood.") says back, in it
    /// and the rest of its turn, every count of goods of the other side's turn it answers (at least
    /// <see cref="MinRestatedCounts"/>: "2 firewood", "3 food"): the same number of the same item, whichever side it
    /// goes to. A counteroffer that changes a count restates nothing.
    /// </summary>
    private static bool RestatesTheirProposal(Sentence sentence, Turn asked)
    {
        if (sentence.Role != SpeakerRole.Seller || sentence.Act == SentenceAct.Question || !SummaryOpener().IsMatch(sentence.Text))
        {
            return false;
        }

        var theirs = CountedGoods(asked.Text);
        if (theirs.Count < MinRestatedCounts)
        {
            return false;
        }

        var turn = sentence.Turn.SentenceArray;
        var ours = new HashSet<(string, string)>();
        for (var i = sentence.Index; i < turn.Length; i++)
        {
            ours.UnionWith(CountedGoods(turn[i].Text));
        }

        return theirs.IsSubsetOf(ours);
    }

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

    /// <summary>A count of an item: "3 waters", "two of the firewood", "1 package of food", "2 extra food" (not "2 people", "3 days").</summary>
    [GeneratedRegex(
        @"\b(\d+|one|two|three|four|five|six)\s+(?:(?:extra|more|packages?|packs?|pkgs?|bundles?|bottles?|units?|cases?)\s+)?(?:of\s+(?:the\s+)?)?(?!(?:of|and|or|to|for|more|less|people|kids|children|days?|nights?|hours?|minutes?|weeks?|years?|times?|things?|items?|ways?|us|you|them|cents?|dollars?|percent)\b)([a-z]{3,})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOfGoods();
}
