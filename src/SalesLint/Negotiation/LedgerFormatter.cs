using System.Globalization;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>Shows a ledger: as text lines (for <c>saleslint inspect</c>) or as a plain object for JSON.</summary>
public static class LedgerFormatter
{
    /// <summary>Writes the ledger as text: one line per position, then each side's opening and last position.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="conversation">The conversation whose ledger to show.</param>
    public static void WriteText(TextWriter output, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(conversation);
        var ledger = conversation.Ledger;
        output.WriteLine(ledger.Positions.Count == 0 ? "ledger: no positions" : $"ledger: {ledger.Positions.Count} positions");
        var moves = ledger.Moves.ToDictionary(m => m.Position);
        foreach (var position in ledger.Positions)
        {
            var value = ledger.Format(position.Issue, position.Item, position.Value);
            var who = position.Party == position.Speaker ? Role(position.Party) : $"{Role(position.Party)} (quoted by the {Role(position.Speaker)})";
            var line = string.Create(CultureInfo.InvariantCulture, $"  turn {position.Turn + 1}.{position.Sentence + 1} {who} {position.Kind.ToString().ToLowerInvariant()} {Issue(position)} {value}");
            if (position.Issue == NegotiationIssue.Units)
            {
                line += position.Beneficiary == position.Party ? " for itself" : " for the other side";
            }

            if (moves.TryGetValue(position, out var move))
            {
                line += " -> " + Move(ledger, move);
            }

            output.WriteLine($"{line}  \"{position.Text}\"");
        }

        foreach (var side in ledger.Sides())
        {
            output.WriteLine($"  {Role(side.Party)} {Issue(side.Issue, side.Item)}: opened {ledger.Format(side.Issue, side.Item, side.Opening)}, last {ledger.Format(side.Issue, side.Item, side.Last)}");
        }
    }

    /// <summary>The ledger as a plain object (positions with their moves, each side's opening and last position) for JSON output.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>An object for a JSON serializer.</returns>
    public static object Describe(NegotiationLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return new
        {
            currency = ledger.Currency,
            moves = ledger.Moves.Select(m => new
            {
                turn = m.Position.Turn,
                sentence = m.Position.Sentence,
                span = m.Position.Span,
                text = m.Position.Text,
                party = Role(m.Party),
                speaker = Role(m.Position.Speaker),
                kind = m.Position.Kind.ToString().ToLowerInvariant(),
                issue = m.Position.Issue.ToString().ToLowerInvariant(),
                item = m.Position.Item,
                value = m.Position.Value,
                move = m.Kind.ToString().ToLowerInvariant(),
                from = m.From,
                to = m.To,
                gapShare = m.GapShare,
                condition = m.Condition,
                reciprocated = m.Kind == MoveKind.Concession ? m.Reciprocated : (bool?)null,
                reciprocatedBy = m.ReciprocatedBy,
            }),
            rejections = ledger.Positions.Where(p => p.Kind == PositionKind.Rejection).Select(p => new
            {
                turn = p.Turn,
                sentence = p.Sentence,
                span = p.Span,
                text = p.Text,
                party = Role(p.Party),
                issue = p.Issue.ToString().ToLowerInvariant(),
                item = p.Item,
                value = p.Value,
            }),
            sides = ledger.Sides().Select(s => new { party = Role(s.Party), issue = s.Issue.ToString().ToLowerInvariant(), item = s.Item, opening = s.Opening, last = s.Last }),
        };
    }

    private static string Move(NegotiationLedger ledger, NegotiationMove move)
    {
        var p = move.Position;
        return move.Kind switch
        {
            MoveKind.Opening => "opening",
            MoveKind.Deal => "deal at " + ledger.Format(p.Issue, p.Item, move.To),
            MoveKind.Hold => "holds",
            _ => string.Create(CultureInfo.InvariantCulture, $"concession of {ledger.Format(p.Issue, p.Item, move.Amount)}")
                + (move.GapShare is { } g ? string.Create(CultureInfo.InvariantCulture, $" ({g:0%} of the gap)") : string.Empty)
                + (move.Condition is { } c ? $", conditional: \"{c}\"" : ", unconditional")
                + (move.Reciprocated ? $", reciprocated: {move.ReciprocatedBy}" : ", not reciprocated"),
        };
    }

    private static string Role(SpeakerRole role) => role.ToString().ToLowerInvariant();

    private static string Issue(NegotiationPosition position) => Issue(position.Issue, position.Item);

    private static string Issue(NegotiationIssue issue, string? item) => issue switch
    {
        NegotiationIssue.Price => item is null ? "price" : "price " + item,
        NegotiationIssue.Discount => "discount",
        NegotiationIssue.FreePeriod => "free period",
        NegotiationIssue.PaymentTerms => "payment terms",
        NegotiationIssue.Extras => "extras",
        _ => item ?? "units",
    };
}
