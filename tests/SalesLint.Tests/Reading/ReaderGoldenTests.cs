using System.Text.Json;
using SalesLint.Model;
using SalesLint.Output;
using SalesLint.Reading;

namespace SalesLint.Tests.Reading;

/// <summary>
/// One golden case per transcript fixture: every sample under <c>samples/</c> (SalesLint's formats and every vendor's) and the reader
/// fixtures of <c>Reading/Fixtures/</c>, read with format detection, against <c>Reading/Cases/&lt;format&gt;/&lt;file&gt;.expected.json</c>
/// (the detected format, then each conversation as canonical JSON with its participants' roles and the turns' times, lines and columns).
/// </summary>
/// <remarks>
/// After a deliberate change of a reader, rewrite the expected files with
/// <c>SALESLINT_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~ReaderGoldenTests</c> and review the diff.
/// </remarks>
[TestFixture]
public class ReaderGoldenTests
{
    /// <summary>The roles and names of <c>samples/vendors/.saleslint.yaml</c>: vendor files label speakers but never say who sells.</summary>
    private static readonly ReaderOptions VendorOptions = new()
    {
        Sellers = ["spk_0", "0", "A", "speaker", "Dana Whitfield"],
        SpeakerNames = new Dictionary<string, string> { ["spk_0"] = "Marcus Reid" },
    };

    private static readonly JsonSerializerOptions Json = SalesLintJson.ContractOptions;

    private static string CasesFolder => Path.Combine(TestSupport.RepositoryRoot, "tests", "SalesLint.Tests", "Reading", "Cases");

    /// <summary>The fixtures, as paths relative to the repository.</summary>
    public static IEnumerable<string> Fixtures() =>
        new[] { "samples", "tests/SalesLint.Tests/Reading/Fixtures" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestSupport.RepositoryRoot, folder), "*", SearchOption.AllDirectories))
            .Where(f => TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}samples{Path.DirectorySeparatorChar}webhook", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}samples{Path.DirectorySeparatorChar}worker", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}samples{Path.DirectorySeparatorChar}analyzers", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestSupport.RepositoryRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Fixtures))]
    public void Read_Fixture_MatchesItsGoldenFile(string fixture)
    {
        var path = Path.Combine(TestSupport.RepositoryRoot, fixture);
        var content = File.ReadAllText(path);
        var format = TranscriptReader.DetectFormat(path, content);
        var options = fixture.Contains("/vendors/", StringComparison.Ordinal) || fixture.Contains("/Fixtures/", StringComparison.Ordinal)
            ? VendorOptions
            : new ReaderOptions();
        var transcripts = TranscriptReader.ReadFile(path, options);
        var actual = JsonSerializer.Serialize(new Golden(format, [.. transcripts.Select(t => t with { SourcePath = null })]), Json) + "\n";

        var expectedPath = Path.Combine(CasesFolder, format, Path.GetFileName(path) + ".expected.json");
        if (Environment.GetEnvironmentVariable("SALESLINT_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{fixture} is read as '{format}' and needs {Path.GetRelativePath(TestSupport.RepositoryRoot, expectedPath)} (see the remarks)");
        actual.Should().Be(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), $"reading {fixture} changed");
    }

    [Test]
    public void Cases_EveryExpectedFile_HasItsFixture()
    {
        var fixtures = Fixtures().Select(f => Path.GetFileName(f) + ".expected.json").ToHashSet(StringComparer.Ordinal);

        Directory.EnumerateFiles(CasesFolder, "*.expected.json", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .Where(name => !fixtures.Contains(name!))
            .Should().BeEmpty("an expected file whose fixture is gone pins nothing");
    }

    [Test]
    public void Cases_CoverEveryFormat()
    {
        Directory.EnumerateDirectories(CasesFolder).Select(Path.GetFileName).Should().BeEquivalentTo(TranscriptReader.FormatNames);
    }

    private sealed record Golden(string Format, IReadOnlyList<Transcript> Conversations);
}
