using System.CommandLine;
using SalesLint.Engine;
using SalesLint.Reading;
using SalesLint.RuleKinds;
using SalesLint.Rules;

namespace SalesLint.Cli.Commands;

/// <summary>Options shared by the commands that read transcripts and run rules.</summary>
internal sealed class CommonOptions
{
    public Option<string[]> Sellers { get; } = new("--seller")
    {
        Description = "Name (or id) of a seller in the transcripts; every other speaker is then a buyer. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Buyers { get; } = new("--buyer")
    {
        Description = "Name (or id) of a buyer in the transcripts. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> SpeakerNames { get; } = new("--speaker-name")
    {
        Description = "Display name for a speaker label of a speech-recognition transcript, as LABEL=NAME (spk_0=Dana); --seller and --buyer accept either. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Rules { get; } = new("--rules")
    {
        Description = "Folder of YAML rules, lexicons, scoring or analyzers files laid over the built-in rules. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Analyzers { get; } = new("--analyzer")
    {
        Description = "Assembly with custom C# analyzers (public ConversationAnalyzer types). Repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output format: text or json.",
        DefaultValueFactory = _ => "text",
    };

    public Option<string> MinLevel { get; } = new("--min-level")
    {
        Description = "Lowest severity to report: suggestion, warning or error.",
        DefaultValueFactory = _ => "suggestion",
    };

    public void AddTo(Command command, bool rules = true, bool format = true)
    {
        command.Options.Add(Sellers);
        command.Options.Add(Buyers);
        command.Options.Add(SpeakerNames);
        if (rules)
        {
            command.Options.Add(Rules);
            command.Options.Add(Analyzers);
            command.Options.Add(MinLevel);
        }

        if (format)
        {
            Format.AcceptOnlyFromAmong("text", "json");
            command.Options.Add(Format);
        }
    }

    public ReaderOptions ReaderOptions(ParseResult result) => new()
    {
        Sellers = result.GetValue(Sellers) ?? [],
        Buyers = result.GetValue(Buyers) ?? [],
        SpeakerNames = ParseSpeakerNames(result.GetValue(SpeakerNames) ?? []),
    };

    private static Dictionary<string, string> ParseSpeakerNames(string[] values)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var label = equals > 0 ? value[..equals].Trim() : string.Empty;
            var name = equals > 0 ? value[(equals + 1)..].Trim() : string.Empty;
            if (label.Length == 0 || name.Length == 0)
            {
                throw new UsageException($"--speaker-name expects LABEL=NAME (such as spk_0=Dana), not '{value}'");
            }

            if (!names.TryAdd(label, name))
            {
                throw new UsageException($"--speaker-name gives '{label}' two names");
            }
        }

        return names;
    }

    /// <summary>Builds the rule set and engine; configuration errors surface as <see cref="ConfigurationException"/>.</summary>
    public SalesLintEngine CreateEngine(ParseResult result)
    {
        var builder = new RuleSetBuilder().AddBuiltIn();
        foreach (var folder in result.GetValue(Rules) ?? [])
        {
            builder.AddDirectory(folder);
        }

        foreach (var assembly in result.GetValue(Analyzers) ?? [])
        {
            builder.AddAnalyzerAssembly(assembly);
        }

        var level = result.GetValue(MinLevel);
        var minimum = SeverityNames.Parse(level);
        if (minimum is null or DiagnosticSeverity.None)
        {
            throw new UsageException($"--min-level must be suggestion, warning or error, not '{level}'");
        }

        return new SalesLintEngine(builder.Build(), new EngineOptions { MinimumSeverity = minimum.Value });
    }
}

/// <summary>A command-line usage error (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
