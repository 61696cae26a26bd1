namespace SalesLint.Model;

/// <summary>What a sentence does in the conversation.</summary>
public enum SentenceAct
{
    /// <summary>Greetings, backchannels ("right?", "is that right?"), fillers and fragments.</summary>
    Other = 0,

    /// <summary>A question or a request for information ("walk me through…").</summary>
    Question = 1,

    /// <summary>A statement.</summary>
    Statement = 2,
}
