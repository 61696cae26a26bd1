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

        temporary = Path.Combine(Path.GetDirectoryName(this.path)!, $".{Path.GetFileName(this.path)}.{Environment.ProcessId}.partial");
        try
        {
            Stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write --output {path}: {(ex is DirectoryNotFoundException ? "its folder does not exist" : ex.Message)}");
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
