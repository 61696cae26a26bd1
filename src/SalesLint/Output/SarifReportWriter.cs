using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using SalesLint.Batch;
using SalesLint.Diagnostics;

namespace SalesLint.Output;

/// <summary>
/// Writes a SARIF 2.1.0 log one conversation at a time (see <see cref="SarifWriter"/> for what the log holds). The
/// constructor writes the tool and its rules, which are known up front; each conversation's findings become results
/// as they are written; unreadable files become <c>SL9000</c> results after all others and, with the run's outcome,
/// tool execution notifications under <c>invocations</c>, written by <see cref="StreamingReportWriter.Complete"/> after the results. The
/// stream stays open. Results beyond <see cref="SarifOptions.Limits"/> (GitHub's 25,000 results per run and 10 MB gzipped
/// upload) are left out, and a warning notification says how many and of which levels.
/// </summary>
public sealed class SarifReportWriter : StreamingReportWriter
{
    private readonly Dictionary<string, int> index;
    private readonly SarifOptions options;
    private readonly string sourceRoot;
    private readonly CountingStream compressed = new();
    private readonly GZipStream gzip;
    private readonly SourceLineHashes hashes = new();
    private readonly int[] omitted = new int[4];
    private int written;

    /// <summary>Starts the log on <paramref name="stream"/> (UTF-8, indented) and writes the tool with its rules.</summary>
    /// <param name="stream">Where to write; not closed by this writer.</param>
    /// <param name="rules">Descriptors of every rule that can appear (<c>SL9000</c> is added).</param>
    /// <param name="toolVersion">The SalesLint version.</param>
    /// <param name="options">The source root, limits and line hashes; the defaults when omitted.</param>
    public SarifReportWriter(Stream stream, IReadOnlyList<DiagnosticDescriptor> rules, string toolVersion, SarifOptions? options = null)
        : base(new JsonSink(stream ?? throw new ArgumentNullException(nameof(stream)), new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(toolVersion);
        this.options = options ?? new SarifOptions();
        sourceRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(this.options.SourceRoot ?? Environment.CurrentDirectory));
        // The level upload-sarif compresses with (zlib's default): the fastest level would overestimate the size threefold.
        gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true);
        Sink.Tap(gzip);
        var ruleList = rules.Where(r => r.Id != FileError.RuleId).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        ruleList.Add(new DiagnosticDescriptor
        {
            Id = FileError.RuleId,
            Title = "Transcript cannot be read",
            MessageTemplate = "{message}",
            Category = "engine",
            DefaultSeverity = DiagnosticSeverity.Error,
            HelpLink = EngineRules.DefaultHelpLinkBase + EngineRules.UnreadableFile + ".md",
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

        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(SarifWriter.SourceRootId);
        w.WriteString("uri", DirectoryUri(sourceRoot));
        w.WriteStartObject("description");
        w.WriteString("text", "The repository (or folder) the transcripts' paths are relative to.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");

        w.WriteStartArray("results");
        Sink.Commit(final: false);
    }

    /// <summary>Writes a result for each reported finding, then for each suppressed one (with its suppression).</summary>
    /// <param name="conversation">The conversation.</param>
    protected override void WriteConversation(ConversationReport conversation)
    {
        foreach (var d in conversation.Diagnostics)
        {
            if (Admit(d.Severity))
            {
                WriteResult(conversation, d, null);
            }
        }

        foreach (var s in conversation.Suppressed)
        {
            if (Admit(s.Diagnostic.Severity))
            {
                WriteResult(conversation, s.Diagnostic, s);
            }
        }
    }

    /// <summary>Releases the buffers.</summary>
    /// <param name="disposing">Whether called from <see cref="IDisposable.Dispose"/>.</param>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            gzip.Dispose();
            compressed.Dispose();
        }
    }

    /// <summary>
    /// Whether one more result fits the limits: fewer than <see cref="SarifLimits.MaxResults"/> written, and the log so far
    /// (what reached the output, compressed, plus what is still buffered, uncompressed) leaves a twentieth of
    /// <see cref="SarifLimits.MaxCompressedBytes"/> for the rest of the log. Counts the result as left out when not.
    /// </summary>
    private bool Admit(DiagnosticSeverity severity)
    {
        var limits = options.Limits;
        Sink.Commit(final: false);
        if (written < limits.MaxResults && compressed.Length + Sink.Uncommitted + (limits.MaxCompressedBytes / 20) < limits.MaxCompressedBytes)
        {
            written++;
            return true;
        }

        omitted[Math.Clamp((int)severity, 0, omitted.Length - 1)]++;
        return false;
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
            if (!Admit(DiagnosticSeverity.Error))
            {
                continue;
            }

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

        var left = omitted.Sum();
        if (left > 0)
        {
            var limits = options.Limits;
            var levels = string.Join(", ", new[] { (DiagnosticSeverity.Error, "error"), (DiagnosticSeverity.Warning, "warning"), (DiagnosticSeverity.Suggestion, "note") }
                .Where(l => omitted[(int)l.Item1] > 0)
                .Select(l => $"{omitted[(int)l.Item1]} {l.Item2}"));
            w.WriteStartObject();
            w.WriteString("level", "warning");
            WriteMessage(
                w,
                $"{left} result(s) left out ({levels}): this log keeps to {limits.MaxResults:N0} results and {limits.MaxCompressedBytes:N0} bytes gzipped "
                + "(GitHub code scanning's limits per run and per upload). Every finding is in the text or JSON output (--format json).");
            w.WriteStartObject("properties");
            w.WriteNumber("omittedResults", left);
            w.WriteNumber("writtenResults", written);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("workingDirectory");
        w.WriteString("uri", DirectoryUri(Environment.CurrentDirectory));
        w.WriteEndObject();
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
        var docs = Rules.RuleDocs.Get(rule.Id);
        w.WriteStartObject("help");
        w.WriteString("text", docs ?? $"{rule.Description} See {rule.HelpLink}".Trim());
        w.WriteString("markdown", docs ?? $"{rule.Description}\n\n[{rule.Id} documentation]({rule.HelpLink})".Trim());
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

    private void WriteResult(ConversationReport conversation, Diagnostic d, SuppressedDiagnostic? suppressed)
    {
        var w = Sink.Writer;
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
        var line = Math.Max(1, d.Location.SourceLine ?? 1);
        WriteArtifact(w, conversation.Path);
        WriteRegion(w, line, d.Location.Columns());
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

        var lineHash = options.HashSourceLines ? hashes.For(conversation.Path, line) : null;
        if (d.Fingerprint is not null || lineHash is not null)
        {
            w.WriteStartObject("partialFingerprints");
            if (lineHash is not null)
            {
                w.WriteString("primaryLocationLineHash", lineHash);
            }

            if (d.Fingerprint is not null)
            {
                w.WriteString("salesLintFinding/v1", $"{conversation.Conversation}:{d.Fingerprint}");
            }

            w.WriteEndObject();
        }

        // A fix replaces exactly the suggested span, so only where the span's columns in the file are known.
        if (d.Suggestion is { } suggestion && d.Location.Columns(suggestion.Span) is { } columns)
        {
            w.WriteStartArray("fixes");
            w.WriteStartObject();
            w.WriteStartObject("description");
            w.WriteString("text", $"Rewrite: {suggestion.Sentence}");
            w.WriteEndObject();
            w.WriteStartArray("artifactChanges");
            w.WriteStartObject();
            WriteArtifact(w, conversation.Path);
            w.WriteStartArray("replacements");
            w.WriteStartObject();
            w.WriteStartObject("deletedRegion");
            w.WriteNumber("startLine", line);
            w.WriteNumber("startColumn", columns.Start);
            w.WriteNumber("endLine", line);
            w.WriteNumber("endColumn", columns.End);
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

        if (d.Suggestion is { } rewrite)
        {
            w.WriteString("suggestion", rewrite.Sentence);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string PascalCase(string title) =>
        string.Concat(title.Split([' ', '-', '"', '\'', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private void WritePhysicalLocation(Utf8JsonWriter w, string path, int? line, int? column)
    {
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifact(w, path);
        WriteRegion(w, Math.Max(1, line ?? 1), column is int c and > 0 ? (c, 0) : null);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The artifact: relative to the source root (with <c>uriBaseId</c>) when the file is inside it, else an absolute file URI.</summary>
    private void WriteArtifact(Utf8JsonWriter w, string path)
    {
        w.WriteStartObject("artifactLocation");
        var (uri, relative) = SarifWriter.ArtifactUri(path, sourceRoot);
        w.WriteString("uri", uri);
        if (relative)
        {
            w.WriteString("uriBaseId", SarifWriter.SourceRootId);
        }

        w.WriteEndObject();
    }

    /// <summary>A region on one line: <paramref name="columns"/> are the first column and the one past the last (no end when 0).</summary>
    private static void WriteRegion(Utf8JsonWriter w, int line, (int Start, int End)? columns)
    {
        w.WriteStartObject("region");
        w.WriteNumber("startLine", line);
        if (columns is { } c)
        {
            w.WriteNumber("startColumn", c.Start);
            if (c.End > c.Start)
            {
                w.WriteNumber("endLine", line);
                w.WriteNumber("endColumn", c.End);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject("message");
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    /// <summary>Counts what is written to it and keeps nothing: the size of the compressed log.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
