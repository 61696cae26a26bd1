using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>What a position is about.</summary>
public enum NegotiationIssue
{
    /// <summary>The price of the deal (money).</summary>
    Price = 0,

    /// <summary>A count of seats, units or items (<see cref="NegotiationPosition.Item"/> names what is counted).</summary>
    Units = 1,

    /// <summary>A discount in percent ("15% off").</summary>
    Discount = 2,

    /// <summary>A free period in months ("three months free").</summary>
    FreePeriod = 3,

    /// <summary>Payment terms in days ("net sixty").</summary>
    PaymentTerms = 4,

    /// <summary>Something given on top (<see cref="NegotiationPosition.Item"/>): a waived fee, a service, extra seats, month-to-month terms.</summary>
    Extras = 5,
}

/// <summary>What kind of conversation the ledger's numbers are in.</summary>
public enum NegotiationSetting
{
    /// <summary>A bargain over a price, terms or a split: the negotiation rules apply.</summary>
    Bargaining = 0,

    /// <summary>A donation appeal: a pledge is the close and a smaller ask gives nothing away; the negotiation rules stand down.</summary>
    Donation = 1,

    /// <summary>A financial report such as an earnings call: the numbers are results, not offers; the negotiation rules stand down.</summary>
    Report = 2,
}

/// <summary>What a party did with a value.</summary>
public enum PositionKind
{
    /// <summary>An offer, counter-offer or ask: the party's own position.</summary>
    Offer = 0,

    /// <summary>The party accepted the other side's standing offer.</summary>
    Acceptance = 1,

    /// <summary>The party turned down a value (the other side's, or one it will not go to); its position does not move.</summary>
    Rejection = 2,
}

/// <summary>What kind of move a position is for the party that holds it.</summary>
public enum MoveKind
{
    /// <summary>The party's first position on the issue.</summary>
    Opening = 0,

    /// <summary>The party moved its own position toward the other side.</summary>
    Concession = 1,

    /// <summary>The party met the other side's standing offer: the deal, not a concession.</summary>
    Deal = 2,

    /// <summary>The party repeated its position or moved away from the other side.</summary>
    Hold = 3,
}

/// <summary>
/// One value a party put on the table: an offer, an acceptance or a rejection, with where it was said.
/// </summary>
/// <param name="Party">Whose position it is (usually the speaker; a quote such as "you're asking 200" is the other side's).</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Kind">Offer, acceptance or rejection.</param>
/// <param name="Issue">What it is about.</param>
/// <param name="Item">For <see cref="NegotiationIssue.Units"/>: what is counted (e.g. <c>firewood</c>); for a price that is not the deal's main price, its basis (<c>one-time fee</c>, <c>per seat</c>, <c>total</c>); otherwise <see langword="null"/>.</param>
/// <param name="Value">The value (money, or a count).</param>
/// <param name="Beneficiary">For counts: who gets them (the party itself or the other side); for prices the seller.</param>
/// <param name="Turn">0-based turn.</param>
/// <param name="Sentence">0-based sentence in the turn.</param>
/// <param name="Span">Where the value was said, in the turn text.</param>
/// <param name="Text">The words that carry the value ("I can do 160", or "deal" for an acceptance).</param>
public sealed record NegotiationPosition(
    SpeakerRole Party,
    SpeakerRole Speaker,
    PositionKind Kind,
    NegotiationIssue Issue,
    string? Item,
    double Value,
    SpeakerRole Beneficiary,
    int Turn,
    int Sentence,
    TextSpan Span,
    string Text);

/// <summary>
/// A party's move on one issue: its opening, a concession toward the other side, a deal, or a hold. Concessions carry
/// their amount, share of the opening gap, condition and reciprocity.
/// </summary>
public sealed record NegotiationMove
{
    /// <summary>The position that made the move.</summary>
    public required NegotiationPosition Position { get; init; }

    /// <summary>What kind of move.</summary>
    public required MoveKind Kind { get; init; }

    /// <summary>The party's position before the move (its best so far), when it had one.</summary>
    public double? From { get; init; }

    /// <summary>The party's position after the move.</summary>
    public required double To { get; init; }

    /// <summary>How far the party moved toward the other side (positive for a concession).</summary>
    public double Amount => From is { } from ? Math.Abs(from - To) : 0;

    /// <summary>The amount as a share (0–1) of the gap between the two sides' openings on the issue, when both were known.</summary>
    public double? GapShare { get; init; }

    /// <summary>The condition the move was tied to ("if you pick it up today"), or <see langword="null"/> when unconditional.</summary>
    public string? Condition { get; init; }

    /// <summary>For a concession: whether the other side moved toward the party, or gave something else, before the party's next concession or the end.</summary>
    public bool Reciprocated { get; init; }

    /// <summary>What the other side gave back ("came up from $150 to $165", "I can pick it up today"), when reciprocated.</summary>
    public string? ReciprocatedBy { get; init; }

    /// <summary>
    /// The issue the other side moved on when it answered the concession with a move of its own ("came up from $150 to
    /// $165" is <see cref="NegotiationIssue.Price"/>); <see langword="null"/> when it answered with a non-price get
    /// ("I can pick it up today") or not at all.
    /// </summary>
    public NegotiationIssue? ReciprocatedOn { get; init; }

    /// <summary>
    /// Over a shared stock: what the party took more of in the same offer that pays for this item concession ("1 more
    /// firewood" when "2 water, 2 firewood" follows "3 water, 1 firewood"), when the offer as a whole gives nothing away
    /// (its value to the party, <see cref="LedgerOptions.ItemValues"/> or one per item, did not drop); otherwise <see langword="null"/>.
    /// A repackaged offer is a trade, not a concession of the package: the pattern rules and SL1004 skip it.
    /// </summary>
    public string? TradedFor { get; init; }

    /// <summary>Whether the concession is tied to a condition.</summary>
    public bool IsConditional => Condition is not null;

    /// <summary>
    /// Whether the concession was traded for something other than the other side's move on the same issue: it was tied
    /// to a condition, or the other side answered with a get (a longer term, a reference, picking it up) or a move on
    /// another issue. A price drop answered only by the buyer coming up on the price is price-for-price haggling, not a
    /// trade: where the price lands already shows it.
    /// </summary>
    public bool IsTraded => IsConditional || TradedFor is not null || (Reciprocated && ReciprocatedOn != Position.Issue);

    /// <summary>The party that moved.</summary>
    public SpeakerRole Party => Position.Party;
}

/// <summary>The opening and final positions of one side on one issue.</summary>
/// <param name="Party">The side.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Item">What is counted, for <see cref="NegotiationIssue.Units"/>.</param>
/// <param name="Opening">The side's first position.</param>
/// <param name="Last">The side's last (best so far) position.</param>
public sealed record SidePositions(SpeakerRole Party, NegotiationIssue Issue, string? Item, double Opening, double Last);

/// <summary>
/// The negotiation ledger of one conversation: every position each side put on the table (offers, counter-offers,
/// asks, acceptances, rejections) and the moves they make — openings, concessions with their amount, share of the
/// gap, condition and reciprocity, and the deal. Built once per conversation (<c>conversation.Ledger</c>, <see cref="ConversationLedger"/>);
/// immutable and safe to share across threads.
/// </summary>
public sealed class NegotiationLedger
{
    internal NegotiationLedger(IReadOnlyList<NegotiationPosition> positions, IReadOnlyList<NegotiationMove> moves, string currency, double? listingPrice = null, NegotiationSetting setting = NegotiationSetting.Bargaining)
    {
        Setting = setting;
        Positions = positions;
        Moves = moves;
        Currency = currency;
        ListingPrice = listingPrice;
    }

    /// <summary>
    /// The listing price given with the transcript (metadata <c>listing_price</c>), taken as the seller's opening position
    /// on the price; <see langword="null"/> when none was given.
    /// </summary>
    public double? ListingPrice { get; }

    /// <summary>
    /// What kind of conversation the numbers are in (metadata <c>setting</c>, or read from the words: a donation appeal, an
    /// earnings call). The negotiation rules (SL1004, SL5002–SL5007) report only in <see cref="NegotiationSetting.Bargaining"/>.
    /// </summary>
    public NegotiationSetting Setting { get; }

    /// <summary>An empty ledger (no positions).</summary>
    public static NegotiationLedger Empty { get; } = new([], [], "$");

    /// <summary>Every position in the order said.</summary>
    public IReadOnlyList<NegotiationPosition> Positions { get; }

    /// <summary>Every move (one per offer or acceptance; rejections do not move), in order.</summary>
    public IReadOnlyList<NegotiationMove> Moves { get; }

    /// <summary>The currency symbol used for money values (the one written in the conversation, <c>$</c> by default).</summary>
    public string Currency { get; }

    /// <summary>The concessions, in order.</summary>
    public IEnumerable<NegotiationMove> Concessions => Moves.Where(m => m.Kind == MoveKind.Concession);

    /// <summary>The deal on the price, when a side accepted the other side's standing price.</summary>
    public NegotiationMove? PriceDeal => Moves.LastOrDefault(m => m.Kind == MoveKind.Deal && m.Position.Issue == NegotiationIssue.Price && m.Position.Item is null);

    /// <summary>The opening and last positions of each side on each issue.</summary>
    /// <returns>One entry per side and issue that has a position.</returns>
    public IReadOnlyList<SidePositions> Sides()
    {
        var result = new List<SidePositions>();
        foreach (var group in Moves.GroupBy(m => (m.Party, m.Position.Issue, m.Position.Item)))
        {
            var first = group.First();
            result.Add(new SidePositions(group.Key.Party, group.Key.Issue, group.Key.Item, first.From ?? first.To, group.Last().To));
        }

        return result;
    }

    /// <summary>The first main price a side named (its opening ask or offer; fees and prices on another unit basis left out), or <see langword="null"/>.</summary>
    /// <param name="party">The side.</param>
    /// <returns>The opening price.</returns>
    public double? OpeningPrice(SpeakerRole party) =>
        party == SpeakerRole.Seller && ListingPrice is { } listing ? listing
            : Sides().FirstOrDefault(s => s.Party == party && s.Issue == NegotiationIssue.Price && s.Item is null)?.Opening;

    /// <summary>Formats a value of an issue for messages: <c>$1,500</c>, <c>2 firewood</c>.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="item">The counted item, for counts.</param>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string Format(NegotiationIssue issue, string? item, double value)
    {
        var number = value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return issue switch
        {
            NegotiationIssue.Price => Currency + value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.00", System.Globalization.CultureInfo.InvariantCulture) + (item is null ? string.Empty : " " + item),
            NegotiationIssue.Discount => number + "%",
            NegotiationIssue.FreePeriod => number + (value == 1 ? " month" : " months") + " free",
            NegotiationIssue.PaymentTerms => "net " + number,
            NegotiationIssue.Extras => value == 0 ? "not " + item : value == 1 ? item ?? "extras" : number + " " + item,
            _ => number + " " + item,
        };
    }

    /// <summary>Whether the seller gives more of the issue by raising its value (a discount, free months, extras, longer payment terms), rather than by lowering it (the price).</summary>
    /// <param name="issue">The issue.</param>
    /// <returns><see langword="true"/> for everything but the price and counts.</returns>
    public static bool SellerGivesUpward(NegotiationIssue issue) => issue is not (NegotiationIssue.Price or NegotiationIssue.Units);
}
