using System.Globalization;
using System.Text.RegularExpressions;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Understanding;

/// <summary>
/// A playback of the other side's own figures: a seller summary opening with "so" that works with a number the
/// buyer gave first ("we used to run four cleanings a week, now it's two" → "so if we got you back to four a week
/// that's seven slots you're not filling"; "we pay three hundred a month on the old plan" → "so that's three hundred a
/// month on the old plan, right?"). Like the stock reflection phrases, it shows the seller heard the buyer and checks
/// the numbers the decision rests on; the word-overlap playback leaves such a sentence out, because a number usually
/// makes a sentence an offer.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>The fewest words of a summary of the other side's figures ("so that's three hundred a month").</summary>
    private const int MinFigurePlaybackWords = 5;

    /// <summary>The turn where the seller first said each figure, as far as <see cref="sellerTurnsRead"/> (<see cref="SellerSaidBefore"/>).</summary>
    private Dictionary<double, int>? sellerFirstSaid;

    /// <summary>How many turns <see cref="sellerFirstSaid"/> has read.</summary>
    private int sellerTurnsRead;

    /// <summary>
    /// Whether a seller sentence opening with "so" (a statement, or a question that is not a wh-question) restates a
    /// figure the other side gave first in their last few turns: a number of at least two, said by the buyer before the
    /// seller ever said it; not advice or pitch, and not the seller's own offering ("so our standard plan is four
    /// pickups a week"; "so if we got you back to four a week" is about the buyer).
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns><see langword="true"/> when it plays back the buyer's figures.</returns>
    private bool PlaysBackFigures(Sentence sentence)
    {
        if (sentence.Role != SpeakerRole.Seller || sentence.WordCount < MinFigurePlaybackWords
            || (sentence.Act == SentenceAct.Question && sentence.ActDecision.QuestionType is QuestionType.Wh or QuestionType.Open)
            || !SummaryOpener().IsMatch(sentence.Text) || OwnOffering().IsMatch(sentence.Text)
            || Array.Exists(sentence.FeatureArray, f => f.Feature is TellingLexicon or PitchLexicon))
        {
            return false;
        }

        var own = Figures(sentence.Text);
        if (own.Count == 0)
        {
            return false;
        }

        // The buyer's figures of their last few turns, each only when the seller had not said it before them.
        var turn = sentence.Turn.Index;
        for (var t = turn - 1; t >= 0 && t >= turn - NeedLookBackTurns; t--)
        {
            var earlier = conversation.Turns[t];
            foreach (var said in earlier.SentenceArray)
            {
                if (said.Role != SpeakerRole.Buyer)
                {
                    continue;
                }

                foreach (var figure in Figures(said.Text))
                {
                    if (own.Contains(figure) && !SellerSaidBefore(figure, t))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a seller sentence before turn <paramref name="turn"/> holds the figure. The seller's turns are read once,
    /// as far as asked so far, recording the turn where the seller first said each figure.
    /// </summary>
    private bool SellerSaidBefore(double figure, int turn)
    {
        sellerFirstSaid ??= [];
        for (; sellerTurnsRead < turn; sellerTurnsRead++)
        {
            foreach (var said in conversation.Turns[sellerTurnsRead].SentenceArray)
            {
                if (said.Role == SpeakerRole.Seller)
                {
                    foreach (var f in Figures(said.Text))
                    {
                        sellerFirstSaid.TryAdd(f, sellerTurnsRead);
                    }
                }
            }
        }

        return sellerFirstSaid.TryGetValue(figure, out var first) && first < turn;
    }

    /// <summary>
    /// The figures of a text: numbers in digits ("$300", "1,500", "12.5") or in words ("three hundred", "four",
    /// "three ninety-nine"), of at least two ("one" is mostly not a figure: "one thing", "that one").
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The values.</returns>
    internal static HashSet<double> Figures(string text)
    {
        var result = new HashSet<double>();
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            foreach (Match m in DigitFigure().Matches(text))
            {
                if (double.TryParse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 2)
                {
                    result.Add(d);
                }
            }
        }

        if (!TextScreen.MayHold(text, SpokenNumbers.Stems))
        {
            return result; // no number word: most sentences
        }

        foreach (Match m in SpokenNumbers.WordNumber().Matches(text))
        {
            if (SpokenNumbers.Parse(m.Value, 0) is { } v && v >= 2)
            {
                result.Add(v);
            }
        }

        return result;
    }

    [GeneratedRegex(@"\b(?:our|ours|i|i'm|i'll|i've|i'd|me|my|we'll|we've|we can|we could|we do|we have|we offer|we charge)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnOffering();

    [GeneratedRegex(@"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitFigure();
}
