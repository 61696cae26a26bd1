using System.Text.Json;
using SalesLint.Cli;

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
        (await browser.EvaluateAsync("document.querySelectorAll('svg#timeline .mark').length")).GetInt32().Should().Be(8);
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
