using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// Speech-recognition text without punctuation often runs a statement and the question after it into one sentence
/// ("so most of the outfits we talk to have guys filling up on their own card and the receipts are a mess at the end of
/// the month is that anything like how you do it"). Its punctuated twin has two sentences, a statement about what peers
/// face and a question about the listener's own way; read as one, the model sees card and receipt words and a question,
/// and calls the whole product talk. The layer reads such a run-on as its twin would be read: the closing question and
/// the words before it are scored apart, and when the closing question asks about the listener (discovery) the run-on
/// is product talk only as far as the words before it are.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>The fewest words of a run-on read in two parts.</summary>
    private const int MinRunOnWords = 14;

    /// <summary>The fewest words before the closing question (a statement of its own).</summary>
    private const int MinRunOnHeadWords = 7;

    /// <summary>The fewest and most words of the closing question ("is that anything like how you do it").</summary>
    private const int MinRunOnTailWords = 3;

    private const int MaxRunOnTailWords = 12;

    private static readonly HashSet<string> RunOnAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "does", "do", "are", "was", "were", "would", "could", "can", "have", "has", "did", "will",
    };

    private static readonly HashSet<string> RunOnSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "there", "you", "your", "y'all", "it",
    };

    private static readonly HashSet<string> RunOnWhWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "how", "what", "where", "when", "who", "which", "why",
    };

    /// <summary>Words after which an auxiliary and a pronoun go on the same clause ("i don't know if that …", "the one that is").</summary>
    private static readonly HashSet<string> RunOnGlue = new(StringComparer.OrdinalIgnoreCase)
    {
        "know", "if", "whether", "what", "how", "why", "where", "when", "who", "which", "that", "to", "the", "a", "of",
        "sure", "wonder", "wondering", "ask", "asked", "tell", "see", "think", "mean", "guess",
    };

    /// <summary>
    /// Reads a run-on that ends in a question about the listener as its two parts: the model's probabilities of the
    /// whole are changed in place, product down to the words before the question and discovery up to the question's.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="p">The model's probabilities for the whole sentence.</param>
    private void ReadRunOn(Sentence sentence, float[] p)
    {
        var productAt = IndexOf(SemanticLabel.Product);
        var discoveryAt = IndexOf(SemanticLabel.Discovery);
        if (productAt < 0 || discoveryAt < 0 || p[productAt] < SentenceLabels.DefaultMinConfidence || sentence.WordCount < MinRunOnWords
            || ClosingQuestion(sentence) is not { } tailToken)
        {
            return;
        }

        var text = sentence.Turn.Text;
        var tokens = sentence.Tokens;
        var tail = tokens[tailToken..];
        var tailText = text.AsSpan(tail[0].Start, tail[^1].Start + tail[^1].Length - tail[0].Start).ToString();
        if (TakeIt().IsMatch(tailText) && !OwnHabitQuestion().IsMatch(tailText))
        {
            return; // "… would you like to sign up today": the ask, not a question about the listener
        }

        var head = tokens[..tailToken];
        var split = tail[0].Start;
        var headFeatures = Array.FindAll(sentence.FeatureArray, f => f.Span.Start + f.Span.Length <= split);
        var tailFeatures = Array.FindAll(sentence.FeatureArray, f => f.Span.Start >= split);
        var tailP = new float[model.Labels.Count];
        model.Probabilities(text, tail, tailFeatures, tailP);
        if (tailP[discoveryAt] < SentenceLabels.DefaultMinConfidence)
        {
            return;
        }

        var headP = new float[model.Labels.Count];
        model.Probabilities(text, head, headFeatures, headP);
        p[productAt] = Math.Min(p[productAt], headP[productAt]);
        p[discoveryAt] = Math.Max(p[discoveryAt], tailP[discoveryAt]);
    }

    /// <summary>
    /// The token where a closing question starts in a sentence without inner punctuation: the last auxiliary followed by
    /// "you", "that", "there" … ("is that anything like how you do it", "do you run it the same way"), or a wh-word with
    /// one ("how do you handle that"), with a statement of its own before it; or <see langword="null"/>.
    /// </summary>
    private static int? ClosingQuestion(Sentence sentence)
    {
        var text = sentence.Turn.Text;
        var tokens = sentence.Tokens;
        var words = new List<int>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                var c = text[tokens[i].Start];
                if (i < tokens.Length - 1 && c is '.' or '?' or '!' or ';')
                {
                    return null; // punctuated: the sentence splitter has read the boundaries there are
                }

                continue;
            }

            words.Add(i);
        }

        var spans = new TextSpan[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            spans[w] = tokens[words[w]].Span;
        }

        string Word(int w) => text.Substring(spans[w].Start, spans[w].Length);
        for (var w = words.Count - MinRunOnTailWords; w >= MinRunOnHeadWords; w--)
        {
            if (words.Count - w > MaxRunOnTailWords)
            {
                break;
            }

            var start = w;
            if (RunOnWhWords.Contains(Word(w)) && w + 2 < words.Count && RunOnAuxiliaries.Contains(Word(w + 1)) && RunOnSubjects.Contains(Word(w + 2)))
            {
                start = w;
            }
            else if (!(RunOnAuxiliaries.Contains(Word(w)) && RunOnSubjects.Contains(Word(w + 1))))
            {
                continue;
            }

            if (RunOnGlue.Contains(Word(start - 1)) || RunOnWhWords.Contains(Word(start - 1)))
            {
                continue; // "i don't know if that is …", "how is that": the same clause
            }

            return words[start];
        }

        return null;
    }
}
