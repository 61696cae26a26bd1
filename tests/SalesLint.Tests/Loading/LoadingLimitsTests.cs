using System.Diagnostics;
using SalesLint.Configuration;
using SalesLint.Loading;
using SalesLint.Rules;

namespace SalesLint.Tests.Loading;

/// <summary>Limits of the loaders as users meet them: on the command line, across folders, and on cancellation.</summary>
public sealed class LoadingLimitsTests
{
    private string root = string.Empty;

    [SetUp]
    public void SetUp()
    {
        root = Path.Combine(Path.GetTempPath(), "saleslint-limits-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "rules"));
        File.Copy(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt"), Path.Combine(root, "call.vtt"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(root, recursive: true);

    [Test]
    [CancelAfter(120_000)]
    public async Task Process_AliasBombInARulesFolder_IsRejectedQuicklyWithFileLineAndColumn()
    {
        var bomb = Path.Combine(root, "rules", "lexicon.yaml");
        File.WriteAllText(bomb, ConfigAttackCases.Bomb("lexicon: product\n", "terms"));
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(TestContext.CurrentContext.TestDirectory, "SalesLint.Cli.dll"), "check", Path.Combine(root, "call.vtt"), "--rules", Path.Combine(root, "rules") })
        {
            info.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await output;
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the alias bomb was still loading after 30 s");
        }

        process.ExitCode.Should().Be(2);
        error.Should().Contain($"{bomb}(7,").And.Contain("aliases expand");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [TestCase("--config")]
    [TestCase("--rules")]
    [TestCase("--baseline")]
    public async Task Check_DeviceOrRootGivenOnTheCommandLine_IsAConfigurationError(string option)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("needs /dev/zero");
        }

        var target = option == "--rules" ? "/" : "/dev/zero";
        var clock = Stopwatch.StartNew();

        var (code, _, error) = await TestSupport.RunCliAsync("check", Path.Combine(root, "call.vtt"), option, target);

        code.Should().Be(2);
        error.Should().Contain(target == "/" ? "configuration error: /:" : "configuration error: /dev/zero");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Test]
    public void AddDirectory_MoreYamlFilesThanTheLimit_IsRejectedBeforeReadingThem()
    {
        for (var i = 0; i <= RuleFolder.MaxYamlFiles; i++)
        {
            File.WriteAllText(Path.Combine(root, "rules", $"f{i:D4}.yaml"), "not: a saleslint file\n");
        }

        var act = () => new RuleSetBuilder().AddDirectory(Path.Combine(root, "rules"));

        act.Should().Throw<ConfigurationException>().WithMessage($"*more than {RuleFolder.MaxYamlFiles} YAML files*");
    }

    [Test]
    public void AddDirectory_SameRuleIdInTwoFolders_TheLaterFolderStillWins()
    {
        const string Rule = "id: SL8103\nextends: existence\ntitle: TITLE\nmessage: m\ncategory: discovery\nmatch: { speaker: seller }\n";
        Directory.CreateDirectory(Path.Combine(root, "second"));
        File.WriteAllText(Path.Combine(root, "rules", "r.yaml"), Rule.Replace("TITLE", "First", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(root, "second", "r.yaml"), Rule.Replace("TITLE", "Second", StringComparison.Ordinal));

        var rules = RuleSet.Load(Path.Combine(root, "rules"), Path.Combine(root, "second"));

        rules.Rules.Single(r => r.Id == "SL8103").Title.Should().Be("Second");
    }

    [Test]
    public void For_CancelledToken_StopsLoading()
    {
        File.WriteAllText(Path.Combine(root, ".saleslint.yaml"), "extends: [recommended, rules]\n");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var act = () => new ProfileResolver().For(Path.Combine(root, "call.vtt"), cancel.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void WithCancellation_CancelledWhileParsing_Stops()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var act = () => new RuleSetBuilder().WithCancellation(cancel.Token).AddYaml("x.yaml", "lexicon: product\nterms: [a, b]\n");

        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Load_UnknownAlias_IsAConfigurationError()
    {
        var act = () => ConfigLoader.Parse("c.yaml", "extends: *nowhere\n");

        act.Should().Throw<ConfigurationException>().Which.Line.Should().Be(1);
    }
}
