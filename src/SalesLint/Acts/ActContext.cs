using SalesLint.Model;

namespace SalesLint.Acts;

/// <summary>
/// What a sentence follows and what follows it, for the decisions its words alone cannot make: the other side's turn
/// just before, when the sentence opens its speaker's turn, and the other side's turn just after, when it ends its
/// speaker's turn; and, for a sentence that does not end its turn, the same speaker's next sentence (do they wait for an
/// answer?), which for a turn's last sentence is the first sentence of the same speaker's next turn when they speak
/// twice in a row. <see langword="default"/> is no context (the first or last turn, or a turn right after the same
/// speaker's).
/// </summary>
/// <param name="previousText">The text of the other side's turn just before.</param>
/// <param name="previousTokens">That turn's tokens.</param>
/// <param name="previousAct">The act of that turn's last sentence with words.</param>
/// <param name="wholeTurn">Whether the sentence is its turn's only sentence.</param>
/// <param name="nextText">The text of the other side's turn just after.</param>
/// <param name="nextTokens">That turn's tokens; empty when the sentence does not end its turn or the same speaker goes on.</param>
/// <param name="followingText">The text of the sentence's own turn, holding the sentence after it.</param>
/// <param name="followingTokens">The tokens of the same speaker's next sentence in the turn; empty when the sentence ends its turn.</param>
internal readonly ref struct ActContext(
    ReadOnlySpan<char> previousText,
    ReadOnlySpan<Token> previousTokens,
    SentenceAct previousAct,
    bool wholeTurn,
    ReadOnlySpan<char> nextText = default,
    ReadOnlySpan<Token> nextTokens = default,
    ReadOnlySpan<char> followingText = default,
    ReadOnlySpan<Token> followingTokens = default)
{
    /// <summary>The other side's turn just before.</summary>
    public ReadOnlySpan<char> PreviousText { get; } = previousText;

    /// <summary>That turn's tokens; empty without context.</summary>
    public ReadOnlySpan<Token> PreviousTokens { get; } = previousTokens;

    /// <summary>The act of that turn's last sentence with words.</summary>
    public SentenceAct PreviousAct { get; } = previousAct;

    /// <summary>Whether the sentence is its turn's only sentence.</summary>
    public bool WholeTurn { get; } = wholeTurn;

    /// <summary>The other side's turn just after.</summary>
    public ReadOnlySpan<char> NextText { get; } = nextText;

    /// <summary>That turn's tokens; empty without one.</summary>
    public ReadOnlySpan<Token> NextTokens { get; } = nextTokens;

    /// <summary>The text of the sentence's own turn, for <see cref="FollowingTokens"/>.</summary>
    public ReadOnlySpan<char> FollowingText { get; } = followingText;

    /// <summary>The same speaker's next sentence in the turn; empty when the sentence ends its turn.</summary>
    public ReadOnlySpan<Token> FollowingTokens { get; } = followingTokens;

    /// <summary>Whether the same speaker goes on after the sentence in the same turn: they did not wait for an answer.</summary>
    public bool FollowedBySameSpeaker => !FollowingTokens.IsEmpty;

    /// <summary>Whether the sentence ends its turn and the other side speaks next: what they say shows whether it was asked.</summary>
    public bool FollowedByOtherSide => !NextTokens.IsEmpty;

    /// <summary>Whether the sentence opens a turn right after the other side's turn.</summary>
    public bool FollowsOtherSide => !PreviousTokens.IsEmpty;

    /// <summary>Whether the other side's turn just before ended in a question: this turn answers it.</summary>
    public bool Answers => FollowsOtherSide && PreviousAct == SentenceAct.Question;

    /// <summary>Whether the other side's turn just before ended in a statement (or a backchannel): this turn reacts to what was said.</summary>
    public bool FollowsStatement => FollowsOtherSide && PreviousAct is SentenceAct.Statement or SentenceAct.Backchannel;

    /// <summary>
    /// The context of a turn's first sentence in a conversation being built: the turn before when
    /// another speaker said it, else none.
    /// </summary>
    /// <param name="previous">The turn before, or <see langword="null"/>.</param>
    /// <param name="speaker">The speaker of the sentence's turn.</param>
    /// <param name="wholeTurn">Whether the sentence is its turn's only sentence.</param>
    /// <returns>The context.</returns>
    public static ActContext After(Turn? previous, Participant speaker, bool wholeTurn)
    {
        if (previous is null || ReferenceEquals(previous.Speaker, speaker) || string.Equals(previous.Speaker.Id, speaker.Id, StringComparison.Ordinal))
        {
            return default;
        }

        var sentences = previous.Sentences;
        for (var s = sentences.Count - 1; s >= 0; s--)
        {
            var act = sentences[s].ActDecision;
            if (!ReferenceEquals(act, RuleBasedActClassifier.NoWordsDecision))
            {
                return new ActContext(previous.Text, previous.Tokens, act.Act, wholeTurn);
            }
        }

        return default;
    }

    /// <summary>
    /// This context with the other side's turn just after the sentence, for the last sentence of a turn when another
    /// speaker's turn follows.
    /// </summary>
    /// <param name="text">That turn's text.</param>
    /// <param name="tokens">That turn's tokens.</param>
    /// <returns>The context.</returns>
    public ActContext Before(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) =>
        new(PreviousText, PreviousTokens, PreviousAct, WholeTurn, text, tokens, FollowingText, FollowingTokens);

    /// <summary>This context with the same speaker's next sentence, for a sentence that does not end its turn.</summary>
    /// <param name="text">The turn's text.</param>
    /// <param name="tokens">The next sentence's tokens.</param>
    /// <returns>The context.</returns>
    public ActContext Then(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) =>
        new(PreviousText, PreviousTokens, PreviousAct, WholeTurn, NextText, NextTokens, text, tokens);

    /// <summary>Whether the other side's turn just after is nothing but one of <paramref name="phrases"/> ("Right.", "I know.").</summary>
    /// <param name="phrases">Whole turns, folded words.</param>
    /// <returns><see langword="true"/> when the next turn's words, punctuation ignored, are one of them.</returns>
    public bool NextIsOnly(string[][] phrases)
    {
        if (NextTokens.Length > 16)
        {
            return false;
        }

        var words = ActWords.Of(NextText, NextTokens, stackalloc int[NextTokens.Length]);
        return words.Count > 0 && words.EqualsAt(0, words.Count, phrases);
    }

    /// <summary>
    /// Whether the other side's turn just after opens with one of <paramref name="phrases"/> set off by punctuation
    /// ("Right. They never do.", "I know, it's crazy."): "Right now …" does not count.
    /// </summary>
    /// <param name="phrases">Opening phrases, folded words.</param>
    /// <returns><see langword="true"/> when the next turn's first words are one of them and a punctuation mark follows.</returns>
    public bool NextOpensWith(string[][] phrases)
    {
        var take = Math.Min(NextTokens.Length, 8);
        var words = ActWords.Of(NextText, NextTokens[..take], stackalloc int[take]);
        foreach (var phrase in phrases)
        {
            if (phrase.Length < words.Count && words.StartsWith(0, phrase) && words.PunctuationBefore(phrase.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word (folded) occurs in the other side's turn just before.</summary>
    /// <param name="word">The word, as written.</param>
    /// <returns><see langword="true"/> when the previous turn has the same word, ignoring case.</returns>
    public bool PreviousHas(ReadOnlySpan<char> word)
    {
        foreach (var token in PreviousTokens)
        {
            if (token.Kind != TokenKind.Punctuation && token.Length == word.Length &&
                PreviousText.Slice(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
