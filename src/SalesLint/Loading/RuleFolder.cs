namespace SalesLint.Loading;

/// <summary>
/// Lists the YAML files of a rules folder with limits, so that a folder that is not a rules folder (<c>/</c>, a home
/// folder, a mounted share) fails at once with a clear error instead of walking the whole disk: at most
/// <see cref="MaxDepth"/> folders deep, <see cref="MaxEntries"/> entries looked at and <see cref="MaxYamlFiles"/> YAML
/// files; symbolic links to folders are not followed, and an unreadable subfolder is an error rather than a crash.
/// </summary>
internal static class RuleFolder
{
    /// <summary>Deepest subfolder level walked (the folder itself is level 0).</summary>
    public const int MaxDepth = 8;

    /// <summary>Most files and folders looked at in one rules folder.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Most YAML files in one rules folder.</summary>
    public const int MaxYamlFiles = 2_000;

    /// <summary>The <c>*.yaml</c> and <c>*.yml</c> files under a folder, in ordinal path order.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="reference">Where the folder was named, for errors.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The files.</returns>
    /// <exception cref="ConfigurationException">The folder is missing, too large, too deep or unreadable.</exception>
    public static List<string> YamlFiles(string directory, SourceReference? reference, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw SourceReference.Error(reference, directory, File.Exists(directory) ? "is a file, not a rules folder" : "rules folder not found");
        }

        var files = new List<string>();
        var entries = 0;
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((directory, 0));
        while (pending.Count > 0)
        {
            var (folder, depth) = pending.Pop();
            IEnumerable<FileSystemInfo> children;
            try
            {
                children = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 });
                foreach (var child in children)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (++entries > MaxEntries)
                    {
                        throw SourceReference.Error(reference, directory, $"has more than {MaxEntries} files and folders: is it really a rules folder?");
                    }

                    if (child is DirectoryInfo sub)
                    {
                        if (sub.LinkTarget is not null)
                        {
                            continue;
                        }

                        if (depth + 1 > MaxDepth)
                        {
                            throw SourceReference.Error(reference, directory, $"has folders nested more than {MaxDepth} deep ({sub.FullName}): is it really a rules folder?");
                        }

                        pending.Push((sub.FullName, depth + 1));
                    }
                    else if (child.Name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || child.Name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    {
                        if (files.Count == MaxYamlFiles)
                        {
                            throw SourceReference.Error(reference, directory, $"has more than {MaxYamlFiles} YAML files: is it really a rules folder?");
                        }

                        files.Add(Path.Combine(folder, child.Name));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                throw SourceReference.Error(reference, directory, $"cannot read the folder {folder}: {ex.Message}", ex);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
