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
    public void IsMatch_Pattern_MatchesAsDocumented(string pattern, string path, bool expected)
    {
        new Glob(pattern).IsMatch(path).Should().Be(expected);
    }
}
