using System.CommandLine;
using SalesLint.Engine;
using SalesLint.Reading;
using SalesLint.RuleKinds;
using SalesLint.Rules;
using SalesLint.Tokenization;

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

    public Option<string> Classifier { get; } = new("--classifier")
    {
        Description = "Sentence-act classifier: rules, model (learned model combined with the rules) or auto (the model only for transcripts with little punctuation).",
        DefaultValueFactory = _ => "auto",
    };

    public void AddTo(Command command, bool rules = true, bool format = true)
    {
        command.Options.Add(Sellers);
        command.Options.Add(Buyers);
        Classifier.AcceptOnlyFromAmong("rules", "model", "auto");
        command.Options.Add(Classifier);
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
    };

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

        var classifier = result.GetResult(Classifier) is null ? "auto" : result.GetValue(Classifier);
        var mode = classifier switch
        {
            "rules" => ActClassifierMode.Rules,
            "model" => ActClassifierMode.Model,
            "auto" or null => ActClassifierMode.Auto,
            _ => throw new UsageException($"--classifier must be rules, model or auto, not '{classifier}'"),
        };

        return new SalesLintEngine(builder.Build(), new EngineOptions { MinimumSeverity = minimum.Value, ActClassifier = mode });
    }
}

/// <summary>A command-line usage error (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
