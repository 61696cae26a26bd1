using SalesLint.Model;

namespace SalesLint.Analysis;

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
