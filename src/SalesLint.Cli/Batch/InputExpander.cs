using SalesLint.Reading;

namespace SalesLint.Cli.Batch;

/// <summary>
/// Expands command-line inputs (files, folders, globs with <c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c> and <c>{a,b}</c>)
/// to a sorted list of files. Files found in folders or by globs are skipped when a <see cref="IgnoreFiles"/> matches them;
/// files named on the command line are always analyzed.
/// </summary>
internal static class InputExpander
{
    private static readonly char[] Wildcards = ['*', '?', '[', '{'];

    /// <summary>Expands the inputs. Folders contribute files with a supported transcript extension, recursively.</summary>
    /// <param name="inputs">Paths as typed.</param>
    /// <param name="stdin">The transcript read from standard input, which the path <c>-</c> stands for.</param>
    /// <param name="missing">Inputs that matched nothing.</param>
    /// <param name="hidden">Hidden transcript files and hidden folders that folder scans skipped.</param>
    /// <returns>Distinct files in ordinal path order.</returns>
    private static IReadOnlyList<string> Expand(IEnumerable<string> inputs, StdinInput? stdin, out IReadOnlyList<string> missing, out HiddenCount hidden)
    {
        hidden = new HiddenCount();
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var notFound = new List<string>();
        var ignore = new IgnoreFiles();
        foreach (var input in inputs)
        {
            var before = files.Count;
            var ignored = 0;
            bool Kept(string file)
            {
                var skip = ignore.IsIgnored(file);
                ignored += skip ? 1 : 0;
                return !skip;
            }

            if (input == StdinInput.Path && stdin is not null)
            {
                files.Add(stdin.Name);
                continue;
            }

            if (File.Exists(input))
            {
                files.Add(Normalize(input));
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in EnumerateFolder(input, hidden).Where(IsTranscript).Where(Kept))
                {
                    files.Add(Normalize(file));
                }
            }
            else if (input.IndexOfAny(Wildcards) >= 0)
            {
                foreach (var file in Glob(input).Where(Kept))
                {
                    files.Add(Normalize(file));
                }
            }

            if (files.Count == before && !File.Exists(input))
            {
                notFound.Add(ignored > 0 ? $"{input} (its {ignored} transcript(s) are excluded by {IgnoreFiles.FileName})" : input);
            }
        }

        missing = notFound;
        return [.. files];
    }

    /// <summary>Expands the inputs; an input that matches nothing is a usage error (exit code 2).</summary>
    /// <param name="inputs">Paths as typed.</param>
    /// <param name="stdin">The transcript read from standard input, which the path <c>-</c> stands for.</param>
    /// <returns>Distinct files in ordinal path order (standard input under its name).</returns>
    /// <param name="notes">Where to say what folder scans skipped (hidden files and folders), or <see langword="null"/>.</param>
    /// <exception cref="Commands.UsageException">An input matched no file.</exception>
    public static IReadOnlyList<string> ExpandAll(IEnumerable<string> inputs, StdinInput? stdin = null, TextWriter? notes = null)
    {
        var files = Expand(inputs, stdin, out var missing, out var hidden);
        if (missing.Count > 0)
        {
            throw new Commands.UsageException($"no transcript found at: {string.Join(", ", missing)}");
        }

        if (notes is not null && (hidden.Files > 0 || hidden.Folders > 0))
        {
            var what = string.Join(" and ", new[] { (hidden.Files, "hidden transcript file(s)"), (hidden.Folders, "hidden folder(s)") }
                .Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}"));
            notes.WriteLine($"note: skipped {what} (names starting with '.'); name them on the command line to include them");
        }

        return files;
    }

    /// <summary>Files under a folder, skipping build output (bin, obj), node_modules and hidden folders.</summary>
    /// <param name="root">The folder.</param>
    /// <param name="hidden">Counts the hidden transcript files and folders skipped (version control folders are not counted), or <see langword="null"/>.</param>
    private static IEnumerable<string> EnumerateFolder(string root, HiddenCount? hidden = null)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                // Hidden files (.saleslint.yaml, .saleslint-baseline.json) are configuration, not transcripts.
                if (!Path.GetFileName(file).StartsWith('.'))
                {
                    yield return file;
                }
                else if (hidden is not null && IsTranscript(file) && !Path.GetFileName(file).StartsWith(".saleslint", StringComparison.Ordinal))
                {
                    hidden.Files++;
                }
            }

            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(child);
                if (!name.StartsWith('.') && name is not ("bin" or "obj" or "node_modules"))
                {
                    pending.Push(child);
                }
                else if (hidden is not null && name.StartsWith('.') && name is not (".git" or ".hg" or ".svn"))
                {
                    hidden.Folders++;
                }
            }
        }
    }

    private static bool IsTranscript(string path) =>
        TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static IEnumerable<string> Glob(string pattern)
    {
        pattern = pattern.Replace('\\', '/');
        var firstWildcard = pattern.IndexOfAny(Wildcards);
        var slash = pattern.LastIndexOf('/', firstWildcard);
        var root = slash < 0 ? "." : pattern[..Math.Max(slash, 1)];
        if (!Directory.Exists(root))
        {
            return [];
        }

        var glob = new Configuration.Glob(pattern, fileNameInAnyFolder: false);
        return EnumerateFolder(root)
            .Select(f => f.Replace('\\', '/'))
            .Where(f => glob.IsMatch(slash < 0 && f.StartsWith("./", StringComparison.Ordinal) ? f[2..] : f));
    }

    /// <summary>What folder scans skipped because its name starts with a dot.</summary>
    private sealed class HiddenCount
    {
        public int Files { get; set; }

        public int Folders { get; set; }
    }
}
