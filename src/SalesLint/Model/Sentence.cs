namespace SalesLint.Model;

/// <summary>A sentence of a turn with its act, tokens, detected features and entities.</summary>
public sealed class Sentence
{
    private readonly FeatureMatch[] featureArray;
    private string? text;

    internal Sentence(
        Turn turn,
        int index,
        int globalIndex,
        TextSpan span,
        int firstToken,
        int tokenCount,
        ActDecision act,
        FeatureMatch[] features,
        IReadOnlyList<EntityMatch> entities)
    {
        Turn = turn;
        Index = index;
        GlobalIndex = globalIndex;
        Span = span;
        FirstToken = firstToken;
        TokenCount = tokenCount;
        ActDecision = act;
        featureArray = features;
        Entities = entities;
    }

    /// <summary>The turn this sentence belongs to.</summary>
    public Turn Turn { get; }

    /// <summary>0-based position in the turn.</summary>
    public int Index { get; }

    /// <summary>0-based position in the whole conversation.</summary>
    public int GlobalIndex { get; }

    /// <summary>Where the sentence lies in the turn text.</summary>
    public TextSpan Span { get; }

    /// <summary>The sentence text (copied from the turn on first use and kept; <see cref="AsSpan"/> copies nothing).</summary>
    /// <remarks>Rules and the understanding layer read it many times per sentence: a copy on each read cost about a
    /// tenth of the bytes a call allocates. Two threads reading it at once may each copy it; either copy is the same text.</remarks>
    public string Text => text ??= Turn.Text.Substring(Span.Start, Span.Length);

    /// <summary>Whether the sentence is a question, a statement or something else.</summary>
    public SentenceAct Act => ActDecision.Act;

    /// <summary>How the act was decided (which signal, with what confidence).</summary>
    public ActDecision ActDecision { get; }

    /// <summary>Lexicon matches found in the sentence, in text order.</summary>
    public IReadOnlyList<FeatureMatch> Features => featureArray;

    /// <summary>Money amounts, percentages and durations recognized in the sentence (only candidate sentences are examined).</summary>
    public IReadOnlyList<EntityMatch> Entities { get; }

    /// <summary>The speaker's role.</summary>
    public SpeakerRole Role => Turn.Role;

    /// <summary>The sentence's tokens.</summary>
    public ReadOnlySpan<Token> Tokens => Turn.Tokens.Slice(FirstToken, TokenCount);

    /// <summary>The features as an array, for loops inside the library that must not allocate an enumerator.</summary>
    internal FeatureMatch[] FeatureArray => featureArray;

    internal int FirstToken { get; }

    internal int TokenCount { get; }

    /// <summary>Number of word and number tokens (counted on each call).</summary>
    public int WordCount
    {
        get
        {
            var count = 0;
            foreach (var token in Tokens)
            {
                count += token.Kind == TokenKind.Punctuation ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The sentence text without copying it.</summary>
    /// <returns>The characters of the sentence in the turn text.</returns>
    public ReadOnlySpan<char> AsSpan() => Turn.Text.AsSpan(Span.Start, Span.Length);

    /// <summary>Whether any match of the named lexicon was found in the sentence.</summary>
    /// <param name="feature">A lexicon name such as <c>product</c>.</param>
    /// <returns><see langword="true"/> when the sentence has the feature.</returns>
    public bool HasFeature(string feature)
    {
        foreach (var match in featureArray)
        {
            if (string.Equals(match.Feature, feature, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>How a sentence's act was decided.</summary>
/// <param name="Act">The act.</param>
/// <param name="Source">Which detector decided: <c>rules</c>, or another named classifier.</param>
/// <param name="Confidence">Confidence in 0–1.</param>
/// <param name="Reason">The signal that decided, e.g. <c>question-mark</c> or <c>aux-inversion</c>.</param>
public sealed record ActDecision(SentenceAct Act, string Source, double Confidence, string Reason)
{
    /// <summary>The question's form when <see cref="Act"/> is <see cref="SentenceAct.Question"/>; otherwise <see cref="QuestionType.None"/>.</summary>
    public QuestionType QuestionType { get; init; }
}

/// <summary>A match of a lexicon term or pattern in a sentence.</summary>
/// <param name="Feature">The lexicon name.</param>
/// <param name="Span">Span in the turn text.</param>
/// <param name="Text">Matched text as in the source.</param>
public sealed record FeatureMatch(string Feature, TextSpan Span, string Text);

/// <summary>The kind of a recognized entity.</summary>
public enum EntityKind
{
    /// <summary>An amount of money ("$40k", "forty thousand dollars").</summary>
    Money = 0,

    /// <summary>A percentage ("15%", "fifteen percent").</summary>
    Percentage = 1,

    /// <summary>A duration ("three months").</summary>
    Duration = 2,
}

/// <summary>An entity found by Microsoft.Recognizers.Text.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Span">Span in the turn text.</param>
/// <param name="Text">Matched text.</param>
/// <param name="Value">Resolved value (a number, or an ISO-8601 duration such as <c>P3M</c>), when resolved.</param>
/// <param name="Unit">Unit (currency name, or <c>%</c>), when known.</param>
public sealed record EntityMatch(EntityKind Kind, TextSpan Span, string Text, string? Value, string? Unit);
