using System.Globalization;
using System.Text;
using SalesLint.Diagnostics;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Negotiation;

namespace SalesLint.Cli.Reports;

/// <summary>A call's page: score, what cost points, an SVG timeline of turns and findings, the negotiation chart when the call has positions, and the transcript with findings highlighted.</summary>
internal static class CallPage
{
    private const int LabelLength = 22;

    /// <summary>Renders one call's page (it lives in the report's <c>calls/</c> folder).</summary>
    /// <param name="batch">The report (for its title, categories and rule titles; a header without calls will do).</param>
    /// <param name="call">The call.</param>
    /// <param name="nonce">The page's CSP nonce.</param>
    /// <returns>The whole HTML document.</returns>
    public static string Render(ReportBatch batch, CallRecord call, string nonce)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(call);
        var inv = CultureInfo.InvariantCulture;
        var result = call.Result;
        var conversation = call.RequireConversation();
        var b = new StringBuilder(64 * 1024);
        b.Append("<header class=\"top\">\n<p class=\"crumb\"><a href=\"../index.html\">← ").Append(ReportText.Html(batch.Title)).Append("</a></p>\n");
        b.Append("<h1>").Append(ReportText.Html(result.ConversationId)).Append("</h1>\n<p class=\"meta\">");
        b.Append("<span class=\"path\">").Append(ReportText.Html(call.Path)).Append("</span>");
        b.Append(" · seller: <strong class=\"seller-name\">").Append(call.Sellers.Count == 0 ? ReportText.Html(call.SellerNames) : string.Join(", ", call.Sellers.Select(s => ReportText.Name(s.Name)))).Append("</strong>");
        var buyers = conversation.Participants.Where(p => p.Role == SpeakerRole.Buyer).Select(p => ReportText.Name(p.Name)).ToList();
        if (buyers.Count > 0)
        {
            b.Append(" · buyer: ").Append(string.Join(", ", buyers));
        }

        b.Append(inv, $" · {conversation.Turns.Count} turns");
        if (result.Metrics.TryGetValue(MetricCatalog.DurationSeconds, out var duration))
        {
            b.Append(" · ").Append(ReportText.Clock(duration));
        }

        b.Append("</p>\n</header>\n<main>\n");
        WriteCards(b, batch, call);
        WriteTimeline(b, call);
        NegotiationChart.Write(b, conversation, conversation.Ledger, result.Metrics);
        WriteWholeCallFindings(b, batch, call);
        WriteTranscript(b, batch, call);
        b.Append("</main>\n");
        return HtmlPage.Render($"{result.ConversationId} · {batch.Title}", b.ToString(), nonce);
    }

    private static void WriteCards(StringBuilder b, ReportBatch batch, CallRecord call)
    {
        var inv = CultureInfo.InvariantCulture;
        var score = call.Result.Score;
        b.Append("<section class=\"cards\">\n");
        b.Append("<div class=\"card score-card band-").Append(ReportText.Band(score.Overall)).Append("\"><div class=\"big\" id=\"call-score\">").Append(ReportText.Score(score.Overall))
            .Append("</div><div class=\"sub\">score out of 100</div></div>\n");

        b.Append("<div class=\"card\"><h3>Categories</h3><table class=\"mini\">");
        foreach (var category in score.Categories)
        {
            b.Append("<tr><th scope=\"row\">").Append(ReportText.Html(category.Title)).Append("</th><td class=\"num band-").Append(ReportText.Band(category.Score)).Append("\">")
                .Append(ReportText.Score(category.Score)).Append("</td></tr>");
        }

        b.Append("</table></div>\n");

        b.Append("<div class=\"card\"><h3>Seller</h3><table class=\"mini seller-figures\"><tr><th></th><th class=\"num\" title=\"Share of the talking\">talk</th>")
            .Append("<th class=\"num\" title=\"Questions as a share of questions and statements (number of questions)\">question share</th>")
            .Append("<th class=\"num\" title=\"Questions per minute\">question rate</th><th class=\"num\" title=\"Longest stretch without the buyer speaking\">longest monologue</th>")
            .Append("<th class=\"num\" title=\"Mean seconds waited after a question before the buyer spoke\">patience</th></tr>");
        foreach (var seller in call.Sellers)
        {
            b.Append("<tr><th scope=\"row\">").Append(ReportText.Name(seller.Name)).Append("</th><td class=\"num\">").Append(ReportText.Percent(seller.TalkShare))
                .Append("</td><td class=\"num\">").Append(ReportText.Percent(seller.QuestionShare)).Append(inv, $" <span class=\"sub\">({seller.Questions})</span></td>")
                .Append("<td class=\"num\">").Append(seller.QuestionsPerMinute is double rate ? rate.ToString("0.0", inv) + "/min" : "–").Append("</td>")
                .Append("<td class=\"num\">").Append(seller.LongestMonologueSeconds is double monologue ? ReportText.Clock(monologue) : "–").Append("</td>")
                .Append("<td class=\"num\">").Append(seller.PatienceSeconds is double patience ? patience.ToString("0.0", inv) + " s" : "–").Append("</td></tr>");
        }

        if (call.Sellers.Count == 0)
        {
            b.Append("<tr><td colspan=\"6\" class=\"none\">No participant has the seller role; pass --seller NAME.</td></tr>");
        }

        b.Append("</table></div>\n");

        b.Append("<div class=\"card wide\"><h3>What cost points <span class=\"unit\">(points of the overall score)</span></h3>");
        if (score.Deductions.Count == 0)
        {
            b.Append("<p class=\"none\">Nothing: a clean call.</p>");
        }
        else
        {
            var totalWeight = score.Categories.Sum(c => c.Weight);
            b.Append("<ul class=\"deductions\">");
            foreach (var (d, points) in ScorePoints.Overall(score))
            {
                var category = score.Categories.FirstOrDefault(c => c.Id == d.Category);
                var share = category is null || totalWeight <= 0 ? 0 : category.Weight / totalWeight;
                var detail = string.Create(inv, $"{d.Points:0.#} points off {category?.Title ?? d.Category} (scored 0–100, {share:0%} of the overall score)");
                b.Append("<li data-source=\"").Append(ReportText.Html(d.Source)).Append("\"><strong>").Append(ReportText.Html(ReportBuilder.Label(d.Source, batch.RuleTitles)))
                    .Append("</strong> <span class=\"pts\" title=\"").Append(ReportText.Html(detail)).Append("\">−").Append(ReportText.Points(points)).Append(" pts · ")
                    .Append(ReportText.Html(category?.Title ?? d.Category)).Append("</span> <span class=\"sub\">").Append(ReportText.Html(d.Source)).Append("</span></li>");
            }

            b.Append("</ul>");
            b.Append("<p class=\"sub total\">Together ").Append(ReportText.Points(100 - score.Overall)).Append(" pts: the score is 100 minus these.</p>");
        }

        b.Append("</div>\n</section>\n");
    }

    private static void WriteTimeline(StringBuilder b, CallRecord call)
    {
        var inv = CultureInfo.InvariantCulture;
        var conversation = call.RequireConversation();
        var diagnostics = call.Result.Diagnostics;
        var layout = TimelineLayout.Build(conversation, diagnostics);
        b.Append("<section>\n<h2>Timeline</h2>\n<p class=\"hint\">Each bar is a turn, on its speaker's row, along ")
            .Append(layout.ByTime ? "the call's time" : "the words spoken (the transcript has no timestamps)")
            .Append(". ◆ marks a finding where it occurs. Hover over or click a mark or a bar to see it here; click again to unpin.</p>\n");
        b.Append("<div class=\"timeline-wrap\">\n");
        b.Append(inv, $"<svg id=\"timeline\" class=\"timeline\" viewBox=\"0 0 {TimelineLayout.Width} {layout.Height:0.#}\" role=\"img\" aria-label=\"Timeline of {conversation.Turns.Count} turns and {layout.Markers.Count} findings\" data-axis=\"{(layout.ByTime ? "time" : "words")}\">\n");

        // Findings track label and grid.
        var trackTop = layout.MarkerY(layout.Levels - 1) - (TimelineLayout.LevelHeight / 2);
        b.Append(inv, $"<text class=\"lane-label\" x=\"{TimelineLayout.PlotLeft - 10}\" y=\"{(trackTop + layout.LanesTop - 8) / 2:0.#}\" text-anchor=\"end\" dominant-baseline=\"middle\">findings</text>\n");
        foreach (var tick in layout.Ticks())
        {
            var x = layout.XOf(tick);
            b.Append(inv, $"<line class=\"grid\" x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{trackTop:0.#}\" y2=\"{layout.AxisTop:0.#}\"/>");
            var label = layout.ByTime ? ReportText.Clock(tick) : tick.ToString("0", inv);
            b.Append(inv, $"<text class=\"tick\" x=\"{x:0.##}\" y=\"{layout.AxisTop + 16:0.#}\" text-anchor=\"{(tick == 0 ? "start" : "middle")}\">{label}</text>\n");
        }

        b.Append(inv, $"<text class=\"axis-title\" x=\"{TimelineLayout.PlotLeft - 10}\" y=\"{layout.AxisTop + 16:0.#}\" text-anchor=\"end\">{(layout.ByTime ? "time (m:ss)" : "words")}</text>\n");

        foreach (var lane in layout.Lanes)
        {
            var top = layout.LaneTop(lane.Index);
            var laneName = ReportText.WithoutBidiControls(lane.Name);
            var name = laneName.Length > LabelLength ? laneName[..(LabelLength - 1)] + "…" : laneName;
            b.Append(inv, $"<rect class=\"lane role-{RoleClass(lane.Role)}\" x=\"{TimelineLayout.PlotLeft}\" y=\"{top:0.#}\" width=\"{TimelineLayout.PlotRight - TimelineLayout.PlotLeft}\" height=\"{TimelineLayout.LaneHeight}\"/>");
            b.Append(inv, $"<text class=\"lane-label role-{RoleClass(lane.Role)}\" x=\"{TimelineLayout.PlotLeft - 10}\" y=\"{top + (TimelineLayout.LaneHeight / 2):0.#}\" text-anchor=\"end\" dominant-baseline=\"middle\">")
                .Append(ReportText.Html(name)).Append("<title>").Append(ReportText.Html($"{laneName} ({RoleClass(lane.Role)})")).Append("</title></text>\n");
        }

        foreach (var bar in layout.Bars)
        {
            var turn = conversation.Turns[bar.Turn];
            var top = layout.LaneTop(bar.Lane);
            var when = layout.ByTime ? $"{ReportText.Clock(bar.Start)}–{ReportText.Clock(bar.End)}" : $"{turn.WordCount} words";
            var excerpt = turn.Text.Length > 160 ? turn.Text[..159] + "…" : turn.Text;
            b.Append(inv, $"<rect class=\"bar role-{RoleClass(turn.Role)}\" data-turn=\"{bar.Turn}\" tabindex=\"0\" role=\"button\" aria-label=\"Turn {bar.Turn + 1}\" x=\"{bar.X:0.##}\" y=\"{top + 2:0.#}\" width=\"{bar.Width:0.##}\" height=\"{TimelineLayout.LaneHeight - 4}\" rx=\"2\">");
            b.Append("<title>").Append(ReportText.Html(string.Create(inv, $"Turn {bar.Turn + 1} · {ReportText.WithoutBidiControls(turn.Speaker.Name)} · {when}: {excerpt}"))).Append("</title></rect>\n");
        }

        foreach (var marker in layout.Markers)
        {
            var diagnostic = diagnostics[marker.Finding];
            var y = layout.MarkerY(marker.Level);
            var laneMiddle = layout.LaneTop(marker.Lane) + 2;
            var severity = SeverityNames.ToName(diagnostic.Severity);
            b.Append(inv, $"<line class=\"stem sev-{severity}\" data-f=\"{marker.Finding}\" x1=\"{marker.X:0.##}\" x2=\"{marker.X:0.##}\" y1=\"{y + 6:0.#}\" y2=\"{laneMiddle:0.#}\"/>");
            b.Append(inv, $"<g class=\"mark sev-{severity}\" data-f=\"{marker.Finding}\" data-turn=\"{marker.Turn}\" tabindex=\"0\" role=\"button\" aria-label=\"{ReportText.Html(diagnostic.RuleId)} {severity} in turn {marker.Turn + 1}\" transform=\"translate({marker.X:0.##} {y:0.#})\">");
            b.Append("<path d=\"M0,-6.5 L6.5,0 L0,6.5 L-6.5,0 Z\"/><title>").Append(ReportText.Html($"{diagnostic.RuleId}: {diagnostic.Message}")).Append("</title></g>\n");
        }

        b.Append("</svg>\n");
        b.Append("<aside id=\"detail\" class=\"detail\" aria-live=\"polite\"><p class=\"placeholder\">Hover over or click a ◆ mark to see the finding and its suggested rewrite, or a bar to see the turn.</p></aside>\n");
        b.Append("</div>\n<ul class=\"key\"><li><span class=\"swatch role-seller\"></span>seller</li><li><span class=\"swatch role-buyer\"></span>buyer</li><li><span class=\"swatch role-other\"></span>other</li>")
            .Append("<li><span class=\"diamond sev-error\"></span>error</li><li><span class=\"diamond sev-warning\"></span>warning</li><li><span class=\"diamond sev-suggestion\"></span>suggestion</li></ul>\n</section>\n");
    }

    private static void WriteWholeCallFindings(StringBuilder b, ReportBatch batch, CallRecord call)
    {
        var whole = call.Result.Diagnostics.Select((d, i) => (Diagnostic: d, Index: i)).Where(x => x.Diagnostic.Location.Turn is null).ToList();
        if (whole.Count == 0)
        {
            return;
        }

        b.Append("<section>\n<h2>About the whole call</h2>\n<div class=\"notes\">\n");
        foreach (var (diagnostic, index) in whole)
        {
            WriteNote(b, batch, diagnostic, index);
        }

        b.Append("</div>\n</section>\n");
    }

    private static void WriteTranscript(StringBuilder b, ReportBatch batch, CallRecord call)
    {
        var inv = CultureInfo.InvariantCulture;
        var diagnostics = call.Result.Diagnostics;
        var byTurn = diagnostics.Select((d, i) => (Diagnostic: d, Index: i)).Where(x => x.Diagnostic.Location.Turn is not null).ToLookup(x => x.Diagnostic.Location.Turn!.Value);
        b.Append("<section>\n<h2>Transcript</h2>\n<ol class=\"transcript\">\n");
        foreach (var turn in call.RequireConversation().Turns)
        {
            var findings = byTurn[turn.Index].ToList();
            b.Append(inv, $"<li id=\"t-{turn.Index}\" class=\"turn role-{RoleClass(turn.Role)}{(findings.Count > 0 ? " has-findings" : string.Empty)}\" data-turn=\"{turn.Index}\">");
            b.Append(inv, $"<div class=\"turn-head\"><span class=\"turn-no\">{turn.Index + 1}</span> <span class=\"speaker\">").Append(ReportText.Name(turn.Speaker.Name)).Append("</span>");
            if (turn.Start is double start)
            {
                b.Append(" <span class=\"time\">").Append(ReportText.Clock(start)).Append("</span>");
            }

            b.Append("</div>\n<p class=\"text\">");
            var spans = findings.Select(f => (f.Index, f.Diagnostic.Location.Span ?? new TextSpan(0, turn.Text.Length)));
            foreach (var segment in InlineHighlights.Segments(turn.Text.Length, spans))
            {
                var text = ReportText.Html(turn.Text.Substring(segment.Start, segment.Length));
                if (segment.Findings.Count == 0)
                {
                    b.Append(text);
                    continue;
                }

                var worst = segment.Findings.Max(i => diagnostics[i].Severity);
                var rules = string.Join(", ", segment.Findings.Select(i => diagnostics[i].RuleId).Distinct());
                b.Append("<mark class=\"hl sev-").Append(SeverityNames.ToName(worst)).Append("\" data-f=\"").Append(string.Join(" ", segment.Findings.Select(i => i.ToString(inv))))
                    .Append("\" title=\"").Append(ReportText.Html(rules)).Append("\">").Append(text).Append("</mark>");
            }

            b.Append("</p>\n");
            if (findings.Count > 0)
            {
                b.Append("<div class=\"notes\">\n");
                foreach (var (diagnostic, index) in findings)
                {
                    WriteNote(b, batch, diagnostic, index);
                }

                b.Append("</div>\n");
            }

            b.Append("</li>\n");
        }

        b.Append("</ol>\n</section>\n");
    }

    private static void WriteNote(StringBuilder b, ReportBatch batch, Diagnostic diagnostic, int index)
    {
        var inv = CultureInfo.InvariantCulture;
        var severity = SeverityNames.ToName(diagnostic.Severity);
        b.Append(inv, $"<div class=\"note sev-{severity}\" id=\"f-{index}\" data-f=\"{index}\"");
        if (diagnostic.Location.Turn is int turn)
        {
            b.Append(inv, $" data-turn=\"{turn}\"");
        }

        b.Append("><div class=\"note-head\"><span class=\"sev\">").Append(severity).Append("</span> <a class=\"rule\" href=\"").Append(ReportText.Html(diagnostic.HelpLink)).Append("\">")
            .Append(ReportText.Html(diagnostic.RuleId)).Append("</a> <span class=\"rule-title\">").Append(ReportText.Html(batch.RuleTitles.GetValueOrDefault(diagnostic.RuleId, diagnostic.Category)))
            .Append("</span>");
        if (diagnostic.Location.Turn is int t)
        {
            b.Append(inv, $" <a class=\"goto\" href=\"#t-{t}\">turn {t + 1}</a>");
        }

        b.Append("</div>\n<p class=\"msg\">").Append(ReportText.Html(diagnostic.Message)).Append("</p>\n");
        if (diagnostic.Suggestion is { } suggestion)
        {
            b.Append("<p class=\"rewrite\"><span class=\"lbl\">Suggested rewrite:</span> <q>").Append(ReportText.Html(suggestion.Sentence)).Append("</q></p>\n");
        }

        b.Append("</div>\n");
    }

    private static string RoleClass(SpeakerRole role) => role switch
    {
        SpeakerRole.Seller => "seller",
        SpeakerRole.Buyer => "buyer",
        _ => "other",
    };
}
