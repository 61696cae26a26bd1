using System.Reflection;
using System.Text.RegularExpressions;
using SalesLint.Negotiation;

namespace SalesLint.Tests.Negotiation;

/// <summary>
/// The screens in front of the patterns read beside a bare number (ValueReader.NumberContext.cs) must give the
/// patterns' own answers: at every position of every line of the samples, the rule cases and the ledger tests, as
/// written, upper-cased and with the letters case-insensitive matching folds to ASCII (Kelvin sign, long s).
/// </summary>
public sealed class ValueReaderNumberContextTests
{
    private const int LookBehind = 24;

    private static readonly string[] Crafted =
    [
        "the FP-30 is mine", "an F-150 for sale", "my iphone 13 pro", "xbox 360", "PS 5", "cycle count 212",
        "Friday after 5 works", "anytime before 9", "until\n5", "Wednesday at 5 or Friday at noon", "I'm at 9 on this",
        "oil every 5k", "valve check done at 12k", "an Accord with 110k", "it's at 128k now", "odometer is just over 90k on it",
        "41 Birch Ln", "12 Oak Street", "300 N Main St", "300 N. Main St.", "5 W Elm Rd", "12 Old Mill Road",
        "after \n5", "iphone\u00a013", "i\u212Aat 5", "the mk 4", "GALAXY\t21",
    ];

    private static readonly Lazy<List<string>> Lines = new(() =>
    {
        var root = TestSupport.RepositoryRoot;
        var files = Directory.EnumerateFiles(Path.Combine(root, "samples"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "SalesLint.Tests", "RuleCases"), "*.yaml"))
            .Append(Path.Combine(root, "tests", "SalesLint.Tests", "Negotiation", "LedgerBuilderTests.cs"));
        var lines = files.SelectMany(File.ReadLines).Where(l => l.Length is > 0 and <= 400).Concat(Crafted).Distinct(StringComparer.Ordinal).ToList();
        return [.. lines, .. lines.Select(l => l.ToUpperInvariant()), .. lines.Select(l => l.Replace('k', '\u212A').Replace('s', '\u017F'))];
    });

    [TestCase("ModelBefore")]
    [TestCase("TimeBefore")]
    [TestCase("AtBefore")]
    [TestCase("OdometerBefore")]
    [TestCase("ItAtBefore")]
    public void Screened_BeforeANumber_GivesThePatternsAnswerEverywhere(string name)
    {
        var regex = Pattern(name);
        var check = Check(name);
        var matched = 0;
        foreach (var line in Lines.Value)
        {
            for (var at = 0; at <= line.Length; at++)
            {
                var before = line.AsSpan(0, at);
                var from = Math.Max(0, at - LookBehind);
                var expected = regex.IsMatch(before, from);
                matched += expected ? 1 : 0;
                if (check(line, at) != expected)
                {
                    Assert.Fail($"{name} before position {at} of '{line}': the pattern says {expected}");
                }
            }
        }

        matched.Should().BeGreaterThan(2, "the inputs exercise the pattern");
    }

    [Test]
    public void Screened_StreetAfterANumber_GivesThePatternsAnswerEverywhere()
    {
        var regex = Pattern("StreetAfter");
        var matched = 0;
        foreach (var line in Lines.Value)
        {
            for (var at = 0; at <= line.Length; at++)
            {
                var expected = regex.IsMatch(line.AsSpan(at));
                matched += expected ? 1 : 0;
                if (ValueReader.IsStreetAfter(line.AsSpan(at)) != expected)
                {
                    Assert.Fail($"StreetAfter from position {at} of '{line}': the pattern says {expected}");
                }
            }
        }

        matched.Should().BeGreaterThan(5, "the inputs exercise the pattern");
    }

    private static Regex Pattern(string name) =>
        (Regex)typeof(ValueReader).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    private static Func<string, int, bool> Check(string name) => name switch
    {
        "ModelBefore" => (l, at) => ValueReader.IsModelBefore(l.AsSpan(0, at), Math.Max(0, at - LookBehind)),
        "TimeBefore" => (l, at) => ValueReader.IsTimeBefore(l.AsSpan(0, at), Math.Max(0, at - LookBehind)),
        "AtBefore" => (l, at) => ValueReader.IsAtBefore(l.AsSpan(0, at), Math.Max(0, at - LookBehind)),
        "OdometerBefore" => (l, at) => ValueReader.IsOdometerBefore(l.AsSpan(0, at), Math.Max(0, at - LookBehind)),
        "ItAtBefore" => (l, at) => ValueReader.IsItAtBefore(l.AsSpan(0, at), Math.Max(0, at - LookBehind)),
        _ => throw new ArgumentException(name, nameof(name)),
    };
}
