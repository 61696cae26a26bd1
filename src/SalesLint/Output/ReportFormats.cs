using SalesLint.Output.Formats;

namespace SalesLint.Output;

/// <summary>The output formats of <c>check</c> and <c>score</c>; <c>--format</c> takes its values from here.</summary>
public static class ReportFormats
{
    /// <summary>Every format, the default (text) first.</summary>
    public static IReadOnlyList<IReportFormat> All { get; } =
    [
        new TextFormat(),
        new JsonFormat(),
        new SarifFormat(),
        new JUnitFormat(),
        new GitHubFormat(),
        new JsonLinesFormat(),
    ];

    /// <summary>The format of a name, or <see langword="null"/>.</summary>
    /// <param name="name">The name given to <c>--format</c>.</param>
    /// <returns>The format.</returns>
    public static IReportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The formats a report of <paramref name="kind"/> offers.</summary>
    /// <param name="kind">Findings (<c>check</c>) or scores (<c>score</c>).</param>
    /// <returns>The formats, the default first.</returns>
    public static IReadOnlyList<IReportFormat> For(ReportKind kind) => [.. All.Where(f => kind == ReportKind.Findings || f.ShowsScores)];
}
