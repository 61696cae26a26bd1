namespace SalesLint.Model;

/// <summary>One uninterrupted stretch of speech by one participant, split into sentences and tokens.</summary>
public sealed class Turn
{
    private Sentence[] sentences = [];

    internal Turn(int index, Participant speaker, string text, double? start, double? end, int? sourceLine, Token[] tokens, int? sourceColumn = null)
    {
        SourceColumn = sourceLine is null ? null : sourceColumn;
        Index = index;
        Speaker = speaker;
        Text = text;
        Start = start;
        End = end;
        SourceLine = sourceLine;
        TokenArray = tokens;
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Punctuation)
            {
                words++;
            }
        }

        WordCount = words;
    }

    /// <summary>0-based position of the turn in the conversation.</summary>
    public int Index { get; }

    /// <summary>Who spoke.</summary>
    public Participant Speaker { get; }

    /// <summary>The speaker's role.</summary>
    public SpeakerRole Role => Speaker.Role;

    /// <summary>What was said, as in the source.</summary>
    public string Text { get; }

    /// <summary>Start in seconds from the start of the call, when known.</summary>
    public double? Start { get; }

    /// <summary>End in seconds from the start of the call, when known.</summary>
    public double? End { get; }

    /// <summary>1-based line in the source file, when known.</summary>
    public int? SourceLine { get; }

    /// <summary>
    /// 1-based column on <see cref="SourceLine"/> where <see cref="Text"/> starts, when the text is the file's characters as they
    /// stand on that one line (so a span of the text maps to columns); <see langword="null"/> otherwise.
    /// </summary>
    public int? SourceColumn { get; }

    /// <summary>Number of word and number tokens.</summary>
    public int WordCount { get; }

    /// <summary>The turn's sentences in order.</summary>
    public IReadOnlyList<Sentence> Sentences => sentences;

    /// <summary>All tokens of the turn.</summary>
    public ReadOnlySpan<Token> Tokens => TokenArray;

    internal Token[] TokenArray { get; }

    /// <summary>The conversation the turn belongs to (set when the conversation is built).</summary>
    internal Conversation? Conversation { get; set; }

    /// <summary>The sentences as an array, for loops inside the library that must not allocate an enumerator.</summary>
    internal Sentence[] SentenceArray => sentences;

    /// <summary>Whether any sentence of the turn is, as classified now, a question.</summary>
    internal bool AsksQuestion
    {
        get
        {
            foreach (var sentence in sentences)
            {
                if (sentence.Act == SentenceAct.Question)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether any sentence is a question or a statement (not only backchannels and fillers).</summary>
    internal bool SaysSomething { get; private set; }

    /// <summary>The text of a span of this turn.</summary>
    /// <param name="span">A span inside <see cref="Text"/>.</param>
    /// <returns>The characters of the span.</returns>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    internal void SetSentences(Sentence[] value)
    {
        sentences = value;
        SaysSomething = Array.Exists(value, s => s.Act is SentenceAct.Question or SentenceAct.Statement);
    }
}
