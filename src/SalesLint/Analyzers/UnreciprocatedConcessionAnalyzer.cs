using System.Globalization;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;

namespace SalesLint.Analyzers;

/// <summary>
/// SL1004 Unreciprocated concession, on the negotiation ledger (<c>conversation.Ledger</c>): a seller
/// concession — the seller moving its own position toward the buyer on the price or a count — with no condition, not
/// answered by the buyer (a move toward the seller, or a non-price give) before the seller's next concession or the
/// end. Meeting the buyer's standing offer is the deal, not a concession.
/// </summary>
public sealed class UnreciprocatedConcessionAnalyzer : BuiltInAnalyzer<UnreciprocatedConcessionOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL1004";

    private readonly LedgerOptions? ledgerOptions;

    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public UnreciprocatedConcessionAnalyzer()
        : this(CreateDescriptor(EngineRules.DefaultHelpLinkBase), new UnreciprocatedConcessionOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The options.</param>
    public UnreciprocatedConcessionAnalyzer(DiagnosticDescriptor descriptor, UnreciprocatedConcessionOptions options)
        : base(descriptor, options)
    {
        ledgerOptions = options.NonPriceGets == LedgerOptions.Default.NonPriceGets && options.AnsweredMoves == LedgerOptions.Default.AnsweredMoves
            ? null
            : LedgerOptions.Default with { NonPriceGets = options.NonPriceGets, AnsweredMoves = options.AnsweredMoves };
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{move}</c> (what was given: "dropped from $200 to $160 (20% of the gap)"), <c>{amount}</c> ("$40").</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Unreciprocated concession",
        MessageTemplate = "The seller {move} and got nothing back: ask for something in return (a higher offer, a commitment, picking it up, a longer term)",
        Category = "negotiation",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Don't give without getting. A seller concession (a lower price, more units) with no condition attached that the buyer "
            + "does not answer - by coming up, accepting, or giving something else (picking up, paying now, signing, a longer term, a reference) - "
            + "before the seller's next concession or the end teaches the buyer to keep asking. Accepting the buyer's standing offer is the deal, not a concession.",
    };

    /// <summary>Describes a concession for messages: "dropped from $200 to $160 (20% of the gap)".</summary>
    /// <param name="ledger">The ledger the move belongs to.</param>
    /// <param name="move">A concession.</param>
    /// <returns>The text.</returns>
    public static string Describe(NegotiationLedger ledger, NegotiationMove move)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(move);
        var p = move.Position;
        if (NegotiationLedger.SellerGivesUpward(p.Issue))
        {
            var given = p.Issue == NegotiationIssue.Discount ? ledger.Format(p.Issue, p.Item, move.To) + " off" : ledger.Format(p.Issue, p.Item, move.To);
            var was = move.From is { } f0 && f0 > 0 ? $" (up from {ledger.Format(p.Issue, p.Item, f0)})" : string.Empty;
            var part = move.GapShare is { } g0 && move.From is { } z && z > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({g0:0%} of the gap)") : string.Empty;
            var giveVerb = p.Item is { } i && (i.StartsWith("waived ", StringComparison.Ordinal) || i.StartsWith("threw in ", StringComparison.Ordinal)) ? string.Empty : "gave ";
            return $"{giveVerb}{given}{was}{part}";
        }

        var from = ledger.Format(p.Issue, p.Item, move.From ?? move.To);
        var to = ledger.Format(p.Issue, p.Item, move.To);
        var verb = p.Issue == NegotiationIssue.Price
            ? (move.To < move.From ? "dropped" : "came up")
            : p.Beneficiary == move.Party ? "went" : "gave";
        var share = move.GapShare is { } g ? string.Create(CultureInfo.InvariantCulture, $" ({g:0%} of the gap)")
            : p.Issue == NegotiationIssue.Price && move.From is { } f && f > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({move.Amount / f:0%} off)") : string.Empty;
        return $"{verb} from {from} to {to}{share}";
    }

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterConversationAction(context =>
        {
            var conversation = context.Conversation;
            var ledger = ledgerOptions is null ? conversation.Ledger : LedgerBuilder.Build(conversation, ledgerOptions);
            if (ledger.Setting != NegotiationSetting.Bargaining)
            {
                return; // a donation appeal or an earnings call: no bargain
            }

            var reported = 0;
            foreach (var move in ledger.Moves)
            {
                if (move.Kind != MoveKind.Concession || move.Party != SpeakerRole.Seller || move.Reciprocated || move.IsConditional || move.TradedFor is not null
                    || (!Options.Counts && move.Position.Issue != NegotiationIssue.Price))
                {
                    continue;
                }

                if (reported++ >= Options.MaxReports)
                {
                    return;
                }

                var p = move.Position;
                var sentence = conversation.Turns[p.Turn].Sentences[p.Sentence];
                var args = new Dictionary<string, string>
                {
                    ["move"] = Describe(ledger, move),
                    ["amount"] = ledger.Format(p.Issue, p.Item, move.Amount),
                };
                context.Report(Diagnostic.Create(Descriptor, DiagnosticLocation.ForSentence(sentence, p.Span), args));
            }
        });
    }
}

/// <summary>Options of <see cref="UnreciprocatedConcessionAnalyzer"/> (SL1004), under <c>options:</c> in its YAML file.</summary>
public sealed record UnreciprocatedConcessionOptions : IAnalyzerOptions
{
    /// <summary>Most findings per conversation. Default: 10.</summary>
    public int MaxReports { get; init; } = 10;

    /// <summary>Whether a non-price give from the buyer (picking up, paying now, signing, a longer term, a reference) answers a concession. Default: true.</summary>
    public bool NonPriceGets { get; init; } = true;

    /// <summary>
    /// Whether a seller step that answers the buyer's own move in its turn just before, no larger than that move ("80?" →
    /// "I can do 110"), counts as reciprocated (<see cref="LedgerOptions.AnsweredMoves"/>). Default: true.
    /// </summary>
    public bool AnsweredMoves { get; init; } = true;

    /// <summary>Whether concessions on counts (seats, licenses, units) are reported, not only on the price. Default: true.</summary>
    public bool Counts { get; init; } = true;

    /// <inheritdoc/>
    public void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (MaxReports < 1)
        {
            errors.Add(("maxReports", "maxReports must be at least 1"));
        }
    }
}
