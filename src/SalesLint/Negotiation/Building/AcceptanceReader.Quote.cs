using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>The buyer's bare yes to the price they asked for: an acknowledgement, not a deal.</summary>
internal static partial class AcceptanceReader
{
    /// <summary>
    /// Whether a bare yes ("Okay.") answers the seller's first price, quoted because the buyer asked for it ("How much
    /// is it?" → "Pro is a hundred and forty-nine a month per terminal…" → "Okay."): the buyer took the answer in, not the
    /// price. A yes after the haggling has started, or to a price the buyer never asked for, still takes it.
    /// </summary>
    /// <param name="tracker">The positions so far.</param>
    /// <param name="turns">The conversation's turns.</param>
    /// <param name="offer">The offer the yes would take.</param>
    /// <returns><see langword="true"/> when the yes only acknowledges the quote.</returns>
    private static bool AcknowledgesQuote(MoveTracker tracker, IReadOnlyList<Turn> turns, (int Turn, NegotiationIssue Issue, string? Item) offer)
    {
        if (offer.Issue != NegotiationIssue.Price || offer.Turn < 1 || turns[offer.Turn].Role != SpeakerRole.Seller)
        {
            return false;
        }

        var asked = turns[offer.Turn - 1];
        if (asked.Role != SpeakerRole.Buyer || !asked.Sentences.Any(s => s.Act == SentenceAct.Question && s.HasFeature("price-question")))
        {
            return false;
        }

        // The seller's first price, and no buyer price yet: nothing has been bargained over.
        return !tracker.Positions.Exists(p => p.Issue == NegotiationIssue.Price && (p.Turn < offer.Turn || p.Party == SpeakerRole.Buyer));
    }
}
