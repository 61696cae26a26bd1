using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Analysis;

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
