using System.Text.RegularExpressions;
using SalesLint.Cli.Reports;
using SalesLint.Metrics;
using SalesLint.Negotiation;
using SalesLint.Reading;

namespace SalesLint.Tests.Cli.Reports;

/// <summary>The negotiation chart on the call pages and the "gave away" column of the overview, over the negotiation samples.</summary>
public sealed partial class NegotiationReportTests
{
    /// <summary>The negotiation samples (B2B calls, the giveaway and the trade call) and a call without any number.</summary>
    internal static string[] Files { get; } =
    [
        .. Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation"), "*.txt").Order(StringComparer.Ordinal),
        Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt"),
        Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-trade.srt"),
        Path.Combine(TestSupport.RepositoryRoot, "samples", "discovery-asr.vtt"),
    ];

    private static readonly Lazy<ReportBatch> Samples = new(() => ReportBuilder.Analyze(
        TestSupport.BuiltInEngine, Files, new ReaderOptions(), "Negotiation", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), CancellationToken.None));

    private string temp = string.Empty;

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-neg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    /// <summary>The samples analyzed once, with their conversations kept.</summary>
    internal static ReportBatch Batch() => Samples.Value;

    [Test]
    public void Write_NegotiationSamples_EachCallPageChartsItsMoves()
    {
        var batch = Batch();

        ReportWriter.Write(batch, temp);

        var charted = 0;
        foreach (var call in batch.Calls)
        {
            var ledger = call.RequireConversation().Ledger;
            var page = File.ReadAllText(Path.Combine(temp, "calls", call.PageName));
            if (ledger.Moves.Count == 0)
            {
                page.Should().NotContain("id=\"negotiation\"", call.Path + " has no positions, so no chart");
                continue;
            }

            charted++;
            var section = page[page.IndexOf("<section id=\"negotiation\">", StringComparison.Ordinal)..];
            section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
            var issues = ledger.Moves.Select(m => (m.Position.Issue, m.Position.Item)).Distinct().Count();
            Regex.Matches(section, "<svg class=\"dance\" ").Should().HaveCount(issues, call.Path);
            Regex.Matches(section, "<a class=\"nmark ").Should().HaveCount(ledger.Moves.Count, call.Path);
            Regex.Count(section, "<path class=\"step ").Should().BeGreaterThanOrEqualTo(issues);
            foreach (var kind in new[] { "opening", "deal", "hold" })
            {
                Regex.Matches(section, $"data-class=\"{kind}\"").Should().HaveCount(ledger.Moves.Count(m => NegotiationChartLayout.ClassOf(m) == kind), $"{call.Path}: {kind}");
            }

            Regex.Matches(section, "data-class=\"concession reciprocated").Should().HaveCount(ledger.Concessions.Count(m => m.Reciprocated), call.Path);
            Regex.Matches(section, "data-class=\"concession unreciprocated").Should().HaveCount(ledger.Concessions.Count(m => !m.Reciprocated), call.Path);
            Regex.Matches(section, "data-class=\"concession [a-z]+ conditional").Should().HaveCount(ledger.Concessions.Count(m => m.IsConditional), call.Path);
            Regex.Matches(section, "<svg class=\"dance\" [^>]*role=\"img\" aria-labelledby=\"nc\\d+-t nc\\d+-d\"").Should().HaveCount(issues, "each chart has a title and a description");
            Regex.Matches(section, "<desc id=\"nc\\d+-d\">[^<]+</desc>").Should().HaveCount(issues);
            Regex.Matches(section, "<tr class=\"[a-z ]+\"><td class=\"num\"><a href=\"#t-\\d+\">").Should().HaveCount(ledger.Moves.Count, "the table lists every move");
            section.Should().NotContain("style=", "the page's CSP allows no inline style attributes");
            var charts = Regex.Matches(section, "<svg class=\"dance\" .*?</svg>", RegexOptions.Singleline);
            charts.Should().OnlyContain(c => Regex.Count(c.Value, "class=\"deal-label\"") <= 1, $"{call.Path}: one deal label per chart, so labels never print over each other");
            Regex.Count(section, "class=\"deal-label\"").Should().Be(charts.Count(c => c.Value.Contains("<path class=\"nm deal\"", StringComparison.Ordinal)), call.Path);
        }

        charted.Should().Be(5, "the three B2B calls, the giveaway and the trade call have positions; the discovery call has none");
        var giveaway = File.ReadAllText(Path.Combine(temp, "calls", batch.Calls.Single(c => c.Path.EndsWith("giveaway.vtt", StringComparison.Ordinal)).PageName));
        giveaway.Should().Contain("nm concession unreciprocated").And.Contain("conceded from $50,000 to $40,000");
        var term = File.ReadAllText(Path.Combine(temp, "calls", batch.Calls.Single(c => c.Path.EndsWith("term-discount.txt", StringComparison.Ordinal)).PageName));
        term.Should().Contain("nm concession reciprocated conditional", "Priya's 10% off is tied to a two-year term and was answered").And.Contain("<path class=\"nm deal\"");
        var trade = File.ReadAllText(Path.Combine(temp, "calls", batch.Calls.Single(c => c.Path.EndsWith("negotiation-trade.srt", StringComparison.Ordinal)).PageName));
        trade.Should().Contain("seller traded for</th><td class=\"num\">60% <span class=\"sub\">of the gap</span>", "Nadia's whole move was tied to signing by the end of the month");
    }

    [Test]
    public void Write_NegotiationSamples_OverviewShowsWhatEachSellerGaveAway()
    {
        var batch = Batch();

        ReportWriter.Write(batch, temp);

        var index = File.ReadAllText(Path.Combine(temp, "index.html"));
        index.Should().Contain("<th data-sort=\"num\" scope=\"col\" class=\"num\" title=\"Share of the opening price gap");
        foreach (var seller in batch.Sellers)
        {
            var shares = batch.Calls.Where(c => seller.CallNumbers.Contains(c.Number))
                .Select(c => c.Result.Metrics.TryGetValue(MetricCatalog.SellerGaveAwayShare, out var s) ? s : (double?)null).OfType<double>().ToList();
            var row = Regex.Match(index, "<tr><th scope=\"row\" data-v=\"" + Regex.Escape(ReportText.Html(seller.Name)) + "\">.*?</tr>", RegexOptions.Singleline).Value;
            var cell = GaveAwayCell().Match(row);
            cell.Success.Should().BeTrue(seller.Name);
            if (shares.Count == 0)
            {
                seller.GaveAwayShare.Should().BeNull();
                cell.Groups["v"].Value.Should().BeEmpty();
                cell.Groups["text"].Value.Should().StartWith("—");
            }
            else
            {
                seller.GaveAwayShare.Should().BeApproximately(shares.Average(), 1e-4);
                seller.PriceNegotiations.Should().Be(shares.Count);
                cell.Groups["v"].Value.Should().Be(ReportText.Number(seller.GaveAwayShare));
                cell.Groups["text"].Value.Should().StartWith(ReportText.Percent(seller.GaveAwayShare));
            }
        }

        var jake = batch.Sellers.Single(s => s.Name == "Jake Morrow");
        jake.GaveAwayShare.Should().BeGreaterThan(0.5, "Jake came down from $58,000 toward the buyer's $45,000 in steps that got nothing back");
        batch.Sellers.Should().Contain(s => s.GaveAwayShare == null, "a seller without a price negotiation shows a dash");
        index.Should().Contain("—<span class=\"sub\" title=\"no call where both sides named a price\">no price gap</span>", "Jordan talked price, but the buyer named none");
    }

    [GeneratedRegex("<td class=\"num gave-away\" data-v=\"(?<v>[^\"]*)\">(?<text>.*?)</td>")]
    private static partial Regex GaveAwayCell();
}
