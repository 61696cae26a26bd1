using System.CommandLine;
using SalesLint.Batch;
using SalesLint.Cli.Batch;
using SalesLint.Configuration;
using SalesLint.Output;

namespace SalesLint.Cli.Commands;

/// <summary><c>saleslint check PATH...</c>: report rule findings in each conversation, or accept them into a baseline.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new BatchOptions(ReportKind.Findings);
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file: its findings are not reported (default: the configuration's baseline)." };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Accept every current finding: write them to a baseline file (default: --baseline, the configured one, or .saleslint-baseline.json).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("check", "Report rule findings in each conversation.");
        options.AddTo(command);
        command.Options.Add(baseline);
        command.Options.Add(writeBaseline);

        command.SetAction((result, cancellationToken) =>
        {
            var pipeline = new BatchPipeline(console);
            var request = options.Request(result, console, result.GetValue(baseline)) with
            {
                // A baseline kept next to the transcripts is not a transcript.
                Excluded = new[] { result.GetValue(baseline), result.GetValue(writeBaseline) }.OfType<string>().Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal),
            };
            if (result.GetResult(writeBaseline) is null)
            {
                var outcome = pipeline.Run(request, cancellationToken);
                return Task.FromResult(pipeline.ExitCode(outcome, request.Gates, s => s.FileErrors > 0 || s.Errors > 0));
            }

            // Writing a baseline: no report; every finding the configuration does not suppress is accepted.
            var files = new List<FileAnalysis>();
            var written = pipeline.Run(request with { Format = null, Observe = (file, _) => files.Add(file) }, cancellationToken);
            var target = result.GetValue(writeBaseline) ?? result.GetValue(baseline)
                ?? written.Profiles.Values.Select(p => p.BaselinePath).FirstOrDefault(p => p is not null) ?? ".saleslint-baseline.json";
            var filter = new SuppressionFilter();
            var accepted = BatchReport.From(files, (path, r) => filter.Apply(path, r, written.Profiles[path] with { Baseline = null }));
            console.Error.WriteLine($"wrote {Baseline.Write(target, accepted)} finding(s) to {target}");
            return Task.FromResult(written.Summary.FileErrors > 0 ? 1 : 0);
        });
        return command;
    }
}
