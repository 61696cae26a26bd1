using SalesLint.Analysis;
using SalesLint.Diagnostics;

namespace SalesLint.Analyzers;

/// <summary>
/// Options of a built-in C# analyzer, read from its <c>analyzer: SLnnnn</c> YAML file (under <c>options:</c>).
/// Implementations are immutable records whose properties have documented defaults.
/// </summary>
public interface IAnalyzerOptions
{
    /// <summary>Checks the options; reports each problem with the key it concerns (relative to <c>options</c>).</summary>
    /// <param name="errors">Collects (key, message) pairs.</param>
    /// <param name="features">The lexicon names that exist.</param>
    void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features);
}

/// <summary>An analyzer whose thresholds come from options (shown by <c>saleslint rules ID</c>).</summary>
public interface IConfiguredAnalyzer
{
    /// <summary>The options the analyzer runs with.</summary>
    IAnalyzerOptions Options { get; }
}

/// <summary>
/// Base of the built-in C# analyzers: one rule, its descriptor (message, level, help link) and its options.
/// </summary>
/// <typeparam name="TOptions">The options record.</typeparam>
public abstract class BuiltInAnalyzer<TOptions> : ConversationAnalyzer, IConfiguredAnalyzer
    where TOptions : class, IAnalyzerOptions
{
    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="options">The options.</param>
    protected BuiltInAnalyzer(DiagnosticDescriptor descriptor, TOptions options)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        SupportedDiagnostics = [descriptor];
    }

    /// <inheritdoc/>
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The options the analyzer runs with.</summary>
    public TOptions Options { get; }

    /// <inheritdoc/>
    IAnalyzerOptions IConfiguredAnalyzer.Options => Options;

    /// <inheritdoc/>
    public override string Name => Descriptor.Id;

    /// <summary>The rule's descriptor.</summary>
    protected DiagnosticDescriptor Descriptor { get; }
}

/// <summary>
/// The C# analyzers shipped with SalesLint, for rules YAML cannot express. Each has its descriptor in code and its
/// thresholds in an <c>analyzer: SLnnnn</c> YAML file in <c>rules/recommended/</c>; that file switches it on in a rule
/// set, so <see cref="Rules.RuleSet.LoadBuiltIn"/> includes every one of them.
/// </summary>
public static class BuiltInAnalyzers
{
    private static readonly BuiltInAnalyzerFactory[] Factories =
    [
        new BuiltInAnalyzerFactory<UnreciprocatedConcessionOptions>(UnreciprocatedConcessionAnalyzer.RuleId, UnreciprocatedConcessionAnalyzer.CreateDescriptor, (d, o) => new UnreciprocatedConcessionAnalyzer(d, o)),
        new BuiltInAnalyzerFactory<YieldingOptions>(YieldingAnalyzer.RuleId, YieldingAnalyzer.CreateDescriptor, (d, o) => new YieldingAnalyzer(d, o)),
        new BuiltInAnalyzerFactory<GrowingConcessionsOptions>(GrowingConcessionsAnalyzer.RuleId, GrowingConcessionsAnalyzer.CreateDescriptor, (d, o) => new GrowingConcessionsAnalyzer(d, o)),
        new BuiltInAnalyzerFactory<ConsecutiveConcessionsOptions>(ConsecutiveConcessionsAnalyzer.RuleId, ConsecutiveConcessionsAnalyzer.CreateDescriptor, (d, o) => new ConsecutiveConcessionsAnalyzer(d, o)),
        new BuiltInAnalyzerFactory<AcceptedFirstOfferOptions>(AcceptedFirstOfferAnalyzer.RuleId, AcceptedFirstOfferAnalyzer.CreateDescriptor, (d, o) => new AcceptedFirstOfferAnalyzer(d, o)),
        new BuiltInAnalyzerFactory<EarlySplitOptions>(EarlySplitAnalyzer.RuleId, EarlySplitAnalyzer.CreateDescriptor, (d, o) => new EarlySplitAnalyzer(d, o)),
        new BuiltInAnalyzerFactory<FinalOfferBrokenOptions>(FinalOfferBrokenAnalyzer.RuleId, FinalOfferBrokenAnalyzer.CreateDescriptor, (d, o) => new FinalOfferBrokenAnalyzer(d, o)),
        new BuiltInAnalyzerFactory<ConcessionBeforeBuyerNumberOptions>(ConcessionBeforeBuyerNumberAnalyzer.RuleId, ConcessionBeforeBuyerNumberAnalyzer.CreateDescriptor, (d, o) => new ConcessionBeforeBuyerNumberAnalyzer(d, o)),
        new BuiltInAnalyzerFactory<UnansweredBuyerQuestionOptions>(UnansweredBuyerQuestionAnalyzer.RuleId, UnansweredBuyerQuestionAnalyzer.CreateDescriptor, (d, o) => new UnansweredBuyerQuestionAnalyzer(d, o)),
    ];

    /// <summary>The rule IDs of the built-in analyzers.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Factories.Select(f => f.Id)];

    internal static BuiltInAnalyzerFactory? Find(string id) => Array.Find(Factories, f => string.Equals(f.Id, id, StringComparison.Ordinal));
}

/// <summary>Creates one built-in analyzer from its options.</summary>
internal abstract class BuiltInAnalyzerFactory(string id)
{
    public string Id { get; } = id;

    /// <summary>The type the <c>analyzer:</c> YAML file decodes into.</summary>
    public abstract Type FileType { get; }

    public abstract DiagnosticDescriptor CreateDescriptor(string helpLinkBase);

    public abstract ConversationAnalyzer Create(DiagnosticDescriptor descriptor, IAnalyzerOptions options);
}

/// <summary>A factory for analyzers with options of type <typeparamref name="TOptions"/>.</summary>
internal sealed class BuiltInAnalyzerFactory<TOptions>(
    string id,
    Func<string, DiagnosticDescriptor> descriptor,
    Func<DiagnosticDescriptor, TOptions, ConversationAnalyzer> create) : BuiltInAnalyzerFactory(id)
    where TOptions : class, IAnalyzerOptions, new()
{
    public override Type FileType => typeof(AnalyzerFile<TOptions>);

    public override DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => descriptor(helpLinkBase);

    public override ConversationAnalyzer Create(DiagnosticDescriptor descriptorValue, IAnalyzerOptions options) => create(descriptorValue, (TOptions)options);
}

/// <summary>The header every <c>analyzer:</c> file has, whatever its options.</summary>
internal abstract record AnalyzerFileBase
{
    /// <summary>The built-in analyzer's rule ID.</summary>
    public string Analyzer { get; init; } = string.Empty;

    /// <summary>Overrides the descriptor's default level when set.</summary>
    public string? Level { get; init; }

    /// <summary>Overrides whether the rule runs by default when set.</summary>
    public bool? Enabled { get; init; }

    [YamlDotNet.Serialization.YamlIgnore]
    public abstract IAnalyzerOptions OptionsValue { get; }
}

/// <summary>An <c>analyzer:</c> file: <c>analyzer: SLnnnn</c>, optional <c>level</c> and <c>enabled</c>, and <c>options</c>.</summary>
internal sealed record AnalyzerFile<TOptions> : AnalyzerFileBase
    where TOptions : class, IAnalyzerOptions, new()
{
    public TOptions Options { get; init; } = new();

    [YamlDotNet.Serialization.YamlIgnore]
    public override IAnalyzerOptions OptionsValue => Options;
}
