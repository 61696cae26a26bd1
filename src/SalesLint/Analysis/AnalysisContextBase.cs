using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Analysis;

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
