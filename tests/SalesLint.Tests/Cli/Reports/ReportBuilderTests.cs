using SalesLint.Cli.Reports;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Tests.Cli.Reports;

public sealed class ReportBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<ReportBatch> Samples = new(() =>
    {
        var files = TestSupport.RolePlaySamples;
        return ReportBuilder.Analyze(TestSupport.BuiltInEngine, files, new ReaderOptions(), "Samples", Now, CancellationToken.None);
    });

    /// <summary>The samples folder analyzed once (the batch is immutable).</summary>
    internal static ReportBatch SampleBatch() => Samples.Value;

    internal static ReportBatch BatchOf(params Transcript[] transcripts)
    {
        var engine = TestSupport.BuiltInEngine;
        var calls = transcripts.Select((t, i) =>
        {
            var conversation = engine.Tokenize(t);
            var result = engine.Analyze(conversation);
            return new CallRecord(i + 1, $"call{i + 1}.json", conversation, result, ReportBuilder.SellersOf(result));
        }).ToList();
        var titles = engine.Descriptors.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        var categories = engine.RuleSet.Scoring.Categories;
        return new ReportBatch("Test", Now, calls.Count, calls, [], ReportBuilder.Aggregate(calls, categories, titles), categories, titles);
    }

    internal static Transcript Call(string id, params (string Name, SpeakerRole Role, string Text)[] turns)
    {
        var participants = turns.Select(t => (t.Name, t.Role)).Distinct()
            .Select((p, i) => new Participant { Id = "p" + i, Name = p.Name, Role = p.Role }).ToList();
        return new Transcript
        {
            Id = id,
            Participants = participants,
            Turns = [.. turns.Select((t, i) => new TranscriptTurn
            {
                Speaker = participants.First(p => p.Name == t.Name && p.Role == t.Role).Id,
                Text = t.Text,
                Start = i * 10.0,
                End = (i * 10.0) + 8,
            })],
        };
    }

    [Test]
    public void Analyze_Samples_OneRowPerSellerLowestScoreFirst()
    {
        var batch = SampleBatch();

        batch.Calls.Should().HaveCount(8);
        batch.Errors.Should().BeEmpty();
        batch.Sellers.Select(s => s.Name).Should().BeEquivalentTo(
            "Lena Brooks", "Marco Ruiz", "Tessa Grant", "Priya Raman", "Ryan Castellano", "Jordan Pike", "Nadia Brennan", "Ines Duarte");
        batch.Sellers.Select(s => s.MeanScore).Should().BeInAscendingOrder();
        batch.Calls.Select(c => c.Number).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8);
    }

    [Test]
    public void Analyze_Samples_TellsWhatToCoach()
    {
        var sellers = SampleBatch().Sellers.ToDictionary(s => s.Name);

        var marco = sellers["Marco Ruiz"];
        marco.Calls.Should().Be(1);
        marco.TopFindings.Select(f => (f.RuleId, f.Count)).Should().Contain([("SL1002", 2), ("SL1003", 3), ("SL1001", 1)]);
        marco.Focus[0].Source.Should().Be("SL1002", "premature product talk costs discovery points, the heaviest category");
        marco.Focus[0].Label.Should().Be("Premature product talk");
        marco.Weakest!.Id.Should().Be("discovery");
        marco.Focus.Should().Contain(f => f.Source == "metric:" + MetricCatalog.SellerTalkShare && f.Label.StartsWith("Talks too much", StringComparison.Ordinal));

        sellers["Jordan Pike"].Focus[0].Source.Should().Be("SL1004");
        sellers["Jordan Pike"].Weakest!.Id.Should().Be("negotiation");
        sellers["Priya Raman"].Focus.Should().BeEmpty();
        sellers["Priya Raman"].Findings.Should().Be(0);
    }

    [Test]
    public void Analyze_Samples_SellerFiguresMatchTheEngineMetricsForSingleSellerCalls()
    {
        foreach (var call in SampleBatch().Calls)
        {
            call.Sellers.Should().ContainSingle();
            var seller = call.Sellers[0];
            seller.TalkShare.Should().BeApproximately(call.Result.Metrics[MetricCatalog.SellerTalkShare], 1e-4, call.Result.ConversationId);
            seller.QuestionShare.Should().BeApproximately(call.Result.Metrics[MetricCatalog.SellerQuestionShare], 1e-4, call.Result.ConversationId);
            seller.Questions.Should().Be((int)call.Result.Metrics[MetricCatalog.SellerQuestions]);
        }
    }

    [Test]
    public void Analyze_UnreadableFileAmongGood_KeepsTheOthers()
    {
        var folder = Path.Combine(Path.GetTempPath(), "saleslint-rb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var broken = Path.Combine(folder, "broken.json");
            File.WriteAllText(broken, "{\"participants\": [ ],\n \"turns\": [ oops ] }");
            var good = Path.Combine(TestSupport.RepositoryRoot, "samples", "pitch-first.txt");

            var batch = ReportBuilder.Analyze(TestSupport.BuiltInEngine, [broken, good], new ReaderOptions(), "t", Now, CancellationToken.None);

            batch.Errors.Should().ContainSingle().Which.Path.Should().Be(broken);
            batch.Errors[0].Line.Should().Be(2);
            batch.Calls.Should().ContainSingle().Which.Result.ConversationId.Should().Be("pitch-first");
            batch.Files.Should().Be(2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Analyze_WithOnCall_HandsOverEachCallInOrderThenLetsItsConversationGo()
    {
        var files = TestSupport.RolePlaySamples;
        var profile = new SalesLint.Configuration.AnalysisProfile(TestSupport.BuiltInEngine, new ReaderOptions(), null, [], null, null);
        var seen = new List<(int Number, int Turns, string Title)>();

        var batch = ReportBuilder.Analyze(_ => profile, files, "Streamed", Now, CancellationToken.None, (header, call) =>
            seen.Add((call.Number, call.RequireConversation().Turns.Count, header.Title)));

        seen.Select(s => s.Number).Should().Equal(Enumerable.Range(1, batch.Calls.Count));
        seen.Should().OnlyContain(s => s.Turns > 0 && s.Title == "Streamed");
        batch.Calls.Should().OnlyContain(c => c.Conversation == null);
        batch.Calls.Select(c => c.Result.ConversationId).Should().Equal(SampleBatch().Calls.Select(c => c.Result.ConversationId));
        batch.Sellers.Select(s => (s.Name, s.Calls, s.MeanScore)).Should().Equal(SampleBatch().Sellers.Select(s => (s.Name, s.Calls, s.MeanScore)));
    }

    [Test]
    public void Aggregate_SameSellerNameInDifferentCase_IsOneSellerWithBothCalls()
    {
        var batch = BatchOf(
            Call("a", ("Dana Lee", SpeakerRole.Seller, "What made you look at forecasting tools?"), ("Chris", SpeakerRole.Buyer, "Our goal is better accuracy.")),
            Call("b", ("dana lee ", SpeakerRole.Seller, "Our solution is the best product on the market."), ("Sam", SpeakerRole.Buyer, "Okay.")));

        var seller = batch.Sellers.Should().ContainSingle().Subject;
        seller.Name.Should().Be("Dana Lee");
        seller.Calls.Should().Be(2);
        seller.CallNumbers.Should().Equal(1, 2);
        seller.MeanScore.Should().BeApproximately(batch.Calls.Average(c => c.Result.Score.Overall), 0.01);
        seller.Questions.Should().Be(1);
        seller.QuestionShare.Should().BeApproximately(0.5, 1e-9, "one question and one statement over both calls");
    }

    [Test]
    public void Aggregate_TwoSellersInOneCall_EachGetsOwnTalkShareAndFindings()
    {
        var batch = BatchOf(Call(
            "duo",
            ("Ana", SpeakerRole.Seller, "Hi, thanks for joining. What is on your mind this quarter?"),
            ("Buyer", SpeakerRole.Buyer, "Forecasts."),
            ("Ben", SpeakerRole.Seller, "Our solution fixes that. It will solve your problems with forecasting, and the dashboard is great."),
            ("Buyer", SpeakerRole.Buyer, "Okay.")));

        var call = batch.Calls[0];
        call.Sellers.Select(s => s.Name).Should().Equal("Ana", "Ben");
        call.Sellers.Sum(s => s.TalkShare!.Value).Should().BeApproximately(call.Result.Metrics[MetricCatalog.SellerTalkShare], 1e-3);
        var ana = batch.Sellers.Single(s => s.Name == "Ana");
        var ben = batch.Sellers.Single(s => s.Name == "Ben");
        ben.TopFindings.Should().Contain(f => f.RuleId == "SL1003");
        ana.TopFindings.Should().NotContain(f => f.RuleId == "SL1003", "Ben said 'solution', not Ana");
        ana.Questions.Should().Be(1);
        ben.Questions.Should().Be(0);
        ana.MeanScore.Should().Be(ben.MeanScore, "the score belongs to the call");
    }

    [Test]
    public void Aggregate_NoSellerRole_GroupsTheCallUnderNoSeller()
    {
        var batch = BatchOf(Call("anon", ("X", SpeakerRole.Buyer, "Hello?"), ("Y", SpeakerRole.Other, "Hi.")));

        batch.Calls[0].Sellers.Should().BeEmpty();
        batch.Calls[0].SellerNames.Should().Be(ReportBatch.NoSeller);
        var seller = batch.Sellers.Should().ContainSingle().Subject;
        seller.Name.Should().Be(ReportBatch.NoSeller);
        seller.TalkShare.Should().BeNull();
        seller.QuestionShare.Should().BeNull();
    }

    [TestCase("SL1002", "Premature product talk")]
    [TestCase("metric:seller.talk_share", "Talks too much (seller talk share)")]
    [TestCase("metric:seller.question_share", "Asks too few questions (seller question share)")]
    [TestCase("metric:turns", "turns: Number of turns")]
    [TestCase("metric:unknown", "unknown")]
    [TestCase("SL8999", "SL8999")]
    public void Label_Source_ReadsAsWords(string source, string expected)
    {
        var titles = TestSupport.BuiltInEngine.Descriptors.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);

        ReportBuilder.Label(source, titles).Should().Be(expected);
    }

    [Test]
    public void Aggregate_TimedCalls_PoolsQuestionsPerMinuteAndAveragesMonologueAndPatience()
    {
        // Call's turns run i*10 .. i*10+8 seconds: a 38 s call and a 18 s call.
        var batch = BatchOf(
            Call(
                "long",
                ("Dana", SpeakerRole.Seller, "What made you look at forecasting tools?"),
                ("Chris", SpeakerRole.Buyer, "Our goal is better accuracy."),
                ("Dana", SpeakerRole.Seller, "Who else decides on this?"),
                ("Chris", SpeakerRole.Buyer, "My manager.")),
            Call(
                "short",
                ("Dana", SpeakerRole.Seller, "How do you forecast today?"),
                ("Sam", SpeakerRole.Buyer, "Spreadsheets.")));

        var dana = batch.Sellers.Should().ContainSingle().Subject;
        dana.QuestionsPerMinute.Should().BeApproximately(3 / ((38.0 + 18.0) / 60), 1e-3, "three questions in 56 seconds, pooled");
        dana.PatienceSeconds.Should().BeApproximately(2, 1e-9, "the buyer always answered 2 s after a question");
        dana.LongestMonologueSeconds.Should().BeApproximately(8, 1e-9);
        dana.CallScores.Should().Equal(batch.Calls.Select(c => c.Result.Score.Overall));
        batch.Calls[0].Sellers[0].QuestionsPerMinute.Should().BeApproximately(batch.Calls[0].Result.Metrics[MetricCatalog.SellerQuestionRate], 1e-9);
    }

    [Test]
    public void Aggregate_NoTimestamps_HasNoTimingFigures()
    {
        var transcript = Call("untimed", ("Dana", SpeakerRole.Seller, "What made you look at forecasting tools?"), ("Chris", SpeakerRole.Buyer, "Accuracy."));
        var untimed = transcript with { Turns = [.. transcript.Turns.Select(t => t with { Start = null, End = null })] };

        var dana = BatchOf(untimed).Sellers.Should().ContainSingle().Subject;

        dana.QuestionsPerMinute.Should().BeNull();
        dana.PatienceSeconds.Should().BeNull();
        dana.LongestMonologueSeconds.Should().BeNull();
        dana.TalkShare.Should().NotBeNull("talk share falls back to words");
    }

    [Test]
    public void SellersOf_BidiControlsInName_AreStripped()
    {
        var batch = BatchOf(Call("bidi", ("\u202EEve\u2066 Adams\u2069\u200F", SpeakerRole.Seller, "Hello there."), ("Bob", SpeakerRole.Buyer, "Hi.")));

        batch.Calls[0].Sellers[0].Name.Should().Be("Eve Adams");
        batch.Sellers[0].Name.Should().Be("Eve Adams");
    }
}
