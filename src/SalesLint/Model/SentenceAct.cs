namespace SalesLint.Model;

/// <summary>What a sentence does in the conversation.</summary>
public enum SentenceAct
{
    /// <summary>Greetings, thanks, repair requests ("pardon?", "what?"), bare answers ("yes"), fillers and fragments.</summary>
    Other = 0,

    /// <summary>A question or a request for information ("walk me through…").</summary>
    Question = 1,

    /// <summary>A statement.</summary>
    Statement = 2,

    /// <summary>
    /// A backchannel: the listener signals attention or acknowledges without taking the floor ("mm-hmm", "yeah",
    /// "I see"), also in question form ("Really?", "Is that right?", "Do you?", "Oh, yeah?"). Never a question.
    /// </summary>
    Backchannel = 3,
}

/// <summary>The form of a question (<see cref="ActDecision.QuestionType"/>); <see cref="None"/> for other acts.</summary>
public enum QuestionType
{
    /// <summary>Not a question.</summary>
    None = 0,

    /// <summary>Subject–auxiliary inversion: "Do you use Salesforce?".</summary>
    YesNo = 1,

    /// <summary>A wh-question: "How many reps do you have?".</summary>
    Wh = 2,

    /// <summary>An open request or a question handed back: "Walk me through your process.", "How about you?".</summary>
    Open = 3,

    /// <summary>A choice between alternatives: "Is it the price or the timing?".</summary>
    Or = 4,

    /// <summary>A statement with a tag: "You're on the older version, right?".</summary>
    Tag = 5,

    /// <summary>Statement word order asking for confirmation: "So you're on the older version.", "That was twelve years ago?".</summary>
    Declarative = 6,
}
