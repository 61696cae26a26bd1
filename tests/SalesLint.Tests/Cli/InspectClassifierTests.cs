using System.Text.Json;

namespace SalesLint.Tests.Cli;

public sealed class InspectClassifierTests
{
    private const string AsrTranscript = """
        # seller: Dana
        # buyer: Chris
        Dana: hi chris thanks for making the time
        Chris: sure happy to
        Dana: so what does forecasting look like for you today
        Chris: honestly it's a mess we have forty reps and nobody trusts the number
        Dana: how far off were you last quarter
        Chris: about eighteen percent
        """;

    private string file = string.Empty;

    [SetUp]
    public void SetUp()
    {
        file = Path.Combine(Path.GetTempPath(), "saleslint-asr-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(file, AsrTranscript);
    }

    [TearDown]
    public void TearDown() => File.Delete(file);

    [Test]
    public async Task Inspect_UnpunctuatedTranscriptInAutoMode_ShowsModelDecisionsWithConfidence()
    {
        var (code, output, _) = await Run("inspect", file, "--format", "json");

        code.Should().Be(0, output);
        var sentences = Sentences(output);
        sentences.Should().Contain(s => s.DecidedBy == "model");
        sentences.Should().OnlyContain(s => s.Confidence > 0 && s.Confidence <= 1 && s.Reason.Length > 0);
        sentences.Where(s => s.Act == "question").Select(s => s.Text)
            .Should().BeEquivalentTo("so what does forecasting look like for you today", "how far off were you last quarter");
    }

    [Test]
    public async Task Inspect_ClassifierRules_ShowsOnlyRuleDecisions()
    {
        var (code, output, _) = await Run("inspect", file, "--format", "json", "--classifier", "rules");

        code.Should().Be(0, output);
        Sentences(output).Should().OnlyContain(s => s.DecidedBy == "rules");
    }

    [Test]
    public async Task Inspect_TextOutput_NamesTheDecidingClassifier()
    {
        var (code, output, _) = await Run("inspect", file, "--classifier", "model");

        code.Should().Be(0, output);
        output.Should().MatchRegex(@"question wh \(model: learned[^)]*, 0\.\d\d\) how far off were you last quarter");
    }

    [Test]
    public async Task Inspect_Json_ShowsBackchannelsAndQuestionTypes()
    {
        File.WriteAllText(file, "# seller: Dana\n# buyer: Chris\nDana: Do you use Salesforce or HubSpot?\nChris: HubSpot.\nDana: Oh, do you?\n");

        var (code, output, _) = await Run("inspect", file, "--format", "json");

        code.Should().Be(0, output);
        using var doc = JsonDocument.Parse(output);
        var sentences = doc.RootElement.GetProperty("conversations")[0].GetProperty("turns").EnumerateArray()
            .SelectMany(t => t.GetProperty("sentences").EnumerateArray()).ToList();
        sentences[0].GetProperty("act").GetString().Should().Be("question");
        sentences[0].GetProperty("questionType").GetString().Should().Be("or");
        sentences[2].GetProperty("act").GetString().Should().Be("backchannel");
        sentences[2].TryGetProperty("questionType", out var none).Should().BeFalse(none.ToString());
    }

    [Test]
    public async Task Inspect_TextAndJson_ShowTheSemanticLabels()
    {
        File.WriteAllText(file, "# seller: Dana\n# buyer: Chris\nDana: What's getting in the way?\nChris: Our last software rollout was a disaster.\n");

        var (textCode, text, _) = await Run("inspect", file);
        var (jsonCode, json, _) = await Run("inspect", file, "--format", "json");

        textCode.Should().Be(0, text);
        text.Should().MatchRegex(@"Our last software rollout was a disaster\.\r?\n\s+labels: problem 0\.\d\d");
        jsonCode.Should().Be(0, json);
        using var doc = JsonDocument.Parse(json);
        var labels = doc.RootElement.GetProperty("conversations")[0].GetProperty("turns")[1].GetProperty("sentences")[0].GetProperty("labels");
        labels[0].GetProperty("label").GetString().Should().Be("problem");
        labels[0].GetProperty("confidence").GetDouble().Should().BeInRange(0.5, 1);
    }

    [Test]
    public async Task Check_UnknownClassifier_ExitsTwo()
    {
        var (code, _, error) = await Run("check", file, "--classifier", "neural");

        code.Should().Be(2);
        error.Should().Contain("neural");
    }

    private static List<(string Act, string DecidedBy, double Confidence, string Reason, string Text)> Sentences(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("conversations")[0].GetProperty("turns").EnumerateArray()
            .SelectMany(t => t.GetProperty("sentences").EnumerateArray())
            .Select(s => (
                s.GetProperty("act").GetString()!,
                s.GetProperty("decidedBy").GetString()!,
                s.GetProperty("confidence").GetDouble(),
                s.GetProperty("reason").GetString()!,
                s.GetProperty("text").GetString()!))];
    }

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => TestSupport.RunCliAsync(args);
}
