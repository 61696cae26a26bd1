using System.Text.Json;
using System.Text.RegularExpressions;
using SalesLint.Cli.Reports;
using SalesLint.Model;

namespace SalesLint.Tests.Cli.Reports;

public sealed partial class ReportWriterTests
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\" 'a'";

    private string temp = string.Empty;

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-rw-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Html_EscapesMarkupAndQuotes()
    {
        ReportText.Html(Payload).Should().Be("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &quot;q&quot; &#39;a&#39;");
        ReportText.Html("tab\tnew\nline\u0000\u0007bell").Should().Be("tab\tnew\nlinebell");
        ReportText.Html(null).Should().BeEmpty();
    }

    [TestCase(3, "roleplay-02-marco", "003-roleplay-02-marco.html")]
    [TestCase(12, "Call \"><script>", "012-call-script.html")]
    [TestCase(1, "../../etc/passwd", "001-etc-passwd.html")]
    [TestCase(7, "日本語", "007.html")]
    public void PageName_IsASafeUniqueSlug(int number, string id, string expected) => ReportText.PageName(number, id).Should().Be(expected);

    [Test]
    public void Segments_OverlappingFindings_CutAtEveryEdge()
    {
        var segments = InlineHighlights.Segments(100, [(0, new TextSpan(64, 12)), (1, new TextSpan(68, 8))]);

        segments.Select(s => (s.Start, s.Length, string.Join(",", s.Findings))).Should().Equal(
            (0, 64, string.Empty), (64, 4, "0"), (68, 8, "0,1"), (76, 24, string.Empty));
    }

    [Test]
    public void Segments_SpansOutsideTheTextOrEmpty_AreClippedOrIgnored()
    {
        var segments = InlineHighlights.Segments(10, [(0, new TextSpan(8, 10)), (1, new TextSpan(3, 0)), (2, new TextSpan(0, 10))]);

        segments.Select(s => (s.Start, s.Length, string.Join(",", s.Findings))).Should().Equal((0, 8, "2"), (8, 2, "0,2"));
        InlineHighlights.Segments(0, []).Should().BeEmpty();
    }

    [Test]
    public void Write_Samples_WritesOverviewCallPagesAndAggregates()
    {
        var batch = ReportBuilderTests.SampleBatch();

        var written = ReportWriter.Write(batch, temp);

        written[0].Should().Be(Path.Combine(temp, "index.html"));
        Directory.GetFiles(Path.Combine(temp, "calls"), "*.html").Select(Path.GetFileName).Should().BeEquivalentTo(batch.Calls.Select(c => c.PageName));
        foreach (var name in new[] { "sellers.csv", "calls.csv", "findings.csv", "report.json" })
        {
            File.Exists(Path.Combine(temp, name)).Should().BeTrue(name);
        }

        var index = File.ReadAllText(Path.Combine(temp, "index.html"));
        SellerRow().Matches(index).Should().HaveCount(8);
        foreach (var call in batch.Calls)
        {
            index.Should().Contain($"href=\"calls/{call.PageName}\"");
        }

        var marco = File.ReadAllText(Path.Combine(temp, "calls", "002-roleplay-02-marco.html"));
        Regex.Matches(marco, "<rect class=\"bar ").Should().HaveCount(10);
        Regex.Matches(marco, "<g class=\"mark ").Should().HaveCount(7);
        marco.Should().Contain("Suggested rewrite:").And.Contain("<mark class=\"hl sev-warning\" data-f=\"4 5\"");
        var seller = batch.Calls[1].Sellers[0];
        marco.Should().Contain(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"<td class=\"num\">{seller.QuestionsPerMinute:0.0}/min</td><td class=\"num\">{ReportText.Clock(seller.LongestMonologueSeconds!.Value)}</td><td class=\"num\">{seller.PatienceSeconds:0.0} s</td>"));
    }

    [Test]
    public void Write_Pages_LoadNothingFromOutside()
    {
        ReportWriter.Write(ReportBuilderTests.SampleBatch(), temp);

        foreach (var page in Directory.GetFiles(temp, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            html.Should().Contain("Content-Security-Policy\" content=\"default-src 'none';", page);
            html.Should().NotMatchRegex("(?i)<(script|img|iframe|link)[^>]+(src|href)=\"(https?:)?//", "no external resources in " + page);
            html.Should().NotContain("@import").And.NotContain("url(http");
            var nonce = Regex.Match(html, "script-src 'nonce-([^']+)'").Groups[1].Value;
            nonce.Should().NotBeEmpty();
            Regex.Matches(html, "<script").Should().HaveCount(1).And.OnlyContain(m => html.Substring(m.Index, 40).Contains(nonce, StringComparison.Ordinal));
            html.Should().NotMatchRegex(@"\sstyle=""", "inline style attributes would be blocked by the CSP");
        }
    }

    [Test]
    public void Write_HostileTranscript_EscapesEveryPieceOfIt()
    {
        var batch = ReportBuilderTests.BatchOf(ReportBuilderTests.Call(
            "id " + Payload,
            ("Eve " + Payload, SpeakerRole.Seller, "Our solution is great. " + Payload),
            ("Bob", SpeakerRole.Buyer, "Hmm " + Payload)));

        ReportWriter.Write(batch, temp);

        var pages = Directory.GetFiles(temp, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        pages.Should().HaveCount(2);
        foreach (var html in pages)
        {
            html.Should().NotContain("<script>alert").And.NotContain("<img").And.NotContain("onerror=alert(2)>");
            html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        File.ReadAllText(Path.Combine(temp, "sellers.csv")).Should().Contain("Eve <script>", "CSV keeps the text as it was");
    }

    [Test]
    public void WithoutBidiControls_StripsEmbeddingsOverridesIsolatesAndMarksButKeepsRightToLeftLetters()
    {
        ReportText.WithoutBidiControls("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061C").Should().Be("abcdefghijk");
        ReportText.WithoutBidiControls(" דנה כהן ").Should().Be("דנה כהן");
        ReportText.WithoutBidiControls(null).Should().BeEmpty();
        ReportText.Name("Eve\u202E <b>").Should().Be("<bdi>Eve &lt;b&gt;</bdi>");
    }

    [Test]
    public void Write_RightToLeftOverrideInSpeakerNames_NeverReachesThePagesAndNamesAreIsolated()
    {
        const string seller = "Eve \u202Eexe.gnp\u202C Adams";
        const string buyer = "\u2067Bob\u2069 \u200FStone";
        var batch = ReportBuilderTests.BatchOf(ReportBuilderTests.Call(
            "bidi",
            (seller, SpeakerRole.Seller, "Our solution is great. What do you need?"),
            (buyer, SpeakerRole.Buyer, "Forecasts.")));

        ReportWriter.Write(batch, temp);

        var controls = new[] { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F' };
        var index = File.ReadAllText(Path.Combine(temp, "index.html"));
        var page = File.ReadAllText(Path.Combine(temp, "calls", "001-bidi.html"));
        foreach (var html in new[] { index, page })
        {
            html.IndexOfAny(controls).Should().Be(-1);
        }

        index.Should().Contain("<bdi>Eve exe.gnp Adams</bdi>");
        page.Should().Contain("<span class=\"speaker\"><bdi>Eve exe.gnp Adams</bdi></span>").And.Contain("<span class=\"speaker\"><bdi>Bob Stone</bdi></span>");
        page.Should().Contain("seller: <strong class=\"seller-name\"><bdi>Eve exe.gnp Adams</bdi></strong> · buyer: <bdi>Bob Stone</bdi>");
        File.ReadAllText(Path.Combine(temp, "sellers.csv")).IndexOfAny(controls).Should().Be(-1);
    }

    [Test]
    public void Csv_QuotesAndGuardsFormulas()
    {
        CsvReportWriter.Quote("plain").Should().Be("plain");
        CsvReportWriter.Quote("a,b").Should().Be("\"a,b\"");
        CsvReportWriter.Quote("say \"hi\"").Should().Be("\"say \"\"hi\"\"\"");
        CsvReportWriter.Quote("two\nlines").Should().Be("\"two\nlines\"");
        CsvReportWriter.Text("=HYPERLINK(\"x\")").Should().Be("'=HYPERLINK(\"x\")");
        CsvReportWriter.Text("+1").Should().Be("'+1");
        CsvReportWriter.Text("@sum").Should().Be("'@sum");
        CsvReportWriter.Text("Dana").Should().Be("Dana");
    }

    [Test]
    public void Csv_Samples_OneRowPerSellerCallAndFinding()
    {
        var batch = ReportBuilderTests.SampleBatch();

        var sellers = Lines(CsvReportWriter.Sellers(batch));
        var calls = Lines(CsvReportWriter.Calls(batch));
        var findings = Lines(CsvReportWriter.Findings(batch));

        sellers[0].Should().StartWith("seller,calls,mean_score,discovery_score,listening_score,positioning_score,negotiation_score,closing_score,talk_share,question_share,questions,question_rate,longest_monologue_seconds,patience_seconds,gave_away_share,gap_conceded,price_negotiations,findings,");
        sellers.Should().HaveCount(1 + 8);
        sellers[1].Should().StartWith("Ryan Castellano,1,39.8,");
        calls.Should().HaveCount(1 + 8);
        calls[0].Should().Contain("score").And.Contain(",talk_share,question_share,seller_questions,question_rate,longest_monologue_seconds,patience_seconds,").And.EndWith("page");
        var marco = batch.Sellers.Single(s => s.Name == "Marco Ruiz");
        sellers.Should().Contain(l => l.Contains(
            $",{marco.Questions},{ReportText.Number(marco.QuestionsPerMinute)},{ReportText.Number(marco.LongestMonologueSeconds)},{ReportText.Number(marco.PatienceSeconds)},{ReportText.Number(marco.GaveAwayShare)},{ReportText.Number(marco.GapConceded)},{marco.PriceNegotiations},{marco.Findings},",
            StringComparison.Ordinal));
        var negotiator = batch.Sellers.First(s => s.PriceNegotiations > 0);
        sellers.Should().Contain(l => l.Contains(
            $",{ReportText.Number(negotiator.GaveAwayShare)},{ReportText.Number(negotiator.GapConceded)},{negotiator.PriceNegotiations},",
            StringComparison.Ordinal) && negotiator.GapConceded > 0, "a seller with a price negotiation has its gap conceded and given away");
        findings.Should().HaveCount(1 + batch.Calls.Sum(c => c.Result.Diagnostics.Count));
        findings.Should().Contain(l => l.Contains(",SL1004,warning,negotiation,7,45", StringComparison.Ordinal) && l.Contains(",Jordan Pike,", StringComparison.Ordinal));
        sellers.Concat(calls).Should().OnlyContain(l => !l.Contains("NaN", StringComparison.Ordinal));
    }

    [Test]
    public void Json_Samples_HasSummarySellersAndCalls()
    {
        var batch = ReportBuilderTests.SampleBatch();

        using var document = JsonDocument.Parse(JsonReportWriter.Write(batch));

        var root = document.RootElement;
        root.GetProperty("summary").GetProperty("calls").GetInt32().Should().Be(8);
        root.GetProperty("summary").GetProperty("sellers").GetInt32().Should().Be(8);
        var ryan = root.GetProperty("sellers")[0];
        ryan.GetProperty("name").GetString().Should().Be("Ryan Castellano");
        ryan.GetProperty("categories").GetProperty("discovery").GetDouble().Should().BeLessThan(50);
        ryan.GetProperty("coachOn")[0].GetProperty("source").GetString().Should().Be("SL1002");
        ryan.GetProperty("topFindings")[0].GetProperty("ruleId").GetString().Should().Be("SL1003");
        ryan.TryGetProperty("trend", out _).Should().BeFalse("there is no history");
        ryan.TryGetProperty("questionRate", out _).Should().BeFalse("pitch-first.txt has start times only, so no call length");
        var marco = root.GetProperty("sellers").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Marco Ruiz");
        var seller = batch.Sellers.Single(s => s.Name == "Marco Ruiz");
        marco.GetProperty("questionRate").GetDouble().Should().Be(seller.QuestionsPerMinute!.Value, "questions per minute, as the engine's question_rate");
        marco.GetProperty("longestMonologueSeconds").GetDouble().Should().Be(seller.LongestMonologueSeconds!.Value);
        marco.GetProperty("patienceSeconds").GetDouble().Should().Be(seller.PatienceSeconds!.Value);
        var negotiator = batch.Sellers.First(s => s.PriceNegotiations > 0);
        var negotiatorJson = root.GetProperty("sellers").EnumerateArray().Single(s => s.GetProperty("name").GetString() == negotiator.Name);
        negotiatorJson.GetProperty("gapConceded").GetDouble().Should().Be(negotiator.GapConceded!.Value);
        negotiatorJson.GetProperty("gaveAwayShare").GetDouble().Should().Be(negotiator.GaveAwayShare!.Value);
        negotiatorJson.GetProperty("priceNegotiations").GetInt32().Should().Be(negotiator.PriceNegotiations);
        var call = root.GetProperty("calls")[1];
        call.GetProperty("page").GetString().Should().Be("calls/002-roleplay-02-marco.html");
        call.GetProperty("diagnostics").GetArrayLength().Should().Be(11);
    }

    [Test]
    public void Write_AgainWithFewerCalls_RemovesStaleCallPages()
    {
        ReportWriter.Write(ReportBuilderTests.SampleBatch(), temp);
        var small = ReportBuilderTests.BatchOf(ReportBuilderTests.Call("only", ("Dana", SpeakerRole.Seller, "Hi."), ("Chris", SpeakerRole.Buyer, "Hello.")));

        ReportWriter.Write(small, temp);

        Directory.GetFiles(Path.Combine(temp, "calls")).Select(Path.GetFileName).Should().Equal("001-only.html");
    }

    private static string[] Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("<th scope=\"row\" data-v=\"[^\"]*\"><button type=\"button\" class=\"who\"")]
    private static partial Regex SellerRow();
}
