using System.CommandLine;
using SalesLint.Acts;
using SalesLint.Configuration;
using SalesLint.Diagnostics;

namespace SalesLint.Cli.Commands;

/// <summary>Options shared by the commands that read transcripts and run rules.</summary>
internal sealed class CommonOptions
{
    public Option<string[]> Sellers { get; } = new("--seller")
    {
        Description = "Name (or id) of a seller in the transcripts; every other speaker is then a buyer. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
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

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "Configuration file for every transcript (default: the nearest .saleslint.yaml above each transcript).",
    };

    public Option<bool> NoConfig { get; } = new("--no-config")
    {
        Description = "Ignore .saleslint.yaml files; use the built-in rules and the options given.",
    };

    public Option<bool> TrustConfig { get; } = new("--trust-config")
    {
        Description = "Let .saleslint.yaml files found above the transcripts (and rule folders they extend) load analyzer assemblies in this run. Without it only --analyzer, --config, --rules and the trust list load code.",
    };

    public Option<string[]> Rules { get; } = new("--rules")
    {
        Description = "Folder of YAML rules, lexicons, scoring or analyzers files laid over the configured rules. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Analyzers { get; } = new("--analyzer")
    {
        Description = "Assembly with custom C# analyzers (public ConversationAnalyzer types). Repeatable.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Filter { get; } = new("--filter")
    {
        Description = "Run only these rules: IDs (SL1004), prefixes (SL10*) or categories (negotiation); comma-separated or repeated.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> MinLevel { get; } = new("--min-level")
    {
        Description = "Lowest severity to report: suggestion, warning or error (default: from configuration, else suggestion).",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Report errors only (the same as --min-level error); the score still counts every rule.",
    };

    public Option<string?> StdinFilename { get; } = new("--stdin-filename")
    {
        Description = "Name of the transcript read from standard input (the path '-'): its extension picks the format, its folder the configuration, and messages use it.",
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Files analyzed at once (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<bool> NoProgress { get; } = new("--no-progress")
    {
        Description = "Never show a progress bar.",
    };

    public Option<string> Classifier { get; } = new("--classifier")
    {
        Description = "Sentence-act classifier: rules, model (learned model combined with the rules) or auto (the model only for transcripts with little punctuation).",
        DefaultValueFactory = _ => "auto",
    };

    public void AddTo(Command command)
    {
        Classifier.AcceptOnlyFromAmong("rules", "model", "auto");
        command.Options.Add(Classifier);
        command.Options.Add(Sellers);
        command.Options.Add(Buyers);
        command.Options.Add(SpeakerNames);
        command.Options.Add(Config);
        command.Options.Add(NoConfig);
        command.Options.Add(TrustConfig);
        command.Options.Add(Rules);
        command.Options.Add(Analyzers);
        command.Options.Add(Filter);
        command.Options.Add(MinLevel);
    }

    /// <summary>Adds --quiet (check and score).</summary>
    public void AddQuietTo(Command command) => command.Options.Add(Quiet);

    /// <summary>Adds --stdin-filename (the commands that accept '-').</summary>
    public void AddStdinTo(Command command) => command.Options.Add(StdinFilename);

    /// <summary>Adds the options of the commands that analyze batches (check, score, report): --jobs and --no-progress.</summary>
    public void AddBatchTo(Command command)
    {
        command.Options.Add(Jobs);
        command.Options.Add(NoProgress);
    }

    /// <summary>The number of files to analyze at once, checked.</summary>
    public int JobCount(ParseResult result)
    {
        var jobs = result.GetValue(Jobs);
        return jobs < 1 ? throw new UsageException("--jobs must be at least 1") : jobs;
    }

    /// <summary>Reads standard input when the inputs include <c>-</c>, named by --stdin-filename.</summary>
    /// <returns>The transcript read from standard input, or <see langword="null"/> when no input is <c>-</c>.</returns>
    public Batch.StdinInput? ReadStdin(ParseResult result, IEnumerable<string> inputs, CliConsole console) => ReadStdin(result, inputs, console, jsonLines: false);

    /// <summary>As <see cref="ReadStdin(ParseResult, IEnumerable{string}, CliConsole)"/>; with <paramref name="jsonLines"/>,
    /// JSON Lines input is left to be read a line at a time (<see cref="Batch.StdinInput.JsonLines"/>).</summary>
    /// <returns>The transcript read from standard input, or <see langword="null"/> when no input is <c>-</c>.</returns>
    public Batch.StdinInput? ReadStdin(ParseResult result, IEnumerable<string> inputs, CliConsole console, bool jsonLines)
    {
        var name = result.GetValue(StdinFilename);
        var count = inputs.Count(i => i == Batch.StdinInput.Path);
        if (count == 0)
        {
            return name is null ? null : throw new UsageException("--stdin-filename names the transcript read from standard input: add '-' to the paths");
        }

        if (count > 1)
        {
            throw new UsageException("'-' (standard input) can be given once");
        }

        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            throw new UsageException("--stdin-filename must not be blank");
        }

        var stdinName = name?.Replace('\\', '/') ?? Batch.StdinInput.DefaultName;
        if (jsonLines && name is not null && name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return new Batch.StdinInput(stdinName, string.Empty) { JsonLines = console.Input };
        }

        var isJsonLines = false;
        var head = jsonLines && name is null ? Peek(console.Input, out isJsonLines) : string.Empty;
        if (isJsonLines)
        {
            return new Batch.StdinInput(stdinName, string.Empty) { JsonLines = new Batch.PrefixedReader(head, console.Input) };
        }

        return new Batch.StdinInput(stdinName, head + ReadBounded(console.Input));
    }

    /// <summary>
    /// Reads standard input up to its second non-blank line (as <c>DetectFormat</c> tells JSON Lines from JSON: a first line
    /// that is a whole JSON object, and another line after it), or up to the size limit.
    /// </summary>
    private static string Peek(TextReader input, out bool isJsonLines)
    {
        var text = new System.Text.StringBuilder();
        var lineStart = 0;
        string? first = null;
        int c;
        while (text.Length <= SalesLint.Reading.ReaderOptions.DefaultMaxFileBytes && (c = input.Read()) >= 0)
        {
            text.Append((char)c);
            if (c != '\n')
            {
                continue;
            }

            var line = text.ToString(lineStart, text.Length - lineStart).Trim();
            lineStart = text.Length;
            if (line.Length == 0)
            {
                continue;
            }

            if (first is not null)
            {
                isJsonLines = IsJsonObject(first);
                return text.ToString();
            }

            first = line;
            if (!first.StartsWith('{'))
            {
                break;
            }
        }

        isJsonLines = false;
        return text.ToString();
    }

    private static bool IsJsonObject(string line)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads standard input up to just past the size limit of a transcript file: a larger input is then reported as too
    /// large (SL9000) without holding all of it.
    /// </summary>
    private static string ReadBounded(TextReader input)
    {
        var limit = SalesLint.Reading.ReaderOptions.DefaultMaxFileBytes + 1;
        var text = new System.Text.StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while (text.Length < limit && (read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    public static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>The resolver that finds each transcript's configuration and engine.</summary>
    public ProfileResolver CreateResolver(ParseResult result, string? baselinePath = null)
    {
        var level = result.GetValue(MinLevel);
        DiagnosticSeverity? minimum = null;
        if (level is not null)
        {
            minimum = SeverityNames.Parse(level);
            if (minimum is null or DiagnosticSeverity.None)
            {
                throw new UsageException($"--min-level must be suggestion, warning or error, not '{level}'");
            }
        }

        if (result.GetValue(Quiet))
        {
            minimum = DiagnosticSeverity.Error;
        }

        var config = result.GetValue(Config);
        if (config is not null && !File.Exists(config))
        {
            throw new UsageException($"configuration file not found: {config}");
        }

        var mode = result.GetValue(Classifier) switch
        {
            "rules" => ActClassifierMode.Rules,
            "model" => ActClassifierMode.Model,
            _ => ActClassifierMode.Auto,
        };

        return new ProfileResolver(new ResolverOptions
        {
            ActClassifier = mode,
            ConfigPath = config,
            Discover = !result.GetValue(NoConfig),
            RuleFolders = result.GetValue(Rules) ?? [],
            AnalyzerAssemblies = result.GetValue(Analyzers) ?? [],
            Sellers = result.GetValue(Sellers) ?? [],
            Buyers = result.GetValue(Buyers) ?? [],
            SpeakerNames = ParseSpeakerNames(result.GetValue(SpeakerNames) ?? []),
            MinLevel = minimum,
            Filter = result.GetValue(Filter) ?? [],
            BaselinePath = baselinePath,
            TrustDiscoveredConfigs = result.GetValue(TrustConfig),
            TrustFile = SalesLint.Loading.TrustList.DefaultPath(),
        });
    }

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
}

/// <summary>A command-line usage error (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
