using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;

namespace SalesLint.Analyzers;

/// <summary>
/// SL5003 Conceding twice in a row, on the negotiation ledger: the seller concedes, then concedes again in a later turn
/// while the buyer made no counter-move in between (no offer, counter-offer or acceptance of its own on any issue) —
/// bidding against yourself. Reported at the second concession.
/// </summary>
public sealed class ConsecutiveConcessionsAnalyzer : LedgerPatternAnalyzer<ConsecutiveConcessionsOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL5003";

    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public ConsecutiveConcessionsAnalyzer()
        : this(CreateDescriptor(RuleSet.DefaultHelpLinkBase), new ConsecutiveConcessionsOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The options.</param>
    public ConsecutiveConcessionsAnalyzer(DiagnosticDescriptor descriptor, ConsecutiveConcessionsOptions options)
        : base(descriptor, options)
    {
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{first}</c> and <c>{second}</c> (the two concessions: "dropped from $200 to $180").</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Conceding twice in a row",
        MessageTemplate = "The seller {first}, then {second} before the buyer made any counter-move: wait for a counter-offer before you move again",
        Category = "negotiation",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Don't give without getting. A second concession before the buyer has answered the first with a counter-offer of its own "
            + "is bidding against yourself: the buyer learns that saying 'still too much' is enough to move the seller. Read from the negotiation "
            + "ledger: two seller concessions in different turns with no buyer offer, counter-offer or acceptance between them.",
    };

    /// <inheritdoc/>
    protected override IEnumerable<LedgerFinding> FindPattern(Conversation conversation, NegotiationLedger ledger, SpeakerRole party)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var other = Other(party);
        NegotiationMove? previous = null;
        foreach (var move in ledger.Moves)
        {
            if (move.Party == other && move.Position.Speaker == other)
            {
                previous = null; // a counter-move of the other side (an offer, a counter-offer, a hold or an acceptance)
                continue;
            }

            if (!IsConcessionOf(move, party))
            {
                continue;
            }

            if (previous is not null && move.Position.Turn == previous.Position.Turn)
            {
                continue; // one turn's package ("15% off and three months free") is one move
            }

            if (previous is not null && !(Options.IgnoreConditional && move.IsConditional))
            {
                yield return new LedgerFinding(move.Position, new Dictionary<string, string>
                {
                    ["first"] = UnreciprocatedConcessionAnalyzer.Describe(ledger, previous),
                    ["second"] = UnreciprocatedConcessionAnalyzer.Describe(ledger, move),
                });
            }

            previous = move;
        }
    }
}

/// <summary>Options of <see cref="ConsecutiveConcessionsAnalyzer"/> (SL5003), under <c>options:</c> in its YAML file.</summary>
public sealed record ConsecutiveConcessionsOptions : ILedgerPatternOptions
{
    /// <summary>Whether a second concession tied to a condition ("if you sign today") is left out: it is a trade, not a give. Default: true.</summary>
    public bool IgnoreConditional { get; init; } = true;

    /// <summary>Most findings per conversation (SL1004 already reports each unanswered concession). Default: 1.</summary>
    public int MaxReports { get; init; } = 1;

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
