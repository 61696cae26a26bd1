using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Analysis;

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
