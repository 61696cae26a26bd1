using SalesLint.Model;

namespace SalesLint.Cli.Commands;

/// <summary>What <c>saleslint inspect --format json</c> writes: the file and its tokenized conversations.</summary>
/// <param name="Path">The file (or the name given to standard input).</param>
/// <param name="Conversations">Each conversation as the rules see it.</param>
internal sealed record InspectDocument(string Path, IReadOnlyList<InspectConversation> Conversations);

/// <summary>One conversation: participants, metrics, negotiation ledger and turns.</summary>
/// <param name="Id">The conversation ID.</param>
/// <param name="Participants">Who takes part, with their roles.</param>
/// <param name="Metrics">The conversation's metrics, negotiation metrics included.</param>
/// <param name="Ledger">The negotiation ledger (<see cref="Negotiation.LedgerFormatter.Describe"/>).</param>
/// <param name="Turns">The turns in order.</param>
internal sealed record InspectConversation(
    string Id,
    IReadOnlyList<Participant> Participants,
    IReadOnlyDictionary<string, double> Metrics,
    Negotiation.LedgerDescription Ledger,
    IReadOnlyList<InspectTurn> Turns);

/// <summary>One turn.</summary>
/// <param name="Index">0-based turn index.</param>
/// <param name="Speaker">The speaker's ID.</param>
/// <param name="Name">The speaker's name.</param>
/// <param name="Role">The speaker's role.</param>
/// <param name="Start">Start time in seconds, when known.</param>
/// <param name="End">End time in seconds, when known.</param>
/// <param name="Line">1-based line in the source file, when known.</param>
/// <param name="Text">The turn's text.</param>
/// <param name="Sentences">Its sentences.</param>
internal sealed record InspectTurn(
    int Index,
    string Speaker,
    string Name,
    SpeakerRole Role,
    double? Start,
    double? End,
    int? Line,
    string Text,
    IReadOnlyList<InspectSentence> Sentences);

/// <summary>One sentence: its act and how it was decided, labels, features, entities and (when asked) tokens.</summary>
/// <param name="Index">0-based sentence index in the turn.</param>
/// <param name="Span">Where it is in the turn text.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Act">Its act.</param>
/// <param name="QuestionType">For a question, its type; otherwise <see langword="null"/>.</param>
/// <param name="DecidedBy">What decided the act (rules or model).</param>
/// <param name="Confidence">The decision's confidence.</param>
/// <param name="Reason">Why.</param>
/// <param name="Labels">The sentence labels above the threshold.</param>
/// <param name="Features">The lexicon features found.</param>
/// <param name="Entities">The entities found.</param>
/// <param name="Tokens">Every token, with <c>--tokens</c>; otherwise <see langword="null"/>.</param>
internal sealed record InspectSentence(
    int Index,
    TextSpan Span,
    string Text,
    SentenceAct Act,
    QuestionType? QuestionType,
    string DecidedBy,
    double Confidence,
    string Reason,
    IReadOnlyList<InspectLabel> Labels,
    IReadOnlyList<FeatureMatch> Features,
    IReadOnlyList<EntityMatch> Entities,
    IReadOnlyList<InspectToken>? Tokens);

/// <summary>A sentence label with its confidence.</summary>
/// <param name="Label">The label's name.</param>
/// <param name="Confidence">Its confidence, 0–1.</param>
internal sealed record InspectLabel(string Label, double Confidence);

/// <summary>A token.</summary>
/// <param name="Text">Its text.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Start">Its offset in the turn text.</param>
/// <param name="Length">Its length.</param>
internal sealed record InspectToken(string Text, TokenKind Kind, int Start, int Length);
