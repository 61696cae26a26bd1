using System.Text;
using System.Text.RegularExpressions;

namespace SalesLint.Configuration;

/// <summary>
/// Path globs as in .gitignore and ESLint: <c>*</c> matches within a folder name, <c>**</c> across folders,
/// <c>?</c> one character. Paths use forward slashes. A glob without a slash matches the file name in any folder.
/// </summary>
public sealed class Glob
{
    private readonly Regex regex;

    /// <summary>Compiles a glob.</summary>
    /// <param name="pattern">The glob.</param>
    /// <param name="fileNameInAnyFolder">Whether a glob without a slash matches the file name in any folder (as in
    /// configuration files) rather than only in the base folder (as on a command line). Default: true.</param>
    public Glob(string pattern, bool fileNameInAnyFolder = true)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern.Replace('\\', '/');
        var body = Pattern.StartsWith("./", StringComparison.Ordinal) ? Pattern[2..] : Pattern;
        var anyFolder = fileNameInAnyFolder && !body.Contains('/', StringComparison.Ordinal);
        regex = new Regex("^" + (anyFolder ? "(?:.*/)?" : string.Empty) + ToRegex(fileNameInAnyFolder ? body.TrimStart('/') : body) + "$", RegexOptions.CultureInvariant);
    }

    /// <summary>The glob as written.</summary>
    public string Pattern { get; }

    /// <summary>Whether the glob has wildcards.</summary>
    public bool HasWildcards => Pattern.IndexOfAny(['*', '?']) >= 0;

    /// <summary>Whether a relative path matches.</summary>
    /// <param name="relativePath">Path relative to the glob's base folder.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.Replace('\\', '/');
        if (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return regex.IsMatch(path);
    }

    /// <summary>The path of <paramref name="path"/> relative to <paramref name="folder"/>, with forward slashes.</summary>
    /// <param name="folder">The base folder.</param>
    /// <param name="path">A file path.</param>
    /// <returns>The relative path.</returns>
    public static string Relative(string folder, string path) =>
        Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path)).Replace('\\', '/');

    private static string ToRegex(string glob)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return builder.ToString();
    }
}
