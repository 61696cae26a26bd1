using System.Text.RegularExpressions;
using SalesLint.Output;
using SalesLint.Tests.EndToEnd;

namespace SalesLint.Tests.Output;

/// <summary>
/// Each report format over <c>samples/</c>, run as the command (<c>saleslint check samples --format F</c> from the
/// repository root), compared whole with its golden file in <c>Output/Golden/</c>. Only what must vary from machine
/// to machine is normalised: the repository's path (<c>&lt;root&gt;</c>), the tool version with its commit
/// (<c>&lt;version&gt;</c>), and the seconds each conversation took (JUnit's <c>time</c>, JSON Lines' <c>seconds</c>).
/// </summary>
/// <remarks>
/// A change in output that is meant: regenerate the files and review the diff before committing it:
/// <c>SALESLINT_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~GoldenOutputTests</c> (writes into the source tree).
/// </remarks>
[TestFixture]
[Category("Process")]
[Parallelizable(ParallelScope.All)]
public sealed partial class GoldenOutputTests
{
    /// <summary>Each golden file: the command's arguments after <c>saleslint</c>, and its name.</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var format in ReportFormats.For(ReportKind.Findings))
        {
            yield return new TestCaseData(new[] { "check", "samples", "--format", format.Name }, $"check.{format.Name}").SetArgDisplayNames($"check-{format.Name}");
        }

        foreach (var format in ReportFormats.For(ReportKind.Scores))
        {
            yield return new TestCaseData(new[] { "score", "samples", "--format", format.Name, "--explain" }, $"score.{format.Name}").SetArgDisplayNames($"score-{format.Name}");
        }
    }

    /// <summary>The folder the golden files live in, in the source tree.</summary>
    internal static string GoldenFolder => Path.Combine(TestSupport.RepositoryRoot, "tests", "SalesLint.Tests", "Output", "Golden");

    [TestCaseSource(nameof(Cases))]
    public async Task Format_OverSamples_MatchesGoldenFile(string[] args, string name)
    {
        var run = await CliProcess.RunAsync(args, TestSupport.RepositoryRoot);
        run.ShouldNotHaveCrashed();
        run.ExitCode.Should().Be(0, run.ToString());
        var actual = Normalise(run.Output);
        var golden = Path.Combine(GoldenFolder, name);
        if (Environment.GetEnvironmentVariable("SALESLINT_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, actual);
            Assert.Ignore($"updated {golden}");
        }

        File.Exists(golden).Should().BeTrue($"{golden} is missing: create it with SALESLINT_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~GoldenOutputTests");
        var expected = await File.ReadAllTextAsync(golden);
        if (actual != expected)
        {
            var a = actual.Split('\n');
            var e = expected.Split('\n');
            var line = Enumerable.Range(0, Math.Min(a.Length, e.Length)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Length, e.Length));
            Assert.Fail(
                $"saleslint {string.Join(' ', args)} differs from {name} at line {line + 1}:\n  golden: {e.ElementAtOrDefault(line)}\n  actual: {a.ElementAtOrDefault(line)}\n" +
                "If the change is meant, regenerate with SALESLINT_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~GoldenOutputTests and review the diff.");
        }
    }

    [Test]
    public void Cases_CoverEveryFormat() =>
        Cases().Select(c => (string)c.Arguments[1]!).Should().Contain(ReportFormats.All.Select(f => $"check.{f.Name}"));

    /// <summary>Replaces what varies between machines and builds.</summary>
    internal static string Normalise(string output)
    {
        var root = TestSupport.RepositoryRoot.TrimEnd('/', '\\');
        var text = output.Replace(new Uri(root + "/").AbsoluteUri, "file:///<root>/", StringComparison.Ordinal).Replace(root, "<root>", StringComparison.Ordinal);
        text = Version().Replace(text, "<version>");
        text = JUnitTime().Replace(text, "time=\"<t>\"");
        return Seconds().Replace(text, "\"seconds\":[<t>]");
    }

    [GeneratedRegex(@"\d+\.\d+\.\d+\+[0-9a-f]{7,40}")]
    private static partial Regex Version();

    [GeneratedRegex(@"time=""\d+(\.\d+)?""")]
    private static partial Regex JUnitTime();

    [GeneratedRegex(@"""seconds"":\[[^\]]*\]")]
    private static partial Regex Seconds();
}
