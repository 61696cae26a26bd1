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

    [Test]
    public void Score_BuyerSaysNoThenBooksAMeeting_IsNoRejectedCall()
    {
        var call = TestSupport.Transcript(
            TestSupport.Seller("Hi Dean, it's Marisol with Brightline, we do payroll for trades companies. Can I have thirty seconds?"),
            TestSupport.Buyer("Thirty seconds."),
            TestSupport.Seller("A lot of the plumbing shops we talk to end up doing payroll on a Sunday night."),
            TestSupport.Buyer("I mean, we're all set, honestly. My wife does it, it's fine."),
            TestSupport.Seller("That's fair. When you say it's fine, is it fine like an hour, or fine like she's up late on a Sunday?"),
            TestSupport.Buyer("She does it Sunday nights. Last spring the overtime didn't calculate right and we ended up paying a guy back. It took a month to sort out."),
            TestSupport.Seller("Would it make sense to grab fifteen minutes when you and Renata are both around?"),
            TestSupport.Buyer("Uh, yeah, okay."),
            TestSupport.Seller("Thursday at ten?"),
            TestSupport.Buyer("Make it eleven, she does the deposits first thing."));

        var deductions = TestSupport.BuiltInEngine.Analyze(call).Score.Deductions;

        deductions.Should().NotContain(d => d.Reason.StartsWith("a rejected call", StringComparison.Ordinal));
        deductions.Should().NotContain(d => d.Reason.StartsWith("no discovery", StringComparison.Ordinal));
    }

    [Test]
    public void Score_BuyerVolunteersNeedsToAPitch_IsStillNoDiscovery()
    {
        var call = TestSupport.Transcript(
            TestSupport.Buyer("Hi, I own a small bakery and my landlord is making me get liability insurance before I renew the lease."),
            TestSupport.Seller("Great, we have three liability plans: basic, plus and premium, and premium includes product recall cover."),
            TestSupport.Buyer("I really just need the liability thing for the lease."),
            TestSupport.Seller("Premium is our most popular plan, it is nine hundred a year and covers everything a bakery needs."),
            TestSupport.Buyer("I just need to know roughly what the basic one costs."),
            TestSupport.Seller("Basic is five hundred, but most bakeries go with premium because of the recall cover."),
            TestSupport.Buyer("Okay."));

        var deductions = TestSupport.BuiltInEngine.Analyze(call).Score.Deductions;

        deductions.Should().Contain(d => d.Reason.StartsWith("no discovery", StringComparison.Ordinal), "the buyer's needs answer no seller question");
    }

    [Test]
    public void Score_ProblemStatedToAnAccountCheck_IsStillNoDiscovery()
    {
        var call = TestSupport.Transcript(
            TestSupport.Seller("Thank you for calling Clearwave. Can I get the name on the account?"),
            TestSupport.Buyer("It's Ellen Park. I'm calling about my bill, it went up forty dollars and there's a late fee on it, and I have autopay."),
            TestSupport.Seller("Can you verify the last four of the phone number on the account?"),
            TestSupport.Buyer("Eight eight one two."),
            TestSupport.Seller("The late fee is per our terms of service. But while I have you, our Complete bundle gives you internet, TV and a phone line for a hundred and twenty-nine a month."),
            TestSupport.Buyer("I don't want TV. I just want the late fee off."),
            TestSupport.Seller("You should really do the bundle, it's the best value we have."));

        var deductions = TestSupport.BuiltInEngine.Analyze(call).Score.Deductions;

        deductions.Should().Contain(d => d.Reason.StartsWith("no discovery", StringComparison.Ordinal), "checking the account is not discovery");
    }

    private static double Score(string file) => Analyze(file).Score.Overall;

    private static SalesLint.Engine.AnalysisResult Analyze(string file) =>
        TestSupport.BuiltInEngine.Analyze(TranscriptReader.ReadFile(Path.Combine(Folder, file), new ReaderOptions()).Single());
}
