using SalesLint.Cli.Reports;
using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Tests.Cli.Reports;

public sealed class TimelineLayoutTests
{
    [Test]
    public void Build_TimedCall_OneBarPerTurnOnItsSpeakersLaneAlongTime()
    {
        var call = ReportBuilderTests.SampleBatch().Calls.Single(c => c.Result.ConversationId == "roleplay-02-marco");

        var layout = TimelineLayout.Build(call.RequireConversation(), call.Result.Diagnostics);

        layout.ByTime.Should().BeTrue();
        layout.Bars.Should().HaveCount(call.RequireConversation().Turns.Count);
        layout.Lanes.Select(l => (l.Name, l.Role)).Should().Equal(("Marco Ruiz", SpeakerRole.Seller), ("June Park", SpeakerRole.Buyer));
        foreach (var bar in layout.Bars)
        {
            var turn = call.RequireConversation().Turns[bar.Turn];
            layout.Lanes[bar.Lane].ParticipantId.Should().Be(turn.Speaker.Id);
            bar.Start.Should().Be(turn.Start!.Value);
            bar.X.Should().BeApproximately(layout.XOf(turn.Start!.Value), 1e-9);
            bar.X.Should().BeInRange(TimelineLayout.PlotLeft, TimelineLayout.PlotRight);
            (bar.X + bar.Width).Should().BeLessThanOrEqualTo(TimelineLayout.PlotRight + 1.5);
        }

        layout.Bars.Select(b => b.X).Should().BeInAscendingOrder();
    }

    [Test]
    public void Build_Findings_OneMarkerPerFindingWithATurnInsideItsTurn()
    {
        var call = ReportBuilderTests.SampleBatch().Calls.Single(c => c.Result.ConversationId == "pitch-first");
        var diagnostics = call.Result.Diagnostics;

        var layout = TimelineLayout.Build(call.RequireConversation(), diagnostics);

        layout.Markers.Should().HaveCount(diagnostics.Count(d => d.Location.Turn is not null));
        diagnostics.Should().Contain(d => d.Location.Turn == null, "SL1001 is about the whole call and has no marker");
        foreach (var marker in layout.Markers)
        {
            var bar = layout.Bars[marker.Turn];
            diagnostics[marker.Finding].Location.Turn.Should().Be(marker.Turn);
            marker.X.Should().BeInRange(bar.X, bar.X + bar.Width);
            marker.Lane.Should().Be(bar.Lane);
            marker.Level.Should().BeInRange(0, layout.Levels - 1);
        }

        var sixth = layout.Markers.Where(m => m.Turn == 5).OrderBy(m => diagnostics[m.Finding].Location.Span!.Value.Start).ToList();
        sixth.Should().HaveCountGreaterThan(2);
        sixth.Select(m => m.X).Should().BeInAscendingOrder("marks follow where the finding is in the turn's text");
    }

    [Test]
    public void Build_MarkersAtTheSamePlace_StackUpToTheLimit()
    {
        var conversation = TestSupport.BuiltInEngine.Tokenize(TestSupport.Transcript(TestSupport.Seller("Our solution is great."), TestSupport.Buyer("Okay.")));
        var finding = new Diagnostic
        {
            RuleId = "SL1003",
            Severity = DiagnosticSeverity.Warning,
            Category = "positioning",
            Message = "m",
            HelpLink = "h",
            Location = DiagnosticLocation.ForSentence(conversation.Turns[0].Sentences[0], new TextSpan(4, 8)),
        };

        var layout = TimelineLayout.Build(conversation, Enumerable.Repeat(finding, TimelineLayout.MaxLevels + 3).ToList());

        layout.Markers.Should().HaveCount(TimelineLayout.MaxLevels + 3);
        layout.Levels.Should().Be(TimelineLayout.MaxLevels);
        layout.Markers.Take(TimelineLayout.MaxLevels).Select(m => m.Level).Should().OnlyHaveUniqueItems();
        layout.MarkerY(1).Should().BeLessThan(layout.MarkerY(0), "higher levels are drawn further up");
        layout.MarkerY(layout.Levels - 1).Should().BeGreaterThan(0);
    }

    [Test]
    public void Build_NoTimestamps_UsesWordPositions()
    {
        var transcript = TestSupport.Transcript(TestSupport.Seller("one two three"), TestSupport.Buyer("four five"), TestSupport.Seller("six"));
        transcript = transcript with { Turns = [.. transcript.Turns.Select(t => t with { Start = null, End = null })] };
        var conversation = TestSupport.BuiltInEngine.Tokenize(transcript);

        var layout = TimelineLayout.Build(conversation, []);

        layout.ByTime.Should().BeFalse();
        layout.Extent.Should().Be(6);
        layout.Bars.Select(b => (b.Start, b.End)).Should().Equal((0, 3), (3, 5), (5, 6));
        layout.Markers.Should().BeEmpty();
        layout.Levels.Should().Be(1);
    }

    [Test]
    public void Build_MissingEnds_UseTheNextStart()
    {
        var transcript = TestSupport.Transcript(TestSupport.Seller("Hello there."), TestSupport.Buyer("Hi."));
        transcript = transcript with { Turns = [.. transcript.Turns.Select(t => t with { End = null })] };

        var layout = TimelineLayout.Build(TestSupport.BuiltInEngine.Tokenize(transcript), []);

        layout.ByTime.Should().BeTrue();
        layout.Bars[0].End.Should().Be(10, "the next turn starts at 10 s");
        layout.Bars[1].End.Should().BeGreaterThan(10);
    }

    [Test]
    public void Ticks_StartAtZeroAndStayWithinTheExtent()
    {
        var call = ReportBuilderTests.SampleBatch().Calls.Single(c => c.Result.ConversationId == "discovery-good");
        var layout = TimelineLayout.Build(call.RequireConversation(), call.Result.Diagnostics);

        var ticks = layout.Ticks();

        ticks[0].Should().Be(0);
        ticks.Should().HaveCountGreaterThanOrEqualTo(3).And.HaveCountLessThanOrEqualTo(9);
        ticks.Should().OnlyContain(t => t <= layout.Extent);
        ticks.Zip(ticks.Skip(1), (a, b) => b - a).Distinct().Should().ContainSingle("ticks are evenly spaced");
    }
}
