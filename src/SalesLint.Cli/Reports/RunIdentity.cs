using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SalesLint.Analyzers;
using SalesLint.Configuration;
using SalesLint.Engine;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesLint.Cli.Reports;

/// <summary>
/// What a run's scores depend on, recorded with it in the history database so a trend compares like with like: the
/// rule set (<see cref="RulesHash"/>: every rule with its parameters and configured level, the lexicons, the scoring
/// model, the analyzers and the sentence-act classifier), the configuration (<see cref="ConfigHash"/>: the text of the
/// configuration files and the speaker roles), the reporting filters and the tool version.
/// </summary>
/// <param name="ToolVersion">SalesLint's version.</param>
/// <param name="RulesHash">SHA-256 (hex, 16 bytes) of the rule sets of the engines used.</param>
/// <param name="ConfigHash">SHA-256 (hex, 16 bytes) of the configuration files and speaker roles used.</param>
/// <param name="Filters">The reporting filters as given (<c>--filter</c>, <c>--min-level</c>); they change the findings counted, not the score.</param>
internal sealed record RunIdentity(string ToolVersion, string RulesHash, string ConfigHash, string Filters)
{
    private static readonly ISerializer Yaml = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>The version of the running SalesLint.</summary>
    public static string CurrentToolVersion =>
        typeof(SalesLintEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Whether runs with these identities may share a trend: the same rule set and configuration.</summary>
    /// <param name="other">The other run's identity.</param>
    /// <returns><see langword="true"/> when comparable.</returns>
    public bool IsComparableTo(RunIdentity other) =>
        other is not null && RulesHash == other.RulesHash && ConfigHash == other.ConfigHash;

    /// <summary>The identity of a run over these profiles.</summary>
    /// <param name="profiles">The profiles the files were analyzed with.</param>
    /// <param name="filters">The reporting filters as given.</param>
    /// <returns>The identity.</returns>
    public static RunIdentity From(IEnumerable<AnalysisProfile> profiles, string filters)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var distinct = profiles.Distinct().ToList();
        var rules = distinct.Select(p => p.Engine).Distinct().Select(Describe).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var configs = distinct.Select(DescribeConfig).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new RunIdentity(CurrentToolVersion, Hash(rules), Hash(configs), filters);
    }

    /// <summary>Everything of an engine that the score depends on, as text.</summary>
    private static string Describe(SalesLintEngine engine)
    {
        var text = new StringBuilder();
        var ruleSet = engine.RuleSet;
        text.Append("classifier ").Append(engine.Options.ActClassifier).Append('\n');
        foreach (var descriptor in engine.Descriptors)
        {
            text.Append("level ").Append(descriptor.Id).Append(' ').Append(descriptor.Category).Append(' ').Append(engine.SeverityOf(descriptor.Id)).Append('\n');
        }

        foreach (var rule in ruleSet.Rules)
        {
            text.Append("rule ").Append(rule.Id).Append('\n').Append(Yaml.Serialize(rule));
        }

        foreach (var lexicon in ruleSet.Lexicons)
        {
            text.Append("lexicon ").Append(JsonSerializer.Serialize(lexicon with { SourcePath = null }, RunIdentityJsonContext.Default.Lexicon)).Append('\n');
        }

        text.Append("scoring ").Append(JsonSerializer.Serialize(ruleSet.Scoring with { SourcePath = null }, RunIdentityJsonContext.Default.ScoreModel)).Append('\n');
        foreach (var analyzer in ruleSet.Analyzers)
        {
            var type = analyzer.GetType();
            text.Append("analyzer ").Append(type.FullName).Append(' ').Append(type.Assembly.GetName().Version).Append('\n');
            if (analyzer is IConfiguredAnalyzer configured)
            {
                text.Append(Yaml.Serialize(configured.Options));
            }
        }

        return text.ToString();
    }

    private static string DescribeConfig(AnalysisProfile profile)
    {
        var text = new StringBuilder();
        var reader = profile.ReaderOptions;
        text.Append("sellers ").AppendJoin(',', reader.Sellers).Append("\nbuyers ").AppendJoin(',', reader.Buyers).Append("\nnames ")
            .AppendJoin(',', reader.SpeakerNames.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")).Append('\n');
        if (profile.Config is { } config && File.Exists(config.Path))
        {
            text.Append("config\n").Append(File.ReadAllText(config.Path).ReplaceLineEndings("\n"));
        }

        return text.ToString();
    }

    private static string Hash(IEnumerable<string> parts)
    {
        var joined = string.Join("\n\u0000\n", parts);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)).AsSpan(0, 16));
    }
}
