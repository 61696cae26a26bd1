using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SalesLint.Cli.Batch;
using SalesLint.Engine;
using SalesLint.Output;

namespace SalesLint.Cli.Commands;

/// <summary><c>saleslint check PATH...</c> and <c>saleslint score PATH...</c>: analyze transcripts and print findings or scores.</summary>
internal static class CheckCommand
{
    /// <summary>Rule ID printed for a transcript that cannot be read.</summary>
    public const string TranscriptErrorId = "SL9000";

    public static Command Create(CliConsole console, bool score)
    {
        var options = new CommonOptions();
        var paths = new Argument<string[]>("paths")
        {
            Description = "Transcript files, folders (searched recursively) or globs (*, **, ?).",
            Arity = ArgumentArity.OneOrMore,
        };
        var explain = new Option<bool>("--explain") { Description = "Also print what cost points." };
        var command = new Command(
            score ? "score" : "check",
            score ? "Score each conversation 0-100 with category subscores." : "Report rule findings in each conversation.");
        command.Arguments.Add(paths);
        options.AddTo(command);
        if (score)
        {
            command.Options.Add(explain);
        }

        command.SetAction((result, cancellationToken) =>
        {
            var engine = options.CreateEngine(result);
            var files = InputExpander.Expand(result.GetValue(paths)!, out var missing);
            if (missing.Count > 0)
            {
                throw new UsageException($"no transcript found at: {string.Join(", ", missing)}");
            }

            var results = BatchRunner.Run(engine, files, options.ReaderOptions(result), cancellationToken);
            var json = result.GetValue(options.Format) == "json";
            var collected = new List<FileResult>(files.Count);
            var output = console.Out;
            foreach (var file in results)
            {
                collected.Add(file);
                if (!json)
                {
                    WriteText(output, file, score, result.GetValue(explain));
                }
            }

            var report = BatchReport.From(collected);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(report, SalesLintJson.Options));
            }
            else
            {
                var s = report.Summary;
                var mean = s.MeanScore is double m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "-";
                output.WriteLine($"{s.Files} file(s), {s.Conversations} conversation(s): {s.Errors} error(s), {s.Warnings} warning(s), {s.Suggestions} suggestion(s), {s.FileErrors} unreadable file(s); mean score {mean}");
            }

            var failed = report.Summary.FileErrors > 0 || (!score && report.Summary.Errors > 0);
            return Task.FromResult(failed ? 1 : 0);
        });
        return command;
    }

    private static void WriteText(TextWriter output, FileResult file, bool score, bool explain)
    {
        if (file.Error is { } error)
        {
            var where = error.Line is int line ? $"{file.Path}({line}{(error.Column is int c ? $",{c}" : string.Empty)})" : file.Path;
            var place = error.Place is null ? string.Empty : $"{error.Place}: ";
            output.WriteLine($"{where}: error {TranscriptErrorId}: {place}{error.Reason}");
            return;
        }

        var many = file.Results.Count > 1;
        foreach (var result in file.Results)
        {
            if (score)
            {
                var categories = string.Join("  ", result.Score.Categories.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Id} {c.Score:0.0}")));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Path}{(many ? "#" + result.ConversationId : string.Empty)}: score {result.Score.Overall:0.0}  ({categories})"));
                if (explain)
                {
                    foreach (var d in result.Score.Deductions)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    -{d.Points:0.0} {d.Category}: {d.Source}: {d.Reason}"));
                    }
                }

                continue;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(TextFormatter.Format(file.Path, diagnostic, many ? result.ConversationId : null));
            }
        }
    }
}
