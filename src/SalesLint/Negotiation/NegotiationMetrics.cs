using SalesLint.Metrics;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>
/// The negotiation metrics of a conversation, read from its ledger (<c>conversation.Ledger</c>): openings, the
/// deal, the share of the opening gap each side conceded, and each side's concessions with how many were reciprocated
/// and conditional. Present only when the ledger has a position; the price metrics only when the price was negotiated.
/// </summary>
public static class NegotiationMetrics
{
    /// <summary>
    /// A conversation's metrics with its negotiation metrics added (the ledger is built if it was not yet). The engine
    /// and <c>saleslint inspect</c> call this after <see cref="MetricsCalculator.ComputeAll(Conversation)"/>.
    /// </summary>
    /// <param name="metrics">The conversation's other metrics.</param>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The metrics, with the negotiation metrics when the ledger has a position.</returns>
    public static ConversationMetrics AddTo(ConversationMetrics metrics, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(conversation);
        var ledger = conversation.Ledger;
        if (ledger.Positions.Count == 0)
        {
            return metrics;
        }

        var all = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in metrics.Conversation)
        {
            all[name] = value;
        }

        AddTo(all, ledger);
        return metrics with { Conversation = all };
    }

    /// <summary>Adds the negotiation metrics of a ledger to a conversation's metrics.</summary>
    /// <param name="metrics">The metrics to add to.</param>
    /// <param name="ledger">The conversation's ledger.</param>
    public static void AddTo(IDictionary<string, double> metrics, NegotiationLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(ledger);
        if (ledger.Positions.Count == 0)
        {
            return;
        }

        var sellerOpening = ledger.OpeningPrice(SpeakerRole.Seller);
        var buyerOpening = ledger.OpeningPrice(SpeakerRole.Buyer);
        // A deal on another track of the price ("400 each" for two neighbours, "650 for both") is the price agreed too.
        var deal = (ledger.PriceDeal ?? ledger.Moves.LastOrDefault(m => m.Kind == MoveKind.Deal && m.Position.Issue == NegotiationIssue.Price))?.To;
        if (sellerOpening is { } so)
        {
            metrics[MetricCatalog.SellerOpeningPrice] = so;
        }

        if (buyerOpening is { } bo)
        {
            metrics[MetricCatalog.BuyerOpeningPrice] = bo;
        }

        if (deal is { } d)
        {
            metrics[MetricCatalog.DealPrice] = d;
        }

        var gap = sellerOpening is { } s0 && buyerOpening is { } b0 ? Math.Abs(s0 - b0) : 0;
        foreach (var (party, prefix) in new[] { (SpeakerRole.Seller, "seller."), (SpeakerRole.Buyer, "buyer.") })
        {
            var concessions = ledger.Moves.Where(m => m.Kind == MoveKind.Concession && m.Party == party).ToList();
            metrics[prefix + NegotiationMetricNames.Concessions] = concessions.Count;
            if (concessions.Count > 0)
            {
                metrics[prefix + NegotiationMetricNames.ReciprocatedShare] = Math.Round((double)concessions.Count(m => m.Reciprocated) / concessions.Count, 4);
                metrics[prefix + NegotiationMetricNames.ConditionalShare] = Math.Round((double)concessions.Count(m => m.IsConditional) / concessions.Count, 4);
            }

            if (gap > 0)
            {
                var opening = party == SpeakerRole.Seller ? sellerOpening!.Value : buyerOpening!.Value;
                var last = deal ?? ledger.Sides().FirstOrDefault(x => x.Party == party && x.Issue == NegotiationIssue.Price && x.Item is null)?.Last ?? opening;
                var conceded = Math.Clamp(Math.Abs(opening - last) / gap, 0, 1);
                metrics[prefix + NegotiationMetricNames.GapConceded] = Math.Round(conceded, 4);
                var price = concessions.Where(m => m.Position.Issue == NegotiationIssue.Price && m.Position.Item is null).ToList();
                var traded = price.Where(m => m.IsTraded).Sum(m => m.Amount);
                metrics[prefix + NegotiationMetricNames.UntradedGapConceded] = Math.Round(Math.Clamp(conceded - (traded / gap), 0, 1), 4);
                var givenAway = price.Where(m => !m.Reciprocated && !m.IsConditional).Sum(m => m.Amount);
                metrics[prefix + NegotiationMetricNames.GaveAwayShare] = Math.Round(Math.Clamp(givenAway / gap, 0, 1), 4);
            }
        }
    }
}
