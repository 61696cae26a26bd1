using System.CommandLine;
using System.CommandLine.Parsing;
using SalesLint.Cli.Commands;

namespace SalesLint.Cli;

/// <summary>Where the commands read and write: standard input, output and error (replaceable in tests).</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors and usage messages.</param>
/// <param name="In">Standard input, read for the path <c>-</c> (default: <see cref="Console.In"/>).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader? In = null)
{
    /// <summary>Standard input.</summary>
    public TextReader Input => In ?? Console.In;
}

/// <summary>The <c>saleslint</c> command line. Exit codes: 0 clean, 1 error-level findings or unreadable files, 2 usage or configuration errors.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("SalesLint: lint and score sales call transcripts.")
        {
            CheckCommand.Create(console),
            ScoreCommand.Create(console),
            MergeCommand.Create(console),
            InspectCommand.Create(console),
            RulesCommand.Create(console),
            ReportCommand.Create(console),
            InitCommand.Create(console),
        };

        var parsed = root.Parse(args);
        var unknown = UnknownOptions(parsed);
        if (unknown.Count > 0)
        {
            foreach (var option in unknown)
            {
                await console.Error.WriteLineAsync($"error: unknown option '{option}'").ConfigureAwait(false);
            }

            var help = parsed.CommandResult.Command is RootCommand ? "saleslint --help" : $"saleslint {parsed.CommandResult.Command.Name} --help";
            await console.Error.WriteLineAsync($"run '{help}' for the options (a path that starts with '-' goes after '--', or as ./-name)").ConfigureAwait(false);
            return 2;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("run 'saleslint --help' for usage").ConfigureAwait(false);
            return 2;
        }

        try
        {
            var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error };
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (ConfigurationException ex)
        {
            await console.Error.WriteLineAsync($"configuration error: {Output.TextFormatter.Printable(ex.Reword(Batch.CommandLineSettingWording.Instance).Message)}").ConfigureAwait(false);
            return 2;
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"error: {Output.TextFormatter.Printable(ex.Message)}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>
    /// Tokens that look like options (<c>--name</c>, <c>-x</c>) but were taken as a command's arguments because no option
    /// has that name: without this, <c>check --bogus</c> reported "no transcript found at: --bogus". A lone <c>-</c>
    /// (standard input) and anything after <c>--</c> are arguments.
    /// </summary>
    private static List<string> UnknownOptions(ParseResult parsed)
    {
        var arguments = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        foreach (var argument in parsed.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>())
        {
            arguments.UnionWith(argument.Tokens);
        }

        var unknown = new List<string>();
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Value.Length > 1 && token.Value[0] == '-' && (arguments.Contains(token) || parsed.UnmatchedTokens.Contains(token.Value)))
            {
                var equals = token.Value.IndexOf('=', StringComparison.Ordinal);
                unknown.Add(equals > 0 ? token.Value[..equals] : token.Value);
            }
        }

        return unknown;
    }
}
