using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Analysis;

/// <summary>Context of a conversation(-end) callback.</summary>
public sealed class ConversationContext : AnalysisContextBase
{
    internal ConversationContext(Conversation conversation, IReadOnlyDictionary<string, double> metrics, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(conversation, metrics, report, cancellationToken)
    {
    }
}
