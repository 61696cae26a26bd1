using System.Diagnostics;
using SalesLint.Configuration;
using SalesLint.Loading;

namespace SalesLint.Tests.Loading;

/// <summary>
/// Code from a folder of transcripts: a <c>.saleslint.yaml</c> (or an <c>analyzers.yaml</c> it extends) that names an
/// assembly must not make SalesLint load it unless the user asked for it. The assembly is real (compiled by the test);
/// its static constructor writes a marker file, so the marker shows whether the code ran.
/// </summary>
public sealed class AnalyzerTrustTests
{
    private string root = string.Empty;
    private string calls = string.Empty;
    private string marker = string.Empty;

    [SetUp]
    public void SetUp()
    {
        root = Path.Combine(Path.GetTempPath(), "saleslint-trust-" + Guid.NewGuid().ToString("N"));
        calls = Path.Combine(root, "calls");
        Directory.CreateDirectory(calls);
        marker = Path.Combine(root, "marker.txt");
        File.Copy(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt"), Path.Combine(calls, "call.vtt"));
        MarkerAssembly.Build(calls, marker);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(root, recursive: true);

    [TestCase("check")]
    [TestCase("score")]
    [TestCase("report")]
    [TestCase("inspect")]
    public async Task Command_DiscoveredConfigWithAnalyzers_LoadsNothingAndNamesThePlace(string command)
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "minLevel: warning\nanalyzers: [Evil.dll]\n");
        string[] args = command switch
        {
            "report" => ["report", calls, "--out", Path.Combine(root, "report")],
            "inspect" => ["inspect", Path.Combine(calls, "call.vtt")],
            _ => [command, calls],
        };

        var (code, _, error) = await TestSupport.RunCliAsync(args);

        code.Should().Be(2);
        error.Should().Contain($"{Path.Combine(calls, ".saleslint.yaml")}(2,13): analyzers: this configuration would load 'Evil.dll'")
            .And.Contain("nothing was loaded").And.Contain("--trust-config");
        File.Exists(marker).Should().BeFalse("the assembly's static constructor must not run");
    }

    [Test]
    public async Task Check_DiscoveredConfigInAParentFolder_LoadsNothing()
    {
        File.WriteAllText(Path.Combine(root, ".saleslint.yaml"), "analyzers: [calls/Evil.dll]\n");

        var (code, _, error) = await TestSupport.RunCliAsync("check", calls);

        code.Should().Be(2);
        error.Should().Contain($"{Path.Combine(root, ".saleslint.yaml")}(1,13)");
        File.Exists(marker).Should().BeFalse();
    }

    [Test]
    public async Task Check_DiscoveredConfigExtendingAnalyzersFile_LoadsNothing()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "extends: [recommended, rules]\n");
        Directory.CreateDirectory(Path.Combine(calls, "rules"));
        File.WriteAllText(Path.Combine(calls, "rules", "analyzers.yaml"), "assemblies: [../Evil.dll]\n");

        var (code, _, error) = await TestSupport.RunCliAsync("check", calls);

        code.Should().Be(2);
        error.Should().Contain($"{Path.Combine(calls, "rules", "analyzers.yaml")}(1,14): assemblies: this analyzers file would load code").And.Contain("nothing was loaded");
        File.Exists(marker).Should().BeFalse();
    }

    [Test]
    public async Task Check_TrustConfigFlag_LoadsTheDiscoveredAnalyzers()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "analyzers: [Evil.dll]\n");

        var (code, _, error) = await TestSupport.RunCliAsync("check", calls, "--trust-config");

        code.Should().NotBe(2, error);
        File.Exists(marker).Should().BeTrue();
    }

    [Test]
    public async Task Check_ExplicitConfig_LoadsItsAnalyzersAndThoseOfFoldersItExtends()
    {
        var config = Path.Combine(root, "team.yaml");
        File.WriteAllText(config, "extends: [recommended, calls/rules]\n");
        Directory.CreateDirectory(Path.Combine(calls, "rules"));
        File.WriteAllText(Path.Combine(calls, "rules", "analyzers.yaml"), "assemblies: [../Evil.dll]\n");

        var (code, _, error) = await TestSupport.RunCliAsync("check", calls, "--config", config);

        code.Should().NotBe(2, error);
        File.Exists(marker).Should().BeTrue();
    }

    [Test]
    public async Task Check_AnalyzerOption_LoadsTheAssembly()
    {
        var (code, _, error) = await TestSupport.RunCliAsync("check", calls, "--analyzer", Path.Combine(calls, "Evil.dll"));

        code.Should().NotBe(2, error);
        File.Exists(marker).Should().BeTrue();
    }

    [Test]
    public void For_TrustListWithTheCurrentHash_LoadsAndAnEditedFileIsRefused()
    {
        var config = Path.Combine(calls, ".saleslint.yaml");
        File.WriteAllText(config, "analyzers: [Evil.dll]\n");
        var trustFile = Path.Combine(root, "trusted.yaml");
        File.WriteAllText(trustFile, $"trusted:\n  - path: {config}\n    sha256: {TrustList.Hash(File.ReadAllText(config))}\n");
        File.AppendAllText(config, "minLevel: suggestion\n");

        var edited = () => new ProfileResolver(new ResolverOptions { TrustFile = trustFile }).For(Path.Combine(calls, "call.vtt"));

        edited.Should().Throw<ConfigurationException>().Which.Message.Should().Contain("nothing was loaded").And.Contain(TrustList.Hash(File.ReadAllText(config)));
        File.Exists(marker).Should().BeFalse();

        File.WriteAllText(trustFile, $"trusted:\n  - {{ path: {config}, sha256: {TrustList.Hash(File.ReadAllText(config))} }}\n");
        var profile = new ProfileResolver(new ResolverOptions { TrustFile = trustFile }).For(Path.Combine(calls, "call.vtt"));

        profile.Engine.RuleSet.Analyzers.Should().Contain(a => a.Name == "MarkerAnalyzer");
        File.Exists(marker).Should().BeTrue();
    }

    [Test]
    public void For_TheEntryTheRefusalPrints_WhenAddedToTheTrustList_Loads()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "analyzers: [Evil.dll]\n");
        var trustFile = Path.Combine(root, "trusted.yaml");
        var refused = () => new ProfileResolver(new ResolverOptions { TrustFile = trustFile }).For(Path.Combine(calls, "call.vtt"));
        var message = refused.Should().Throw<ConfigurationException>().Which.Message;
        var entry = message[message.LastIndexOf("- { path: ", StringComparison.Ordinal)..];

        File.WriteAllText(trustFile, "trusted:\n  " + entry + "\n");
        new ProfileResolver(new ResolverOptions { TrustFile = trustFile }).For(Path.Combine(calls, "call.vtt"));

        File.Exists(marker).Should().BeTrue();
    }

    [Test]
    public void For_DiscoveredConfigWithAnalyzers_AdvisesTheLibraryCallerWithOptionNames()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "analyzers: [Evil.dll]\n");

        var act = () => new ProfileResolver().For(Path.Combine(calls, "call.vtt"));

        act.Should().Throw<ConfigurationException>().Which.Message.Should().Contain("nothing was loaded")
            .And.Contain("ResolverOptions.TrustDiscoveredConfigs").And.Contain("(set ResolverOptions.TrustFile)").And.NotContain("--");
        File.Exists(marker).Should().BeFalse();
    }

    [Test]
    public void For_TrustListWithARelativePath_IsAnErrorAtTheEntry()
    {
        File.WriteAllText(Path.Combine(calls, ".saleslint.yaml"), "analyzers: [Evil.dll]\n");
        var trustFile = Path.Combine(root, "trusted.yaml");
        File.WriteAllText(trustFile, "trusted:\n  - path: calls/.saleslint.yaml\n    sha256: 00\n");

        var act = () => new ProfileResolver(new ResolverOptions { TrustFile = trustFile }).For(Path.Combine(calls, "call.vtt"));

        var error = act.Should().Throw<ConfigurationException>().Which;
        (error.FilePath, error.Line, error.Column).Should().Be((trustFile, 2, 11));
        File.Exists(marker).Should().BeFalse();
    }

    [TestCase("missing.dll", "analyzer assembly not found")]
    [TestCase("notes.dll", "cannot load analyzer assembly")]
    public void For_TrustedConfigWithAMissingOrInvalidAssembly_NamesTheEntry(string dll, string message)
    {
        File.WriteAllText(Path.Combine(calls, "notes.dll"), "not an assembly");
        var config = Path.Combine(calls, ".saleslint.yaml");
        File.WriteAllText(config, $"minLevel: warning\nanalyzers:\n  - {dll}\n");

        var act = () => new ProfileResolver(new ResolverOptions { TrustDiscoveredConfigs = true }).For(Path.Combine(calls, "call.vtt"));

        var error = act.Should().Throw<ConfigurationException>().Which;
        (error.FilePath, error.Line, error.Column).Should().Be((config, 3, 5));
        error.Message.Should().Contain(dll).And.Contain(message);
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Process_DiscoveredConfig_LoadsNothingUntilTheTrustListNamesIt()
    {
        var config = Path.Combine(calls, ".saleslint.yaml");
        File.WriteAllText(config, "analyzers: [Evil.dll]\n");
        var trustFile = Path.Combine(root, "config-home", "trusted.yaml");

        var (code, error) = await RunProcessAsync(trustFile, "check", calls);

        code.Should().Be(2);
        error.Should().Contain($"{config}(1,13)").And.Contain("nothing was loaded").And.Contain(trustFile);
        File.Exists(marker).Should().BeFalse();

        Directory.CreateDirectory(Path.GetDirectoryName(trustFile)!);
        File.WriteAllText(trustFile, $"trusted:\n  - path: {config}\n    sha256: {TrustList.Hash(File.ReadAllText(config))}\n");
        (code, error) = await RunProcessAsync(trustFile, "check", calls);

        code.Should().NotBe(2, error);
        File.Exists(marker).Should().BeTrue();
    }

    private static async Task<(int Code, string Error)> RunProcessAsync(string trustFile, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "SalesLint.Cli.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment[TrustList.EnvironmentVariable] = trustFile;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }
}
