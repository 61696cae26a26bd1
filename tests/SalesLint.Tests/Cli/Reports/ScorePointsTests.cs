using System.Text.RegularExpressions;
using SalesLint.Cli.Reports;
using SalesLint.Scoring;

namespace SalesLint.Tests.Cli.Reports;

public sealed partial class ScorePointsTests
{
    [Test]
    public void Overall_Samples_PointsOfACallAddUpToWhatItLost()
    {
        foreach (var call in ReportBuilderTests.SampleBatch().Calls)
        {
            var score = call.Result.Score;

            var points = ScorePoints.Overall(score);

            points.Select(p => p.Deduction).Should().Equal(score.Deductions);
            points.Sum(p => p.Points).Should().BeApproximately(100 - score.Overall, 0.1 + (0.005 * points.Count), call.Result.ConversationId);
        }
    }

    [Test]
    public void Overall_WeightsAndTheCategoryFloor_AreApplied()
    {
        var score = new ConversationScore
        {
            Overall = 60,
            Categories = [new CategoryScore("a", "A", 3, 0), new CategoryScore("b", "B", 1, 40)],
            Deductions =
            [
                new ScoreDeduction("a", "SL1", 90, "r"),
                new ScoreDeduction("a", "SL2", 60, "r"),
                new ScoreDeduction("b", "SL3", 60, "r"),
                new ScoreDeduction("c", "SL4", 10, "a category the score does not have"),
            ],
        };

        var points = ScorePoints.Overall(score).Select(p => p.Points);

        // Category a lost 150 but stops at 0: 100 points, split 90:60, times its weight share 3/4.
        points.Should().Equal(45, 30, 15, 0);
    }

    [Test]
    public void Pages_SameCall_ShowTheSamePointsOnTheOverviewAndTheCallPage()
    {
        var samples = ReportBuilderTests.SampleBatch();
        var compared = 0;
        foreach (var call in samples.Calls)
        {
            var batch = samples with { Calls = [call], Sellers = ReportBuilder.Aggregate([call], samples.Categories, samples.RuleTitles) };

            var overview = PointsBySource(OverviewPage.Render(batch, "n"));
            var page = PointsBySource(CallPage.Render(batch, call, "n"));

            foreach (var (source, shown) in overview)
            {
                page.Should().ContainKey(source, call.Result.ConversationId);
                shown.Should().EndWith(" pts/call").And.Be(page[source] + "/call", $"{call.Result.ConversationId} {source}: one call, so its points per call are its points");
                compared++;
            }

            page.Values.Where(v => !v.EndsWith(" pts", StringComparison.Ordinal)).Should().BeEmpty("the call page shows points per call in the same unit");
            page.Count.Should().Be(call.Result.Score.Deductions.Count);
        }

        compared.Should().BeGreaterThan(10);
    }

    private static Dictionary<string, string> PointsBySource(string html) =>
        SourcePoints().Matches(html).ToDictionary(m => m.Groups["source"].Value, m => m.Groups["points"].Value, StringComparer.Ordinal);

    [GeneratedRegex("<li data-source=\"(?<source>[^\"]+)\">.*?<span class=\"pts\"[^>]*>−(?<points>[0-9.]+ pts(/call)?)")]
    private static partial Regex SourcePoints();
}
