using System.Text.Json;

namespace SalesLint.Reading;

/// <summary>
/// A transcript format: its name, the base format it is detected within, how to recognize it by content and how to parse it.
/// <see cref="TranscriptFormats.All"/> lists them in the order content detection tries them.
/// </summary>
/// <remarks>
/// The five base formats (<c>json</c>, <c>jsonl</c>, <c>txt</c>, <c>vtt</c>, <c>srt</c>) are named like the file extensions they own and
/// are found by extension or by a sniff of the first characters. A refining format (a vendor's JSON, Google Meet text) belongs to a base
/// format's <see cref="Family"/> and is chosen when its <see cref="Matches"/> holds. Internal: the set of formats is the library's
/// business; callers pick one by name (<see cref="TranscriptReader.FormatNames"/>).
/// </remarks>
internal interface ITranscriptFormat
{
    /// <summary>The name <see cref="ReaderOptions.Format"/> accepts, such as <c>vtt</c> or <c>deepgram</c>.</summary>
    string Name { get; }

    /// <summary>The base format detection starts from: the format's own name for a base format, else <c>json</c> or <c>txt</c>.</summary>
    string Family { get; }

    /// <summary>Whether the content looks like this format.</summary>
    /// <param name="input">The transcript; <see cref="FormatInput.Root"/> is set for the <c>json</c> family.</param>
    /// <returns>Whether this format should read it.</returns>
    bool Matches(in FormatInput input);

    /// <summary>Parses the transcript into conversations before role resolution.</summary>
    /// <param name="input">The transcript; <see cref="FormatInput.Root"/> is set for the <c>json</c> family.</param>
    /// <returns>The conversations in order.</returns>
    IReadOnlyList<ParsedTranscript> Parse(in FormatInput input);
}

/// <summary>What a format reads: the source name, the decoded text, for JSON the parsed root, and the options.</summary>
/// <param name="Path">The source name (a path, or a name given by the caller), for messages and default ids.</param>
/// <param name="Content">The text, without a byte order mark.</param>
/// <param name="Root">The parsed JSON root for the <c>json</c> family; <see langword="default"/> otherwise.</param>
/// <param name="Options">The reader options.</param>
internal readonly record struct FormatInput(string Path, string Content, JsonElement Root, ReaderOptions Options);
