namespace SalesLint.Reading;

/// <summary>How <see cref="TranscriptReader"/> reads transcripts: role overrides, a size limit and an optional forced format.</summary>
public sealed record ReaderOptions
{
    /// <summary>The default of <see cref="MaxFileBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Names or participant ids of the sellers, compared case-insensitively. They override the roles the file declares.
    /// A name that matches no speaker of a file is ignored for that file (one list serves a whole batch). Default: empty.
    /// </summary>
    public IReadOnlyList<string> Sellers { get; init; } = [];

    /// <summary>
    /// Names or participant ids of the buyers, compared case-insensitively. They override the roles the file declares.
    /// A name that matches no speaker of a file is ignored for that file (one list serves a whole batch). Default: empty.
    /// </summary>
    public IReadOnlyList<string> Buyers { get; init; } = [];

    /// <summary>Files larger than this many bytes are rejected before they are read. Default: <see cref="DefaultMaxFileBytes"/> (64 MiB).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// Forces a format: <c>json</c>, <c>jsonl</c>, <c>txt</c>, <c>vtt</c> or <c>srt</c> (case-insensitive, a leading dot is allowed).
    /// Default: <see langword="null"/>, which picks the format by file extension, then by sniffing the content when the extension is unknown.
    /// </summary>
    public string? Format { get; init; }
}
