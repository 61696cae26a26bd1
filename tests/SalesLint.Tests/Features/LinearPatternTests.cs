using SalesLint.Features;

namespace SalesLint.Tests.Features;

public sealed class LinearPatternTests
{
    [Test]
    public void IsMatch_IgnoresCase()
    {
        var pattern = new LinearPattern(@"\bhow much (is|does) it\b");

        pattern.IsMatch("So HOW MUCH does it cost?").Should().BeTrue();
        pattern.IsMatch("How many seats?").Should().BeFalse();
    }

    [Test]
    public void Constructor_Backreference_IsRejectedWithThePattern()
    {
        var create = () => new LinearPattern(@"(\w+) \1");

        create.Should().Throw<ArgumentException>().WithMessage("*(\\w+) \\1*backtracking*");
    }

    [TestCase(@"\b(tell|walk|talk) me (about|how)\b", true)]
    [TestCase(@"\b(may|maybe|if)\b|\$\s?0(\.0+)?\b", false)]
    public void IsScreened_TellsWhetherRequiredWordsScreenTheText(string text, bool screened)
    {
        var pattern = new LinearPattern(text);

        pattern.IsScreened.Should().Be(screened);
        pattern.IsMatch("Maybe later.").Should().Be(!screened);
    }

    [Test]
    public void Match_AnchorsApplyToThePart()
    {
        var pattern = new LinearPattern(@"^\W*deal\b");
        const string Text = "Sounds fine. Deal, then.";

        var match = pattern.Match(Text, 13, Text.Length - 13);

        match.Success.Should().BeTrue();
        match.Index.Should().Be(13);
        pattern.Match(Text, 0, Text.Length).Success.Should().BeFalse();
    }

    [Test]
    public void AddMatches_AddsEveryNonEmptyMatchInOrder()
    {
        var pattern = new LinearPattern(@"\d+%|x*");
        var found = new List<(int Index, int Length)>();

        pattern.AddMatches("10% now, 20% later", found).Should().Be(2);

        found.Should().Equal((0, 3), (9, 3));
    }

    [Test]
    public void AddMatches_ManyThreadsAtOnce_GiveWhatOneThreadGives()
    {
        var pattern = new LinearPattern(@"\b(\d{1,2}\s?(%|percent)\s+(off|discount)|extra\s+(\w+\s+)?(months?|seats?))\b");
        var texts = Enumerable.Range(0, 400)
            .Select(i => $"Call {i}: we give {i % 60} percent off, {i % 7} extra free months and {i} extra seats, then 5% discount.")
            .ToArray();
        var expected = texts.Select(t => Matches(pattern, t)).ToArray();

        var actual = new List<(int Index, int Length)>[texts.Length];
        Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i % texts.Length] = Matches(pattern, texts[i % texts.Length]));

        for (var i = 0; i < texts.Length; i++)
        {
            actual[i].Should().Equal(expected[i], $"text {i}");
        }

        expected.Should().AllSatisfy(e => e.Should().HaveCount(4));
    }

    [Test]
    public void IsMatch_OneThread_BuildsOneInstance()
    {
        var pattern = new LinearPattern(@"\bone thread only\b");

        for (var i = 0; i < 1_000; i++)
        {
            pattern.IsMatch($"call {i}: one thread only");
        }

        pattern.Instances.Should().Be(1);
    }

    [Test]
    public void IsMatch_ManyThreads_BuildsNoMoreInstancesThanThePoolHolds()
    {
        var pattern = new LinearPattern(@"\bmany threads\b");

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => pattern.IsMatch($"call {i}: many threads"));

        pattern.Instances.Should().BeInRange(1, Math.Max(2, Environment.ProcessorCount * 2));
    }

    [Test]
    public void Match_ShippedPatternCostly_IsCompiledAndFindsTheSame()
    {
        // A pattern of the shipped rules (trusted; unique text so no other test has run it) is compiled to code once its
        // runs on the interpreter have cost TicksBeforeCompiling, whatever the number of runs; before and
        // after, every call finds what the interpreter finds. The time is charged here (Spend) so that the test does
        // not depend on the machine's speed. Every input holds "got it", so none is turned away before the regex runs.
        var text = $@"\b(so|right),? (what )?(i'm|i am) hearing (is )?{Guid.NewGuid():N}|^\W*got it\b";
        PatternRegistry.Trust([text]);
        var pattern = new LinearPattern(text);
        string[] inputs = ["Got it, Fridays and overtime.", "So what I'm hearing is: got it.", "We got it done; got it?", "  got it"];
        var interpreted = PatternRegistry.CreateInterpreted(text);
        pattern.TicksBeforeCompiling.Should().BeGreaterThan(0);

        pattern.Spend(pattern.TicksBeforeCompiling - 1);
        for (var i = 0; i < 10; i++)
        {
            var input = inputs[i % inputs.Length];
            Span(pattern.Match(input, 0, input.Length)).Should().Be(Span(interpreted.Match(input)));
        }

        pattern.IsCompiled.Should().BeFalse("below the time a compilation costs, however often it ran");
        pattern.Spend(1);
        pattern.IsCompiled.Should().BeTrue();
        foreach (var input in inputs)
        {
            Span(pattern.Match(input, 0, input.Length)).Should().Be(Span(interpreted.Match(input)), input);
            pattern.IsMatch(input).Should().Be(interpreted.IsMatch(input), input);
            Matches(pattern, input).Should().Equal(interpreted.Matches(input).Where(m => m.Length > 0).Select(m => (m.Index, m.Length)), input);
        }

        Span(pattern.Match("ok. got it", 4, 6)).Should().Be((4, 6), "anchors still apply to the part searched");
        pattern.Match("ok. got it", 0, 10).Success.Should().BeFalse();
    }

    [Test]
    public void TicksBeforeCompiling_GrowsWithThePattern()
    {
        // Compiling a long alternation costs more than a short one, so it must earn more interpreter time first.
        var words = string.Join('|', Enumerable.Range(0, 200).Select(i => $"word{i}"));
        var shortOne = new LinearPattern(@"\bok\b");
        var longOne = new LinearPattern($@"\b({words})\b");

        shortOne.TicksBeforeCompiling.Should().Be(LinearPattern.LeastInterpreterTime.Ticks * System.Diagnostics.Stopwatch.Frequency / TimeSpan.TicksPerSecond);
        longOne.TicksBeforeCompiling.Should().BeGreaterThan(shortOne.TicksBeforeCompiling * 20);
    }

    [Test]
    public void IsMatch_ShippedPatternRunOnLongText_TimesItsRunsAndIsCompiled()
    {
        // The runs themselves are timed (one in SampleEvery): a shipped pattern run on long text gets compiled within a
        // bounded number of runs on any machine (each run of a 6,000-character text costs microseconds at the least).
        var text = $@"\b(price|cost) (is|was) {Guid.NewGuid():N}\b|\bwhat (it|that) costs\b";
        PatternRegistry.Trust([text]);
        var pattern = new LinearPattern(text);
        var input = string.Concat(Enumerable.Repeat("the price is right and the cost was fine, ", 150)) + "that is what it costs";

        var runs = 0;
        while (!pattern.IsCompiled && runs < 1_000_000)
        {
            pattern.IsMatch(input).Should().BeTrue();
            runs++;
        }

        pattern.IsCompiled.Should().BeTrue($"after {runs} runs");
        runs.Should().BeGreaterThanOrEqualTo(LinearPattern.SampleEvery, "only timed runs count");
        pattern.IsMatch(input).Should().BeTrue();
        pattern.IsMatch("the price is right").Should().BeFalse();
    }

    [Test]
    public void IsMatch_UserPatternCostly_StaysLinearTime()
    {
        // A pattern from a user's file is never compiled to the backtracking engine: it stays linear-time.
        var pattern = new LinearPattern($@"\buser pattern {Guid.NewGuid():N}\b|\bhow much\b");

        pattern.Spend(pattern.TicksBeforeCompiling * 2);
        for (var i = 0; i < 100; i++)
        {
            pattern.IsMatch($"call {i}: how much is it").Should().BeTrue();
        }

        pattern.IsCompiled.Should().BeFalse();
        pattern.IsMatch("how many").Should().BeFalse();
    }

    private static (int Index, int Length)? Span(System.Text.RegularExpressions.Match match) => match.Success ? (match.Index, match.Length) : null;

    private static List<(int Index, int Length)> Matches(LinearPattern pattern, string text)
    {
        var found = new List<(int Index, int Length)>();
        pattern.AddMatches(text, found);
        return found;
    }
}
