using System.Text.RegularExpressions;
using SalesLint.Model;
using static SalesLint.Negotiation.LedgerWords;

namespace SalesLint.Negotiation;

/// <summary>
/// The ledger's state machine. Every position read goes through <see cref="Add"/>, which keeps each party's opening and
/// best value per issue (or, over a shared stock, its claim per item) and turns the position into a move: an opening, a
/// hold, a concession (with the condition tied to it and its share of the opening gap) or a deal. It also remembers each
/// party's last offer, which a later "deal" accepts.
/// </summary>
internal sealed partial class MoveTracker(LedgerOptions options)
{
    private readonly List<NegotiationMove> moves = [];
    private readonly Dictionary<(SpeakerRole, NegotiationIssue, string?), (double Opening, double Best)> best = [];
    private readonly Dictionary<(SpeakerRole, string), (double Own, double Grant)> claims = [];
    private readonly Dictionary<SpeakerRole, (int Turn, NegotiationIssue Issue, string? Item)> lastOffer = [];
    private readonly Dictionary<(SpeakerRole, string), double> lowest = [];
    private readonly Dictionary<int, (double? Before, double? After, double? Lowest)> axis = [];

    /// <summary>Every position read so far, in order.</summary>
    public List<NegotiationPosition> Positions { get; } = [];

    /// <summary>How many of each item a shared stock holds (<see cref="LedgerOptions.ItemTotal"/>), or <see langword="null"/>.</summary>
    public double? ItemTotal => options.ItemTotal;

    /// <summary>The listing price from the transcript's metadata, when there is one.</summary>
    public double? Listing { get; private set; }

    /// <summary>The currency of the first price that named one.</summary>
    public string? Currency { get; set; }

    /// <summary>The listing price is the seller's opening on the price: its first lower number is a concession.</summary>
    public void SetListing(double listing)
    {
        Listing = listing;
        best[(SpeakerRole.Seller, NegotiationIssue.Price, null)] = (listing, listing);
    }

    /// <summary>The party's best value so far on an issue (its last concession, or its opening), or <see langword="null"/> before its first position.</summary>
    public double? Best(SpeakerRole party, NegotiationIssue issue, string? item) =>
        best.TryGetValue((party, issue, item), out var b) ? b.Best : null;

    /// <summary>Whether the party has taken a position on the issue.</summary>
    public bool HasPosition(SpeakerRole party, NegotiationIssue issue, string? item) => best.ContainsKey((party, issue, item));

    /// <summary>The party's last offer (turn, issue, item): what a "deal" from the other side accepts.</summary>
    public bool TryGetLastOffer(SpeakerRole party, out (int Turn, NegotiationIssue Issue, string? Item) offer) => lastOffer.TryGetValue(party, out offer);

    /// <summary>Records the party's last offer.</summary>
    public void SetLastOffer(SpeakerRole party, int turn, NegotiationIssue issue, string? item) => lastOffer[party] = (turn, issue, item);

    /// <summary>The moves, once every turn is read: over a shared stock, one move per item and turn.</summary>
    public List<NegotiationMove> Settle(IReadOnlyList<Turn> turns)
    {
        if (options.ItemTotal is { } stock)
        {
            OneMovePerItemAndTurn(stock, turns);
            MarkRepackaged();
        }

        return moves;
    }

    /// <summary>
    /// Records a position of <paramref name="party"/> (said by <paramref name="speaker"/>) and the move it makes; a rejection
    /// is a position but no move. <paramref name="where"/> is the sentence whose turn may tie a concession to a condition.
    /// </summary>
    public void Add(SpeakerRole party, SpeakerRole speaker, PositionKind kind, NegotiationIssue issue, string? item, double value, SpeakerRole beneficiary, Turn turn, Sentence sentence, TextSpan span, Sentence where)
    {
        var position = new NegotiationPosition(party, speaker, kind, issue, item, value, beneficiary, turn.Index, sentence.Index, span, turn.Text.Substring(span.Start, span.Length));
        Positions.Add(position);
        if (kind == PositionKind.Rejection)
        {
            return;
        }

        if (issue == NegotiationIssue.Units)
        {
            AddCountMove(position, where);
            return;
        }

        var other = Other(party);
        var key = (party, issue, item);
        var otherBest = best.TryGetValue((other, issue, item), out var ob) ? ob : ((double Opening, double Best)?)null;
        // On the price the buyer concedes upward and the seller downward; on what the seller gives (a discount,
        // free months, extras) the other way round, and the seller starts from giving nothing.
        var givesUp = NegotiationLedger.SellerGivesUpward(issue);
        var up = givesUp ? party == SpeakerRole.Seller : party == SpeakerRole.Buyer;
        if (givesUp && party == SpeakerRole.Seller && kind == PositionKind.Offer && !StandardTerm(position, otherBest is not null, turn))
        {
            best.TryAdd(key, (0, 0));
        }

        if (kind == PositionKind.Acceptance && otherBest is { } accepted)
        {
            value = accepted.Best;
        }

        var crosses = otherBest is { } x && (up ? value >= x.Best - Epsilon * x.Best : value <= x.Best + Epsilon * x.Best);
        if (!best.TryGetValue(key, out var mine))
        {
            best[key] = (value, value);
            moves.Add(new NegotiationMove { Position = position, Kind = crosses || kind == PositionKind.Acceptance ? MoveKind.Deal : MoveKind.Opening, To = crosses && otherBest is { } d ? d.Best : value });
            return;
        }

        var toward = up ? value > mine.Best + Epsilon * Math.Abs(mine.Best) + 1e-9 : value < mine.Best - Epsilon * Math.Abs(mine.Best) - 1e-9;
        if (crosses || (kind == PositionKind.Acceptance))
        {
            var to = otherBest is { } d ? d.Best : value;
            best[key] = (mine.Opening, to);
            moves.Add(new NegotiationMove { Position = position, Kind = MoveKind.Deal, From = mine.Best, To = to });
            return;
        }

        if (!toward)
        {
            moves.Add(new NegotiationMove { Position = position, Kind = MoveKind.Hold, From = mine.Best, To = mine.Best });
            return;
        }

        best[key] = (mine.Opening, value);
        double? gap = otherBest is { } g && Math.Abs(mine.Opening - g.Opening) > 0 ? Math.Abs(mine.Best - value) / Math.Abs(mine.Opening - g.Opening) : null;
        moves.Add(new NegotiationMove { Position = position, Kind = MoveKind.Concession, From = mine.Best, To = value, GapShare = gap, Condition = ConditionReader.Read(where) ?? DiscountRestated(position, mine.Opening) });
    }

    private void AddCountMove(NegotiationPosition position, Sentence where)
    {
        var party = position.Party;
        var item = position.Item!;
        var own = position.Beneficiary == party;
        double? total = options.ItemTotal;
        // With a known stock, "you get 1" means "I keep the rest": one axis, the party's own share.
        var claimOwn = own ? position.Value : total - position.Value;
        if (!claims.TryGetValue((party, item), out var prev))
        {
            claims[(party, item)] = (claimOwn ?? double.NaN, own ? double.NaN : position.Value);
            if (claimOwn is { } first)
            {
                lowest[(party, item)] = first;
            }

            axis[moves.Count] = (null, claimOwn, null);
            moves.Add(new NegotiationMove { Position = position, Kind = position.Kind == PositionKind.Acceptance ? MoveKind.Deal : MoveKind.Opening, To = position.Value });
            return;
        }

        if (total is null)
        {
            // Without a shared stock a count is how many the buyer takes (seats, licenses): a position, not a give.
            moves.Add(new NegotiationMove { Position = position, Kind = MoveKind.Hold, From = double.IsNaN(prev.Own) ? null : prev.Own, To = position.Value });
            return;
        }

        double? from = null;
        var dropped = false;
        var conceded = false;
        double? low = lowest.TryGetValue((party, item), out var l) ? l : null;
        if (claimOwn is { } c && !double.IsNaN(prev.Own))
        {
            from = own ? prev.Own : total - prev.Own;
            dropped = c < prev.Own - Epsilon;
            // Back down to a claim the party already offered (after raising it again) is no new concession.
            conceded = dropped && (low is not { } floor || c < floor - Epsilon);
        }
        else if (!own && !double.IsNaN(prev.Grant))
        {
            from = prev.Grant;
            conceded = dropped = position.Value > prev.Grant + Epsilon;
        }

        axis[moves.Count] = (double.IsNaN(prev.Own) ? null : prev.Own, claimOwn, low);
        claims[(party, item)] = (claimOwn ?? prev.Own, own ? prev.Grant : position.Value);
        if (claimOwn is { } now)
        {
            lowest[(party, item)] = low is { } was ? Math.Min(was, now) : now;
        }

        // Meeting the other side's standing claim on the item ("ok, you take 2 water") is the deal on it, not a concession.
        var deal = dropped && claimOwn is { } mine && OwnClaim(Other(party), item, total.Value) is { } theirs && Math.Abs(mine + theirs - total.Value) < Epsilon;
        moves.Add(new NegotiationMove
        {
            Position = position,
            Kind = deal || position.Kind == PositionKind.Acceptance ? MoveKind.Deal : conceded ? MoveKind.Concession : from is null ? MoveKind.Opening : MoveKind.Hold,
            From = from,
            To = position.Value,
            Condition = conceded && !deal ? ConditionReader.Read(where) : null,
        });
    }

    /// <summary>
    /// A month-to-month term said with the seller's first price, which the buyer never asked for ("It's three hundred
    /// ninety-nine a month per location. No long contract, it's month to month.", or in the answer to the buyer's price
    /// question when no price was read, the question a price question or a request for the price in plain words: "I
    /// just want the price first"): how the seller sells, an opening term, not a give. Said later, or after the buyer
    /// pushed back on the term, it is a concession.
    /// </summary>
    private bool StandardTerm(NegotiationPosition position, bool asked, Turn turn) =>
        !asked && position.Issue == NegotiationIssue.Extras && position.Item == ValueReader.MonthToMonth
        && (Positions.Find(p => p.Party == SpeakerRole.Seller && p.Issue == NegotiationIssue.Price) is { } price
            ? price.Turn == position.Turn
            : turn.Index > 0 && turn.Conversation is { } conversation && conversation.Turns[turn.Index - 1] is { Role: SpeakerRole.Buyer } before
                && (before.Sentences.Any(s => s.HasFeature("price-question")) || PriceAsked().IsMatch(before.Text)));

    /// <summary>The buyer asking for the price in plain words: "I just want the price first", "what's the pricing", "what does it cost".</summary>
    [GeneratedRegex(@"\b(?:the|your) (?:price|prices|pricing|cost|rates?)\b|\bhow much\b|\bwhat (?:does|do|would|will) (?:it|this|that|they) (?:cost|run)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceAsked();

    /// <summary>
    /// A turn's split offer that gives up some of one item for more of another ("3 water, 1 firewood", then "2 water,
    /// 2 firewood") is a trade when its value to the party did not drop (<see cref="LedgerOptions.ItemValues"/>, or one per
    /// item): its item concessions get <see cref="NegotiationMove.TradedFor"/>. An item the party claims for the first time
    /// in a package offer counts as taken from none.
    /// </summary>
    private void MarkRepackaged()
    {
        var turns = new Dictionary<(int Turn, SpeakerRole Party), Dictionary<string, (double? Before, double After)>>();
        var claimed = new HashSet<SpeakerRole>();
        var lastTurn = -1;
        var pending = new List<SpeakerRole>();
        for (var i = 0; i < moves.Count; i++)
        {
            var p = moves[i].Position;
            if (p.Issue != NegotiationIssue.Units || !axis.TryGetValue(i, out var a) || a.After is not { } after)
            {
                continue;
            }

            if (p.Turn != lastTurn)
            {
                claimed.UnionWith(pending);
                pending.Clear();
                lastTurn = p.Turn;
            }

            pending.Add(p.Party);
            var key = (p.Turn, p.Party);
            if (!turns.TryGetValue(key, out var items))
            {
                turns[key] = items = new Dictionary<string, (double?, double)>(StringComparer.Ordinal);
            }

            // Before the turn: the claim before its first position on the item (none: the party had not claimed it).
            var before = items.TryGetValue(p.Item!, out var seen) ? seen.Before : a.Before ?? (claimed.Contains(p.Party) ? 0 : null);
            items[p.Item!] = (before, after);
        }

        foreach (var ((turn, party), items) in turns)
        {
            var values = options.ItemValues.TryGetValue(party, out var v) ? v : null;
            double Worth(string item) => values is not null && values.TryGetValue(item, out var w) ? w : 1;
            var gained = items.Where(i => i.Value.Before is { } b && i.Value.After > b + Epsilon).ToList();
            var given = items.Where(i => i.Value.Before is { } b && i.Value.After < b - Epsilon).ToList();
            if (gained.Count == 0 || given.Count == 0
                || gained.Sum(i => (i.Value.After - i.Value.Before!.Value) * Worth(i.Key)) < given.Sum(i => (i.Value.Before!.Value - i.Value.After) * Worth(i.Key)) - Epsilon)
            {
                continue;
            }

            var what = string.Join(" and ", gained.Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i.Value.After - i.Value.Before!.Value:0.##} more {i.Key}")));
            for (var i = 0; i < moves.Count; i++)
            {
                if (moves[i] is { Kind: MoveKind.Concession } m && m.Position.Turn == turn && m.Party == party && m.Position.Issue == NegotiationIssue.Units)
                {
                    moves[i] = m with { TradedFor = what };
                }
            }
        }
    }

    /// <summary>A party's standing claim on an item of a shared stock: its own count, or the stock less what it grants.</summary>
    public double? OwnClaim(SpeakerRole party, string item, double total) =>
        !claims.TryGetValue((party, item), out var c) ? null
        : !double.IsNaN(c.Own) ? c.Own
        : !double.IsNaN(c.Grant) ? total - c.Grant
        : null;

    /// <summary>
    /// "That's $47,520 a year" after 12% off $54,000: the price the seller's discount already gave, not a new move; it
    /// is tied to the discount (a condition naming it), so it is not reported or counted as given away twice.
    /// </summary>
    private string? DiscountRestated(NegotiationPosition position, double opening)
    {
        if (position.Issue != NegotiationIssue.Price || position.Item is not null || opening <= 0)
        {
            return null;
        }

        var discount = Positions.FindLast(p => p.Issue == NegotiationIssue.Discount && p.Kind != PositionKind.Rejection && Same(opening * (1 - (p.Value / 100)), position.Value));
        return discount is null ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the {discount.Value:0.##}% discount");
    }

    /// <summary>
    /// A turn's split offer is one move per item: "2 water… or 1 water", a restatement or a correction in the same turn
    /// counts once, from the party's claim before the turn to its last claim in the turn.
    /// </summary>
    private void OneMovePerItemAndTurn(double total, IReadOnlyList<Turn> turns)
    {
        var groups = new Dictionary<(int Turn, SpeakerRole Party, string Item), List<int>>();
        for (var i = 0; i < moves.Count; i++)
        {
            var p = moves[i].Position;
            if (p.Issue == NegotiationIssue.Units && axis.ContainsKey(i))
            {
                var key = (p.Turn, p.Party, p.Item!);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var list in groups.Values.Where(l => l.Count > 1))
        {
            var before = axis[list[0]].Before;
            var lowBefore = axis[list[0]].Lowest;
            // The move is the first position that says where the party ends up ("I get 2 firewood and you get 1 firewood").
            var final = axis[list[^1]].After;
            var chosen = list.Find(i => axis[i].After == final);
            list.Remove(chosen);
            list.Add(chosen);
            foreach (var i in list.Take(list.Count - 1))
            {
                var m = moves[i];
                moves[i] = m with { Kind = before is null && i == list[0] ? MoveKind.Opening : MoveKind.Hold, From = before is null ? null : m.To, Condition = null, GapShare = null };
            }

            var lastIndex = list[^1];
            var last = moves[lastIndex];
            var after = axis[lastIndex].After;
            var own = last.Position.Beneficiary == last.Party;
            double? from = before is { } b ? (own ? b : total - b) : null;
            var kind = before is null ? MoveKind.Hold
                : after is { } a && a < before - Epsilon ? (last.Kind == MoveKind.Deal ? MoveKind.Deal : lowBefore is { } floor && a >= floor - Epsilon ? MoveKind.Hold : MoveKind.Concession)
                : MoveKind.Hold;
            moves[lastIndex] = last with { Kind = kind, From = from, Condition = kind == MoveKind.Concession ? last.Condition ?? ConditionReader.Read(turns[last.Position.Turn].Sentences[last.Position.Sentence]) : null };
        }
    }
}
