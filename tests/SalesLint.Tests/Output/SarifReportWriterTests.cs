using System.Text.Json;
using SalesLint.Batch;
using SalesLint.Output;

namespace SalesLint.Tests.Output;

/// <summary>The streamed SARIF log: the same log as the whole-report writer, valid, results in input order, written as it goes.</summary>
public sealed class SarifReportWriterTests
{
    [Test]
    public void Write_OneEntryAtATime_EqualsTheWholeReportLog()
    {
        var report = ReportSamples.Batch(["config.yaml(5): suppression of SL1004 in x.json no longer matches any finding"]);
        using var whole = new MemoryStream();
        SarifWriter.Write(whole, report, TestSupport.BuiltInEngine.Descriptors, "0.1.0");
        using var streamed = new MemoryStream();

        using (var writer = new SarifReportWriter(streamed, TestSupport.BuiltInEngine.Descriptors, "0.1.0"))
        {
            ReportSamples.Stream(writer, report);
        }

        streamed.ToArray().Should().Equal(whole.ToArray());
    }

    [Test]
    public void Write_Batch_IsValidSarifWithResultsInInputOrder()
    {
        var report = ReportSamples.Batch();

        var log = Log(report);

        SarifWriterTests.Validate(log, "log", "$");
        var run = log.GetProperty("runs")[0];
        run.EnumerateObject().Select(p => p.Name).Should().Equal("tool", "originalUriBaseIds", "columnKind", "results", "invocations");
        var expected = report.Results
            .SelectMany(c => c.Diagnostics.Select(d => (c.Conversation, d.RuleId, Suppressed: false))
                .Concat(c.Suppressed.Select(s => (c.Conversation, s.Diagnostic.RuleId, Suppressed: true))))
            .Select(x => $"{x.Conversation} {x.RuleId} {x.Suppressed}")
            .Concat(["  SL9000 False", "  SL9000 False"]);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => $"{(r.TryGetProperty("properties", out var p) ? p.GetProperty("conversation").GetString() : " ")} {r.GetProperty("ruleId").GetString()} {r.TryGetProperty("suppressions", out _)}")
            .Should().Equal(expected);
        results[^2].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("calls/bad.json");
        results[^1].GetProperty("message").GetProperty("text").GetString().Should().Be("speakers: cannot tell who the seller is");
        var invocation = run.GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        invocation.GetProperty("toolExecutionNotifications").EnumerateArray()
            .Select(n => n.GetProperty("message").GetProperty("text").GetString())
            .Should().Equal("expected a value", "cannot tell who the seller is");
    }

    [Test]
    public void Complete_NoUnreadableFile_ExecutionSuccessful()
    {
        var report = ReportSamples.Batch() with { Errors = [] };

        var log = Log(report);

        SarifWriterTests.Validate(log, "log", "$");
        var invocation = log.GetProperty("runs")[0].GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeTrue();
        invocation.GetProperty("toolExecutionNotifications").GetArrayLength().Should().Be(0);
        log.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Should().NotContain(r => r.GetProperty("ruleId").GetString() == "SL9000");
    }

    [Test]
    public void Write_ManyConversations_ReachTheStreamBeforeComplete()
    {
        var conversation = ReportSamples.Batch().Results.First(r => r.Diagnostics.Count > 0);
        using var stream = new MemoryStream();
        using var writer = new SarifReportWriter(stream, TestSupport.BuiltInEngine.Descriptors, "0.1.0");

        for (var i = 0; i < 200; i++)
        {
            writer.Write(conversation);
        }

        stream.Length.Should().BeGreaterThan(64 * 1024, "results are passed on in blocks, not kept until the end");
        writer.Complete([], new BatchSummaryBuilder().Build());
        using var doc = JsonDocument.Parse(stream.ToArray());
        doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(200 * conversation.Diagnostics.Count);
        var write = () => writer.Write(conversation);
        write.Should().Throw<InvalidOperationException>();
    }

    private static JsonElement Log(BatchReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new SarifReportWriter(stream, TestSupport.BuiltInEngine.Descriptors, "0.1.0"))
        {
            ReportSamples.Stream(writer, report);
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }
}
