namespace SalesLint.Cli.Commands;

/// <summary>
/// The file named by <c>--output</c>, written whole or not at all: the report goes to a temporary file beside it, which
/// replaces the target only when <see cref="Commit"/> is called. A run that fails or is cancelled half-way leaves the
/// previous report (or no file) rather than a truncated one.
/// </summary>
internal sealed class ReportFile : IDisposable
{
    private readonly string path;
    private readonly string temporary;
    private bool committed;

    /// <summary>Opens the temporary file.</summary>
    /// <param name="path">The report's final path.</param>
    /// <exception cref="UsageException">The report cannot be written there (no such folder, no permission).</exception>
    public ReportFile(string path)
    {
        this.path = Path.GetFullPath(path);
        if (Directory.Exists(this.path))
        {
            throw new UsageException($"--output {path} is a folder; name a file");
        }

        var folder = Path.GetDirectoryName(this.path)!;
        temporary = Path.Combine(folder, $".{Path.GetFileName(this.path)}.{Environment.ProcessId}.partial");
        RemoveStale(folder, Path.GetFileName(this.path));
        try
        {
            Stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write --output {path}: {(ex is DirectoryNotFoundException ? "its folder does not exist" : ex.Message)}");
        }
    }

    /// <summary>
    /// Deletes what a killed run left: <c>.NAME.PID.partial</c> files for this report, last written before this process started, whose
    /// process is gone. A run that is still writing the same report keeps its file.
    /// </summary>
    /// <param name="folder">The report's folder.</param>
    /// <param name="name">The report's file name.</param>
    internal static void RemoveStale(string folder, string name)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var started = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var prefix = $".{name}.";
        foreach (var file in Directory.EnumerateFiles(folder, $".{name}.*.partial"))
        {
            var fileName = Path.GetFileName(file);
            var middle = fileName.Length > prefix.Length + ".partial".Length ? fileName[prefix.Length..^".partial".Length] : string.Empty;
            if (!int.TryParse(middle, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                || pid == Environment.ProcessId || IsRunning(pid) || File.GetLastWriteTimeUtc(file) >= started)
            {
                continue;
            }

            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: a leftover that cannot be deleted does not stop the run.
            }
        }
    }

    /// <summary>Where the report is written.</summary>
    public FileStream Stream { get; }

    /// <summary>Closes the file and puts it in place of the target.</summary>
    public void Commit()
    {
        Stream.Dispose();
        File.Move(temporary, path, overwrite: true);
        committed = true;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Closes the file; without <see cref="Commit"/>, deletes it.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!committed)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (IOException)
            {
                // Best effort: the target itself was never touched.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
