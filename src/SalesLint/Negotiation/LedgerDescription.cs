using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>A ledger as <see cref="LedgerFormatter.Describe"/> shows it in JSON (<c>inspect --format json</c>).</summary>
/// <param name="Currency">The ledger's currency.</param>
/// <param name="Moves">Every move, in order.</param>
/// <param name="Rejections">The positions that reject the other side's.</param>
/// <param name="Sides">Each side's opening and last position per issue.</param>
public sealed record LedgerDescription(
    string Currency,
    IReadOnlyList<LedgerMoveDescription> Moves,
    IReadOnlyList<LedgerRejectionDescription> Rejections,
    IReadOnlyList<LedgerSideDescription> Sides);

/// <summary>One move: where it was said, the position and what kind of move it is (names in lower case).</summary>
/// <param name="Turn">0-based turn.</param>
/// <param name="Sentence">0-based sentence in the turn.</param>
/// <param name="Span">Where the value was said, in the turn text.</param>
/// <param name="Text">The words that carry the value.</param>
/// <param name="Party">Whose position it is.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Kind">Offer, acceptance or rejection.</param>
/// <param name="Issue">What it is about.</param>
/// <param name="Item">What is counted, or a price's basis.</param>
/// <param name="Value">The value.</param>
/// <param name="Move">Opening, concession, deal or hold.</param>
/// <param name="From">The party's position before the move.</param>
/// <param name="To">The party's position after the move.</param>
/// <param name="GapShare">The move's share of the opening gap.</param>
/// <param name="Condition">The condition the move was tied to.</param>
/// <param name="Reciprocated">For a concession: whether the other side gave something back; otherwise <see langword="null"/>.</param>
/// <param name="ReciprocatedBy">What the other side gave back.</param>
public sealed record LedgerMoveDescription(
    int Turn,
    int Sentence,
    TextSpan Span,
    string Text,
    string Party,
    string Speaker,
    string Kind,
    string Issue,
    string? Item,
    double Value,
    string Move,
    double? From,
    double To,
    double? GapShare,
    string? Condition,
    bool? Reciprocated,
    string? ReciprocatedBy);

/// <summary>A position that rejects the other side's.</summary>
/// <param name="Turn">0-based turn.</param>
/// <param name="Sentence">0-based sentence in the turn.</param>
/// <param name="Span">Where it was said, in the turn text.</param>
/// <param name="Text">The words.</param>
/// <param name="Party">Whose position it is.</param>
/// <param name="Issue">What it is about.</param>
/// <param name="Item">What is counted, or a price's basis.</param>
/// <param name="Value">The value rejected.</param>
public sealed record LedgerRejectionDescription(int Turn, int Sentence, TextSpan Span, string Text, string Party, string Issue, string? Item, double Value);

/// <summary>A side's opening and last position on one issue.</summary>
/// <param name="Party">The side.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Item">What is counted, or a price's basis.</param>
/// <param name="Opening">The side's first position.</param>
/// <param name="Last">The side's last position.</param>
public sealed record LedgerSideDescription(string Party, string Issue, string? Item, double Opening, double Last);
