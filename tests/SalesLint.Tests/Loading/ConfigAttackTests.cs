using System.Diagnostics;
using SalesLint.Configuration;

namespace SalesLint.Tests.Loading;

/// <summary>Every case of <see cref="ConfigAttackCases"/>: a <see cref="ConfigurationException"/> at the right file and place, quickly.</summary>
public sealed class ConfigAttackTests
{
    private string root = string.Empty;

    private static IEnumerable<TestCaseData> Cases => ConfigAttackCases.All.Select(c => new TestCaseData(c).SetName($"For_Attack_{c.Class}_{c.Name.Replace(' ', '_').Replace('.', '_')}"));

    [SetUp]
    public void SetUp()
    {
        root = Path.Combine(Path.GetTempPath(), "saleslint-attack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(root, recursive: true);

    [TestCaseSource(nameof(Cases))]
    [CancelAfter(60_000)]
    public void For_Attack_IsAConfigurationErrorAtTheFileAndPlace(ConfigAttackCase attack)
    {
        Write(root, attack);
        var clock = Stopwatch.StartNew();

        var act = () => new ProfileResolver().For(Path.Combine(root, "call.txt"));

        var error = act.Should().Throw<ConfigurationException>().Which;
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a hostile file is rejected, not worked through");
        var expectedFile = Path.IsPathRooted(attack.ErrorFile) ? attack.ErrorFile : Path.Combine(root, attack.ErrorFile);
        Path.GetFullPath(error.FilePath!).Should().Be(Path.GetFullPath(expectedFile), error.Message);
        error.Message.Should().Contain(attack.Message);
        if (attack.Line is not null)
        {
            error.Line.Should().Be(attack.Line, error.Message);
        }

        if (attack.Column is not null)
        {
            error.Column.Should().Be(attack.Column, error.Message);
        }
    }

    [Test]
    public void All_CoversEveryClass()
    {
        ConfigAttackCases.All.Select(c => c.Class).Distinct().Should().BeEquivalentTo("alias-bomb", "limits", "non-finite", "paths", "loose", "code");
        ConfigAttackCases.All.Select(c => c.Name).Should().OnlyHaveUniqueItems();
    }

    /// <summary>Writes a case's files under <paramref name="folder"/>.</summary>
    internal static void Write(string folder, ConfigAttackCase attack)
    {
        foreach (var (relative, content) in attack.Files)
        {
            var path = Path.Combine(folder, relative);
            if (content == ConfigAttackCase.Folder)
            {
                Directory.CreateDirectory(path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }
    }
}
