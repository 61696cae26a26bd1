using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>How <see cref="LedgerBuilder"/> reads a conversation.</summary>
public sealed record LedgerOptions
{
    /// <summary>The default options: prices, and counts of seats, licenses, users and units.</summary>
    public static LedgerOptions Default { get; } = new();

    /// <summary>Items whose counts are positions (singular, lower case), each with its spellings. Default: seats, licenses, users, units.</summary>
    public IReadOnlyDictionary<string, string> Items { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["seat"] = "seats", ["license"] = "licenses", ["licence"] = "licenses", ["user"] = "users", ["unit"] = "units",
    };

    /// <summary>How many of each item there are to share, when the negotiation splits a fixed stock (so "you get 1" means "I keep the rest"); <see langword="null"/> otherwise.</summary>
    public double? ItemTotal { get; init; }

    /// <summary>Whether a non-price give from the other side (picking up, paying cash now, signing, a longer term, a reference) reciprocates a concession. Default: true.</summary>
    public bool NonPriceGets { get; init; } = true;
}

/// <summary>
/// Builds the <see cref="NegotiationLedger"/> of a conversation in one pass over its sentences: reads prices and
/// counts (<see cref="ValueReader"/>), decides whose position each value is and whether it is an offer, an acceptance
/// or a rejection, then derives each side's moves, the conditions attached to them and their reciprocity.
/// </summary>
public static partial class LedgerBuilder
{
    private const double Epsilon = 0.005;

    /// <summary>Builds the ledger with <see cref="LedgerOptions.Default"/>.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The ledger.</returns>
    public static NegotiationLedger Build(Conversation conversation) => Build(conversation, LedgerOptions.Default);

    /// <summary>Builds the ledger.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="options">What to read.</param>
    /// <returns>The ledger.</returns>
    public static NegotiationLedger Build(Conversation conversation, LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(options);
        var state = new State(options);
        if (ListingPrice(conversation.Metadata) is { } listing)
        {
            state.SetListing(listing);
        }

        var prices = new List<PriceCandidate>();
        var counts = new List<CountCandidate>();
        var terms = new List<TermCandidate>();
        var split = new List<ItemClaim>();
        foreach (var turn in conversation.Turns)
        {
            if (turn.Role is not (SpeakerRole.Seller or SpeakerRole.Buyer))
            {
                continue;
            }

            var before = state.Positions.Count;
            foreach (var sentence in turn.Sentences)
            {
                prices.Clear();
                ValueReader.ReadPrices(turn.Text, sentence.Span, state.Scale, prices);
                state.AddRelative(turn, sentence, prices);
                // "$40k instead of $50k": the earlier position first.
                if (options.ItemTotal is not null)
                {
                    // Splitting a stock of items: a bare number is a count, not a price ("10 messages", "covid-19").
                    prices.RemoveAll(p => p.Currency is null);
                }

                foreach (var price in prices)
                {
                    if (State.IsPrior(turn, sentence, price))
                    {
                        state.AddPrice(turn, sentence, price);
                    }
                }

                foreach (var price in prices)
                {
                    if (!State.IsPrior(turn, sentence, price))
                    {
                        state.AddPrice(turn, sentence, price);
                    }
                }

                if (options.ItemTotal is { } stock)
                {
                    ItemSplitReader.Read(turn.Text, sentence.Span, options.Items, stock, split);
                    foreach (var claim in split)
                    {
                        state.AddClaim(turn, sentence, claim);
                    }
                }

                counts.Clear();
                if (options.ItemTotal is null)
                {
                    ValueReader.ReadCounts(turn.Text, sentence.Span, options.Items, counts);
                }

                foreach (var count in counts)
                {
                    if (ExtraCount().IsMatch(turn.Text.AsSpan(count.Span.Start, count.Span.Length)))
                    {
                        // "ten extra seats": given on top, not a share of a stock.
                        state.AddTerm(turn, sentence, new TermCandidate(NegotiationIssue.Extras, "extra " + count.Item, count.Value, count.Span));
                    }
                    else
                    {
                        state.AddCount(turn, sentence, count);
                    }
                }

                terms.Clear();
                ValueReader.ReadTerms(turn.Text, sentence.Span, terms);
                foreach (var term in terms)
                {
                    if (options.ItemTotal is not null && term.Issue == NegotiationIssue.Extras)
                    {
                        continue; // "throw in at least 1 firewood": a count of the stock, read above
                    }

                    state.AddTerm(turn, sentence, term);
                }
            }

            if (state.Positions.Count == before)
            {
                state.TryAcceptance(turn, conversation.Turns);
                if (options.ItemTotal is { } total && state.Positions.Count == before)
                {
                    state.TryItemAcceptance(turn, total);
                }
            }

        }

        return state.Finish(conversation);
    }

    private sealed class State(LedgerOptions options)
    {
        private readonly List<NegotiationMove> moves = [];
        private readonly Dictionary<(SpeakerRole, NegotiationIssue, string?), (double Opening, double Best)> best = [];
        private readonly Dictionary<(SpeakerRole, string), (double Own, double Grant)> claims = [];
        private readonly Dictionary<SpeakerRole, (int Turn, NegotiationIssue Issue, string? Item)> lastOffer = [];
        private readonly Dictionary<int, (double? Before, double? After)> axis = [];
        private string? currency;
        private string? mainBasis;

        public List<NegotiationPosition> Positions { get; } = [];

        public double Scale { get; private set; }

        public double? Listing { get; private set; }

        /// <summary>The listing price is the seller's opening on the price: its first lower number is a concession.</summary>
        public void SetListing(double listing)
        {
            Listing = listing;
            Scale = listing;
            best[(SpeakerRole.Seller, NegotiationIssue.Price, null)] = (listing, listing);
        }

        /// <summary>
        /// The price track a number belongs to: <see langword="null"/> for the deal's main price, <see cref="FeeTrack"/> for a
        /// one-time fee, or a unit basis ("per seat per month", "each", <see cref="TotalTrack"/>) that differs from the main
        /// price's. The first price sets the main basis; unmarked numbers join it, unless they are of another order than a
        /// per-unit main price ("$60,000" against "$65 a seat"). A per-seat price and a one-time fee are different positions,
        /// so going from one to the other is no concession.
        /// </summary>
        public string? Track(string text, Sentence sentence, PriceCandidate price, string lead)
        {
            var after = text.AsSpan(price.Span.End, sentence.Span.End - price.Span.End);
            var clause = ClauseStart().Match(lead) is { Success: true } cl ? lead[(cl.Index + cl.Length)..] : lead;
            if (FeeBefore().IsMatch(clause) || FeeAfter().IsMatch(after))
            {
                return FeeTrack;
            }

            var basis = UnitBasis(after) ?? (TotalBefore().IsMatch(clause) || TotalAfter().IsMatch(after) ? TotalTrack : string.Empty);
            if (mainBasis is null)
            {
                mainBasis = basis == TotalTrack ? string.Empty : basis;
                return null;
            }

            if (basis.Length > 0 && mainBasis.Length > 0 && (mainBasis.StartsWith(basis, StringComparison.Ordinal) || mainBasis.EndsWith(basis, StringComparison.Ordinal)
                || basis.StartsWith(mainBasis, StringComparison.Ordinal) || basis.EndsWith(mainBasis, StringComparison.Ordinal)))
            {
                return null; // "$65 a seat" after "$65 per user per month"
            }

            if (basis.Length == 0)
            {
                var main = best.TryGetValue((SpeakerRole.Seller, NegotiationIssue.Price, null), out var sm) ? sm.Best
                    : best.TryGetValue((SpeakerRole.Buyer, NegotiationIssue.Price, null), out var bm) ? bm.Best : (double?)null;
                return mainBasis.Length > 0 && mainBasis != "each" && main is { } m && price.Value > m * 10 ? TotalTrack : null;
            }

            // A rent named "a month" once and bare otherwise, or a total against bare numbers, is the same price.
            return mainBasis.Length == 0 && basis is TotalTrack or "per month" or "per week" or "per year" ? null
                : mainBasis.StartsWith("per ", StringComparison.Ordinal) && !mainBasis.Contains("seat", StringComparison.Ordinal) && basis == TotalTrack ? null
                : basis;
        }

        /// <summary>
        /// A relative offer ("20 more", "come down 50", "meet me halfway") once a price is on the ledger: the numbers in
        /// its words are a step, not a price, and when the sentence names no other price the offer's absolute value is
        /// added from the standing prices.
        /// </summary>
        public void AddRelative(Turn turn, Sentence sentence, List<PriceCandidate> prices)
        {
            double? seller = best.TryGetValue((SpeakerRole.Seller, NegotiationIssue.Price, null), out var s) ? s.Best : null;
            double? buyer = best.TryGetValue((SpeakerRole.Buyer, NegotiationIssue.Price, null), out var b) ? b.Best : null;
            if (seller is null && buyer is null || RelativeOffer.Find(turn.Text, sentence.Span) is not { } relative)
            {
                return;
            }

            prices.RemoveAll(p => p.Span.Start < relative.Span.End && relative.Span.Start < p.Span.End);
            if (prices.Count == 0 && RelativeOffer.Resolve(relative, seller, buyer) is { } value)
            {
                prices.Add(new PriceCandidate(value, relative.Span, true, null));
            }
        }

        public static bool IsPrior(Turn turn, Sentence sentence, PriceCandidate price) =>
            Prior().IsMatch(turn.Text.AsSpan(sentence.Span.Start, price.Span.Start - sentence.Span.Start));

        public void AddPrice(Turn turn, Sentence sentence, PriceCandidate price)
        {
            var speaker = turn.Role;
            var other = Other(speaker);
            var s = turn.Text;
            var lead = s.AsSpan(sentence.Span.Start, price.Span.Start - sentence.Span.Start).ToString();
            var whole = sentence.Text;
            currency ??= price.Currency;
            var item = Track(s, sentence, price, lead);
            if (Scale == 0)
            {
                Scale = price.Value;
            }

            if (Reference().IsMatch(whole) && !OwnOffer().IsMatch(lead))
            {
                return; // "I paid 300 for it", "they retail for 400 new"
            }

            var party = speaker;
            var kind = PositionKind.Offer;
            if (Listed().IsMatch(lead))
            {
                party = SpeakerRole.Seller; // "you're asking 200", "listed at 200", "asking price of 200", "you've got us at $72,000"
            }
            else if (speaker == SpeakerRole.Buyer && AboveAfter().IsMatch(s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End)) && !OwnOffer().IsMatch(lead))
            {
                party = SpeakerRole.Seller; // "At $54,000 a year it's above what I planned for": the seller's price, judged
            }
            else if (Quote().IsMatch(lead))
            {
                party = other; // "you said 150", "your offer of 150"
            }
            else if (Prior().IsMatch(lead))
            {
                // "$40k instead of $50k", "down from 200": an earlier position of the speaker, kept as its opening.
                if (!best.ContainsKey((speaker, NegotiationIssue.Price, item)))
                {
                    Add(speaker, speaker, PositionKind.Offer, NegotiationIssue.Price, item, price.Value, SpeakerRole.Seller, turn, sentence, price.Span, sentence);
                }

                return;
            }

            var otherBest = best.TryGetValue((other, NegotiationIssue.Price, item), out var o) ? o.Best : (double?)null;
            if (party == speaker)
            {
                var after = s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End).ToString();
                var floor = (speaker == SpeakerRole.Seller ? SellerFloor().IsMatch(lead) : BuyerCeiling().IsMatch(lead)) || FloorAfter().IsMatch(after);
                var clause = ClauseStart().Match(lead) is { Success: true } cl ? lead[(cl.Index + cl.Length)..] : lead;
                var negative = Negative().IsMatch(clause) || NegativeAfter().IsMatch(after);
                var echo = otherBest is { } ob && Same(ob, price.Value) || Positions.Exists(p => p.Party == other && p.Issue == NegotiationIssue.Price && p.Item == item && Same(p.Value, price.Value));
                if (echo && !floor)
                {
                    // Meeting the other side's number takes a word of acceptance or an offer verb ("ok 240 works",
                    // "I can do 160", "$1,400 it is"); "180?" or "180 is a lot" only mentions it.
                    var questioned = s.AsSpan(price.Span.End).TrimStart().StartsWith("?");
                    var accepts = Accept().IsMatch(whole) || OfferVerb().IsMatch(lead) || ItIs().IsMatch(after);
                    kind = negative || questioned || !accepts || (otherBest is { } b && !Same(b, price.Value)) ? PositionKind.Rejection : PositionKind.Acceptance;
                }
                else if (negative && !floor)
                {
                    kind = PositionKind.Rejection;
                }
            }
            else if (best.ContainsKey((party, NegotiationIssue.Price, item)))
            {
                return; // a quote of a position already on the ledger
            }

            Add(party, speaker, kind, NegotiationIssue.Price, item, price.Value, SpeakerRole.Seller, turn, sentence, price.Span, sentence);
            if (party == speaker && kind != PositionKind.Rejection)
            {
                lastOffer[speaker] = (turn.Index, NegotiationIssue.Price, item);
            }
        }

        public void AddCount(Turn turn, Sentence sentence, CountCandidate count)
        {
            var speaker = turn.Role;
            var lead = turn.Text.AsSpan(sentence.Span.Start, count.Span.Start - sentence.Span.Start).ToString();
            var clause = ClauseStart().Match(lead) is { Success: true } c ? lead[(c.Index + c.Length)..] : lead;
            var pronouns = Pronoun().Matches(clause);
            SpeakerRole beneficiary;
            if (pronouns.Count > 0)
            {
                beneficiary = char.ToLowerInvariant(pronouns[^1].Value[0]) == 'y' || pronouns[^1].Value.Equals("u", StringComparison.OrdinalIgnoreCase) ? Other(speaker) : speaker;
            }
            else
            {
                var tail = turn.Text.AsSpan(count.Span.End, Math.Min(20, sentence.Span.End - count.Span.End)).ToString();
                beneficiary = ForYou().IsMatch(tail) ? Other(speaker)
                    : Positions.Count > 0 && Positions[^1].Turn == turn.Index && Positions[^1].Sentence == sentence.Index && Positions[^1].Issue == NegotiationIssue.Units ? Positions[^1].Beneficiary
                    : speaker;
            }

            var kind = Negative().IsMatch(sentence.Text) ? PositionKind.Rejection : PositionKind.Offer;
            Add(speaker, speaker, kind, NegotiationIssue.Units, count.Item, count.Value, beneficiary, turn, sentence, count.Span, sentence);
        }

        /// <summary>A count of a split offer over a shared stock, with whose share it is (<see cref="ItemSplitReader"/>).</summary>
        public void AddClaim(Turn turn, Sentence sentence, ItemClaim claim)
        {
            var speaker = turn.Role;
            Add(speaker, speaker, claim.Rejected ? PositionKind.Rejection : PositionKind.Offer, NegotiationIssue.Units, claim.Item, claim.Value, claim.ToSpeaker ? speaker : Other(speaker), turn, sentence, claim.Span, sentence);
        }

        public void AddTerm(Turn turn, Sentence sentence, TermCandidate term)
        {
            var speaker = turn.Role;
            var other = Other(speaker);
            var lead = turn.Text.AsSpan(sentence.Span.Start, term.Span.Start - sentence.Span.Start).ToString();
            var clause = ClauseStart().Match(lead) is { Success: true } cl ? lead[(cl.Index + cl.Length)..] : lead;
            var kind = PositionKind.Offer;
            if (Negative().IsMatch(clause))
            {
                kind = PositionKind.Rejection;
            }
            else if (best.TryGetValue((other, term.Issue, term.Item), out var o) && Same(o.Best, term.Value))
            {
                kind = PositionKind.Acceptance;
            }

            Add(speaker, speaker, kind, term.Issue, term.Item, term.Value, SpeakerRole.Buyer, turn, sentence, term.Span, sentence);
            // "1900 and I'll waive the pet deposit": a "deal" that follows answers the price, not the extra.
            if (kind != PositionKind.Rejection && !(lastOffer.TryGetValue(speaker, out var previous) && previous.Turn == turn.Index && previous.Issue == NegotiationIssue.Price))
            {
                lastOffer[speaker] = (turn.Index, term.Issue, term.Item);
            }
        }

        public void TryAcceptance(Turn turn, IReadOnlyList<Turn> turns)
        {
            var speaker = turn.Role;
            var other = Other(speaker);
            if (!lastOffer.TryGetValue(other, out var offer) || offer.Turn < turn.Index - 2
                || !best.TryGetValue((other, offer.Issue, offer.Item), out var standing)
                || (lastOffer.TryGetValue(speaker, out var own) && own.Turn > offer.Turn))
            {
                return;
            }

            if (Decline().IsMatch(turn.Text))
            {
                return; // "ok, thanks anyway"
            }

            // "Sure. Send it over." after a long turn that named the price early on answers the turn's end, not the price.
            var named = Positions.FindLast(p => p.Turn == offer.Turn && p.Speaker == other);
            if (named is not null && turns[offer.Turn].Sentences.Count - 1 - named.Sentence > 2)
            {
                return;
            }

            foreach (var sentence in turn.Sentences)
            {
                if (sentence.Act == SentenceAct.Question)
                {
                    continue;
                }

                var text = sentence.Text;
                var accept = Accept().Match(text);
                if (accept.Success && !Negative().IsMatch(text) && (!WeakAccept().IsMatch(accept.Value) || turn.WordCount <= 4))
                {
                    Add(speaker, speaker, PositionKind.Acceptance, offer.Issue, offer.Item, standing.Best, SpeakerRole.Seller, turn, sentence,
                        new TextSpan(sentence.Span.Start + accept.Index, accept.Length), sentence);
                    lastOffer[speaker] = (turn.Index, offer.Issue, offer.Item);
                    return;
                }
            }
        }

        /// <summary>
        /// "Sounds good" to the other side's split offer of the last two turns: the speaker takes what that offer leaves it,
        /// item by item (a deal on each item, not a concession).
        /// </summary>
        public void TryItemAcceptance(Turn turn, double total)
        {
            var speaker = turn.Role;
            var other = Other(speaker);
            var offered = Positions.FindLast(p => p.Issue == NegotiationIssue.Units && p.Kind == PositionKind.Offer);
            if (offered is null || offered.Speaker != other || offered.Turn < turn.Index - 2 || Decline().IsMatch(turn.Text))
            {
                return;
            }

            foreach (var sentence in turn.Sentences)
            {
                var text = sentence.Text;
                var accept = Accept().Match(text);
                if (sentence.Act == SentenceAct.Question || !accept.Success || Negative().IsMatch(text) || (WeakAccept().IsMatch(accept.Value) && turn.WordCount > 4))
                {
                    continue;
                }

                var span = new TextSpan(sentence.Span.Start + accept.Index, accept.Length);
                foreach (var item in Positions.Where(p => p.Turn == offered.Turn && p.Speaker == other && p.Issue == NegotiationIssue.Units).Select(p => p.Item!).Distinct(StringComparer.Ordinal).ToList())
                {
                    if (OwnClaim(other, item, total) is { } theirs)
                    {
                        Add(speaker, speaker, PositionKind.Acceptance, NegotiationIssue.Units, item, total - theirs, speaker, turn, sentence, span, sentence);
                    }
                }

                return;
            }
        }

        /// <summary>
        /// The first non-price give of a party in turns (from, until): picking up, paying now, signing, a term, a reference.
        /// Read only for concessions that nothing else answered, so most calls never run it. A turn in which the party also
        /// holds or restates its own price ("150 if I pick it up today") ties the give to its own ask: not an answer.
        /// </summary>
        private string? FindGet(Conversation conversation, SpeakerRole party, int from, int until)
        {
            var turns = conversation.Turns;
            for (var t = from + 1; t < Math.Min(until, turns.Count); t++)
            {
                var turn = turns[t];
                if (turn.Role != party || Positions.Exists(p => p.Turn == t && p.Speaker == party && p.Issue == NegotiationIssue.Price))
                {
                    continue;
                }

                foreach (var sentence in turn.Sentences)
                {
                    var found = Get().Match(sentence.Text);
                    if (found.Success)
                    {
                        return found.Value;
                    }

                    if (sentence.HasFeature("commitment"))
                    {
                        return sentence.Text;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// A turn's split offer is one move per item: "2 water… or 1 water", a restatement or a correction in the same turn
        /// counts once, from the party's claim before the turn to its last claim in the turn.
        /// </summary>
        private void OneMovePerItemAndTurn(double total)
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
                    : after is { } a && a < before - Epsilon ? (last.Kind == MoveKind.Deal ? MoveKind.Deal : MoveKind.Concession)
                    : MoveKind.Hold;
                moves[lastIndex] = last with { Kind = kind, From = from, Condition = kind == MoveKind.Concession ? last.Condition ?? ConditionOf(FindSentence(last.Position)) : null };
            }
        }

        private Sentence FindSentence(NegotiationPosition position) => turnsOf![position.Turn].Sentences[position.Sentence];

        private IReadOnlyList<Turn>? turnsOf;

        public NegotiationLedger Finish(Conversation conversation)
        {
            turnsOf = conversation.Turns;
            if (options.ItemTotal is { } stock)
            {
                OneMovePerItemAndTurn(stock);
            }

            var result = new List<NegotiationMove>(moves.Count);
            for (var i = 0; i < moves.Count; i++)
            {
                var move = moves[i];
                if (move.Kind != MoveKind.Concession)
                {
                    result.Add(move);
                    continue;
                }

                var party = move.Party;
                var other = Other(party);
                // The party's next concession in a later turn ("5000 and I'll throw in the helmet" is one move).
                var next = moves.FindIndex(i + 1, m => m.Party == party && m.Kind == MoveKind.Concession && m.Position.Turn > move.Position.Turn);
                var end = next < 0 ? moves.Count : next;
                string? by = null;
                NegotiationIssue? on = null;
                for (var j = i + 1; j < end && by is null; j++)
                {
                    var m = moves[j];
                    // The other side came toward the party: a concession, or a deal that moved it (accepting the party's
                    // price counts; taking a gift does not).
                    var moved = m.Kind == MoveKind.Concession
                        || (m.Kind == MoveKind.Deal && (m.Position.Issue == NegotiationIssue.Price || (m.From is { } f && !Same(f, m.To))));
                    if (m.Party == other && moved && m.Position.Turn > move.Position.Turn)
                    {
                        by = m.Kind == MoveKind.Deal
                            ? "accepted " + Format(m.Position.Issue, m.Position.Item, m.To)
                            : $"came {(m.To > m.From ? "up" : "down")} from {Format(m.Position.Issue, m.Position.Item, m.From ?? 0)} to {Format(m.Position.Issue, m.Position.Item, m.To)}";
                        on = m.Position.Issue;
                    }
                }

                if (by is null && options.NonPriceGets)
                {
                    var until = next < 0 ? int.MaxValue : moves[next].Position.Turn;
                    by = FindGet(conversation, other, move.Position.Turn, until);
                }

                result.Add(move with { Reciprocated = by is not null, ReciprocatedBy = by, ReciprocatedOn = on });
            }

            return new NegotiationLedger(Positions, result, currency ?? "$", Listing);
        }

        private void Add(SpeakerRole party, SpeakerRole speaker, PositionKind kind, NegotiationIssue issue, string? item, double value, SpeakerRole beneficiary, Turn turn, Sentence sentence, TextSpan span, Sentence where)
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
            if (givesUp && party == SpeakerRole.Seller && kind == PositionKind.Offer)
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
            moves.Add(new NegotiationMove { Position = position, Kind = MoveKind.Concession, From = mine.Best, To = value, GapShare = gap, Condition = ConditionOf(where) ?? DiscountRestated(position, mine.Opening) });
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
                axis[moves.Count] = (null, claimOwn);
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
            var conceded = false;
            if (claimOwn is { } c && !double.IsNaN(prev.Own))
            {
                from = own ? prev.Own : total - prev.Own;
                conceded = c < prev.Own - Epsilon;
            }
            else if (!own && !double.IsNaN(prev.Grant))
            {
                from = prev.Grant;
                conceded = position.Value > prev.Grant + Epsilon;
            }

            axis[moves.Count] = (double.IsNaN(prev.Own) ? null : prev.Own, claimOwn);
            claims[(party, item)] = (claimOwn ?? prev.Own, own ? prev.Grant : position.Value);
            // Meeting the other side's standing claim on the item ("ok, you take 2 water") is the deal on it, not a concession.
            var deal = conceded && claimOwn is { } mine && OwnClaim(Other(party), item, total.Value) is { } theirs && Math.Abs(mine + theirs - total.Value) < Epsilon;
            moves.Add(new NegotiationMove
            {
                Position = position,
                Kind = deal || position.Kind == PositionKind.Acceptance ? MoveKind.Deal : conceded ? MoveKind.Concession : from is null ? MoveKind.Opening : MoveKind.Hold,
                From = from,
                To = position.Value,
                Condition = conceded && !deal ? ConditionOf(where) : null,
            });
        }

        /// <summary>A party's standing claim on an item of a shared stock: its own count, or the stock less what it grants.</summary>
        private double? OwnClaim(SpeakerRole party, string item, double total) =>
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

        private static string? ConditionOf(Sentence sentence)
        {
            foreach (var s in sentence.Turn.Sentences)
            {
                var text = s.Text;
                var m = Condition().Match(text);
                if (m.Success)
                {
                    var condition = text[m.Index..].TrimEnd('.', '!', '?', ' ');
                    condition = condition.StartsWith("but ", StringComparison.OrdinalIgnoreCase) ? condition[4..] : condition;
                    return condition.Length > 80 ? condition[..80] + "…" : condition;
                }

                if (s.HasFeature("condition"))
                {
                    return s.Features.First(f => f.Feature == "condition").Text;
                }
            }

            return null;
        }

        private string Format(NegotiationIssue issue, string? item, double value) => new NegotiationLedger([], [], currency ?? "$").Format(issue, item, value);
    }

    /// <summary>Metadata names that carry the listing price, in order of preference.</summary>
    public static IReadOnlyList<string> ListingPriceKeys { get; } = ["listing_price", "listingPrice", "list_price", "asking_price", "listing"];

    /// <summary>The listing price in a transcript's metadata (<see cref="ListingPriceKeys"/>; "$1,200" and "1200" both read), or <see langword="null"/>.</summary>
    /// <param name="metadata">The metadata.</param>
    /// <returns>The price, when one is given and positive.</returns>
    public static double? ListingPrice(IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.Count == 0)
        {
            return null;
        }

        foreach (var key in ListingPriceKeys)
        {
            if (metadata.TryGetValue(key, out var text)
                && double.TryParse(text.Trim().TrimStart('$', '£', '€').Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && value > 0 && double.IsFinite(value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The price track of one-time fees (onboarding, setup, delivery): never the deal's main price.</summary>
    public const string FeeTrack = "one-time fee";

    /// <summary>The price track of totals, when the main price is per unit.</summary>
    public const string TotalTrack = "total";

    /// <summary>The unit basis written after a price ("per user per month", "/seat", "a month", "each"), or <see langword="null"/>.</summary>
    private static string? UnitBasis(ReadOnlySpan<char> after)
    {
        var m = PerUnit().Match(after.Length > 40 ? after[..40].ToString() : after.ToString());
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["each"].Success)
        {
            return "each";
        }

        string? seat = null, time = null;
        foreach (var g in new[] { m.Groups["u"], m.Groups["v"] })
        {
            if (!g.Success)
            {
                continue;
            }

            var unit = g.Value.ToLowerInvariant();
            switch (unit)
            {
                case "month" or "mo" or "months":
                    time ??= "per month";
                    break;
                case "year" or "yr" or "annum" or "years":
                    time ??= "per year";
                    break;
                case "week" or "weeks":
                    time ??= "per week";
                    break;
                case "night" or "day" or "days" or "nights":
                    time ??= "per day";
                    break;
                default:
                    seat ??= "per seat";
                    break;
            }
        }

        return seat is null ? time : time is null ? seat : seat + " " + time;
    }

    [GeneratedRegex(@"^\s*(?:(?:/\s*|(?:per|a|an|every)\s+)(?<u>users?|seats?|licen[cs]es?|heads?|person|agents?|reps?|members?|employees?|units?|months?|mo|years?|yr|annum|weeks?|nights?|days?)\b(?:\s*(?:/\s*|,?\s*(?:per|a|an|every)\s+)(?<v>months?|mo|years?|yr|annum|weeks?|days?|users?|seats?|licen[cs]es?))?|(?<each>each|apiece|a piece)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"\b(?:fee|fees|one[- ]time|onboarding|set[- ]?up|implementation|installation|activation|delivery|shipping)\b[^\d$£€]{0,16}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeeBefore();

    [GeneratedRegex(@"^\s*(?:one[- ]time\b|(?:onboarding|set[- ]?up|implementation|installation|activation|delivery|shipping|processing|service) (?:fee|charge|cost)\b|fee\b|for (?:onboarding|set[- ]?up|implementation|installation|delivery|shipping)\b|to (?:deliver|ship)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeeAfter();

    [GeneratedRegex(@"\btotal(?:\s+(?:price|cost|of|is|comes to|would be|for (?:everything|all)))*\s*:?\s*\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalBefore();

    [GeneratedRegex(@"^\s*(?:total|in total|all[- ]in|altogether|all together|for everything)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalAfter();

    private static SpeakerRole Other(SpeakerRole role) => role == SpeakerRole.Seller ? SpeakerRole.Buyer : SpeakerRole.Seller;

    private static bool Same(double a, double b) => Math.Abs(a - b) <= Epsilon * Math.Max(Math.Abs(a), Math.Abs(b));

    [GeneratedRegex(@"^\W*(?:it is|it'?s|is fine|is good|works|then|and it'?s yours|for it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItIs();

    [GeneratedRegex(@"\b(?:extra|free|additional|bonus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtraCount();

    [GeneratedRegex(@"\b(?:paid|retails?|msrp|new (?:it|they|these|this) (?:cost|costs|go|goes|sell|sells|is|are)|(?:cost|costs|sells?|go(?:es)?) for \S+ new|originally|bought (?:it|them|this) for|worth|valued|appraised|comparable|others (?:are|go|sell)|new ones|brand new (?:ones|they|it)|in stores?|at the store|on amazon|elsewhere|online|seen|similar|kbb|kelley|blue ?book|going rate|market value|go(?:es)? for|sell(?:s|ing)? for|on (?:here|craigslist|marketplace|ebay|offerup))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:do|take|offer|give|sell|let (?:it|them) go|go|drop|meet|accept)\b[^.?!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferVerb();

    /// <summary>The speaker's own offer before a number ("would you take", "I could do", "how about"), as against a price it reports ("I've seen similar ones go for").</summary>
    [GeneratedRegex(@"\b(?:i(?:'ll|'d| will| would| can| could| can do| could do)|i'?m (?:willing|able|offering)|we(?:'ll|'d| will| would| can| could)|would you|will you|can you|could you|how about|what about|let'?s|my (?:offer|price|budget|max|best)|(?:asking|listed|list price|listing)|(?:lowest|highest|best) i)\b[^.?!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnOffer();

    /// <summary>Walking away or putting the deal off: a turn with one of these accepts nothing ("ok, thanks anyway").</summary>
    [GeneratedRegex(@"\b(?:no thanks|no thank you|thanks anyway|thanks though|anyway|i'?ll pass|i will pass|pass on|keep looking|think about it|get back to you|good luck|not interested|out of my budget|over my budget|nevermind|never mind|forget it|no deal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decline();

    [GeneratedRegex(@"\b(?:you(?:'re| are)? (?:asking|listed|wanting|want)|asking(?: price)?|(?:list|listed|listing|advertised|posted|sticker) (?:price )?(?:is |was |of |at |for )?|your (?:price|asking|ask|listing|ad)|the ad says|you(?:'ve)? (?:got|have) (?:us|me|it|this) (?:down )?(?:at|for)|(?:the|your) (?:quote|proposal)(?: (?:is|was|of|at|came in at|says))?|quoted (?:us |me )?(?:at )?)\b[^.?!\d]{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Listed();

    [GeneratedRegex(@"^\W*(?:(?:a|per) (?:year|month|seat|user)\W*)?(?:it'?s|that'?s|is|seems|feels)\s+(?:(?:way|a bit|a little|still|just|well)\s+)?(?:above|over (?:my|our|the)|more than (?:i|we)|beyond|out of (?:my|our)|higher than (?:i|we)|too (?:high|much|steep|expensive|pricey|rich))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboveAfter();

    [GeneratedRegex(@"\b(?:you (?:said|offered|mentioned)|your (?:offer|counter|number)|you(?:'re| are) offering)\b[^.?!\d]{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quote();

    [GeneratedRegex(@"\b(?:instead of|rather than|down from|reduced from|from|was|originally|(?:it|that)(?:'s| is) normally|normally|usually|regular(?:ly)?|list(?: price)?(?: is)?)\s*(?:a |the )?(?:price of )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prior();

    [GeneratedRegex(@"\b(?:lower than|less than|below|under|cheaper than|lowest(?: i can (?:go|do))?(?: is)?|bottom(?: line)?(?: is)?|at least|minimum(?: is)?|min(?: is)?|firm (?:at|on)|floor(?: is)?)\s*\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SellerFloor();

    [GeneratedRegex(@"\b(?:more than|higher than|over|above|most|max(?:imum)?(?: is)?|at most|budget(?: is)?|all i have(?: is)?|highest(?: i can (?:go|do))?(?: is)?)\s*\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuyerCeiling();

    [GeneratedRegex(@"^\W*(?:is|'s|would be|will be)?\s*(?:my|the|our)?\s*(?:bottom|lowest|final|floor|best|firm|min|minimum|max|maximum|highest|limit|top)\b|^\W*(?:is )?(?:as low|as high) as\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FloorAfter();

    [GeneratedRegex(@"^\W*(?:is |'s |would be |seems )?(?:way |a bit |a little |too |kind of |kinda )*(?:too (?:low|high|much|little|steep|expensive)|not (?:enough|possible|happening)|is a lowball|won'?t work|doesn'?t work|isn'?t going to work)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeAfter();

    [GeneratedRegex(@"\b(?:can'?t|cannot|can not|won'?t|wont|couldn'?t|no way|not|nope|never|don'?t|too (?:low|high|much|little|steep|expensive)|way too|no deal|not a deal|insulting|lowball|no thanks|no thank you|pass)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\b(?:(?:it'?s|you(?:'ve)? got|you have|we have|that'?s) a deal|deal|sounds good|sounds great|sounds fair|sounds like a plan|that works|works for me|that'?s fine|fine by me|fine|agreed|i agree|i accept|accept(?:ed)?|i'?ll take it(?! (?:to|back|up|home|over|in))|we'?ll take it(?! (?:to|back|up|home|over|in))|i'?ll buy it|let'?s do it|you got it|perfect|sold|ok(?:ay)?|sure|yes|yeah|yep|alright|all right)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accept();

    [GeneratedRegex(@"^(?:ok(?:ay)?|sure|yes|yeah|yep|alright|all right|fine|perfect)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakAccept();

    [GeneratedRegex(@"\b(?:i(?:'ll| will| can| could) (?:pick (?:it |them |this )?up(?: (?:today|tonight|tomorrow|now|right away|asap|this \w+))?|come (?:get|grab|pick)|grab (?:it|them)|get (?:it|them) (?:today|tonight|now))|(?:pay|paying) (?:cash|now|today|up ?front|in full|right away)|cash in hand|(?:we|i)(?:'ll| will| can) sign|sign (?:today|this week|now)|commit to|(?:two|three|2|3|multi)[- ]year|be a reference|(?:i'?ll|we'?ll|i can|we can) refer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Get();

    [GeneratedRegex(@"\b(?:if (?:you|u|it'?s|its|we|they|your)\b(?! (?:want|like|'?d like|would like|are interested|have any|need|prefer|can'?t|don'?t|have questions|wish|please|ever))|as long as|provided(?: that)?|only if|in exchange|in return|on (?:the )?condition|you(?:'d| would| will|'ll)? (?:have|need) to|you must|but you(?:'ll| will)? (?:have|need) to|cash only|for a (?:\w+[- ])?(?:year|month)s? (?:term|contract|deal|commitment)|when you (?:sign|pick|pay)|once you (?:sign|pick|pay))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Condition();

    [GeneratedRegex(@".*(?:[,;]|\band\b|\bbut\b|\bthen\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ClauseStart();

    [GeneratedRegex(@"\b(?:i|i'll|i'd|i'm|me|my|mine|we|we'll|we'd|us|our|you|you'll|you'd|your|yours|u)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^[^,;.]*\b(?:for|to) (?:you|u)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForYou();
}
