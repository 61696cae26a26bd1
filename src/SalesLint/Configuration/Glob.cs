using System.Text;
using System.Text.RegularExpressions;

namespace SalesLint.Configuration;

/// <summary>
/// Path globs as in .gitignore and ESLint: <c>*</c> matches within a folder name, <c>**</c> across folders,
/// <c>?</c> one character, <c>[abc]</c>, <c>[a-z]</c> and <c>[!abc]</c> (or <c>[^abc]</c>) one character of (or not of)
/// a set, and <c>{a,b}</c> either alternative (alternatives may hold wildcards and nest). An unclosed <c>[</c> or
/// <c>{</c> is literal. Paths use forward slashes. A glob without a slash matches the file name in any folder.
/// Matching takes time linear in the path whatever the glob.
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
        regex = new Regex("^" + (anyFolder ? "(?:.*/)?" : string.Empty) + ToRegex(fileNameInAnyFolder ? body.TrimStart('/') : body) + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>The glob as written.</summary>
    public string Pattern { get; }

    /// <summary>Whether the glob has wildcards.</summary>
    public bool HasWildcards => Pattern.IndexOfAny(['*', '?', '[', '{']) >= 0;

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
        var i = 0;
        Append(builder, glob, ref i, inBraces: false);
        return builder.ToString();
    }

    /// <summary>Translates the glob from <paramref name="i"/> up to the end, or, inside braces, up to a top-level <c>,</c> or <c>}</c>.</summary>
    private static void Append(StringBuilder builder, string glob, ref int i, bool inBraces)
    {
        for (; i < glob.Length; i++)
        {
            var c = glob[i];
            if (inBraces && (c == ',' || c == '}'))
            {
                return;
            }

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
            else if (c == '[' && CharacterClass(glob, i) is (string set, int end))
            {
                builder.Append(set);
                i = end;
            }
            else if (c == '{' && ClosingBrace(glob, i) > 0)
            {
                builder.Append("(?:");
                i++;
                while (true)
                {
                    Append(builder, glob, ref i, inBraces: true);
                    if (i >= glob.Length || glob[i] == '}')
                    {
                        break;
                    }

                    builder.Append('|');
                    i++;
                }

                builder.Append(')');
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }
    }

    /// <summary>The <c>[...]</c> set starting at <paramref name="start"/> as a regex class that never matches <c>/</c>, and where it ends; <see langword="null"/> when unclosed.</summary>
    private static (string Set, int End)? CharacterClass(string glob, int start)
    {
        var i = start + 1;
        var negate = i < glob.Length && glob[i] is '!' or '^';
        if (negate)
        {
            i++;
        }

        var first = i;
        var members = new StringBuilder();
        for (; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == ']' && i > first)
            {
                return (negate ? $"[^/{members}]" : $"[{members}-[/]]", i);
            }

            if (c == '/')
            {
                return null;
            }

            // A range keeps its hyphen; every other character is taken literally.
            members.Append(c == '-' && i > first && i + 1 < glob.Length && glob[i + 1] != ']' ? "-" : Regex.Escape(c.ToString()).Replace("]", "\\]", StringComparison.Ordinal).Replace("-", "\\-", StringComparison.Ordinal));
        }

        return null;
    }

    /// <summary>Where the brace at <paramref name="start"/> closes (braces nest), or -1 when it does not.</summary>
    private static int ClosingBrace(string glob, int start)
    {
        var depth = 0;
        for (var i = start; i < glob.Length; i++)
        {
            if (glob[i] == '{')
            {
                depth++;
            }
            else if (glob[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
