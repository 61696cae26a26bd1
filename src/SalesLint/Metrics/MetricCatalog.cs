namespace SalesLint.Metrics;

/// <summary>
/// The closed set of conversation metrics that rules and the score can refer to by name. Side metrics start with
/// <c>seller.</c> or <c>buyer.</c> and add up every participant of that role. Timing metrics are present only
/// when the transcript has the timestamps they need; a metric that is undefined for a conversation is absent from
/// its results (rules and score terms that refer to it are then skipped).
/// </summary>
public static class MetricCatalog
{
    /// <summary>Number of turns.</summary>
    public const string Turns = "turns";

    /// <summary>Number of sentences.</summary>
    public const string Sentences = "sentences";

    /// <summary>Seconds from the first turn's start to the last turn's end (only when every turn has start and end).</summary>
    public const string DurationSeconds = "duration_seconds";

    /// <summary>Number of times the speaker changes from one turn to the next.</summary>
    public const string Switches = "switches";

    /// <summary>Speaker switches per minute (only with timestamps).</summary>
    public const string Interactivity = "interactivity";

    /// <summary>Turns that start before the previous speaker's turn ended and say something (a statement or a question).</summary>
    public const string Interruptions = "interruptions";

    /// <summary>Words spoken by sellers.</summary>
    public const string SellerWords = "seller.words";

    /// <summary>Words spoken by buyers.</summary>
    public const string BuyerWords = "buyer.words";

    /// <summary>Questions asked by sellers.</summary>
    public const string SellerQuestions = "seller.questions";

    /// <summary>Statements made by sellers.</summary>
    public const string SellerStatements = "seller.statements";

    /// <summary>Questions asked by buyers.</summary>
    public const string BuyerQuestions = "buyer.questions";

    /// <summary>Statements made by buyers.</summary>
    public const string BuyerStatements = "buyer.statements";

    /// <summary>Seller questions divided by seller statements (statements counted as at least 1).</summary>
    public const string SellerQuestionRatio = "seller.question_ratio";

    /// <summary>Seller questions as a share of seller questions and statements, 0–1.</summary>
    public const string SellerQuestionShare = "seller.question_share";

    /// <summary>Share of the talking done by sellers, 0–1: by time when every turn has start and end, else by words.</summary>
    public const string SellerTalkShare = "seller.talk_share";

    /// <summary>Share of the talking done by buyers, 0–1: by time when every turn has start and end, else by words.</summary>
    public const string BuyerTalkShare = "buyer.talk_share";

    /// <summary>Most words a seller spoke in consecutive seller turns without a buyer speaking.</summary>
    public const string SellerLongestMonologueWords = "seller.longest_monologue_words";

    /// <summary>Most words a buyer spoke in consecutive buyer turns without a seller speaking.</summary>
    public const string BuyerLongestMonologueWords = "buyer.longest_monologue_words";

    /// <summary>Longest stretch of consecutive seller turns without a buyer speaking, in seconds (only with timestamps).</summary>
    public const string SellerLongestMonologueSeconds = "seller.longest_monologue_seconds";

    /// <summary>Longest stretch of consecutive buyer turns without a seller speaking, in seconds (only with timestamps).</summary>
    public const string BuyerLongestMonologueSeconds = "buyer.longest_monologue_seconds";

    /// <summary>Seller turns.</summary>
    public const string SellerTurns = "seller.turns";

    /// <summary>Buyer turns.</summary>
    public const string BuyerTurns = "buyer.turns";

    /// <summary>Seconds sellers spoke (only with timestamps).</summary>
    public const string SellerTalkSeconds = "seller.talk_seconds";

    /// <summary>Seconds buyers spoke (only with timestamps).</summary>
    public const string BuyerTalkSeconds = "buyer.talk_seconds";

    /// <summary>Seller questions per minute of conversation (only with timestamps).</summary>
    public const string SellerQuestionRate = "seller.question_rate";

    /// <summary>Buyer questions per minute of conversation (only with timestamps).</summary>
    public const string BuyerQuestionRate = "buyer.question_rate";

    /// <summary>Mean seconds between the end of a seller turn that ends in a question and the start of the buyer's reply (only with timestamps).</summary>
    public const string SellerPatienceSeconds = "seller.patience_seconds";

    /// <summary>Seller turns that start before a buyer's turn ended (see <see cref="Interruptions"/>).</summary>
    public const string SellerInterruptions = "seller.interruptions";

    /// <summary>Buyer turns that start before a seller's turn ended (see <see cref="Interruptions"/>).</summary>
    public const string BuyerInterruptions = "buyer.interruptions";

    /// <summary>Seller words per minute of seller speaking time (only with timestamps).</summary>
    public const string SellerWordsPerMinute = "seller.words_per_minute";

    /// <summary>Buyer words per minute of buyer speaking time (only with timestamps).</summary>
    public const string BuyerWordsPerMinute = "buyer.words_per_minute";

    /// <summary>Filler words spoken by sellers (matches of the <c>filler</c> lexicon).</summary>
    public const string SellerFillers = "seller.fillers";

    /// <summary>Filler words spoken by buyers (matches of the <c>filler</c> lexicon).</summary>
    public const string BuyerFillers = "buyer.fillers";

    /// <summary>Seller filler words per 100 seller words.</summary>
    public const string SellerFillerRate = "seller.filler_rate";

    /// <summary>Buyer filler words per 100 buyer words.</summary>
    public const string BuyerFillerRate = "buyer.filler_rate";

    /// <summary>The seller's opening price (its first ask), from the negotiation ledger.</summary>
    public const string SellerOpeningPrice = "seller.opening_price";

    /// <summary>The buyer's opening price (its first offer), from the negotiation ledger.</summary>
    public const string BuyerOpeningPrice = "buyer.opening_price";

    /// <summary>The price both sides agreed on (one side met the other's standing price), from the negotiation ledger.</summary>
    public const string DealPrice = "deal_price";

    /// <summary>Seller concessions on any issue (price, discount, free months, extras, counts), from the negotiation ledger.</summary>
    public const string SellerConcessions = "seller.concessions";

    /// <summary>Buyer concessions on any issue, from the negotiation ledger.</summary>
    public const string BuyerConcessions = "buyer.concessions";

    /// <summary>Share (0–1) of the seller's concessions the buyer answered before the seller's next one.</summary>
    public const string SellerReciprocatedShare = "seller.reciprocated_share";

    /// <summary>Share (0–1) of the buyer's concessions the seller answered before the buyer's next one.</summary>
    public const string BuyerReciprocatedShare = "buyer.reciprocated_share";

    /// <summary>Share (0–1) of the seller's concessions tied to a condition.</summary>
    public const string SellerConditionalShare = "seller.conditional_share";

    /// <summary>Share (0–1) of the buyer's concessions tied to a condition.</summary>
    public const string BuyerConditionalShare = "buyer.conditional_share";

    /// <summary>Share (0–1) of the gap between the two opening prices that the seller conceded (to the deal, or to its last price).</summary>
    public const string SellerGapConceded = "seller.gap_conceded";

    /// <summary>Share (0–1) of the gap between the two opening prices that the buyer conceded.</summary>
    public const string BuyerGapConceded = "buyer.gap_conceded";

    /// <summary>Share (0–1) of the opening price gap the seller gave away in unconditional, unreciprocated price concessions.</summary>
    public const string SellerGaveAwayShare = "seller.gave_away_share";

    /// <summary>Share (0–1) of the opening price gap the buyer gave away in unconditional, unreciprocated price concessions.</summary>
    public const string BuyerGaveAwayShare = "buyer.gave_away_share";

    /// <summary>
    /// Share (0–1) of the opening price gap the seller conceded, leaving out what it conceded in traded concessions
    /// (conditional ones, or ones the buyer answered with a get or a move on another issue).
    /// </summary>
    public const string SellerUntradedGapConceded = "seller.untraded_gap_conceded";

    /// <summary>Share (0–1) of the opening price gap the buyer conceded, leaving out its traded concessions.</summary>
    public const string BuyerUntradedGapConceded = "buyer.untraded_gap_conceded";

    /// <summary>
    /// The turn of the buyer's decision (its first statement accepting the seller's offer, or committing, not hedged, in a
    /// turn that names an amount of money other than zero); the turn count when there is none. The discovery metrics read
    /// up to it.
    /// </summary>
    public const string SellerDecisionTurn = "seller.decision_turn";

    /// <summary>
    /// Seller questions divided by the seller's unasked statements, up to the buyer's decision, one question credited:
    /// (questions + 1) / (unasked statements + 1). Statements answering the buyer's question or request in the turn just
    /// before (up to three a turn) are left out; questions asking for the gift or the amount count as neither.
    /// </summary>
    public const string SellerUnaskedQuestionRatio = "seller.unasked_question_ratio";

    /// <summary>
    /// The seller's words up to the buyer's decision that no one asked for: what <see cref="SellerUnaskedTalkShare"/>
    /// counts for the seller (its unasked statements, its questions and asks for the gift, its other talk).
    /// </summary>
    public const string SellerUnaskedWords = "seller.unasked_words";

    /// <summary>
    /// 1 when the buyer drove with its own questions up to the decision: the seller answered at least two of them, its
    /// <see cref="SellerUnaskedQuestionRatio"/> is 0.5 or more (an opener of one statement, the rest answers) and no
    /// doubt was left unexplored; 0 otherwise.
    /// </summary>
    public const string BuyerDrove = "buyer.drove";

    /// <summary>Buyer turns up to the decision with an objection or doubt that the seller's next turn met without a question.</summary>
    public const string BuyerUnexploredObjections = "buyer.unexplored_objections";

    /// <summary>
    /// The seller's share of the words up to the buyer's decision, leaving out the seller's answers to the buyer's
    /// questions and requests (up to three statements a turn, as for <see cref="SellerUnaskedQuestionRatio"/>) and its
    /// own needs and splits stated after the buyer's needs came first (<see cref="BuyerNeedsFirst"/>), and, in a split of
    /// goods a deal form names, its own needs, claims on the goods and splits whoever spoke first.
    /// </summary>
    public const string SellerUnaskedTalkShare = "seller.unasked_talk_share";

    /// <summary>
    /// 1 when the buyer stated a need, preference or goal before the seller put an unasked demand or split of its own on
    /// the table, and the seller answered with its own needs and named a split of goods (a split negotiated over needs
    /// on the table, not a sale); 0 otherwise. Read up to the decision.
    /// </summary>
    public const string BuyerNeedsFirst = "buyer.needs_first";

    /// <summary>The lexicon whose matches count as filler words.</summary>
    public const string FillerLexicon = "filler";

    /// <summary>Whether every metric named in <paramref name="minimums"/> is present and reaches its minimum (an <c>onlyIf</c> gate).</summary>
    /// <param name="minimums">Metric names and their minimums; none means the gate is open.</param>
    /// <param name="metrics">A conversation's metrics.</param>
    /// <returns><see langword="true"/> when every minimum is reached.</returns>
    public static bool Reached(IReadOnlyDictionary<string, double> minimums, IReadOnlyDictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(minimums);
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var (name, minimum) in minimums)
        {
            if (!metrics.TryGetValue(name, out var value) || value < minimum)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every conversation metric name with its description.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [Turns] = "Number of turns.",
        [Sentences] = "Number of sentences.",
        [DurationSeconds] = "Seconds from the first turn's start to the last turn's end (only when every turn has start and end).",
        [Switches] = "Number of times the speaker changes from one turn to the next.",
        [Interactivity] = "Speaker switches per minute (only with timestamps).",
        [Interruptions] = "Turns that start before the previous speaker's turn ended and contain a statement or a question (backchannels such as 'right' do not count).",
        [SellerWords] = "Words spoken by sellers.",
        [BuyerWords] = "Words spoken by buyers.",
        [SellerTurns] = "Seller turns.",
        [BuyerTurns] = "Buyer turns.",
        [SellerQuestions] = "Questions asked by sellers.",
        [SellerStatements] = "Statements made by sellers.",
        [BuyerQuestions] = "Questions asked by buyers.",
        [BuyerStatements] = "Statements made by buyers.",
        [SellerQuestionRatio] = "Seller questions divided by seller statements (statements counted as at least 1).",
        [SellerQuestionShare] = "Seller questions as a share of seller questions and statements, 0-1.",
        [SellerQuestionRate] = "Seller questions per minute of conversation (only with timestamps).",
        [BuyerQuestionRate] = "Buyer questions per minute of conversation (only with timestamps).",
        [SellerTalkShare] = "Share of talk by sellers, 0-1: by time when every turn has start and end, else by words.",
        [BuyerTalkShare] = "Share of talk by buyers, 0-1: by time when every turn has start and end, else by words.",
        [SellerTalkSeconds] = "Seconds sellers spoke (only with timestamps).",
        [BuyerTalkSeconds] = "Seconds buyers spoke (only with timestamps).",
        [SellerLongestMonologueWords] = "Most words in consecutive seller turns without a buyer speaking.",
        [BuyerLongestMonologueWords] = "Most words in consecutive buyer turns without a seller speaking.",
        [SellerLongestMonologueSeconds] = "Longest stretch of consecutive seller turns without a buyer speaking, in seconds (only with timestamps).",
        [BuyerLongestMonologueSeconds] = "Longest stretch of consecutive buyer turns without a seller speaking, in seconds (only with timestamps).",
        [SellerPatienceSeconds] = "Mean seconds from the end of a seller turn that ends in a question to the start of the buyer's reply; overlaps count as 0 (only with timestamps).",
        [SellerInterruptions] = "Seller turns that start before a buyer's turn ended (see interruptions).",
        [BuyerInterruptions] = "Buyer turns that start before a seller's turn ended (see interruptions).",
        [SellerWordsPerMinute] = "Seller words per minute of seller speaking time (only with timestamps).",
        [BuyerWordsPerMinute] = "Buyer words per minute of buyer speaking time (only with timestamps).",
        [SellerFillers] = "Filler words spoken by sellers (matches of the 'filler' lexicon).",
        [BuyerFillers] = "Filler words spoken by buyers (matches of the 'filler' lexicon).",
        [SellerFillerRate] = "Seller filler words per 100 seller words.",
        [BuyerFillerRate] = "Buyer filler words per 100 buyer words.",
        [SellerDecisionTurn] = "The turn of the buyer's decision: its first statement accepting the seller's offer, or committing, not hedged, in a turn that names an amount of money other than zero; the turn count when there is none.",
        [SellerUnaskedQuestionRatio] = "Seller questions divided by the seller's unasked statements, up to the buyer's decision, one question credited ((questions + 1) / (unasked statements + 1)): statements answering the buyer's question or request in the turn just before (up to three a turn) and the seller's own needs and splits stated after the buyer's needs came first are left out, and questions asking for the gift or the amount count as neither.",
        [BuyerDrove] = "1 when the buyer drove with its own questions up to the decision: the seller answered at least two, told little of its own (seller.unasked_question_ratio 0.5 or more) and left no doubt unexplored; 0 otherwise.",
        [SellerUnaskedWords] = "The seller's words up to the buyer's decision that no one asked for: the seller side of seller.unasked_talk_share.",
        [BuyerUnexploredObjections] = "Buyer turns up to the decision with an objection or doubt that the seller's next turn met without a question.",
        [BuyerNeedsFirst] = "1 when the buyer stated a need, preference or goal before the seller put an unasked demand or split of its own on the table, and the seller answered with its own needs and named a split of goods; 0 otherwise (up to the decision).",
        [SellerUnaskedTalkShare] = "The seller's share (0-1) of the words up to the buyer's decision, leaving out its answers to the buyer's questions and requests (up to three statements a turn) and its own needs and splits stated after the buyer's needs came first.",
        [SellerOpeningPrice] = "The seller's opening price, its first ask (negotiation ledger; only when the seller named a price).",
        [BuyerOpeningPrice] = "The buyer's opening price, its first offer (negotiation ledger; only when the buyer named a price).",
        [DealPrice] = "The agreed price: one side met the other's standing price (negotiation ledger; only with a deal).",
        [SellerConcessions] = "Seller concessions on any issue: price, discount, free months, extras, counts (negotiation ledger; only when it has a position).",
        [BuyerConcessions] = "Buyer concessions on any issue (negotiation ledger; only when it has a position).",
        [SellerReciprocatedShare] = "Share of the seller's concessions the buyer answered before the seller's next one, 0-1 (only with a seller concession).",
        [BuyerReciprocatedShare] = "Share of the buyer's concessions the seller answered before the buyer's next one, 0-1 (only with a buyer concession).",
        [SellerConditionalShare] = "Share of the seller's concessions tied to a condition, 0-1 (only with a seller concession).",
        [BuyerConditionalShare] = "Share of the buyer's concessions tied to a condition, 0-1 (only with a buyer concession).",
        [SellerGapConceded] = "Share of the gap between the two opening prices the seller conceded, to the deal or its last price, 0-1 (only when both sides named a price).",
        [BuyerGapConceded] = "Share of the gap between the two opening prices the buyer conceded, to the deal or its last price, 0-1 (only when both sides named a price).",
        [SellerGaveAwayShare] = "Share of the opening price gap the seller gave away in unconditional, unreciprocated price concessions, 0-1 (only when both sides named a price).",
        [BuyerGaveAwayShare] = "Share of the opening price gap the buyer gave away in unconditional, unreciprocated price concessions, 0-1 (only when both sides named a price).",
        [SellerUntradedGapConceded] = "Share of the opening price gap the seller conceded without a trade: seller.gap_conceded less its price concessions tied to a condition or answered with a get or a move on another issue, 0-1 (only when both sides named a price).",
        [BuyerUntradedGapConceded] = "buyer.gap_conceded less what the buyer conceded in traded price concessions, 0-1 (only when both sides named a price).",
    };

    /// <summary>Metric names of one participant (<see cref="SpeakerMetrics"/>), with their descriptions.</summary>
    public static IReadOnlyDictionary<string, string> Speaker { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [SpeakerMetricNames.Turns] = "The participant's turns.",
        [SpeakerMetricNames.Words] = "Words the participant spoke.",
        [SpeakerMetricNames.Questions] = "Questions the participant asked.",
        [SpeakerMetricNames.Statements] = "Statements the participant made.",
        [SpeakerMetricNames.QuestionRate] = "The participant's questions per minute of conversation (only with timestamps).",
        [SpeakerMetricNames.TalkShare] = "The participant's share of all talk, 0-1: by time when every turn has start and end, else by words.",
        [SpeakerMetricNames.TalkSeconds] = "Seconds the participant spoke (only with timestamps).",
        [SpeakerMetricNames.LongestMonologueWords] = "Most words in consecutive turns of the participant without anyone else speaking.",
        [SpeakerMetricNames.LongestMonologueSeconds] = "Longest stretch of consecutive turns of the participant without anyone else speaking, in seconds (only with timestamps).",
        [SpeakerMetricNames.PatienceSeconds] = "Mean seconds from the end of the participant's turns that end in a question to the start of a reply from the other side (only with timestamps).",
        [SpeakerMetricNames.Interruptions] = "The participant's turns that start before the previous speaker's turn ended and contain a statement or a question.",
        [SpeakerMetricNames.WordsPerMinute] = "Words per minute of the participant's speaking time (only with timestamps).",
        [SpeakerMetricNames.Fillers] = "Filler words the participant spoke (matches of the 'filler' lexicon).",
        [SpeakerMetricNames.FillerRate] = "The participant's filler words per 100 words.",
    };
}

/// <summary>Names of the per-participant metrics in <see cref="SpeakerMetrics.Metrics"/> (see <see cref="MetricCatalog.Speaker"/>).</summary>
public static class SpeakerMetricNames
{
    /// <summary>The participant's turns.</summary>
    public const string Turns = "turns";

    /// <summary>Words the participant spoke.</summary>
    public const string Words = "words";

    /// <summary>Questions the participant asked.</summary>
    public const string Questions = "questions";

    /// <summary>Statements the participant made.</summary>
    public const string Statements = "statements";

    /// <summary>Questions per minute of conversation.</summary>
    public const string QuestionRate = "question_rate";

    /// <summary>Share of all talk, 0–1.</summary>
    public const string TalkShare = "talk_share";

    /// <summary>Seconds spoken.</summary>
    public const string TalkSeconds = "talk_seconds";

    /// <summary>Most words in consecutive own turns.</summary>
    public const string LongestMonologueWords = "longest_monologue_words";

    /// <summary>Longest stretch of consecutive own turns, in seconds.</summary>
    public const string LongestMonologueSeconds = "longest_monologue_seconds";

    /// <summary>Mean wait after own questions before the other side replies.</summary>
    public const string PatienceSeconds = "patience_seconds";

    /// <summary>Own turns that overlap the previous speaker's turn.</summary>
    public const string Interruptions = "interruptions";

    /// <summary>Words per minute of own speaking time.</summary>
    public const string WordsPerMinute = "words_per_minute";

    /// <summary>Filler words.</summary>
    public const string Fillers = "fillers";

    /// <summary>Filler words per 100 words.</summary>
    public const string FillerRate = "filler_rate";
}
