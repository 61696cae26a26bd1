using System.CommandLine;
using System.Globalization;
using SalesLint.Cli.Batch;
using SalesLint.Cli.Reports;

namespace SalesLint.Cli.Commands;

/// <summary><c>saleslint report PATH... --out FOLDER [--history FILE]</c>: score a batch and write an HTML report with CSV and JSON aggregates.</summary>
internal static class ReportCommand
{
    /// <summary>The report title when <c>--title</c> is not given.</summary>
    public const string DefaultTitle = "SalesLint report";

    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var paths = new Argument<string[]>("paths")
        {
            Description = "Transcript files, folders (searched recursively) or globs (*, **, ?, [abc], {a,b}).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o", "--output")
        {
            Description = "Folder to write the report to (index.html, calls/, sellers.csv, calls.csv, findings.csv, report.json).",
            Required = true,
        };
        var history = new Option<string?>("--history")
        {
            Description = "SQLite database to append this run to; the report then shows each seller's score over the runs.",
        };
        var title = new Option<string>("--title")
        {
            Description = "Title of the report.",
            DefaultValueFactory = _ => DefaultTitle,
        };
        var command = new Command("report", "Score a batch and write an HTML report per seller and per call, with CSV and JSON aggregates.");
        command.Arguments.Add(paths);
        options.AddTo(command);
        options.AddBatchTo(command);
        command.Options.Add(output);
        command.Options.Add(history);
        command.Options.Add(title);

        command.SetAction((result, cancellationToken) =>
        {
            var degree = options.JobCount(result);
            var resolver = options.CreateResolver(result);
            var files = InputExpander.ExpandAll(result.GetValue(paths)!, notes: console.Error);

            var folder = result.GetValue(output)!;
            if (File.Exists(folder))
            {
                throw new UsageException($"--out must be a folder, but '{folder}' is a file");
            }

            // Resolve every file's configuration first: a configuration error stops the run (exit 2).
            var profiles = files.ToDictionary(f => f, f => resolver.For(f, cancellationToken), StringComparer.Ordinal);
            // Each call's page is written as soon as the call is analyzed, and its conversation let go: memory stays flat.
            var pages = new List<string>();
            ReportBatch batch;
            try
            {
                batch = ReportBuilder.Analyze(
                    f => profiles[f],
                    files,
                    result.GetValue(title) ?? DefaultTitle,
                    DateTimeOffset.UtcNow,
                    cancellationToken,
                    (header, call) => pages.Add(ReportWriter.WriteCallPage(header, call, folder)),
                    degree);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write the report to '{folder}': {ex.Message}");
            }

            var historyPath = result.GetValue(history);
            long? runId = null;
            long incomparable = 0;
            if (!string.IsNullOrWhiteSpace(historyPath))
            {
                var identity = RunIdentity.From(profiles.Values, Filters(result));
                using var store = HistoryStore.Open(historyPath);
                incomparable = store.IncomparableRunCount(identity);
                runId = store.Append(batch, identity);
                batch = store.WithTrends(batch, identity);
            }

            IReadOnlyList<string> written;
            try
            {
                written = ReportWriter.Write(batch, folder, pages);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write the report to '{folder}': {ex.Message}");
            }

            var err = console.Error;
            foreach (var error in batch.Errors)
            {
                err.WriteLine(SalesLint.Output.TextFormatter.Format(error));
            }

            var o = console.Out;
            var mean = batch.MeanScore is double m ? ReportText.Score(m) : "-";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{batch.Files} file(s), {batch.Calls.Count} call(s), {batch.Sellers.Count(s => s.Name != ReportBatch.NoSeller)} seller(s), {batch.Errors.Count} unreadable file(s); mean score {mean}"));
            foreach (var seller in batch.Sellers)
            {
                var focus = seller.Focus.Count > 0 ? $"; coach on: {seller.Focus[0].Label}" : string.Empty;
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {seller.Name}: {seller.Calls} call(s), mean score {ReportText.Score(seller.MeanScore)}{focus}"));
            }

            if (runId is long id)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"history: run {id} appended to {historyPath}"));
                if (incomparable > 0)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"history: trends leave out {incomparable} earlier run(s) scored with other rules or configuration"));
                }
            }

            o.WriteLine($"report: {written[0]} ({written.Count} files)");
            return Task.FromResult(batch.Errors.Count > 0 ? 1 : 0);
        });
        return command;

        string Filters(ParseResult result)
        {
            var parts = new List<string>();
            foreach (var filter in result.GetValue(options.Filter) ?? [])
            {
                parts.Add($"--filter {filter}");
            }

            if (result.GetValue(options.MinLevel) is { } level)
            {
                parts.Add($"--min-level {level}");
            }

            return string.Join(' ', parts);
        }
    }
}
