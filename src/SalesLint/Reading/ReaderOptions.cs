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
    /// Display names for speaker labels, such as <c>spk_0</c> → <c>Dana Whitfield</c> for a speech-recognition transcript. Keys match a
    /// speaker's id or name, case-insensitively; <see cref="Sellers"/> and <see cref="Buyers"/> match the label or the new name.
    /// Default: empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> SpeakerNames { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Forces a format, by one of the names of <see cref="TranscriptReader.FormatNames"/>: <c>json</c>, <c>jsonl</c>, <c>txt</c>,
    /// <c>vtt</c>, <c>srt</c>, <c>aws</c>, <c>deepgram</c>, <c>assemblyai</c>, <c>whisper</c>, <c>fireflies</c> or <c>meet</c>
    /// (case-insensitive, a leading dot is allowed). Default: <see langword="null"/>, which picks the format with
    /// <see cref="TranscriptReader.DetectFormat"/>: by extension and, for <c>.json</c> and <c>.txt</c>, by content.
    /// </summary>
    public string? Format { get; init; }
}
