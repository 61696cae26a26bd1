using SalesLint.Model;

namespace SalesLint.Acts;

/// <summary>The decisions this classifier makes, shared (they are immutable) so classifying allocates nothing.</summary>
internal static class RuleDecisions
{
    private const string SourceName = RuleBasedActClassifier.SourceName;

    public static readonly ActDecision NoWords = new(SentenceAct.Other, SourceName, 0.9, "no-words");
    public static readonly ActDecision Backchannel = new(SentenceAct.Backchannel, SourceName, 0.85, "backchannel");
    public static readonly ActDecision Greeting = new(SentenceAct.Other, SourceName, 0.85, "greeting");
    public static readonly ActDecision WhClause = new(SentenceAct.Statement, SourceName, 0.6, "wh-clause");
    public static readonly ActDecision WhOpener = Question(0.85, "wh-opener", QuestionType.Wh);
    public static readonly ActDecision WhOpenerMarked = Question(0.97, "wh-opener", QuestionType.Wh);
    public static readonly ActDecision WhOpenerInverted = Question(0.85, "wh-opener", QuestionType.Wh);
    public static readonly ActDecision Aux = Question(0.85, "aux-inversion", QuestionType.YesNo);
    public static readonly ActDecision AuxMarked = Question(0.97, "aux-inversion", QuestionType.YesNo);
    public static readonly ActDecision AuxOr = Question(0.85, "aux-inversion", QuestionType.Or);
    public static readonly ActDecision AuxOrMarked = Question(0.97, "aux-inversion", QuestionType.Or);
    public static readonly ActDecision InfoRequest = Question(0.8, "info-request", QuestionType.Open);
    public static readonly ActDecision TagQuestion = Question(0.6, "tag-question", QuestionType.Tag);
    public static readonly ActDecision QuestionMark = Question(0.8, "question-mark", QuestionType.Declarative);
    public static readonly ActDecision Fragment = new(SentenceAct.Other, SourceName, 0.6, "fragment");
    public static readonly ActDecision Declarative = new(SentenceAct.Statement, SourceName, 0.8, "declarative");
    public static readonly ActDecision BareTagQuestion = Question(0.7, "tag-question", QuestionType.Tag);
    public static readonly ActDecision ReturnQuestion = Question(0.85, "return-question", QuestionType.Open);
    public static readonly ActDecision Repair = new(SentenceAct.Other, SourceName, 0.8, "repair");
    public static readonly ActDecision Abandoned = new(SentenceAct.Other, SourceName, 0.7, "abandoned");
    public static readonly ActDecision Rhetorical = new(SentenceAct.Statement, SourceName, 0.75, "rhetorical");
    public static readonly ActDecision Relative = new(SentenceAct.Statement, SourceName, 0.75, "relative-clause");
    public static readonly ActDecision Quoted = new(SentenceAct.Statement, SourceName, 0.75, "quoted-question");
    public static readonly ActDecision DeclarativeQuestion = Question(0.6, "declarative-question", QuestionType.Declarative);
    public static readonly ActDecision DroppedAuxiliary = Question(0.75, "dropped-auxiliary", QuestionType.YesNo);
    public static readonly ActDecision DeclarativeCue = Question(0.7, "declarative-cue", QuestionType.Declarative);
    public static readonly ActDecision Ellipsis = new(SentenceAct.Statement, SourceName, 0.75, "elided-subject");
    public static readonly ActDecision EchoBackchannel = new(SentenceAct.Backchannel, SourceName, 0.7, "echo-backchannel");
    public static readonly ActDecision DeclarativeEcho = Question(0.6, "declarative-check", QuestionType.Declarative);
    public static readonly ActDecision Agreement = new(SentenceAct.Statement, SourceName, 0.7, "agreement-tag");
    public static readonly ActDecision Unanswered = new(SentenceAct.Statement, SourceName, 0.7, "unanswered");
    public static readonly ActDecision Answer = new(SentenceAct.Statement, SourceName, 0.8, "declarative-answer");
    public static readonly ActDecision SelfAnswered = new(SentenceAct.Statement, SourceName, 0.7, "self-answered");
    public static readonly ActDecision Confirmed = Question(0.65, "confirmed-declarative", QuestionType.Declarative);
    public static readonly ActDecision OwnEstimate = new(SentenceAct.Statement, SourceName, 0.65, "own-estimate");
    public static readonly ActDecision Redirected = Question(0.7, "redirected-question", QuestionType.YesNo);
    public static readonly ActDecision Uptalk = new(SentenceAct.Statement, SourceName, 0.65, "uptalk");
    public static readonly ActDecision WordSearch = new(SentenceAct.Statement, SourceName, 0.7, "word-search");

    /// <summary>Every decision above (declared after them, so they are set).</summary>
    private static readonly ActDecision[] All =
    [
        NoWords, Backchannel, Greeting, WhClause, WhOpener, WhOpenerMarked, WhOpenerInverted, Aux, AuxMarked, AuxOr,
        AuxOrMarked, InfoRequest, TagQuestion, QuestionMark, Fragment, Declarative, BareTagQuestion, ReturnQuestion, Repair,
        Abandoned, Rhetorical, Relative, Quoted, DeclarativeQuestion, DroppedAuxiliary, DeclarativeCue, Ellipsis,
        EchoBackchannel, DeclarativeEcho, Agreement, Unanswered, Answer, SelfAnswered, Confirmed, OwnEstimate,
        Redirected, Uptalk, WordSearch,
    ];

    /// <summary>The closed set of the rules' reasons (<c>self-answered</c>, <c>rhetorical</c>, <c>quoted-question</c>, …), sorted.</summary>
    public static readonly IReadOnlyList<string> Reasons = [.. All.Select(d => d.Reason).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Whether a decision rests on the rules' reason <paramref name="reason"/>: the rules decided (source <c>rules</c>)
    /// with that reason, alone (<c>self-answered</c>) or against a less sure model (<c>self-answered, model unsure</c>).
    /// A decision the learned model made has no rules' reason. Allocates nothing.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="reason">One of <see cref="Reasons"/>.</param>
    /// <returns><see langword="true"/> when the decision rests on it.</returns>
    public static bool RestsOn(ActDecision decision, string reason)
    {
        var text = decision.Reason.AsSpan();
        return string.Equals(decision.Source, SourceName, StringComparison.Ordinal) && text.StartsWith(reason, StringComparison.Ordinal) &&
            (text.Length == reason.Length || text[reason.Length..].StartsWith(", ", StringComparison.Ordinal));
    }

    private static ActDecision Question(double confidence, string reason, QuestionType type) =>
        new(SentenceAct.Question, SourceName, confidence, reason) { QuestionType = type };
}
