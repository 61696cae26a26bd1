using System.IO.Compression;
using System.Xml.Linq;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// <c>dotnet pack</c> as a separate process (the README's "Installing the command" step), on the build this suite runs
/// with (<c>--no-build</c>, same configuration, so it takes seconds instead of a Release rebuild): both packages, the
/// library's symbol package, and what every package must carry.
/// </summary>
[TestFixture]
[Category("Process")]
[NonParallelizable]
public sealed class PackTests
{
    [Test]
    public async Task Pack_Solution_MakesBothPackagesWithLicenceReadmeNoticeAndSymbols()
    {
        var output = Path.Combine(Path.GetTempPath(), "saleslint-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await CliProcess.RunProgramAsync(
                CliProcess.Dotnet,
                ["pack", "SalesLint.sln", "-c", CliProcess.Configuration, "--no-build", "-o", output, "-nodeReuse:false", "-v", "q", "-nologo"],
                TestSupport.RepositoryRoot);

            run.ExitCode.Should().Be(0, run.ToString());
            var files = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            files.Should().Equal(["SalesLint.0.1.0.nupkg", "SalesLint.0.1.0.snupkg", "SalesLint.Cli.0.1.0.nupkg"], "the two packages and the library's symbols");

            using (var library = ZipFile.OpenRead(Path.Combine(output, "SalesLint.0.1.0.nupkg")))
            {
                var entries = library.Entries.Select(e => e.FullName).ToList();
                entries.Should().Contain(["LICENSE", "NOTICE.md", "README.md", "CHANGELOG.md", "Models/NOTICE.md", "lib/net10.0/SalesLint.dll", "lib/net10.0/Microsoft.Recognizers.Text.dll"]);
                Read(library, "README.md").Should().NotContain("](", "the NuGet README has no relative links").And.Contain("SalesLint");
                Read(library, "Models/NOTICE.md").Should().Contain("PersuasionForGood");
                Nuspec(library, "SalesLint", out var metadata);
                metadata.Element(metadata.Name.Namespace + "releaseNotes")!.Value.Should().Contain("0.1.0");
            }

            using (var symbols = ZipFile.OpenRead(Path.Combine(output, "SalesLint.0.1.0.snupkg")))
            {
                symbols.Entries.Select(e => e.FullName).Should().Contain("lib/net10.0/SalesLint.pdb");
            }

            using var tool = ZipFile.OpenRead(Path.Combine(output, "SalesLint.Cli.0.1.0.nupkg"));
            tool.Entries.Select(e => e.FullName).Should().Contain(["LICENSE", "NOTICE.md", "README.md", "tools/net10.0/any/SalesLint.Cli.dll", "tools/net10.0/any/DotnetToolSettings.xml"]);
            Read(tool, "tools/net10.0/any/DotnetToolSettings.xml").Should().Contain("Name=\"saleslint\"");
            Nuspec(tool, "SalesLint.Cli", out _);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static string Read(ZipArchive archive, string entry)
    {
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Checks the package's manifest: its ID, the MIT licence expression and the README.</summary>
    private static void Nuspec(ZipArchive archive, string id, out XElement metadata)
    {
        var nuspec = XDocument.Parse(Read(archive, id + ".nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "id")!.Value.Should().Be(id);
        var license = metadata.Element(ns + "license")!;
        license.Attribute("type")!.Value.Should().Be("expression");
        license.Value.Should().Be("MIT");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "repository")!.Attribute("url")!.Value.Should().StartWith("https://github.com/");
    }
}
