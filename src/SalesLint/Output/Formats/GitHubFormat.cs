using System.Text;
using SalesLint.Batch;

namespace SalesLint.Output.Formats;

/// <summary>GitHub Actions annotations and step summary (<see cref="GitHubActionsWriter"/>).</summary>
public sealed class GitHubFormat : IReportFormat
{
    /// <inheritdoc/>
    public string Name => "github";

    /// <inheritdoc/>
    public string Description => "GitHub Actions annotations and step summary";

    /// <inheritdoc/>
    public bool ShowsScores => false;

    /// <inheritdoc/>
    public bool NeedsWholeBatch => false;

    /// <inheritdoc/>
    public IReportSink Open(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Sink(output, context);
    }

    private sealed class Sink : IReportSink
    {
        private readonly StreamWriter writer;
        private readonly GitHubActionsWriter github;
        private readonly ReportContext context;

        public Sink(Stream output, ReportContext context)
        {
            this.context = context;
            writer = new StreamWriter(output, new UTF8Encoding(false), 4096, leaveOpen: true);
            github = new GitHubActionsWriter(writer, context.StepSummaryPath);
        }

        public void Write(FileReport file)
        {
            ArgumentNullException.ThrowIfNull(file);
            foreach (var conversation in file.Conversations)
            {
                github.Write(conversation);
            }

            if (file.Error is { } error)
            {
                github.Write(error);
            }

            writer.Flush();
        }

        public void Complete(ReportEnd batch)
        {
            ArgumentNullException.ThrowIfNull(batch);
            try
            {
                github.Complete(batch.Summary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Log.WriteLine($"cannot write the step summary ($GITHUB_STEP_SUMMARY): {ex.Message}");
            }

            writer.Flush();
        }

        public void Dispose() => writer.Dispose();
    }
}
