using SalesLint.Batch;
using SalesLint.Configuration;
using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Reading;
using SalesLint.Scoring;

namespace SalesLint.Cli.Reports;

/// <summary>Analyzes a batch for a report (keeping each tokenized conversation for the timeline) and aggregates per seller.</summary>
internal static class ReportBuilder
{
    /// <summary>Fewest overall points per call that make something worth coaching on.</summary>
    public const double MinFocusPoints = 0.5;

    /// <summary>
    /// Reads and analyzes the files in parallel, in order, with a bounded number in flight; one unreadable file is
    /// recorded as an error and never loses the others.
    /// </summary>
    /// <param name="profileOf">The engine and reader options of each file (thread-safe).</param>
    /// <param name="files">The files, in report order.</param>
    /// <param name="title">The report's title.</param>
    /// <param name="generatedUtc">When the report is made.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="onCall">
    /// When given, called with the report's header (title, categories, rule titles; no calls yet) and each call in
    /// order while its tokenized conversation is still held (to write its page); the batch then keeps the call without
    /// the conversation, so memory stays flat however long the batch. Without it every conversation is kept.
    /// </param>
    /// <param name="degree">Files analyzed at once (default: one per core).</param>
    /// <returns>The batch with per-seller figures (no trend yet).</returns>
    public static ReportBatch Analyze(
        Func<string, AnalysisProfile> profileOf,
        IReadOnlyList<string> files,
        string title,
        DateTimeOffset generatedUtc,
        CancellationToken cancellationToken,
        Action<ReportBatch, CallRecord>? onCall = null,
        int? degree = null)
    {
        ArgumentNullException.ThrowIfNull(profileOf);
        ArgumentNullException.ThrowIfNull(files);
        var engine = files.Count > 0 ? profileOf(files[0]).Engine : new ProfileResolver(new ResolverOptions { Discover = false }).For("x").Engine;
        var titles = engine.Descriptors.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        var categories = engine.RuleSet.Scoring.Categories;
        var header = new ReportBatch(title, generatedUtc, files.Count, [], [], [], categories, titles);

        var calls = new List<CallRecord>();
        var errors = new List<FileError>();
        var analyzed = Batch.BatchRunner.Run(files, file => AnalyzeFile(profileOf(file), file, cancellationToken), degree ?? Environment.ProcessorCount, cancellationToken);
        foreach (var (path, conversations, error) in analyzed)
        {
            if (error is not null)
            {
                errors.Add(FileError.From(path, error));
                continue;
            }

            foreach (var (conversation, result) in conversations)
            {
                var call = new CallRecord(calls.Count + 1, path, conversation, result, SellersOf(result));
                if (onCall is not null)
                {
                    onCall(header, call);
                    call = call with { Conversation = null };
                }

                calls.Add(call);
            }
        }

        return header with { Calls = calls, Errors = errors, Sellers = Aggregate(calls, categories, titles) };
    }

    /// <summary>Analyzes every file with one engine and one set of reader options.</summary>
    /// <param name="engine">The engine (thread-safe).</param>
    /// <param name="files">The files, in report order.</param>
    /// <param name="readerOptions">How to read transcripts.</param>
    /// <param name="title">The report's title.</param>
    /// <param name="generatedUtc">When the report is made.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The batch with per-seller figures (no trend yet).</returns>
    public static ReportBatch Analyze(
        SalesLintEngine engine,
        IReadOnlyList<string> files,
        ReaderOptions readerOptions,
        string title,
        DateTimeOffset generatedUtc,
        CancellationToken cancellationToken)
    {
        var profile = new AnalysisProfile(engine, readerOptions, null, [], null, null);
        return Analyze(_ => profile, files, title, generatedUtc, cancellationToken);
    }

    /// <summary>Each seller's own words, questions, statements and talk share in a conversation, in participant order.</summary>
    /// <param name="result">The conversation's analysis: its per-participant metrics (<see cref="AnalysisResult.Speakers"/>).</param>
    /// <returns>One entry per participant with the seller role.</returns>
    public static IReadOnlyList<SellerInCall> SellersOf(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Speakers.Where(s => s.Role == SpeakerRole.Seller).Select(s => new SellerInCall(
            s.SpeakerId,
            ReportText.WithoutBidiControls(s.Name),
            (int)s.Metrics.GetValueOrDefault(SpeakerMetricNames.Words),
            (int)s.Metrics.GetValueOrDefault(SpeakerMetricNames.Questions),
            (int)s.Metrics.GetValueOrDefault(SpeakerMetricNames.Statements),
            s.Metrics.TryGetValue(SpeakerMetricNames.TalkShare, out var share) ? share : null)
        {
            QuestionsPerMinute = Metric(s.Metrics, SpeakerMetricNames.QuestionRate),
            LongestMonologueSeconds = Metric(s.Metrics, SpeakerMetricNames.LongestMonologueSeconds),
            PatienceSeconds = Metric(s.Metrics, SpeakerMetricNames.PatienceSeconds),
        })];
    }

    /// <summary>Groups calls by seller name (case-insensitive) and computes each seller's figures; lowest mean score first.</summary>
    /// <param name="calls">The calls.</param>
    /// <param name="categories">The score model's categories, for the subscore columns.</param>
    /// <param name="ruleTitles">Rule titles by ID.</param>
    /// <returns>The sellers.</returns>
    public static IReadOnlyList<SellerSummary> Aggregate(IReadOnlyList<CallRecord> calls, IReadOnlyList<ScoreCategory> categories, IReadOnlyDictionary<string, string> ruleTitles)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(ruleTitles);
        var groups = new Dictionary<string, List<(CallRecord Call, SellerInCall? Seller)>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var call in calls)
        {
            IEnumerable<SellerInCall?> sellers = call.Sellers.Count == 0 ? new SellerInCall?[] { null } : call.Sellers.Cast<SellerInCall?>();
            foreach (var seller in sellers)
            {
                var name = seller?.Name ?? ReportBatch.NoSeller;
                if (!groups.TryGetValue(name, out var list))
                {
                    groups[name] = list = [];
                    order.Add(name);
                }

                if (!list.Any(e => e.Call == call))
                {
                    list.Add((call, seller));
                }
            }
        }

        var categoryTitles = categories.ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);
        return [.. order.Select(name => Summarize(name, groups[name], categories, categoryTitles, ruleTitles))
            .OrderBy(s => s.MeanScore)
            .ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The findings of a call attributed to one of its sellers: the seller's own, plus those not tied to any seller of the call.</summary>
    /// <param name="call">The call.</param>
    /// <param name="seller">The seller, or <see langword="null"/> for a call without sellers (every finding).</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<Diagnostic> FindingsOf(CallRecord call, SellerInCall? seller)
    {
        ArgumentNullException.ThrowIfNull(call);
        return seller is null
            ? call.Result.Diagnostics
            : call.Result.Diagnostics.Where(d => d.Location.SpeakerId == seller.Id || !call.Sellers.Any(s => s.Id == d.Location.SpeakerId));
    }

    /// <summary>A deduction source in words: the rule's title, or what a metric term means.</summary>
    /// <param name="source">A rule ID or <c>metric:NAME</c>.</param>
    /// <param name="ruleTitles">Rule titles by ID.</param>
    /// <returns>The label.</returns>
    public static string Label(string source, IReadOnlyDictionary<string, string> ruleTitles)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ruleTitles);
        if (ruleTitles.TryGetValue(source, out var title))
        {
            return title;
        }

        const string prefix = "metric:";
        if (!source.StartsWith(prefix, StringComparison.Ordinal))
        {
            return source;
        }

        var metric = source[prefix.Length..];
        return metric switch
        {
            MetricCatalog.SellerTalkShare => "Talks too much (seller talk share)",
            MetricCatalog.SellerQuestionShare => "Asks too few questions (seller question share)",
            MetricCatalog.SellerQuestionRatio => "Asks too few questions (seller question ratio)",
            MetricCatalog.SellerGapConceded => "Gave up the price gap",
            MetricCatalog.SellerUntradedGapConceded => "Conceded price without a trade",
            MetricCatalog.SellerGaveAwayShare => "Gave price away for nothing",
            _ => MetricCatalog.All.TryGetValue(metric, out var description) ? $"{metric}: {description.TrimEnd('.')}" : metric,
        };
    }

    private static SellerSummary Summarize(
        string name,
        List<(CallRecord Call, SellerInCall? Seller)> entries,
        IReadOnlyList<ScoreCategory> categories,
        Dictionary<string, string> categoryTitles,
        IReadOnlyDictionary<string, string> ruleTitles)
    {
        var count = entries.Count;
        var mean = entries.Average(e => e.Call.Result.Score.Overall);
        var categoryMeans = categories
            .Select(c => new CategoryMean(c.Id, c.Title, entries.Average(e => e.Call.Result.Score.Categories.FirstOrDefault(s => s.Id == c.Id)?.Score ?? 100)))
            .ToList();
        var shares = entries.Select(e => e.Seller?.TalkShare).OfType<double>().ToList();
        var questions = entries.Sum(e => e.Seller?.Questions ?? 0);
        var statements = entries.Sum(e => e.Seller?.Statements ?? 0);
        var findings = entries.SelectMany(e => FindingsOf(e.Call, e.Seller)).ToList();
        var top = findings
            .GroupBy(d => d.RuleId, StringComparer.Ordinal)
            .Select(g => new FindingCount(g.Key, ruleTitles.GetValueOrDefault(g.Key, g.Key), g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var focus = entries
            .SelectMany(e => ScorePoints.Overall(e.Call.Result.Score))
            .GroupBy(d => (d.Deduction.Source, d.Deduction.Category))
            .Select(g => new CoachingFocus(
                g.Key.Source,
                Label(g.Key.Source, ruleTitles),
                categoryTitles.GetValueOrDefault(g.Key.Category, g.Key.Category),
                Math.Round(g.Sum(d => d.Points) / count, 2)))
            .Where(f => f.PointsPerCall >= MinFocusPoints)
            .OrderByDescending(f => f.PointsPerCall)
            .ThenBy(f => f.Source, StringComparer.Ordinal)
            .ToList();
        var timed = entries.Where(e => e.Seller?.QuestionsPerMinute is not null && e.Call.Result.Metrics.GetValueOrDefault(MetricCatalog.DurationSeconds) > 0).ToList();
        var monologues = entries.Select(e => e.Seller?.LongestMonologueSeconds).OfType<double>().ToList();
        var patience = entries.Select(e => e.Seller?.PatienceSeconds).OfType<double>().ToList();
        var gaveAway = entries.Select(e => Metric(e.Call.Result.Metrics, MetricCatalog.SellerGaveAwayShare)).OfType<double>().ToList();
        var gapConceded = entries.Select(e => Metric(e.Call.Result.Metrics, MetricCatalog.SellerGapConceded)).OfType<double>().ToList();
        return new SellerSummary(
            name,
            count,
            Math.Round(mean, 2),
            categoryMeans.Select(c => c with { Score = Math.Round(c.Score, 2) }).ToList(),
            shares.Count == 0 ? null : Math.Round(shares.Average(), 4),
            questions + statements == 0 ? null : Math.Round((double)questions / (questions + statements), 4),
            questions,
            findings.Count,
            top,
            focus,
            [.. entries.Select(e => e.Call.Number)])
        {
            CallScores = [.. entries.Select(e => e.Call.Result.Score.Overall)],
            QuestionsPerMinute = timed.Count == 0 ? null : Math.Round(timed.Sum(e => e.Seller!.Questions) / (timed.Sum(e => e.Call.Result.Metrics[MetricCatalog.DurationSeconds]) / 60), 4),
            LongestMonologueSeconds = monologues.Count == 0 ? null : Math.Round(monologues.Average(), 2),
            PatienceSeconds = patience.Count == 0 ? null : Math.Round(patience.Average(), 2),
            GaveAwayShare = gaveAway.Count == 0 ? null : Math.Round(gaveAway.Average(), 4),
            GapConceded = gapConceded.Count == 0 ? null : Math.Round(gapConceded.Average(), 4),
            PriceNegotiations = gaveAway.Count,
        };
    }

    private static double? Metric(IReadOnlyDictionary<string, double> metrics, string name) => metrics.TryGetValue(name, out var value) ? value : null;

    private static (string Path, IReadOnlyList<(Conversation, AnalysisResult)> Conversations, SalesLintException? Error) AnalyzeFile(
        AnalysisProfile profile, string file, CancellationToken cancellationToken)
    {
        var engine = profile.Engine;
        var (conversations, error) = Batch.BatchRunner.ForEachTranscript(file, profile.ReaderOptions, transcript =>
        {
            var conversation = engine.Tokenize(transcript, cancellationToken);
            return (conversation, engine.Analyze(conversation, cancellationToken));
        });
        return (file, conversations, error);
    }
}
