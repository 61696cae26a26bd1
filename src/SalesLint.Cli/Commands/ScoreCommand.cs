using System.CommandLine;
using SalesLint.Cli.Batch;
using SalesLint.Output;

namespace SalesLint.Cli.Commands;

/// <summary><c>saleslint score PATH...</c>: score each conversation 0-100 with category subscores.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new BatchOptions(ReportKind.Scores);
        var explain = new Option<bool>("--explain") { Description = "Also print what cost points." };
        var command = new Command("score", "Score each conversation 0-100 with category subscores.");
        options.AddTo(command);
        command.Options.Add(explain);

        command.SetAction((result, cancellationToken) =>
        {
            var pipeline = new BatchPipeline(console);
            var request = options.Request(result, console);
            request = request with { Context = request.Context with { Explain = result.GetValue(explain) } };
            var outcome = pipeline.Run(request, cancellationToken);

            // Scores are not a gate by themselves: only unreadable files (and --fail-under, --max-warnings) fail the run.
            return Task.FromResult(pipeline.ExitCode(outcome, request.Gates, s => s.FileErrors > 0));
        });
        return command;
    }
}
