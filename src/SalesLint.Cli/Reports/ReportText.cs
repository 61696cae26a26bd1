using System.Globalization;
using System.Text;

namespace SalesLint.Cli.Reports;

/// <summary>Escaping and formatting shared by the report writers. Transcript text is untrusted: every piece of it goes through <see cref="Html"/>.</summary>
internal static class ReportText
{
    private static readonly System.Buffers.SearchValues<char> BidiControls =
        System.Buffers.SearchValues.Create("\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>Escapes text for HTML element content and double- or single-quoted attribute values.</summary>
    /// <param name="text">Any text, possibly hostile.</param>
    /// <returns>The text with <c>&amp; &lt; &gt; " '</c> replaced by character references; control characters other than tab and newlines dropped.</returns>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                case < ' ' or '\u007f': break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A name without bidirectional control characters (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069,
    /// marks U+200E, U+200F and U+061C), trimmed: a right-to-left override in a speaker's name would otherwise reorder the text
    /// around it. Right-to-left letters stay; <see cref="Name"/> isolates them.
    /// </summary>
    /// <param name="name">A speaker's name as the transcript gives it.</param>
    /// <returns>The name without the controls.</returns>
    public static string WithoutBidiControls(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        if (name.AsSpan().IndexOfAny(BidiControls) < 0)
        {
            return name.Trim();
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!BidiControls.Contains(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>A speaker's name for HTML element content: without bidirectional controls, escaped, and isolated in <c>&lt;bdi&gt;</c> so a right-to-left name cannot reorder what follows it.</summary>
    /// <param name="name">A speaker's name.</param>
    /// <returns>The markup.</returns>
    public static string Name(string? name) => "<bdi>" + Html(WithoutBidiControls(name)) + "</bdi>";

    /// <summary>The file name of a call's page: the call number and a slug of its ID (letters, digits and hyphens only).</summary>
    /// <param name="number">1-based call number (keeps names unique).</param>
    /// <param name="conversationId">The conversation ID.</param>
    /// <returns>For example <c>003-roleplay-02-marco.html</c>.</returns>
    public static string PageName(int number, string conversationId)
    {
        var slug = new StringBuilder();
        foreach (var c in conversationId.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= 60)
            {
                break;
            }
        }

        var name = slug.ToString().Trim('-');
        return string.Create(CultureInfo.InvariantCulture, $"{number:000}{(name.Length == 0 ? string.Empty : "-" + name)}.html");
    }

    /// <summary>Points of the overall score (the report's one unit for what cost points), with one decimal.</summary>
    public static string Points(double points) => points.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A score with one decimal.</summary>
    public static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A 0–1 share as a whole percentage, or a dash.</summary>
    public static string Percent(double? share) => share is double s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>A number for machine-readable output (invariant culture, up to four decimals), or empty.</summary>
    public static string Number(double? value) => value is double v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Seconds as <c>m:ss</c> (or <c>h:mm:ss</c> from an hour on); total, as <see cref="Output.TextFormatter.FormatTime"/>.</summary>
    public static string Clock(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds >= 1e9)
        {
            return Output.TextFormatter.FormatTime(seconds);
        }

        var whole = (long)Math.Max(0, Math.Floor(seconds));
        return whole >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{whole / 3600}:{whole / 60 % 60:00}:{whole % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }

    /// <summary>The CSS class for a score band: <c>bad</c> below 60, <c>fair</c> below 80, else <c>good</c>.</summary>
    public static string Band(double score) => score < 60 ? "bad" : score < 80 ? "fair" : "good";
}
