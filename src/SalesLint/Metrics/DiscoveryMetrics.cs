using System.Buffers;
using System.Text.RegularExpressions;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Understanding;

namespace SalesLint.Metrics;

/// <summary>
/// Discovery metrics read with the sentence-understanding layer: what the seller's talk was for, judged up to the
/// buyer's decision. A statement that answers the buyer's question is no telling; talk after the buyer accepted the
/// offer or pledged an amount is not judged; a buyer's objection the seller met without a question is left
/// unexplored.
/// </summary>
/// <remarks>
/// The metrics label only the sentences whose labels they need, and only where the label's bound leaves the answer open
/// (<see cref="ConversationUnderstanding.MayHave"/>): the cheap conditions are read first (a buyer objection counts
/// only when the seller's next turn asks nothing; a seller's need only when it speaks of its own side), and the buyer's
/// needs are read only until the first. Labelling reads the model and the context (several microseconds a sentence),
/// so a call the seller answers throughout, where every other condition is known without it, labels few sentences.
/// The walk is one pass over the turns, and gives the same figures as labelling every sentence.
/// </remarks>
public static partial class DiscoveryMetrics
{
    /// <summary>
    /// The most statements of a seller turn that count as the answer to the buyer's question in the turn just before
    /// it: more is the seller's own telling (an answer padded with pushes).
    /// </summary>
    public const int MaxAnswerStatements = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonWords =
        new HashSet<string>(["i", "i'm", "i'd", "i'll", "i've", "me", "my", "mine", "we", "we're", "we'd", "we'll", "we've", "us", "our", "ours"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words every match of <see cref="AmountOfMoney"/> and <see cref="AskedAmount"/> without a digit holds.</summary>
    private static readonly SearchValues<string> MoneyWords = SearchValues.Create(["cent", "dollar", "buck"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A conversation's metrics with the discovery metrics added (see <see cref="AddTo(IDictionary{string, double}, Conversation)"/>).</summary>
    /// <param name="metrics">The conversation's other metrics.</param>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The metrics with the discovery metrics.</returns>
    public static ConversationMetrics AddTo(ConversationMetrics metrics, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(conversation);
        return metrics with { Conversation = With(metrics.Conversation, conversation) };
    }

    /// <summary>A sorted copy of <paramref name="metrics"/> with the discovery metrics added.</summary>
    /// <param name="metrics">The conversation's other metrics.</param>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The copy.</returns>
    internal static SortedDictionary<string, double> With(IReadOnlyDictionary<string, double> metrics, Conversation conversation)
    {
        var all = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in metrics)
        {
            all[name] = value;
        }

        AddTo(all, conversation);
        return all;
    }

    /// <summary>
    /// Adds <see cref="MetricCatalog.SellerUnaskedQuestionRatio"/>, <see cref="MetricCatalog.BuyerUnexploredObjections"/>,
    /// <see cref="MetricCatalog.SellerUnaskedTalkShare"/> and <see cref="MetricCatalog.SellerDecisionTurn"/>.
    /// </summary>
    /// <param name="metrics">The metrics to add to.</param>
    /// <param name="conversation">The conversation.</param>
    public static void AddTo(IDictionary<string, double> metrics, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(conversation);
        var turns = conversation.Turns;
        var decision = DecisionTurn(turns);
        int questions = 0, unasked = 0, unexplored = 0, unexploredInSplit = 0, ownWords = 0, buyerWords = 0, answeredTurns = 0, answered = 0;

        // The goods a deal form splits ("[Submit-Deal: I get Food 1, Water 2, Firewood 0; …]"): the conversation is a
        // split of those goods, and a demand is a claim on them.
        var goods = DealGoods(turns);

        // Needs first: the buyer stated a need (or claimed goods) before the seller put an unasked demand or split of its
        // own on the table (without asking for the buyer's needs in the same turn). In a split negotiated over needs on
        // the table, the seller's own needs and reasons stated afterwards answer the buyer's and are no telling.
        bool buyerNeeds = false, sellerFirst = false, sellerNeedsAfter = false, split = goods.Count > 0;
        int ownNeeds = 0, ownNeedWords = 0;

        // A price haggle: both sides named a price (the negotiation metrics, added before these, hold both openings) and
        // nobody asks for a gift. Once the buyer has named a number, the seller's counters and the reasons said with
        // them ("thats pretty low, i paid 1400 for it. 550") are the bargaining, as a split's claims are (JUDGING.md
        // 3.4): no telling, no floor held, and a counter put as a question ("could you do 260?") asks only for the
        // amount, no diagnosis (SL1001 (a)). A price objection said with the buyer's own number and met with a
        // counter-price was answered in the haggle's own terms, not argued with (a counter that argues or pushes, "it's
        // a great deal honestly", was not; nor was a bare hesitation met with a lower price).
        //
        // The reading is for a used-goods sale between two people (a listing, an item with a condition, pickup, cash; a
        // room or a flat to rent): an organization's purchase (a business sale: seats, a proposal, "my boss") is a sale
        // where the seller who drops after every objection without asking why still gets SL1001 (UsedGoodsSale).
        var haggle = goods.Count == 0 && metrics.ContainsKey(MetricCatalog.SellerOpeningPrice)
            && metrics.ContainsKey(MetricCatalog.BuyerOpeningPrice) && !MentionsGiving(turns) && UsedGoodsSale(conversation);
        var buyerNumber = false;

        // The seller's listing: what it wrote before the buyer's first turn ("Watch is 400, original box" / "250?" or "is
        // it real wood?"): the ad the buyer answered, no telling.
        var listingEnd = haggle ? ListingEnd(turns, decision) : 0;

        // In a haggle the answer to the buyer's question can run over several seller lines: the statements counted as
        // that answer, over the run (MaxAnswerStatements in all).
        var answerRun = 0;
        for (var t = 0; t < decision; t++)
        {
            var turn = turns[t];
            if (turn.Role == SpeakerRole.Buyer)
            {
                buyerWords += turn.WordCount;
                buyerNumber |= haggle && NamesNumber(turn.Text);
                answerRun = 0;
                if (NextSellerTurn(turns, t) is { } reply && !AsksAbout(reply, haggle) && !(buyerNumber && NamesNumber(turn.Text) && NamesNumber(reply.Text) && !ArguesPrice().IsMatch(reply.Text))
                    && !(haggle && InvitesOffer().IsMatch(reply.Text)) && (Objects(turn) || (haggle && PriceObjection().IsMatch(turn.Text)))
                    && !DoubtTaken(turns, t, decision) && !(haggle && HaggledOn(conversation, t)) && !(buyerNumber && BareWalk(turns, t)))
                {
                    unexplored++;

                    // In a split, a turn that states the buyer's needs is no doubt to explore but a need the seller
                    // answers with its own needs and counters ("I get light headed without food" → "I can do 2 food"),
                    // and an objection the seller gives in to ("that is not fair" → "That sounds good to me") was not
                    // argued with.
                    if (!StatesNeed(turn) && !ClaimsGoods(turn, goods) && !GivesIn(reply))
                    {
                        unexploredInSplit++;
                    }
                }

                if (!buyerNeeds && !sellerFirst)
                {
                    buyerNeeds = StatesNeed(turn) || ClaimsGoods(turn, goods) || WaivesGoods(turn, goods);
                }
            }
            else if (turn.Role == SpeakerRole.Seller && t >= listingEnd)
            {
                var asked = t > 0 && turns[t - 1].Role == SpeakerRole.Buyer && turns[t - 1].AsksQuestion;
                var asksNeeds = AsksForNeeds(turn, goods);

                // In a split of known goods, a turn in which the seller claims goods or names a split explains that
                // claim in its other statements ("We have a party of 10 and one of them is anemic … We are in desperate
                // need of the firewood."): its reasons, not the seller holding the floor (JUDGING.md 3.4, SL3001).
                // Talk at the listener or at everyone ("you …", "people always …") and disputes still hold it.
                // So does a turn answering the other side's claim or split ("I would love to keep all of the food" →
                // "I think we can definitely consider that. It's just a matter of the other two items."): the bargaining.
                var claimTurn = goods.Count > 0
                    && (ClaimsGoods(turn, goods) || (t > 0 && turns[t - 1].Role == SpeakerRole.Buyer && ClaimsGoods(turns[t - 1], goods)));
                var answers = 0;
                var bargains = buyerNumber && NamesNumber(turn.Text);
                answeredTurns += asked ? 1 : 0;

                // A haggle's buyer types its questions bare and over several lines ("any records?", "ever dropped?",
                // "maintenance?"), and the seller answers over several: a seller line after the buyer's question answers
                // it until the buyer speaks again, within one answer's statements.
                if (haggle && !asked && BuyerAsked(turns, t, out var continues))
                {
                    asked = true;
                    answers = continues ? answerRun : 0;
                }

                foreach (var sentence in turn.Sentences)
                {
                    split = split || (buyerNeeds && ConversationUnderstanding.NamesSplit(sentence));

                    // A proposal or a claim put as a question ("So how about I take 2 wood and 2 water?", "can you
                    // share 3 water with me?") is a demand on the table, not a question about the other side's needs.
                    sellerFirst |= goods.Count > 0 && !buyerNeeds && !asksNeeds && sentence.Act == SentenceAct.Question
                        && (ConversationUnderstanding.NamesSplit(sentence) || Claims(sentence, goods));
                    if (sentence.Act == SentenceAct.Question && bargains && NamesNumber(sentence.Text))
                    {
                        continue; // a counter put as a question: "could you do 260?"
                    }

                    if (haggle && InvitesOffer().IsMatch(sentence.Text))
                    {
                        // Inviting the buyer's number or its reason, asked or said ("what did you have in mind?", "I'd
                        // rather hear what you're thinking", "make me an offer", "link me" to the rival listing): the buyer
                        // gets the floor, as with a question.
                        questions++;
                        continue;
                    }

                    if (sentence.Act == SentenceAct.Question && goods.Count == 0 && AsksForTheGift(sentence.Text))
                    {
                        // "Would you like to donate $1.70?", "How about just half?": asking for the gift or the amount
                        // diagnoses nothing (JUDGING.md, SL1001 (a)); it is no telling either.
                        ownWords += sentence.WordCount;
                    }
                    else if (sentence.Act == SentenceAct.Question)
                    {
                        questions++;

                        // A split proposed as a question ("How about if I take 2 food and 1 firewood, and you keep the
                        // rest?") is bargaining, as the same split said as a statement is (below); a question for the
                        // other side's needs ("What is the least valuable item for you?") gives it the floor.
                        if (goods.Count == 0 || !(ConversationUnderstanding.NamesSplit(sentence) || Claims(sentence, goods) || AsksForNeeds(sentence, goods)))
                        {
                            ownWords += sentence.WordCount;
                        }
                    }
                    else if (sentence.Act == SentenceAct.Statement)
                    {
                        if (goods.Count > 0 && buyerNeeds && DisputesNeed(sentence.Text))
                        {
                            // "You don't really need that much firewood": the other side's stated need disputed, not
                            // asked about.
                            unexploredInSplit++;
                        }

                        // An answer follows what asked for it: the reply to a question, or talk the label layer reads as
                        // requested right after the buyer's request (not after a "Right." to the seller's own statement).
                        // In a split, a lecture at the listener or at everyone ("People always overpack …") or a dispute
                        // of its need in the reply still holds the floor.
                        var requested = !asked && t > 0 && turns[t - 1].Role == SpeakerRole.Buyer && turns[t - 1].WordCount > 2
                            && Has(sentence, SemanticLabel.Requested);
                        var argues = haggle && ArguesPrice().IsMatch(sentence.Text);
                        // A push said inside the answer ("a donation on your part would…", "people like you", "just $1
                        // could help", "instead of buying that purse…") is the seller's own telling (JUDGING.md 3.5).
                        if (answers < MaxAnswerStatements && (asked || requested) && !argues
                            && !(goods.Count > 0 && (Lecture().IsMatch(sentence.Text) || DisputesNeed(sentence.Text)))
                            && !(goods.Count == 0 && Pushes(sentence.Text, turns[t - 1])))
                        {
                            answers++;
                            answered++;
                            continue;
                        }

                        // A haggle's counter and the reasons said with it, a price held ("can't go lower, it's firm")
                        // and the handover (when and where to collect, cash): the bargaining and its logistics. Talk at
                        // the listener ("you won't find one cheaper") and arguing with the buyer's number ("it's not 100
                        // bucks", "I said they work", "go buy a new one") still tell.
                        if (!argues && haggle && buyerNumber
                            && (Handover().IsMatch(sentence.Text) || HoldsPrice().IsMatch(sentence.Text)
                                || (bargains && (NamesNumber(sentence.Text) || !(Lecture().IsMatch(sentence.Text) || DisputesNeed(sentence.Text))))))
                        {
                            continue;
                        }

                        // Agreeing with the buyer ("I completely agree.", "You're right.", "Exactly!") and answering its "how
                        // are you?" ("I am well, thank you") tell nothing (JUDGING.md 3.6; greetings count as neither).
                        if (sentence.WordCount <= MaxCourtesyWords && (AgreesOnly().IsMatch(sentence.Text)
                            || (t > 0 && turns[t - 1].Role == SpeakerRole.Buyer && AsksHowAreYou().IsMatch(turns[t - 1].Text) && GreetingReply().IsMatch(sentence.Text))))
                        {
                            continue;
                        }

                        var demand = (FirstPerson(sentence) && IsNeed(sentence)) || ConversationUnderstanding.OffersGoods(sentence);

                        // Where the goods are known, only a claim on them or a split is a demand put on the table:
                        // "we need to figure out how to share these supplies" or "I'm hoping I can get your help" is not.
                        var putsDemand = goods.Count == 0 ? demand
                            : ConversationUnderstanding.NamesSplit(sentence) || Claims(sentence, goods);
                        sellerFirst |= putsDemand && !buyerNeeds && !asksNeeds;

                        // After the other side's needs are on the table, the seller's claim on the goods ("I would take
                        // one if you would give me 1 water") answers them as much as a need it states does.
                        if ((demand || (goods.Count > 0 && putsDemand)) && buyerNeeds)
                        {
                            sellerNeedsAfter = true;
                            ownNeeds++;
                            ownNeedWords += sentence.WordCount;
                            continue;
                        }

                        // In a classified-ad haggle the seller's own lines are the item's facts, its terms and the
                        // bargaining: a trainer expects no discovery of goals before them (the buyer came for the listed
                        // item). What still tells is arguing with the buyer or pushing at it ("it's a great deal
                        // honestly", "you won't find one cheaper", "you don't need the extras"): only that counts.
                        if (haggle && !argues && !Lecture().IsMatch(sentence.Text) && !DisputesNeed(sentence.Text))
                        {
                            continue;
                        }

                        unasked++;

                        // In a split of goods the deal form names, the seller's own needs, claims and splits are the
                        // bargaining itself, said in statements whoever spoke first (JUDGING.md 3.4: the longer turns
                        // of a balanced split explain the seller's needs or sum up the deal): they hold no floor. The
                        // question ratio above still counts them as unasked when they came first.
                        if (goods.Count == 0 || !(demand || putsDemand || (claimTurn && !DisputesNeed(sentence.Text) && !Lecture().IsMatch(sentence.Text))))
                        {
                            ownWords += sentence.WordCount;
                        }
                    }
                    else
                    {
                        ownWords += sentence.WordCount;
                    }
                }

                answerRun = answers;
            }
        }

        if (!split)
        {
            // No split of goods: a sale, whose seller's "needs" ("I'd like you to give") are its own telling.
            unasked += ownNeeds;
            ownWords += ownNeedWords;
        }

        metrics[MetricCatalog.SellerDecisionTurn] = decision;
        // One question is credited to a seller who asked none but answered the buyer: its only unasked talk an opener of
        // a statement or two, the rest answers, it told nothing to diagnose against ("Save the Children helps kids in 120
        // countries." and then only answers reads 0.5, not 0); three unasked statements still read 0.25. The credit
        // stands in for the question such a seller did not need, so a seller who asked one and told four things unasked
        // reads 1/4, not 2/5 ("where do you live?" in a bargain of counters and feature lists), and a seller who put its
        // claim on the goods of a split first, before the other side's needs were known ("I'm hoping I can get all of the
        // Food"), is credited nothing (JUDGING.md 3.4). A seller who told nothing unasked (the ask, then the pledge) reads
        // 1, not 0.
        var credit = questions == 0 && (answered > 0 || unasked == 0) && !(goods.Count > 0 && sellerFirst) ? 1d : 0d;
        metrics[MetricCatalog.SellerUnaskedQuestionRatio] = Math.Round((questions + credit) / Math.Max(1d, unasked + credit), 4);
        metrics[MetricCatalog.SellerUnaskedWords] = ownWords;

        // The buyer drove: the seller answered at least two of its questions and told little of its own (the ratio at 0.5
        // or more: an opener of one statement, the rest answers), leaving no doubt unexplored.
        var unexploredFigure = goods.Count > 0 ? unexploredInSplit : unexplored;
        metrics[MetricCatalog.BuyerDrove] = answeredTurns >= 2 && (questions + 1d) / (unasked + 1d) >= 0.5 && unexploredFigure == 0 ? 1 : 0;
        metrics[MetricCatalog.BuyerUnexploredObjections] = unexploredFigure;
        metrics[MetricCatalog.SellerUnaskedTalkShare] = ownWords + buyerWords == 0 ? 0 : Math.Round((double)ownWords / (ownWords + buyerWords), 4);
        metrics[MetricCatalog.BuyerNeedsFirst] = sellerNeedsAfter && split ? 1 : 0;
    }

    /// <summary>
    /// The goods a deal form in the conversation splits, lower-case ("food", "water", "firewood"); empty when no split
    /// was submitted in the form.
    /// </summary>
    private static HashSet<string> DealGoods(IReadOnlyList<Turn> turns)
    {
        var goods = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var turn in turns)
        {
            if (DealForm.Action(turn.Text) == DealFormAction.Submit)
            {
                foreach (var item in DealForm.Split(turn.Text))
                {
                    goods.Add(item.Item);
                }
            }
        }

        return goods;
    }

    /// <summary>
    /// Whether a sentence claims some of the goods for its speaker: it names one ("water", "2 waters") and asks for it
    /// or states a need or want of the speaker's own ("I'd like all the water", "can you share 3 water with me?",
    /// "Firewood is important to me", "I will need firewood"). Deal-form lines claim nothing.
    /// </summary>
    private static bool Claims(Sentence sentence, HashSet<string> goods)
    {
        if (goods.Count == 0 || DealForm.Action(sentence.Turn.Text) is not null || !NamesGoods(sentence.Text, goods))
        {
            return false;
        }

        return ClaimPhrase().IsMatch(sentence.Text) || (IsNeed(sentence) && FirstPerson(sentence));
    }

    /// <summary>Whether any sentence of the turn claims goods or names a split of them (a buyer's first line "I'd like all the water and the firewood").</summary>
    private static bool ClaimsGoods(Turn turn, HashSet<string> goods)
    {
        if (goods.Count == 0 || DealForm.Action(turn.Text) is not null)
        {
            return false;
        }

        foreach (var sentence in turn.Sentences)
        {
            if (Claims(sentence, goods) || ConversationUnderstanding.NamesSplit(sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a statement of the turn names goods the speaker has enough of or does not need ("I packed a lot of food so I
    /// have plenty to spare", "we don't need any extra water"): the other side of its priorities, on the table as much as a
    /// need is.
    /// </summary>
    private static bool WaivesGoods(Turn turn, HashSet<string> goods)
    {
        if (goods.Count == 0 || DealForm.Action(turn.Text) is not null)
        {
            return false;
        }

        foreach (var sentence in turn.Sentences)
        {
            if (sentence.Act == SentenceAct.Statement && NoNeedPhrase().IsMatch(sentence.Text) && NamesGoods(sentence.Text, goods))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Having enough or not needing: "I have plenty", "we brought extra", "to spare", "I don't really need any", "we won't
    /// need much".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?:'ve| have| already have| got|'ve got| packed| brought| already packed| already brought)\b[^.?!]{0,30}?\b(?:plenty|enough|lots|a lot|extra|more than enough)\b|\bto spare\b|\b(?:i|we) (?:do not|don't|dont|won't|will not|wont) (?:really |even |actually )?need (?:any|much|the|more|extra|that much|a lot)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoNeedPhrase();

    /// <summary>Whether the text names one of the goods, singular or plural ("water", "waters").</summary>
    private static bool NamesGoods(string text, HashSet<string> goods)
    {
        foreach (var m in Word().EnumerateMatches(text))
        {
            var word = text.AsSpan(m.Index, m.Length);
            if (goods.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || (word.Length > 3 && (word[^1] is 's' or 'S') && goods.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..^1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a seller turn asks for the other side's needs: a question that is no proposal or claim of its own and
    /// either asks about the other side or names none of the goods ("What do you need most?", "How about you?"; not
    /// "How about I take 2 water?" nor "we can split the food?"). Without known goods, any question.
    /// </summary>
    private static bool AsksForNeeds(Turn turn, HashSet<string> goods)
    {
        foreach (var sentence in turn.Sentences)
        {
            if (AsksForNeeds(sentence, goods))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a seller sentence asks for the other side's needs (see <see cref="AsksForNeeds(Turn, HashSet{string})"/>).</summary>
    private static bool AsksForNeeds(Sentence sentence, HashSet<string> goods) =>
        sentence.Act == SentenceAct.Question
        && (goods.Count == 0
            || (!(ConversationUnderstanding.NamesSplit(sentence) || Claims(sentence, goods))
                && (Has(sentence, SemanticLabel.Discovery) || !NamesGoods(sentence.Text, goods))));

    /// <summary>Whether a seller reply gives in: it accepts or agrees ("That sounds good to me", "I'll accept this one").</summary>
    private static bool GivesIn(Turn reply) => HasLabel(reply, SemanticLabel.AcceptsOffer) || HasLabel(reply, SemanticLabel.Agreement);

    /// <summary>
    /// Asking for goods or wanting them for oneself: "I need", "we'd like", "I'm hoping for", "I could use", "can I have",
    /// "give me", "share … with me", "is important to me", "I really am in need of", "we're low on".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?:'m| am| are|'re| really| do| would| will|'ll|'d| also| definitely| just| still| could| can| only)* (?:need|want|like|love|prefer|hop(?:e|ing)|was hoping|use|take|get|keep)\b|\b(?:i|we)(?:'m| am| are|'re| really| also| definitely| still| so)* (?:in (?:dire |great |desperate |real |serious )?need of|short (?:on|of)|low on|running low on|running out of)\b|\b(?:can|could|may) (?:i|we) (?:have|get|take|keep)\b|\blet (?:me|us) (?:have|get|take|keep)\b|\b(?:give|spare|share)\b[^.?!]*\b(?:me|us)\b|\b(?:important|essential|valuable|priority) (?:to|for) (?:me|us)\b|\bmy (?:top |main |biggest |first )?(?:priority|need)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClaimPhrase();

    /// <summary>
    /// Whether a statement disputes the other side's need, telling it it does without: "you probably don't need it that
    /// much", "You seem confident and don't really have any stressors", "you can always boil river water"; not sympathy
    /// or a playback ("I understand it is difficult when you don't have food around").
    /// </summary>
    private static bool DisputesNeed(string text) => Dispute().IsMatch(text) && !Sympathy().IsMatch(text);

    /// <summary>The other side told it does without: "you don't (really) need/have", "you won't need", "you can always", "you could just".</summary>
    [GeneratedRegex(
        @"\byour?\b[^.?!,]{0,20}?\b(?:don't (?:really )?(?:need|have)|do not (?:really )?(?:need|have)|won't (?:really )?need|can always|could always|can just|could just)\b(?! to\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dispute();

    /// <summary>
    /// Talk aimed at the listener or at everyone rather than the speaker's own reasons: "you", "people", "everyone",
    /// "most campers", "always", "should" ("People always overpack and waste half of it").
    /// </summary>
    [GeneratedRegex(@"\b(?:you|your|u|people|everyone|everybody|anyone|most|always|never|should|must|ought)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lecture();

    /// <summary>Sympathy or a condition around a "you don't have …": "I understand", "sorry", "when you", "if you".</summary>
    [GeneratedRegex(@"\b(?:understand|sorry|when you|if you)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sympathy();

    /// <summary>
    /// Whether a seller question asks for the gift or the amount rather than about the buyer: "Would you like to donate
    /// $1.70?", "Will you consider giving part of your payment?", "How much would you like to donate?", "How about just
    /// half?", "Any chance you could give a dollar?"; not "Have you ever donated to a charity?" nor "Why do you give to
    /// local causes?", which ask about the buyer's own giving.
    /// </summary>
    internal static bool AsksForTheGift(string text) => (GiftAsk().IsMatch(text) || (MayNameAmount(text) && AmountOfMoney().IsMatch(text))) && !OwnGiving().IsMatch(text);

    /// <summary>
    /// A request to give: "would/will/could/can you … donate/give/contribute/pledge", "are you willing/able to give",
    /// "(want|like|willing) to donate", "how much … donate", "how about" with an amount or a share ("half", "all of it"),
    /// "(do you think) you'd be willing to … give", "make a (small) donation".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:would|will|could|can|won't|wouldn't|are|were) you\b[^?.!]*\b(?:donat\w*|give|giving|contribut\w*|pledg\w*|spare)\b"
        + @"|\b(?:you|u)(?:['’]d| would| will|['’]ll)? (?:be )?(?:willing|able|interested|open)\b[^?.!]*\b(?:donat\w*|give|giving|contribut\w*|pledg\w*|spare)\b"
        + @"|\b(?:make|making) (?:a |an |any )?(?:\w+ )?(?:donation|contribution|pledge)\b|\b(?:want|like|willing|able|going|decide\w*|plan\w*) to (?:donate|give|contribute|pledge|spare)\b|\bhow much\b[^?.!]*\b(?:donat\w*|give|giving|contribut\w*|pledg\w*|spare)\b|\bhow about\b[^?.!]*(?:\$|\d|\bhalf\b|\ball\b|\bcents?\b|\bdollars?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GiftAsk();

    /// <summary>
    /// Whether a statement in the seller's answer pushes at the buyer's gift (see <see cref="PushesGift"/>); making
    /// little of the amount ("just a small amount would help") answers a buyer who asked about the amount ("What are the
    /// amounts to donate?", "how much should I give?").
    /// </summary>
    private static bool Pushes(string text, Turn question) =>
        PushesGift().IsMatch(text) || (SmallGiftHelps().IsMatch(text) && !AmountAsked().IsMatch(question.Text));

    /// <summary>
    /// A push said to the buyer about its gift: "a donation on your part would…", "people like you", "instead of buying
    /// that purse", "I'm asking you", "every penny counts"; not a fact about the gift ("your donation will be deducted
    /// from your task payment").
    /// </summary>
    [GeneratedRegex(
        @"\bpeople like (?:you|u|yourself)\b|\bon your part\b|\binstead of (?:buying|spending|getting|going out)\b|\bi(?:['’]m| am) asking (?:you|u)\b"
        + @"|\bevery (?:penny|cent|dollar|little bit|bit)\b[^.?!]{0,20}?\b(?:counts|helps|matters|(?:can |will |does |would )?(?:make|makes) a (?:big |huge |real )?difference)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PushesGift();

    /// <summary>
    /// Making little of the gift: "just $1.00 could help tremendously", "even the smallest donation can go a long way",
    /// "your small donation can address such problems".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:just|even|only)\s+(?:(?:a|the)\s+)?(?:\$\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|a few|a couple|one|small\w*|little|tiny|penny|cent)[^.?!]{0,30}?\b(?:would|could|can|will|might)(?: really| truly| still)? (?:help|make|go a long way|save|change|mean|provide|feed)\b"
        + @"|\b(?:a|your|any) (?:small|little|tiny)\b[^.?!]{0,20}?\b(?:donation|contribution|gift|amount)\b[^.?!]{0,30}?\b(?:would|could|can|will|might)(?: really| truly| still)? (?:help|make|go a long way|save|change|mean|provide|feed|address)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallGiftHelps();

    /// <summary>The buyer asking about the amount: "What are the amounts to donate?", "how much should I give?", "is there a minimum?".</summary>
    [GeneratedRegex(@"\bhow much\b|\bamounts?\b|\bminimum\b|\benough\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountAsked();

    /// <summary>A question about the buyer's own giving: "have you (ever) donated", "did you", "do you usually give", "how much do you normally spend".</summary>
    [GeneratedRegex(@"\b(?:have|did) you\b|\bdo you (?:usually|normally|typically|ever|often|regularly|already|currently|like to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnGiving();

    /// <summary>
    /// Whether the text names a number a price can be: "$5", "350", "7,800", "6k", "1.2k" (not a single digit: "2 more
    /// batteries"). Screened for a digit before the regex.
    /// </summary>
    private static bool NamesNumber(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && Number().IsMatch(text);

    /// <summary>A number a price can be: "$5", two digits or more, or "6k".</summary>
    [GeneratedRegex(@"\$\s?\d|\b\d{2,}|\b\d+(?:\.\d+)?\s?k\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>
    /// The index of the buyer's first turn in a used-goods haggle: the seller's turns before it are its listing, the ad
    /// the buyer answers with a bid ("250?") or a question about the item ("is it real wood?"), no telling. Lines that
    /// ask the buyer something ("How often does your service pick up?") are no ad, unless the buyer bid on them.
    /// </summary>
    private static int ListingEnd(IReadOnlyList<Turn> turns, int decision)
    {
        for (var t = 0; t < decision; t++)
        {
            if (turns[t].Role == SpeakerRole.Buyer)
            {
                if (NamesNumber(turns[t].Text))
                {
                    return t;
                }

                for (var i = 0; i < t; i++)
                {
                    if (turns[i].AsksQuestion)
                    {
                        return 0;
                    }
                }

                return t;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the buyer asked the question a seller line in a haggle answers: the buyer's last lines before it (past the
    /// seller's own lines since) hold a question, typed bare ("stock exhaust?"), as a sentence, or as chat asks after
    /// the item without a question mark ("u still got the mower"). <paramref name="continues"/>:
    /// the seller already spoke since, so the line carries on that answer.
    /// </summary>
    private static bool BuyerAsked(IReadOnlyList<Turn> turns, int t, out bool continues)
    {
        var i = t - 1;
        while (i >= 0 && turns[i].Role == SpeakerRole.Seller)
        {
            i--;
        }

        continues = i < t - 1;
        for (; i >= 0 && turns[i].Role == SpeakerRole.Buyer; i--)
        {
            if (turns[i].AsksQuestion || turns[i].Text.Contains('?', StringComparison.Ordinal) || StillThere().IsMatch(turns[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The buyer asking after the item without a question mark: "hey u still got the lawn mower", "still have the bike".</summary>
    [GeneratedRegex(@"\b(?:still (?:got|have|selling|available|avail|for sale|up|there|open)|(?:is|are) (?:it|this|they|the \w+) (?:still )?available)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StillThere();

    /// <summary>
    /// A sale of a used item or a rental between two people: the conversation's setting is a bargain (a classified-ad
    /// haggle, <see cref="ConversationSetting.Bargain"/>: no business sale, a listing there and priced).
    /// </summary>
    private static bool UsedGoodsSale(Conversation conversation) => conversation.Understanding.Setting.Bargain;

    /// <summary>
    /// The seller inviting the buyer's number or reason: "what did you have in mind", "what were you thinking", "what's
    /// your best offer", "make me an offer", "I'd rather hear what you're thinking", "what would you pay", "link me",
    /// "send me the link".
    /// </summary>
    [GeneratedRegex(
        @"\bwhat (?:did|do|were|are|was) (?:you|u) (?:have in mind|thinking|think|want to (?:pay|offer|spend)|willing to (?:pay|spend|offer)|looking to (?:pay|spend)|hoping to (?:pay|spend))\b"
        + @"|\bwhat(?:'s|s| is| was)? (?:your|ur) (?:best |final |top |max )?(?:offer|number|budget|price in mind)\b|\bmake (?:me )?(?:an|a|your) (?:offer|bid)\b|\bwhat would (?:you|u) (?:pay|offer|give|do)\b"
        + @"|\b(?:hear|know) what (?:you|u)(?:'re| are| were|r)? (?:thinking|offering|willing|able)\b|\blink me\b|\bsend (?:me )?(?:the|a|that) link\b|\bhow much (?:were|are|would|do|did) (?:you|u) (?:thinking|want|willing|looking|hoping|have)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvitesOffer();

    /// <summary>
    /// Arguing with the buyer's number instead of asking about it: "it's not 100 bucks", "I said they work", "I told you",
    /// "go buy a new one", "are you kidding", "lowball", "insulting", "a joke"; or pushing the price on it: "it's a great
    /// deal honestly", "already a steal", "priced under market".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:it'?s|its|it is|that'?s|thats|this is|they'?re|theyre) not (?:even |just )?(?:a |\$)?\d|\bi (?:already |just )?(?:said|told (?:you|u))\b|\bgo (?:buy|get|try|check|look|shop)\b"
        + @"|\bgo to (?:a |the )?(?:store|home depot|lowes|walmart|target|amazon|ikea|best buy|costco)\b|\b(?:buy|get) (?:a |one )?(?:brand )?new (?:one|ones)\b|\b(?:are|r) (?:you|u) (?:kidding|serious|joking|crazy|nuts)\b"
        + @"|\binsult\w*|\blow ?ball\w*|\bridiculous\b|\ba joke\b|\bwaste of (?:my|our) time\b|\b(?:great|good|fair|amazing) (?:deal|price)\b|\ba steal\b|\b(?:under|below) (?:market|value)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArguesPrice();

    /// <summary>
    /// The handover of a sale: when and where to collect it and how to pay ("I'm home after 4", "pick it up Saturday",
    /// "text when you're outside", "bring cash", "my husband can help you load it", "I'll send the address", "where are you
    /// located?").
    /// </summary>
    [GeneratedRegex(
        @"\bpick(?:ing)?[- ]?(?:it |them )?up\b|\bpickup\b|\bcome (?:by|get|grab|over|see|look)\b|\baddress\b|\btext (?:me )?when\b|\boutside\b|\bi'?m (?:home|around|free|available|in|at)\b"
        + @"|\b(?:after|before|around|by) \d|\btonight\b|\btomorrow\b|\bthis (?:weekend|evening|afternoon|morning)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bcash\b|\bvenmo\b|\bzelle\b|\bpaypal\b"
        + @"|\b(?:load|carry|deliver|drop (?:it |them )?off)\b|\bmeet (?:at|you|up|in)\b|\bshow(?:ing)? (?:it|you|the)\b|\bsee it\b"
        + @"|\blocated\b|\bwhere (?:are|r) (?:you|u)\b|\bwhere do (?:you|u) live\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Handover();

    /// <summary>
    /// Whether the seller's reply asks something: in a haggle, not only where to meet ("where are you located?") or a
    /// counter ("could you do 300?"), which explore no doubt.
    /// </summary>
    private static bool AsksAbout(Turn reply, bool haggle)
    {
        if (!haggle)
        {
            return reply.AsksQuestion;
        }

        foreach (var sentence in reply.Sentences)
        {
            if (sentence.Act == SentenceAct.Question && !Handover().IsMatch(sentence.Text) && !NamesNumber(sentence.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A haggling buyer's doubt about the price or hesitation, however typed: "still a bit high for me", "that's too much",
    /// "over my budget", "I'll think about it", "I'll talk to my dad and get back to you", "I'm looking at a couple
    /// others". A counter answers only a doubt said with the buyer's own number; a bare hesitation met with a lower
    /// price and no question was not asked about (JUDGING.md 3.2, SL1001 (c)).
    /// </summary>
    [GeneratedRegex(
        @"\b(?:too|a bit|a little|kinda|kind of|pretty|way|still) (?:high|much|steep|pricey|expensive|a lot)\b|\b(?:over|above|out of) (?:my|our) (?:budget|price range|range)\b|\bthink about it\b|\bmore than i (?:want|wanted|can|could|was hoping)\b"
        + @"|\bget back to (?:you|u)\b|\blet (?:you|u) know\b|\btalk (?:to|with) my\b|\blooking at (?:a (?:couple|few) |some )?others?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceObjection();

    /// <summary>A price held without a number: "it's firm", "that's the lowest", "I can't go lower", "no lower", "too low for me".</summary>
    [GeneratedRegex(
        @"\bfirm\b|\blowest\b|\b(?:can'?t|cannot|cant|won'?t|not going to|not gonna) (?:go|do|take|come down)\b|\bno lower\b|\b(?:too|pretty|really|way too) low\b|\bbest i can do\b|\bnot (?:taking|accepting) less\b|\bno sorry\b|\bno thanks\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoldsPrice();

    /// <summary>Whether any turn speaks of giving to a cause ("donate", "donation", "charity"): a donation appeal, no haggle.</summary>
    private static bool MentionsGiving(IReadOnlyList<Turn> turns)
    {
        foreach (var turn in turns)
        {
            if (turn.Text.Contains("donat", StringComparison.OrdinalIgnoreCase) || turn.Text.Contains("charit", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word.</summary>
    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Whether a buyer turn states a need, a preference or a goal in a statement.</summary>
    private static bool StatesNeed(Turn turn)
    {
        foreach (var sentence in turn.Sentences)
        {
            if (sentence.Act == SentenceAct.Statement && IsNeed(sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence speaks of the speaker's own side ("I", "we", "our"): its own need, not a push ("the children need you").</summary>
    private static bool FirstPerson(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (FirstPersonWords.Contains(sentence.Turn.Slice(token.Span)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNeed(Sentence sentence) => Has(sentence, SemanticLabel.Need) || Has(sentence, SemanticLabel.Goal);

    /// <summary>Whether the sentence has the label, labelled only when its bound leaves the answer open.</summary>
    private static bool Has(Sentence sentence, SemanticLabel label) =>
        (sentence.Turn.Conversation ?? throw new InvalidOperationException("the sentence is not part of a conversation")).Understanding.Has(sentence, label);

    /// <summary>
    /// The index of the decision turn: the buyer's first statement that accepts the seller's offer, or that commits (not
    /// hedged) in a turn naming an amount of money other than zero ("I will give .20"), or the seller's first statement
    /// accepting the buyer's offer ("I think that could work." after the other side's split); the turn count when there
    /// is none. Understanding, giving put off and a turn opening with a no (<see cref="AcceptsNot(Turn, Sentence)"/>)
    /// and a giving habit ("I usually donate $1 at stores") decide nothing.
    /// </summary>
    private static int DecisionTurn(IReadOnlyList<Turn> turns)
    {
        var asked = 0d; // the largest amount the seller asked the buyer to give ("I am writing to ask you to donate 10 dollars")
        for (var t = 0; t < turns.Count; t++)
        {
            if (turns[t].Role == SpeakerRole.Seller)
            {
                foreach (var sentence in turns[t].Sentences)
                {
                    if (sentence.Act == SentenceAct.Statement && Has(sentence, SemanticLabel.AcceptsOffer))
                    {
                        return t; // the seller took the buyer's offer: a split or a price agreed
                    }

                    // Only an amount asked of the listener ("ask you to donate 10 dollars"), not the seller's own gift
                    // ("I will donate $1 too").
                    if (sentence.Text.Contains("you", StringComparison.OrdinalIgnoreCase) && MayNameAmount(sentence.Text))
                    {
                        foreach (Match m in AskedAmount().Matches(sentence.Text))
                        {
                            asked = Math.Max(asked, ValueOf(m.Groups["amount"].Value));
                        }
                    }
                }

                continue;
            }

            if (turns[t].Role != SpeakerRole.Buyer)
            {
                continue;
            }

            var amount = false;
            var given = 0d;
            foreach (var sentence in turns[t].Sentences)
            {
                var text = sentence.Text;
                var money = false;
                foreach (var entity in sentence.Entities)
                {
                    money |= entity.Kind == EntityKind.Money;
                }

                // Entities are recognised only for sentences a lexicon asks them for: "I'll pay $0.30 surely", "I will
                // give .20" name their amount in the text alone.
                var named = false;
                var most = 0d;
                var digit = HasDigit(text);
                if (digit || TextScreen.MayHold(text, MoneyWords))
                {
                    foreach (Match m in AmountOfMoney().Matches(text))
                    {
                        named = named || IsAmount(m.ValueSpan);
                        most = Math.Max(most, ValueOf(m.Value));
                    }
                }

                // A bare number given with the verb ("I think I'd like to donate 0.05", "I will give 1", "put me down
                // for 1"): the amount pledged, written without "$" or "cents", read as the pledge reader reads it.
                var bare = digit ? ConversationUnderstanding.BareAmountGiven(text) : 0;

                // A sentence that names no amount adds nothing, habit or not; the habit regex is read only for one that does.
                if ((money || named || most > 0 || bare > 0) && Habit().IsMatch(text))
                {
                    continue; // "I usually donate $1.00 or $2.00 at stores whenever they ask": a habit names no pledge
                }

                amount = amount || money || named || bare > 0;
                given = Math.Max(Math.Max(given, most), bare);
            }

            if (given > 0 && given < asked)
            {
                // Less than the seller asked for ("donate 10 dollars" / "I'll donate 5 dollars"): what the seller does
                // with the lower amount, asking why or pushing on, is still judged (JUDGING.md, SL1001 (c)).
                continue;
            }

            foreach (var sentence in turns[t].Sentences)
            {
                if (sentence.Act == SentenceAct.Statement
                    && ((Has(sentence, SemanticLabel.AcceptsOffer) && !AcceptsNot(turns[t], sentence))
                        || (amount && !Undecided().IsMatch(sentence.Text) && Has(sentence, SemanticLabel.Commitment))))
                {
                    return t;
                }
            }
        }

        return turns.Count;
    }

    /// <summary>Whether an amount matched by <see cref="AmountOfMoney"/> is other than zero ("$0" is not; "a dollar" is).</summary>
    private static bool IsAmount(ReadOnlySpan<char> amount)
    {
        var digits = false;
        foreach (var c in amount)
        {
            if (c is >= '1' and <= '9')
            {
                return true;
            }

            digits |= c == '0';
        }

        return !digits; // said in words: "a dollar", "fifty cents"
    }

    /// <summary>
    /// Whether <see cref="AmountOfMoney"/> or <see cref="AskedAmount"/> may match the text: each of their matches holds a
    /// digit (any the regex's <c>\d</c> takes) or "cent", "dollar" or "buck".
    /// </summary>
    private static bool MayNameAmount(string text) => HasDigit(text) || TextScreen.MayHold(text, MoneyWords);

    /// <summary>Whether the text holds a decimal digit of any script (what <c>\d</c> matches).</summary>
    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value in dollars of an amount matched by <see cref="AmountOfMoney"/> ("$5" 5, ".20" 0.2, "50 cents" 0.5,
    /// "0.50 cents" 0.5, "a dollar" 1); 0 when it cannot be read.
    /// </summary>
    private static double ValueOf(string amount)
    {
        var text = amount.ToLowerInvariant();
        var digits = new string([.. text.Where(c => char.IsDigit(c) || c == '.')]).Trim('.');
        if (text.StartsWith('.'))
        {
            digits = "." + digits;
        }

        if (digits.Length == 0)
        {
            var words = text.Split(' ');
            var value = words[0] switch
            {
                "a" or "one" => words.Length > 2 ? 100 : 1, // "a hundred dollars"
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "ten" => 10,
                "twenty" => 20,
                "fifty" => 50,
                "hundred" => 100,
                _ => 0,
            };
            return text.Contains("cent", StringComparison.Ordinal) ? value / 100d : value;
        }

        if (!double.TryParse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return 0;
        }

        // "50 cents" and "10c" are cents; "0.50 cents" is how people write fifty cents too.
        var cents = (text.Contains("cent", StringComparison.Ordinal) || text.EndsWith('c')) && !digits.Contains('.', StringComparison.Ordinal);
        return cents ? number / 100 : number;
    }

    /// <summary>An amount the seller asks the buyer to give: "donate 10 dollars", "give $1", "contribute just $0.50".</summary>
    [GeneratedRegex(
        @"\b(?:donat\w*|giv\w*|contribut\w*|pledg\w*)\s+(?:\w+\s+)?(?<amount>\$\s?\d+(?:[.,]\d+)?|(?<![\w.,])\.\d+\b|\b\d+(?:\.\d+)?\s?(?:cents?|dollars?|bucks)\b|\b(?:a|one|two|three|four|five|ten|twenty|fifty) (?:cents?|dollars?|bucks)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedAmount();

    /// <summary>An amount of money: "$20", "$ 0.50", ".20", "50 cents", "10c", "a dollar", "five bucks".</summary>
    [GeneratedRegex(
        @"\$\s?\d+(?:[.,]\d+)?|(?<![\w.,])\.\d+\b|\b\d+(?:\.\d+)?\s?(?:cents?|dollars?|bucks|c)\b|\b(?:a|one|two|three|four|five|ten|twenty|fifty|a hundred|hundred) (?:cents?|dollars?|bucks)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountOfMoney();

    /// <summary>
    /// A commitment not yet made: "I may give $1", "I'd consider 50 cents", "if I can, $2", "not sure about $5", "I will
    /// try to donate at least five dollars", "I would probably donate half", "hopefully $1 later".
    /// </summary>
    [GeneratedRegex(@"\b(?:may|might|consider\w*|think about|not sure|if|try|trying|probably|hopefully|later)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Undecided();

    /// <summary>
    /// A habit, not a pledge: "I usually donate $1.00 or $2.00 at stores whenever they ask", "I always give $5 at
    /// church", "every month I give $20".
    /// </summary>
    [GeneratedRegex(@"\b(?:usually|normally|typically|often|sometimes|always|whenever|regularly|used to|every (?:month|year|week|time|sunday)|each (?:month|year|week))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Habit();

    /// <summary>The most words a sentence of bare agreement or a reply to "how are you?" runs to.</summary>
    private const int MaxCourtesyWords = 8;

    /// <summary>
    /// In a used-goods haggle, whether a buyer's price doubt was answered in the haggle's own terms: asked as a price
    /// question ("I already have mattresses. How much without?") and answered with a figure, or followed, in the buyer's
    /// next turn after the seller's reply, by its own number or its taking the deal ("That's still more than I planned.
    /// Are there any wobbly chairs?" → an answer → "650 for all of it and I'll pay cash"; "I'll think about it" after a
    /// held price → "ok I'll take it for 1150"). The doubt was the buyer's bargaining position, not a need left
    /// unexplored (JUDGING.md, SL1001: the buyer's price argument is the haggle itself). A doubt the buyer leaves on
    /// ("ill go with the other one", "I'll talk to my dad") or answers with no number stays unexplored.
    /// </summary>
    private static bool HaggledOn(Conversation conversation, int t)
    {
        var turns = conversation.Turns;
        if (NextSellerTurn(turns, t) is not { } reply)
        {
            return false;
        }

        if (PriceAskedFor().IsMatch(turns[t].Text) && NamesNumber(reply.Text))
        {
            return true;
        }

        // The buyer settling its own doubt in its next line, before the seller said anything ("ok I'll think about it" /
        // "ok 700, can I come sunday"): its bargaining position, taken back by itself.
        if (t + 1 < turns.Count && turns[t + 1].Role == SpeakerRole.Buyer && (NamesNumber(turns[t + 1].Text) || TakesTheDeal().IsMatch(turns[t + 1].Text)))
        {
            return true;
        }

        var i = reply.Index;
        while (i < turns.Count && turns[i].Role == SpeakerRole.Seller)
        {
            i++;
        }

        if (i >= turns.Count || turns[i].Role != SpeakerRole.Buyer)
        {
            return false;
        }

        // Read from the words, not the negotiation ledger (which sits above the metrics: Negotiation uses Metrics).
        return NamesNumber(turns[i].Text) || TakesTheDeal().IsMatch(turns[i].Text);
    }

    /// <summary>
    /// In a haggle where the buyer has named its number, whether a buyer turn walks away bare after the seller held a price
    /// ("ok i'll pass, thanks tho", "i'll think about it", "no thanks" after "I can do 110, that's the lowest"): the reason
    /// is the gap between the two numbers on the table, nothing left to ask about (JUDGING.md, SL1001: the buyer's price
    /// argument is the haggle itself). A walk that gives another reason ("I'll talk to my dad", "I'm looking at a couple
    /// others", "too much for last gen, I'll go with the other one") is not bare and stays unexplored when met without a
    /// question.
    /// </summary>
    private static bool BareWalk(IReadOnlyList<Turn> turns, int t)
    {
        if (!Walk().IsMatch(turns[t].Text))
        {
            return false;
        }

        var i = t - 1;
        while (i >= 0 && turns[i].Role == SpeakerRole.Buyer)
        {
            i--;
        }

        return i >= 0 && (NamesNumber(turns[i].Text) || HoldsPrice().IsMatch(turns[i].Text));
    }

    /// <summary>A bare walk: "ok i'll pass, thanks tho", "i'll pass then thanks", "ok i'll think about it", "no thanks", "pass".</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:ok(?:ay)?|alright|aight|nah|no|hmm+|well|then)\W+)*(?:(?:i['’]?ll|i will|ill|i['’]?m gonna|im gonna|gonna|i think i['’]?ll|let me)\s+)?(?:pass|think about it|sleep on it|no thanks?|no thank you)(?:\W+(?:then|thanks?|thank you|thx|ty|tho|though|for now|man|sorry|anyway|on (?:it|this)))*\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Walk();

    /// <summary>The buyer taking the deal: "ok I'll take it", "we'll do that", "Deal."</summary>
    [GeneratedRegex(@"\b(?:i'?ll|i will|we'?ll|we will|i can|i'd) (?:take|do|buy) (?:it|that|them|those)\b|^\W*(?:(?:ok(?:ay)?|alright|fine)\W+)?deal\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakesTheDeal();

    /// <summary>The buyer asking for a price: "how much without?", "Price?", "what's your lowest".</summary>
    [GeneratedRegex(@"\bhow much\b|\bprice\s*\?|\bwhat(?:'?s| is) (?:the|your|ur) (?:price|lowest|best)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceAskedFor();

    /// <summary>
    /// Whether a buyer doubt put as a question was answered to the buyer's satisfaction (JUDGING.md 3.1): the objection
    /// turn asks something ("i would like to donate but i dont have a lot of money myself. is $20 okay?", "No, not
    /// really. Do you?"), and the buyer's next turn after the seller's reply gives (the decision turn) or opens by taking
    /// the answer ("that's good to hear", "makes sense", "I agree. What would …", "ok I'll donate"). A hesitation said
    /// without a question, or a doubt met with assurance the buyer resists, ignores or repeats, stays unexplored.
    /// </summary>
    private static bool DoubtTaken(IReadOnlyList<Turn> turns, int t, int decision)
    {
        if (!turns[t].AsksQuestion && !turns[t].Text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var i = t + 1;
        while (i < turns.Count && turns[i].Role != SpeakerRole.Seller)
        {
            i++;
        }

        while (i < turns.Count && turns[i].Role == SpeakerRole.Seller)
        {
            i++;
        }

        if (i >= turns.Count || turns[i].Role != SpeakerRole.Buyer)
        {
            return false;
        }

        if (i == decision)
        {
            return true;
        }

        // Taken in the first sentence, or further in with no new doubt in the turn: "You sound very passionate about
        // them. Ok. I'll believe you."
        var sentences = turns[i].SentenceArray;
        for (var k = 0; k < sentences.Length; k++)
        {
            if (TakesAnswer().IsMatch(sentences[k].Text))
            {
                return k == 0 || !Objects(turns[i]);
            }
        }

        return false;
    }

    /// <summary>
    /// The buyer taking the answer: "that's good to hear", "good to know", "makes sense", "fair point", "I agree", "ok I'll
    /// donate", a sentence of only "ok good" ("ok good. anything else wrong with it"). Not a bare "That's great!", which
    /// greets any answer and leaves the doubt where it was.
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:(?:oh|ah|wow|well|yes|yeah|yep|ok|okay|alright)\W+)*(?:(?:that['’]?s|that is|thats|it['’]?s|its|this is) (?:(?:so|very|really) )?(?:(?:good|great|nice) to (?:hear|know)|reassuring|fair|understandable)|good to (?:hear|know)|(?:that |it )?makes sense|fair (?:enough|point)|i (?:see|agree|understand|believe (?:you|that|it))|i(?:['’]ll| will) believe (?:you|that|it)|(?:that |it )?sounds (?:fair|reasonable)|(?:you['’]?re|you are) right|i(?:['’]ll| will) (?:donate|give)|(?<=\b(?:ok|okay|alright)\W+)(?:good|cool|nice|perfect)(?=\W*$))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakesAnswer();

    /// <summary>
    /// Whether a buyer turn raises an objection: a sentence the label layer reads as one, other than unfamiliarity with the
    /// offering ("No, I haven't.", "I don't think I've heard of that", "never did a lot of research about them", "Can you
    /// tell me more about it?"): not knowing the charity yet is no doubt to explore, and the seller's telling what it is
    /// answers it.
    /// </summary>
    private static bool Objects(Turn turn)
    {
        foreach (var sentence in turn.Sentences)
        {
            if (Has(sentence, SemanticLabel.Objection) && !Unfamiliar().IsMatch(sentence.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Unfamiliarity: "No, I haven't.", "no I have not...what is it about?", "I have not heard of them", "I don't think I've heard of that", "not familiar with
    /// it", "I don't know much about it", "never did a lot of research about them", "tell me more about it", "I'm not sure
    /// what the charity works towards".
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:no|nope|not yet)\W+i (?:have not|haven['’]?t|have never)(?: heard(?: of (?:it|them|that|this))?)?(?:\W*$|[\s.,]*(?:what|can|could|please|tell)\b)"
        + @"|\bwhat (?:is it|are they|is that|is this|is the \w+)(?: about)?\W*$|\bwhat (?:do|does) (?:they|it|that|this \w+|the \w+) do\b"
        + @"|\b(?:have not|haven['’]?t|have never|never|had not|hadn['’]?t)\b[^.?!]{0,25}?\b(?:heard|familiar|research\w*)\b"
        + @"|\b(?:do not|don['’]?t|dont|did not|didn['’]?t)\b[^.?!]{0,15}?\b(?:heard|familiar|know (?:much|a lot|anything|about|of|them|it))\b"
        + @"|\bnot (?:very |really |too |that |all that )?familiar\b|\b(?:tell|teach|explain to) me (?:more|about|a (?:bit|little))\b"
        + @"|\bnot sure what (?:it|they|the \w+|that|this) (?:is|are|does|do|works?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unfamiliar();

    /// <summary>
    /// Whether a buyer statement the label layer reads as accepting is no decision: understanding said without agreeing
    /// ("Yes, I definitely understand you."), giving put off until after something ("I will have to read up more … before
    /// I just give my money"), or a turn that opens by saying no ("not really. give me some reasons i should donate").
    /// </summary>
    private static bool AcceptsNot(Turn turn, Sentence sentence) =>
        AcceptsNot(sentence.Text, turn.SentenceArray is [var first, ..] ? first.Text : string.Empty);

    /// <summary>
    /// Whether a buyer statement read as accepting is no decision (see <see cref="AcceptsNot(Turn, Sentence)"/>), from its
    /// text and the first sentence of its turn.
    /// </summary>
    /// <param name="text">The statement.</param>
    /// <param name="opening">The first sentence of the statement's turn.</param>
    /// <returns>Whether the statement decides nothing.</returns>
    internal static bool AcceptsNot(string text, string opening) =>
        UnderstandsOnly().IsMatch(text) || PutsOff().IsMatch(text) || SaysNo().IsMatch(opening);

    /// <summary>Understanding only: "I understand.", "Yes, I definitely understand you.", "I see that", "I get it".</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:yes|yeah|yep|ok|okay|oh|well|sure)\W+)*i (?:\w+ )?(?:understand|see|get it|hear you)(?: (?:you|that|it|what you mean|your point))?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnderstandsOnly();

    /// <summary>Giving put off: "before i (just) give/donate", "I (will) have to read up more", "need to research it first".</summary>
    [GeneratedRegex(
        @"\bbefore (?:i|we) (?:just |can |could |actually |would |will )?(?:give|donate|commit|decide|pay|contribute)\b|\b(?:have|need|want|would like) to (?:read|research|look|check|learn|find out)\b[^.?!]{0,40}?\b(?:more|first|before)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PutsOff();

    /// <summary>A bare no that opens a turn: "not really.", "No.", "nah", "not right now", "I don't think so".</summary>
    [GeneratedRegex(
        @"^\W*(?:not really|no|nope|nah|not (?:now|today|yet|right now|at the moment|at this time)|i don['’]?t think so)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysNo();

    /// <summary>Bare agreement with the other side: "I completely agree.", "You're right!", "That's so true.", "Exactly."</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:oh|ah|ok|okay|yes|yeah|yep|well|and|so|haha|lol)\W+)*(?:i (?:totally |completely |definitely |absolutely |really |fully |so |do )?agree(?: with (?:you|u|that|this))?(?: (?:completely|totally|100%))?|(?:you['’]?re|you are|ur) (?:so |totally |absolutely |completely |very )?right|(?:that['’]?s|that is|it['’]?s|it is) (?:so |very |totally |definitely |absolutely )?(?:true|right|correct)|(?:so |very |totally )?true|exactly|absolutely|agreed|indeed)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreesOnly();

    /// <summary>The buyer asking after the seller: "how are you?", "how's it going?", "and you?".</summary>
    [GeneratedRegex(@"\bhow (?:are|r) (?:you|u|ya)\b|\bhow['’]?s (?:it going|your day)\b|\bhow (?:have you been|you doing|are things)\b|\b(?:and|what about|how about) (?:you|u|yourself)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksHowAreYou();

    /// <summary>A reply to "how are you?": "I am well, thank you", "doing great!", "I'm good thanks".</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:oh|hi|hello|hey|yes|well)\W+)*(?:i['’]?m|i am|im|doing|all)\s+(?:\w+\s+)?(?:good|great|well|fine|ok|okay|alright|excellent|wonderful|fantastic)(?:\W+(?:thanks?|thank you|ty|too|as well|also|today))*\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GreetingReply();

    private static Turn? NextSellerTurn(IReadOnlyList<Turn> turns, int t)
    {
        for (var i = t + 1; i < turns.Count; i++)
        {
            if (turns[i].Role == SpeakerRole.Seller)
            {
                return turns[i];
            }
        }

        return null;
    }

    private static bool HasLabel(Turn turn, SemanticLabel label)
    {
        foreach (var sentence in turn.Sentences)
        {
            if (Has(sentence, label))
            {
                return true;
            }
        }

        return false;
    }
}
