using System.Globalization;
using System.Text;
using SalesLint.Engine;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Samples.Tests;

/// <summary>The repository root (the folder with SalesLint.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SalesLint.sln not found above the test directory");
    }
}

/// <summary>The library's own answer, to compare the samples' output with.</summary>
internal static class TestEngine
{
    private static readonly Lazy<SalesLintEngine> Engine = new(() => new SalesLintEngine(RuleSet.LoadBuiltIn()));

    public static AnalysisResult Analyze(string path) => Engine.Value.Analyze(TranscriptReader.ReadFile(path).Single());
}

/// <summary>Generated calls: a canonical JSON call of a given length, and JSON Lines streams of many calls.</summary>
internal static class LongCall
{
    private static readonly string[] Seller =
    [
        "What made you look at forecasting tools this quarter?",
        "Walk me through how the team builds the forecast today.",
        "So the spreadsheets take most of Monday, is that right?",
        "We can connect to the CRM in an afternoon and the dashboard updates every hour.",
        "Who else would weigh in before a decision like this?",
        "Would next Tuesday at ten work for a short demo with your finance lead?",
    ];

    private static readonly string[] Buyer =
    [
        "Honestly the forecast is always late and nobody trusts the numbers.",
        "We export from the CRM into spreadsheets and then argue about them.",
        "Yes, and the regional managers send updates by email.",
        "What does it cost for a team of forty, roughly?",
        "Our CFO signs off on anything over ten thousand.",
        "Tuesday works, send me an invite.",
    ];

    /// <summary>A canonical JSON call of about <paramref name="minutes"/> minutes (a turn every 15 seconds).</summary>
    public static string Canonical(int minutes) => Conversation("long-call", minutes * 4);

    /// <summary>One canonical conversation object on one line.</summary>
    public static string Conversation(string id, int turns)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"{id}\", \"participants\": [{{\"id\": \"s\", \"name\": \"Dana\", \"role\": \"seller\"}}, {{\"id\": \"b\", \"name\": \"Chris\", \"role\": \"buyer\"}}], \"turns\": [");
        for (var i = 0; i < turns; i++)
        {
            var seller = i % 2 == 0;
            var text = seller ? Seller[(i / 2) % Seller.Length] : Buyer[(i / 2) % Buyer.Length];
            sb.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? ", " : string.Empty)}{{\"speaker\": \"{(seller ? "s" : "b")}\", \"start\": {i * 15}, \"end\": {i * 15 + 13}, \"text\": \"{text}\"}}");
        }

        return sb.Append("]}").ToString();
    }
}
