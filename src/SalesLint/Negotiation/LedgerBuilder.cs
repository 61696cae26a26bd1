using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>
/// Builds the <see cref="NegotiationLedger"/> of a conversation in one pass over its sentences: reads prices and
/// counts (<see cref="ValueReader"/>), decides whose position each value is and whether it is an offer, an acceptance
/// or a rejection, then derives each side's moves, the conditions attached to them and their reciprocity.
/// </summary>
/// <remarks>
/// This class runs the pass; each step is its own class in <c>Negotiation/Building/</c>: <c>PositionReader</c> (whose
/// position a value is, and its kind), <c>PriceTracks</c> (main price, per-unit prices, totals, one-time fees),
/// <c>AcceptanceReader</c> ("deal", "sounds good" to the other side's standing offer), <c>MoveTracker</c> (the state
/// machine that turns positions into openings, holds, concessions and deals), <c>ConditionReader</c> (what a concession
/// is tied to) and <c>ConcessionReciprocity</c> (what answered each concession).
/// </remarks>
public static partial class LedgerBuilder
{
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
        var tracker = new MoveTracker(options);
        var reader = new PositionReader(tracker);
        if (ListingPrice(conversation.Metadata) is { } listing)
        {
            reader.SetListing(listing);
        }

        var prices = new List<PriceCandidate>();
        var prior = new List<bool>();
        var counts = new List<CountCandidate>();
        var terms = new List<TermCandidate>();
        var split = new List<ItemClaim>();
        string? previousTopic = null;
        foreach (var turn in conversation.Turns)
        {
            if (turn.Role is not (SpeakerRole.Seller or SpeakerRole.Buyer))
            {
                continue;
            }

            if (DealForm.Action(turn.Text) is { } form)
            {
                // "[Submit-Deal: I get Food 1, …; you get …]", "[Accept-Deal]": the platform's deal form, read as it is written.
                DealFormReader.Read(tracker, reader, turn, form, options, conversation.Turns);
                continue;
            }

            // The item under discussion, for counts said without one ("you can have 2"): the last named in this turn or the turn before.
            var topic = previousTopic;
            string? named = null;

            var before = tracker.Positions.Count;
            foreach (var sentence in turn.Sentences)
            {
                prices.Clear();
                ValueReader.ReadPrices(turn.Text, sentence.Span, reader.Scale, prices, turn.Role == SpeakerRole.Seller);
                reader.AddRelative(turn, sentence, prices);
                // "$40k instead of $50k": the earlier position first.
                if (options.ItemTotal is not null)
                {
                    // Splitting a stock of items: a bare number is a count, not a price ("10 messages", "covid-19").
                    prices.RemoveAll(p => p.Currency is null);
                }

                // Each price's prior test once: the earlier positions first, then the others.
                prior.Clear();
                foreach (var price in prices)
                {
                    prior.Add(PositionReader.IsPrior(turn, sentence, price));
                }

                for (var i = 0; i < prices.Count; i++)
                {
                    if (prior[i])
                    {
                        reader.AddPrice(turn, sentence, prices[i]);
                    }
                }

                for (var i = 0; i < prices.Count; i++)
                {
                    if (!prior[i])
                    {
                        reader.AddPrice(turn, sentence, prices[i]);
                    }
                }

                if (options.ItemTotal is { } stock)
                {
                    ItemSplitReader.Read(turn.Text, sentence.Span, options.Items, stock, split, topic);
                    foreach (var claim in split)
                    {
                        reader.AddClaim(turn, sentence, claim);
                    }

                    if (ItemSplitReader.LastItemNamed(turn.Text.AsSpan(sentence.Span.Start, sentence.Span.Length), options.Items) is { } item)
                    {
                        topic = named = item;
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
                        reader.AddTerm(turn, sentence, new TermCandidate(NegotiationIssue.Extras, "extra " + count.Item, count.Value, count.Span));
                    }
                    else
                    {
                        reader.AddCount(turn, sentence, count);
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

                    reader.AddTerm(turn, sentence, term);
                }
            }

            if (tracker.Positions.Count == before)
            {
                AcceptanceReader.TryAcceptance(tracker, turn, conversation.Turns);
                if (options.ItemTotal is { } total && tracker.Positions.Count == before)
                {
                    AcceptanceReader.TryItemAcceptance(tracker, turn, total);
                }
            }

            previousTopic = named;

        }

        var moves = ConcessionReciprocity.Judge(tracker.Settle(conversation.Turns), tracker.Positions, conversation, options, tracker.Currency);
        var setting = moves.Count == 0 ? NegotiationSetting.Bargaining : SettingReader.Read(conversation);
        return new NegotiationLedger(tracker.Positions, moves, tracker.Currency ?? "$", tracker.Listing, setting);
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

    /// <summary>The price track of a bigger package than the item first priced ("both for 650" after the elliptical's 600).</summary>
    internal const string BundleTrack = "bundle";

    [GeneratedRegex(@"\b(?:extra|free|additional|bonus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtraCount();
}
