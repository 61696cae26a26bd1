using System.Globalization;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;

namespace SalesLint.Analyzers;

/// <summary>
/// SL5001 Yielding: the seller gives way again and again — concessions without a condition — and never asks about
/// budget, authority or timing. Concessions come from the negotiation ledger (<c>conversation.Ledger</c>) where it
/// read a seller number, and from the concession lexicons elsewhere; not in a donation appeal or a financial report
/// (<see cref="NegotiationSetting"/>), where no number is a price the seller gives up. One finding per conversation. Thresholds come from <see cref="YieldingOptions"/>
/// (<c>rules/recommended/SL5001-yielding.yaml</c>).
/// </summary>
public sealed class YieldingAnalyzer : BuiltInAnalyzer<YieldingOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL5001";


    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public YieldingAnalyzer()
        : this(CreateDescriptor(EngineRules.DefaultHelpLinkBase), new YieldingOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The thresholds.</param>
    public YieldingAnalyzer(DiagnosticDescriptor descriptor, YieldingOptions options)
        : base(descriptor, options)
    {
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{count}</c> (unconditional concessions), <c>{total}</c> (all concessions).</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Yielding: concessions without qualifying or trading",
        MessageTemplate = "The seller gave way {count} times without asking for anything ({count} of {total} concessions had no condition) and never asked about budget, authority or timing: qualify, then trade",
        Category = "negotiation",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Too much customer focus turns into yielding: the seller gives in on every request - discounts, free months, "
            + "waived fees, better terms - without a condition, and never asks about budget, authority or urgency. "
            + "Counts seller turns with a concession, whether the turn attaches a condition, and seller questions about budget, authority or timing.",
    };

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterConversationAction(context =>
        {
            var conversation = context.Conversation;
            int concessions = 0, unconditional = 0, qualifying = 0;
            // The ledger decides where it read the seller's numbers: a turn with a seller concession on it counts (conditional
            // when the ledger found a condition), a turn whose numbers are only an opening, a hold or the deal does not. The
            // lexicons decide the turns without a number ("we can be flexible on the price").
            var ledgerTurns = new Dictionary<int, bool>();
            var ledgerConcessionTurns = new HashSet<int>();
            if (Options.UseLedger)
            {
                foreach (var move in conversation.Ledger.Moves)
                {
                    if (move.Party != SpeakerRole.Seller || move.Position.Speaker != SpeakerRole.Seller)
                    {
                        continue;
                    }

                    var turn = move.Position.Turn;
                    var conceded = move.Kind == MoveKind.Concession;
                    var unconditionalConcession = conceded && !move.IsConditional;
                    ledgerTurns[turn] = ledgerTurns.TryGetValue(turn, out var seen) ? seen || unconditionalConcession : unconditionalConcession;
                    if (conceded)
                    {
                        ledgerConcessionTurns.Add(turn);
                    }
                }
            }

            foreach (var turn in conversation.Turns)
            {
                if (turn.Role != SpeakerRole.Seller)
                {
                    continue;
                }

                var gives = false;
                var conditional = false;
                foreach (var sentence in turn.SentenceArray)
                {
                    gives |= HasAny(sentence, Options.ConcessionFeatures);
                    conditional |= HasAny(sentence, Options.ConditionFeatures);
                    qualifying += sentence.Act == SentenceAct.Question && HasAny(sentence, Options.QualificationFeatures) ? 1 : 0;
                }

                if (ledgerTurns.TryGetValue(turn.Index, out var unconditionalOnLedger))
                {
                    gives = ledgerConcessionTurns.Contains(turn.Index);
                    conditional = gives && !unconditionalOnLedger;
                }

                concessions += gives ? 1 : 0;
                unconditional += gives && !conditional ? 1 : 0;
            }

            if (unconditional < Options.MinConcessions
                || (double)unconditional / concessions < Options.MinUnconditionalShare
                || qualifying > Options.MaxQualificationQuestions
                || (Options.UseLedger && (SellerShareOfPriceMoves(conversation.Ledger) < Options.MinSellerShareOfPriceMoves || StepForStep(conversation.Ledger)))
                || SettingReader.Read(conversation) != NegotiationSetting.Bargaining)
            {
                // A donation appeal is no bargain: a smaller ask ("How about $.15 today?") or matching the buyer's gift
                // ("I will match your contribution") gives nothing of the seller's away, and a pledge is the close. Nor
                // is an earnings call, whose numbers are results. Read last, only when the rule would otherwise report.
                return;
            }

            var args = new Dictionary<string, string>
            {
                ["count"] = unconditional.ToString(CultureInfo.InvariantCulture),
                ["total"] = concessions.ToString(CultureInfo.InvariantCulture),
            };
            context.Report(Diagnostic.Create(Descriptor, DiagnosticLocation.Conversation, args));
        });
    }

    /// <summary>
    /// The seller's share of how far both sides moved on the main price (concessions and the deal, in money), when the
    /// buyer moved on it too; 1 when only the seller moved or the ledger holds no price moves. A haggle in which the
    /// buyer came up as far as the seller came down is an exchange of moves, not a seller giving in on every request.
    /// </summary>
    /// <param name="ledger">The conversation's ledger.</param>
    /// <returns>The share, from 0 to 1.</returns>
    internal static double SellerShareOfPriceMoves(NegotiationLedger ledger)
    {
        double seller = 0, buyer = 0;
        foreach (var move in ledger.Moves)
        {
            if (move.Kind is not (MoveKind.Concession or MoveKind.Deal)
                || move.Position.Issue != NegotiationIssue.Price
                || move.Position.Item is not null)
            {
                continue;
            }

            if (move.Party == SpeakerRole.Seller)
            {
                seller += move.Amount;
            }
            else if (move.Party == SpeakerRole.Buyer)
            {
                buyer += move.Amount;
            }
        }

        return buyer <= 0 || seller + buyer <= 0 ? 1 : seller / (seller + buyer);
    }

    /// <summary>
    /// Whether the haggle over the main price went step for step: the seller's concessions came only after the buyer had
    /// named its number (a counter in the turn that says the listing back, "listed 900. 800", answers it), the buyer
    /// moved between every two of them (and before the seller took its number), and none gave half the opening gap or
    /// more at once unless it only matched the buyer's own step just before (200 to 180 to 170 against 150 to 160 to
    /// 170; 11,500 to 10,000 in three 500 steps against 8,500, 9,000, 9,500; 900 to 800 to 700 against 500 to 600).
    /// That is an exchange of moves, not a seller giving in on every request; a seller who splits the gap in one move
    /// ("lets split the difference, 125") or drops again while the buyer holds ("I really can't go above 800" → "I can
    /// do 1,000") still yields, and so does one that moved twice as far as the buyer all the same (400 to 350 to 320 to
    /// 300 against 250 to 280 to 300): the seller's share of the moving must stay under 65%.
    /// </summary>
    /// <param name="ledger">The conversation's ledger.</param>
    /// <returns><see langword="true"/> when the seller made two or more concessions on the main price, all matched so.</returns>
    internal static bool StepForStep(NegotiationLedger ledger)
    {
        var sellerConcessions = 0;
        var buyerMoved = true;
        var buyerNamed = false;
        var buyerStep = 0.0;
        var openingTurn = -1;
        foreach (var move in ledger.Moves)
        {
            if (move.Kind == MoveKind.Hold || move.Position.Issue != NegotiationIssue.Price || move.Position.Item is not null)
            {
                continue;
            }

            if (move.Party == SpeakerRole.Buyer)
            {
                buyerMoved = true; // its first number or a move: a restated budget ("sorry, 150 is my budget") is neither
                buyerNamed = true;
                buyerStep = move.Kind == MoveKind.Concession ? move.Amount : 0;
                openingTurn = -1;
                continue;
            }

            if (move.Kind == MoveKind.Opening)
            {
                // "listed 900. 800" after the buyer's 500: the listing said back and the counter to the buyer's number
                // in the same turn answer that number; a drop in a later turn waits for the buyer to move.
                buyerMoved = false;
                openingTurn = buyerNamed ? move.Position.Turn : -1;
                continue;
            }

            if (move.Position.Turn == openingTurn)
            {
                buyerMoved = true;
            }

            if (move.Kind == MoveKind.Deal)
            {
                // Taking the buyer's number after it held ("75 is all i have" → "fine, 75") gives in once more.
                if (!buyerMoved)
                {
                    return false;
                }

                continue;
            }

            // Half the gap or more at once splits it, unless the step only matches the buyer's own step just before
            // (600 after 500, then 800 to 700: 100 for 100).
            if (move.Party != SpeakerRole.Seller || !buyerMoved || move.GapShare is not { } share
                || (share >= 0.5 - 1e-9 && !(buyerStep > 0 && move.Amount <= buyerStep * (1 + 1e-9))))
            {
                return false;
            }

            sellerConcessions++;
            buyerMoved = false;
            buyerStep = 0;
        }

        // Matched step for step, and the seller still did less than two thirds of the moving (400 to 350 to 320 to 300
        // against 250 to 280 to 300 is the seller giving twice as much).
        return sellerConcessions >= 2 && SellerShareOfPriceMoves(ledger) < MaxStepForStepShare;
    }

    /// <summary>The highest share of the price moves a seller may make in a step-for-step haggle that is still an exchange.</summary>
    private const double MaxStepForStepShare = 0.65;

    private static bool HasAny(Sentence sentence, List<string> features)
    {
        foreach (var feature in features)
        {
            if (sentence.HasFeature(feature))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Options of <see cref="YieldingAnalyzer"/> (SL5001), under <c>options:</c> in its YAML file.</summary>
public sealed record YieldingOptions : IAnalyzerOptions
{
    /// <summary>Fewest seller turns with a concession and no condition for the pattern. Default: 2.</summary>
    public int MinConcessions { get; init; } = 2;

    /// <summary>Smallest share (0–1) of concession turns that have no condition. Default: 0.75.</summary>
    public double MinUnconditionalShare { get; init; } = 0.75;

    /// <summary>Most seller questions about budget, authority or timing for the pattern to hold. Default: 0.</summary>
    public int MaxQualificationQuestions { get; init; }

    /// <summary>
    /// Smallest share (0–1) of the price movement that must be the seller's for the pattern, where the buyer moved on the
    /// price too (ledger only): how far the seller came down over how far both sides moved, the deal included. A haggle
    /// in which the buyer came up about as far as the seller came down ("would you do 330" / "420" / "350" / "400" /
    /// "370" / "385" / "deal") trades moves; the seller yields when it does most of the moving. Default: 0.6.
    /// </summary>
    public double MinSellerShareOfPriceMoves { get; init; } = 0.6;

    /// <summary>Whether the negotiation ledger decides the turns where it read a seller number: a concession there counts (conditional when the ledger found a condition), an opening, a hold or the deal does not; the lexicons decide the other turns. Default: true.</summary>
    public bool UseLedger { get; init; } = true;

    /// <summary>Lexicons that mark a concession. Default: <c>concession</c>, <c>price-offer</c>.</summary>
    public List<string> ConcessionFeatures { get; init; } = ["concession", "price-offer"];

    /// <summary>Lexicons that mark a condition in the concession's turn. Default: <c>condition</c>.</summary>
    public List<string> ConditionFeatures { get; init; } = ["condition"];

    /// <summary>Lexicons that make a seller question a qualifying one. Default: <c>budget</c>, <c>authority</c>, <c>timing</c>.</summary>
    public List<string> QualificationFeatures { get; init; } = ["budget", "authority", "timing"];

    /// <inheritdoc/>
    public void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(features);
        if (MinConcessions < 1)
        {
            errors.Add(("minConcessions", "minConcessions must be at least 1"));
        }

        if (MinUnconditionalShare is < 0 or > 1)
        {
            errors.Add(("minUnconditionalShare", "minUnconditionalShare must be from 0 to 1"));
        }

        if (MinSellerShareOfPriceMoves is < 0 or > 1)
        {
            errors.Add(("minSellerShareOfPriceMoves", "minSellerShareOfPriceMoves must be from 0 to 1"));
        }

        if (MaxQualificationQuestions < 0)
        {
            errors.Add(("maxQualificationQuestions", "maxQualificationQuestions must not be negative"));
        }

        foreach (var (key, list) in new[] { ("concessionFeatures", ConcessionFeatures), ("conditionFeatures", ConditionFeatures), ("qualificationFeatures", QualificationFeatures) })
        {
            if (list.Count == 0)
            {
                errors.Add((key, $"{key} needs at least one lexicon"));
            }

            foreach (var feature in list.Where(f => !features.Contains(f)))
            {
                errors.Add((key, $"unknown feature '{feature}' in {key}"));
            }
        }
    }
}
