using SalesLint.Batch;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Scoring;

namespace SalesLint.Cli.Reports;

/// <summary>One analyzed call: the engine's result, the tokenized conversation (for the timeline) and its sellers' own figures.</summary>
/// <param name="Number">1-based position of the call in the batch, in input order.</param>
/// <param name="Path">The file the call came from.</param>
/// <param name="Conversation">The tokenized conversation, for the call's page; <see langword="null"/> once the page is written and the conversation let go.</param>
/// <param name="Result">Findings, metrics and score.</param>
/// <param name="Sellers">Each seller's share of this call; empty when no participant has the seller role.</param>
internal sealed record CallRecord(int Number, string Path, Conversation? Conversation, AnalysisResult Result, IReadOnlyList<SellerInCall> Sellers)
{
    /// <summary>The tokenized conversation, which the call's page needs.</summary>
    /// <exception cref="InvalidOperationException">The conversation was let go after the page was written.</exception>
    public Conversation RequireConversation() =>
        Conversation ?? throw new InvalidOperationException($"call {Number}'s conversation was let go after its page was written");

    /// <summary>The file name of the call's page inside the report's <c>calls/</c> folder.</summary>
    public string PageName => ReportText.PageName(Number, Result.ConversationId);

    /// <summary>The sellers' names joined for display, or <see cref="ReportBatch.NoSeller"/>.</summary>
    public string SellerNames => Sellers.Count == 0 ? ReportBatch.NoSeller : string.Join(", ", Sellers.Select(s => s.Name));
}

/// <summary>One seller's own figures in one call (with several sellers in a call, each gets their own).</summary>
/// <param name="Id">The participant ID in the call.</param>
/// <param name="Name">The seller's display name without bidirectional controls, the key sellers are grouped by across calls.</param>
/// <param name="Words">Words the seller spoke.</param>
/// <param name="Questions">Sentences of the seller's classified as questions.</param>
/// <param name="Statements">Sentences of the seller's classified as statements.</param>
/// <param name="TalkShare">The seller's share of all talk, 0–1, by time when every turn has start and end, else by words; <see langword="null"/> when nobody spoke.</param>
internal sealed record SellerInCall(string Id, string Name, int Words, int Questions, int Statements, double? TalkShare)
{
    /// <summary>The seller's questions per minute of the call (metric <c>question_rate</c>); <see langword="null"/> without timestamps.</summary>
    public double? QuestionsPerMinute { get; init; }

    /// <summary>The seller's longest monologue in seconds; <see langword="null"/> without timestamps.</summary>
    public double? LongestMonologueSeconds { get; init; }

    /// <summary>Mean seconds the seller waited after a question before the buyer spoke; <see langword="null"/> without timestamps or questions.</summary>
    public double? PatienceSeconds { get; init; }

    /// <summary>Questions as a share of the seller's questions and statements, 0–1, or <see langword="null"/> without either.</summary>
    public double? QuestionShare => Questions + Statements == 0 ? null : (double)Questions / (Questions + Statements);
}

/// <summary>How often a rule fired for a seller.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Count">Findings over the seller's calls.</param>
internal sealed record FindingCount(string RuleId, string Title, int Count);

/// <summary>What cost a seller points, on average per call: the thing to coach first.</summary>
/// <param name="Source">A rule ID or <c>metric:NAME</c>, as in <see cref="ScoreDeduction.Source"/>.</param>
/// <param name="Label">What it means, in words.</param>
/// <param name="Category">The score category it costs.</param>
/// <param name="PointsPerCall">Mean points of the overall score lost per call of the seller's (<see cref="ScorePoints"/>).</param>
internal sealed record CoachingFocus(string Source, string Label, string Category, double PointsPerCall);

/// <summary>A seller's mean score in one earlier (or this) report run, from the history database.</summary>
/// <param name="RunId">The run's ID in the database.</param>
/// <param name="CreatedUtc">When the run was made.</param>
/// <param name="Calls">The seller's calls in that run.</param>
/// <param name="MeanScore">The seller's mean score in that run.</param>
internal sealed record TrendPoint(long RunId, DateTimeOffset CreatedUtc, int Calls, double MeanScore);

/// <summary>A seller's figures over the batch.</summary>
/// <param name="Name">The seller's name.</param>
/// <param name="Calls">Number of calls the seller took part in.</param>
/// <param name="MeanScore">Mean overall score of those calls.</param>
/// <param name="Categories">Mean category subscores, by category ID, in the score model's order.</param>
/// <param name="TalkShare">Mean of the seller's talk share over calls where it is defined, 0–1.</param>
/// <param name="QuestionShare">The seller's questions over questions and statements, pooled over the calls, 0–1.</param>
/// <param name="Questions">The seller's questions over all calls.</param>
/// <param name="Findings">Findings attributed to the seller (their own, plus whole-call findings of their calls).</param>
/// <param name="TopFindings">Rules by how often they fired, most frequent first.</param>
/// <param name="Focus">What cost the most overall points per call (at least <see cref="ReportBuilder.MinFocusPoints"/>), largest first.</param>
/// <param name="CallNumbers">The <see cref="CallRecord.Number"/> of each of the seller's calls.</param>
internal sealed record SellerSummary(
    string Name,
    int Calls,
    double MeanScore,
    IReadOnlyList<CategoryMean> Categories,
    double? TalkShare,
    double? QuestionShare,
    int Questions,
    int Findings,
    IReadOnlyList<FindingCount> TopFindings,
    IReadOnlyList<CoachingFocus> Focus,
    IReadOnlyList<int> CallNumbers)
{
    /// <summary>The overall score of each of the seller's calls, in call order.</summary>
    public IReadOnlyList<double> CallScores { get; init; } = [];

    /// <summary>The seller's questions per minute, pooled over the calls with timestamps; <see langword="null"/> without any.</summary>
    public double? QuestionsPerMinute { get; init; }

    /// <summary>Mean over the calls with timestamps of the seller's longest monologue, in seconds; <see langword="null"/> without any.</summary>
    public double? LongestMonologueSeconds { get; init; }

    /// <summary>Mean over the calls where it is defined of the seller's patience (seconds waited after a question); <see langword="null"/> without any.</summary>
    public double? PatienceSeconds { get; init; }

    /// <summary>
    /// Mean over the seller's calls with a price negotiation (both sides named a price) of the share of the opening gap
    /// the seller gave away in unconditional, unreciprocated concessions (metric <c>seller.gave_away_share</c>), 0–1;
    /// <see langword="null"/> without such a call.
    /// </summary>
    public double? GaveAwayShare { get; init; }

    /// <summary>
    /// Mean over the seller's calls with a price negotiation of the share of the opening gap the seller conceded by the
    /// end (metric <c>seller.gap_conceded</c>), 0–1; <see langword="null"/> without such a call.
    /// </summary>
    public double? GapConceded { get; init; }

    /// <summary>The seller's calls with a price negotiation (those <see cref="GaveAwayShare"/> and <see cref="GapConceded"/> are the means over).</summary>
    public int PriceNegotiations { get; init; }

    /// <summary>The seller's mean score per earlier run, oldest first, ending with this run; empty without history.</summary>
    public IReadOnlyList<TrendPoint> Trend { get; init; } = [];

    /// <summary>The weakest category (lowest mean subscore), when it is below 100.</summary>
    public CategoryMean? Weakest => Categories.Where(c => c.Score < 100).OrderBy(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault();
}

/// <summary>A mean category subscore.</summary>
/// <param name="Id">Category ID.</param>
/// <param name="Title">Category title.</param>
/// <param name="Score">Mean subscore, 0–100.</param>
internal sealed record CategoryMean(string Id, string Title, double Score);

/// <summary>Everything a report shows: the calls, unreadable files, per-seller figures and the score model's categories.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="GeneratedUtc">When the report was made.</param>
/// <param name="Files">Number of input files.</param>
/// <param name="Calls">The analyzed calls in input order.</param>
/// <param name="Errors">Files that could not be analyzed.</param>
/// <param name="Sellers">Per-seller figures, lowest mean score first.</param>
/// <param name="Categories">The score model's categories.</param>
/// <param name="RuleTitles">Rule titles by ID.</param>
internal sealed record ReportBatch(
    string Title,
    DateTimeOffset GeneratedUtc,
    int Files,
    IReadOnlyList<CallRecord> Calls,
    IReadOnlyList<FileError> Errors,
    IReadOnlyList<SellerSummary> Sellers,
    IReadOnlyList<ScoreCategory> Categories,
    IReadOnlyDictionary<string, string> RuleTitles)
{
    /// <summary>The name sellers are grouped under in calls where no participant has the seller role.</summary>
    public const string NoSeller = "(no seller identified)";

    /// <summary>Whether any seller has a trend from the history database.</summary>
    public bool HasHistory => Sellers.Any(s => s.Trend.Count > 0);

    /// <summary>Mean overall score over all calls, or <see langword="null"/> without calls.</summary>
    public double? MeanScore => Calls.Count == 0 ? null : Calls.Average(c => c.Result.Score.Overall);
}
