using System.Globalization;
using System.Text;

namespace SalesLint.Cli.Reports;

/// <summary>
/// The overview's small charts, as inline SVG (no script, nothing loaded): the batch's score distribution, each seller's
/// score distribution, and one bar per seller for talk share, question rate, longest monologue and patience. Every chart
/// carries its figures in an <c>aria-label</c> and in <c>&lt;title&gt;</c> tooltips.
/// </summary>
internal static class OverviewCharts
{
    /// <summary>The talk share top sellers keep to (Gong's research on won deals): the target mark on the talk-share bars.</summary>
    public const double TalkShareTarget = 0.43;

    /// <summary>The talk share above which SL3001 warns: the warning line on the talk-share bars.</summary>
    public const double TalkShareWarning = 0.65;

    /// <summary>The monologue length above which SL3002 warns, in seconds: the warning line on the monologue bars.</summary>
    public const double MonologueWarningSeconds = 120;

    /// <summary>Most sellers in a per-seller chart: those with the lowest mean score (the table lists them all).</summary>
    public const int MaxSellers = 30;

    /// <summary>Width of a score bin in points: 10 bins from 0 to 100 (100 falls in the last).</summary>
    public const int BinWidth = 10;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>How many scores fall in each 10-point bin, 0–10 up to 90–100 (100 included in the last).</summary>
    /// <param name="scores">Scores, 0–100.</param>
    /// <returns>Ten counts.</returns>
    public static int[] Bins(IEnumerable<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var bins = new int[100 / BinWidth];
        foreach (var score in scores)
        {
            bins[Math.Clamp((int)Math.Floor(score / BinWidth), 0, bins.Length - 1)]++;
        }

        return bins;
    }

    /// <summary>Writes the "At a glance" section: the batch's score histogram and the per-seller talk charts.</summary>
    /// <param name="b">The page being built.</param>
    /// <param name="batch">The report data.</param>
    public static void WriteGlance(StringBuilder b, ReportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Calls.Count == 0)
        {
            return;
        }

        var all = batch.Sellers.Where(s => s.Name != ReportBatch.NoSeller).ToList();
        var sellers = all.Take(MaxSellers).ToList();
        b.Append("<section id=\"glance\">\n<h2>At a glance</h2>\n");
        b.Append("<p class=\"hint\">Sellers in the table's order (lowest mean score first)");
        if (all.Count > sellers.Count)
        {
            b.Append(Inv, $": the {sellers.Count} with the lowest mean score, of {all.Count} (every seller is in the table)");
        }

        b.Append(". Hover over a bar for its figure. Timing charts need turn times (a dash: not measured).</p>\n");
        b.Append("<div class=\"charts\">\n");
        WriteBatchHistogram(b, batch);
        if (sellers.Count > 0)
        {
            WriteBars(
                b,
                "chart-talk",
                "Talk share",
                "the seller's share of the talking",
                sellers,
                s => s.TalkShare,
                1,
                v => ReportText.Percent(v),
                [new Mark("target", TalkShareTarget, $"target {ReportText.Percent(TalkShareTarget)}"), new Mark("warn", TalkShareWarning, $"warning above {ReportText.Percent(TalkShareWarning)}")],
                v => v > TalkShareWarning);
            WriteBars(
                b,
                "chart-question-rate",
                "Question rate",
                "the seller's questions per minute",
                sellers,
                s => s.QuestionsPerMinute,
                Math.Max(1, sellers.Max(s => s.QuestionsPerMinute ?? 0)),
                v => v.ToString("0.0", Inv) + "/min",
                [],
                null);
            WriteBars(
                b,
                "chart-monologue",
                "Longest monologue",
                "the seller's longest stretch without the buyer speaking, mean per call",
                sellers,
                s => s.LongestMonologueSeconds,
                Math.Max(MonologueWarningSeconds * 1.25, sellers.Max(s => s.LongestMonologueSeconds ?? 0)),
                v => ReportText.Clock(v),
                [new Mark("warn", MonologueWarningSeconds, $"warning above {ReportText.Clock(MonologueWarningSeconds)}")],
                v => v > MonologueWarningSeconds);
            WriteBars(
                b,
                "chart-patience",
                "Patience",
                "seconds the seller waits after a question before the buyer speaks",
                sellers,
                s => s.PatienceSeconds,
                Math.Max(2, sellers.Max(s => s.PatienceSeconds ?? 0)),
                v => v.ToString("0.0", Inv) + " s",
                [],
                null);
        }

        b.Append("</div>\n</section>\n");
    }

    /// <summary>A seller's call scores as a tiny histogram for the sellers table (same bins as the batch's).</summary>
    /// <param name="b">The page being built.</param>
    /// <param name="seller">The seller.</param>
    public static void WriteSellerHistogram(StringBuilder b, SellerSummary seller)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(seller);
        var bins = Bins(seller.CallScores);
        var max = Math.Max(1, bins.Max());
        const double width = 72, height = 24, barWidth = 6.4;
        var label = $"Call scores of {seller.Name}: {Describe(bins)}";
        b.Append(Inv, $"<svg class=\"dist\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"").Append(ReportText.Html(label)).Append("\">");
        b.Append("<title>").Append(ReportText.Html(label)).Append("</title>");
        b.Append(Inv, $"<line class=\"axis\" x1=\"0\" x2=\"{width}\" y1=\"{height - 0.5}\" y2=\"{height - 0.5}\"/>");
        for (var i = 0; i < bins.Length; i++)
        {
            if (bins[i] == 0)
            {
                continue;
            }

            var h = Math.Max(2, (height - 2) * bins[i] / max);
            b.Append(Inv, $"<rect class=\"bin band-{ReportText.Band(i * BinWidth)}\" x=\"{(i * (barWidth + 0.8)) + 0.4:0.##}\" y=\"{height - 1 - h:0.##}\" width=\"{barWidth}\" height=\"{h:0.##}\"/>");
        }

        b.Append("</svg>");
    }

    private static void WriteBatchHistogram(StringBuilder b, ReportBatch batch)
    {
        var scores = batch.Calls.Select(c => c.Result.Score.Overall).ToList();
        var bins = Bins(scores);
        var max = Math.Max(1, bins.Max());
        const double width = 300, height = 150, left = 26, right = 292, top = 14, bottom = 124;
        var step = (right - left) / bins.Length;
        var mean = scores.Average();
        var label = string.Create(Inv, $"Call scores of the batch: {scores.Count} call(s), mean {ReportText.Score(mean)}; {Describe(bins)}");
        b.Append("<figure class=\"chart\" id=\"chart-scores\">\n<figcaption><strong>Call scores</strong> <span class=\"unit\">calls by overall score</span></figcaption>\n");
        b.Append(Inv, $"<svg class=\"histogram\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"").Append(ReportText.Html(label)).Append("\">\n");
        b.Append(Inv, $"<line class=\"axis\" x1=\"{left}\" x2=\"{right}\" y1=\"{bottom}\" y2=\"{bottom}\"/>");
        b.Append(Inv, $"<text class=\"tick\" x=\"{left - 4}\" y=\"{top + 4}\" text-anchor=\"end\">{max}</text><text class=\"tick\" x=\"{left - 4}\" y=\"{bottom}\" text-anchor=\"end\">0</text>\n");
        for (var i = 0; i < bins.Length; i++)
        {
            var x = left + (i * step);
            if (i % 2 == 0)
            {
                b.Append(Inv, $"<text class=\"tick\" x=\"{x:0.#}\" y=\"{bottom + 14}\" text-anchor=\"middle\">{i * BinWidth}</text>");
            }

            var h = (bottom - top) * bins[i] / max;
            b.Append(Inv, $"<rect class=\"bin band-{ReportText.Band(i * BinWidth)}\" x=\"{x + 1:0.#}\" y=\"{bottom - h:0.#}\" width=\"{step - 2:0.#}\" height=\"{h:0.#}\">");
            b.Append(Inv, $"<title>{BinLabel(i)}: {bins[i]} call(s)</title></rect>\n");
        }

        b.Append(Inv, $"<text class=\"tick\" x=\"{right:0.#}\" y=\"{bottom + 14}\" text-anchor=\"end\">100</text>");
        var meanX = left + ((right - left) * Math.Clamp(mean, 0, 100) / 100);
        b.Append(Inv, $"<line class=\"mean\" x1=\"{meanX:0.#}\" x2=\"{meanX:0.#}\" y1=\"{top - 4}\" y2=\"{bottom}\"/>");
        b.Append(Inv, $"<text class=\"tick mean-label\" x=\"{meanX:0.#}\" y=\"{top - 6 + 4}\" text-anchor=\"{(mean > 80 ? "end" : "start")}\" dx=\"{(mean > 80 ? -3 : 3)}\">mean {ReportText.Score(mean)}</text>\n");
        b.Append(Inv, $"<text class=\"axis-title\" x=\"{(left + right) / 2:0.#}\" y=\"{height - 2}\" text-anchor=\"middle\">score</text>\n");
        var bands = scores.GroupBy(ReportText.Band).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        b.Append(Inv, $"</svg>\n<p class=\"chart-key\"><span class=\"key band-bad\"></span>below 60: {bands.GetValueOrDefault("bad")} <span class=\"key band-fair\"></span>60–80: {bands.GetValueOrDefault("fair")} <span class=\"key band-good\"></span>80 and up: {bands.GetValueOrDefault("good")}</p>\n</figure>\n");
    }

    private static void WriteBars(
        StringBuilder b,
        string id,
        string title,
        string unit,
        IReadOnlyList<SellerSummary> sellers,
        Func<SellerSummary, double?> valueOf,
        double axisMax,
        Func<double, string> format,
        IReadOnlyList<Mark> marks,
        Func<double, bool>? isOver)
    {
        b.Append("<figure class=\"chart\" id=\"").Append(id).Append("\">\n<figcaption><strong>").Append(ReportText.Html(title)).Append("</strong> <span class=\"unit\">")
            .Append(ReportText.Html(unit)).Append("</span></figcaption>\n<ul class=\"bars\">\n");
        var context = marks.Count == 0 ? string.Empty : " (" + string.Join(", ", marks.Select(m => m.Label)) + ")";
        foreach (var seller in sellers)
        {
            var value = valueOf(seller);
            var label = value is double v
                ? $"{seller.Name}: {title.ToLowerInvariant()} {format(v)}{context}"
                : $"{seller.Name}: {title.ToLowerInvariant()} not measured (needs turn times)";
            b.Append("<li data-seller=\"").Append(ReportText.Html(seller.Name)).Append("\" data-v=\"").Append(ReportText.Number(value)).Append("\"><bdi class=\"bar-name\" title=\"")
                .Append(ReportText.Html(seller.Name)).Append("\">").Append(ReportText.Html(seller.Name)).Append("</bdi>");
            b.Append("<svg class=\"hbar\" viewBox=\"0 0 100 12\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").Append(ReportText.Html(label)).Append("\"><title>")
                .Append(ReportText.Html(label)).Append("</title><rect class=\"track\" x=\"0\" y=\"1\" width=\"100\" height=\"10\"/>");
            if (value is double x)
            {
                var over = isOver?.Invoke(x) == true ? " over" : string.Empty;
                b.Append(Inv, $"<rect class=\"fill{over}\" x=\"0\" y=\"2\" width=\"{Scale(x, axisMax):0.##}\" height=\"8\"/>");
            }

            foreach (var mark in marks)
            {
                var at = Scale(mark.Value, axisMax);
                b.Append(Inv, $"<line class=\"mark-{mark.Kind}\" x1=\"{at:0.##}\" x2=\"{at:0.##}\" y1=\"0\" y2=\"12\" vector-effect=\"non-scaling-stroke\"/>");
            }

            b.Append("</svg><span class=\"bar-value\">").Append(value is double y ? ReportText.Html(format(y)) : "–").Append("</span></li>\n");
        }

        b.Append("</ul>\n");
        if (marks.Count > 0)
        {
            b.Append("<p class=\"chart-key\">");
            foreach (var mark in marks)
            {
                b.Append("<span class=\"key mark-").Append(mark.Kind).Append("\"></span>").Append(ReportText.Html(mark.Label)).Append(' ');
            }

            b.Append("</p>\n");
        }

        b.Append("</figure>\n");
    }

    private static double Scale(double value, double max) => Math.Clamp(value / max * 100, 0, 100);

    private static string BinLabel(int bin) => string.Create(Inv, $"{bin * BinWidth}–{(bin + 1) * BinWidth}");

    private static string Describe(int[] bins)
    {
        var parts = bins.Select((count, i) => (count, i)).Where(x => x.count > 0).Select(x => string.Create(Inv, $"{BinLabel(x.i)}: {x.count}")).ToList();
        return parts.Count == 0 ? "no calls" : string.Join(", ", parts);
    }

    private sealed record Mark(string Kind, double Value, string Label);
}
