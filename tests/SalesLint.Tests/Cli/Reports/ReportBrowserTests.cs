using System.Text.Json;
using SalesLint.Cli;
using SalesLint.Negotiation;

namespace SalesLint.Tests.Cli.Reports;

/// <summary>
/// Opens the report in Debian's headless Chromium and uses it as a trainer would: reads the seller table, sorts it, filters
/// the calls, opens a call, hovers over and clicks timeline marks. Fails on any console error, uncaught exception, CSP
/// violation or network request. Screenshots go to a folder in the system temp directory (outside the repository):
/// <c>$SALESLINT_SCREENSHOTS</c>, or <c>/tmp/saleslint-report-screenshots</c>. When Chromium is missing the tests install
/// Debian's package with apt-get (as root); when that is impossible they are skipped, or fail under <c>SALESLINT_REQUIRE_BROWSER=1</c>.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public sealed class ReportBrowserTests
{
    private static readonly string[] SampleSellers =
    [
        "Ryan Castellano", "Marco Ruiz", "Jordan Pike", "Tessa Grant", "Nadia Brennan", "Lena Brooks", "Ines Duarte", "Priya Raman",
    ];

    private string temp = string.Empty;
    private string chromium = string.Empty;

    private static string Samples => Path.Combine(TestSupport.RepositoryRoot, "samples");

    private static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("SALESLINT_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "saleslint-report-screenshots");

    [OneTimeSetUp]
    public void FindBrowser()
    {
        var (path, reason) = HeadlessChromium.Locate();
        if (path is null && Environment.GetEnvironmentVariable("SALESLINT_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail($"SALESLINT_REQUIRE_BROWSER=1 but {reason}");
        }

        if (path is null)
        {
            Assert.Ignore($"Browser tests skipped: {reason}");
        }

        chromium = path;
    }

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    [Test]
    public async Task Report_SamplesInChromium_ShowsWhoNeedsCoachingAndAWorkingTimeline()
    {
        var output = Path.Combine(temp, "report");
        var history = Path.Combine(temp, "history.db");
        (await Run(["report", .. TestSupport.RolePlaySamples, "--out", output, "--history", history])).Should().Be(0);
        (await Run(["report", .. TestSupport.RolePlaySamples, "--out", output, "--history", history])).Should().Be(0);
        Path.GetFullPath(ScreenshotFolder).Should().NotStartWith(TestSupport.RepositoryRoot, "screenshots stay out of the repository");

        await using var browser = await HeadlessChromium.StartAsync(chromium);
        await browser.NavigateAsync(new Uri(Path.Combine(output, "index.html")));

        // The overview: title, one row per seller, lowest score first, a trend per seller.
        (await browser.EvaluateAsync("document.title")).GetString().Should().Be("SalesLint report");
        var sellers = await Strings(browser, "[...document.querySelectorAll('#sellers tbody th')].map(th => th.textContent.trim())");
        sellers.Should().BeEquivalentTo(SampleSellers);
        var scores = await Numbers(browser, "[...document.querySelectorAll('#sellers tbody tr')].map(tr => tr.cells[2].getAttribute('data-v'))");
        scores.Should().BeInAscendingOrder();
        sellers[0].Should().Be("Ryan Castellano");
        (await browser.EvaluateAsync("document.querySelectorAll('#sellers tbody td.trend svg polyline').length")).GetInt32().Should().Be(SampleSellers.Length);
        var marcoFocus = (await browser.EvaluateAsync("[...document.querySelectorAll('#sellers tbody tr')].find(tr => tr.cells[0].textContent.trim() === 'Marco Ruiz').querySelector('td.focus').textContent")).GetString();
        marcoFocus.Should().Contain("Premature product talk");
        (await browser.EvaluateAsync("document.querySelectorAll('#calls tbody tr').length")).GetInt32().Should().Be(8);
        await browser.ScreenshotAsync(Path.Combine(ScreenshotFolder, "overview.png"));

        // Sorting by clicking the column headings.
        await browser.ClickAsync("#sellers thead th:nth-child(3)");
        (await Numbers(browser, "[...document.querySelectorAll('#sellers tbody tr')].map(tr => tr.cells[2].getAttribute('data-v'))")).Should().BeInDescendingOrder();
        (await browser.EvaluateAsync("document.querySelector('#sellers thead th:nth-child(3)').getAttribute('aria-sort')")).GetString().Should().Be("descending");
        await browser.ClickAsync("#sellers thead th:nth-child(1)");
        (await Strings(browser, "[...document.querySelectorAll('#sellers tbody th')].map(th => th.textContent.trim())")).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);

        // A seller's name lists that seller's calls; open the call.
        await browser.ClickAsync("#sellers button.who[data-seller='Marco Ruiz']");
        var visible = await Strings(browser, "[...document.querySelectorAll('#calls tbody tr')].filter(tr => !tr.hidden).map(tr => tr.cells[1].textContent.trim())");
        visible.Should().Equal("roleplay-02-marco");
        (await browser.EvaluateAsync("document.getElementById('filter').hidden")).GetBoolean().Should().BeFalse();
        var mark = browser.EventCount;
        await browser.ClickAsync("#calls tbody tr:not([hidden]) a.call-link");
        await browser.WaitForEventAsync("Page.loadEventFired", mark);

        // The call page: a timeline with one bar per turn and one mark per finding in a turn, and the transcript.
        (await browser.EvaluateAsync("location.pathname")).GetString().Should().EndWith("/calls/002-roleplay-02-marco.html");
        (await browser.EvaluateAsync("document.title")).GetString().Should().StartWith("roleplay-02-marco");
        (await browser.EvaluateAsync("document.querySelectorAll('svg#timeline .bar').length")).GetInt32().Should().Be(10);
        (await browser.EvaluateAsync("document.querySelectorAll('svg#timeline .mark').length")).GetInt32().Should().Be(7);
        (await Strings(browser, "[...document.querySelectorAll('svg#timeline text.lane-label')].map(t => t.firstChild.textContent)")).Should().Contain(["Marco Ruiz", "June Park"]);
        (await browser.EvaluateAsync("document.querySelectorAll('ol.transcript li.turn').length")).GetInt32().Should().Be(10);
        (await browser.EvaluateAsync("document.querySelectorAll('ol.transcript mark.hl').length")).GetInt32().Should().BeGreaterThanOrEqualTo(6);

        // Hovering a mark shows the finding and its rewrite; clicking pins it; clicking again unpins it.
        const string rewriteMark = "svg#timeline .mark[aria-label^='SL1003']";
        await browser.HoverAsync(rewriteMark);
        var detail = (await browser.EvaluateAsync("document.getElementById('detail').textContent")).GetString();
        detail.Should().Contain("SL1003").And.Contain("Suggested rewrite").And.Contain("Our offering gives you");
        await browser.ClickAsync(rewriteMark);
        await browser.MoveMouseAsync(5, 5);
        (await browser.EvaluateAsync("document.getElementById('detail').classList.contains('pinned')")).GetBoolean().Should().BeTrue();
        (await browser.EvaluateAsync("document.getElementById('detail').textContent")).GetString().Should().Contain("SL1003");
        (await browser.EvaluateAsync("document.querySelectorAll('mark.hl.active').length")).GetInt32().Should().BeGreaterThan(0, "the finding is highlighted in the transcript too");
        await browser.ClickAsync(rewriteMark);
        await browser.MoveMouseAsync(5, 5);
        (await browser.EvaluateAsync("document.getElementById('detail').textContent")).GetString().Should().Contain("Hover over or click");

        // Hovering a turn's bar shows who spoke and what was said.
        await browser.HoverAsync("svg#timeline .bar[data-turn='1']");
        (await browser.EvaluateAsync("document.getElementById('detail').textContent")).GetString().Should().Contain("June Park");

        await browser.ClickAsync(rewriteMark);
        await browser.EvaluateAsync("window.scrollTo(0, 0)");
        await browser.ScreenshotAsync(Path.Combine(ScreenshotFolder, "call-roleplay-02-marco.png"));

        browser.Problems().Should().BeEmpty("the pages must load and run without console errors");
        browser.RequestedUrls().Should().NotBeEmpty().And.OnlyContain(url => url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), "the report is self-contained");
        await TestContext.Out.WriteLineAsync($"screenshots: {ScreenshotFolder}");
    }

    [Test]
    public async Task Report_HostileTranscriptInChromium_ShowsTheTextAndRunsNothing()
    {
        const string payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
        var transcript = new
        {
            id = "call\"><svg onload=window.__pwned=3>",
            participants = new[]
            {
                new { id = "s", name = "Eve <b onmouseover=window.__pwned=4>", role = "seller" },
                new { id = "b", name = "Bob", role = "buyer" },
            },
            turns = new[]
            {
                new { speaker = "s", start = 0.0, end = 5.0, text = "Our solution is great. " + payload },
                new { speaker = "b", start = 6.0, end = 9.0, text = "Tell me more about </script><script>window.__pwned=5</script>" },
            },
        };
        var input = Path.Combine(temp, "hostile.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(transcript));
        var output = Path.Combine(temp, "report");
        (await Run("report", input, "--out", output)).Should().Be(0);

        await using var browser = await HeadlessChromium.StartAsync(chromium);
        await browser.NavigateAsync(new Uri(Path.Combine(output, "index.html")));
        (await browser.EvaluateAsync("document.querySelector('#sellers tbody th').textContent")).GetString().Should().Be("Eve <b onmouseover=window.__pwned=4>");
        var mark = browser.EventCount;
        await browser.ClickAsync("#calls tbody a.call-link");
        await browser.WaitForEventAsync("Page.loadEventFired", mark);
        await browser.HoverAsync("svg#timeline .bar[data-turn='0']");
        await browser.HoverAsync("svg#timeline .mark");
        var text = (await browser.EvaluateAsync("document.querySelector('ol.transcript').textContent")).GetString();
        text.Should().Contain(payload).And.Contain("</script><script>window.__pwned=5</script>");
        (await browser.EvaluateAsync("document.querySelector('h1').textContent")).GetString().Should().Be(transcript.id);
        (await browser.EvaluateAsync("typeof window.__pwned")).GetString().Should().Be("undefined");
        (await browser.EvaluateAsync("document.querySelectorAll('img, b, script:not([nonce])').length")).GetInt32().Should().Be(0);
        browser.Problems().Should().BeEmpty();
    }

    [TestCase(1024)]
    [TestCase(1400)]
    public async Task Overview_LaptopWidth_FitsTheWindowAndTheTablesScrollInTheirOwnBox(int width)
    {
        var output = Path.Combine(temp, "report");
        (await Run("report", Samples, "--out", output)).Should().Be(0);

        await using var browser = await HeadlessChromium.StartAsync(chromium, width, 800);
        await browser.NavigateAsync(new Uri(Path.Combine(output, "index.html")));
        (await browser.EvaluateAsync("innerWidth")).GetInt32().Should().Be(width);
        await browser.ScreenshotViewportAsync(Path.Combine(ScreenshotFolder, $"overview-{width}-window.png"));
        await browser.ScreenshotAsync(Path.Combine(ScreenshotFolder, $"overview-{width}.png"));

        (await browser.EvaluateAsync("document.documentElement.scrollWidth")).GetInt32().Should().BeLessThanOrEqualTo(width, "the page itself never scrolls sideways");
        var outside = await Strings(browser, "[...document.querySelectorAll('body *')].filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > innerWidth + 0.5).map(e => e.tagName + '.' + e.className)");
        outside.Should().BeEmpty("nothing outside the tables' boxes reaches past the window");
        foreach (var table in new[] { "sellers", "calls" })
        {
            var box = $"document.getElementById('{table}').parentElement";
            (await browser.EvaluateAsync($"getComputedStyle({box}).overflowX")).GetString().Should().Be("auto", table);
            (await browser.EvaluateAsync($"{box}.getBoundingClientRect().right <= innerWidth")).GetBoolean().Should().BeTrue(table + "'s box fits the window");
            var wider = (await browser.EvaluateAsync($"document.getElementById('{table}').offsetWidth > {box}.clientWidth")).GetBoolean();
            (await browser.EvaluateAsync($"{box}.scrollWidth >= document.getElementById('{table}').offsetWidth")).GetBoolean().Should().BeTrue("the box holds the whole table and scrolls when it is wider");
            if (wider)
            {
                // Scrolled to the far right inside its box: the page still fits and the name column stays in view.
                await browser.EvaluateAsync($"{box}.scrollLeft = {box}.scrollWidth");
                (await browser.EvaluateAsync($"{box}.scrollLeft > 0")).GetBoolean().Should().BeTrue(table + " scrolls inside its box");
                (await browser.EvaluateAsync("document.documentElement.scrollWidth")).GetInt32().Should().BeLessThanOrEqualTo(width);
                var sticky = table == "sellers" ? "#sellers tbody th" : "#calls tbody td:nth-child(2)";
                (await browser.EvaluateAsync($"document.querySelector('{sticky}').getBoundingClientRect().left >= {box}.getBoundingClientRect().left - 0.5")).GetBoolean()
                    .Should().BeTrue("the name column sticks to the left edge of " + table + "'s box");
                if (table == "sellers")
                {
                    await browser.EvaluateAsync("document.getElementById('sellers').scrollIntoView()");
                    await browser.ScreenshotViewportAsync(Path.Combine(ScreenshotFolder, $"overview-{width}-sellers-scrolled.png"));
                }

                await browser.EvaluateAsync($"{box}.scrollLeft = 0");
            }
        }

        (await browser.EvaluateAsync("document.querySelector('#calls td.path').offsetWidth")).GetDouble().Should().BeGreaterThan(120, "a file path is not squeezed into a column of single letters");

        // The charts: every one is an image with its figures in words.
        (await browser.EvaluateAsync("document.querySelectorAll('#glance figure.chart').length")).GetInt32().Should().Be(5);
        var labels = await Strings(browser, "[...document.querySelectorAll('#glance svg')].map(s => s.getAttribute('role') + ' ' + (s.getAttribute('aria-label') || ''))");
        labels.Should().OnlyContain(l => l.StartsWith("img ", StringComparison.Ordinal) && l.Length > 10);
        labels.Should().Contain(l => l.Contains("Marco Ruiz: talk share 78% (target 43%, warning above 65%)", StringComparison.Ordinal));
        browser.Problems().Should().BeEmpty();
        browser.RequestedUrls().Should().OnlyContain(url => url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal));
    }

    [Test]
    public async Task Report_NegotiationSamplesInChromium_ChartsTheDanceAndTheGaveAwayColumnSorts()
    {
        var output = Path.Combine(temp, "report");
        (await Run(["report", .. NegotiationReportTests.Files, "--out", output])).Should().Be(0);
        var batch = NegotiationReportTests.Batch();
        var giveaway = batch.Calls.Single(c => c.Path.EndsWith("negotiation-giveaway.vtt", StringComparison.Ordinal));
        var ledger = giveaway.RequireConversation().Ledger;

        await using var browser = await HeadlessChromium.StartAsync(chromium);
        await browser.NavigateAsync(new Uri(Path.Combine(output, "index.html")));

        // The overview's "Gave away" column: a share per seller with a price negotiation, a dash otherwise; it sorts.
        var heads = await Strings(browser, "[...document.querySelectorAll('#sellers thead th')].map(th => th.textContent.trim())");
        var column = heads.IndexOf("Gave away") + 1;
        column.Should().BePositive("the seller table has a Gave away column");
        var jake = (await browser.EvaluateAsync($"[...document.querySelectorAll('#sellers tbody tr')].find(tr => tr.cells[0].textContent.trim() === 'Jake Morrow').cells[{column - 1}].textContent")).GetString();
        jake.Should().MatchRegex("^[0-9]+%");
        (await Strings(browser, $"[...document.querySelectorAll('#sellers tbody tr')].map(tr => tr.cells[{column - 1}].textContent.trim())")).Should().Contain(t => t.StartsWith('—'));
        await browser.ClickAsync($"#sellers thead th:nth-child({column})");
        var sorted = await Strings(browser, $"[...document.querySelectorAll('#sellers tbody tr')].map(tr => tr.cells[{column - 1}].getAttribute('data-v'))");
        sorted.TakeWhile(v => v.Length > 0).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder();
        sorted.SkipWhile(v => v.Length > 0).Should().OnlyContain(v => v.Length == 0, "sellers without a price negotiation sort last");
        await browser.EvaluateAsync("document.getElementById('sellers').scrollIntoView()");
        await browser.ScreenshotViewportAsync(Path.Combine(ScreenshotFolder, "overview-gave-away.png"));

        // The giveaway call: a chart per issue, one mark per move, red for what was given for nothing, the deal starred.
        await browser.NavigateAsync(new Uri(PageOf(output, "negotiation-giveaway")));
        var issues = ledger.Moves.Select(m => (m.Position.Issue, m.Position.Item)).Distinct().Count();
        (await browser.EvaluateAsync("document.querySelectorAll('#negotiation svg.dance').length")).GetInt32().Should().Be(issues);
        (await browser.EvaluateAsync("document.querySelectorAll('#negotiation svg.dance a.nmark').length")).GetInt32().Should().Be(ledger.Moves.Count);
        (await browser.EvaluateAsync("document.querySelectorAll('#negotiation svg.dance .nm.concession.unreciprocated').length")).GetInt32().Should().Be(ledger.Concessions.Count(m => !m.Reciprocated)).And.BePositive();
        var red = (await browser.EvaluateAsync("getComputedStyle(document.querySelector('#negotiation svg.dance .nm.concession.unreciprocated:not(.conditional)')).fill")).GetString();
        var opening = (await browser.EvaluateAsync("getComputedStyle(document.querySelector('#negotiation svg.dance .nm.opening')).fill")).GetString();
        red.Should().Be("rgb(208, 49, 45)", "a concession that got nothing back is red").And.NotBe(opening);
        (await browser.EvaluateAsync("[...document.querySelectorAll('#negotiation svg.dance')].every(s => s.querySelector('title') && s.querySelector('desc') && s.getBoundingClientRect().height > 60)")).GetBoolean().Should().BeTrue();
        (await browser.EvaluateAsync("Math.abs(document.querySelector('#negotiation svg.dance').getBoundingClientRect().width - document.getElementById('timeline').getBoundingClientRect().width) < 1")).GetBoolean()
            .Should().BeTrue("the chart is as wide as the timeline, so a move sits under its turn");
        await browser.ClickAsync("#negotiation a.nmark[data-class^='concession']");
        (await browser.EvaluateAsync("location.hash")).GetString().Should().MatchRegex("^#t-[0-9]+$", "a mark leads to its turn in the transcript");
        await browser.EvaluateAsync("document.getElementById('negotiation').scrollIntoView()");
        await browser.ScreenshotViewportAsync(Path.Combine(ScreenshotFolder, "call-negotiation-giveaway.png"));

        // The term-discount call: a reciprocated conditional concession (hollow and green) and the deal.
        var term = batch.Calls.Single(c => c.Path.EndsWith("term-discount.txt", StringComparison.Ordinal));
        await browser.NavigateAsync(new Uri(PageOf(output, "term-discount")));
        (await browser.EvaluateAsync("document.querySelectorAll('#negotiation svg.dance a.nmark').length")).GetInt32().Should().Be(term.RequireConversation().Ledger.Moves.Count);
        (await browser.EvaluateAsync("getComputedStyle(document.querySelector('#negotiation svg.dance .nm.concession.reciprocated.conditional')).fill")).GetString().Should().Be("rgb(255, 255, 255)");
        (await browser.EvaluateAsync("document.querySelectorAll('#negotiation svg.dance .nm.deal').length")).GetInt32().Should().BePositive();
        await browser.EvaluateAsync("document.getElementById('negotiation').scrollIntoView()");
        await browser.ScreenshotViewportAsync(Path.Combine(ScreenshotFolder, "call-negotiation-term.png"));

        // A call without numbers has no chart.
        await browser.NavigateAsync(new Uri(PageOf(output, "discovery-asr")));
        (await browser.EvaluateAsync("document.getElementById('negotiation') === null")).GetBoolean().Should().BeTrue();

        browser.Problems().Should().BeEmpty("the pages must load and run without console errors");
        browser.RequestedUrls().Should().OnlyContain(url => url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal));
    }

    private static string PageOf(string report, string id) => Directory.GetFiles(Path.Combine(report, "calls"), $"*-{id}.html").Single();

    private static async Task<List<string>> Strings(HeadlessChromium browser, string expression) =>
        [.. (await browser.EvaluateAsync(expression)).EnumerateArray().Select(e => e.GetString()!)];

    private static async Task<List<double>> Numbers(HeadlessChromium browser, string expression) =>
        [.. (await browser.EvaluateAsync(expression)).EnumerateArray().Select(e => double.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture))];

    private static async Task<int> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(output, error));
        if (code != 0)
        {
            await TestContext.Out.WriteLineAsync(output + "\n" + error);
        }

        return code;
    }
}
