using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;

namespace SalesLint.Tests;

/// <summary>Shared helpers: building transcripts from (role, text) pairs and finding the repository.</summary>
internal static class TestSupport
{
    private static readonly Lazy<SalesLintEngine> LazyEngine = new(() => new SalesLintEngine(RuleSet.LoadBuiltIn()));

    public static SalesLintEngine BuiltInEngine => LazyEngine.Value;

    /// <summary>The repository root (the folder with SalesLint.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The transcripts directly in samples/ (the role-play batch; samples/vendors holds the vendor formats).</summary>
    public static string[] RolePlaySamples { get; } = [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "samples"))
        .Where(f => SalesLint.Reading.TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(f)))
        .Order(StringComparer.Ordinal)];

    /// <summary>A transcript with one seller "S" (Dana) and one buyer "B" (Chris).</summary>
    public static Transcript Transcript(params (SpeakerRole Role, string Text)[] turns) => new()
    {
        Id = "test",
        Participants =
        [
            new Participant { Id = "S", Name = "Dana", Role = SpeakerRole.Seller },
            new Participant { Id = "B", Name = "Chris", Role = SpeakerRole.Buyer },
        ],
        Turns = [.. turns.Select((t, i) => new TranscriptTurn
        {
            Speaker = t.Role == SpeakerRole.Seller ? "S" : "B",
            Text = t.Text,
            Start = i * 10.0,
            End = i * 10.0 + 9,
        })],
    };

    public static (SpeakerRole, string) Seller(string text) => (SpeakerRole.Seller, text);

    public static (SpeakerRole, string) Buyer(string text) => (SpeakerRole.Buyer, text);

    public static Sentence Sentence(string text, SpeakerRole role = SpeakerRole.Seller) =>
        BuiltInEngine.Tokenize(Transcript((role, text))).Turns[0].Sentences[0];

    /// <summary>Runs the command line in-process and captures its exit code, output and errors.</summary>
    public static async Task<(int Code, string Output, string Error)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await SalesLint.Cli.CliApp.RunAsync(args, new SalesLint.Cli.CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SalesLint.sln not found above the test directory");
    }
}
