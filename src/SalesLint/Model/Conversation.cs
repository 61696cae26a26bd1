using SalesLint.Negotiation;
using SalesLint.Understanding;

namespace SalesLint.Model;

/// <summary>A tokenized conversation: the unit analyzers look at. Immutable and safe to share across threads.</summary>
public sealed class Conversation
{
    private NegotiationLedger? ledger;
    private ConversationUnderstanding? understanding;

    internal Conversation(string id, string? sourcePath, IReadOnlyList<Participant> participants, IReadOnlyList<Turn> turns)
    {
        Id = id;
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

    /// <summary>Everyone who speaks.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Turns in the order spoken.</summary>
    public IReadOnlyList<Turn> Turns { get; }

    /// <summary>Total number of sentences over all turns.</summary>
    public int SentenceCount { get; }

    /// <summary>Whether every turn has a start time.</summary>
    public bool HasTimestamps { get; }

    /// <summary>
    /// The negotiation ledger: every offer, counter-offer, acceptance and rejection, and each side's moves. Built on
    /// first use (<see cref="LedgerBuilder.Build(Conversation)"/>) and kept; conversations without numbers cost one
    /// scan of their sentences.
    /// </summary>
    public NegotiationLedger Ledger => LazyInitializer.EnsureInitialized(ref ledger, () => LedgerBuilder.Build(this));

    /// <summary>
    /// The sentence-understanding layer (semantic labels with confidences, <see cref="Sentence.Labels"/>), built on
    /// first use with the built-in <see cref="LabelModel"/>; sentences are labelled when first asked for.
    /// </summary>
    public ConversationUnderstanding Understanding =>
        LazyInitializer.EnsureInitialized(ref understanding, () => new ConversationUnderstanding(this, LabelModel.Default));

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
