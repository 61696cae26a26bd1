using SalesLint.Configuration;

namespace SalesLint.Cli.Batch;

/// <summary>
/// <c>.saleslintignore</c> files, read like <c>.gitignore</c>: one glob a line, <c>#</c> starts a comment, <c>!</c>
/// re-includes, a trailing <c>/</c> matches folders only, a glob without a slash (other than a trailing one) matches at
/// any depth and one with a slash is relative to the ignore file's folder. Every ignore file in a transcript's folder
/// and the folders above it applies, the nearest last (it wins); a file in an ignored folder cannot be re-included.
/// Not thread-safe (used while expanding inputs).
/// </summary>
internal sealed class IgnoreFiles
{
    /// <summary>The ignore file's name.</summary>
    public const string FileName = ".saleslintignore";

    private readonly Dictionary<string, IReadOnlyList<IgnoreRule>> byFolder = new(StringComparer.Ordinal);

    /// <summary>Whether a file found in a folder or by a glob is ignored.</summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> when an ignore file excludes it or one of its folders.</returns>
    /// <exception cref="Commands.UsageException">An ignore file cannot be read.</exception>
    public bool IsIgnored(string path)
    {
        var full = Path.GetFullPath(path);
        var folders = new List<string>();
        for (var dir = Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            folders.Add(dir);
        }

        folders.Reverse();
        var rules = folders.SelectMany(RulesOf).ToList();
        if (rules.Count == 0)
        {
            return false;
        }

        // A folder that is excluded excludes everything in it, as in git.
        var top = rules[0].Folder;
        foreach (var folder in folders.Where(f => f.Length > top.Length && f.StartsWith(top, StringComparison.Ordinal)))
        {
            if (Decide(rules, folder, isFolder: true))
            {
                return true;
            }
        }

        return Decide(rules, full, isFolder: false);
    }

    /// <summary>Parses an ignore file's text.</summary>
    /// <param name="folder">The folder the ignore file is in.</param>
    /// <param name="text">Its text.</param>
    /// <returns>The rules, in order.</returns>
    public static IReadOnlyList<IgnoreRule> Parse(string folder, string text)
    {
        var rules = new List<IgnoreRule>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ', '\t');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var negate = line[0] == '!';
            if (negate)
            {
                line = line[1..];
            }
            else if (line.StartsWith("\\#", StringComparison.Ordinal) || line.StartsWith("\\!", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            var folderOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length > 0)
            {
                rules.Add(new IgnoreRule(folder, new Glob(line), negate, folderOnly));
            }
        }

        return rules;
    }

    private static bool Decide(List<IgnoreRule> rules, string path, bool isFolder)
    {
        var ignored = false;
        foreach (var rule in rules)
        {
            if ((rule.FolderOnly && !isFolder) || !path.StartsWith(rule.Folder, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Glob.Relative(rule.Folder, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && rule.Glob.IsMatch(relative))
            {
                ignored = !rule.Negate;
            }
        }

        return ignored;
    }

    private IReadOnlyList<IgnoreRule> RulesOf(string folder)
    {
        if (!byFolder.TryGetValue(folder, out var rules))
        {
            var file = Path.Combine(folder, FileName);
            try
            {
                rules = File.Exists(file) ? Parse(folder, File.ReadAllText(file)) : [];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new Commands.UsageException($"cannot read {file}: {ex.Message}");
            }

            byFolder[folder] = rules;
        }

        return rules;
    }
}

/// <summary>One line of an ignore file.</summary>
/// <param name="Folder">The ignore file's folder (full path): the glob is relative to it.</param>
/// <param name="Glob">The glob.</param>
/// <param name="Negate">Whether the line re-includes (<c>!</c>).</param>
/// <param name="FolderOnly">Whether the line matches folders only (trailing <c>/</c>).</param>
internal sealed record IgnoreRule(string Folder, Glob Glob, bool Negate, bool FolderOnly);
