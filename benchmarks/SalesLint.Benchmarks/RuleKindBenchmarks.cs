using BenchmarkDotNet.Attributes;
using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// Each rule kind alone over an already tokenized 60-minute call: what a rule costs on top of tokenization.
/// metric = SL1001, precedence = SL1002, reciprocity = a YAML reciprocity rule (SL1004 is the ledger's analyzer now: see
/// <see cref="LedgerBenchmarks"/>), existence = a pattern rule.
/// </summary>
[MemoryDiagnoser]
public class RuleKindBenchmarks
{
    private const string ExistenceRule = """
        id: SL8300
        extends: existence
        title: Guarantee
        message: "'{match}'"
        category: positioning
        match:
          speaker: seller
          pattern: '\bguarantee[ds]?\b'
        """;

    private const string ReciprocityRule = """
        id: SL8301
        extends: reciprocity
        title: Unreciprocated concession (lexicons)
        message: "'{amount}'"
        category: negotiation
        give:
          speaker: seller
          features: [concession, price-offer]
        condition:
          speaker: seller
          features: [condition]
        conditionScope: turn
        get:
          speaker: buyer
          features: [commitment]
        maxReports: 10
        """;

    private readonly Dictionary<string, SalesLintEngine> engines = [];
    private Conversation conversation = null!;

    [Params("metric", "precedence", "reciprocity", "existence")]
    public string Kind { get; set; } = "metric";

    [GlobalSetup]
    public void Setup()
    {
        var rules = new RuleSetBuilder().AddBuiltIn().AddYaml("bench.yaml", ExistenceRule).AddYaml("reciprocity.yaml", ReciprocityRule).Build();
        var ids = new Dictionary<string, string> { ["metric"] = "SL1001", ["precedence"] = "SL1002", ["reciprocity"] = "SL8301", ["existence"] = "SL8300" };
        foreach (var (kind, id) in ids)
        {
            // Switched off, not filtered: a filter only narrows what is reported, and every configured rule still runs.
            var others = rules.Descriptors.Where(d => d.Id != id).ToDictionary(d => d.Id, _ => DiagnosticSeverity.None, StringComparer.Ordinal);
            engines[kind] = new SalesLintEngine(rules, new EngineOptions { RuleSeverities = others });
        }

        conversation = engines["metric"].Tokenize(CallGenerator.Generate(77, 9000));
    }

    [Benchmark]
    public AnalysisResult AnalyzeTokenizedCall() => engines[Kind].Analyze(conversation);
}
