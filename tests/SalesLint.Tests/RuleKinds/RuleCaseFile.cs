using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesLint.Tests.RuleKinds;

/// <summary>A rule's test cases as data (like ESLint's RuleTester): valid snippets and invalid ones with expected findings.</summary>
public sealed record RuleCaseFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public string Rule { get; init; } = string.Empty;

    public List<RuleCase> Valid { get; init; } = [];

    public List<RuleCase> Invalid { get; init; } = [];

    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "RuleCases");

    public static RuleCaseFile Load(string path) => Deserializer.Deserialize<RuleCaseFile>(File.ReadAllText(path));

    public static IEnumerable<string> Files() => Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal);
}

/// <summary>
/// One snippet: turns as <c>- seller: text</c> / <c>- buyer: text</c> (<c>buyer2</c> for a second buyer), each with
/// optional <c>start</c> and <c>end</c> in seconds. Turns without times get <c>start = 10 × index</c> and
/// <c>end = start + 9</c>; with <c>untimed: true</c> no turn has times. <c>lexicons: { product: [Up, Hereditary] }</c>
/// adds terms to lexicons for the case.
/// </summary>
public sealed record RuleCase
{
    public string Name { get; init; } = string.Empty;

    public bool Untimed { get; init; }

    /// <summary>
    /// Options the case runs the rule with, laid over the shipped ones: a YAML rule's parameters (<c>min: 0.5</c>, as a
    /// configuration file's <c>rules:</c> sets them) or a built-in analyzer's options (as its <c>analyzer:</c> file's
    /// <c>options:</c>, the others at their defaults). Default: none (the rule as shipped).
    /// </summary>
    public Dictionary<string, object>? Options { get; init; }

    /// <summary>Terms added to lexicons for this case, as a configuration's <c>lexicons:</c> adds them (a catalogue of titles as <c>product</c>).</summary>
    public Dictionary<string, List<string>> Lexicons { get; init; } = [];

    public List<Dictionary<string, string>> Turns { get; init; } = [];

    public List<ExpectedDiagnostic> Expect { get; init; } = [];
}

/// <summary>An expected finding; only the given fields are checked.</summary>
public sealed record ExpectedDiagnostic
{
    public bool Conversation { get; init; }

    public int? Turn { get; init; }

    public int? Sentence { get; init; }

    public string? Match { get; init; }

    public string? Message { get; init; }

    public string? Suggestion { get; init; }

    /// <summary>
    /// The finding's message arguments (<c>args: { match: "solution", missing: "budget" }</c>), checked as ESLint's
    /// RuleTester checks <c>data</c>: the rule's message template filled with these values (and anything for the
    /// placeholders not given) must be the whole message. Each name must be a placeholder of the template.
    /// </summary>
    public Dictionary<string, string>? Args { get; init; }
}
