namespace SalesLint.Reading;

/// <summary>Lines of a text transcript: splitting, default ids, <c>key: value</c> headers and the column of a turn on its line.</summary>
internal static class TextLines
{
    /// <summary>
    /// The 1-based column where <paramref name="text"/> starts on <paramref name="line"/> when the line (trailing white space aside)
    /// ends with it, that is, when a turn read from the line is its characters as they stand; otherwise <see langword="null"/>
    /// (the turn was joined from several lines or changed on reading).
    /// </summary>
    /// <param name="line">The source line.</param>
    /// <param name="text">The turn text.</param>
    /// <returns>The column, or <see langword="null"/>.</returns>
    public static int? ColumnOfSuffix(string line, string text)
    {
        var trimmed = line.AsSpan().TrimEnd();
        return text.Length > 0 && trimmed.EndsWith(text, StringComparison.Ordinal) ? trimmed.Length - text.Length + 1 : null;
    }

    /// <summary>Splits text into lines on <c>\r\n</c>, <c>\n</c> or <c>\r</c>; line <c>i</c> of the result is line <c>i + 1</c> of the file.</summary>
    public static List<string> SplitLines(string content)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c is '\n' or '\r')
            {
                lines.Add(content[start..i]);
                if (c == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(content[start..]);
        return lines;
    }

    /// <summary>The default conversation id for a file: its name without extension.</summary>
    public static string DefaultId(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return string.IsNullOrWhiteSpace(name) ? "transcript" : name;
    }

    /// <summary>Splits a <c>key: value</c> header (as in <c># seller: Dana</c> or <c>NOTE seller: Dana</c>).</summary>
    public static bool TrySplitHeader(string text, out string key, out string value)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            key = string.Empty;
            value = string.Empty;
            return false;
        }

        key = text[..colon].Trim();
        value = text[(colon + 1)..].Trim();
        return true;
    }
}
