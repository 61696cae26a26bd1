using SalesLint.Engine;
using SalesLint.Evaluation;
using SalesLint.Model;
using SalesLint.Rules;

namespace SalesLint.Tests.Evaluation;

/// <summary>
/// Each set of blind sales calls (benchmarks/SalesLint.Evaluation/data/sales-calls-blind, sales-calls-blind2,
/// sales-calls-blind3, sales-calls-blind4, sales-calls-blind5, sales-calls-blind6, sales-calls-blind7 and sales-calls-blind8, read by BlindCalls.cs, compiled in here) and the blind
/// bargaining chats (data/bargain-blind, data/bargain-blind2, data/bargain-blind3,
/// data/bargain-blind4, data/bargain-blind5, data/bargain-blind6, data/bargain-blind7): every call loads, every pair names a good and a poor call of the folder (a set
/// without pairs has no pairs file), and every judged finding and every expected miss points at a built-in rule and at a
/// turn (and, on punctuated calls, a sentence) that exists in its call. Each fixture names the set's size: calls, pairs,
/// pairs of speech-recognition text, judged findings and turns per call at least.
/// </summary>
[TestFixture("blind", 30, 12, 3, 100, 10)]
[TestFixture("blind2", 30, 12, 3, 100, 10)]
[TestFixture("blind3", 6, 3, 1, 30, 10)]
[TestFixture("blind4", 6, 3, 1, 30, 10)]
[TestFixture("blind5", 6, 3, 1, 30, 10)]
[TestFixture("blind6", 6, 3, 1, 30, 10)]
[TestFixture("blind7", 6, 3, 1, 30, 10)]
[TestFixture("blind8", 8, 4, 1, 9, 12)]
[TestFixture("bargain-blind", 24, 0, 0, 30, 4)]
[TestFixture("bargain-blind2", 30, 0, 0, 30, 4)]
[TestFixture("bargain-blind3", 30, 0, 0, 30, 4)]
[TestFixture("bargain-blind4", 30, 0, 0, 28, 4)]
[TestFixture("bargain-blind5", 30, 0, 0, 31, 4)]
[TestFixture("bargain-blind6", 30, 0, 0, 34, 4)]
[TestFixture("bargain-blind7", 30, 0, 0, 25, 4)]
public class BlindCallsTests
{
    private static readonly string Root = TestSupport.RepositoryRoot;

    private static readonly SalesLintEngine Engine = new(RuleSet.LoadBuiltIn());

    private static readonly HashSet<string> RuleIds = [.. RuleSet.LoadBuiltIn().Descriptors.Select(d => d.Id)];

    private readonly BlindSet set;

    private readonly (int Calls, int Pairs, int AsrPairs, int Judged, int Turns) least;

    private readonly Lazy<Dictionary<string, Transcript>> calls;

    public BlindCallsTests(string name, int calls, int pairs, int asrPairs, int judged, int turns)
    {
        least = (calls, pairs, asrPairs, judged, turns);
        set = BlindSet.Named(name) ?? throw new ArgumentException($"no blind set '{name}'", nameof(name));
        this.calls = new(() => BlindCalls.Read(set.Calls(Root)).ToDictionary(t => t.Id, StringComparer.Ordinal));
    }

    [Test]
    public void Named_EveryBlindSet_HasItsOwnFolderAndFiles()
    {
        BlindSet.All.Should().Contain(set);
        BlindSet.All.Select(s => s.Calls(Root)).Should().OnlyHaveUniqueItems();
        BlindSet.All.Select(s => s.BlindJudgements(Root)).Should().OnlyHaveUniqueItems();
        Directory.Exists(set.Calls(Root)).Should().BeTrue(set.Calls(Root));
        File.Exists(set.BlindJudgements(Root)).Should().BeTrue(set.BlindJudgements(Root));
        BlindSet.Named("blind9").Should().BeNull();
    }

    [Test]
    public void Read_BlindCalls_LoadsEveryFileAsOneCallWithASellerAndABuyer()
    {
        var files = Directory.EnumerateFiles(set.Calls(Root)).Where(f => Path.GetExtension(f) is ".txt" or ".json")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        files.Should().HaveCountGreaterThanOrEqualTo(least.Calls);
        calls.Value.Keys.Order(StringComparer.Ordinal).Should().Equal(files, "each file holds one call named after the file");
        foreach (var call in calls.Value.Values)
        {
            call.Participants.Should().Contain(p => p.Role == SpeakerRole.Seller, call.Id);
            call.Participants.Should().Contain(p => p.Role == SpeakerRole.Buyer, call.Id);
            call.Turns.Should().HaveCountGreaterThanOrEqualTo(least.Turns, call.Id);
        }
    }

    [Test]
    public void ReadPairs_BlindCalls_EachPairIsAGoodAndAPoorCallOfTheFolder()
    {
        File.Exists(set.Pairs(Root)).Should().Be(set.HasPairs, set.Pairs(Root));
        if (!set.HasPairs)
        {
            return;
        }

        var pairs = BlindCalls.ReadPairs(set.Pairs(Root));

        pairs.Should().HaveCountGreaterThanOrEqualTo(least.Pairs);
        pairs.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        foreach (var (name, good, poor) in pairs)
        {
            calls.Value.Should().ContainKey(good, name).And.ContainKey(poor, name);
            good.Should().Contain("-good", name);
            poor.Should().Be(good.Replace("-good", "-poor", StringComparison.Ordinal), name);
        }

        pairs.Count(p => p.Good.EndsWith("-asr", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(least.AsrPairs, "some pairs are speech-recognition text");
    }

    [Test]
    public void Judgements_BlindFiles_EachPointsAtABuiltInRuleAndAPlaceInItsCall()
    {
        var blind = BlindCalls.ReadJudgements(set.BlindJudgements(Root));
        var after = File.Exists(set.AfterJudgements(Root)) ? BlindCalls.ReadJudgements(set.AfterJudgements(Root)) : [];
        var misses = BlindCalls.ReadMisses(set.Misses(Root));

        blind.Should().HaveCountGreaterThanOrEqualTo(least.Judged, "every finding of the blind build is judged");
        blind.Keys.Intersect(after.Keys).Should().BeEmpty("a finding judged blind is not judged again after");
        blind.Values.Concat(after.Values).Should().OnlyContain(j => j.Reason.Length > 0, "each verdict has its reason");
        misses.Should().NotBeEmpty();
        foreach (var key in blind.Keys.Concat(after.Keys).Select(FindingKey.Parse).Concat(misses.Select(m => m.Key)))
        {
            ShouldPointIntoItsCall(key);
        }
    }

    [Test]
    public void FindingKey_Parse_ReadsTurnAndSentenceOrDashAndRejectsOtherShapes()
    {
        FindingKey.Parse("call-good|SL1002|3|1").Should().Be(new FindingKey("call-good", "SL1002", 3, 1));
        FindingKey.Parse("call-good|SL6002|-|-").Should().Be(new FindingKey("call-good", "SL6002", null, null));
        FindingKey.Parse("call-good|SL4002|10").Should().Be(new FindingKey("call-good", "SL4002", 10, null));
        new FindingKey("call-good", "SL1002", 3, 1).ToString().Should().Be("call-good|SL1002|3|1");

        FluentActions.Invoking(() => FindingKey.Parse("call-good|SL1002")).Should().Throw<FormatException>();
        FluentActions.Invoking(() => FindingKey.Parse("call-good|SL1002|three|1")).Should().Throw<FormatException>().WithMessage("*three*");
    }

    [Test]
    public void Fires_MissWithATurnOrASentence_MatchesOnlyFindingsOfItsRuleThere()
    {
        FindingKey[] findings = [new("call", "SL1004", 6, 2), new("call", "SL6002", null, null)];

        BlindCalls.Fires(new ExpectedFinding(FindingKey.Parse("call|SL1004|6"), "x"), findings).Should().BeTrue();
        BlindCalls.Fires(new ExpectedFinding(FindingKey.Parse("call|SL1004|6|1"), "x"), findings).Should().BeFalse("another sentence of the turn fired");
        BlindCalls.Fires(new ExpectedFinding(FindingKey.Parse("call|SL1004|2"), "x"), findings).Should().BeFalse();
        BlindCalls.Fires(new ExpectedFinding(FindingKey.Parse("call|SL6002|-"), "x"), findings).Should().BeTrue();
        BlindCalls.Fires(new ExpectedFinding(FindingKey.Parse("other|SL6002|-"), "x"), findings).Should().BeFalse();
    }

    [Test]
    public void ReadJudgements_KeyJudgedTwiceOrUnknownVerdict_ThrowsNamingFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"blind-judgements-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllLines(path, ["# comment", "a|SL1001|-|-\tright\twhy", "a|SL1001|-|-\twrong\twhy not"]);
            FluentActions.Invoking(() => BlindCalls.ReadJudgements(path)).Should().Throw<FormatException>().WithMessage("*(3)*judged twice*");

            File.WriteAllLines(path, ["a|SL1001|-|-\tmaybe\twhy"]);
            FluentActions.Invoking(() => BlindCalls.ReadJudgements(path)).Should().Throw<FormatException>().WithMessage("*(1)*right|wrong|unsure*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private void ShouldPointIntoItsCall(FindingKey key)
    {
        calls.Value.Should().ContainKey(key.Call, key.ToString());
        RuleIds.Should().Contain(key.Rule, key.ToString());
        if (key.Turn is not int turn)
        {
            key.Sentence.Should().BeNull(key.ToString());
            return;
        }

        var conversation = Engine.Tokenize(calls.Value[key.Call]);
        turn.Should().BeLessThan(conversation.Turns.Count, key.ToString());

        // Sentence splits of unpunctuated speech come from a learned boundary that may still change; punctuated text splits the same way.
        if (key.Sentence is int sentence && !key.Call.EndsWith("-asr", StringComparison.Ordinal))
        {
            sentence.Should().BeLessThan(conversation.Turns[turn].Sentences.Count, key.ToString());
        }
    }
}
