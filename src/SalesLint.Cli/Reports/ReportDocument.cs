using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Scoring;

namespace SalesLint.Cli.Reports;

/// <summary>The report's figures as one JSON document (<c>report.json</c>), for dashboards.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="GeneratedUtc">When the report was made.</param>
/// <param name="Summary">The totals.</param>
/// <param name="Categories">The score model's categories.</param>
/// <param name="Sellers">Per-seller figures, lowest mean score first.</param>
/// <param name="Calls">The analyzed calls in input order.</param>
/// <param name="Errors">Files that could not be analyzed.</param>
internal sealed record ReportDocument(
    string Title,
    DateTimeOffset GeneratedUtc,
    ReportSummaryDocument Summary,
    IReadOnlyList<ScoreCategory> Categories,
    IReadOnlyList<ReportSellerDocument> Sellers,
    IReadOnlyList<ReportCallDocument> Calls,
    IReadOnlyList<FileError> Errors);

/// <summary>The report's totals.</summary>
/// <param name="Files">Input files.</param>
/// <param name="Calls">Analyzed calls.</param>
/// <param name="Sellers">Sellers identified (calls without a seller not counted).</param>
/// <param name="UnreadableFiles">Files that could not be analyzed.</param>
/// <param name="MeanScore">The mean overall score, to two decimals; <see langword="null"/> without calls.</param>
internal sealed record ReportSummaryDocument(int Files, int Calls, int Sellers, int UnreadableFiles, double? MeanScore);

/// <summary>One seller's figures (<see cref="SellerSummary"/>), with the trend from the history database.</summary>
/// <param name="Name">The seller.</param>
/// <param name="Calls">Their calls.</param>
/// <param name="MeanScore">Mean overall score.</param>
/// <param name="Categories">Mean subscore by category ID.</param>
/// <param name="TalkShare">Pooled talk share, 0–1.</param>
/// <param name="QuestionShare">Questions over questions and statements, 0–1.</param>
/// <param name="Questions">Questions over all calls.</param>
/// <param name="QuestionRate">Questions per minute.</param>
/// <param name="LongestMonologueSeconds">Mean longest monologue.</param>
/// <param name="PatienceSeconds">Mean seconds waited after a question.</param>
/// <param name="GaveAwayShare">Mean share of the opening gap given away unconditionally and unreciprocated.</param>
/// <param name="GapConceded">Mean share of the opening gap conceded by the end.</param>
/// <param name="PriceNegotiations">Calls with a price negotiation.</param>
/// <param name="Findings">Findings attributed to the seller.</param>
/// <param name="TopFindings">Rules by how often they fired.</param>
/// <param name="CoachOn">What cost the most points per call.</param>
/// <param name="WeakestCategory">The weakest category's ID, when below 100.</param>
/// <param name="CallNumbers">The seller's calls.</param>
/// <param name="Trend">Mean score per run, oldest first; <see langword="null"/> without history.</param>
internal sealed record ReportSellerDocument(
    string Name,
    int Calls,
    double MeanScore,
    IReadOnlyDictionary<string, double> Categories,
    double? TalkShare,
    double? QuestionShare,
    int Questions,
    double? QuestionRate,
    double? LongestMonologueSeconds,
    double? PatienceSeconds,
    double? GaveAwayShare,
    double? GapConceded,
    int PriceNegotiations,
    int Findings,
    IReadOnlyList<FindingCount> TopFindings,
    IReadOnlyList<CoachingFocus> CoachOn,
    string? WeakestCategory,
    IReadOnlyList<int> CallNumbers,
    IReadOnlyList<TrendPoint>? Trend);

/// <summary>One call: its score, metrics and findings, and the page that shows it.</summary>
/// <param name="Number">The call's number in the report.</param>
/// <param name="Path">The file.</param>
/// <param name="Conversation">The conversation ID.</param>
/// <param name="Page">The call's page, relative to the report.</param>
/// <param name="Sellers">The sellers' figures in the call.</param>
/// <param name="Score">The score.</param>
/// <param name="Metrics">The metrics.</param>
/// <param name="Diagnostics">The findings.</param>
internal sealed record ReportCallDocument(
    int Number,
    string Path,
    string Conversation,
    string Page,
    IReadOnlyList<SellerInCall> Sellers,
    ConversationScore Score,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<Diagnostic> Diagnostics);
