using System.Text.RegularExpressions;

namespace SalesLint.Negotiation;

/// <summary>
/// Counts of people and of things that are never a price: "over 20 members", "a group of 12 campers", "we need to have
/// 10 conversations before we can submit", "3 tents". <see cref="NotMoneyAfter"/> leaves out units and the goods of a
/// split; this check leaves out the rest of what a bare number counts in a chat, so that a head count or a count of
/// messages is not read as a price the speaker named and then lowered.
/// </summary>
internal static partial class ValueReader
{
    /// <summary>
    /// Whether the words right after a number say it is no money: a unit or the goods of a split
    /// (<see cref="NotMoneyAfter"/>), or people or countable things ("members", "of my friends", "conversations",
    /// "tents", "15 drawers"), optionally after a word that says how or whose ("20 family members", "5 more friends", "10 little
    /// kids").
    /// </summary>
    /// <param name="after">The text right after the number.</param>
    private static bool NotMoneyAfterNumber(ReadOnlySpan<char> after) => NotMoneyAfter().IsMatch(after) || CountNoun().IsMatch(after);

    [GeneratedRegex(
        @"^\s*(?:of (?:my|our|us|your|the) )?(?:(?:family|group|team|crew|club|little|young|grown|small|big|other|more|close|good|hungry|adult)\s+)?(?:members?|adults?|friends?|family|families|folks|campers?|hikers?|guys|girls|boys|men|women|babies|toddlers|teens?|teenagers?|siblings?|brothers?|sisters?|sons?|daughters?|cousins?|relatives|grandkids|grandchildren|participants?|volunteers?|attendees?|students?|scouts?|players?|dogs?|cats?|pets?|conversations?|messages?|exchanges?|chats?|replies|rounds?|turns?|tents?|cabins?|nights?|meals?|bottles?|jugs?|logs?|bundles?|cans?|boxes|bags?|sandwiches|snacks?|hikes?|trips?|drawers?|shelves|keys|pockets|compartments|burners|knobs|outlets|ports|speakers|controllers|cushions|pillows|strings)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountNoun();
}
