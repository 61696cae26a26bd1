using System.Globalization;
using System.Text.RegularExpressions;
using SalesLint.Features;
using SalesLint.Tokenization;

namespace SalesLint.Negotiation;

/// <summary>
/// Price offers stated relative to a standing position: "20 more", "10 less", "come down 50", "knock 50 off", "meet me
/// halfway", "split the difference". A step down is taken from the seller's standing price, a step up from the buyer's
/// standing offer (whoever says it: "20 more and it's yours" from the seller is the buyer's offer plus 20), the middle
/// from both. Read only once both a price is on the ledger and the sentence has one of the cue words, so most sentences
/// never run the pattern.
/// </summary>
internal static partial class RelativeOffer
{
    private static readonly System.Buffers.SearchValues<string> StepCues = System.Buffers.SearchValues.Create(
        ["more", "less", "lower", "cheaper", "higher", "off", "down", "up", "another", "extra", "add", "throw in"],
        StringComparison.OrdinalIgnoreCase);

    // The step words of Pattern: the amounts' words end at a word boundary, the verbs' words before a space.
    private static readonly (string Word, bool SpaceAfter)[] StepWords =
    [
        ("more", false), ("higher", false), ("extra", false), ("on top", false), ("less", false), ("lower", false), ("cheaper", false),
        ("off", false), ("down", true), ("up", true), ("add", true), ("another", true), ("throw in", true),
    ];

    private static readonly System.Buffers.SearchValues<string> AnyStepWord = System.Buffers.SearchValues.Create(
        [.. StepWords.Select(w => w.Word)], StringComparison.OrdinalIgnoreCase);


    private static readonly System.Buffers.SearchValues<string> MiddleCues = System.Buffers.SearchValues.Create(
        ["half", "middle", "differen", "split"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> NumberWords = System.Buffers.SearchValues.Create(
        ["five", "ten", "fifteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "grand"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>What a relative offer moves from.</summary>
    internal enum Base
    {
        /// <summary>Down from the seller's standing price.</summary>
        SellerDown,

        /// <summary>Up from the buyer's standing offer.</summary>
        BuyerUp,

        /// <summary>The middle of both standing positions.</summary>
        Middle,
    }

    /// <summary>A relative offer found in a sentence: what it moves from, by how much, and where it was said.</summary>
    /// <param name="From">What it moves from.</param>
    /// <param name="Step">The step (0 for the middle).</param>
    /// <param name="Span">The words, in the turn text.</param>
    internal readonly record struct Match(Base From, double Step, Model.TextSpan Span);

    /// <summary>Finds a relative price offer in a sentence, or <see langword="null"/>.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="sentence">The sentence's span in it.</param>
    /// <returns>The offer.</returns>
    internal static Match? Find(string text, Model.TextSpan sentence)
    {
        // A step needs a number and a step word, the middle its own words: most sentences have neither.
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var stepped = (span.IndexOfAnyInRange('0', '9') >= 0 || span.IndexOfAny(NumberWords) >= 0) && span.IndexOfAny(StepCues) >= 0;
        var middle = span.IndexOfAny(MiddleCues) >= 0;
        if (!stepped && !middle)
        {
            return null;
        }

        if (!middle && !MayStep(span))
        {
            return null; // the cue words are inside other words ("update", "offer"): the pattern cannot match
        }

        var m = Pattern().Match(text, sentence.Start, sentence.Length);
        if (!m.Success)
        {
            return null;
        }

        var at = new Model.TextSpan(m.Index, m.Length);
        if (m.Groups["mid"].Success)
        {
            return new Match(Base.Middle, 0, at);
        }

        var step = Amount(m.Groups["n"].Value);
        if (step is not > 0)
        {
            return null;
        }

        var up = m.Groups["up"].Success;
        return new Match(up ? Base.BuyerUp : Base.SellerDown, step.Value, at);
    }

    /// <summary>
    /// Whether a step branch of <see cref="Pattern"/> can match: one of its step words stands as a word, followed by a
    /// word boundary ("20 less", "50 off.") or, for the verbs, by a space ("come down 50", "add 20"). Text with a
    /// character the pattern's case-insensitive matching takes for an ASCII letter (the long s, the Kelvin sign) is
    /// not ruled out.
    /// </summary>
    private static bool MayStep(ReadOnlySpan<char> span)
    {
        if (span.IndexOfAny(TextScreen.FoldsToAscii) >= 0)
        {
            return true;
        }

        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(AnyStepWord);
            if (at < 0)
            {
                return false;
            }

            at += from;
            foreach (var (word, spaceAfter) in StepWords)
            {
                if (span[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    var end = at + word.Length;
                    if (spaceAfter
                        ? end < span.Length && char.IsWhiteSpace(span[end])
                        : end == span.Length || !(char.IsAsciiLetterOrDigit(span[end]) || span[end] == '_'))
                    {
                        return true;
                    }
                }
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>The absolute price of a relative offer given both sides' standing prices, or <see langword="null"/> when the base is missing or the step does not fit it.</summary>
    /// <param name="offer">The relative offer.</param>
    /// <param name="seller">The seller's standing price.</param>
    /// <param name="buyer">The buyer's standing offer.</param>
    /// <returns>The price.</returns>
    internal static double? Resolve(Match offer, double? seller, double? buyer)
    {
        switch (offer.From)
        {
            case Base.Middle:
                return seller is { } s && buyer is { } b && s > b ? Math.Round((s + b) / 2, 2) : null;
            case Base.SellerDown:
                // "come down 150" against 200 is more likely "down to 150": a step of half the price or more is no step.
                return seller is { } sd && offer.Step < sd / 2 ? sd - offer.Step : null;
            default:
                return buyer is { } bu && offer.Step < bu / 2 && (seller is not { } cap || bu + offer.Step <= cap) ? bu + offer.Step : null;
        }
    }

    private static double? Amount(string words)
    {
        var w = words.Trim().TrimStart('$').Replace(",", string.Empty, StringComparison.Ordinal);
        var factor = 1.0;
        if (w.EndsWith('k') || w.EndsWith('K'))
        {
            factor = 1000;
            w = w[..^1];
        }

        if (double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return n * factor;
        }

        return SpokenNumbers.Parse(w, 0) is { } v ? v * factor : null;
    }

    private const string Number = @"\$?\d[\d,]*(?:\.\d+)?k?|(?:(?:a|five|ten|fifteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand)[\s-]?){1,3}";

    [GeneratedRegex(
        @"\b(?<mid>meet (?:me |you |us )?(?:in the middle|halfway|half way|half-way)|meet in the middle|split (?:the|that|our) difference|split it|(?:go |come )?halfway|half way|middle ground)\b"
        + @"|(?<![\d,.$])(?<n>" + Number + @")\s*(?:bucks|dollars|usd)?\s*(?:(?<up>more|higher|extra|on top)|less|lower|cheaper|off)\b(?=\s*(?:$|[.,!?;:)]|and\b|if\b|or\b|then\b|for (?:it|them|that|this)\b|than\b|on top\b|bucks\b|dollars\b|(?:the (?:price|total|ask(?:ing)?(?: price)?|listing)|that|it)\b))"
        + @"|\b(?:come|go|drop|bring (?:it|that|the price)|knock (?:it|that)|move|get (?:it|that)|take (?:it|that)|go any)\s+down\s+(?:by\s+|another\s+|an? other\s+)?(?<n>" + Number + @")(?![\d,.]|\s*(?:%|percent|more|less))(?=\s*(?:bucks|dollars)?\s*(?:$|[.,!?;]|and\b|if\b|or\b|then\b|for\b|more\b))"
        + @"|\b(?:come|go|move|bump (?:it|that|my offer)|raise (?:it|that|my offer)|bring (?:it|that|my offer))\s+up\s+(?:by\s+|another\s+)?(?<n>" + Number + @")(?![\d,.]|\s*(?:%|percent))(?<up>)(?=\s*(?:bucks|dollars)?\s*(?:$|[.,!?;]|and\b|if\b|or\b|then\b|for\b|more\b))"
        + @"|\b(?:add|another|throw in)\s+(?<n>" + Number + @")(?<up>)(?=\s*(?:bucks|dollars)?\s*(?:$|[.,!?;]|and\b|if\b|on top\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
