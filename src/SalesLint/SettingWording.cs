namespace SalesLint;

/// <summary>
/// How the advice in a <see cref="ConfigurationException"/> names a setting. <see cref="Library"/> (the exception's
/// message) names the properties of <c>SalesLint.Configuration.ResolverOptions</c>; a command line words it with its own
/// flags and commands through <see cref="ConfigurationException.Reword"/>.
/// </summary>
public abstract class SettingWording
{
    /// <summary>For library callers: names <c>ResolverOptions</c> properties and library members.</summary>
    public static SettingWording Library { get; } = new LibraryWording();

    /// <summary>A rule filter entry as the caller gave it: "ResolverOptions.Filter entry 'SL77*'".</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>A noun phrase.</returns>
    public abstract string FilterEntry(string entry);

    /// <summary>Where the rule IDs and categories are listed, for a parenthesis after an unknown rule.</summary>
    /// <returns>A phrase such as "the engine's Descriptors list them".</returns>
    public abstract string WhereRulesAreListed();

    /// <summary>How to let a file that SalesLint found by itself load analyzer assemblies, ending where the trust list entry goes.</summary>
    /// <param name="trustListPath">The trust list file, or <see langword="null"/> when none is set.</param>
    /// <returns>A verb phrase listing the ways, the last one "or add this entry under 'trusted:' in the trust list …".</returns>
    public abstract string AllowCode(string? trustListPath);

    /// <summary>How to create a baseline file that is missing.</summary>
    /// <returns>A phrase such as "write one with Baseline.Write".</returns>
    public abstract string CreateBaseline();

    private sealed class LibraryWording : SettingWording
    {
        public override string FilterEntry(string entry) => $"ResolverOptions.Filter entry '{entry}'";

        public override string WhereRulesAreListed() => "SalesLintEngine.Descriptors lists the rules";

        public override string AllowCode(string? trustListPath) =>
            "set ResolverOptions.ConfigPath to this configuration, name the assembly in ResolverOptions.AnalyzerAssemblies, set ResolverOptions.TrustDiscoveredConfigs, " +
            $"or add this entry under 'trusted:' in the trust list {trustListPath ?? "(set ResolverOptions.TrustFile)"}";

        public override string CreateBaseline() => "write one with Baseline.Write";
    }
}
