using System.Globalization;
using System.Xml;
using SalesLint.RuleKinds;

namespace SalesLint.Output;

/// <summary>
/// Writes a <see cref="BatchReport"/> as JUnit XML: one test suite per file, one test case per conversation;
/// error- and warning-level findings fail the case (errors as <c>failure</c>), an unreadable file is an <c>error</c>.
/// Suggestions are listed in <c>system-out</c> and do not fail.
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
        var settings = new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        using var w = XmlWriter.Create(stream, settings);
        var byFile = report.Results.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var paths = report.Results.Select(r => r.Path).Concat(report.Errors.Select(e => e.Path)).Distinct(StringComparer.Ordinal).ToList();

        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", "SalesLint");
        w.WriteAttributeString("tests", Count(report.Results.Count + report.Errors.Count));
        w.WriteAttributeString("failures", Count(report.Results.Count(Fails)));
        w.WriteAttributeString("errors", Count(report.Errors.Count));
        foreach (var path in paths)
        {
            var conversations = byFile.GetValueOrDefault(path) ?? [];
            var error = report.Errors.FirstOrDefault(e => e.Path == path);
            w.WriteStartElement("testsuite");
            w.WriteAttributeString("name", path);
            w.WriteAttributeString("tests", Count(conversations.Count + (error is null ? 0 : 1)));
            w.WriteAttributeString("failures", Count(conversations.Count(Fails)));
            w.WriteAttributeString("errors", Count(error is null ? 0 : 1));
            foreach (var conversation in conversations)
            {
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", path);
                w.WriteAttributeString("name", $"{conversation.Conversation} (score {conversation.Score.Overall.ToString("0.0", CultureInfo.InvariantCulture)})");
                var failing = conversation.Diagnostics.Where(d => d.Severity >= Engine.DiagnosticSeverity.Warning).ToList();
                if (failing.Count > 0)
                {
                    w.WriteStartElement("failure");
                    w.WriteAttributeString("message", $"{failing.Count} finding(s): {string.Join(", ", failing.Select(d => d.RuleId).Distinct())}");
                    w.WriteAttributeString("type", failing.Max(d => d.Severity) == Engine.DiagnosticSeverity.Error ? "error" : "warning");
                    w.WriteString(string.Join('\n', failing.Select(d => TextFormatter.Format(path, d, conversation.Conversation))));
                    w.WriteEndElement();
                }

                var notes = conversation.Diagnostics.Where(d => d.Severity < Engine.DiagnosticSeverity.Warning).ToList();
                if (notes.Count > 0)
                {
                    w.WriteElementString("system-out", string.Join('\n', notes.Select(d => TextFormatter.Format(path, d, conversation.Conversation))));
                }

                w.WriteEndElement();
            }

            if (error is not null)
            {
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", path);
                w.WriteAttributeString("name", "read");
                w.WriteStartElement("error");
                w.WriteAttributeString("message", error.Message);
                w.WriteAttributeString("type", FileError.RuleId);
                w.WriteString($"{path}{(error.Line is int l ? $"({l})" : string.Empty)}: {SeverityNames.ToName(Engine.DiagnosticSeverity.Error)} {FileError.RuleId}: {error.Message}");
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static bool Fails(ConversationReport r) => r.Diagnostics.Any(d => d.Severity >= Engine.DiagnosticSeverity.Warning);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
