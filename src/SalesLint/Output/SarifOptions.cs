namespace SalesLint.Output;

/// <summary>How <see cref="SarifReportWriter"/> writes a log.</summary>
public sealed record SarifOptions
{
    /// <summary>
    /// The folder artifact URIs are relative to (<c>%SRCROOT%</c> in <c>originalUriBaseIds</c>): the repository, so that code
    /// scanning finds the files whatever folder the command ran in (see <see cref="SarifWriter.FindSourceRoot"/>). Files outside
    /// it get absolute <c>file:</c> URIs. Default: the current directory.
    /// </summary>
    public string? SourceRoot { get; init; }

    /// <summary>How many results and bytes the log may hold; GitHub code scanning's limits by default.</summary>
    public SarifLimits Limits { get; init; } = SarifLimits.GitHub;

    /// <summary>
    /// Whether each result gets <c>partialFingerprints.primaryLocationLineHash</c>, computed from the transcript file as GitHub's
    /// upload action computes it (so alerts follow a line that moves). Default: <see langword="true"/>.
    /// </summary>
    public bool HashSourceLines { get; init; } = true;
}

/// <summary>Limits of a SARIF log; results beyond them are left out, and a notification says how many.</summary>
/// <param name="MaxResults">Results per run.</param>
/// <param name="MaxCompressedBytes">Size of the whole log, gzip-compressed.</param>
public sealed record SarifLimits(int MaxResults, long MaxCompressedBytes)
{
    /// <summary>GitHub code scanning's limits: 25,000 results per run, 10 MB per gzip-compressed upload.</summary>
    public static SarifLimits GitHub { get; } = new(25_000, 10_000_000);
}
