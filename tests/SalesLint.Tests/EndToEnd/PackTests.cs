using System.IO.Compression;
using System.Xml.Linq;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// <c>dotnet pack</c> and <c>dotnet tool install</c> as separate processes (the README's "Installing the command"
/// steps), on the build this suite runs with (<c>--no-build</c>, same configuration, so it takes seconds instead of a
/// Release rebuild): both packages, the library's symbol package, what every package must carry, and the installed
/// <c>saleslint</c> command checking a sample.
/// </summary>
[TestFixture]
[Category("Process")]
[NonParallelizable]
public sealed class PackTests
{
    /// <summary>
    /// Packs with a version of its own (0.1.0-test.N), so the tool installed from it is this build's and not a package
    /// of the same version that NuGet's cache kept from an earlier run; that cached copy is removed afterwards.
    /// </summary>
    [Test]
    public async Task Pack_Solution_MakesBothPackagesWithLicenceReadmeNoticeAndSymbols()
    {
        var root = Path.Combine(Path.GetTempPath(), "saleslint-pack-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(root, "packages");
        var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        try
        {
            var run = await CliProcess.RunProgramAsync(
                CliProcess.Dotnet,
                ["pack", "SalesLint.sln", "-c", CliProcess.Configuration, "--no-build", "-o", output, $"-p:PackageVersion={version}", "-nodeReuse:false", "-v", "q", "-nologo"],
                TestSupport.RepositoryRoot);

            run.ExitCode.Should().Be(0, run.ToString());
            var files = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            files.Should().Equal([$"SalesLint.{version}.nupkg", $"SalesLint.{version}.snupkg", $"SalesLint.Cli.{version}.nupkg"], "the two packages and the library's symbols");

            using (var library = ZipFile.OpenRead(Path.Combine(output, $"SalesLint.{version}.nupkg")))
            {
                var entries = library.Entries.Select(e => e.FullName).ToList();
                entries.Should().Contain(["LICENSE", "NOTICE.md", "README.md", "CHANGELOG.md", "Models/NOTICE.md", "lib/net10.0/SalesLint.dll", "lib/net10.0/Microsoft.Recognizers.Text.dll"]);
                Read(library, "README.md").Should().NotContain("](", "the NuGet README has no relative links").And.Contain("SalesLint");
                Read(library, "Models/NOTICE.md").Should().Contain("PersuasionForGood");
                Nuspec(library, "SalesLint", out var metadata);
                metadata.Element(metadata.Name.Namespace + "releaseNotes")!.Value.Should().Contain("0.1.0");
            }

            using (var symbols = ZipFile.OpenRead(Path.Combine(output, $"SalesLint.{version}.snupkg")))
            {
                symbols.Entries.Select(e => e.FullName).Should().Contain("lib/net10.0/SalesLint.pdb");
            }

            using (var tool = ZipFile.OpenRead(Path.Combine(output, $"SalesLint.Cli.{version}.nupkg")))
            {
                tool.Entries.Select(e => e.FullName).Should().Contain(["LICENSE", "NOTICE.md", "README.md", "tools/net10.0/any/SalesLint.Cli.dll", "tools/net10.0/any/DotnetToolSettings.xml"]);
                Read(tool, "tools/net10.0/any/DotnetToolSettings.xml").Should().Contain("Name=\"saleslint\"");
                Nuspec(tool, "SalesLint.Cli", out _);
            }

            // The README's next step, into a folder instead of the machine's global tools: the installed command runs.
            var tools = Path.Combine(root, "tools");
            var install = await CliProcess.RunProgramAsync(
                CliProcess.Dotnet, ["tool", "install", "SalesLint.Cli", "--tool-path", tools, "--add-source", output, "--version", version], root);
            install.ExitCode.Should().Be(0, install.ToString());
            var check = await CliProcess.RunProgramAsync(
                Path.Combine(tools, OperatingSystem.IsWindows() ? "saleslint.exe" : "saleslint"),
                ["check", Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt")],
                root);
            check.ShouldNotHaveCrashed();
            check.ExitCode.Should().Be(0, check.ToString());
            check.Output.Should().MatchRegex(@"negotiation-giveaway\.vtt\(turn \d+, [0-9:]+\): warning SL1004: ");
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
                ? packages
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var id in new[] { "saleslint.cli", "saleslint" })
            {
                var cached = Path.Combine(cache, id, version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
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
