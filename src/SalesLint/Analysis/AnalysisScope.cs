using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Analysis;

/// <summary>What one analyzer's callbacks share over one conversation: created once per analyzer and conversation.</summary>
/// <param name="Conversation">The conversation.</param>
/// <param name="Metrics">Its metrics.</param>
/// <param name="Report">Where findings go.</param>
/// <param name="CancellationToken">Cancellation.</param>
internal sealed record AnalysisScope(Conversation Conversation, IReadOnlyDictionary<string, double> Metrics, Action<Diagnostic> Report, CancellationToken CancellationToken);
