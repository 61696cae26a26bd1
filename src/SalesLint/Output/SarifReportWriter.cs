using System.Text.Encodings.Web;
using System.Text.Json;
using SalesLint.Engine;

namespace SalesLint.Output;

/// <summary>
/// Writes a SARIF 2.1.0 log one conversation at a time (see <see cref="SarifWriter"/> for what the log holds). The
/// constructor writes the tool and its rules, which are known up front; each conversation's findings become results
/// as they are written; unreadable files become <c>SL9000</c> results after all others and, with the run's outcome,
/// tool execution notifications under <c>invocations</c>, written by <see cref="StreamingReportWriter.Complete"/> after the results. The
/// stream stays open.
/// </summary>
public sealed class SarifReportWriter : StreamingReportWriter
{
    private readonly Dictionary<string, int> index;

    /// <summary>Starts the log on <paramref name="stream"/> (UTF-8, indented) and writes the tool with its rules.</summary>
    /// <param name="stream">Where to write; not closed by this writer.</param>
    /// <param name="rules">Descriptors of every rule that can appear (<c>SL9000</c> is added).</param>
    /// <param name="toolVersion">The SalesLint version.</param>
    public SarifReportWriter(Stream stream, IReadOnlyList<DiagnosticDescriptor> rules, string toolVersion)
        : base(new JsonSink(stream ?? throw new ArgumentNullException(nameof(stream)), new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(toolVersion);
        var ruleList = rules.Where(r => r.Id != FileError.RuleId).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        ruleList.Add(new DiagnosticDescriptor
        {
            Id = FileError.RuleId,
            Title = "Transcript cannot be read",
            MessageTemplate = "{message}",
            Category = "engine",
            DefaultSeverity = DiagnosticSeverity.Error,
            HelpLink = Rules.RuleSet.DefaultHelpLinkBase + FileError.RuleId + ".md",
            Description = "A transcript file could not be read: it is malformed, not text, too large, or its speakers cannot be resolved to roles.",
        });
        index = ruleList.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var w = Sink.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", SarifWriter.SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "SalesLint");
        w.WriteString("version", toolVersion);
        w.WriteString("semanticVersion", toolVersion.Split('+')[0]);
        w.WriteString("informationUri", "https://github.com/saleslint/saleslint");
        w.WriteStartArray("rules");
        foreach (var rule in ruleList)
        {
            WriteRule(w, rule);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("results");
        Sink.Commit(final: false);
    }

    /// <summary>Writes a result for each reported finding, then for each suppressed one (with its suppression).</summary>
    /// <param name="conversation">The conversation.</param>
    protected override void WriteConversation(ConversationReport conversation)
    {
        foreach (var d in conversation.Diagnostics)
        {
            WriteResult(Sink.Writer, conversation, d, index, null);
        }

        foreach (var s in conversation.Suppressed)
        {
            WriteResult(Sink.Writer, conversation, s.Diagnostic, index, s);
        }
    }

    /// <summary>
    /// Writes the unreadable files' results, then the invocation (successful when no file was unreadable) with a
    /// notification per unreadable file, and ends the log. SARIF has no place for <paramref name="unusedSuppressions"/>
    /// or <paramref name="summary"/>; they are accepted so every streaming format is completed alike.
    /// </summary>
    /// <param name="unusedSuppressions">Suppressions that matched nothing (not written).</param>
    /// <param name="summary">The batch totals (not written).</param>
    protected override void WriteEnd(IReadOnlyList<string> unusedSuppressions, BatchSummary summary)
    {
        var w = Sink.Writer;
        foreach (var error in Errors)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", FileError.RuleId);
            w.WriteNumber("ruleIndex", index[FileError.RuleId]);
            w.WriteString("level", "error");
            WriteMessage(w, error.Place is null ? error.Message : $"{error.Place}: {error.Message}");
            w.WriteStartArray("locations");
            WritePhysicalLocation(w, error.Path, error.Line, error.Column);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", Errors.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var error in Errors)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            WriteMessage(w, error.Message);
            w.WriteStartArray("locations");
            WritePhysicalLocation(w, error.Path, error.Line, error.Column);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, DiagnosticDescriptor rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", PascalCase(rule.Title));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", rule.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description);
        w.WriteEndObject();
        w.WriteStartObject("help");
        w.WriteString("text", $"{rule.Description} See {rule.HelpLink}".Trim());
        w.WriteString("markdown", $"{rule.Description}\n\n[{rule.Id} documentation]({rule.HelpLink})".Trim());
        w.WriteEndObject();
        w.WriteString("helpUri", rule.HelpLink);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", SarifWriter.Level(rule.DefaultSeverity));
        w.WriteBoolean("enabled", rule.IsEnabledByDefault);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", rule.Category);
        w.WriteStartArray("tags");
        w.WriteStringValue("sales");
        w.WriteStringValue(rule.Category);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, ConversationReport conversation, Diagnostic d, Dictionary<string, int> index, SuppressedDiagnostic? suppressed)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.RuleId);
        if (index.TryGetValue(d.RuleId, out var i))
        {
            w.WriteNumber("ruleIndex", i);
        }

        w.WriteString("level", SarifWriter.Level(d.Severity));
        WriteMessage(w, d.Message);
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifactAndRegion(w, conversation.Path, d.Location.SourceLine, null);
        w.WriteEndObject();
        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        var where = d.Location.Turn is int turn
            ? d.Location.Sentence is int sentence ? $"turn {turn + 1}, sentence {sentence + 1}" : $"turn {turn + 1}"
            : "conversation";
        w.WriteString("name", where);
        w.WriteString("fullyQualifiedName", $"{conversation.Conversation}/{where}");
        w.WriteString("kind", "member");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        if (d.Fingerprint is not null)
        {
            w.WriteStartObject("partialFingerprints");
            w.WriteString("salesLintFinding/v1", $"{conversation.Conversation}:{d.Fingerprint}");
            w.WriteEndObject();
        }

        if (d.Suggestion is { } suggestion)
        {
            w.WriteStartArray("fixes");
            w.WriteStartObject();
            w.WriteStartObject("description");
            w.WriteString("text", $"Rewrite: {suggestion.Sentence}");
            w.WriteEndObject();
            w.WriteStartArray("artifactChanges");
            w.WriteStartObject();
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", ToUri(conversation.Path));
            w.WriteEndObject();
            w.WriteStartArray("replacements");
            w.WriteStartObject();
            w.WriteStartObject("deletedRegion");
            w.WriteNumber("startLine", d.Location.SourceLine ?? 1);
            w.WriteEndObject();
            w.WriteStartObject("insertedContent");
            w.WriteString("text", suggestion.Replacement);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        if (suppressed is not null)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", "external");
            w.WriteString("status", "accepted");
            w.WriteString("justification", suppressed.Justification);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        w.WriteString("conversation", conversation.Conversation);
        if (d.Location.Turn is int t)
        {
            w.WriteNumber("turn", t);
        }

        if (d.Location.Sentence is int s)
        {
            w.WriteNumber("sentence", s);
        }

        if (d.Location.Speaker is { } speaker)
        {
            w.WriteString("speaker", speaker);
        }

        // JSON has no NaN or infinity; the engine never reports such a time, but a report built in code may hold one.
        if (d.Location.StartSeconds is double seconds && double.IsFinite(seconds))
        {
            w.WriteNumber("startSeconds", seconds);
        }

        if (d.Location.Span is { } span)
        {
            w.WriteNumber("spanStart", span.Start);
            w.WriteNumber("spanLength", span.Length);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string PascalCase(string title) =>
        string.Concat(title.Split([' ', '-', '"', '\'', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static void WritePhysicalLocation(Utf8JsonWriter w, string path, int? line, int? column)
    {
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifactAndRegion(w, path, line, column);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteArtifactAndRegion(Utf8JsonWriter w, string path, int? line, int? column)
    {
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", ToUri(path));
        if (!Path.IsPathRooted(path))
        {
            w.WriteString("uriBaseId", "%SRCROOT%");
        }

        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", Math.Max(1, line ?? 1));
        if (column is int c and > 0)
        {
            w.WriteNumber("startColumn", c);
        }

        w.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject("message");
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string ToUri(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return Path.IsPathRooted(path)
            ? new Uri(Path.GetFullPath(path)).AbsoluteUri
            : string.Join('/', normalized.Split('/').Select(Uri.EscapeDataString));
    }
}
