namespace SalesLint.Model;

/// <summary>A speaker in a conversation.</summary>
public sealed record Participant
{
    /// <summary>Identifier used by turns to name their speaker.</summary>
    public required string Id { get; init; }

    /// <summary>Display name; defaults to the identifier.</summary>
    public required string Name { get; init; }

    /// <summary>Which side the participant speaks for.</summary>
    public required SpeakerRole Role { get; init; }
}
