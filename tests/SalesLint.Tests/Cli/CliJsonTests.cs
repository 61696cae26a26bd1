using System.Text.Json;
using SalesLint.Cli;
using SalesLint.Cli.Commands;
using SalesLint.Cli.Reports;
using SalesLint.Reading;
using SalesLint.Rules;
using SalesLint.Tests.Cli.Reports;
using SalesLint.Tests.Output;

namespace SalesLint.Tests.Cli;

/// <summary>
/// The command's own documents (<c>inspect --format json</c>, <c>report.json</c>) and the rule-set text of the run
/// identity are written through generated contracts, as reflection wrote them, in any build.
/// </summary>
public sealed class CliJsonTests
{
    private static readonly Lazy<IReadOnlyList<SalesLintJsonContextTests.Document>> Samples = new(MakeSamples);

    /// <summary>The command's documents with a sample each.</summary>
    public static IEnumerable<TestCaseData> Documents() => Samples.Value.Select(d => new TestCaseData(d).SetArgDisplayNames(d.Name));

    [TestCaseSource(nameof(Documents))]
    public void Serialize_EveryDocument_SameTextAsReflection(SalesLintJsonContextTests.Document document)
    {
        var generated = JsonSerializer.Serialize(document.Value, document.Type, SalesLintJsonContextTests.GeneratedOnly(document.Options, document.Contracts));

        generated.Should().Be(JsonSerializer.Serialize(document.Value, document.Type, SalesLintJsonContextTests.ByReflection(document.Options)));
        JsonSerializer.Serialize(document.Value, document.Type, CliJson.Options).Should().Be(generated, "the command uses the generated contracts");
    }

    [TestCaseSource(nameof(Documents))]
    public void Deserialize_EveryDocument_ReadsBackToTheSameText(SalesLintJsonContextTests.Document document)
    {
        var options = SalesLintJsonContextTests.GeneratedOnly(document.Options, document.Contracts);
        var text = JsonSerializer.Serialize(document.Value, document.Type, options);

        JsonSerializer.Serialize(JsonSerializer.Deserialize(text, document.Type, options), document.Type, options).Should().Be(text);
    }

    [Test]
    public void Options_EveryEnumInTheDocuments_HasItsOwnConverter()
    {
        var enums = SalesLintJsonContextTests.EnumsReached(CliJson.Options, [typeof(InspectDocument), typeof(ReportDocument)]);

        enums.Should().Contain([typeof(SalesLint.Model.SentenceAct), typeof(SalesLint.Model.TokenKind), typeof(SalesLint.Model.EntityKind)]);
        foreach (var type in enums)
        {
            CliJson.Options.Converters.Should().Contain(c => c.GetType() != typeof(System.Text.Json.Serialization.JsonStringEnumConverter) && c.CanConvert(type), type.Name);
        }
    }

    [Test]
    public void Inspect_Json_KeepsItsPropertyNamesInOrder()
    {
        var root = JsonDocument.Parse(JsonSerializer.Serialize(Samples.Value[0].Value, CliJson.Options)).RootElement;
        static IEnumerable<string> Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name);

        var conversation = root.GetProperty("conversations")[0];
        var turn = conversation.GetProperty("turns")[1];
        var sentence = turn.GetProperty("sentences")[0];
        Names(root).Should().Equal("path", "conversations");
        Names(conversation).Should().Equal("id", "participants", "metrics", "ledger", "turns");
        Names(conversation.GetProperty("ledger")).Should().Equal("currency", "moves", "rejections", "sides");
        Names(conversation.GetProperty("ledger").GetProperty("moves")[0]).Should().Equal(
            "turn", "sentence", "span", "text", "party", "speaker", "kind", "issue", "value", "move", "from", "to", "reciprocated");
        Names(turn).Should().Equal("index", "speaker", "name", "role", "start", "end", "line", "text", "sentences");
        Names(sentence).Should().Equal("index", "span", "text", "act", "decidedBy", "confidence", "reason", "labels", "features", "entities", "tokens");
        Names(sentence.GetProperty("tokens")[0]).Should().Equal("text", "kind", "start", "length");
    }

    [Test]
    public void RunIdentityContext_BuiltInLexiconsAndScoring_SameTextAsTheDefaultSerializer()
    {
        // The rules hash of the history database is made from this text: it must not change with the build.
        var rules = RuleSet.LoadBuiltIn();

        foreach (var lexicon in rules.Lexicons)
        {
            JsonSerializer.Serialize(lexicon, RunIdentityJsonContext.Default.Lexicon).Should().Be(JsonSerializer.Serialize(lexicon, ByReflection()));
        }

        JsonSerializer.Serialize(rules.Scoring, RunIdentityJsonContext.Default.ScoreModel).Should().Be(JsonSerializer.Serialize(rules.Scoring, ByReflection()));
    }

    private static JsonSerializerOptions ByReflection() => new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    private static IReadOnlyList<SalesLintJsonContextTests.Document> MakeSamples()
    {
        var inspect = new List<SalesLintJsonContextTests.Document>();
        foreach (var name in new[] { "negotiation-giveaway.vtt", "discovery-asr.vtt", "batch.jsonl" })
        {
            var path = Path.Combine(TestSupport.RepositoryRoot, "samples", name);
            var conversations = TranscriptReader.ReadFile(path).Select(t => TestSupport.BuiltInEngine.Tokenize(t));
            inspect.Add(new("inspect " + name, InspectCommand.Document("samples/" + name, conversations, withTokens: true), typeof(InspectDocument), CliJson.Options, CliJsonContext.Default));
        }

        return [.. inspect, new("report.json", JsonReportWriter.Document(ReportBuilderTests.SampleBatch()), typeof(ReportDocument), CliJson.Options, CliJsonContext.Default)];
    }
}
