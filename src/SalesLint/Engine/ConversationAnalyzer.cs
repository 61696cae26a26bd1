using SalesLint.Model;

namespace SalesLint.Engine;

/// <summary>
/// Base of every analyzer, YAML-declared or written in C#. Like a Roslyn analyzer: it declares the rules it reports
/// and registers callbacks once; the engine walks each conversation once and calls them. An analyzer instance is
/// shared by all threads: keep per-conversation state inside a <see cref="AnalyzerRegistration.RegisterConversationStartAction"/>
/// closure, never in fields.
/// </summary>
public abstract class ConversationAnalyzer
{
    /// <summary>The rules this analyzer can report.</summary>
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>A name for error messages; the type name by default.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>Registers the analyzer's callbacks. Called once, when the engine is created.</summary>
    /// <param name="registration">Where to register.</param>
    public abstract void Initialize(AnalyzerRegistration registration);
}

/// <summary>Collects an analyzer's callbacks.</summary>
public sealed class AnalyzerRegistration
{
    internal AnalyzerRegistration(ConversationAnalyzer owner)
    {
        Owner = owner;
    }

    internal ConversationAnalyzer Owner { get; }

    internal List<Action<ConversationStartContext>> StartActions { get; } = [];

    internal List<(Action<SentenceContext> Action, SpeakerRole? Role)> SentenceActions { get; } = [];

    internal List<Action<TurnContext>> TurnActions { get; } = [];

    internal List<Action<ConversationContext>> EndActions { get; } = [];

    /// <summary>Runs <paramref name="action"/> for every sentence, optionally only those spoken in one role.</summary>
    /// <param name="action">The callback.</param>
    /// <param name="role">Only sentences of this role; all when <see langword="null"/>.</param>
    public void RegisterSentenceAction(Action<SentenceContext> action, SpeakerRole? role = null) =>
        SentenceActions.Add((action ?? throw new ArgumentNullException(nameof(action)), role));

    /// <summary>Runs <paramref name="action"/> for every turn, after the turn's sentence actions.</summary>
    /// <param name="action">The callback.</param>
    public void RegisterTurnAction(Action<TurnContext> action) =>
        TurnActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Runs <paramref name="action"/> once per conversation, after every turn was seen.</summary>
    /// <param name="action">The callback.</param>
    public void RegisterConversationAction(Action<ConversationContext> action) =>
        EndActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>
    /// Runs <paramref name="action"/> at the start of each conversation; it may register sentence, turn and end
    /// actions that share per-conversation state.
    /// </summary>
    /// <param name="action">The callback.</param>
    public void RegisterConversationStartAction(Action<ConversationStartContext> action) =>
        StartActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}

/// <summary>What every callback sees.</summary>
public abstract class AnalysisContextBase
{
    private readonly Action<Diagnostic> report;

    private protected AnalysisContextBase(Conversation conversation, IReadOnlyDictionary<string, double> metrics, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Conversation = conversation;
        Metrics = metrics;
        this.report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The conversation being analyzed.</summary>
    public Conversation Conversation { get; }

    /// <summary>The conversation's metrics (see <see cref="Metrics.MetricCatalog"/>).</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; }

    /// <summary>Cancellation of the analysis.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding. Its rule must be one of the analyzer's <see cref="ConversationAnalyzer.SupportedDiagnostics"/>.</summary>
    /// <param name="diagnostic">The finding.</param>
    public void Report(Diagnostic diagnostic) => report(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));
}

/// <summary>Context of a conversation-start callback.</summary>
public sealed class ConversationStartContext : AnalysisContextBase
{
    private readonly AnalyzerRegistration scoped;

    internal ConversationStartContext(Conversation conversation, IReadOnlyDictionary<string, double> metrics, Action<Diagnostic> report, AnalyzerRegistration scoped, CancellationToken cancellationToken)
        : base(conversation, metrics, report, cancellationToken)
    {
        this.scoped = scoped;
    }

    /// <inheritdoc cref="AnalyzerRegistration.RegisterSentenceAction"/>
    public void RegisterSentenceAction(Action<SentenceContext> action, SpeakerRole? role = null) => scoped.RegisterSentenceAction(action, role);

    /// <inheritdoc cref="AnalyzerRegistration.RegisterTurnAction"/>
    public void RegisterTurnAction(Action<TurnContext> action) => scoped.RegisterTurnAction(action);

    /// <summary>Runs <paramref name="action"/> after every turn of this conversation was seen.</summary>
    /// <param name="action">The callback.</param>
    public void RegisterConversationEndAction(Action<ConversationContext> action) => scoped.RegisterConversationAction(action);
}

/// <summary>
/// Context of a sentence callback. A small value passed by copy, so the engine allocates nothing per sentence; it is
/// valid during the callback and for the rest of the conversation's analysis.
/// </summary>
public readonly struct SentenceContext
{
    private readonly AnalysisScope scope;

    internal SentenceContext(AnalysisScope scope, Sentence sentence)
    {
        this.scope = scope;
        Sentence = sentence;
    }

    /// <summary>The conversation being analyzed.</summary>
    public Conversation Conversation => scope.Conversation;

    /// <summary>The conversation's metrics (see <see cref="Metrics.MetricCatalog"/>).</summary>
    public IReadOnlyDictionary<string, double> Metrics => scope.Metrics;

    /// <summary>Cancellation of the analysis.</summary>
    public CancellationToken CancellationToken => scope.CancellationToken;

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>The sentence's turn.</summary>
    public Turn Turn => Sentence.Turn;

    /// <inheritdoc cref="AnalysisContextBase.Report"/>
    public void Report(Diagnostic diagnostic) => scope.Report(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));
}

/// <summary>Context of a turn callback: a small value passed by copy, like <see cref="SentenceContext"/>.</summary>
public readonly struct TurnContext
{
    private readonly AnalysisScope scope;

    internal TurnContext(AnalysisScope scope, Turn turn)
    {
        this.scope = scope;
        Turn = turn;
    }

    /// <summary>The conversation being analyzed.</summary>
    public Conversation Conversation => scope.Conversation;

    /// <summary>The conversation's metrics (see <see cref="Metrics.MetricCatalog"/>).</summary>
    public IReadOnlyDictionary<string, double> Metrics => scope.Metrics;

    /// <summary>Cancellation of the analysis.</summary>
    public CancellationToken CancellationToken => scope.CancellationToken;

    /// <summary>The turn.</summary>
    public Turn Turn { get; }

    /// <inheritdoc cref="AnalysisContextBase.Report"/>
    public void Report(Diagnostic diagnostic) => scope.Report(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));
}

/// <summary>What one analyzer's callbacks share over one conversation: created once per analyzer and conversation.</summary>
/// <param name="Conversation">The conversation.</param>
/// <param name="Metrics">Its metrics.</param>
/// <param name="Report">Where findings go.</param>
/// <param name="CancellationToken">Cancellation.</param>
internal sealed record AnalysisScope(Conversation Conversation, IReadOnlyDictionary<string, double> Metrics, Action<Diagnostic> Report, CancellationToken CancellationToken);

/// <summary>Context of a conversation(-end) callback.</summary>
public sealed class ConversationContext : AnalysisContextBase
{
    internal ConversationContext(Conversation conversation, IReadOnlyDictionary<string, double> metrics, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(conversation, metrics, report, cancellationToken)
    {
    }
}
