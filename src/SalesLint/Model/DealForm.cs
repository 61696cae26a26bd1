using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesLint.Model;

/// <summary>What a line of a chat platform's deal form does.</summary>
internal enum DealFormAction
{
    /// <summary>A split submitted for the other side to accept or reject.</summary>
    Submit,

    /// <summary>The other side's submitted split accepted: the deal.</summary>
    Accept,

    /// <summary>The other side's submitted split turned down.</summary>
    Reject,

    /// <summary>The speaker left without a deal.</summary>
    WalkAway,
}

/// <summary>One item of a submitted split: how many go to the speaker and to the other side, and where its counts were written.</summary>
/// <param name="Item">The item as written, lower case (<c>firewood</c>).</param>
/// <param name="ToSpeaker">How many the speaker gets.</param>
/// <param name="ToOther">How many the other side gets.</param>
/// <param name="SpeakerSpan">Where the speaker's count was written, in the turn text.</param>
/// <param name="OtherSpan">Where the other side's count was written, in the turn text.</param>
internal readonly record struct DealFormItem(string Item, int ToSpeaker, int ToOther, TextSpan SpeakerSpan, TextSpan OtherSpan);

/// <summary>
/// A bargaining platform's deal form kept in the transcript as a bracketed turn: a split submitted ("[Submit-Deal: I get
/// Food 1, Water 2, Firewood 0; you get Food 2, Water 1, Firewood 3]", "I" being the speaker), accepted
/// ("[Accept-Deal]"), rejected ("[Reject-Deal]"), or a side walking away ("[Walk-Away]"), as the CaSiNo chats record
/// them. The form says what was agreed more surely than the chat: a chat may end on a counteroffer that the form then
/// settles.
/// </summary>
internal static partial class DealForm
{
    /// <summary>The action of a turn that is a deal-form line, or <see langword="null"/> for any other turn.</summary>
    /// <param name="text">The turn text.</param>
    /// <returns>The action.</returns>
    public static DealFormAction? Action(string text)
    {
        var head = text.AsSpan().TrimStart();
        if (head.IsEmpty || head[0] != '[')
        {
            return null;
        }

        var match = Line().Match(text);
        return !match.Success ? null
            : match.Groups["action"].Value.ToUpperInvariant() switch
            {
                "SUBMIT-DEAL" => DealFormAction.Submit,
                "ACCEPT-DEAL" => DealFormAction.Accept,
                "REJECT-DEAL" => DealFormAction.Reject,
                _ => DealFormAction.WalkAway,
            };
    }

    /// <summary>
    /// The items of a submitted split, each with both sides' counts; empty when the turn is no submitted split or names
    /// an item for one side only.
    /// </summary>
    /// <param name="text">The turn text.</param>
    /// <returns>The items in the order the speaker's share lists them.</returns>
    public static List<DealFormItem> Split(string text)
    {
        var result = new List<DealFormItem>();
        var match = Line().Match(text);
        if (!match.Success || !match.Groups["terms"].Success)
        {
            return result;
        }

        var terms = match.Groups["terms"];
        var own = new Dictionary<string, (int Count, TextSpan Span)>(StringComparer.Ordinal);
        var other = new Dictionary<string, (int Count, TextSpan Span)>(StringComparer.Ordinal);
        foreach (Match share in Share().Matches(terms.Value))
        {
            var counts = share.Groups["who"].Value.Equals("I", StringComparison.OrdinalIgnoreCase) ? own : other;
            var list = share.Groups["list"];
            foreach (Match count in Count().Matches(list.Value))
            {
                var start = terms.Index + list.Index + count.Index;
                counts[count.Groups["item"].Value.Trim().ToLowerInvariant()] =
                    (int.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture), new TextSpan(start, count.Length));
            }
        }

        foreach (var (item, mine) in own)
        {
            if (other.TryGetValue(item, out var theirs))
            {
                result.Add(new DealFormItem(item, mine.Count, theirs.Count, mine.Span, theirs.Span));
            }
        }

        return result.Count == own.Count && own.Count == other.Count ? result : [];
    }

    /// <summary>A whole deal-form turn: the bracketed action, with the terms of a submitted split.</summary>
    [GeneratedRegex(@"^\s*\[(?<action>Submit-Deal|Accept-Deal|Reject-Deal|Walk-Away)(?:\s*:\s*(?<terms>[^\[\]]*))?\]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    /// <summary>One side's share of a submitted split: "I get Food 1, Water 2, Firewood 0".</summary>
    [GeneratedRegex(@"\b(?<who>I|you) get (?<list>[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    /// <summary>One item count of a share: "Firewood 0".</summary>
    [GeneratedRegex(@"(?<item>[a-z][a-z ]{0,30}?)\s+(?<n>\d{1,3})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Count();
}
