using System.Globalization;
using System.Text;
using SalesLint.Metrics;

namespace SalesLint.Cli.Reports;

/// <summary>The report's <c>index.html</c>: a sortable table of sellers (who needs coaching on what), then the calls.</summary>
internal static class OverviewPage
{
    private const int ChipCount = 3;

    /// <summary>Renders the overview page.</summary>
    /// <param name="batch">The report data.</param>
    /// <param name="nonce">The page's CSP nonce.</param>
    /// <returns>The whole HTML document.</returns>
    public static string Render(ReportBatch batch, string nonce)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var b = new StringBuilder(32 * 1024);
        var inv = CultureInfo.InvariantCulture;
        var real = batch.Sellers.Count(s => s.Name != ReportBatch.NoSeller);
        b.Append("<header class=\"top\">\n<h1>").Append(ReportText.Html(batch.Title)).Append("</h1>\n");
        b.Append(inv, $"<p class=\"meta\">Generated {batch.GeneratedUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC · {batch.Files} file(s) · <span id=\"call-count\">{batch.Calls.Count}</span> call(s) · <span id=\"seller-count\">{real}</span> seller(s)");
        if (batch.MeanScore is double mean)
        {
            b.Append(" · mean score ").Append(ReportText.Score(mean));
        }

        b.Append("</p>\n<p class=\"downloads\">Data for spreadsheets and dashboards: <a href=\"sellers.csv\">sellers.csv</a> · <a href=\"calls.csv\">calls.csv</a> · <a href=\"findings.csv\">findings.csv</a> · <a href=\"report.json\">report.json</a></p>\n</header>\n<main>\n");

        if (batch.Errors.Count > 0)
        {
            b.Append("<section id=\"errors\" class=\"errors\">\n<h2>Files that could not be read</h2>\n<ul>\n");
            foreach (var error in batch.Errors)
            {
                b.Append("<li><code>").Append(ReportText.Html(Output.TextFormatter.Where(error))).Append("</code>: ").Append(ReportText.Html(Output.TextFormatter.Describe(error))).Append("</li>\n");
            }

            b.Append("</ul>\n</section>\n");
        }

        OverviewCharts.WriteGlance(b, batch);
        WriteSellers(b, batch);
        WriteCalls(b, batch);
        WriteLegend(b, batch);
        b.Append("</main>\n");
        return HtmlPage.Render(batch.Title, b.ToString(), nonce);
    }

    private static void WriteSellers(StringBuilder b, ReportBatch batch)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append("<section>\n<h2>Sellers: who needs coaching on what</h2>\n");
        b.Append("<p class=\"hint\">Lowest mean score first. Click a column heading to sort; click a name to list that seller's calls.</p>\n");
        b.Append("<div class=\"scroll\"><table id=\"sellers\" class=\"sortable\">\n<thead><tr>");
        b.Append("<th data-sort=\"text\" scope=\"col\">Seller</th><th data-sort=\"num\" scope=\"col\" class=\"num\">Calls</th>");
        b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\" aria-sort=\"ascending\">Mean score</th>");
        b.Append("<th scope=\"col\" title=\"How the seller's call scores spread, 0 to 100 in steps of 10\">Scores</th>");
        if (batch.HasHistory)
        {
            b.Append("<th data-sort=\"num\" scope=\"col\" title=\"Mean score per report run; the change is since the previous run\">Trend</th>");
        }

        b.Append("<th data-sort=\"num\" scope=\"col\" title=\"What cost the most points of the overall score (0–100) per call\">Coach on <span class=\"unit\">pts/call</span></th>");
        foreach (var category in batch.Categories)
        {
            b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\">").Append(ReportText.Html(category.Title)).Append("</th>");
        }

        b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\" title=\"Mean share of the talking done by the seller\">Talk share</th>");
        b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\" title=\"The seller's questions as a share of their questions and statements\">Question share</th>");
        b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\" title=\"Share of the opening price gap given away in unconditional concessions that got nothing back, mean over the seller's calls with a price negotiation\">Gave away</th>");
        b.Append("<th data-sort=\"num\" scope=\"col\" title=\"Number of findings, and the most frequent rules\">Findings</th>");
        b.Append("</tr></thead>\n<tbody>\n");
        foreach (var seller in batch.Sellers)
        {
            var name = ReportText.Html(seller.Name);
            b.Append("<tr>");
            b.Append("<th scope=\"row\" data-v=\"").Append(name).Append("\"><button type=\"button\" class=\"who\" data-seller=\"").Append(name).Append("\"><bdi>").Append(name).Append("</bdi></button></th>");
            b.Append(inv, $"<td class=\"num\" data-v=\"{seller.Calls}\">{seller.Calls}</td>");
            ScoreCell(b, seller.MeanScore, "score");
            b.Append("<td class=\"dist\">");
            OverviewCharts.WriteSellerHistogram(b, seller);
            b.Append("</td>");
            if (batch.HasHistory)
            {
                TrendCell(b, seller);
            }

            b.Append("<td class=\"focus\" data-v=\"").Append(ReportText.Number(seller.Focus.Count > 0 ? seller.Focus[0].PointsPerCall : 0)).Append("\">");
            if (seller.Focus.Count == 0)
            {
                b.Append("<span class=\"none\">nothing significant</span>");
            }
            else
            {
                b.Append("<ol class=\"focus-list\">");
                foreach (var focus in seller.Focus.Take(ChipCount))
                {
                    b.Append("<li data-source=\"").Append(ReportText.Html(focus.Source)).Append("\"><span class=\"focus-label\">").Append(ReportText.Html(focus.Label)).Append("</span> <span class=\"pts\">−")
                        .Append(ReportText.Points(focus.PointsPerCall)).Append(" pts/call · ").Append(ReportText.Html(focus.Category)).Append("</span></li>");
                }

                b.Append("</ol>");
            }

            b.Append("</td>");
            foreach (var category in batch.Categories)
            {
                var mean = seller.Categories.FirstOrDefault(c => c.Id == category.Id)?.Score ?? 100;
                ScoreCell(b, mean, seller.Weakest?.Id == category.Id ? "weakest" : null);
            }

            var talkFlag = seller.Focus.Any(f => f.Source == "metric:" + MetricCatalog.SellerTalkShare) ? " flag" : string.Empty;
            var questionFlag = seller.Focus.Any(f => f.Source is "metric:" + MetricCatalog.SellerQuestionShare or "SL1001") ? " flag" : string.Empty;
            b.Append("<td class=\"num talk").Append(talkFlag).Append("\" data-v=\"").Append(ReportText.Number(seller.TalkShare)).Append("\">").Append(ReportText.Percent(seller.TalkShare)).Append("</td>");
            b.Append("<td class=\"num qrate").Append(questionFlag).Append("\" data-v=\"").Append(ReportText.Number(seller.QuestionShare)).Append("\">").Append(ReportText.Percent(seller.QuestionShare))
                .Append(inv, $"<span class=\"sub\">{seller.Questions} q</span></td>");
            b.Append("<td class=\"num gave-away\" data-v=\"").Append(ReportText.Number(seller.GaveAwayShare)).Append("\">");
            if (seller.GaveAwayShare is double gave)
            {
                b.Append(ReportText.Percent(gave)).Append(inv, $"<span class=\"sub\">{seller.PriceNegotiations} call{(seller.PriceNegotiations == 1 ? string.Empty : "s")}</span>");
            }
            else
            {
                b.Append("—<span class=\"sub\" title=\"no call where both sides named a price\">no price gap</span>");
            }

            b.Append("</td>");
            b.Append(inv, $"<td class=\"findings\" data-v=\"{seller.Findings}\"><span class=\"total\">{seller.Findings}</span>");
            if (seller.TopFindings.Count > 0)
            {
                b.Append("<ul class=\"chips\">");
                foreach (var finding in seller.TopFindings.Take(ChipCount))
                {
                    b.Append("<li class=\"chip\" title=\"").Append(ReportText.Html(finding.Title)).Append("\"><span class=\"rule\">").Append(ReportText.Html(finding.RuleId))
                        .Append(inv, $"</span> <span class=\"count\">×{finding.Count}</span></li>");
                }

                b.Append("</ul>");
            }

            b.Append("</td>");
            b.Append("</tr>\n");
        }

        b.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteCalls(StringBuilder b, ReportBatch batch)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append("<section>\n<h2>Calls</h2>\n");
        b.Append("<p id=\"filter\" class=\"filter\" hidden>Showing the calls of <strong id=\"filter-name\"></strong>. <button type=\"button\" id=\"filter-clear\">Show all calls</button></p>\n");
        b.Append("<p class=\"hint\">Open a call to see its timeline and the transcript with the findings marked.</p>\n");
        b.Append("<div class=\"scroll\"><table id=\"calls\" class=\"sortable\">\n<thead><tr>");
        b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\">#</th><th data-sort=\"text\" scope=\"col\">Call</th><th data-sort=\"text\" scope=\"col\">Seller</th><th data-sort=\"text\" scope=\"col\">File</th>");
        b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\">Score</th>");
        foreach (var category in batch.Categories)
        {
            b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\">").Append(ReportText.Html(category.Title)).Append("</th>");
        }

        b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\">Talk share</th><th data-sort=\"num\" scope=\"col\" class=\"num\">Question share</th>");
        b.Append("<th data-sort=\"num\" scope=\"col\" class=\"num\">Findings</th><th data-sort=\"num\" scope=\"col\" class=\"num\">Length</th></tr></thead>\n<tbody>\n");
        foreach (var call in batch.Calls)
        {
            var result = call.Result;
            var sellers = call.Sellers.Count == 0 ? ReportBatch.NoSeller : string.Join("\n", call.Sellers.Select(s => s.Name));
            b.Append("<tr data-sellers=\"").Append(ReportText.Html(sellers)).Append("\">");
            b.Append(inv, $"<td class=\"num\" data-v=\"{call.Number}\">{call.Number}</td>");
            b.Append("<td data-v=\"").Append(ReportText.Html(result.ConversationId)).Append("\"><a class=\"call-link\" href=\"calls/").Append(ReportText.Html(call.PageName)).Append("\">")
                .Append(ReportText.Html(result.ConversationId)).Append("</a></td>");
            b.Append("<td>").Append(call.Sellers.Count == 0 ? ReportText.Html(call.SellerNames) : string.Join(", ", call.Sellers.Select(s => ReportText.Name(s.Name)))).Append("</td>");
            b.Append("<td class=\"path\">").Append(ReportText.Html(call.Path).Replace("/", "/<wbr>", StringComparison.Ordinal)).Append("</td>");
            ScoreCell(b, result.Score.Overall, "score");
            foreach (var category in batch.Categories)
            {
                ScoreCell(b, result.Score.Categories.FirstOrDefault(c => c.Id == category.Id)?.Score ?? 100, null);
            }

            var talk = result.Metrics.TryGetValue(MetricCatalog.SellerTalkShare, out var t) ? t : (double?)null;
            var questions = result.Metrics.TryGetValue(MetricCatalog.SellerQuestionShare, out var q) ? q : (double?)null;
            b.Append("<td class=\"num\" data-v=\"").Append(ReportText.Number(talk)).Append("\">").Append(ReportText.Percent(talk)).Append("</td>");
            b.Append("<td class=\"num\" data-v=\"").Append(ReportText.Number(questions)).Append("\">").Append(ReportText.Percent(questions)).Append("</td>");
            b.Append(inv, $"<td class=\"num\" data-v=\"{result.Diagnostics.Count}\">{result.Diagnostics.Count}</td>");
            if (result.Metrics.TryGetValue(MetricCatalog.DurationSeconds, out var duration))
            {
                b.Append("<td class=\"num\" data-v=\"").Append(ReportText.Number(duration)).Append("\">").Append(ReportText.Clock(duration)).Append("</td>");
            }
            else
            {
                var words = result.Metrics.GetValueOrDefault(MetricCatalog.SellerWords) + result.Metrics.GetValueOrDefault(MetricCatalog.BuyerWords);
                b.Append(inv, $"<td class=\"num\" data-v=\"\">{words} words</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void WriteLegend(StringBuilder b, ReportBatch batch)
    {
        b.Append("<section class=\"legend\">\n<h2>How to read this</h2>\n<dl>\n");
        b.Append("<dt>At a glance</dt><dd>Call scores: how many calls scored 0–10, 10–20 … 90–100 (the Scores column shows the same for each seller). Talk share: the bar is the seller's mean share of the talking, the green mark the 43% top sellers keep to, the red dashed line the 65% above which SL3001 warns. Question rate: the seller's questions per minute. Longest monologue: the seller's longest stretch without the buyer speaking, mean per call (SL3002 warns above 2:00). Patience: the mean seconds the seller waits after a question before the buyer speaks.</dd>\n");
        b.Append("<dt>Mean score</dt><dd>The mean of the seller's call scores, 0–100; the category columns are the mean subscores (the weakest is outlined). Red is below 60, amber below 80.</dd>\n");
        b.Append("<dt>Talk share</dt><dd>The seller's share of the talking, by time when the transcript has timestamps, else by words; the mean over the seller's calls.</dd>\n");
        b.Append("<dt>Question share</dt><dd>The seller's questions as a share of their questions and statements, over all their calls (the small figure is the number of questions).</dd>\n");
        b.Append("<dt>Gave away</dt><dd>The share of the gap between the two opening prices (the seller's ask, or the listing price, and the buyer's first offer) the seller gave away in concessions that were not tied to a condition and got nothing back before the seller's next concession (metric <code>seller.gave_away_share</code>); the mean over the seller's calls where both sides named a price, with the number of those calls. — when there was none. Each call's page charts the moves.</dd>\n");
        b.Append("<dt>Findings</dt><dd>The seller's own findings plus the whole-call findings of their calls, with the most frequent rules (hover over a rule for its title).</dd>\n");
        b.Append("<dt>Coach on</dt><dd>What cost the most points per call (a rule, or a metric such as talk share), and the category it costs. Points are always points of the overall score (0–100), here and on the call pages: a category's deduction times the category's share of the weights.</dd>\n");
        if (batch.HasHistory)
        {
            b.Append("<dt>Trend</dt><dd>The seller's mean score in each report run saved in the history database, oldest first; the figure is the change since the previous run.</dd>\n");
        }

        b.Append("</dl>\n</section>\n");
    }

    private static void ScoreCell(StringBuilder b, double score, string? extra)
    {
        b.Append("<td class=\"num band-").Append(ReportText.Band(score)).Append(extra is null ? string.Empty : " " + extra).Append("\" data-v=\"")
            .Append(ReportText.Number(score)).Append("\">").Append(ReportText.Score(score)).Append("</td>");
    }

    private static void TrendCell(StringBuilder b, SellerSummary seller)
    {
        var inv = CultureInfo.InvariantCulture;
        var points = seller.Trend;
        if (points.Count == 0)
        {
            b.Append("<td class=\"trend\" data-v=\"\"><span class=\"none\">–</span></td>");
            return;
        }

        double? delta = points.Count > 1 ? points[^1].MeanScore - points[^2].MeanScore : null;
        b.Append("<td class=\"trend\" data-v=\"").Append(ReportText.Number(delta)).Append("\">");
        const double width = 90, height = 26, pad = 4;
        b.Append(inv, $"<svg class=\"spark\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Mean score over {points.Count} run(s)\">");
        var step = points.Count > 1 ? (width - (2 * pad)) / (points.Count - 1) : 0;
        var coordinates = points.Select((p, i) => (X: pad + (i * step), Y: pad + ((100 - Math.Clamp(p.MeanScore, 0, 100)) / 100 * (height - (2 * pad))))).ToList();
        b.Append(inv, $"<line class=\"spark-base\" x1=\"{pad}\" x2=\"{width - pad}\" y1=\"{height - pad}\" y2=\"{height - pad}\"/>");
        if (points.Count > 1)
        {
            b.Append("<polyline class=\"spark-line\" points=\"").Append(string.Join(" ", coordinates.Select(c => string.Create(inv, $"{c.X:0.#},{c.Y:0.#}")))).Append("\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            b.Append(inv, $"<circle class=\"spark-dot{(i == points.Count - 1 ? " last" : string.Empty)}\" cx=\"{coordinates[i].X:0.#}\" cy=\"{coordinates[i].Y:0.#}\" r=\"{(i == points.Count - 1 ? 3 : 2)}\">");
            b.Append(inv, $"<title>{p.CreatedUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {ReportText.Score(p.MeanScore)} ({p.Calls} call(s))</title></circle>");
        }

        b.Append("</svg>");
        if (delta is double d)
        {
            var cls = d > 0.05 ? "up" : d < -0.05 ? "down" : "flat";
            var sign = d > 0.05 ? "+" : d < -0.05 ? "−" : "±";
            b.Append("<span class=\"delta ").Append(cls).Append("\">").Append(sign).Append(Math.Abs(d).ToString("0.0", inv)).Append("</span>");
        }
        else
        {
            b.Append("<span class=\"delta first\">first run</span>");
        }

        b.Append(inv, $"<span class=\"sub\">{points.Count} run(s)</span></td>");
    }
}
