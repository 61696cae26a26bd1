using System.Globalization;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>Shows a ledger: as text lines (for <c>saleslint inspect</c>) or as a record for JSON.</summary>
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

    /// <summary>The ledger as a record (positions with their moves, each side's opening and last position) for JSON output.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The description, for a JSON serializer.</returns>
    public static LedgerDescription Describe(NegotiationLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return new LedgerDescription(
            ledger.Currency,
            [.. ledger.Moves.Select(m => new LedgerMoveDescription(
                m.Position.Turn,
                m.Position.Sentence,
                m.Position.Span,
                m.Position.Text,
                Role(m.Party),
                Role(m.Position.Speaker),
                m.Position.Kind.ToString().ToLowerInvariant(),
                m.Position.Issue.ToString().ToLowerInvariant(),
                m.Position.Item,
                m.Position.Value,
                m.Kind.ToString().ToLowerInvariant(),
                m.From,
                m.To,
                m.GapShare,
                m.Condition,
                m.Kind == MoveKind.Concession ? m.Reciprocated : null,
                m.ReciprocatedBy))],
            [.. ledger.Positions.Where(p => p.Kind == PositionKind.Rejection).Select(p => new LedgerRejectionDescription(
                p.Turn, p.Sentence, p.Span, p.Text, Role(p.Party), p.Issue.ToString().ToLowerInvariant(), p.Item, p.Value))],
            [.. ledger.Sides().Select(s => new LedgerSideDescription(Role(s.Party), s.Issue.ToString().ToLowerInvariant(), s.Item, s.Opening, s.Last))]);
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
