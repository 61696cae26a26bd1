using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>
/// Conversation metrics read from the negotiation ledger, for rules and <c>scoring.yaml</c>. Each is present only when
/// the conversation has a price negotiation in which the seller made at least one concession, with both openings known (the seller's ask — its first price, or the listing
/// price given with the transcript — above the buyer's first offer); calls without one have none of them, so score terms
/// on them deduct nothing.
/// </summary>
public static class LedgerMetrics
{
    /// <summary>The share (0–1) of the opening gap the seller gave away: from its ask down to the deal, or to its last price when there was no deal.</summary>
    public const string SellerConcededShare = "negotiation.seller_conceded_share";

    /// <summary>The share (0–1) of the opening gap the seller gave away in unconditional concessions the buyer did not answer.</summary>
    public const string SellerUnreciprocatedShare = "negotiation.seller_unreciprocated_share";

    /// <summary>The metric names with their descriptions.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [SellerConcededShare] = "Share (0-1) of the opening price gap (seller's ask or listing price minus the buyer's first offer) the seller gave away, down to the deal or its last price (only with both openings).",
        [SellerUnreciprocatedShare] = "Share (0-1) of the opening price gap the seller gave away in unconditional concessions the buyer did not answer before the seller's next one (only with both openings).",
    };

    /// <summary>Adds the ledger metrics of a conversation (those that are defined) to a metric dictionary.</summary>
    /// <param name="ledger">The conversation's ledger.</param>
    /// <param name="metrics">Receives the metrics.</param>
    public static void WriteTo(NegotiationLedger ledger, IDictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(metrics);
        if (ledger.Moves.Count == 0)
        {
            return;
        }

        double? ask = ledger.ListingPrice, offer = null, last = null;
        var unreciprocated = 0.0;
        var conceded = false;
        foreach (var move in ledger.Moves)
        {
            if (move.Position.Issue != NegotiationIssue.Price)
            {
                continue;
            }

            if (move.Party == SpeakerRole.Seller)
            {
                ask ??= move.From ?? move.To;
                last = Math.Min(last ?? double.MaxValue, move.To);
                conceded |= move.Kind == MoveKind.Concession;
                if (move.Kind == MoveKind.Concession && !move.Reciprocated && !move.IsConditional)
                {
                    unreciprocated += move.Amount;
                }
            }
            else
            {
                offer ??= move.From ?? move.To;
                if (move.Kind == MoveKind.Deal)
                {
                    last = Math.Min(last ?? double.MaxValue, move.To);
                }
            }
        }

        // Only a real haggle: the seller moved on the price at least once (a pitch that names a price and a budget is not one).
        if (!conceded || ask is not { } a || offer is not { } o || a <= o)
        {
            return;
        }

        var gap = a - o;
        metrics[SellerConcededShare] = Math.Round(Math.Clamp((a - (last ?? a)) / gap, 0, 1), 4);
        metrics[SellerUnreciprocatedShare] = Math.Round(Math.Clamp(unreciprocated / gap, 0, 1), 4);
    }
}
