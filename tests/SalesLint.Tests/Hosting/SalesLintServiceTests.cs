using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesLint.Engine;
using SalesLint.Hosting;
using SalesLint.Tests.Reading;

namespace SalesLint.Tests.Hosting;

[TestFixture]
public class SalesLintServiceTests
{
    private static string Samples => Path.Combine(TestSupport.RepositoryRoot, "samples");

    private static ServiceProvider Build(Action<SalesLintOptions> configure, LogSink? logs = null)
    {
        var services = new ServiceCollection();
        if (logs is not null)
        {
            services.AddSingleton<ILoggerFactory>(logs);
        }

        return services.AddSalesLint(configure).BuildServiceProvider();
    }

    [Test]
    public async Task AddSalesLint_RegistersOneEngineAndAnalyzesAStream()
    {
        await using var provider = Build(o => o.Sellers.Add("spk_0"));
        var service = provider.GetRequiredService<SalesLintService>();
        await using var body = File.OpenRead(Path.Combine(Samples, "vendors", "aws-transcribe.json"));

        var results = await service.AnalyzeAsync(body, "webhook");

        provider.GetRequiredService<SalesLintEngine>().Should().BeSameAs(service.Engine).And.BeSameAs(provider.GetRequiredService<SalesLintService>().Engine);
        results.Should().ContainSingle().Which.Score.Overall.Should().BeInRange(0, 100);
    }

    [Test]
    public async Task AddSalesLint_ConfigFileAndRuleFolder_AreUsed()
    {
        var dir = Path.Combine(Path.GetTempPath(), "saleslint-di-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, ".saleslint.yaml"), "speakers:\n  sellers: [Dana Whitfield]\n");
            await using var provider = Build(o => o.ConfigFile = Path.Combine(dir, ".saleslint.yaml"));
            var service = provider.GetRequiredService<SalesLintService>();

            service.ReaderOptions.Sellers.Should().Contain("Dana Whitfield");
            var results = await service.AnalyzeAsync(await File.ReadAllTextAsync(Path.Combine(Samples, "vendors", "fireflies.json")), "fireflies.json");
            results.Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task AddSalesLint_InvalidOptions_FailAtStartWithEveryProblem()
    {
        await using var provider = Build(o =>
        {
            o.ConfigFile = "/nonexistent/.saleslint.yaml";
            o.MaxInputBytes = 0;
            o.Sellers.Add("Dana");
            o.Buyers.Add("dana");
        });

        // What the host runs when it starts (ValidateOnStart).
        var act = () => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<OptionsValidationException>())
            .Which.Failures.Should().BeEquivalentTo(
                "SalesLint:ConfigFile '/nonexistent/.saleslint.yaml' does not exist.",
                "SalesLint:MaxInputBytes must be positive (got 0).",
                "SalesLint: 'Dana' is both a seller and a buyer.");
    }

    [Test]
    public async Task AnalyzeJsonLinesAsync_BadLine_IsLoggedAndSkipped()
    {
        var logs = new LogSink();
        await using var provider = Build(o => o.MaxDegreeOfParallelism = 2, logs);
        var service = provider.GetRequiredService<SalesLintService>();
        var lines = await File.ReadAllLinesAsync(Path.Combine(Samples, "batch.jsonl"));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines[0], "{", lines[2])));
        var skipped = new List<TranscriptFormatException>();

        var results = await TranscriptReaderStreamTests.ToListAsync(service.AnalyzeJsonLinesAsync(stream, "crm-sync", skipped.Add));

        results.Select(r => r.ConversationId).Should().Equal("roleplay-01-lena", "roleplay-03-tessa");
        skipped.Should().ContainSingle().Which.Line.Should().Be(2);
        logs.Messages.Should().ContainSingle(m => m.StartsWith("Warning SalesLint skipped crm-sync (line 2):", StringComparison.Ordinal));
        logs.Messages.Should().Contain(m => m.StartsWith("Information SalesLint engine ready:", StringComparison.Ordinal));
    }

    [Test]
    public async Task Analyze_SlowerThanTheThreshold_IsLogged()
    {
        var logs = new LogSink();
        await using var provider = Build(o => o.SlowAnalysisThreshold = TimeSpan.FromTicks(1), logs);

        await provider.GetRequiredService<SalesLintService>().AnalyzeAsync(await File.ReadAllTextAsync(Path.Combine(Samples, "pitch-first.txt")), "pitch-first.txt");

        logs.Messages.Should().Contain(m => m.StartsWith("Warning SalesLint analysis of pitch-first (", StringComparison.Ordinal));
    }

    [Test]
    public async Task AnalyzeAsync_BadInput_ThrowsTheReadersMessage()
    {
        await using var provider = Build(_ => { });

        var act = () => provider.GetRequiredService<SalesLintService>().AnalyzeAsync("{\"turns\": [", "body.json");

        await act.Should().ThrowAsync<TranscriptFormatException>().WithMessage("body.json(1,*");
    }

    /// <summary>Collects log lines as "Level message".</summary>
    private sealed class LogSink : ILoggerFactory, ILogger
    {
        private readonly List<string> messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (messages)
                {
                    return [.. messages];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (messages)
            {
                messages.Add($"{logLevel} {formatter(state, exception)}");
            }
        }

        public void Dispose()
        {
        }
    }
}
