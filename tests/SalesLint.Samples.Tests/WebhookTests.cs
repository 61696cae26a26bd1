using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SalesLint.Samples.Tests;

/// <summary>samples/webhook in process (the factory takes any type of the sample's assembly; both samples have a Program): vendor JSON and canonical JSON in, scores and findings out, bad input a 400/422.</summary>
[TestFixture]
public sealed class WebhookTests : IDisposable
{
    private WebApplicationFactory<WebhookResponse> factory = null!;
    private HttpClient client = null!;

    private static string Vendor(string name) => Path.Combine(Repository.Root, "samples", "vendors", name);

    [OneTimeSetUp]
    public void Start()
    {
        factory = new WebApplicationFactory<WebhookResponse>().WithWebHostBuilder(b => b.UseSetting("SalesLint:Sellers:0", "Dana Whitfield"));
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        client?.Dispose();
        factory?.Dispose();
    }

    [Test]
    public async Task Deepgram_Callback_ReturnsTheScoreAndFindings()
    {
        using var body = new StreamContent(File.OpenRead(Vendor("deepgram.json")));

        using var response = await client.PostAsync("/webhooks/deepgram?seller=0&id=call-42", body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var call = json.RootElement.GetProperty("calls").EnumerateArray().Single();
        call.GetProperty("id").GetString().Should().Be("call-42");
        call.GetProperty("score").GetDouble().Should().BeInRange(0, 100);
        call.GetProperty("findings").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(f => f.GetProperty("rule").GetString()!.StartsWith("SL", StringComparison.Ordinal) && f.GetProperty("severity").ValueKind == JsonValueKind.String);
    }

    [Test]
    public async Task AssemblyAi_Transcript_IsAnalyzed()
    {
        using var body = new StreamContent(File.OpenRead(Vendor("assemblyai.json")));

        using var response = await client.PostAsync("/webhooks/assemblyai?seller=A", body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("calls").GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task Calls_CanonicalJson_GivesTheLibrarysScore()
    {
        var path = Path.Combine(Repository.Root, "samples", "discovery-good.json");
        using var body = new StringContent(await File.ReadAllTextAsync(path), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/calls", body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var expected = TestEngine.Analyze(path);
        var call = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("calls")[0];
        call.GetProperty("score").GetDouble().Should().Be(expected.Score.Overall);
        call.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString())
            .Should().Equal(expected.Diagnostics.Select(d => d.RuleId));
    }

    [Test]
    public async Task Calls_MalformedJson_Is422WithTheReadersMessage()
    {
        using var body = new StringContent("{\"participants\": [", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/calls?id=crm-7", body);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().Should().StartWith("crm-7(1,");
    }

    [Test]
    public async Task Deepgram_WithoutSeller_Is422ListingTheSpeakers()
    {
        using var body = new StreamContent(File.OpenRead(Vendor("deepgram.json")));

        using var response = await client.PostAsync("/webhooks/deepgram", body);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .Should().Contain("cannot tell who the seller is").And.Contain("speakers: 0");
    }

    [Test]
    public async Task Calls_UnknownFormat_Is400()
    {
        using var body = new StringContent("x", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/calls?format=docx", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().StartWith("Unknown transcript format 'docx'");
    }

    [Test]
    public async Task Calls_EmptyBody_Is422()
    {
        using var body = new StringContent(string.Empty);

        using var response = await client.PostAsync("/calls", body);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Be("call: the file is empty");
    }

    /// <summary>
    /// Per-call latency through the webhook, in process (the figures of the closing note). Not a speed check: it prints.
    /// <c>dotnet test tests/SalesLint.Samples.Tests --filter Name=Latency_Figures</c>.
    /// </summary>
    [Test]
    [Explicit("prints figures")]
    public async Task Latency_Figures()
    {
        var shortCall = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "samples", "discovery-good.json"));
        var longCall = LongCall.Canonical(minutes: 60);
        foreach (var (label, text) in new[] { ("short (41 turns)", shortCall), ("60-minute", longCall) })
        {
            for (var i = 0; i < 20; i++)
            {
                using var warm = await client.PostAsync("/calls", new StringContent(text, Encoding.UTF8, "application/json"));
                warm.EnsureSuccessStatusCode();
            }

            var times = new List<double>();
            for (var i = 0; i < 100; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("/calls", new StringContent(text, Encoding.UTF8, "application/json"));
                response.EnsureSuccessStatusCode();
                _ = await response.Content.ReadAsByteArrayAsync();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.Sort();
            TestContext.Out.WriteLine($"{label}: {Encoding.UTF8.GetByteCount(text)} bytes, median {times[50]:0.00} ms, p95 {times[95]:0.00} ms, max {times[^1]:0.00} ms");
        }
    }
}
