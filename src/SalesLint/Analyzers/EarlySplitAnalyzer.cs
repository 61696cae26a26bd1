using System.Text.RegularExpressions;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;

namespace SalesLint.Analyzers;

/// <summary>
/// SL5005 Splitting the difference early, on the negotiation ledger: the seller moves to the middle of its own and the
/// buyer's standing positions ("let's meet in the middle: 160") while most of the opening gap is still open — half of
/// what is left given in one move, usually the first. A step no bigger than the one the buyer just made toward the seller
/// ("60" / "50" / "55", "325" / "275" / "300") is a matched step that happens to land in the middle, not a split.
/// </summary>
public sealed partial class EarlySplitAnalyzer : LedgerPatternAnalyzer<EarlySplitOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL5005";

    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public EarlySplitAnalyzer()
        : this(CreateDescriptor(RuleSet.DefaultHelpLinkBase), new EarlySplitOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The options.</param>
    public EarlySplitAnalyzer(DiagnosticDescriptor descriptor, EarlySplitOptions options)
        : base(descriptor, options)
    {
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{own}</c>, <c>{theirs}</c> (the two standing positions), <c>{to}</c> (the middle), <c>{share}</c> (the share of the opening gap given in the move: "50%").</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Splitting the difference early",
        MessageTemplate = "The seller split the difference between {own} and {theirs} at {to}, giving {share} of the opening gap in one move: make smaller moves, and let the buyer propose the split",
        Category = "negotiation",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Balance; don't give without getting. Offering to meet in the middle while the gap is still wide gives half of it away in one "
            + "move and anchors the next round at the middle, from where the buyer splits again. Read from the negotiation ledger: a seller "
            + "concession that lands at the midpoint of both sides' standing positions while most of the opening gap is still open; "
            + "a split tied to a condition (\"if you can pick it up this weekend I can do 1100\") is a trade and not reported, and so is a "
            + "step no bigger than the one the buyer just made toward the seller (a matched step).",
    };

    /// <inheritdoc/>
    protected override IEnumerable<LedgerFinding> FindPattern(Conversation conversation, NegotiationLedger ledger, SpeakerRole party)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(ledger);
        var other = Other(party);
        var standing = Standing(ledger);
        for (var i = 0; i < ledger.Moves.Count; i++)
        {
            var move = ledger.Moves[i];
            if (!IsConcessionOf(move, party) || move.Position.Issue == NegotiationIssue.Units || move.From is not { } own
                || (Options.IgnoreConditional && move.IsConditional))
            {
                continue; // "If you can pick it up this weekend I can do 1100": the middle bought something, a trade
            }

            var p = move.Position;
            if (standing.Before(i, other, p.Issue, p.Item) is not { } theirs
                || standing.Opening(party, p.Issue, p.Item) is not { } ownOpening
                || standing.Opening(other, p.Issue, p.Item) is not { } theirOpening)
            {
                continue; // the buyer has no number on the issue: nothing to split
            }

            var gap = Math.Abs(own - theirs);
            var openingGap = Math.Abs(ownOpening - theirOpening);
            if (gap <= 0 || openingGap <= 0 || gap < Options.MinOpenGap * openingGap)
            {
                continue; // late in the negotiation: splitting a small rest is a fair way to close
            }

            if (move.Amount <= BuyerStep(ledger, standing, i, party, p.Issue, p.Item, own, theirs))
            {
                continue; // "60" / "50" / "55": the buyer came up 10 and the seller came down 5, a matched step, not a split
            }

            var middle = (own + theirs) / 2;
            var said = Split().IsMatch(conversation.Turns[p.Turn].Text);
            var tolerance = (said ? Options.SaidTolerance : Options.Tolerance) * gap;
            if (Math.Abs(move.To - middle) > tolerance)
            {
                continue;
            }

            yield return new LedgerFinding(p, new Dictionary<string, string>
            {
                ["own"] = Format(ledger, move, own),
                ["theirs"] = Format(ledger, move, theirs),
                ["to"] = Format(ledger, move, move.To),
                ["share"] = Percent(move.Amount / openingGap),
            });
        }
    }

    /// <summary>
    /// How far the other side moved toward <paramref name="party"/> since <paramref name="party"/>'s last position on the
    /// issue before move <paramref name="index"/>: from its standing number then to <paramref name="theirs"/>, toward
    /// <paramref name="own"/> (0 when it had none then: its first number is an opening, not a step).
    /// </summary>
    private static double BuyerStep(NegotiationLedger ledger, StandingPositions standing, int index, SpeakerRole party, NegotiationIssue issue, string? item, double own, double theirs)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            var earlier = ledger.Moves[j];
            if (earlier.Party == party && earlier.Position.Issue == issue && earlier.Position.Item == item)
            {
                return standing.Before(j + 1, Other(party), issue, item) is { } then ? Math.Max(0, Math.Sign(own - theirs) * (theirs - then)) : 0;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"\b(?:split (?:the |it |that )?(?:difference|diff)|split it|meet (?:you )?(?:in the middle|halfway|half way|half-way)|meet in between|middle ground|halfway|half way|50/50)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Split();
}

/// <summary>Options of <see cref="EarlySplitAnalyzer"/> (SL5005), under <c>options:</c> in its YAML file.</summary>
public sealed record EarlySplitOptions : ILedgerPatternOptions
{
    /// <summary>Smallest share (0–1) of the opening gap still open between the two standing positions for a split to be early. Default: 0.5.</summary>
    public double MinOpenGap { get; init; } = 0.5;

    /// <summary>How close to the middle (share of the gap being split) the seller's new position must be. Default: 0.05.</summary>
    public double Tolerance { get; init; } = 0.05;

    /// <summary>The same when the turn says so ("split the difference", "meet in the middle", "halfway"). Default: 0.15.</summary>
    public double SaidTolerance { get; init; } = 0.15;

    /// <summary>
    /// Whether a split tied to a condition ("if you can pick it up this weekend I can do 1100") is left out: the seller
    /// traded the move for something, as SL5007 reads it. Default: true.
    /// </summary>
    public bool IgnoreConditional { get; init; } = true;

    /// <summary>Most findings per conversation. Default: 1.</summary>
    public int MaxReports { get; init; } = 1;

    /// <inheritdoc/>
    public void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (key, value) in new[] { ("minOpenGap", MinOpenGap), ("tolerance", Tolerance), ("saidTolerance", SaidTolerance) })
        {
            if (value is < 0 or > 1)
            {
                errors.Add((key, $"{key} must be from 0 to 1"));
            }
        }

        if (MaxReports < 1)
        {
            errors.Add(("maxReports", "maxReports must be at least 1"));
        }
    }
}
