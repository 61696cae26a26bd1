namespace SalesLint.Model;

/// <summary>A tokenized conversation: the unit analyzers look at. Immutable and safe to share across threads.</summary>
public sealed class Conversation
{
    /// <summary>Slot for the negotiation ledger, built on first use by <c>Negotiation.ConversationLedger</c>.</summary>
    internal object? LedgerSlot;

    /// <summary>Slot for the sentence-understanding layer, built on first use by <c>Understanding.UnderstandingAccess</c>.</summary>
    internal object? UnderstandingSlot;

    /// <summary>Whether this is an investor call, read on first use by <c>Features.InvestorVocabulary</c>: 0 not yet read, 1 no, 2 yes.</summary>
    internal int InvestorCallSlot;

    internal Conversation(string id, string? sourcePath, IReadOnlyList<Participant> participants, IReadOnlyList<Turn> turns, IReadOnlyDictionary<string, string>? metadata = null)
    {
        Id = id;
        Metadata = metadata ?? Transcript.EmptyMetadata;
        SourcePath = sourcePath;
        Participants = participants;
        Turns = turns;
        var count = 0;
        foreach (var turn in turns)
        {
            count += turn.Sentences.Count;
        }

        SentenceCount = count;
        foreach (var turn in turns)
        {
            turn.Conversation = this;
        }

        HasTimestamps = turns.Count > 0 && turns.All(t => t.Start.HasValue);
    }

    /// <summary>Conversation identifier.</summary>
    public string Id { get; }

    /// <summary>The file the conversation was read from, when known.</summary>
    public string? SourcePath { get; }

    /// <summary>Facts given with the transcript (<see cref="Transcript.Metadata"/>), such as <c>listing_price</c>.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Everyone who speaks.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Turns in the order spoken.</summary>
    public IReadOnlyList<Turn> Turns { get; }

    /// <summary>Total number of sentences over all turns.</summary>
    public int SentenceCount { get; }

    /// <summary>Whether every turn has a start time.</summary>
    public bool HasTimestamps { get; }

    /// <summary>All sentences in order.</summary>
    public IEnumerable<Sentence> Sentences
    {
        get
        {
            for (var t = 0; t < Turns.Count; t++)
            {
                foreach (var sentence in Turns[t].SentenceArray)
                {
                    yield return sentence;
                }
            }
        }
    }
}
