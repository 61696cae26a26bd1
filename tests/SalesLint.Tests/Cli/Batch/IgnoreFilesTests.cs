using SalesLint.Cli.Batch;

namespace SalesLint.Tests.Cli.Batch;

public sealed class IgnoreFilesTests
{
    private string temp = string.Empty;

    [SetUp]
    public void SetUp()
    {
        temp = Path.Combine(Path.GetTempPath(), "saleslint-ignore-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(temp, "calls", "drafts"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(temp, recursive: true);

    [TestCase("drafts/\n!drafts/c.txt\n", "calls/drafts/c.txt", true)]
    [TestCase("*.txt\n!c.txt\n", "calls/drafts/c.txt", false)]
    [TestCase("/c.txt\n", "calls/drafts/c.txt", false)]
    [TestCase("calls/drafts/c.txt\n", "calls/drafts/c.txt", true)]
    [TestCase("drafts\n", "calls/drafts/c.txt", true)]
    [TestCase("drafts/\n", "calls/drafts.txt", false)]
    [TestCase("# a comment\n\n", "calls/drafts/c.txt", false)]
    [TestCase("\\#c.txt\n", "calls/drafts/#c.txt", true)]
    [TestCase("call-[0-9].{txt,vtt}\n", "calls/call-3.vtt", true)]
    public void IsIgnored_RootIgnoreFile_FollowsGitignore(string ignore, string file, bool expected)
    {
        File.WriteAllText(Path.Combine(temp, IgnoreFiles.FileName), ignore);

        new IgnoreFiles().IsIgnored(Path.Combine(temp, file)).Should().Be(expected);
    }

    [Test]
    public void IsIgnored_NearerIgnoreFile_Wins()
    {
        File.WriteAllText(Path.Combine(temp, IgnoreFiles.FileName), "*.vtt\n");
        File.WriteAllText(Path.Combine(temp, "calls", IgnoreFiles.FileName), "!keep.vtt\n");

        var ignore = new IgnoreFiles();

        ignore.IsIgnored(Path.Combine(temp, "calls", "keep.vtt")).Should().BeFalse("calls/ is not excluded, so its own ignore file re-includes");
        ignore.IsIgnored(Path.Combine(temp, "calls", "other.vtt")).Should().BeTrue();
    }
}
