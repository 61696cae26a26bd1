using SalesLint.Reading;

namespace SalesLint.Tests.Scoring;

/// <summary>
/// The score ranks calls as a sales trainer would: in each pair under <c>Scoring/Pairs/</c> (written for this test:
/// cold calls, discovery, demo, renewal, inbound, negotiation, check-in), the poor call scores below the good one,
/// and calls with no discovery at all or a rejected cold call score low.
/// </summary>
public sealed class ScorePairsTests
{
    private static string Folder => Path.Combine(TestSupport.RepositoryRoot, "tests", "SalesLint.Tests", "Scoring", "Pairs");

    public static IEnumerable<TestCaseData> Pairs() => Directory.EnumerateFiles(Folder, "*-good.txt")
        .Order(StringComparer.Ordinal)
        .Select(good => new TestCaseData(Path.GetFileName(good), Path.GetFileName(good).Replace("-good.txt", "-poor.txt", StringComparison.Ordinal))
            .SetName($"Score_PoorCall_IsBelowGoodCall({Path.GetFileName(good)[..2]})"));

    [TestCaseSource(nameof(Pairs))]
    public void Score_PoorCall_IsBelowGoodCall(string good, string poor)
    {
        var goodScore = Score(good);
        var poorScore = Score(poor);

        poorScore.Should().BeLessThan(goodScore - 10, $"{poor} ({poorScore}) should score well below {good} ({goodScore})");
    }

    [Test]
    public void Pairs_AreAtLeastTen()
    {
        Pairs().Should().HaveCountGreaterThanOrEqualTo(10);
    }

    [TestCase("01-cold-poor.txt")]
    [TestCase("02-cold-poor.txt")]
    [TestCase("10-cold-poor.txt")]
    [TestCase("07-discovery-poor.txt")]
    public void Score_NoDiscoveryOrRejectedCall_IsLow(string file)
    {
        Score(file).Should().BeLessThan(60);
    }

    [Test]
    public void Score_RejectedCallWithoutDiscovery_ExplainsBothTerms()
    {
        var deductions = Analyze("01-cold-poor.txt").Score.Deductions.Select(d => d.Reason).ToList();

        deductions.Should().Contain(r => r.StartsWith("no discovery", StringComparison.Ordinal));
        deductions.Should().Contain(r => r.StartsWith("a rejected call", StringComparison.Ordinal));
    }

    private static double Score(string file) => Analyze(file).Score.Overall;

    private static SalesLint.Engine.AnalysisResult Analyze(string file) =>
        TestSupport.BuiltInEngine.Analyze(TranscriptReader.ReadFile(Path.Combine(Folder, file), new ReaderOptions()).Single());
}
