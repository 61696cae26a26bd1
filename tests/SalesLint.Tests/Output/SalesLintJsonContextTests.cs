using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesLint.Batch;
using SalesLint.Configuration;
using SalesLint.Output;
using SalesLint.Reading;

namespace SalesLint.Tests.Output;

/// <summary>
/// SalesLint's reports and baselines are written through contracts generated at compile time (so the native build
/// writes JSON): every document gives the text reflection gave, reads back, and every enum in it has its own converter.
/// </summary>
public sealed class SalesLintJsonContextTests
{
    private static readonly Lazy<IReadOnlyList<Document>> Samples = new(MakeSamples);

    /// <summary>The document types with a sample each.</summary>
    public static IEnumerable<TestCaseData> Documents() => Samples.Value.Select(d => new TestCaseData(d).SetArgDisplayNames(d.Name));

    /// <summary>The settings of <paramref name="like"/> with only the generated contracts: nothing by reflection.</summary>
    internal static JsonSerializerOptions GeneratedOnly(JsonSerializerOptions like, IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions(like) { TypeInfoResolver = resolver };
        foreach (var anyEnum in options.Converters.Where(c => c.GetType() == typeof(JsonStringEnumConverter)).ToList())
        {
            options.Converters.Remove(anyEnum);
        }

        return options;
    }

    /// <summary>The same settings serialized by reflection, enums by the converter for any enum: how SalesLint wrote JSON before.</summary>
    internal static JsonSerializerOptions ByReflection(JsonSerializerOptions like)
    {
        var options = new JsonSerializerOptions(like) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        foreach (var enumConverter in options.Converters.Where(c => c is JsonConverterFactory && c.GetType().Name.StartsWith("JsonStringEnumConverter", StringComparison.Ordinal)).ToList())
        {
            options.Converters.Remove(enumConverter);
        }

        options.Converters.Insert(0, new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    /// <summary>Every enum type a contract reaches (properties, elements, dictionary keys), nullable or not.</summary>
    internal static IReadOnlySet<Type> EnumsReached(JsonSerializerOptions options, IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var enums = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(object) || !seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                enums.Add(type);
                continue;
            }

            var info = options.GetTypeInfo(type);
            foreach (var next in info.Properties.Select(p => p.PropertyType).Append(info.ElementType).Append(info.KeyType).OfType<Type>())
            {
                queue.Enqueue(next);
            }
        }

        return enums;
    }

    [TestCaseSource(nameof(Documents))]
    public void Serialize_EveryDocument_SameTextAsReflection(Document document)
    {
        var generated = JsonSerializer.Serialize(document.Value, document.Type, GeneratedOnly(document.Options, document.Contracts));

        generated.Should().Be(JsonSerializer.Serialize(document.Value, document.Type, ByReflection(document.Options)));
        JsonSerializer.Serialize(document.Value, document.Type, document.Options).Should().Be(generated, "the shipped options use the generated contract");
    }

    [TestCaseSource(nameof(Documents))]
    public void Deserialize_EveryDocument_ReadsBackToTheSameText(Document document)
    {
        var options = GeneratedOnly(document.Options, document.Contracts);
        var text = JsonSerializer.Serialize(document.Value, document.Type, options);

        var read = JsonSerializer.Deserialize(text, document.Type, options);

        read.Should().NotBeNull();
        JsonSerializer.Serialize(read, document.Type, options).Should().Be(text);
    }

    [Test]
    public void Options_EveryEnumInTheDocuments_HasItsOwnCamelCaseConverter()
    {
        var enums = EnumsReached(SalesLintJson.Options, Samples.Value.Select(d => d.Type));

        enums.Should().Contain([typeof(SalesLint.Diagnostics.DiagnosticSeverity), typeof(SalesLint.Model.SpeakerRole)]);
        foreach (var type in enums)
        {
            SalesLintJson.Options.Converters.Should().Contain(c => c.GetType() != typeof(JsonStringEnumConverter) && c.CanConvert(type), $"{type.Name} needs a converter of its own in the native build");
        }
    }

    [Test]
    public void Serialize_UnknownEnumByReflection_StillACamelCaseName()
    {
        // An embedder's type: not in the generated contracts, serialized by reflection (every build but the native one).
        JsonSerializer.Serialize(new { Mode = SalesLint.Acts.ActClassifierMode.Rules }, SalesLintJson.Options).Should().Contain("\"mode\": \"rules\"");
    }

    private static IReadOnlyList<Document> MakeSamples()
    {
        var report = ReportSamples.Batch(["config.yaml(5): suppression of SL1004 in x.json no longer matches any finding"]);
        var contract = SalesLintJson.ContractOptions;
        var giveaway = TranscriptReader.ReadFile(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt"))[0];
        var reports = SalesLintJsonContext.Default;
        var usage = new SuppressionUsage([new SuppressionUse(".saleslint.yaml", 12, "SL1004 in calls/*.vtt", 0)], [new StaleBaselineEntry("baseline.json", 3, "SL1002 in a.txt")]);
        var baseline = new Baseline.BaselineFile(1, "SalesLint", [new BaselineEntry("calls/a.txt", "a", "SL1004", "0123abcd", "Conceded \"$40\" — unasked")]);
        return
        [
            new("report", report, typeof(BatchReport), contract, reports),
            new("conversation", report.Results[^1], typeof(ConversationReport), contract, reports),
            new("conversations (jsonl)", report.Results.ToList(), typeof(List<ConversationReport>), contract, reports),
            new("file error", report.Errors[0], typeof(FileError), contract, reports),
            new("summary", report.Summary, typeof(BatchSummary), contract, reports),
            new("suppression usage", usage, typeof(SuppressionUsage), contract, reports),
            new("rules", TestSupport.BuiltInEngine.Descriptors.ToList(), typeof(List<SalesLint.Diagnostics.DiagnosticDescriptor>), contract, reports),
            new("analysis", TestSupport.BuiltInEngine.Analyze(giveaway), typeof(SalesLint.Engine.AnalysisResult), contract, reports),
            new("baseline", baseline, typeof(Baseline.BaselineFile), Baseline.JsonOptions, BaselineJsonContext.Default),
        ];
    }

    /// <summary>A document type with a sample value, the options it is written with and its generated contracts.</summary>
    public sealed record Document(string Name, object Value, Type Type, JsonSerializerOptions Options, IJsonTypeInfoResolver Contracts);
}
