using System.Globalization;
using System.Text;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Negotiation;

namespace SalesLint.Cli.Reports;

/// <summary>
/// The call page's negotiation chart (the "negotiation dance"): each side's position per issue over the call, the
/// concessions marked by whether they were reciprocated and whether they were conditional, and the deal; with the moves
/// as a table for readers who do not see the chart.
/// </summary>
internal static class NegotiationChart
{
    private const double MarkSize = 5.5;

    /// <summary>Writes the chart section of a call page, or nothing when the ledger has no move.</summary>
    /// <param name="b">The page being written.</param>
    /// <param name="conversation">The tokenized conversation.</param>
    /// <param name="ledger">Its negotiation ledger.</param>
    /// <param name="metrics">The call's metrics (for the negotiation figures beside the charts).</param>
    public static void Write(StringBuilder b, Conversation conversation, NegotiationLedger ledger, IReadOnlyDictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(metrics);
        var layout = NegotiationChartLayout.Build(conversation, ledger);
        if (layout.Charts.Count == 0)
        {
            return;
        }

        var axis = layout.Axis;
        b.Append("<section id=\"negotiation\">\n<h2>Negotiation</h2>\n<p class=\"hint\">Each side's position on each issue along ")
            .Append(axis.ByTime ? "the call's time" : "the words spoken")
            .Append(", on the same axis as the timeline: a step is a move. Concessions are triangles pointing the way the side moved, green when the other side gave something back before the next concession, red when it did not; hollow ones were tied to a condition. ★ is the deal. Hover over a mark for the move; click it to go to the turn.</p>\n");
        b.Append("<div class=\"dance-wrap\">\n<div class=\"dance-charts\">\n");
        for (var c = 0; c < layout.Charts.Count; c++)
        {
            WriteIssue(b, ledger, layout, layout.Charts[c], c);
        }

        b.Append("</div>\n");
        WriteFigures(b, ledger, metrics);
        b.Append("</div>\n");
        b.Append("<ul class=\"key\"><li><span class=\"swatch role-seller\"></span>seller</li><li><span class=\"swatch role-buyer\"></span>buyer</li>")
            .Append("<li><svg class=\"key-mark\" viewBox=\"-7 -7 14 14\" aria-hidden=\"true\"><circle class=\"nm opening role-seller\" r=\"4.5\"/></svg>opening</li>")
            .Append("<li><svg class=\"key-mark\" viewBox=\"-7 -7 14 14\" aria-hidden=\"true\"><path class=\"nm concession reciprocated\" d=\"").Append(Triangle(0, 0, down: true)).Append("\"/></svg>concession, reciprocated</li>")
            .Append("<li><svg class=\"key-mark\" viewBox=\"-7 -7 14 14\" aria-hidden=\"true\"><path class=\"nm concession unreciprocated\" d=\"").Append(Triangle(0, 0, down: true)).Append("\"/></svg>concession, nothing back</li>")
            .Append("<li><svg class=\"key-mark\" viewBox=\"-7 -7 14 14\" aria-hidden=\"true\"><path class=\"nm concession unreciprocated conditional\" d=\"").Append(Triangle(0, 0, down: true)).Append("\"/></svg>conditional (hollow)</li>")
            .Append("<li><svg class=\"key-mark\" viewBox=\"-7 -7 14 14\" aria-hidden=\"true\"><circle class=\"nm hold role-seller\" r=\"3.5\"/></svg>same or firmer position</li>")
            .Append("<li><svg class=\"key-mark\" viewBox=\"-8 -8 16 16\" aria-hidden=\"true\"><path class=\"nm deal\" d=\"").Append(Star(0, 0)).Append("\"/></svg>deal</li></ul>\n");
        WriteTable(b, ledger, layout);
        b.Append("</section>\n");
    }

    /// <summary>A move in words, as the mark's tooltip and the chart's description say it.</summary>
    /// <param name="ledger">The ledger (for formatting values).</param>
    /// <param name="move">The move.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(NegotiationLedger ledger, NegotiationMove move)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(move);
        var p = move.Position;
        string V(double v) => ledger.Format(p.Issue, p.Item, v);
        var who = PartyName(move.Party);
        var text = move.Kind switch
        {
            MoveKind.Opening => $"{who} opened at {V(move.To)}",
            MoveKind.Deal => $"{who} accepted {V(move.To)}: the deal",
            MoveKind.Hold => move.From is { } f && f != move.To ? $"{who} moved from {V(f)} to {V(move.To)}, away from the other side" : $"{who} held at {V(move.To)}",
            _ => $"{who} conceded from {V(move.From ?? move.To)} to {V(move.To)}"
                + (move.GapShare is { } share ? string.Create(CultureInfo.InvariantCulture, $" ({share:0%} of the gap)") : string.Empty)
                + (move.IsConditional ? $", conditional: {move.Condition}" : ", unconditional")
                + (move.Reciprocated ? $"; reciprocated ({move.ReciprocatedBy ?? "the other side moved"})" : "; got nothing back"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"Turn {p.Turn + 1} · {text}");
    }

    private static void WriteIssue(StringBuilder b, NegotiationLedger ledger, NegotiationChartLayout layout, IssueChart chart, int index)
    {
        var inv = CultureInfo.InvariantCulture;
        var axis = layout.Axis;
        var height = chart.Height;
        var bottom = chart.PlotBottom;
        var concessions = chart.Marks.Count(m => m.Move.Kind == MoveKind.Concession);
        b.Append(inv, $"<figure class=\"dance-chart\" data-issue=\"{ReportText.Html(chart.Title)}\">\n");
        b.Append(inv, $"<svg class=\"dance\" viewBox=\"0 0 {TimelineLayout.Width} {height:0.#}\" role=\"img\" aria-labelledby=\"nc{index}-t nc{index}-d\">");
        b.Append(inv, $"<title id=\"nc{index}-t\">{ReportText.Html($"{chart.Title}: each side's position over the call, {chart.Marks.Count} moves, {concessions} concessions")}</title>");
        b.Append(inv, $"<desc id=\"nc{index}-d\">").Append(ReportText.Html(string.Join(". ", chart.Marks.Select(m => Describe(ledger, m.Move))) + ".")).Append("</desc>\n");

        b.Append(inv, $"<text class=\"dance-title\" x=\"{TimelineLayout.PlotLeft}\" y=\"16\">{ReportText.Html(chart.Title)}</text>\n");
        b.Append(inv, $"<rect class=\"dance-plot\" x=\"{TimelineLayout.PlotLeft}\" y=\"{NegotiationChartLayout.PlotTop}\" width=\"{TimelineLayout.PlotRight - TimelineLayout.PlotLeft}\" height=\"{chart.PlotHeight}\"/>\n");
        foreach (var (value, y) in chart.Ticks)
        {
            b.Append(inv, $"<line class=\"grid\" x1=\"{TimelineLayout.PlotLeft}\" x2=\"{TimelineLayout.PlotRight}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            b.Append(inv, $"<text class=\"tick\" x=\"{TimelineLayout.PlotLeft - 6}\" y=\"{y:0.#}\" text-anchor=\"end\" dominant-baseline=\"middle\">{ReportText.Html(TickLabel(ledger, chart, value))}</text>\n");
        }

        foreach (var tick in axis.Ticks())
        {
            var x = axis.XOf(tick);
            var label = axis.ByTime ? ReportText.Clock(tick) : tick.ToString("0", inv);
            b.Append(inv, $"<line class=\"grid\" x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{NegotiationChartLayout.PlotTop}\" y2=\"{bottom:0.#}\"/>");
            if (chart.ShowsAxis)
            {
                b.Append(inv, $"<text class=\"tick\" x=\"{x:0.##}\" y=\"{bottom + 16:0.#}\" text-anchor=\"{(tick == 0 ? "start" : "middle")}\">{label}</text>\n");
            }
        }

        if (chart.ShowsAxis)
        {
            b.Append(inv, $"<text class=\"axis-title\" x=\"{TimelineLayout.PlotLeft - 10}\" y=\"{bottom + 16:0.#}\" text-anchor=\"end\">{(axis.ByTime ? "time (m:ss)" : "words")}</text>\n");
        }


        if (chart.Listing is { } listing)
        {
            b.Append(inv, $"<line class=\"listing\" x1=\"{TimelineLayout.PlotLeft}\" x2=\"{TimelineLayout.PlotRight}\" y1=\"{listing.Y:0.#}\" y2=\"{listing.Y:0.#}\"/>");
            b.Append(inv, $"<text class=\"listing-label\" x=\"{TimelineLayout.PlotRight - 4}\" y=\"{listing.Y - 4:0.#}\" text-anchor=\"end\">listing {ReportText.Html(ledger.Format(NegotiationIssue.Price, null, listing.Value))}</text>\n");
        }

        // Each side's step line: level at its position until its next move, then a dotted line for where it stands at the end.
        foreach (var line in chart.Lines)
        {
            var role = RoleClass(line.Party);
            var d = new StringBuilder();
            d.Append(inv, $"M{line.Points[0].X:0.##},{line.Points[0].Y:0.#}");
            foreach (var (x, y) in line.Points.Skip(1))
            {
                d.Append(inv, $" H{x:0.##} V{y:0.#}");
            }

            b.Append(inv, $"<path class=\"step role-{role}\" data-party=\"{role}\" d=\"{d}\"/>");
            var last = line.Points[^1];
            b.Append(inv, $"<path class=\"standing role-{role}\" d=\"M{last.X:0.##},{last.Y:0.#} H{TimelineLayout.PlotRight}\"/>\n");
        }

        // One deal label per chart, at the last deal (two deals at the same value would print over each other).
        var labelled = chart.Marks.LastOrDefault(m => m.Move.Kind == MoveKind.Deal);
        foreach (var mark in chart.Marks)
        {
            var move = mark.Move;
            var role = RoleClass(move.Party);
            var turn = move.Position.Turn;
            b.Append(inv, $"<a class=\"nmark role-{role}\" href=\"#t-{turn}\" data-turn=\"{turn}\" data-move=\"{mark.Index}\" data-class=\"{mark.Class}\" aria-label=\"{ReportText.Html(Describe(ledger, move))}\">");
            switch (move.Kind)
            {
                case MoveKind.Concession:
                    var down = move.From is { } from && move.To < from;
                    b.Append(inv, $"<path class=\"nm {mark.Class} role-{role}\" d=\"{Triangle(mark.X, mark.Y, down)}\"/>");
                    break;
                case MoveKind.Deal:
                    b.Append(inv, $"<path class=\"nm deal\" d=\"{Star(mark.X, mark.Y)}\"/>");
                    break;
                case MoveKind.Hold:
                    b.Append(inv, $"<circle class=\"nm hold role-{role}\" cx=\"{mark.X:0.##}\" cy=\"{mark.Y:0.#}\" r=\"3.5\"/>");
                    break;
                default:
                    b.Append(inv, $"<circle class=\"nm opening role-{role}\" cx=\"{mark.X:0.##}\" cy=\"{mark.Y:0.#}\" r=\"4.5\"/>");
                    break;
            }

            b.Append("<title>").Append(ReportText.Html(Describe(ledger, move))).Append("</title></a>\n");
            if (ReferenceEquals(mark, labelled))
            {
                var right = mark.X > TimelineLayout.PlotRight - 120;
                b.Append(inv, $"<text class=\"deal-label\" x=\"{mark.X + (right ? -10 : 10):0.##}\" y=\"{mark.Y - 9:0.#}\" text-anchor=\"{(right ? "end" : "start")}\">deal {ReportText.Html(ledger.Format(move.Position.Issue, move.Position.Item, move.To))}</text>\n");
            }
        }

        b.Append("</svg>\n</figure>\n");
    }

    private static void WriteFigures(StringBuilder b, NegotiationLedger ledger, IReadOnlyDictionary<string, double> metrics)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append("<aside class=\"card dance-figures\"><h3>Figures</h3><table class=\"mini\">");
        void Row(string label, string value, string title) =>
            b.Append("<tr><th scope=\"row\" title=\"").Append(ReportText.Html(title)).Append("\">").Append(label).Append("</th><td class=\"num\">").Append(value).Append("</td></tr>");
        string Price(double v) => ReportText.Html(ledger.Format(NegotiationIssue.Price, null, v));
        if (ledger.ListingPrice is { } listing)
        {
            Row("listing price", Price(listing), "The listing price given with the transcript, taken as the seller's opening");
        }

        if (metrics.TryGetValue(MetricCatalog.SellerOpeningPrice, out var sellerOpening))
        {
            Row("seller's opening", Price(sellerOpening), MetricCatalog.SellerOpeningPrice);
        }

        if (metrics.TryGetValue(MetricCatalog.BuyerOpeningPrice, out var buyerOpening))
        {
            Row("buyer's opening", Price(buyerOpening), MetricCatalog.BuyerOpeningPrice);
        }

        if (metrics.TryGetValue(MetricCatalog.DealPrice, out var deal))
        {
            Row("deal", Price(deal), MetricCatalog.DealPrice);
        }

        if (metrics.TryGetValue(MetricCatalog.SellerGapConceded, out var conceded))
        {
            Row("seller conceded", ReportText.Percent(conceded) + " <span class=\"sub\">of the gap</span>", MetricCatalog.SellerGapConceded + ": the share of the gap between the opening prices the seller moved");
        }

        if (metrics.TryGetValue(MetricCatalog.SellerGaveAwayShare, out var gave))
        {
            Row("seller gave away", "<strong>" + ReportText.Percent(gave) + "</strong> <span class=\"sub\">of the gap</span>", MetricCatalog.SellerGaveAwayShare + ": the share of the gap given in unconditional concessions that got nothing back");
        }

        if (metrics.TryGetValue(MetricCatalog.SellerUntradedGapConceded, out var untraded) && conceded > untraded)
        {
            Row("seller traded for", ReportText.Percent(conceded - untraded) + " <span class=\"sub\">of the gap</span>", "The share of the gap the seller conceded in concessions tied to a condition or answered with a get (seller.gap_conceded less " + MetricCatalog.SellerUntradedGapConceded + ")");
        }

        foreach (var (party, name) in new[] { (SpeakerRole.Seller, "seller"), (SpeakerRole.Buyer, "buyer") })
        {
            var concessions = ledger.Concessions.Where(m => m.Party == party).ToList();
            var detail = concessions.Count == 0 ? string.Empty
                : string.Create(inv, $" <span class=\"sub\">{concessions.Count(m => m.Reciprocated)} reciprocated, {concessions.Count(m => m.IsConditional)} conditional</span>");
            Row(name + " concessions", concessions.Count.ToString(inv) + detail, $"Times the {name} moved toward the other side, on any issue");
        }

        b.Append("</table></aside>\n");
    }

    private static void WriteTable(StringBuilder b, NegotiationLedger ledger, NegotiationChartLayout layout)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append("<details class=\"moves\"><summary>The moves as a table</summary>\n<table class=\"moves\"><thead><tr><th scope=\"col\" class=\"num\">Turn</th><th scope=\"col\">Side</th><th scope=\"col\">Issue</th>")
            .Append("<th scope=\"col\">Move</th><th scope=\"col\" class=\"num\">From</th><th scope=\"col\" class=\"num\">To</th><th scope=\"col\" class=\"num\">Share of the gap</th><th scope=\"col\">Condition</th><th scope=\"col\">Got back</th></tr></thead>\n<tbody>\n");
        foreach (var mark in layout.Charts.SelectMany(c => c.Marks.Select(m => (Chart: c, Mark: m))).OrderBy(x => x.Mark.Index))
        {
            var move = mark.Mark.Move;
            var p = move.Position;
            var what = move.Kind switch
            {
                MoveKind.Opening => "opening",
                MoveKind.Deal => "deal",
                MoveKind.Hold => "hold",
                _ => move.Reciprocated ? "concession, reciprocated" : "concession, nothing back",
            };
            b.Append(inv, $"<tr class=\"{mark.Mark.Class}\"><td class=\"num\"><a href=\"#t-{p.Turn}\">{p.Turn + 1}</a></td><td>{PartyName(move.Party)}</td><td>{ReportText.Html(mark.Chart.Title)}</td><td>{what}</td>");
            b.Append("<td class=\"num\">").Append(move.From is { } from ? ReportText.Html(ledger.Format(p.Issue, p.Item, from)) : "—").Append("</td>");
            b.Append("<td class=\"num\">").Append(ReportText.Html(ledger.Format(p.Issue, p.Item, move.To))).Append("</td>");
            b.Append("<td class=\"num\">").Append(move.Kind == MoveKind.Concession && move.GapShare is { } share ? ReportText.Percent(share) : "—").Append("</td>");
            b.Append("<td>").Append(move.Condition is { } condition ? ReportText.Html(condition) : "—").Append("</td>");
            b.Append("<td>").Append(move.Kind == MoveKind.Concession ? (move.Reciprocated ? ReportText.Html(move.ReciprocatedBy ?? "yes") : "nothing") : "—").Append("</td></tr>\n");
        }

        b.Append("</tbody></table></details>\n");
    }

    private static string TickLabel(NegotiationLedger ledger, IssueChart chart, double value) => chart.Issue switch
    {
        NegotiationIssue.Price => ledger.Format(NegotiationIssue.Price, null, value),
        NegotiationIssue.Discount => value.ToString("0.##", CultureInfo.InvariantCulture) + "%",
        NegotiationIssue.Extras when chart.Low < 0 && chart.High > 1 && value is 0 or 1 => value == 1 ? "given" : "not given",
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private static string Triangle(double x, double y, bool down)
    {
        var s = MarkSize;
        var sign = down ? 1 : -1;
        return string.Create(CultureInfo.InvariantCulture, $"M{x - s:0.##},{y - (sign * s * 0.6):0.#} L{x + s:0.##},{y - (sign * s * 0.6):0.#} L{x:0.##},{y + (sign * s):0.#} Z");
    }

    private static string Star(double x, double y)
    {
        var d = new StringBuilder();
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? 7.5 : 3.2;
            var a = (Math.PI / 5 * i) - (Math.PI / 2);
            d.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "M" : " L")}{x + (r * Math.Cos(a)):0.##},{y + (r * Math.Sin(a)):0.##}");
        }

        return d.Append(" Z").ToString();
    }

    private static string PartyName(SpeakerRole party) => party switch
    {
        SpeakerRole.Seller => "seller",
        SpeakerRole.Buyer => "buyer",
        _ => "other",
    };

    private static string RoleClass(SpeakerRole role) => PartyName(role);
}
