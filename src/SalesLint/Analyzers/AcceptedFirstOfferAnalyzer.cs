using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;

namespace SalesLint.Analyzers;

/// <summary>
/// SL5004 Accepting the first offer, on the negotiation ledger: the seller takes the buyer's first number on an issue
/// (its first offer on the price, its first ask for a discount, free months or terms) without a counter-offer or a
/// push-back in between.
/// </summary>
public sealed class AcceptedFirstOfferAnalyzer : LedgerPatternAnalyzer<AcceptedFirstOfferOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL5004";

    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public AcceptedFirstOfferAnalyzer()
        : this(CreateDescriptor(RuleSet.DefaultHelpLinkBase), new AcceptedFirstOfferOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The options.</param>
    public AcceptedFirstOfferAnalyzer(DiagnosticDescriptor descriptor, AcceptedFirstOfferOptions options)
        : base(descriptor, options)
    {
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{offer}</c> (the buyer's first offer: "$150", "20% off"), <c>{ask}</c> (", against an ask of $200", or empty when the seller had none).</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Accepting the first offer",
        MessageTemplate = "The seller accepted the buyer's first offer ({offer}{ask}) without a counter-offer: counter first, the first offer is rarely the buyer's last",
        Category = "negotiation",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Balance; don't give without getting. Taking the buyer's first number at once leaves value on the table and leaves the buyer "
            + "wondering whether it offered too much. Read from the negotiation ledger: a seller deal at the buyer's opening on an issue, with no "
            + "seller offer, counter-offer or rejection on that issue after the buyer's opening and no move of the buyer's in between.",
    };

    /// <inheritdoc/>
    protected override IEnumerable<LedgerFinding> FindPattern(Conversation conversation, NegotiationLedger ledger, SpeakerRole party)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(ledger);
        var other = Other(party);
        var moves = ledger.Moves;
        for (var i = 0; i < moves.Count; i++)
        {
            var deal = moves[i];
            if (deal.Kind != MoveKind.Deal || deal.Party != party || deal.Position.Issue == NegotiationIssue.Units)
            {
                continue;
            }

            if (deal.Position.Kind == PositionKind.Offer && !SameValue(deal.Position.Value, deal.To))
            {
                continue; // the seller named a number past the buyer's ("that brings it to $28,800"): not taking the buyer's offer
            }

            if (conversation.Turns[deal.Position.Turn].Sentences.Any(s => s.HasFeature(Options.ConditionFeature)))
            {
                continue; // "if you pay annually upfront, I can give you net sixty": a conditional yes is a counter
            }

            var issue = deal.Position.Issue;
            var item = deal.Position.Item;
            bool Same(NegotiationMove m) => m.Position.Issue == issue && m.Position.Item == item;
            var opening = -1;
            for (var j = 0; j < i; j++)
            {
                if (moves[j].Party == other && Same(moves[j]))
                {
                    opening = j;
                    break;
                }
            }

            if (opening < 0 || moves[opening].Kind != MoveKind.Opening || !SameValue(moves[opening].To, deal.To))
            {
                continue; // no buyer number, or the buyer's first move took the seller's own position
            }

            var first = moves[opening].Position;
            var countered = false;
            for (var j = opening + 1; j < i && !countered; j++)
            {
                countered = Same(moves[j]) && (moves[j].Party == party || moves[j].Kind != MoveKind.Hold);
            }

            countered |= ledger.Positions.Any(p => p.Party == party && p.Kind == PositionKind.Rejection && p.Issue == issue && p.Item == item
                && (p.Turn, p.Sentence).CompareTo((first.Turn, first.Sentence)) > 0 && (p.Turn, p.Sentence).CompareTo((deal.Position.Turn, deal.Position.Sentence)) < 0);
            countered |= deal.Position.Turn - first.Turn > Options.MaxTurnsAfterOffer;
            if (countered)
            {
                continue;
            }

            var offer = Format(ledger, deal, deal.To) + (issue == NegotiationIssue.Discount ? " off" : string.Empty);
            var ownOpening = moves.Take(i).FirstOrDefault(m => m.Party == party && Same(m));
            var ask = issue == NegotiationIssue.Price && ownOpening is not null ? ", against an ask of " + Format(ledger, ownOpening, ownOpening.From ?? ownOpening.To) : string.Empty;
            yield return new LedgerFinding(deal.Position, new Dictionary<string, string> { ["offer"] = offer, ["ask"] = ask });
        }
    }

    private static bool SameValue(double a, double b) => Math.Abs(a - b) <= 0.005 * Math.Max(Math.Abs(a), Math.Abs(b));
}

/// <summary>Options of <see cref="AcceptedFirstOfferAnalyzer"/> (SL5004), under <c>options:</c> in its YAML file.</summary>
public sealed record AcceptedFirstOfferOptions : ILedgerPatternOptions
{
    /// <summary>Most turns between the buyer's first offer and the seller's acceptance for the acceptance to be "at once" (later, other talk came between). Default: 6.</summary>
    public int MaxTurnsAfterOffer { get; init; } = 6;

    /// <summary>The lexicon whose match in the seller's accepting turn makes the acceptance conditional (a counter, not reported). Default: <c>condition</c>.</summary>
    public string ConditionFeature { get; init; } = "condition";

    /// <summary>Most findings per conversation. Default: 1.</summary>
    public int MaxReports { get; init; } = 1;

    /// <inheritdoc/>
    public void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(features);
        if (!features.Contains(ConditionFeature))
        {
            errors.Add(("conditionFeature", $"unknown feature '{ConditionFeature}' in conditionFeature"));
        }

        if (MaxTurnsAfterOffer < 1)
        {
            errors.Add(("maxTurnsAfterOffer", "maxTurnsAfterOffer must be at least 1"));
        }

        if (MaxReports < 1)
        {
            errors.Add(("maxReports", "maxReports must be at least 1"));
        }
    }
}
