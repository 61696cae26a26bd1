using SalesLint.Loading;

namespace SalesLint.Cli.Batch;

/// <summary>The command line's words for settings in configuration errors: its flags (<c>--filter</c>, <c>--trust-config</c>) and commands.</summary>
internal sealed class CommandLineSettingWording : SettingWording
{
    public static CommandLineSettingWording Instance { get; } = new();

    public override string FilterEntry(string entry) => $"--filter '{entry}'";

    public override string WhereRulesAreListed() => "see: saleslint rules";

    public override string AllowCode(string? trustListPath) =>
        "pass the configuration with --config, load the assembly with --analyzer, trust discovered configurations for this run with --trust-config, " +
        $"or add this entry under 'trusted:' in the trust list {trustListPath ?? "(set " + TrustList.EnvironmentVariable + ")"}";

    public override string CreateBaseline() => "create it with: saleslint check PATHS --write-baseline";
}
