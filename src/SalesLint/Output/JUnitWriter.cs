using System.Globalization;
using System.Text;
using System.Xml;
using SalesLint.Batch;
using SalesLint.Diagnostics;

namespace SalesLint.Output;

/// <summary>
/// Writes a <see cref="BatchReport"/> as JUnit XML: one test suite per file, one test case per conversation, named by
/// the conversation ID alone so a test keeps its name (and its history in CI) whatever its score. Error- and
/// warning-level findings fail the case (errors as <c>failure</c>), an unreadable file is an <c>error</c>. The score
/// is a suite property (<c>score</c>, or <c>score:ID</c> per conversation when a file holds several) and the first line
/// of the case's <c>system-out</c>, followed by the suggestions, which do not fail. <c>time</c> is the seconds the
/// engine took on the conversation (a suite's is the sum of its cases). The layout follows the common JUnit schema
/// (Jenkins' junit-10.xsd): properties, test cases, then output, in that order. Characters XML cannot hold (such as
/// U+0001 or U+FFFF in a transcript) are replaced by U+FFFD.
/// </summary>
public static class JUnitWriter
{
    /// <summary>Writes the XML.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="report">The batch.</param>
    public static void Write(Stream stream, BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var w = XmlWriter.Create(stream, settings);
        var byFile = report.Results.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var paths = report.Results.Select(r => r.Path).Concat(report.Errors.Select(e => e.Path)).Distinct(StringComparer.Ordinal).ToList();

        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        Attribute(w, "name", "SalesLint");
        Attribute(w, "tests", Count(report.Results.Count + report.Errors.Count));
        Attribute(w, "failures", Count(report.Results.Count(Fails)));
        Attribute(w, "errors", Count(report.Errors.Count));
        Attribute(w, "time", Seconds(report.Results.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed)));
        foreach (var path in paths)
        {
            var conversations = byFile.GetValueOrDefault(path) ?? [];
            var error = report.Errors.FirstOrDefault(e => e.Path == path);
            w.WriteStartElement("testsuite");
            Attribute(w, "name", path);
            Attribute(w, "tests", Count(conversations.Count + (error is null ? 0 : 1)));
            Attribute(w, "failures", Count(conversations.Count(Fails)));
            Attribute(w, "errors", Count(error is null ? 0 : 1));
            Attribute(w, "skipped", "0");
            Attribute(w, "time", Seconds(conversations.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed)));
            if (conversations.Count > 0)
            {
                w.WriteStartElement("properties");
                foreach (var conversation in conversations)
                {
                    w.WriteStartElement("property");
                    Attribute(w, "name", conversations.Count == 1 ? "score" : $"score:{conversation.Conversation}");
                    Attribute(w, "value", Score(conversation.Score.Overall));
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            foreach (var conversation in conversations)
            {
                WriteCase(w, path, conversation);
            }

            if (error is not null)
            {
                w.WriteStartElement("testcase");
                Attribute(w, "name", "read");
                Attribute(w, "classname", path);
                Attribute(w, "time", "0");
                var message = TextFormatter.Describe(error);
                w.WriteStartElement("error");
                Attribute(w, "message", message);
                Attribute(w, "type", FileError.RuleId);
                Text(w, TextFormatter.Format(error));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>
    /// <paramref name="value"/> with every character XML 1.0 cannot hold (C0 controls other than tab, CR and LF,
    /// U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD; the same string when there is none.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <returns>Text any XML writer accepts.</returns>
    public static string XmlSafe(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bad = FirstInvalid(value);
        if (bad < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, bad);
        for (var i = bad; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteCase(XmlWriter w, string path, ConversationReport conversation)
    {
        w.WriteStartElement("testcase");
        Attribute(w, "name", conversation.Conversation);
        Attribute(w, "classname", path);
        Attribute(w, "time", Seconds(conversation.Elapsed));
        var failing = conversation.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (failing.Count > 0)
        {
            w.WriteStartElement("failure");
            Attribute(w, "message", $"{failing.Count} finding(s): {string.Join(", ", failing.Select(d => d.RuleId).Distinct())}");
            Attribute(w, "type", failing.Max(d => d.Severity) == DiagnosticSeverity.Error ? "error" : "warning");
            Text(w, string.Join('\n', failing.Select(d => TextFormatter.Format(path, d, conversation.Conversation))));
            w.WriteEndElement();
        }

        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"score {Score(conversation.Score.Overall)}");
        foreach (var category in conversation.Score.Categories)
        {
            output.Append(CultureInfo.InvariantCulture, $" {category.Id} {Score(category.Score)}");
        }

        foreach (var note in conversation.Diagnostics.Where(d => d.Severity < DiagnosticSeverity.Warning))
        {
            output.Append('\n').Append(TextFormatter.Format(path, note, conversation.Conversation));
        }

        w.WriteStartElement("system-out");
        Text(w, output.ToString());
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Attribute(XmlWriter w, string name, string value) => w.WriteAttributeString(name, XmlSafe(value));

    private static void Text(XmlWriter w, string value) => w.WriteString(XmlSafe(value));

    private static bool Fails(ConversationReport r) => r.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
