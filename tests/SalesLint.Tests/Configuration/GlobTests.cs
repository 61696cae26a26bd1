using SalesLint.Configuration;

namespace SalesLint.Tests.Configuration;

public sealed class GlobTests
{
    [TestCase("roleplay/**", "roleplay/a.json", true)]
    [TestCase("roleplay/**", "roleplay/x/y/a.json", true)]
    [TestCase("roleplay/**", "other/a.json", false)]
    [TestCase("**/*.vtt", "a.vtt", true)]
    [TestCase("**/*.vtt", "x/y/a.vtt", true)]
    [TestCase("*.vtt", "x/y/a.vtt", true)]
    [TestCase("calls/*.vtt", "calls/x/a.vtt", false)]
    [TestCase("calls/call-?.json", "calls/call-7.json", true)]
    [TestCase("./calls/a.json", "calls/a.json", true)]
    [TestCase("calls/*.{vtt,srt}", "calls/a.vtt", true)]
    [TestCase("calls/*.{vtt,srt}", "calls/a.srt", true)]
    [TestCase("calls/*.{vtt,srt}", "calls/a.json", false)]
    [TestCase("{calls,demos}/**/*.json", "demos/x/a.json", true)]
    [TestCase("{calls,demos}/**/*.json", "other/a.json", false)]
    [TestCase("{a,b{c,d}}.json", "bd.json", true)]
    [TestCase("{a,b{c,d}}.json", "b.json", false)]
    [TestCase("call-[0-9].json", "call-7.json", true)]
    [TestCase("call-[0-9].json", "call-x.json", false)]
    [TestCase("call-[!0-9].json", "call-x.json", true)]
    [TestCase("call-[^0-9].json", "call-7.json", false)]
    [TestCase("call-[ab-].json", "call--.json", true)]
    [TestCase("x/[+-0]y.json", "x//y.json", false)]
    [TestCase("call-[0-9.json", "call-[0-9.json", true)]
    [TestCase("call-{a.json", "call-{a.json", true)]
    public void IsMatch_Pattern_MatchesAsDocumented(string pattern, string path, bool expected)
    {
        new Glob(pattern).IsMatch(path).Should().Be(expected);
    }

    [Test]
    public void IsMatch_ManyStars_TakesLinearTime()
    {
        var glob = new Glob(string.Concat(Enumerable.Repeat("*a", 30)) + "b");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        glob.IsMatch(new string('a', 20_000)).Should().BeFalse();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }
}
