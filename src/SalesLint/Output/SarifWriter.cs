using SalesLint.Batch;
using SalesLint.Diagnostics;

namespace SalesLint.Output;

/// <summary>
/// Writes a <see cref="BatchReport"/> as SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the rules
/// under <c>tool.driver.rules</c> (id, short and full description, help, helpUri, default level), one result per
/// finding with ruleId, level, message, a physical location into the transcript file (the turn's line, and the columns of
/// the finding's characters when the turn stands verbatim on one line) relative to <c>%SRCROOT%</c> (the repository), with a
/// logical location naming the conversation, turn and sentence, partial fingerprints (GitHub's
/// <c>primaryLocationLineHash</c> and SalesLint's own), a fix replacing exactly the suggested span when there is one and
/// its columns are known, and suppressed findings with their SARIF suppressions. Unreadable files are tool execution
/// notifications and <c>SL9000</c> results. Rules carry their whole documentation page as help.
/// The log is written by <see cref="SarifReportWriter"/>, which can also take a batch one conversation at a time.
/// </summary>
public static class SarifWriter
{
    /// <summary>The SARIF schema URI written into the log.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The <c>uriBaseId</c> of relative artifact URIs; <c>originalUriBaseIds</c> gives its absolute URI.</summary>
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>Writes the log.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="report">The batch.</param>
    /// <param name="rules">Descriptors of every rule that can appear.</param>
    /// <param name="toolVersion">The SalesLint version.</param>
    /// <param name="options">The source root, limits and line hashes; the defaults when omitted.</param>
    public static void Write(Stream stream, BatchReport report, IReadOnlyList<DiagnosticDescriptor> rules, string toolVersion, SarifOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        using var writer = new SarifReportWriter(stream, rules, toolVersion, options);
        writer.WriteAll(report);
    }

    /// <summary>
    /// The folder a log's artifact URIs should be relative to: <paramref name="githubWorkspace"/> (<c>$GITHUB_WORKSPACE</c>, where
    /// GitHub checks out the repository) when <paramref name="workingDirectory"/> is inside it, else the nearest folder above
    /// <paramref name="workingDirectory"/> holding <c>.git</c>, else <paramref name="workingDirectory"/> itself.
    /// </summary>
    /// <param name="workingDirectory">The command's folder.</param>
    /// <param name="githubWorkspace">The value of <c>GITHUB_WORKSPACE</c>, if any.</param>
    /// <returns>An absolute folder.</returns>
    public static string FindSourceRoot(string workingDirectory, string? githubWorkspace)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory));
        if (!string.IsNullOrWhiteSpace(githubWorkspace))
        {
            var workspace = Path.TrimEndingDirectorySeparator(Path.GetFullPath(githubWorkspace));
            if (here == workspace || IsInside(here, workspace))
            {
                return workspace;
            }
        }

        for (var folder = new DirectoryInfo(here); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return Path.TrimEndingDirectorySeparator(folder.FullName);
            }
        }

        return here;
    }

    /// <summary>The URI of a file: relative to <paramref name="sourceRoot"/> (escaped, with <c>/</c>) when inside it, else absolute.</summary>
    /// <param name="path">The file, absolute or relative to the current directory.</param>
    /// <param name="sourceRoot">The absolute source root.</param>
    /// <returns>The URI and whether it is relative to <see cref="SourceRootId"/>.</returns>
    internal static (string Uri, bool Relative) ArtifactUri(string path, string sourceRoot)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return (string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)), false);
        }

        if (IsInside(full, sourceRoot))
        {
            var relative = Path.GetRelativePath(sourceRoot, full).Replace('\\', '/');
            return (string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)), true);
        }

        return (new Uri(full).AbsoluteUri, false);
    }

    private static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Length > folder.Length && path.StartsWith(folder, comparison)
            && (path[folder.Length] == Path.DirectorySeparatorChar || path[folder.Length] == Path.AltDirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));
    }

    /// <summary>The SARIF level of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>error</c>, <c>warning</c>, <c>note</c> or <c>none</c>.</returns>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "note",
        _ => "none",
    };
}
