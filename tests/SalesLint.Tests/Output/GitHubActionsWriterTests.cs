using System.Text.RegularExpressions;
using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Output;

namespace SalesLint.Tests.Output;

/// <summary>GitHub annotations: columns, the per-level and per-job caps with one overflow notice, and the step summary.</summary>
public sealed class GitHubActionsWriterTests
{
    private static readonly string Samples = Path.Combine(TestSupport.RepositoryRoot, "samples");

    [Test]
    public void Complete_MoreFindingsThanGitHubShows_AnnotatesTheMostSevereFirstAndSaysWhatWasLeftOut()
    {
        // 60 conversations of warnings, then 15 whose findings are errors, then 20 whose findings are suggestions.
        var sample = ReportSamples.Batch().Results.First(r => r.Diagnostics.Count >= 2);
        var conversations = Enumerable.Range(0, 60).Select(i => sample with { Conversation = $"w{i}", Diagnostics = Retag(sample, DiagnosticSeverity.Warning) })
            .Concat(Enumerable.Range(0, 15).Select(i => sample with { Conversation = $"e{i}", Diagnostics = Retag(sample, DiagnosticSeverity.Error) }))
            .Concat(Enumerable.Range(0, 20).Select(i => sample with { Conversation = $"s{i}", Diagnostics = Retag(sample, DiagnosticSeverity.Suggestion) }))
            .ToList();
        var total = conversations.Sum(c => c.Diagnostics.Count);

        var lines = Run(conversations, null, out _);

        lines.Count(l => l.StartsWith("::group::", StringComparison.Ordinal)).Should().Be(1);
        var annotations = lines.Skip(lines.IndexOf("::endgroup::") + 1).ToList();
        annotations.Should().OnlyContain(l => l.StartsWith("::", StringComparison.Ordinal), "the findings left out are all inside the group, before the annotations");
        annotations.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)).Should().Be(10);
        annotations.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)).Should().Be(10);
        annotations.Count(l => l.StartsWith("::notice ", StringComparison.Ordinal)).Should().Be(10, "nine suggestions and the note about the rest");
        annotations.Should().HaveCount(30);
        annotations.Select(l => l.StartsWith("::error", StringComparison.Ordinal) ? 0 : l.StartsWith("::warning", StringComparison.Ordinal) ? 1 : 2).Should().BeInAscendingOrder();
        var note = annotations.Single(l => l.StartsWith("::notice title=SalesLint::", StringComparison.Ordinal));
        note.Should().Be(annotations[^1]);
        var leftOut = total - 29;
        note.Should().Contain($"{leftOut} more finding(s) not annotated").And.Contain("listed in this step's log");
        lines.Count(l => Regex.IsMatch(l, @": (error|warning|suggestion) SL\d{4}: ")).Should().Be(leftOut, "every finding not annotated is a line in the log");
        lines.Where(l => l.StartsWith("::error ", StringComparison.Ordinal)).Should().OnlyContain(l => l.Contains(sample.Path, StringComparison.Ordinal));
    }

    [Test]
    public void Complete_SmallLimits_KeepToThemCountingTheNote()
    {
        var sample = ReportSamples.Batch().Results.First(r => r.Diagnostics.Count >= 2);
        var conversations = Enumerable.Range(0, 5).Select(i => sample with { Conversation = $"c{i}", Diagnostics = Retag(sample, DiagnosticSeverity.Warning) }).ToList();

        var lines = Run(conversations, new GitHubAnnotationLimits(PerLevel: 2, Total: 3), out _);

        var annotations = lines.Where(l => l.StartsWith("::", StringComparison.Ordinal) && !l.Contains("group::", StringComparison.Ordinal)).ToList();
        annotations.Should().HaveCount(3);
        annotations.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)).Should().Be(2);
        annotations[^1].Should().StartWith("::notice title=SalesLint::").And.Contain($"{conversations.Sum(c => c.Diagnostics.Count) - 2} more finding(s)");
    }

    [Test]
    public void Complete_FindingsWithinTheLimits_AreAllAnnotatedWithoutANote()
    {
        var report = ReportSamples.Batch();
        var few = report.Results.Where(r => r.Diagnostics.Count > 0).Take(1).ToList();

        var lines = Run(few, null, out _);

        lines.Should().HaveCount(few[0].Diagnostics.Count).And.OnlyContain(l => l.StartsWith("::", StringComparison.Ordinal) && !l.Contains("title=SalesLint::", StringComparison.Ordinal));
    }

    [Test]
    public void Command_TurnOnOneLine_HasTheFindingsColumns()
    {
        var file = Path.Combine(Samples, "negotiation-giveaway.vtt");
        var result = SalesLint.Reading.TranscriptReader.ReadFile(file).Select(t => TestSupport.BuiltInEngine.Analyze(t)).Single();
        var d = result.Diagnostics.First(x => x.RuleId == "SL1004");

        var command = GitHubAnnotationsWriter.Command("calls/negotiation-giveaway.vtt", d);

        var match = Regex.Match(command, @"^::warning file=calls/negotiation-giveaway\.vtt,line=(\d+),endLine=(\d+),col=(\d+),endColumn=(\d+),title=SL1004::");
        match.Success.Should().BeTrue(command);
        match.Groups[2].Value.Should().Be(match.Groups[1].Value);
        var line = File.ReadAllLines(file)[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
        var start = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
        var end = int.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
        var turn = SalesLint.Reading.TranscriptReader.ReadFile(file)[0].Turns[d.Location.Turn!.Value].Text;
        line[start..end].Should().Be(turn.Substring(d.Location.Span!.Value.Start, d.Location.Span.Value.Length));
    }

    [Test]
    public void Complete_WithAStepSummaryFile_AppendsCountsPerRuleAndTheLowestScores()
    {
        var sample = ReportSamples.Batch().Results.First(r => r.Diagnostics.Count >= 2);
        var conversations = Enumerable.Range(0, 150)
            .Select(i => sample with { Conversation = $"call|{i:000}", Score = sample.Score with { Overall = 100 - (i % 120) * 0.5 } })
            .ToList();
        var summaryFile = Path.GetTempFileName();
        File.WriteAllText(summaryFile, "# Earlier step\n\n");
        try
        {
            Run(conversations, null, out var writer, summaryFile);

            var markdown = File.ReadAllText(summaryFile);
            markdown.Should().StartWith("# Earlier step\n\n## SalesLint");
            foreach (var rule in sample.Diagnostics.Select(d => d.RuleId).Distinct())
            {
                int Count(DiagnosticSeverity severity) => sample.Diagnostics.Count(d => d.RuleId == rule && d.Severity == severity) * 150;
                markdown.Should().Contain($"| {rule} | {Count(DiagnosticSeverity.Error)} | {Count(DiagnosticSeverity.Warning)} | {Count(DiagnosticSeverity.Suggestion)} |");
            }

            markdown.Should().Contain("### Scores (the 100 lowest of 150)");
            var rows = markdown.Split('\n').Where(l => l.StartsWith($"| {sample.Path.Replace("_", "\\_", StringComparison.Ordinal)} |", StringComparison.Ordinal)).ToList();
            rows.Should().HaveCount(100);
            rows[0].Should().Contain("| call\\|119 | 40.5 |");
            rows.Select(r => double.Parse(r.Split(" | ")[^2], System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder();
        }
        finally
        {
            File.Delete(summaryFile);
        }
    }

    [Test]
    public async Task Check_GitHubFormatWithStepSummary_AppendsTheSummary()
    {
        var summaryFile = Path.GetTempFileName();
        var previous = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summaryFile);
        try
        {
            var (code, output, _) = await TestSupport.RunCliAsync("check", Path.Combine(Samples, "negotiation-giveaway.vtt"), "--format", "github");

            code.Should().Be(0);
            output.Should().Contain("::warning file=");
            var markdown = File.ReadAllText(summaryFile);
            markdown.Should().StartWith("## SalesLint").And.MatchRegex(@"\| SL1004 \| 0 \| [1-9][0-9]* \| 0 \|").And.Contain("negotiation-giveaway.vtt");
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", previous);
            File.Delete(summaryFile);
        }
    }

    private static List<Diagnostic> Retag(ConversationReport conversation, DiagnosticSeverity severity) =>
        [.. conversation.Diagnostics.Select(d => d with { Severity = severity })];

    private static List<string> Run(IReadOnlyList<ConversationReport> conversations, GitHubAnnotationLimits? limits, out GitHubActionsWriter writer, string? summaryFile = null)
    {
        using var output = new StringWriter();
        writer = new GitHubActionsWriter(output, summaryFile, limits);
        var summary = new BatchSummaryBuilder();
        foreach (var conversation in conversations)
        {
            writer.Write(conversation);
            summary.AddConversation(conversation.Score.Overall, conversation.Diagnostics, 0);
        }

        writer.Complete(summary.Build());
        return [.. output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)];
    }
}
