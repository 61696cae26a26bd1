using SalesLint.Model;
using static SalesLint.Negotiation.LedgerWords;

namespace SalesLint.Negotiation;

/// <summary>
/// The ledger's reading of a deal-form turn (<see cref="DealForm"/>): a submitted split is the proposer's offer, each
/// item's count for itself and for the other side; "[Accept-Deal]" after the other side's submitted split takes what
/// that split leaves the acceptor, item by item (the deal). A rejection or a walk-away is no position. A form line
/// names no price: its counts are never read as one.
/// </summary>
internal static class DealFormReader
{
    /// <summary>Reads a deal-form turn into the tracker; only a negotiation over a shared stock of items has positions in it.</summary>
    /// <param name="tracker">The move tracker.</param>
    /// <param name="reader">The position reader.</param>
    /// <param name="turn">The deal-form turn.</param>
    /// <param name="action">What the turn does.</param>
    /// <param name="options">What the ledger reads (the items and their total).</param>
    /// <param name="turns">The conversation's turns.</param>
    public static void Read(MoveTracker tracker, PositionReader reader, Turn turn, DealFormAction action, LedgerOptions options, IReadOnlyList<Turn> turns)
    {
        if (options.ItemTotal is not { } total || turn.Sentences.Count == 0)
        {
            return;
        }

        var sentence = turn.Sentences[0];
        if (action == DealFormAction.Submit)
        {
            foreach (var item in DealForm.Split(turn.Text))
            {
                if (options.Items.TryGetValue(item.Item, out var name))
                {
                    reader.AddClaim(turn, sentence, new ItemClaim(name, item.ToSpeaker, ToSpeaker: true, item.SpeakerSpan, Rejected: false));
                    reader.AddClaim(turn, sentence, new ItemClaim(name, item.ToOther, ToSpeaker: false, item.OtherSpan, Rejected: false));
                }
            }

            return;
        }

        if (action != DealFormAction.Accept)
        {
            return;
        }

        var speaker = turn.Role;
        var other = Other(speaker);
        var offered = tracker.Positions.FindLast(p => p.Issue == NegotiationIssue.Units && p.Kind == PositionKind.Offer);
        if (offered is null || offered.Speaker != other || DealForm.Action(turns[offered.Turn].Text) != DealFormAction.Submit)
        {
            return;
        }

        var span = new TextSpan(0, turn.Text.Length);
        foreach (var item in tracker.Positions.Where(p => p.Turn == offered.Turn && p.Speaker == other && p.Issue == NegotiationIssue.Units).Select(p => p.Item!).Distinct(StringComparer.Ordinal).ToList())
        {
            if (tracker.OwnClaim(other, item, total) is { } theirs)
            {
                tracker.Add(speaker, speaker, PositionKind.Acceptance, NegotiationIssue.Units, item, total - theirs, speaker, turn, sentence, span, sentence);
            }
        }
    }
}
