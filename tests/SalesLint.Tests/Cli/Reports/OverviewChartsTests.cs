using System.Text.RegularExpressions;
using SalesLint.Cli.Reports;
using SalesLint.Model;

namespace SalesLint.Tests.Cli.Reports;

public sealed class OverviewChartsTests
{
    [Test]
    public void Bins_ScoresOnTheEdges_FallInTheBinTheyStart()
    {
        var bins = OverviewCharts.Bins([0, 9.9, 10, 59.9, 60, 99.9, 100]);

        bins.Should().Equal(2, 1, 0, 0, 0, 1, 1, 0, 0, 2);
    }

    [Test]
    public void Render_Samples_ChartsCarryEachSellersFiguresInWords()
    {
        var batch = ReportBuilderTests.SampleBatch();

        var html = OverviewPage.Render(batch, "n");

        foreach (var id in new[] { "chart-scores", "chart-talk", "chart-question-rate", "chart-monologue", "chart-patience" })
        {
            html.Should().Contain($"<figure class=\"chart\" id=\"{id}\">");
        }

        html.Should().Contain($"aria-label=\"Call scores of the batch: 8 call(s), mean {ReportText.Score(batch.MeanScore!.Value)};");
        foreach (var seller in batch.Sellers)
        {
            html.Should().Contain($"aria-label=\"{seller.Name}: talk share {ReportText.Percent(seller.TalkShare)} (target 43%, warning above 65%)\"");
            html.Should().Contain($"aria-label=\"Call scores of {seller.Name}: ");
            var rate = seller.QuestionsPerMinute is double q ? $"question rate {q:0.0}/min\"" : "question rate not measured (needs turn times)\"";
            html.Should().Contain($"aria-label=\"{seller.Name}: {rate}");
        }

        Regex.Matches(html, "<svg class=\"hbar\"").Should().HaveCount(4 * batch.Sellers.Count);
        Regex.Matches(html, "<svg class=\"dist\"").Should().HaveCount(batch.Sellers.Count);
        Regex.Matches(html, "<svg [^>]*>").Should().OnlyContain(m => m.Value.Contains("role=\"img\" aria-label=\"", StringComparison.Ordinal));
    }

    [Test]
    public void Render_TalkShareOverTheWarning_IsMarkedOverAndScaledToTheAxis()
    {
        var transcript = ReportBuilderTests.Call(
            "talky",
            ("Dana", SpeakerRole.Seller, "Our platform does forecasting, reporting, dashboards, alerts, exports and much more besides."),
            ("Chris", SpeakerRole.Buyer, "Okay."));
        var batch = ReportBuilderTests.BatchOf(transcript with
        {
            Turns = [transcript.Turns[0] with { Start = 0, End = 40 }, transcript.Turns[1] with { Start = 41, End = 45 }],
        });
        var share = batch.Sellers[0].TalkShare!.Value;

        var html = OverviewPage.Render(batch, "n");

        share.Should().BeGreaterThan(OverviewCharts.TalkShareWarning);
        html.Should().Contain($"<rect class=\"fill over\" x=\"0\" y=\"2\" width=\"{Math.Round(share * 100, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)}\"");
        html.Should().Contain("<line class=\"mark-target\" x1=\"43\" x2=\"43\"").And.Contain("<line class=\"mark-warn\" x1=\"65\" x2=\"65\"");
    }

    [Test]
    public void Render_ManySellers_ChartsShowTheLowestScoringAndSayHowManyThereAre()
    {
        var count = OverviewCharts.MaxSellers + 2;
        var batch = ReportBuilderTests.BatchOf([.. Enumerable.Range(0, count).Select(i => ReportBuilderTests.Call(
            $"c{i}",
            ($"Seller {i:00}", SpeakerRole.Seller, i % 2 == 0 ? "Our solution is great." : "What made you look at this?"),
            ("Chris", SpeakerRole.Buyer, "Accuracy.")))]);

        var html = OverviewPage.Render(batch, "n");

        Regex.Matches(html, "<svg class=\"hbar\"").Should().HaveCount(4 * OverviewCharts.MaxSellers);
        html.Should().Contain($"the {OverviewCharts.MaxSellers} with the lowest mean score, of {count} (every seller is in the table)");
        html.Should().Contain($"aria-label=\"{batch.Sellers[0].Name}: talk share").And.NotContain($"aria-label=\"{batch.Sellers[^1].Name}: talk share");
        Regex.Matches(html, "<svg class=\"dist\"").Should().HaveCount(count);
    }

    [Test]
    public void Render_NoCalls_HasNoCharts()
    {
        var batch = ReportBuilderTests.BatchOf();

        OverviewPage.Render(batch, "n").Should().NotContain("id=\"glance\"");
    }
}
