using SalesLint.Analyzers;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Analyzers;

/// <summary>The negotiation pattern rules SL5002–SL5007 beyond their rule cases: defaults, the other side, item counts.</summary>
public sealed class NegotiationPatternAnalyzersTests
{
    public static IEnumerable<TestCaseData> DefaultOptions()
    {
        yield return new TestCaseData(typeof(GrowingConcessionsAnalyzer), new GrowingConcessionsOptions()).SetName("Options_ShippedRuleFile_AreTheRecordDefaults(SL5002)");
        yield return new TestCaseData(typeof(ConsecutiveConcessionsAnalyzer), new ConsecutiveConcessionsOptions()).SetName("Options_ShippedRuleFile_AreTheRecordDefaults(SL5003)");
        yield return new TestCaseData(typeof(AcceptedFirstOfferAnalyzer), new AcceptedFirstOfferOptions()).SetName("Options_ShippedRuleFile_AreTheRecordDefaults(SL5004)");
        yield return new TestCaseData(typeof(EarlySplitAnalyzer), new EarlySplitOptions()).SetName("Options_ShippedRuleFile_AreTheRecordDefaults(SL5005)");
        yield return new TestCaseData(typeof(FinalOfferBrokenAnalyzer), new FinalOfferBrokenOptions()).SetName("Options_ShippedRuleFile_AreTheRecordDefaults(SL5006)");
        yield return new TestCaseData(typeof(ConcessionBeforeBuyerNumberAnalyzer), new ConcessionBeforeBuyerNumberOptions()).SetName("Options_ShippedRuleFile_AreTheRecordDefaults(SL5007)");
    }

    [TestCaseSource(nameof(DefaultOptions))]
    public void Options_ShippedRuleFile_AreTheRecordDefaults(Type analyzer, IAnalyzerOptions defaults)
    {
        // The options record is the one source of the defaults; the shipped rule file spells them out and must agree.
        var shipped = RuleSet.LoadBuiltIn().Analyzers.Single(a => a.GetType() == analyzer);

        ((IConfiguredAnalyzer)shipped).Options.Should().Be(defaults);
    }

    [Test]
    public void Find_TheBuyersSide_JudgesTheBuyersMoves()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("The bike is 300."),
            Buyer("would you take 150?"),
            Seller("no, 300 is fair"),
            Buyer("ok 160"),
            Seller("nope"),
            Buyer("fine, 190 then")));

        var findings = new GrowingConcessionsAnalyzer().Find(conversation, conversation.Ledger, SpeakerRole.Buyer).ToList();

        findings.Should().ContainSingle().Which.Arguments["steps"].Should().Be("$10, then $30");
        new GrowingConcessionsAnalyzer().Find(conversation, conversation.Ledger, SpeakerRole.Seller).Should().BeEmpty();
    }

    [Test]
    public void Find_ItemCountsWithAStock_ReportsConcedingTwiceInARow()
    {
        var options = LedgerOptions.Default with
        {
            Items = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["food"] = "food", ["water"] = "water", ["firewood"] = "firewood" },
            ItemTotal = 3,
        };
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("I need 3 firewood, it gets cold at night."),
            Buyer("I need firewood too."),
            Seller("ok I could take 2 firewood"),
            Buyer("hmm, I really need it"),
            Seller("fine, I will take 1 firewood then")));
        var ledger = LedgerBuilder.Build(conversation, options);

        var findings = new ConsecutiveConcessionsAnalyzer().Find(conversation, ledger, SpeakerRole.Seller).ToList();

        findings.Should().ContainSingle().Which.Position.Turn.Should().Be(4);
    }

    [Test]
    public void Analyze_NoNumbers_ReportsNoPattern()
    {
        var result = BuiltInEngine.Analyze(Transcript(
            Seller("What are you hoping to change this year?"),
            Buyer("We want a forecast the board trusts."),
            Seller("That's our final answer on the roadmap, and the lowest I can go is not something we discuss today.")));

        result.Diagnostics.Where(d => d.RuleId is "SL5002" or "SL5003" or "SL5004" or "SL5005" or "SL5006" or "SL5007").Should().BeEmpty();
    }

    [Test]
    public void Yielding_LedgerReadsTheNumbers_AnAskAndItsRepeatAreNotConcessions()
    {
        // The price-offer lexicon sees two seller offers ("we can do" with money); the ledger reads an ask and its repeat.
        var transcript = Transcript(
            Seller("We can do $40,000 a year for the whole team."),
            Buyer("Is that per year?"),
            Seller("Yes, we can do $40,000 per year, billed annually."),
            Buyer("OK, let me think about it."));
        var temp = Path.Combine(Path.GetTempPath(), "saleslint-yielding-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            File.WriteAllText(Path.Combine(temp, "SL5001.yaml"), "analyzer: SL5001\noptions:\n  useLedger: false\n");
            var lexiconsOnly = new SalesLint.Engine.SalesLintEngine(RuleSet.Load(temp)).Analyze(transcript);

            lexiconsOnly.Diagnostics.Should().Contain(d => d.RuleId == "SL5001", "the lexicons count both turns as concessions");
            BuiltInEngine.Analyze(transcript).Diagnostics.Should().NotContain(d => d.RuleId == "SL5001");
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
