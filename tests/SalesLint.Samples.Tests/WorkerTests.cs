using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesLint.Samples.Worker;

namespace SalesLint.Samples.Tests;

/// <summary>samples/worker: transcripts dropped in a queue folder get results (or the reader's error) written back.</summary>
[TestFixture]
public sealed class WorkerTests
{
    private string queue = null!;

    [SetUp]
    public void CreateQueue()
    {
        queue = Path.Combine(Path.GetTempPath(), "saleslint-queue-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(queue, "in"));
    }

    [TearDown]
    public void DeleteQueue() => Directory.Delete(queue, recursive: true);

    [Test]
    public async Task QueueFolder_Transcripts_GetResultsAndErrorsWrittenBack()
    {
        var samples = Path.Combine(Repository.Root, "samples");
        File.Copy(Path.Combine(samples, "negotiation-trade.srt"), Path.Combine(queue, "in", "call-1.srt"));
        File.Copy(Path.Combine(samples, "vendors", "deepgram.json"), Path.Combine(queue, "in", "call-2.json"));
        var lines = await File.ReadAllLinesAsync(Path.Combine(samples, "batch.jsonl"));
        await File.WriteAllLinesAsync(Path.Combine(queue, "in", "sync.jsonl"), [lines[0], "{oops", lines[2]]);

        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSalesLint();
        builder.Services.Configure<QueueOptions>(o => { o.Folder = queue; o.PollInterval = TimeSpan.FromMilliseconds(50); });
        builder.Services.AddHostedService<QueueFolderWorker>();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var done = Path.Combine(queue, "done");
            for (var i = 0; i < 400 && !(Directory.Exists(done) && Directory.GetFiles(done).Length == 3); i++)
            {
                await Task.Delay(50);
            }
        }
        finally
        {
            await host.StopAsync();
        }

        var outgoing = Path.Combine(queue, "out");
        Directory.GetFiles(Path.Combine(queue, "done")).Select(Path.GetFileName).Should().BeEquivalentTo("call-1.srt", "call-2.json", "sync.jsonl");
        using (var results = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outgoing, "call-1.srt.results.json"))))
        {
            results.RootElement[0].GetProperty("score").GetProperty("overall").GetDouble()
                .Should().Be(TestEngine.Analyze(Path.Combine(samples, "negotiation-trade.srt")).Score.Overall);
        }

        (await File.ReadAllTextAsync(Path.Combine(outgoing, "call-2.json.error.json"))).Should().Contain("cannot tell who the seller is");
        (await File.ReadAllLinesAsync(Path.Combine(outgoing, "sync.results.jsonl")))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("conversationId").GetString())
            .Should().Equal("roleplay-01-lena", "roleplay-03-tessa");
        (await File.ReadAllLinesAsync(Path.Combine(outgoing, "sync.errors.jsonl"))).Should().ContainSingle().Which.Should().Contain("\"line\":2");
    }
}
