using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesLint.Diagnostics;
using SalesLint.Metrics;

namespace SalesLint.Cli.Reports;

/// <summary>
/// The report's figures for spreadsheets: <c>sellers.csv</c>, <c>calls.csv</c> and <c>findings.csv</c> (RFC 4180, UTF-8, comma-separated,
/// invariant numbers; text cells that a spreadsheet would run as a formula are prefixed with an apostrophe).
/// </summary>
internal static class CsvReportWriter
{
    /// <summary>The per-seller table.</summary>
    /// <param name="batch">The report data.</param>
    /// <returns>The CSV text.</returns>
    public static string Sellers(ReportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var csv = new StringBuilder();
        var header = new List<string> { "seller", "calls", "mean_score" };
        header.AddRange(batch.Categories.Select(c => c.Id + "_score"));
        header.AddRange(["talk_share", "question_share", "questions", "question_rate", "longest_monologue_seconds", "patience_seconds", "gave_away_share", "gap_conceded", "price_negotiations", "findings", "top_findings", "coach_on", "weakest_category"]);
        if (batch.HasHistory)
        {
            header.AddRange(["runs", "previous_mean_score"]);
        }

        Row(csv, header);
        foreach (var seller in batch.Sellers)
        {
            var row = new List<string> { Text(seller.Name), Int(seller.Calls), ReportText.Number(seller.MeanScore) };
            row.AddRange(batch.Categories.Select(c => ReportText.Number(seller.Categories.FirstOrDefault(m => m.Id == c.Id)?.Score ?? 100)));
            row.AddRange(
            [
                ReportText.Number(seller.TalkShare),
                ReportText.Number(seller.QuestionShare),
                Int(seller.Questions),
                ReportText.Number(seller.QuestionsPerMinute),
                ReportText.Number(seller.LongestMonologueSeconds),
                ReportText.Number(seller.PatienceSeconds),
                ReportText.Number(seller.GaveAwayShare),
                ReportText.Number(seller.GapConceded),
                Int(seller.PriceNegotiations),
                Int(seller.Findings),
                Text(string.Join("; ", seller.TopFindings.Select(f => $"{f.RuleId} x{f.Count}"))),
                Text(string.Join("; ", seller.Focus.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Source} -{f.PointsPerCall:0.##}/call")))),
                Text(seller.Weakest?.Id ?? string.Empty),
            ]);
            if (batch.HasHistory)
            {
                row.Add(Int(seller.Trend.Count));
                row.Add(seller.Trend.Count > 1 ? ReportText.Number(seller.Trend[^2].MeanScore) : string.Empty);
            }

            Row(csv, row);
        }

        return csv.ToString();
    }

    /// <summary>The per-call table.</summary>
    /// <param name="batch">The report data.</param>
    /// <returns>The CSV text.</returns>
    public static string Calls(ReportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var csv = new StringBuilder();
        var header = new List<string> { "call", "path", "conversation", "sellers", "score" };
        header.AddRange(batch.Categories.Select(c => c.Id + "_score"));
        header.AddRange(["talk_share", "question_share", "seller_questions", "question_rate", "longest_monologue_seconds", "patience_seconds", "gave_away_share", "gap_conceded", "turns", "duration_seconds", "findings", "errors", "warnings", "suggestions", "page"]);
        Row(csv, header);
        foreach (var call in batch.Calls)
        {
            var result = call.Result;
            var metrics = result.Metrics;
            var row = new List<string>
            {
                Int(call.Number), Text(call.Path), Text(result.ConversationId), Text(string.Join("; ", call.Sellers.Select(s => s.Name))), ReportText.Number(result.Score.Overall),
            };
            row.AddRange(batch.Categories.Select(c => ReportText.Number(result.Score.Categories.FirstOrDefault(s => s.Id == c.Id)?.Score ?? 100)));
            row.AddRange(
            [
                ReportText.Number(Metric(metrics, MetricCatalog.SellerTalkShare)),
                ReportText.Number(Metric(metrics, MetricCatalog.SellerQuestionShare)),
                ReportText.Number(Metric(metrics, MetricCatalog.SellerQuestions)),
                ReportText.Number(Metric(metrics, MetricCatalog.SellerQuestionRate)),
                ReportText.Number(Metric(metrics, MetricCatalog.SellerLongestMonologueSeconds)),
                ReportText.Number(Metric(metrics, MetricCatalog.SellerPatienceSeconds)),
                ReportText.Number(Metric(metrics, MetricCatalog.SellerGaveAwayShare)),
                ReportText.Number(Metric(metrics, MetricCatalog.SellerGapConceded)),
                ReportText.Number(Metric(metrics, MetricCatalog.Turns)),
                ReportText.Number(Metric(metrics, MetricCatalog.DurationSeconds)),
                Int(result.Diagnostics.Count),
                Int(result.Diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Error)),
                Int(result.Diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Warning)),
                Int(result.Diagnostics.Count(d => d.Severity == Diagnostics.DiagnosticSeverity.Suggestion)),
                Text("calls/" + call.PageName),
            ]);
            Row(csv, row);
        }

        return csv.ToString();
    }

    /// <summary>One row per finding.</summary>
    /// <param name="batch">The report data.</param>
    /// <returns>The CSV text.</returns>
    public static string Findings(ReportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var csv = new StringBuilder();
        Row(csv, ["call", "path", "conversation", "sellers", "rule", "severity", "category", "turn", "start_seconds", "speaker", "message", "suggestion"]);
        foreach (var call in batch.Calls)
        {
            foreach (var d in call.Result.Diagnostics)
            {
                Row(csv,
                [
                    Int(call.Number), Text(call.Path), Text(call.Result.ConversationId), Text(string.Join("; ", call.Sellers.Select(s => s.Name))),
                    Text(d.RuleId), SeverityNames.ToName(d.Severity), Text(d.Category),
                    d.Location.Turn is int turn ? Int(turn + 1) : string.Empty,
                    ReportText.Number(d.Location.StartSeconds),
                    Text(d.Location.Speaker ?? string.Empty),
                    Text(d.Message),
                    Text(d.Suggestion?.Sentence ?? string.Empty),
                ]);
            }
        }

        return csv.ToString();
    }

    /// <summary>Quotes a cell when needed (comma, quote, line break, or leading/trailing space).</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The cell as written.</returns>
    public static string Quote(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var needs = cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' '));
        return needs ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>Guards a text cell against being run as a spreadsheet formula (a leading <c>= + - @</c>, tab or carriage return).</summary>
    /// <param name="text">Untrusted text.</param>
    /// <returns>The text, with an apostrophe in front when it would start a formula.</returns>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static double? Metric(IReadOnlyDictionary<string, double> metrics, string name) => metrics.TryGetValue(name, out var v) ? v : null;

    private static void Row(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(",", cells.Select(Quote))).Append("\r\n");
}

/// <summary>The report's figures as one JSON document (<c>report.json</c>) for dashboards.</summary>
internal static class JsonReportWriter
{
    /// <summary>Serializes the report's summary, sellers (with trend), calls (with score, metrics and findings) and unreadable files.</summary>
    /// <param name="batch">The report data.</param>
    /// <returns>Indented JSON in SalesLint's conventions (camelCase, no nulls).</returns>
    public static string Write(ReportBatch batch) => JsonSerializer.Serialize(Document(batch), CliJson.Report);

    /// <summary>Writes the document of <see cref="Write(ReportBatch)"/> to a file as it is serialized (a batch of any size is never one string).</summary>
    /// <param name="batch">The report data.</param>
    /// <param name="path">The file.</param>
    public static void WriteFile(ReportBatch batch, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        JsonSerializer.Serialize(stream, Document(batch), CliJson.Report);
    }

    /// <summary>The document <see cref="Write(ReportBatch)"/> serializes.</summary>
    /// <param name="batch">The report data.</param>
    /// <returns>The document.</returns>
    internal static ReportDocument Document(ReportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new ReportDocument(
            batch.Title,
            batch.GeneratedUtc,
            new ReportSummaryDocument(
                batch.Files,
                batch.Calls.Count,
                batch.Sellers.Count(s => s.Name != ReportBatch.NoSeller),
                batch.Errors.Count,
                batch.MeanScore is double m ? Math.Round(m, 2) : null),
            batch.Categories,
            [.. batch.Sellers.Select(s => new ReportSellerDocument(
                s.Name,
                s.Calls,
                s.MeanScore,
                s.Categories.ToDictionary(c => c.Id, c => c.Score),
                s.TalkShare,
                s.QuestionShare,
                s.Questions,
                s.QuestionsPerMinute,
                s.LongestMonologueSeconds,
                s.PatienceSeconds,
                s.GaveAwayShare,
                s.GapConceded,
                s.PriceNegotiations,
                s.Findings,
                s.TopFindings,
                s.Focus,
                s.Weakest?.Id,
                s.CallNumbers,
                s.Trend.Count == 0 ? null : s.Trend))],
            [.. batch.Calls.Select(c => new ReportCallDocument(
                c.Number, c.Path, c.Result.ConversationId, "calls/" + c.PageName, c.Sellers, c.Result.Score, c.Result.Metrics, c.Result.Diagnostics))],
            batch.Errors);
    }
}
