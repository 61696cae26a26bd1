using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesLint.Batch;
using SalesLint.Diagnostics;
using SalesLint.Loading;

namespace SalesLint.Configuration;

/// <summary>
/// A baseline: findings accepted at some point, so that only new ones are reported. Written by
/// <c>saleslint check --write-baseline</c> as JSON; each entry is identified by the file (relative to the baseline),
/// the conversation and the finding's <see cref="Diagnostic.Fingerprint"/>.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<string, BaselineEntry> entries;
    private readonly HashSet<string> used = [];
    private readonly Lock gate = new();

    private Baseline(string path, IEnumerable<BaselineEntry> entries)
    {
        Path = path;
        this.entries = entries.GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The baseline file.</summary>
    public string Path { get; }

    /// <summary>Number of accepted findings.</summary>
    public int Count => entries.Count;

    private string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Reads a baseline file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ConfigurationException">The file is missing or not a baseline.</exception>
    public static Baseline Load(string path) => Load(path, null, CancellationToken.None);

    /// <summary>Reads a baseline file (a regular file of at most 64 MiB) named at <paramref name="reference"/>.</summary>
    internal static Baseline Load(string path, SourceReference? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path) && !System.IO.Directory.Exists(path))
        {
            throw SourceReference.Error(reference, path, w => $"baseline file not found ({w.CreateBaseline()})");
        }

        var text = SourceFile.ReadText(path, SourceFile.MaxBaselineBytes, reference, cancellationToken);
        try
        {
            var file = JsonSerializer.Deserialize<BaselineFile>(text, JsonOptions)
                ?? throw new ConfigurationException(path, "empty baseline file");
            if (file.Version != 1)
            {
                throw new ConfigurationException(path, $"unsupported baseline version {file.Version} (expected 1)");
            }

            if (file.Findings is null)
            {
                throw new ConfigurationException(path, "not a baseline file: it has no findings list");
            }

            for (var i = 0; i < file.Findings.Count; i++)
            {
                if (file.Findings[i] is not { Path: not null, Conversation: not null, RuleId: not null, Fingerprint: not null })
                {
                    throw new ConfigurationException(path, $"not a baseline file: findings[{i}] needs path, conversation, ruleId and fingerprint");
                }
            }

            return new Baseline(path, file.Findings);
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException(path, $"not a baseline file: {ex.Message}", (int?)(ex.LineNumber + 1), (int?)(ex.BytePositionInLine + 1), ex);
        }
    }

    /// <summary>Writes every finding of the batch (reported and suppressed) as a baseline.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="report">The batch.</param>
    /// <returns>The number of entries written.</returns>
    public static int Write(string path, BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(report);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var findings = report.Results
            .SelectMany(r => r.Diagnostics.Concat(r.Suppressed.Select(s => s.Diagnostic)).Where(d => d.Fingerprint is not null)
                .Select(d => new BaselineEntry(Glob.Relative(directory, r.Path), r.Conversation, d.RuleId, d.Fingerprint!, d.Message)))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Conversation, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, new BaselineFile(1, "SalesLint", findings), JsonOptions);
        return findings.Count;
    }

    /// <summary>Whether a finding is in the baseline; records the use.</summary>
    /// <param name="filePath">The transcript.</param>
    /// <param name="conversation">The conversation ID.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <returns><see langword="true"/> when accepted by the baseline.</returns>
    public bool Contains(string filePath, string conversation, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Fingerprint is null)
        {
            return false;
        }

        var key = $"{Glob.Relative(Directory, filePath)}|{conversation}|{diagnostic.RuleId}|{diagnostic.Fingerprint}";
        if (!entries.ContainsKey(key))
        {
            return false;
        }

        lock (gate)
        {
            used.Add(key);
        }

        return true;
    }

    /// <summary>Baseline entries for analyzed files that matched no finding (fixed since, or the transcript changed).</summary>
    /// <param name="analyzedFiles">The files of this run.</param>
    /// <returns>The stale entries.</returns>
    public IReadOnlyList<BaselineEntry> Stale(IEnumerable<string> analyzedFiles)
    {
        return [.. StaleEntries(analyzedFiles).Select(e => e.Entry)];
    }

    /// <summary>As <see cref="Stale"/>, with each entry's place in the baseline file (so that sharded runs can be merged in file order).</summary>
    /// <param name="analyzedFiles">The files analyzed in this run.</param>
    /// <returns>The stale entries and their 0-based indexes, in file order.</returns>
    internal IReadOnlyList<(int Index, BaselineEntry Entry)> StaleEntries(IEnumerable<string> analyzedFiles)
    {
        var analyzed = analyzedFiles.Select(f => Glob.Relative(Directory, f)).ToHashSet(StringComparer.Ordinal);
        lock (gate)
        {
            return [.. entries.Select((e, i) => (e, i)).Where(x => analyzed.Contains(x.e.Value.Path) && !used.Contains(x.e.Key)).Select(x => (x.i, x.e.Value))];
        }
    }

    private static string Key(BaselineEntry e) => $"{e.Path}|{e.Conversation}|{e.RuleId}|{e.Fingerprint}";

    /// <summary>The settings of SalesLint's JSON outputs (camelCase, no nulls, indented), kept here so configuration does not depend on output.</summary>
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = BaselineJsonContext.Default,
    };

    /// <summary>A baseline file's document.</summary>
    /// <param name="Version">The format's version (1).</param>
    /// <param name="Tool">The tool that wrote it.</param>
    /// <param name="Findings">The accepted findings.</param>
    internal sealed record BaselineFile(int Version, string Tool, IReadOnlyList<BaselineEntry> Findings);
}

/// <summary>One accepted finding.</summary>
/// <param name="Path">The transcript, relative to the baseline file.</param>
/// <param name="Conversation">The conversation ID.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="Fingerprint">The finding's fingerprint.</param>
/// <param name="Message">The message when accepted (for people reading the file).</param>
public sealed record BaselineEntry(string Path, string Conversation, string RuleId, string Fingerprint, string Message);
