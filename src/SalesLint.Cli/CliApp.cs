using System.CommandLine;
using SalesLint.Cli.Commands;

namespace SalesLint.Cli;

/// <summary>Where the commands write: standard output and standard error (replaceable in tests).</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors and usage messages.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);

/// <summary>The <c>saleslint</c> command line. Exit codes: 0 clean, 1 error-level findings or unreadable files, 2 usage or configuration errors.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("SalesLint: lint and score sales call transcripts.")
        {
            CheckCommand.Create(console, score: false),
            CheckCommand.Create(console, score: true),
            InspectCommand.Create(console),
            RulesCommand.Create(console),
            ReportCommand.Create(console),
        };

        var parsed = root.Parse(args);
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
            await console.Error.WriteLineAsync($"configuration error: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
    }
}
