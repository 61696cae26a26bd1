using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>A speaker as a reader found it, before role resolution.</summary>
/// <param name="Id">Participant id (for txt, vtt and srt: the name as first written).</param>
/// <param name="Name">Display name.</param>
/// <param name="Role">The role the file declares, or <see langword="null"/> when it declares none.</param>
internal sealed record ParsedSpeaker(string Id, string Name, SpeakerRole? Role)
{
    /// <summary>The name the file gave, when <see cref="ReaderOptions.SpeakerNames"/> replaced it (role options still match it).</summary>
    public string? Label { get; init; }
}

/// <summary>A conversation as a reader parsed it, before role resolution.</summary>
/// <param name="Id">Conversation id.</param>
/// <param name="Speakers">Speakers in order (of first appearance for txt, vtt and srt; as declared for JSON).</param>
/// <param name="Turns">Turns with text.</param>
/// <param name="Line">The line of the conversation in the file (JSON Lines), for error messages.</param>
/// <param name="Place">The place of the conversation in the file (a JSON array element such as <c>[2]</c>), for error messages.</param>
internal sealed record ParsedTranscript(string Id, IReadOnlyList<ParsedSpeaker> Speakers, IReadOnlyList<TranscriptTurn> Turns, int? Line, string? Place)
{
    /// <summary>
    /// The product that wrote the file (such as <c>AWS Transcribe</c>) when its speakers carry labels but no roles; the error for a
    /// conversation without a seller then lists the labels and shows how to pass one. <see langword="null"/> for SalesLint's own formats.
    /// </summary>
    public string? Vendor { get; init; }

    /// <summary>Whether the transcript has no speaker labels at all (Whisper without diarization), which the no-seller hint explains.</summary>
    public bool NoSpeakerLabels { get; init; }

    /// <summary>The conversation's metadata (JSON <c>metadata</c>), or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
