using SalesLint.Metrics;
using SalesLint.Model;

namespace SalesLint.Tests.Metrics;

public sealed class MetricsCalculatorTests
{
    private static readonly Participant Seller = new() { Id = "S", Name = "Dana", Role = SpeakerRole.Seller };
    private static readonly Participant Buyer = new() { Id = "B", Name = "Chris", Role = SpeakerRole.Buyer };
    private static readonly Participant Buyer2 = new() { Id = "B2", Name = "Sam", Role = SpeakerRole.Buyer };

    [Test]
    public void ComputeAll_TimedCall_MeasuresTalkByTimeAndEveryTimingMetric()
    {
        var metrics = Compute(
            Turn(Seller, "What made you take the call today?", 0, 10),
            Turn(Buyer, "Our forecast misses by fifteen percent every quarter.", 14, 44),
            Turn(Seller, "How far off was last quarter?", 45, 50),
            Turn(Buyer, "About twelve percent.", 52, 62)).Conversation;

        metrics[MetricCatalog.SellerTalkSeconds].Should().Be(15);
        metrics[MetricCatalog.BuyerTalkSeconds].Should().Be(40);
        metrics[MetricCatalog.SellerTalkShare].Should().Be(0.2727);
        metrics[MetricCatalog.BuyerTalkShare].Should().Be(0.7273);
        metrics[MetricCatalog.SellerPatienceSeconds].Should().Be(3, "the buyer answered after 4 s and after 2 s");
        metrics[MetricCatalog.Switches].Should().Be(3);
        metrics[MetricCatalog.Interactivity].Should().Be(2.903, "3 switches in 62 s");
        metrics[MetricCatalog.SellerQuestionRate].Should().Be(1.94, "2 questions in 62 s");
        metrics[MetricCatalog.SellerWordsPerMinute].Should().Be(52, "13 words in 15 s");
        metrics[MetricCatalog.BuyerLongestMonologueSeconds].Should().Be(30);
        metrics[MetricCatalog.Interruptions].Should().Be(0);
        metrics[MetricCatalog.DurationSeconds].Should().Be(62);
    }

    [Test]
    public void ComputeAll_NoTimestamps_OmitsTimingMetricsAndSharesByWords()
    {
        var metrics = Compute(
            Turn(Seller, "What made you take the call?"),
            Turn(Buyer, "Our forecast misses by fifteen percent every quarter.")).Conversation;

        metrics[MetricCatalog.SellerTalkShare].Should().Be(0.4286, "6 of 14 words");
        metrics.Keys.Should().NotContain([
            MetricCatalog.DurationSeconds, MetricCatalog.Interactivity, MetricCatalog.Interruptions, MetricCatalog.SellerTalkSeconds,
            MetricCatalog.SellerPatienceSeconds, MetricCatalog.SellerWordsPerMinute, MetricCatalog.SellerQuestionRate,
            MetricCatalog.SellerLongestMonologueSeconds]);
    }

    [Test]
    public void ComputeAll_StartTimesOnly_GivesMonologueSecondsAndRatesButNotTalkTime()
    {
        // As the plain-text reader gives them: each turn ends when the next starts, the last has no end.
        var metrics = Compute(
            Turn(Seller, "Let me walk you through everything we do.", 0, 70),
            Turn(Seller, "And there's the coaching module on top.", 70, 140),
            Turn(Buyer, "Okay.", 140, null)).Conversation;

        metrics[MetricCatalog.SellerLongestMonologueSeconds].Should().Be(140);
        metrics.Should().ContainKey(MetricCatalog.Interactivity);
        metrics[MetricCatalog.SellerTalkShare].Should().Be(0.9375, "by words: 15 of 16");
        metrics.Keys.Should().NotContain([MetricCatalog.SellerTalkSeconds, MetricCatalog.Interruptions, MetricCatalog.SellerPatienceSeconds]);
    }

    [Test]
    public void ComputeAll_OverlappingTurns_CountInterruptionsButNotBackchannels()
    {
        var metrics = Compute(
            Turn(Buyer, "Every Monday the managers send me their numbers and I—", 0, 8),
            Turn(Seller, "And you stitch them together by hand.", 7, 11),
            Turn(Buyer, "Not quite, finance does.", 11.5, 14),
            Turn(Seller, "Right.", 13.5, 14)).Conversation;

        metrics[MetricCatalog.Interruptions].Should().Be(1);
        metrics[MetricCatalog.SellerInterruptions].Should().Be(1);
        metrics[MetricCatalog.BuyerInterruptions].Should().Be(0);
    }

    [Test]
    public void ComputeAll_BuyerStartsBeforeQuestionEnds_PatienceCountsAsZero()
    {
        var metrics = Compute(
            Turn(Seller, "How do you forecast today?", 0, 5),
            Turn(Buyer, "Spreadsheets, mostly.", 4.5, 8),
            Turn(Seller, "Who owns the number?", 9, 11),
            Turn(Buyer, "I do.", 15, 16)).Conversation;

        metrics[MetricCatalog.SellerPatienceSeconds].Should().Be(2, "(0 + 4) / 2");
    }

    [Test]
    public void ComputeAll_FillerLexicon_CountsFillersPerSide()
    {
        var metrics = TestSupport.BuiltInEngine.Analyze(TestSupport.Transcript(
            TestSupport.Seller("So um what are you using today?"),
            TestSupport.Buyer("It's you know kind of a mess, uh, honestly. Do you know the CRM?"))).Metrics;

        metrics[MetricCatalog.SellerFillers].Should().Be(1);
        metrics[MetricCatalog.BuyerFillers].Should().Be(3, "'you know', 'kind of' and 'uh' - not 'do you know'");
        metrics[MetricCatalog.BuyerFillerRate].Should().Be(21.43, "3 fillers in 14 words");
    }

    [Test]
    public void ComputeAll_TwoBuyers_GivesEachParticipantTheirOwnMetrics()
    {
        var result = Compute(
            Turn(Seller, "What made you take the call?", 0, 4),
            Turn(Buyer, "Our forecast misses every quarter.", 5, 15),
            Turn(Buyer2, "And finance rebuilds it for the board.", 15, 25),
            Turn(Buyer, "Which doubles the work.", 25, 30));

        result.Speakers.Select(s => s.SpeakerId).Should().Equal("S", "B", "B2");
        var chris = result.Speakers[1].Metrics;
        chris[SpeakerMetricNames.Turns].Should().Be(2);
        chris[SpeakerMetricNames.TalkSeconds].Should().Be(15);
        chris[SpeakerMetricNames.LongestMonologueSeconds].Should().Be(10, "Sam's turn breaks Chris's run");
        result.Conversation[MetricCatalog.BuyerLongestMonologueSeconds].Should().Be(25, "a side's run is broken only by the other side");
        result.Speakers.Sum(s => s.Metrics[SpeakerMetricNames.TalkShare]).Should().BeApproximately(1, 0.0001);
        result.Speakers[0].Metrics[SpeakerMetricNames.PatienceSeconds].Should().Be(1);
    }

    [Test]
    public void ComputeAll_EveryMetricName_IsInTheCatalog()
    {
        foreach (var sample in new[] { "discovery-good.json", "pitch-first.txt", "coaching/interrupting-expert.json" })
        {
            var transcript = SalesLint.Reading.TranscriptReader.ReadFile(Path.Combine(TestSupport.RepositoryRoot, "samples", sample))[0];
            var result = TestSupport.BuiltInEngine.Analyze(transcript);

            MetricCatalog.All.Keys.Should().Contain(result.Metrics.Keys, sample);
            foreach (var speaker in result.Speakers)
            {
                MetricCatalog.Speaker.Keys.Should().Contain(speaker.Metrics.Keys, sample);
            }
        }
    }

    [Test]
    public void Compute_DiscoveryGood_KeepsTheMetricsThatExistedBefore()
    {
        var transcript = SalesLint.Reading.TranscriptReader.ReadFile(Path.Combine(TestSupport.RepositoryRoot, "samples", "discovery-good.json"))[0];

        var metrics = TestSupport.BuiltInEngine.Analyze(transcript).Metrics;

        metrics[MetricCatalog.SellerTalkShare].Should().Be(0.4228);
        metrics[MetricCatalog.SellerQuestions].Should().Be(13);
        metrics[MetricCatalog.SellerQuestionRatio].Should().Be(0.4483);
        metrics[MetricCatalog.SellerLongestMonologueWords].Should().Be(106);
        metrics[MetricCatalog.DurationSeconds].Should().Be(583);
        metrics[MetricCatalog.SellerPatienceSeconds].Should().Be(4.78, "the seller waits 4-5 s after each question");
    }

    [Test]
    public void ComputeAll_CheckInGreeting_CountsAsNeitherQuestionNorStatement()
    {
        // Session 21: "how are you doing today" asks nothing about the buyer; a question about how they work still counts.
        var metrics = Compute(
            Turn(Seller, "Hey Chris, it's Dana from Northwind, how are you doing today?"),
            Turn(Buyer, "Good, thanks."),
            Turn(Seller, "How are you handling renewals today? We automate them."),
            Turn(Buyer, "By hand, mostly."),
            Turn(Seller, "hi chris how's it going")).Conversation;

        metrics[MetricCatalog.SellerQuestions].Should().Be(1, "only the question about renewals asks about the buyer");
    }

    private static TranscriptTurn Turn(Participant who, string text, double? start = null, double? end = null) =>
        new() { Speaker = who.Id, Text = text, Start = start, End = end };

    private static ConversationMetrics Compute(params TranscriptTurn[] turns)
    {
        var transcript = new Transcript { Id = "m", Participants = [Seller, Buyer, Buyer2], Turns = turns };
        return MetricsCalculator.ComputeAll(TestSupport.BuiltInEngine.Tokenize(transcript));
    }
}
