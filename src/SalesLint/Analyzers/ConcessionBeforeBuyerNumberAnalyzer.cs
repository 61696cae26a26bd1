using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;

namespace SalesLint.Analyzers;

/// <summary>
/// SL5007 Conceding before the buyer named a number, on the negotiation ledger: the seller lowers its price or gives a
/// discount, free months or extras while the buyer has not put any number of its own on the table ("that's too
/// much" is not a number). Reported once, at the first such concession.
/// </summary>
public sealed class ConcessionBeforeBuyerNumberAnalyzer : LedgerPatternAnalyzer<ConcessionBeforeBuyerNumberOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL5007";

    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public ConcessionBeforeBuyerNumberAnalyzer()
        : this(CreateDescriptor(RuleSet.DefaultHelpLinkBase), new ConcessionBeforeBuyerNumberOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The options.</param>
    public ConcessionBeforeBuyerNumberAnalyzer(DiagnosticDescriptor descriptor, ConcessionBeforeBuyerNumberOptions options)
        : base(descriptor, options)
    {
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{move}</c> (the concession: "dropped from $200 to $180"), <c>{more}</c> (" and 2 more" when further concessions came before the buyer's number, else empty).</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Conceding before the buyer named a number",
        MessageTemplate = "The seller {move}{more} before the buyer named any number: ask what the buyer has in mind (a budget, a counter-offer) before you move",
        Category = "negotiation",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Don't give without getting; balance. Moving before the buyer has said what it would pay negotiates against the seller's own "
            + "number: 'that's too expensive' costs the buyer nothing. Read from the negotiation ledger: a seller concession while the buyer has "
            + "no position of its own on any issue (no offer, counter-offer, budget or acceptance with a number).",
    };

    /// <inheritdoc/>
    protected override IEnumerable<LedgerFinding> FindPattern(Conversation conversation, NegotiationLedger ledger, SpeakerRole party)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var other = Other(party);
        var firstNumber = ledger.Positions.FirstOrDefault(p => p.Party == other && p.Kind != PositionKind.Rejection);
        var before = ledger.Moves
            .Where(m => IsConcessionOf(m, party)
                && !(Options.IgnoreConditional && m.IsConditional)
                && (firstNumber is null || (m.Position.Turn, m.Position.Sentence).CompareTo((firstNumber.Turn, firstNumber.Sentence)) < 0))
            .ToList();
        if (before.Count == 0)
        {
            yield break;
        }

        yield return new LedgerFinding(before[0].Position, new Dictionary<string, string>
        {
            ["move"] = UnreciprocatedConcessionAnalyzer.Describe(ledger, before[0]),
            ["more"] = before.Count > 1 ? $" and made {before.Count - 1} more concession{(before.Count > 2 ? "s" : string.Empty)}" : string.Empty,
        });
    }
}

/// <summary>Options of <see cref="ConcessionBeforeBuyerNumberAnalyzer"/> (SL5007), under <c>options:</c> in its YAML file.</summary>
public sealed record ConcessionBeforeBuyerNumberOptions : ILedgerPatternOptions
{
    /// <summary>Whether concessions tied to a condition ("if you sign this month, 10% off") are left out: they are trades. Default: true.</summary>
    public bool IgnoreConditional { get; init; } = true;

    /// <summary>Most findings per conversation (the rule reports at most one). Default: 1.</summary>
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
