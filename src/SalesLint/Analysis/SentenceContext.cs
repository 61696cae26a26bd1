using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Analysis;

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
