using System.Text;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>
/// Reads call transcripts: canonical JSON (<c>.json</c>), JSON Lines (<c>.jsonl</c>),
/// plain text (<c>.txt</c>), WebVTT (<c>.vtt</c>, including Zoom and Microsoft Teams exports) and SubRip (<c>.srt</c>); and the
/// output of speech-recognition and meeting tools: AWS Transcribe, Deepgram, AssemblyAI, OpenAI Whisper <c>verbose_json</c> and
/// Fireflies (<c>.json</c>), and Google Meet transcripts saved as text (<c>.txt</c>).
/// </summary>
/// <remarks>
/// <para>
/// A <c>.json</c> file is recognized by its content (see <see cref="DetectFormat"/>), as is a <c>.txt</c> file from Google Meet. The
/// speaker labels of these tools (<c>spk_0</c>, <c>0</c>, <c>A</c>, a name) become participant ids; their roles come only from
/// <see cref="ReaderOptions.Sellers"/> and <see cref="ReaderOptions.Buyers"/>, and a conversation without a seller is an error that lists
/// the labels found.
/// </para>
/// <para>
/// Every problem with the input is reported as a <see cref="TranscriptFormatException"/> whose message names the file and the
/// line, column or place. Problems with the arguments or <see cref="ReaderOptions"/> (an unknown format, a blank or conflicting
/// role name, a non-positive size limit) throw <see cref="ArgumentException"/>.
/// </para>
/// </remarks>
public static partial class TranscriptReader
{
    private const int SniffBytes = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The file extensions recognized, with their dot: <c>.json</c>, <c>.jsonl</c>, <c>.txt</c>, <c>.vtt</c>, <c>.srt</c>.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [.. TranscriptFormats.BaseNames.Select(f => "." + f)];

    /// <summary>
    /// The format names that <see cref="ReaderOptions.Format"/> accepts and <see cref="DetectFormat"/> returns: <c>json</c> (canonical),
    /// <c>jsonl</c>, <c>txt</c> (SalesLint plain text), <c>vtt</c>, <c>srt</c>, <c>aws</c> (AWS Transcribe), <c>deepgram</c>,
    /// <c>assemblyai</c>, <c>whisper</c> (OpenAI Whisper <c>verbose_json</c>, or WhisperX), <c>fireflies</c> and <c>meet</c> (Google Meet text).
    /// </summary>
    public static IReadOnlyList<string> FormatNames => TranscriptFormats.Names;

    /// <summary>Reads the conversations of a transcript file.</summary>
    /// <param name="path">The file. UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are accepted.</param>
    /// <param name="options">Role overrides, size limit and forced format; <see langword="null"/> for the defaults.</param>
    /// <returns>The conversations of the file in order (several for a JSON array or a JSON Lines file).</returns>
    /// <exception cref="TranscriptFormatException">The file is missing, too large, binary, badly encoded, empty or malformed, or its roles cannot be resolved.</exception>
    /// <exception cref="ArgumentException">The path is blank or the options are invalid.</exception>
    public static IReadOnlyList<Transcript> ReadFile(string path, ReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new ReaderOptions();
        var format = NormalizeFormat(options.Format, nameof(options));
        Validate(options);

        if (Directory.Exists(path))
        {
            throw new TranscriptFormatException(path, "is a directory, not a transcript file");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new TranscriptFormatException(path, "file not found");
        }

        if (info.Length > options.MaxFileBytes)
        {
            throw new TranscriptFormatException(path, TooLarge(info.Length, options.MaxFileBytes));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TranscriptFormatException(path, $"cannot read the file: {ex.Message}", inner: ex);
        }

        if (bytes.LongLength > options.MaxFileBytes)
        {
            throw new TranscriptFormatException(path, TooLarge(bytes.LongLength, options.MaxFileBytes));
        }

        return ReadCore(path, Decode(path, bytes), options, format);
    }

    /// <summary>Reads the conversations of a transcript held in memory.</summary>
    /// <param name="sourceName">A name for the source, used in error messages, as <see cref="Transcript.SourcePath"/>, to derive default ids
    /// and, through its extension, to pick the format.</param>
    /// <param name="content">The transcript text.</param>
    /// <param name="options">Role overrides, size limit and forced format; <see langword="null"/> for the defaults.</param>
    /// <param name="format">Forces a format (one of <see cref="FormatNames"/>); it wins over <see cref="ReaderOptions.Format"/>.</param>
    /// <returns>The conversations in order.</returns>
    /// <exception cref="TranscriptFormatException">The content is too large, binary, empty or malformed, or its roles cannot be resolved.</exception>
    /// <exception cref="ArgumentException">The options or the format are invalid.</exception>
    public static IReadOnlyList<Transcript> Read(string sourceName, string content, ReaderOptions? options = null, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(content);
        options ??= new ReaderOptions();
        var forced = NormalizeFormat(format, nameof(format)) ?? NormalizeFormat(options.Format, nameof(options));
        Validate(options);

        // Every char is at least one UTF-8 byte, so only long texts need counting.
        if (content.Length > options.MaxFileBytes
            || (content.Length > options.MaxFileBytes / 3 && Encoding.UTF8.GetByteCount(content) > options.MaxFileBytes))
        {
            throw new TranscriptFormatException(sourceName, TooLarge(Encoding.UTF8.GetByteCount(content), options.MaxFileBytes));
        }

        return ReadCore(sourceName, content, options, forced);
    }

    /// <summary>
    /// Picks the format of a transcript: by the extension of <paramref name="path"/>, else by sniffing <paramref name="content"/>; JSON
    /// and text are then told apart by content.
    /// </summary>
    /// <remarks>
    /// JSON is <c>aws</c> when <c>results</c> holds <c>items</c>, <c>transcripts</c>, <c>speaker_labels</c> or <c>channel_labels</c>; <c>deepgram</c> when <c>results</c> holds
    /// <c>channels</c> or <c>utterances</c>; <c>assemblyai</c> with a top-level <c>utterances</c>; <c>fireflies</c> with
    /// <c>sentences</c> (at the top, in <c>transcript</c> or in <c>data.transcript</c>); <c>whisper</c> with a <c>segments</c> array;
    /// else <c>json</c> (canonical, also for an object with <c>participants</c> or <c>turns</c>, an array, or invalid JSON). Text is
    /// <c>meet</c> when it has Google Meet's heading, <c>Attendees</c>, bare <c>hh:mm:ss</c> lines or closing notice, else <c>txt</c>.
    /// </remarks>
    /// <param name="path">The file name or path.</param>
    /// <param name="content">The text.</param>
    /// <returns>One of <see cref="FormatNames"/>. Text that looks like none of the others is <c>txt</c>.</returns>
    public static string DetectFormat(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        content = content.TrimStart('\uFEFF');
        var family = TranscriptFormats.BaseFormat(path, content);
        if (family != "json")
        {
            return TranscriptFormats.Refine(family, new FormatInput(path, content, default, new ReaderOptions())).Name;
        }

        try
        {
            using var document = JsonNode.Parse(path, content, null);
            return TranscriptFormats.Refine(family, new FormatInput(path, content, document.RootElement, new ReaderOptions())).Name;
        }
        catch (TranscriptFormatException)
        {
            return family;
        }
    }

    internal static List<Transcript> ReadCore(string path, string content, ReaderOptions options, string? format)
    {
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content[1..];
        }

        var nul = content.AsSpan(0, Math.Min(content.Length, SniffBytes)).IndexOf('\0');
        if (nul >= 0)
        {
            throw new TranscriptFormatException(path, $"binary content (a NUL character at offset {nul}): not a text transcript");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            throw new TranscriptFormatException(path, content.Length == 0 ? "the file is empty" : "the file is empty (only blanks)");
        }

        // A forced format reads the content as it is; otherwise the base format (by extension or sniff) is refined by content.
        var forced = format is null ? null : TranscriptFormats.Find(format);
        var family = forced?.Family ?? TranscriptFormats.BaseFormat(path, content);
        IReadOnlyList<ParsedTranscript> parsed;
        if (family == "json")
        {
            using var document = JsonNode.Parse(path, content, null);
            var input = new FormatInput(path, content, document.RootElement, options);
            parsed = (forced ?? TranscriptFormats.Refine(family, input)).Parse(input);
        }
        else
        {
            var input = new FormatInput(path, content, default, options);
            parsed = (forced ?? TranscriptFormats.Refine(family, input)).Parse(input);
        }

        return RoleResolver.Resolve(path, parsed, options);
    }

    /// <summary>Decodes file bytes: UTF-16 with a byte order mark, else UTF-8 (strict; a byte order mark is skipped).</summary>
    internal static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 4 && ((bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
            || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)))
        {
            throw new TranscriptFormatException(path, "UTF-32 is not supported: save the file as UTF-8");
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return DecodeUtf16(path, bytes, bigEndian: bytes[0] == 0xFE);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = bytes.AsSpan(offset, Math.Min(bytes.Length - offset, SniffBytes)).IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new TranscriptFormatException(path, $"binary content (a NUL byte at byte offset {offset + nul}): not a text transcript");
        }

        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            var at = FindInvalidUtf8(bytes, offset);
            throw new TranscriptFormatException(
                path, $"invalid UTF-8 at byte offset {at}: save the file as UTF-8 (or UTF-16 with a byte order mark)", LineAt(bytes, at), inner: ex);
        }
    }

    private static string DecodeUtf16(string path, byte[] bytes, bool bigEndian)
    {
        string content;
        try
        {
            content = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" near byte offset {ex.Index + 2}" : string.Empty;
            throw new TranscriptFormatException(path, $"invalid UTF-16{at}: save the file as UTF-8", inner: ex);
        }

        var nul = content.AsSpan(0, Math.Min(content.Length, SniffBytes / 2)).IndexOf('\0');
        if (nul >= 0)
        {
            throw new TranscriptFormatException(path, $"binary content (a NUL character at byte offset {2 + (2 * nul)}): not a text transcript");
        }

        return content;
    }

    private static int FindInvalidUtf8(byte[] bytes, int offset)
    {
        var span = bytes.AsSpan();
        var i = offset;
        while (i < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return i;
    }

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;

    internal static string TooLarge(long size, long limit) =>
        $"the file is {size} bytes, more than the limit of {limit} bytes (ReaderOptions.MaxFileBytes)";

    internal static string? NormalizeFormat(string? format, string parameter)
    {
        if (format is null)
        {
            return null;
        }

        var name = format.Trim().TrimStart('.');
        return TranscriptFormats.Find(name)?.Name
            ?? throw new ArgumentException($"Unknown transcript format '{format}'; expected one of: {string.Join(", ", TranscriptFormats.Names)}.", parameter);
    }

    internal static void Validate(ReaderOptions options)
    {
        if (options.MaxFileBytes <= 0)
        {
            throw new ArgumentException($"ReaderOptions.MaxFileBytes must be positive (got {options.MaxFileBytes}).", nameof(options));
        }

        if (options.Sellers is null || options.Buyers is null || options.SpeakerNames is null)
        {
            throw new ArgumentException("ReaderOptions.Sellers, ReaderOptions.Buyers and ReaderOptions.SpeakerNames must not be null.", nameof(options));
        }

        if (options.SpeakerNames.Any(p => string.IsNullOrWhiteSpace(p.Key) || string.IsNullOrWhiteSpace(p.Value)))
        {
            throw new ArgumentException("ReaderOptions.SpeakerNames must not contain blank labels or names.", nameof(options));
        }

        if (options.Sellers.Concat(options.Buyers).Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("ReaderOptions.Sellers and ReaderOptions.Buyers must not contain blank names.", nameof(options));
        }

        var both = options.Sellers.FirstOrDefault(s => options.Buyers.Any(b => string.Equals(s.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase)));
        if (both is not null)
        {
            throw new ArgumentException($"'{both.Trim()}' is given both as a seller and as a buyer.", nameof(options));
        }
    }
}
