namespace SalesLint.Model;

/// <summary>A conversation as read from a file: participants and their turns, before tokenization.</summary>
public sealed record Transcript
{
    /// <summary>Conversation identifier (from the file, or derived from its name).</summary>
    public required string Id { get; init; }

    /// <summary>The file the transcript was read from, when it came from one.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Everyone who speaks.</summary>
    public required IReadOnlyList<Participant> Participants { get; init; }

    /// <summary>The turns in the order they were spoken.</summary>
    public required IReadOnlyList<TranscriptTurn> Turns { get; init; }

    /// <summary>
    /// Facts about the conversation given with it (JSON <c>metadata</c>: scalar values as text), such as
    /// <c>listing_price</c> for a negotiation over a listed item. Empty when none were given.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    /// <summary>No metadata.</summary>
    internal static IReadOnlyDictionary<string, string> EmptyMetadata { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One uninterrupted stretch of speech by one participant, as read from a file.</summary>
public sealed record TranscriptTurn
{
    /// <summary>The <see cref="Participant.Id"/> of the speaker.</summary>
    public required string Speaker { get; init; }

    /// <summary>What was said.</summary>
    public required string Text { get; init; }

    /// <summary>Start time in seconds from the start of the call, when known.</summary>
    public double? Start { get; init; }

    /// <summary>End time in seconds from the start of the call, when known.</summary>
    public double? End { get; init; }

    /// <summary>1-based line in the source file where the turn starts, when known.</summary>
    public int? SourceLine { get; init; }

    /// <summary>
    /// 1-based column on <see cref="SourceLine"/> where <see cref="Text"/> starts, set only when the text is the file's characters as
    /// they stand on that one line (not joined from several lines, unescaped or stripped of markup), so that a character span of the
    /// text maps to columns of the file.
    /// </summary>
    public int? SourceColumn { get; init; }
}
