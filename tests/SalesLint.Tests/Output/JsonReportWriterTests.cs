using System.Text;
using System.Text.Json;
using SalesLint.Batch;
using SalesLint.Output;

namespace SalesLint.Tests.Output;

/// <summary>The streamed JSON report is the document the record contract of <see cref="BatchReport"/> gives, written as it goes.</summary>
public sealed class JsonReportWriterTests
{
    [Test]
    public void Write_OneEntryAtATime_EqualsTheWholeReportSerialized()
    {
        var report = ReportSamples.Batch(["config.yaml(5): suppression of SL1004 in x.json no longer matches any finding"]);
        using var stream = new MemoryStream();

        using (var writer = new JsonReportWriter(stream))
        {
            ReportSamples.Stream(writer, report);
        }

        var streamed = Encoding.UTF8.GetString(stream.ToArray());
        streamed.Should().Be(JsonSerializer.Serialize(report, SalesLintJson.ContractOptions), "the record's own contract is what check wrote before streaming");
        streamed.Should().Be(JsonSerializer.Serialize(report, SalesLintJson.Options), "whole-report serialization goes through the same writer");
    }

    [Test]
    public void Write_Batch_ParsesWithResultsErrorsAndSummary()
    {
        var report = ReportSamples.Batch();
        using var stream = new MemoryStream();

        JsonReportWriter.Write(stream, report);

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("results", "errors", "unusedSuppressions", "summary");
        var results = root.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(5, "one vtt, three conversations in the jsonl, one txt");
        results.Select(r => r.GetProperty("path").GetString()).Should().Equal(
            "samples/negotiation-giveaway.vtt", "samples/batch.jsonl", "samples/batch.jsonl", "samples/batch.jsonl", "samples/pitch-first.txt");
        results[^1].GetProperty("suppressed").GetArrayLength().Should().Be(1);
        root.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Should().Equal("calls/bad.json", "calls/zoom.vtt");
        root.GetProperty("errors")[0].GetProperty("line").GetInt32().Should().Be(3);
        root.GetProperty("errors")[1].GetProperty("place").GetString().Should().Be("speakers");
        var summary = root.GetProperty("summary");
        summary.GetProperty("files").GetInt32().Should().Be(5);
        summary.GetProperty("conversations").GetInt32().Should().Be(5);
        summary.GetProperty("fileErrors").GetInt32().Should().Be(2);
        summary.GetProperty("suppressed").GetInt32().Should().Be(1);
        summary.GetProperty("warnings").GetInt32().Should().Be(report.Results.Sum(r => r.Diagnostics.Count(d => d.Severity == SalesLint.Diagnostics.DiagnosticSeverity.Warning)));
        summary.GetProperty("bytes").GetInt64().Should().Be(report.Summary.Bytes);
    }

    [Test]
    public void Write_ManyConversations_ReachTheStreamBeforeComplete()
    {
        var conversation = ReportSamples.Batch().Results[0];
        using var stream = new MemoryStream();
        using var writer = new JsonReportWriter(stream);

        for (var i = 0; i < 200; i++)
        {
            writer.Write(conversation);
        }

        stream.Length.Should().BeGreaterThan(64 * 1024, "results are passed on in blocks, not kept until the end");
        var beforeComplete = stream.Length;
        writer.Complete([], new BatchSummaryBuilder().Build());
        stream.Length.Should().BeGreaterThan(beforeComplete);
        using var doc = JsonDocument.Parse(stream.ToArray());
        doc.RootElement.GetProperty("results").GetArrayLength().Should().Be(200);
    }

    [Test]
    public void Complete_Twice_Throws()
    {
        using var stream = new MemoryStream();
        using var writer = new JsonReportWriter(stream);
        writer.Complete([], new BatchSummaryBuilder().Build());

        var again = () => writer.Complete([], new BatchSummaryBuilder().Build());
        var write = () => writer.Write(new FileError("a.txt", null, null, null, "x"));

        again.Should().Throw<InvalidOperationException>();
        write.Should().Throw<InvalidOperationException>();
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(JsonSerializer.Serialize(
            new BatchReport { Results = [], Errors = [], Summary = new BatchSummaryBuilder().Build() }, SalesLintJson.ContractOptions));
    }

    [Test]
    public void Deserialize_WrittenReport_ReadsBack()
    {
        var report = ReportSamples.Batch();
        var json = JsonSerializer.Serialize(report, SalesLintJson.Options);

        var read = JsonSerializer.Deserialize<BatchReport>(json, SalesLintJson.Options)!;

        read.Results.Select(r => (r.Path, r.Conversation, r.Diagnostics.Count)).Should().Equal(report.Results.Select(r => (r.Path, r.Conversation, r.Diagnostics.Count)));
        read.Errors.Should().Equal(report.Errors);
        read.Summary.Should().Be(report.Summary);
    }
}
