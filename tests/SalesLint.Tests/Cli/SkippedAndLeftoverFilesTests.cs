using SalesLint.Cli.Commands;

namespace SalesLint.Tests.Cli;

/// <summary>Folder scans say what hidden files they skipped; a killed run's <c>.partial</c> file is cleaned up by the next run.</summary>
public sealed class SkippedAndLeftoverFilesTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp()
    {
        folder = Path.Combine(Path.GetTempPath(), "saleslint-skipped-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "calls", ".drafts"));
        Directory.CreateDirectory(Path.Combine(folder, "calls", ".git"));
        var sample = Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt");
        File.Copy(sample, Path.Combine(folder, "calls", "call.vtt"));
        File.Copy(sample, Path.Combine(folder, "calls", ".hidden.vtt"));
        File.Copy(sample, Path.Combine(folder, "calls", ".drafts", "draft.vtt"));
        File.WriteAllText(Path.Combine(folder, "calls", ".saleslint-baseline.json"), "[]");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Check_FolderWithHiddenFilesAndFolders_SaysWhatItSkipped()
    {
        var (code, output, error) = await TestSupport.RunCliAsync("check", Path.Combine(folder, "calls"), "--no-config");

        code.Should().Be(0, error);
        output.Should().Contain("call.vtt").And.NotContain(".hidden.vtt").And.NotContain("draft.vtt");
        error.Should().Contain("note: skipped 1 hidden transcript file(s) and 1 hidden folder(s)").And.Contain("name them on the command line");
    }

    [Test]
    public async Task Check_HiddenFileAndFolderNamedOnTheCommandLine_AreAnalyzedWithoutANote()
    {
        var (code, output, error) = await TestSupport.RunCliAsync(
            "check", Path.Combine(folder, "calls", ".hidden.vtt"), Path.Combine(folder, "calls", ".drafts"), "--no-config");

        code.Should().Be(0, error);
        output.Should().Contain(".hidden.vtt(turn").And.Contain("draft.vtt(turn");
        error.Should().NotContain("note: skipped");
    }

    [Test]
    public async Task Report_FolderWithHiddenFiles_SaysWhatItSkipped()
    {
        var (code, _, error) = await TestSupport.RunCliAsync("report", Path.Combine(folder, "calls"), "--out", Path.Combine(folder, "report"), "--no-config");

        code.Should().Be(0, error);
        error.Should().Contain("note: skipped 1 hidden transcript file(s) and 1 hidden folder(s)");
    }

    [Test]
    public async Task Check_OutputWithAKilledRunsLeftover_RemovesItAndKeepsOthers()
    {
        var output = Path.Combine(folder, "out.sarif");
        var stale = Path.Combine(folder, ".out.sarif.99999999.partial");       // above any pid: its process is gone
        var otherReport = Path.Combine(folder, ".other.sarif.99999999.partial");
        var notOurs = Path.Combine(folder, ".out.sarif.backup.partial");
        var live = Path.Combine(folder, $".out.sarif.{Environment.ProcessId}.partial"); // a run still writing (this process)
        foreach (var file in new[] { stale, otherReport, notOurs })
        {
            File.WriteAllText(file, "{ \"half");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        var (code, _, error) = await TestSupport.RunCliAsync("check", Path.Combine(folder, "calls", "call.vtt"), "--format", "sarif", "--output", output, "--no-config");

        code.Should().Be(0, error);
        File.Exists(output).Should().BeTrue();
        File.Exists(stale).Should().BeFalse("a killed run's leftover for this report is removed");
        File.Exists(otherReport).Should().BeTrue("another report's file is not touched");
        File.Exists(notOurs).Should().BeTrue("a name the tool does not write is not touched");
        File.Exists(live).Should().BeFalse("the run's own temporary file is gone after it commits");
    }

    [Test]
    public void RemoveStale_LeftoverNewerThanThisProcess_IsKept()
    {
        var fresh = Path.Combine(folder, ".out.json.99999999.partial");
        File.WriteAllText(fresh, "{");
        File.SetLastWriteTimeUtc(fresh, DateTime.UtcNow.AddMinutes(1));

        ReportFile.RemoveStale(folder, "out.json");

        File.Exists(fresh).Should().BeTrue("a file written after this run started may belong to a run going on now");
    }
}
