using System.Text.RegularExpressions;
using SalesLint.Model;
using static SalesLint.Negotiation.LedgerWords;

namespace SalesLint.Negotiation;

/// <summary>
/// Decides, for each price, count and term read in a sentence, whose position it is (the speaker's own, the other side's
/// quoted back, the listing) and what kind (an offer, an acceptance of the other side's number, a rejection, or an
/// earlier price kept as an opening), skips prices that are only references ("I paid 300 for it"), and hands each
/// position to the <see cref="MoveTracker"/>.
/// </summary>
internal sealed partial class PositionReader(MoveTracker tracker)
{
    private readonly PriceTracks tracks = new();

    /// <summary>The scale of bare numbers ("16.5" when the listing is 18,500): the listing price, else the first price read.</summary>
    public double Scale { get; private set; }

    /// <summary>The odometer reading given in answer to a mileage question ("148k"), or 0: numbers of its size are readings too.</summary>
    private double mileage;

    /// <summary>The buyer's step down from an asking price the chat has not named yet ("knock a thousand off"), with its sentence.</summary>
    private (Sentence Sentence, RelativeOffer.Match Offer)? pendingDown;

    /// <summary>
    /// The buyer's step down said before the asking price was named, resolved by the seller's next turn: "Listed at
    /// 13,500" is the base ("knock a thousand off" is 12,500, the buyer's number before the seller moved); "so 200?"
    /// says the buyer's number back ("50 less than asking?": the asking price is 250). Returns whether the price was
    /// taken as the buyer's number said back.
    /// </summary>
    private bool ResolvePendingDown(Turn turn, Sentence sentence, PriceCandidate price, string lead, SpeakerRole party)
    {
        if (pendingDown is not { } pending || turn.Role != SpeakerRole.Seller || party != SpeakerRole.Seller)
        {
            return false;
        }

        pendingDown = null;
        var asked = pending.Sentence;
        if (turn.Index > asked.Turn.Index + 2 || tracker.HasPosition(SpeakerRole.Buyer, NegotiationIssue.Price, null))
        {
            return false;
        }

        var step = pending.Offer.Step;
        if (Listed().IsMatch(lead) && RelativeOffer.Resolve(pending.Offer, price.Value, null) is { } value)
        {
            tracker.Add(SpeakerRole.Seller, SpeakerRole.Seller, PositionKind.Offer, NegotiationIssue.Price, null, price.Value, SpeakerRole.Seller, turn, sentence, price.Span, sentence);
            tracker.SetLastOffer(SpeakerRole.Seller, turn.Index, NegotiationIssue.Price, null);
            tracker.Add(SpeakerRole.Buyer, SpeakerRole.Buyer, PositionKind.Offer, NegotiationIssue.Price, null, value, SpeakerRole.Seller, asked.Turn, asked, pending.Offer.Span, asked);
            return true;
        }

        if (sentence.Index == 0 && SaidBack().IsMatch(lead) && turn.Text.AsSpan(price.Span.End).TrimStart().StartsWith("?") && step < price.Value)
        {
            tracker.Add(SpeakerRole.Buyer, SpeakerRole.Buyer, PositionKind.Offer, NegotiationIssue.Price, null, price.Value, SpeakerRole.Seller, asked.Turn, asked, pending.Offer.Span, asked);
            SetListing(price.Value + step);
            return true;
        }

        return false;
    }

    /// <summary>The other side as the one who gives, right before the term: "if you throw in", "unless u throw in", "would you waive".</summary>
    [GeneratedRegex(@"\b(?:you|u|ya)\s+(?:(?:can|could|would|will|wanna|want to|are willing to)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedOfOther();

    /// <summary>
    /// A month-to-month term quoted as a plan with its own price: the price right after it ("month-to-month is $59",
    /// "month to month: 59 a month") or right before it ("it's $59 month-to-month", "59 a month on month-to-month").
    /// </summary>
    private static bool PlanTier(ReadOnlySpan<char> after, string lead) => TierPriceAfter().IsMatch(after) || TierPriceBefore().IsMatch(lead);

    [GeneratedRegex(@"^\W{0,3}(?:(?:plan|pricing|price|rate)\s+)?(?:is|runs|costs?|would be|will be|comes to|goes for|=)?\W{0,3}(?:(?:about|around|just|only)\s+)?[$£€]?\s?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TierPriceAfter();

    [GeneratedRegex(@"[$£€]?\d[\d,.]*k?\s*(?:(?:a|per|/)\s?(?:month|mo)\s*)?(?:for|on|with|if you go|if you do|if you want)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TierPriceBefore();

    /// <summary>Nothing, or a word that says the other side's number back, before a number put as a question: "so 200?", "you mean 200?".</summary>
    [GeneratedRegex(@"^\W*(?:(?:so|ok(?:ay)?|k|you mean|that'?s|thats|that would be|which is)\W+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaidBack();

    /// <summary>Sets the listing price: the seller's opening and the scale of bare numbers.</summary>
    public void SetListing(double listing)
    {
        tracker.SetListing(listing);
        Scale = listing;
    }

    /// <summary>
    /// A relative offer ("20 more", "come down 50", "meet me halfway") once a price is on the ledger: the numbers in
    /// its words are a step, not a price, and when the sentence names no other price the offer's absolute value is
    /// added from the standing prices.
    /// </summary>
    public void AddRelative(Turn turn, Sentence sentence, List<PriceCandidate> prices)
    {
        var seller = tracker.Best(SpeakerRole.Seller, NegotiationIssue.Price, null);
        var buyer = tracker.Best(SpeakerRole.Buyer, NegotiationIssue.Price, null);
        if (seller is null && buyer is null)
        {
            // "Could you knock a thousand off?", "50 less than asking?" before the chat names the asking price: the
            // buyer's number, read once the seller names the price it is taken from.
            if (turn.Role == SpeakerRole.Buyer && prices.Count == 0 && RelativeOffer.Find(turn.Text, sentence.Span) is { From: RelativeOffer.Base.SellerDown } down)
            {
                pendingDown = (sentence, down);
            }

            return;
        }

        if (RelativeOffer.Find(turn.Text, sentence.Span) is not { } relative)
        {
            return;
        }

        prices.RemoveAll(p => p.Span.Start < relative.Span.End && relative.Span.Start < p.Span.End);
        if (prices.Count == 0 && RelativeOffer.Resolve(relative, seller, buyer) is { } value)
        {
            prices.Add(new PriceCandidate(value, relative.Span, true, null));
        }
    }

    /// <summary>Whether the price is an earlier one the sentence moves away from ("instead of $50k", "down from 200"): read before the sentence's other prices.</summary>
    public static bool IsPrior(Turn turn, Sentence sentence, PriceCandidate price) =>
        Prior().IsMatch(turn.Text.AsSpan(sentence.Span.Start, price.Span.Start - sentence.Span.Start));

    /// <summary>A price: the speaker's offer, its acceptance or rejection of the other side's number, the listing or a quote of the other side, or an earlier price kept as the speaker's opening.</summary>
    public void AddPrice(Turn turn, Sentence sentence, PriceCandidate price)
    {
        var speaker = turn.Role;
        var other = Other(speaker);
        var s = turn.Text;
        var lead = s.AsSpan(sentence.Span.Start, price.Span.Start - sentence.Span.Start).ToString();
        var whole = sentence.Text;
        tracker.Currency ??= price.Currency;
        var item = tracks.Track(s, sentence, price, lead, tracker);
        if (AnswersSpec(turn, price, lead))
        {
            // "how many books?" → "about 320 books", "temps?" → "70 under load": the measure asked for, no one's price,
            // and not the scale the prices are read at.
            return;
        }

        if (AnswersMileage(turn, price, lead) || ReadsOdometer(turn, price, lead))
        {
            // "148k" to "how many miles?", then "yes, at 121k" for when the head gasket was done: odometer readings, no
            // one's price, and not the scale the prices are read at (at 148,000 the real "7900" would read as no price).
            mileage = mileage == 0 ? price.Value : mileage;
            return;
        }

        if (Scale == 0)
        {
            Scale = price.Value;
        }

        if ((Reference().IsMatch(whole) || PriceNew().IsMatch(whole)) && !OwnOffer().IsMatch(lead))
        {
            return; // "I paid 300 for it", "they retail for 400 new", "It was $1,800 new."
        }

        if (speaker == SpeakerRole.Seller && OtherItem().IsMatch(lead) && !OwnOffer().IsMatch(lead))
        {
            return; // "We also have the Lowa Renegade at $265", "also we have a sale on merino socks, 3 for $45": another item's own price
        }

        if (SmallerPackage().IsMatch(s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End)) || SmallerPackageBefore().IsMatch(lead))
        {
            return; // "200 for just the frame", "without the lens, 450": a smaller package at its own price, no move on the whole
        }

        if (RivalBefore().IsMatch(lead) || DifferenceAfter().IsMatch(s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End))
            || (OtherThingCost().IsMatch(lead) && !OwnOffer().IsMatch(lead)))
        {
            return; // "I can find it for 250 on ebay", "like 100 bucks of difference", "a tire is like 50 bucks": no one's offer on this item
        }

        if (WhatItBuys().IsMatch(s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End)) || PartOf().IsMatch(lead))
        {
            return; // "30 dollars a month can change a child's life", "$5 a week on a coffee", "how much of the $2 payment": no one's offer
        }

        var party = speaker;
        var kind = PositionKind.Offer;
        if (Listed().IsMatch(lead))
        {
            // "you're asking 200", "listed at 200", "asking price of 200", "you've got us at $72,000", "is it still
            // available for 250?"
            party = SpeakerRole.Seller;
        }

        if (pendingDown is not null && item is null && ResolvePendingDown(turn, sentence, price, lead, party))
        {
            return;
        }
        else if (speaker == SpeakerRole.Buyer && (CheckedBack().IsMatch(s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End)) || ListedAfter().IsMatch(s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End)))
            && !OwnOffer().IsMatch(lead))
        {
            // "150 right?", "Galaxy S22 for 300 still available?": the buyer checking the asking price back, no offer of its own
            party = SpeakerRole.Seller;
        }
        else if (speaker == SpeakerRole.Buyer && AboveAfter().IsMatch(s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End)) && !OwnOffer().IsMatch(lead))
        {
            party = SpeakerRole.Seller; // "At $54,000 a year it's above what I planned for": the seller's price, judged
        }
        else if (speaker == SpeakerRole.Buyer && !tracker.HasPosition(SpeakerRole.Seller, NegotiationIssue.Price, item)
            && JudgedAfter().IsMatch(s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End)) && !OwnOffer().IsMatch(lead))
        {
            party = SpeakerRole.Seller; // "Twenty-one nine ninety-five is a lot for an '18": the sticker price, judged before the seller named it
        }
        else if (Quote().IsMatch(lead))
        {
            party = other; // "you said 150", "your offer of 150"
        }
        else if (Prior().IsMatch(lead))
        {
            // "$40k instead of $50k", "down from 200": an earlier position of the speaker, kept as its opening; but
            // "its listed at 550 and i already dropped it from 600" tells the ad's history: the listing is the opening.
            if (!tracker.HasPosition(speaker, NegotiationIssue.Price, item) && !AdHistory(lead, whole))
            {
                tracker.Add(speaker, speaker, PositionKind.Offer, NegotiationIssue.Price, item, price.Value, SpeakerRole.Seller, turn, sentence, price.Span, sentence);
            }

            return;
        }

        var otherBest = tracker.Best(other, NegotiationIssue.Price, item);
        if (party == speaker)
        {
            var after = s.AsSpan(price.Span.End, sentence.Span.End - price.Span.End).ToString();
            var floor = (speaker == SpeakerRole.Seller ? SellerFloor().IsMatch(lead) : BuyerCeiling().IsMatch(lead)) || FloorAfter().IsMatch(after);
            var clause = Clause(lead);
            var negative = Negative().IsMatch(clause) || NegativeAfter().IsMatch(after);
            var echo = otherBest is { } ob && Same(ob, price.Value) || tracker.Positions.Exists(p => p.Party == other && p.Issue == NegotiationIssue.Price && p.Item == item && Same(p.Value, price.Value));
            if (echo && !floor)
            {
                // Meeting the other side's number takes a word of acceptance or an offer verb ("ok 240 works",
                // "I can do 160", "$1,400 it is"); "180?" or "180 is a lot" only mentions it.
                // "still want it at 175?", "you still interested at 175?": the number put to the other side as the
                // speaker's offer, not a mention of it.
                var offered = OfferAsked().IsMatch(lead);
                var questioned = s.AsSpan(price.Span.End).TrimStart().StartsWith("?") && !offered;
                // "That's perfect. 170 with the gig bag.": the yes said just before the number in the same turn.
                var accepts = Accept().IsMatch(whole) || OfferVerb().IsMatch(lead) || ItIs().IsMatch(after) || offered
                    || (EchoTail().IsMatch(after) && YesBefore(sentence));
                kind = negative || questioned || !accepts || (otherBest is { } b && !Same(b, price.Value)) ? PositionKind.Rejection : PositionKind.Acceptance;
            }
            else if (negative && !floor)
            {
                kind = PositionKind.Rejection;
            }
        }
        else if (tracker.HasPosition(party, NegotiationIssue.Price, item))
        {
            return; // a quote of a position already on the ledger
        }

        tracker.Add(party, speaker, kind, NegotiationIssue.Price, item, price.Value, SpeakerRole.Seller, turn, sentence, price.Span, sentence);
        if (party == speaker && kind != PositionKind.Rejection)
        {
            tracker.SetLastOffer(speaker, turn.Index, NegotiationIssue.Price, item);
        }
    }

    /// <summary>A count of seats, licenses or units without a shared stock: whose it is from the last person named before it ("you", "we") or "for you" after it.</summary>
    public void AddCount(Turn turn, Sentence sentence, CountCandidate count)
    {
        var speaker = turn.Role;
        var positions = tracker.Positions;
        var lead = turn.Text.AsSpan(sentence.Span.Start, count.Span.Start - sentence.Span.Start).ToString();
        var clause = Clause(lead);
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
                : positions.Count > 0 && positions[^1].Turn == turn.Index && positions[^1].Sentence == sentence.Index && positions[^1].Issue == NegotiationIssue.Units ? positions[^1].Beneficiary
                : speaker;
        }

        var kind = Negative().IsMatch(sentence.Text) ? PositionKind.Rejection : PositionKind.Offer;
        tracker.Add(speaker, speaker, kind, NegotiationIssue.Units, count.Item, count.Value, beneficiary, turn, sentence, count.Span, sentence);
    }

    /// <summary>A count of a split offer over a shared stock, with whose share it is (<see cref="ItemSplitReader"/>).</summary>
    public void AddClaim(Turn turn, Sentence sentence, ItemClaim claim)
    {
        var speaker = turn.Role;
        var value = claim.Value;
        if (claim.Relative)
        {
            // "an additional water", "one more food": on top of that side's standing claim (or what the other side leaves it).
            var side = claim.ToSpeaker ? speaker : Other(speaker);
            if (tracker.ItemTotal is not { } total
                || (tracker.OwnClaim(side, claim.Item, total) ?? (tracker.OwnClaim(Other(side), claim.Item, total) is { } theirs ? total - theirs : null)) is not { } standing)
            {
                return;
            }

            value = Math.Min(total, standing + claim.Value);
        }

        tracker.Add(speaker, speaker, claim.Rejected ? PositionKind.Rejection : PositionKind.Offer, NegotiationIssue.Units, claim.Item, value, claim.ToSpeaker ? speaker : Other(speaker), turn, sentence, claim.Span, sentence);
    }

    /// <summary>A term (a discount, free months, a payment term, extras): an offer, an acceptance of the other side's same value, or a rejection.</summary>
    public void AddTerm(Turn turn, Sentence sentence, TermCandidate term)
    {
        var speaker = turn.Role;
        var other = Other(speaker);
        var lead = turn.Text.AsSpan(sentence.Span.Start, term.Span.Start - sentence.Span.Start).ToString();
        if (speaker == SpeakerRole.Seller && term.Issue == NegotiationIssue.Extras
            && (AskedOfOther().IsMatch(lead) || (term.Item == ValueReader.MonthToMonth && PlanTier(turn.Text.AsSpan(term.Span.End, sentence.Span.End - term.Span.End), lead))))
        {
            // "If you throw in the plow I'd do a straight trade": the seller asks the buyer for the plow, it gives
            // nothing. "Month-to-month is $59, annual is $49": the plans quoted with their prices, no term given.
            return;
        }

        var clause = Clause(lead);
        var kind = PositionKind.Offer;
        if (Negative().IsMatch(clause))
        {
            kind = PositionKind.Rejection;
        }
        else if (tracker.Best(other, term.Issue, term.Item) is { } o && Same(o, term.Value))
        {
            if (Restated(sentence))
            {
                return; // "Three things, net sixty, month-to-month and no increase.": the asks said back, not granted
            }

            kind = PositionKind.Acceptance;
        }

        tracker.Add(speaker, speaker, kind, term.Issue, term.Item, term.Value, SpeakerRole.Buyer, turn, sentence, term.Span, sentence);
        // "1900 and I'll waive the pet deposit": a "deal" that follows answers the price, not the extra.
        if (kind != PositionKind.Rejection && !(tracker.TryGetLastOffer(speaker, out var previous) && previous.Turn == turn.Index && previous.Issue == NegotiationIssue.Price))
        {
            tracker.SetLastOffer(speaker, turn.Index, term.Issue, term.Item);
        }
    }

    /// <summary>
    /// A sentence that only names the other side's asks back before asking about them ("Three things, net sixty,
    /// month-to-month and no increase. Can I take them one at a time?"): no one giving or taking anything (no pronoun),
    /// no yes ("okay", "fine", "done", "then"), no yes before it in the turn ("That works. Two months free, the case
    /// study, and a March start." takes the terms), and a question after it in the turn or the sentence a question itself
    /// ("And month-to-month, is that about cash too?"). Said back as the last word
    /// ("We can pay annually. So 12% off on a two-year term, paid up front.") it takes them.
    /// </summary>
    private static bool Restated(Sentence sentence) =>
        !Pronoun().IsMatch(sentence.Text) && !YesWord().IsMatch(sentence.Text)
        && !sentence.Turn.Sentences.Take(sentence.Index).Any(s => Accepts().IsMatch(s.Text))
        && (sentence.Act == SentenceAct.Question || sentence.Turn.Sentences.Skip(sentence.Index + 1).Any(s => s.Act == SentenceAct.Question));

    /// <summary>
    /// A price the ad had before this chat: a drop told in the past ("i already dropped it from 600", "I reduced it from
    /// 600 last week") in a sentence that says so ("already", "listed", "the ad", "last week"), not a move made here.
    /// </summary>
    private static bool AdHistory(string lead, string sentence) =>
        DroppedFrom().IsMatch(lead) && AdWords().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:dropped|reduced|lowered|cut|marked)(?: (?:it|the price|them|this))?(?: down)?(?: already)? from\s*\$?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DroppedFrom();

    [GeneratedRegex(@"\b(?:already|listed|listing|posted|the ad|(?:last|this) (?:week|month)|(?:a|two|few) (?:days|weeks) ago|originally)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdWords();

    /// <summary>Words that take what is on the table ("That works.", "Deal.", "Yes."), as against a mere "Okay." that acknowledges it.</summary>
    [GeneratedRegex(@"\b(?:works|deal|done|agreed|fine|sounds good|yes|yeah|yep|yup|let'?s do (?:it|that)|you(?:'ve)? got it|of course|absolutely)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accepts();

    [GeneratedRegex(@"\b(?:ok|okay|fine|sure|deal|done|yes|yeah|yep|yup|agreed|works|granted|absolutely|of course|no problem|then|that'?s|it'?s|it is|let'?s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesWord();

    [GeneratedRegex(@"^\W*(?:(?:today|tonight|tomorrow|cash|even|then)\W+)?(?:it is|it'?s|is fine|is good|works|then|and it'?s yours|for it|as is)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItIs();

    /// <summary>What may follow a number said back as the deal: nothing, or what comes with it ("with the gig bag", "cash", "delivered").</summary>
    [GeneratedRegex(@"^\W*(?:(?:with|for|incl\w*|plus|and|cash|then|today|tonight|tomorrow|delivered|picked up|each|apiece|a piece|even|flat|total)\b[^?]*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EchoTail();

    /// <summary>
    /// A short yes earlier in the turn ("That's perfect.", "ok.", "she's in."), before the number said back, or the deal
    /// called right after it ("10,000. Deal", "280. done"; not "Nineteen eight. Okay. I have to think about it.").
    /// </summary>
    private static bool YesBefore(Sentence sentence)
    {
        var sentences = sentence.Turn.Sentences;
        for (var i = 0; i < sentence.Index; i++)
        {
            var before = sentences[i];
            if (before.Act != SentenceAct.Question && before.WordCount <= 4 && Accept().IsMatch(before.Text) && !Negative().IsMatch(before.Text))
            {
                return true;
            }
        }

        return sentence.Index + 1 < sentences.Count && sentences[sentence.Index + 1].Act != SentenceAct.Question && DealAfter().IsMatch(sentences[sentence.Index + 1].Text);
    }

    /// <summary>The number offered as a question to the other side: "still want it at", "you still interested for", "want them for".</summary>
    [GeneratedRegex(@"\b(?:(?:still )?want (?:it|them|this|that|the \w+)|(?:still )?interested|(?:would|will|do) (?:you|u) (?:still )?(?:want|take) (?:it|them))\b[^.?!\d]{0,12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferAsked();

    /// <summary>The deal called in a sentence of its own: "Deal", "ok done", "sold!", "you've got a deal".</summary>
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|alright|great|perfect|yes|yeah)\W+)?(?:deal|done|sold|agreed|it'?s a deal|you(?:'ve)? got (?:a deal|it))\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DealAfter();

    [GeneratedRegex(@"\b(?:paid|retails?|msrp|new (?:it|they|these|this) (?:cost|costs|go|goes|sell|sells|is|are)|(?:cost|costs|sells?|go(?:es)?) for \S+ new|originally|bought (?:it|them|this) for|worth|valued|appraised|comparable|others (?:are|go|sell)|new ones|brand new (?:ones|they|it)|in stores?|at the store|on amazon|elsewhere|online|seen|similar|kbb|kelley|blue ?book|carfax|edmunds|private party|going rate|market value|^\W*new (?:is|was|are|were)|(?:a|one) new one (?:is|was|costs?|runs?)|rent(?:ing|ed)? (?:one|them|a new one)|rentals? (?:is|are|costs?|runs?|go(?:es)?)|(?:what|you're|you are|we're|we are|i'm|i am) (?:currently )?paying|averages? out|go(?:es)? for|sell(?:s|ing)? for|on (?:here|craigslist|marketplace|ebay|offerup|swappa|mercari|facebook|fb|letgo|nextdoor|kijiji|poshmark)|(?:the|those|these|other) ones\b|there['’]?s (?:one|another(?: one)?|a similar \w+) (?:at|on|over at|down at|across (?:the )?(?:road|street|town))|(?:another|a different|the other) (?:dealer|dealership|lot|place|store|shop|seller|vendor|supplier|company))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>What the item cost new, said as its price then ("It was $1,800 new.", "they're 1400 new", "it was 650 new and I'm asking 380"); not "it's 250, new motor".</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|it'?s|its|they'?re) (?:like |about |around )?\$?\d[\d.,]*k? (?:brand )?new(?:\W*$|[.!,;]|\s+(?:and|but|so)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceNew();

    [GeneratedRegex(@"^\s*(?:dollars?|bucks|cents|usd)?\s*(?:(?:a|per|each|every) (?:month|week|year|day)\s*)?(?:alone\s*)?(?:can|could|will|would|may|might)\s+(?:\w+\s+)?(?:change|save|feed|buy|provide|vaccinate|educate|help (?:a|one|many|so many|the|these|those|kids|children|families|\d))\b|^\s*(?:dollars?|bucks|cents)?\s*(?:(?:a|per|every|each) (?:day|week|month)\s+)?on (?:a |an |your |one )?(?:coffee|latte|cup of coffee|lunch|snacks?|soda|starbucks|takeout|fast food|eating out|cigarettes|drinks?)\b|^\s*(?:dollars?|bucks|cents)?\s*(?:(?:a|per|each|every) (?:month|week|year|day)\s*)?(?:alone\s*)?(?:buys|feeds|provides|vaccinates|educates|saves|covers|pays for|gets (?:a|an|one|two|three|\d+) (?:meal|child|kid|family|vaccine|book|blanket)s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatItBuys();

    /// <summary>
    /// The seller naming another item with its own price ("We also have the Lowa Renegade at", "Also we have a sale on
    /// merino socks this week, 3 for", "there's also the Starter plan at"): no move on the price of the item on the
    /// table. Not a discount or promotion on it ("we also have a promotion, so it's").
    /// </summary>
    [GeneratedRegex(@"^(?![^.?!]*\b(?:discount|promo(?:tion)?s?|rebates?|coupons?|deals?|specials?|price (?:drop|cut|reduction)|it|that|this one)\b)(?:[^.?!]*\b(?:also|other|another)\b[^.?!]*\b(?:have|has|got|carry|carries|stock|stocks)\b|[^.?!]*\b(?:have|has|got|carry|carries|stock|stocks)\s+(?:also\s+)?(?:another|other|a different)\b|[^.?!]*\bthere(?:'s| is| are) (?:also|another|other)\b)[^.?!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherItem();

    [GeneratedRegex(@"\bhow much of (?:the|your|my|this|that)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();

    /// <summary>
    /// A bare number in the answer to the other side's question about the mileage or the hours ("How many miles?" →
    /// "168k.", "It's at 128k now"): the odometer, not a price. A number marked as money or said as an offer is still one.
    /// </summary>
    private static bool AnswersMileage(Turn turn, PriceCandidate price, string lead) =>
        price.Currency is null && price.Value >= 1000 && AnswersAsked(turn, price, lead, MileageAsked()) is not null;

    /// <summary>
    /// The other side's turn before, when one of its questions matches <paramref name="question"/> and the number is said
    /// as no offer, no listing and with no price word before or just after it; otherwise null. What
    /// <see cref="AnswersMileage"/> and <see cref="AnswersSpec"/> share.
    /// </summary>
    private static Turn? AnswersAsked(Turn turn, PriceCandidate price, string lead, Regex question) =>
        turn.Index > 0 && turn.Conversation is { } conversation
        && PreviousTurnOf(conversation, turn) is { } asked && Asks(asked, question) && !OwnOffer().IsMatch(lead) && !Listed().IsMatch(lead)
        && !PriceTalk().IsMatch(lead) && !PriceTalk().IsMatch(turn.Text.AsSpan(price.Span.End, Math.Min(12, turn.Text.Length - price.Span.End)))
            ? asked
            : null;

    /// <summary>
    /// Whether a question of the turn (a question act or a question mark) matches: "How many miles and is the title
    /// clean?" asks the mileage; "it's a 2010 with 95k miles, I think 6000 is fair" tells it, and the other side's
    /// "4800" after it is a counter, not an odometer reading.
    /// </summary>
    private static bool Asks(Turn turn, Regex words)
    {
        foreach (var sentence in turn.Sentences)
        {
            if ((sentence.Act == SentenceAct.Question || sentence.Text.Contains('?', StringComparison.Ordinal)) && words.IsMatch(sentence.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A bare number in the answer to the other side's question about a count or a measure ("how many books and any
    /// keys?" → "about 320 books", "temps? ever repasted" → "70 under load", "what psi is it"): the figure asked for,
    /// not a price. Not when the question also asks the price ("how many do you have and how much?"), nor a number said
    /// as money, as an offer, or with a price word or a period after it ("12 months, 1200 a month").
    /// </summary>
    private static bool AnswersSpec(Turn turn, PriceCandidate price, string lead) =>
        !price.Strong && AnswersAsked(turn, price, lead, SpecAsked()) is { } asked && !PriceAsked().IsMatch(asked.Text)
        && !PeriodAfter().IsMatch(turn.Text.AsSpan(price.Span.End, Math.Min(16, turn.Text.Length - price.Span.End)));

    /// <summary>A question about a count or a measure of the item: how many, how old, how big, what size, "whats the draw weight", temps, psi, watts, hours.</summary>
    [GeneratedRegex(@"\bhow (?:many|old|big|far|tall|wide|deep|heavy|loud|fast)\b|\bwhat (?:size|year|psi|wattage|watts|capacity|length|weight|dimensions|measurements|temps?|temperatures?|hours|resolution|storage)\b|\bwhat(?:'?s| is)\s+(?:the\s+|your\s+|ur\s+|its\s+|it'?s\s+)?(?:[a-z]+\s+)?(?:size|length|weight|height|width|depth|capacity|wattage|psi)\b|\b(?:temps?|temperatures?|psi|wattage|dimensions|measurements)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecAsked();

    /// <summary>A question that asks the price too: "how much", "price", "asking", "take", "$".</summary>
    [GeneratedRegex(@"\bhow much\b|\b(?:price|cost|asking|ask|take|offer|lowest|firm|obo|cash)\b|\$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceAsked();

    /// <summary>A period or a unit price after a number: "a month", "per week", "/mo", "each".</summary>
    [GeneratedRegex(@"^\W*(?:(?:a|per|an|each|every) (?:month|week|year|night|day|piece|one)|/\s?(?:mo|month|wk|week|yr)|each|apiece|a piece)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodAfter();

    /// <summary>
    /// A bare number of the size of the odometer reading given before ("148k", then "yes, at 121k" for when the head gasket
    /// was done), with no money sign and no price words: another reading, not a price.
    /// </summary>
    private bool ReadsOdometer(Turn turn, PriceCandidate price, string lead) =>
        mileage > 0 && price.Currency is null && price.Value >= mileage / 3 && price.Value <= mileage * 3 && !OwnOffer().IsMatch(lead) && !Listed().IsMatch(lead)
        && !PriceTalk().IsMatch(lead) && !PriceTalk().IsMatch(turn.Text.AsSpan(price.Span.End, Math.Min(12, turn.Text.Length - price.Span.End)));

    /// <summary>Words that make a number a price whatever was asked: "lowest is 9000", "asking", "9000 firm", "9k cash".</summary>
    [GeneratedRegex(@"\b(?:lowest|price|asking|ask|firm|take|do|best|obo|cash|offer|sell|selling|bottom|bucks|dollars|or best)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceTalk();

    /// <summary>The other side's last turn before <paramref name="turn"/>, when it is one of the two turns just before.</summary>
    private static Turn? PreviousTurnOf(Conversation conversation, Turn turn)
    {
        for (var i = turn.Index - 1; i >= Math.Max(0, turn.Index - 2); i--)
        {
            var before = conversation.Turns[i];
            if (before.Role != turn.Role)
            {
                return before;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:miles|mileage|milage|odometer|odo|km|kilomet\w*|hours on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MileageAsked();

    /// <summary>The buyer's alternative, what it could pay elsewhere: "I can find it for", "could get one at", "I can buy a new one for".</summary>
    [GeneratedRegex(@"\b(?:can|could|can'?t|cant) (?:just )?(?:find (?:it|one|them|the same(?: one| thing| \w+)?|an?(?: new| used| brand new)? \w+|another(?: one)?)|(?:get|buy|grab|order) (?:one|the same(?: one| thing| \w+)?|an?(?: new| used| brand new)? (?!deal\b)\w+|another(?: one)?))(?: \w+){0,3} (?:for|at)(?: like| about| around)?\s*\$?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RivalBefore();

    /// <summary>A number that is a difference between two prices or the cost of work done: "like 100 bucks of difference", "50 apart", "which is 2500 of work" (not "would 400 work").</summary>
    [GeneratedRegex(@"^\W*(?:(?:bucks|dollars)\s+)?(?:(?:of\s+)?(?:a\s+|the\s+)?(?:difference|diff|apart)|(?:of|in)\s+(?:work|repairs?|parts|labou?r|upgrades?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DifferenceAfter();

    /// <summary>What some other thing costs: "a tire is like", "a new battery runs about", "a rebuilt pack is like", "one case costs" (not "a fair price is").</summary>
    [GeneratedRegex(@"\b(?:a|an|one) (?:new |used |brand new |replacement |rebuilt |refurbished |refurb )?(?!(?:price|deal|offer|fair|good|steal|bargain|lot)\b)[a-z]+ (?:is|are|costs?|runs?|goes for|go for|sells for) (?:like |about |around |maybe |probably |only |just )?\$?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherThingCost();

    [GeneratedRegex(@"\b(?:do|take|offer|give|sell|let (?:it|them) go|go|drop|meet|accept)\b[^.?!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferVerb();

    /// <summary>The speaker's own offer before a number ("would you take", "I could do", "how about"), as against a price it reports ("I've seen similar ones go for").</summary>
    [GeneratedRegex(@"\b(?:i(?:'ll|'d| will| would| can| could| can do| could do)|i'?m (?:willing|able|offering)|we(?:'ll|'d| will| would| can| could)|would you|will you|can you|could you|how about|what about|let'?s|my (?:offer|price|budget|max|best)|(?:asking|listed|list price|listing)|(?:lowest|highest|best) i)\b[^.?!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnOffer();

    [GeneratedRegex(@"\b(?:you(?:'re| are)? (?:asking|listed|wanting|want)|asking(?: price)?|(?:list|listed|listing|advertised|posted|sticker) (?:price )?(?:is |was |of |at |for )?|your (?:price|asking|ask|listing|ad)|the ad says|you(?:'ve)? (?:got|have) (?:us|me|it|this) (?:down )?(?:at|for)|(?:the|your) (?:quote|proposal)(?: (?:is|was|of|at|came in at|says))?|quoted (?:us |me )?(?:at )?|still (?:available|avail|for sale|for rent|up|listed|going) (?:for|at)|yours(?: is| was| at| for)?|why (?:is|are) (?:it|this|that|they|yours|the \w+)(?: listed| priced)?(?: at)?)\b[^.?!\d]{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Listed();

    /// <summary>
    /// A price for less than the whole, after the number: "for just the frame", "only the body", "without the lens", "for
    /// the table alone", "off if I keep the vest" (a trade: the seller keeps part of the package for the lower price).
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:bucks|dollars|\$)\W*)?(?:for |if you take |if u take )?(?:just|only) (?:the|one|1) \w+|^\W*(?:(?:bucks|dollars|\$)\W*)?without (?:the|a|any) \w+|^\W*(?:(?:bucks|dollars|\$)\W*)?for (?:the|a) \w+(?: \w+)? (?:alone|only|by itself|on its own)\b|^\W*(?:off\W*)?(?:if|and|but|since|as long as) (?:i|we) (?:get to )?keep (?:the|my|our) \w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallerPackage();

    /// <summary>
    /// A price for less than the whole, before the number: "just the frame for", "without the lens,", "the table alone
    /// is", "I'll keep the vest, 20 off"; or what a part is worth, said as the reason for a no ("those games alone are
    /// like 300").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:just|only) (?:the|one|1) \w+(?: \w+)?|without (?:the|a|any) \w+(?: \w+)?|\w+ (?:alone|by itself|on its own)|\b(?:i'?ll |i |we'?ll |we )?keep (?:the|my|our) \w+(?: \w+)?)\W*(?:for|at|(?:is|are)(?: (?:like|about|around|easily|worth))?|would be|i'?d do|i could do|i can do|id do)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallerPackageBefore();

    /// <summary>
    /// The listing asked after with its price first: "Galaxy S22 for 300 still available?", "$40 still good?", "200 is
    /// what ur asking?", "375 is listed right?" (the other order of <see cref="Listed"/>).
    /// </summary>
    [GeneratedRegex(@"^\W{0,3}(?:(?:is |are )?(?:it |this |that |they |these |those )?|(?:u |you )?)still (?:available|avail|for sale|for rent|up|listed|going|open|good|there|have (?:it|them))\b|^\W{0,3}(?:is|was|'s)\s+(?:what\s+(?:you(?:'re| are)?|u(?:r| are)?|ur)\s+(?:asking|listed|want(?:ing)?)|(?:the |your |ur )?(?:listed|listing|asking|ask|advertised|posted)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListedAfter();

    /// <summary>A number checked back as the other side's: "150 right?", "250, correct?".</summary>
    [GeneratedRegex(@"^\W{0,3}(?:right|correct|yes|yeah|yea|ya)\W{0,3}\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheckedBack();

    [GeneratedRegex(@"^\W*(?:for (?:the|a|this|that|both|all)(?: \w+)?\s+)?(?:is|was|seems|sounds|feels)\s+(?:(?:still|just|way|pretty|really|a bit|a little|kind of)\s+)?(?:a lot|too much|steep|high|expensive|pricey)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JudgedAfter();

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

    [GeneratedRegex(@"\b(?:i|i'll|i'd|i'm|me|my|mine|we|we'll|we'd|us|our|you|you'll|you'd|your|yours|u)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^[^,;.]*\b(?:for|to) (?:you|u)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForYou();
}
