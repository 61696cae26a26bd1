using System.Text.Json;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Output;
using SalesLint.Rules;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Engine;

public sealed class SalesLintEngineTests
{
    private static readonly Transcript PitchFirst = Transcript(
        Seller("Hi Chris. Let me show you our dashboards. Our solution integrates with Salesforce. Pricing is $50 per seat."),
        Buyer("Hmm, ok."),
        Seller("We have three hundred customers. It comes with onboarding. Our platform is fast. We are the leader. You will love it."),
        Buyer("It's expensive."),
        Seller("I can do 15% off. Does that help?"),
        Buyer("We need to think about it."));

    [Test]
    public void Analyze_PitchFirstCall_ReportsAllFourNamedRules()
    {
        var result = BuiltInEngine.Analyze(PitchFirst);

        result.Diagnostics.Select(d => d.RuleId).Distinct().Should().Contain(["SL1001", "SL1002", "SL1003", "SL1004"]);
        result.Score.Overall.Should().BeLessThan(70);
        result.Score.Deductions.Should().Contain(d => d.Source == "SL1004");
    }

    [Test]
    public void Analyze_Diagnostics_CarryLocationSpeakerTimeAndHelpLink()
    {
        var diagnostic = BuiltInEngine.Analyze(PitchFirst).Diagnostics.First(d => d.RuleId == "SL1004");

        diagnostic.Location.Turn.Should().Be(4);
        diagnostic.Location.Sentence.Should().Be(0);
        diagnostic.Location.Speaker.Should().Be("Dana");
        diagnostic.Location.SpeakerId.Should().Be("S");
        diagnostic.Location.Role.Should().Be(SpeakerRole.Seller);
        diagnostic.Location.StartSeconds.Should().Be(40);
        diagnostic.Location.Span.Should().NotBeNull();
        diagnostic.HelpLink.Should().EndWith("rules/docs/SL1004.md");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Test]
    public void Analyze_DiagnosticsOrder_IsConversationThenTurnThenSentence()
    {
        var diagnostics = BuiltInEngine.Analyze(PitchFirst).Diagnostics;

        diagnostics[0].Location.Turn.Should().BeNull();
        diagnostics.Skip(1).Select(d => (d.Location.Turn!.Value * 100) + d.Location.Sentence!.Value).Should().BeInAscendingOrder();
    }

    [Test]
    public void Analyze_SeverityOverride_ChangesSeverityAndNoneDisables()
    {
        var options = new EngineOptions
        {
            RuleSeverities = new Dictionary<string, DiagnosticSeverity> { ["SL1004"] = DiagnosticSeverity.Error, ["SL1002"] = DiagnosticSeverity.None },
        };

        var result = new SalesLintEngine(RuleSet.LoadBuiltIn(), options).Analyze(PitchFirst);

        result.Diagnostics.Should().Contain(d => d.RuleId == "SL1004" && d.Severity == DiagnosticSeverity.Error);
        result.Diagnostics.Should().NotContain(d => d.RuleId == "SL1002");
        result.MaxSeverity.Should().Be(DiagnosticSeverity.Error);
    }

    [Test]
    public void Analyze_MinimumSeverity_DropsLowerFindings()
    {
        var options = new EngineOptions { MinimumSeverity = DiagnosticSeverity.Error };

        var result = new SalesLintEngine(RuleSet.LoadBuiltIn(), options).Analyze(PitchFirst);

        result.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Analyze_MinimumSeverityOrRuleFilter_DoesNotChangeTheScore()
    {
        var full = new SalesLintEngine(RuleSet.LoadBuiltIn()).Analyze(PitchFirst);
        var errorsOnly = new SalesLintEngine(RuleSet.LoadBuiltIn(), new EngineOptions { MinimumSeverity = DiagnosticSeverity.Error }).Analyze(PitchFirst);
        var oneRule = new SalesLintEngine(RuleSet.LoadBuiltIn(), new EngineOptions { OnlyRules = new HashSet<string> { "SL1004" } }).Analyze(PitchFirst);

        full.Score.Overall.Should().BeLessThan(100, "the call has findings");
        errorsOnly.Score.Should().BeEquivalentTo(full.Score);
        oneRule.Score.Should().BeEquivalentTo(full.Score);
        oneRule.Diagnostics.Select(d => d.RuleId).Distinct().Should().Equal("SL1004");
        oneRule.Diagnostics.Should().Equal(full.Diagnostics.Where(d => d.RuleId == "SL1004"), "fingerprints do not depend on the filter");
    }

    [Test]
    public void Analyze_RuleSwitchedOff_LeavesTheScore()
    {
        var full = new SalesLintEngine(RuleSet.LoadBuiltIn()).Analyze(PitchFirst);
        var off = new SalesLintEngine(RuleSet.LoadBuiltIn(), new EngineOptions { RuleSeverities = new Dictionary<string, DiagnosticSeverity> { ["SL1004"] = DiagnosticSeverity.None } }).Analyze(PitchFirst);

        off.Score.Overall.Should().BeGreaterThan(full.Score.Overall, "a rule switched off in configuration is not part of the rule set");
    }

    [Test]
    public void Analyze_AnalyzerThatThrows_IsReportedAndOthersStillRun()
    {
        var rules = new RuleSetBuilder().AddBuiltIn().AddAnalyzers(new ThrowingAnalyzer()).Build();

        var result = new SalesLintEngine(rules).Analyze(PitchFirst);

        result.Diagnostics.Should().ContainSingle(d => d.RuleId == SalesLintEngine.AnalyzerErrorId)
            .Which.Message.Should().Contain("ThrowingAnalyzer").And.Contain("InvalidOperationException").And.Contain("boom");
        result.Diagnostics.Should().Contain(d => d.RuleId == "SL1004");
        result.Diagnostics.Should().NotContain(d => d.RuleId == "SL8999");
    }

    [Test]
    public void Analyze_AnalyzerReportingUndeclaredRule_IsAnAnalyzerError()
    {
        var rules = new RuleSetBuilder().AddBuiltIn().AddAnalyzers(new UndeclaredAnalyzer()).Build();

        var result = new SalesLintEngine(rules).Analyze(PitchFirst);

        result.Diagnostics.Should().ContainSingle(d => d.RuleId == SalesLintEngine.AnalyzerErrorId).Which.Message.Should().Contain("SupportedDiagnostics");
    }

    [Test]
    public void Analyze_CustomAnalyzerInCode_ReportsPerTurn()
    {
        var rules = new RuleSetBuilder().AddBuiltIn().AddAnalyzers(new Contoso.SalesRules.LongSellerTurnAnalyzer()).Build();
        var longTurn = string.Join(' ', Enumerable.Repeat("We really do think this is good.", 30));

        var result = new SalesLintEngine(rules).Analyze(Transcript(Seller(longTurn), Buyer("OK.")));

        result.Diagnostics.Should().ContainSingle(d => d.RuleId == "SL8001").Which.Message.Should().StartWith("Dana spoke 210 words");
    }

    [Test]
    public void Analyze_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => BuiltInEngine.Analyze(PitchFirst, cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Analyze_UnknownSpeaker_ThrowsNamingThePlace()
    {
        var transcript = PitchFirst with { SourcePath = "calls/x.json", Turns = [new TranscriptTurn { Speaker = "Z", Text = "Hello." }] };

        var act = () => BuiltInEngine.Analyze(transcript);

        act.Should().Throw<TranscriptFormatException>().WithMessage("calls/x.json: turns[0].speaker: turn speaker 'Z' is not a participant*");
    }

    [Test]
    public void Analyze_EmptyTranscript_GivesFullScoreAndNoFindings()
    {
        var result = BuiltInEngine.Analyze(Transcript());

        result.Diagnostics.Should().BeEmpty();
        result.Score.Overall.Should().Be(100);
    }

    [Test]
    public void Analyze_ManyThreadsAtOnce_MatchesSequentialRunExactly()
    {
        var transcripts = Enumerable.Range(0, 40).Select(i => PitchFirst with { Id = $"call-{i}" }).ToList();
        var sequential = transcripts.Select(t => JsonSerializer.Serialize(BuiltInEngine.Analyze(t), SalesLintJson.Options)).ToList();

        var parallel = new string[transcripts.Count];
        Parallel.For(0, transcripts.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i] = JsonSerializer.Serialize(BuiltInEngine.Analyze(transcripts[i]), SalesLintJson.Options));

        parallel.Should().Equal(sequential);
    }

    [Test]
    public void Analyze_Result_SerializesToJsonWithNamedFields()
    {
        var json = JsonSerializer.Serialize(BuiltInEngine.Analyze(PitchFirst), SalesLintJson.Options);

        using var doc = JsonDocument.Parse(json);
        var first = doc.RootElement.GetProperty("diagnostics")[1];
        first.GetProperty("ruleId").GetString().Should().StartWith("SL");
        first.GetProperty("severity").GetString().Should().Be("warning");
        first.GetProperty("location").GetProperty("turn").GetInt32().Should().BeGreaterThanOrEqualTo(0);
        doc.RootElement.GetProperty("score").GetProperty("overall").GetDouble().Should().BeInRange(0, 100);
        doc.RootElement.GetProperty("metrics").GetProperty("seller.question_ratio").GetDouble().Should().BeGreaterThanOrEqualTo(0);
    }

    private sealed class ThrowingAnalyzer : ConversationAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new() { Id = "SL8999", Title = "t", MessageTemplate = "m", Category = "discovery", HelpLink = "h" };

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterSentenceAction(context =>
        {
            context.Report(Diagnostic.Create(Rule, DiagnosticLocation.ForSentence(context.Sentence)));
            if (context.Sentence.Turn.Index == 2)
            {
                throw new InvalidOperationException("boom");
            }
        });
    }

    private sealed class UndeclaredAnalyzer : ConversationAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new() { Id = "SL8998", Title = "t", MessageTemplate = "m", Category = "discovery", HelpLink = "h" };
        private static readonly DiagnosticDescriptor Other = Rule with { Id = "SL8997" };

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalyzerRegistration registration) =>
            registration.RegisterConversationAction(context => context.Report(Diagnostic.Create(Other, DiagnosticLocation.Conversation)));
    }
}
