using System.Globalization;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;

namespace SalesLint.Analyzers;

/// <summary>One finding of a negotiation pattern rule: the position it points at and its message's arguments.</summary>
/// <param name="Position">The position the finding is reported at (usually the concession that completes the pattern).</param>
/// <param name="Arguments">The message template's placeholders and their values.</param>
public sealed record LedgerFinding(NegotiationPosition Position, IReadOnlyDictionary<string, string> Arguments);

/// <summary>Options every negotiation pattern rule has.</summary>
public interface ILedgerPatternOptions : IAnalyzerOptions
{
    /// <summary>Most findings per conversation.</summary>
    int MaxReports { get; }
}

/// <summary>
/// Base of the negotiation pattern rules (SL5002–SL5007): each reads the conversation's negotiation ledger
/// (<c>conversation.Ledger</c>) and reports positions of the seller's. <see cref="Find"/> is public so tools can run
/// a rule on a ledger built with other options (e.g. CaSiNo's item counts) or for the other side.
/// </summary>
/// <typeparam name="TOptions">The options record.</typeparam>
public abstract class LedgerPatternAnalyzer<TOptions> : BuiltInAnalyzer<TOptions>
    where TOptions : class, ILedgerPatternOptions
{
    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="options">The options.</param>
    protected LedgerPatternAnalyzer(DiagnosticDescriptor descriptor, TOptions options)
        : base(descriptor, options)
    {
    }

    /// <summary>Finds the pattern in a ledger, for one side; none outside a bargain (a donation appeal, an earnings call).</summary>
    /// <param name="conversation">The conversation the ledger was built from (for the sentences around a position).</param>
    /// <param name="ledger">Its ledger.</param>
    /// <param name="party">The side whose moves are judged (the seller when the rule runs in the engine).</param>
    /// <returns>The findings in order, before <see cref="ILedgerPatternOptions.MaxReports"/> is applied.</returns>
    public IEnumerable<LedgerFinding> Find(Conversation conversation, NegotiationLedger ledger, SpeakerRole party)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ledger.Setting == NegotiationSetting.Bargaining ? FindPattern(conversation, ledger, party) : [];
    }

    /// <summary>Finds the pattern in a ledger of a bargain, for one side (see <see cref="Find"/>).</summary>
    /// <param name="conversation">The conversation the ledger was built from (for the sentences around a position).</param>
    /// <param name="ledger">Its ledger, whose setting is <see cref="NegotiationSetting.Bargaining"/>.</param>
    /// <param name="party">The side whose moves are judged.</param>
    /// <returns>The findings in order.</returns>
    protected abstract IEnumerable<LedgerFinding> FindPattern(Conversation conversation, NegotiationLedger ledger, SpeakerRole party);

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterConversationAction(context =>
        {
            var conversation = context.Conversation;
            var ledger = conversation.Ledger;
            if (ledger.Moves.Count == 0)
            {
                return;
            }

            foreach (var finding in Find(conversation, ledger, SpeakerRole.Seller).Take(Options.MaxReports))
            {
                var p = finding.Position;
                var sentence = conversation.Turns[p.Turn].Sentences[p.Sentence];
                context.Report(Diagnostic.Create(Descriptor, DiagnosticLocation.ForSentence(sentence, p.Span), finding.Arguments));
            }
        });
    }

    /// <summary>
    /// A price "concession" larger than this share of the party's own price (e.g. $8,000 to $65) is taken for two
    /// different amounts the ledger read as one price (a total and a per-seat price), not a move: the pattern rules skip it.
    /// </summary>
    public const double MaxPriceStep = 0.6;

    /// <summary>Whether a move is a concession of <paramref name="party"/> (not a repackaged offer, <see cref="NegotiationMove.TradedFor"/>; and, on the price, a plausible step: see <see cref="MaxPriceStep"/>).</summary>
    /// <param name="move">The move.</param>
    /// <param name="party">The side.</param>
    /// <returns><see langword="true"/> for the party's concessions.</returns>
    protected static bool IsConcessionOf(NegotiationMove move, SpeakerRole party) =>
        move is { Kind: MoveKind.Concession, TradedFor: null } && move.Party == party
        && (move.Position.Issue != NegotiationIssue.Price || move.From is not { } from || from <= 0 || move.Amount <= MaxPriceStep * from);

    /// <summary>The other side.</summary>
    /// <param name="party">A side.</param>
    /// <returns>Buyer for seller, seller otherwise.</returns>
    protected static SpeakerRole Other(SpeakerRole party) => party == SpeakerRole.Seller ? SpeakerRole.Buyer : SpeakerRole.Seller;

    /// <summary>Formats a number of findings' worth of values: "$1,500".</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="move">A move whose issue is used.</param>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    protected static string Format(NegotiationLedger ledger, NegotiationMove move, double value) =>
        ledger.Format(move.Position.Issue, move.Position.Item, value);

    /// <summary>Formats a share as a whole percentage: "50%".</summary>
    /// <param name="share">A share, 0–1.</param>
    /// <returns>The text.</returns>
    protected static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    /// <summary>The standing position of each side on each issue just before each move (the last value it offered or accepted).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>Per move index, a lookup of (party, issue, item) to the standing value before that move.</returns>
    protected static StandingPositions Standing(NegotiationLedger ledger) => new(ledger);

    /// <summary>Each side's standing position per issue as the moves go by.</summary>
    protected sealed class StandingPositions
    {
        private readonly Dictionary<(SpeakerRole, NegotiationIssue, string?), double>[] before;
        private readonly Dictionary<(SpeakerRole, NegotiationIssue, string?), double> openings = [];

        /// <summary>Walks the ledger's moves once.</summary>
        /// <param name="ledger">The ledger.</param>
        public StandingPositions(NegotiationLedger ledger)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            before = new Dictionary<(SpeakerRole, NegotiationIssue, string?), double>[ledger.Moves.Count + 1];
            var current = new Dictionary<(SpeakerRole, NegotiationIssue, string?), double>();
            for (var i = 0; i < ledger.Moves.Count; i++)
            {
                before[i] = new(current);
                var m = ledger.Moves[i];
                var key = (m.Party, m.Position.Issue, m.Position.Item);
                openings.TryAdd(key, m.From ?? m.To);
                current[key] = m.To;
            }

            before[^1] = current;
        }

        /// <summary>The standing value of a side on an issue just before move <paramref name="index"/>, or <see langword="null"/>.</summary>
        /// <param name="index">A move index (the number of moves for the positions at the end).</param>
        /// <param name="party">The side.</param>
        /// <param name="issue">The issue.</param>
        /// <param name="item">The item.</param>
        /// <returns>The value.</returns>
        public double? Before(int index, SpeakerRole party, NegotiationIssue issue, string? item) =>
            before[index].TryGetValue((party, issue, item), out var v) ? v : null;

        /// <summary>A side's opening on an issue, or <see langword="null"/> when it never had a position there.</summary>
        /// <param name="party">The side.</param>
        /// <param name="issue">The issue.</param>
        /// <param name="item">The item.</param>
        /// <returns>The opening.</returns>
        public double? Opening(SpeakerRole party, NegotiationIssue issue, string? item) =>
            openings.TryGetValue((party, issue, item), out var v) ? v : null;
    }
}
