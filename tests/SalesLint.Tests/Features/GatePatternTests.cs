using System.Text.RegularExpressions;
using SalesLint.Features;
using SalesLint.Rules;

namespace SalesLint.Tests.Features;

public sealed class GatePatternTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [TestCase(@"\bvs\s+(?-i:[A-Z][a-z]+)\w*", @"\bvs\s+(?:[A-Z][a-z]+)\w*")]
    [TestCase(@"(a(?-i:B)|(?-i:C))d", @"(a(?:B)|(?:C))d")]
    [TestCase(@"to (?-i)Acme\b", @"to Acme\b")]
    public void Loosen_CaseSensitiveGroups_AreReadCaseInsensitively(string pattern, string expected)
    {
        GatePattern.Loosen(pattern).Should().Be(expected);
    }

    [TestCase(@"\bhow much (for|per)\b")]
    [TestCase(@"\(?-i:A")]
    [TestCase(@"[(?-i:]A")]
    [TestCase(@"[](?-i:]A")]
    [TestCase(@"(?i:a)(?:b)(?<name>c)(?=d)")]
    public void Loosen_NoCaseSensitiveGroup_ReturnsThePatternItself(string pattern)
    {
        GatePattern.Loosen(pattern).Should().BeSameAs(pattern);
    }

    [TestCase(@"(?x-i: A b )")]
    [TestCase(@"(?-i:A)(?x) b # (?-i:B)")]
    [TestCase(@"(?s-i:A.)")]
    [TestCase(@"(?-is:A.)")]
    [TestCase(@"(?#(?-i:)(?-i:A)")]
    [TestCase(@"[a-z-[aeiou]](?-i:A)")]
    [TestCase(@"(?-i:A)[x")]
    public void Loosen_OptionsItDoesNotRead_LeaveThePatternAsItIs(string pattern)
    {
        GatePattern.Loosen(pattern).Should().BeSameAs(pattern);
    }

    [Test]
    public void Loosen_ClassReading_AgreesWithTheRegexParser()
    {
        // A ']' first in a class is a character to .NET, so this "(?-i:" is inside the class.
        const string pattern = @"[](?-i:]A";

        Regex.IsMatch("(a", pattern, Options).Should().BeTrue();
        Regex.IsMatch("]a", pattern, Options).Should().BeTrue();
        GatePattern.Loosen(pattern).Should().BeSameAs(pattern);
    }

    [Test]
    public void Loosen_ShippedLexiconPatterns_MatchWhereverTheOriginalsDo()
    {
        var patterns = RuleSet.LoadBuiltIn().Lexicons.SelectMany(l => l.Patterns).Distinct(StringComparer.Ordinal).ToList();
        var inputs = SampleSentences().SelectMany(s => new[] { s, s.ToUpperInvariant(), s.ToLowerInvariant() }).Distinct(StringComparer.Ordinal).ToList();
        var loosenedSomewhere = 0;

        patterns.Select(GatePattern.Loosen).Should().NotContain(p => p.Contains("(?-i", StringComparison.Ordinal), "the shipped gate is built without case-sensitive parts");
        inputs.Should().HaveCountGreaterThan(1000);
        foreach (var pattern in patterns)
        {
            var loosened = GatePattern.Loosen(pattern);
            if (ReferenceEquals(loosened, pattern))
            {
                continue;
            }

            var original = new Regex(pattern, Options);
            var gate = new Regex(loosened, Options | RegexOptions.NonBacktracking);
            foreach (var input in inputs)
            {
                var matches = gate.IsMatch(input);
                if (original.IsMatch(input))
                {
                    matches.Should().BeTrue($"'{loosened}' must let through '{input}', which '{pattern}' matches");
                }
                else if (matches)
                {
                    loosenedSomewhere++;
                }
            }
        }

        loosenedSomewhere.Should().BePositive("some sentence matches only the loosened pattern (a lower-case name)");
    }

    private static List<string> SampleSentences() =>
        [.. Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot, "samples"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Regex.Split(File.ReadAllText(f), @"(?<=[.?!])\s+|\n"))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)];
}
