using System.Globalization;
using System.Text.RegularExpressions;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Negotiation;

/// <summary>A number read from a sentence that may be a price.</summary>
/// <param name="Value">The amount.</param>
/// <param name="Span">Where it was written, in the turn text.</param>
/// <param name="Strong">Whether it is marked as money (a currency sign, "bucks", "dollars", "k", "grand").</param>
/// <param name="Currency">The currency sign written with it, when one was.</param>
internal readonly record struct PriceCandidate(double Value, TextSpan Span, bool Strong, string? Currency);

/// <summary>A count of an item read from a sentence ("2 firewood", "three extra seats").</summary>
/// <param name="Value">The count.</param>
/// <param name="Item">The item's canonical name.</param>
/// <param name="Span">Where it was written, in the turn text.</param>
internal readonly record struct CountCandidate(double Value, string Item, TextSpan Span);

/// <summary>A term read from a sentence: a discount, a free period, payment terms or something given on top.</summary>
/// <param name="Issue">What it is about.</param>
/// <param name="Item">For extras: what is given ("the onboarding fee").</param>
/// <param name="Value">Percent, months, days, or 1 for an extra.</param>
/// <param name="Span">Where it was written, in the turn text.</param>
internal readonly record struct TermCandidate(NegotiationIssue Issue, string? Item, double Value, TextSpan Span);

/// <summary>
/// The ledger's fast path for values: money with or without a currency sign ("I can do 160", "14.5k", "fourteen five",
/// "$40k instead of $50k", "1,500 bucks") and counts of items. Numbers that are not prices are left out by what
/// follows or surrounds them: years, mileage, sizes, durations, phone and model numbers, quantities of something else.
/// Plain regular expressions over one sentence: a few microseconds, so every sentence can be read (the
/// Microsoft.Recognizers.Text models cost 0.4–3.5 ms a sentence and read none of the bare numbers of typed haggling).
/// </summary>
internal static partial class ValueReader
{

    /// <summary>Reads the price candidates of a sentence.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="sentence">The sentence span.</param>
    /// <param name="scale">A price already named in the conversation (to read "fourteen five" and to drop numbers of another scale), or 0.</param>
    /// <param name="result">Receives the candidates in text order.</param>
    /// <param name="seller">Whether the seller says it: before any price is known, only the seller's spelled-out quotes
    /// are read, and the buyer's only when judged as a price ("twenty-one nine ninety-five is a lot"); the buyer's own
    /// figures ("we paid a forensics firm twenty-two thousand dollars") are what the problem costs them.</param>
    public static void ReadPrices(string text, TextSpan sentence, double scale, List<PriceCandidate> result, bool seller = true)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var hasDigit = span.IndexOfAnyInRange('0', '9') >= 0;
        if (!hasDigit && (span.IndexOfAny(SpokenNumbers.Stems) < 0 || (scale <= 0 && span.IndexOfAny(SpokenPriceStems) < 0) || !SpokenNumbers.WordNumber().IsMatch(span)))
        {
            return; // most sentences: no number at all; before any price, no spelled-out amount marked as one
        }

        var s = span.ToString();
        bool? cue = null; // read when first needed: most numbers are settled before it matters
        // Read when first needed, once per sentence: many sentences' numbers are all marked as money or left out before.
        var words = -1;
        bool? hasStrong = null;
        var first = true;
        foreach (Match m in DigitNumber().Matches(s))
        {
            // A number that opens the sentence, or follows only a word of hesitation or assent ("Honestly 9,000 with
            // the rear main leak", "maybe 250", "ok 280"): said as the speaker's number.
            var leading = first && (s.AsSpan(0, m.Index).Trim().IsEmpty || LeadWords().IsMatch(s.AsSpan(0, m.Index)));
            first = false;
            // What matters before a number is its last few words: the look-behind patterns end at the number and scan
            // only a short window (start-at keeps word boundaries right); no substrings are copied.
            var before = s.AsSpan(0, m.Index);
            var beforeFrom = Math.Max(0, m.Index - LookBehind);
            var after = s.AsSpan(m.Index + m.Length);
            var currency = m.Groups["cur"].Success ? m.Groups["cur"].Value : null;
            var number = double.Parse(m.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var suffix = m.Groups["suf"].Value.ToLowerInvariant();
            number *= suffix switch { "k" or "grand" => 1000, "m" or "mil" => 1_000_000, _ => 1 };
            if (Glued().IsMatch(before, beforeFrom) || GluedAfter().IsMatch(after))
            {
                continue; // phone numbers, model numbers, times, dates, ranges of other things
            }

            if (currency is null && suffix.Length == 0 && number is >= 1 and <= 9 && number % 1 == 0 && after.Length > 3 && after[0] == ' '
                && HundredsWordsAfter().Match(s, m.Index + m.Length) is { Success: true } tens && !IsClockTime(s, before, beforeFrom))
            {
                // "2 fifty cash today?", "1 fifty?": hundreds typed as a digit and the rest said as words (250, 150).
                var hundreds = (number * 100) + SpokenNumbers.Units[tens.Groups["t"].Value] + (tens.Groups["u"].Success ? SpokenNumbers.Units[tens.Groups["u"].Value] : 0);
                first = false;
                if (scale <= 0 || (hundreds >= scale / 5 && hundreds <= scale * 5))
                {
                    result.Add(new PriceCandidate(hundreds, new TextSpan(sentence.Start + m.Index, tens.Index + tens.Length - m.Index), true, null));
                }

                continue;
            }

            if (currency is null && suffix.Length == 0 && (ModelBefore().IsMatch(before, beforeFrom) || SettingBefore().IsMatch(before, beforeFrom) || StreetAfter().IsMatch(after)
                || (number <= 12 && number % 1 == 0 && IsClockTime(s, before, beforeFrom))))
            {
                continue; // "the FP-30", "iphone 13", "cycle count 212"; "41 Birch Ln"; "Friday after 5", "Wednesday at 5"
            }

            if (currency is null && (suffix == "k" || number >= 1000) && (OdometerBefore().IsMatch(before, beforeFrom) || (ItAtBefore().IsMatch(before, beforeFrom) && OdometerAfter().IsMatch(after))))
            {
                continue; // "oil every 5k", "valve check done at 12k", "an Accord with 110k", "it's at 128k now": mileage
            }

            if (currency is null && suffix == "k" && m.Groups["num"].Value == "401")
            {
                continue; // a 401k: the retirement plan, not $401,000
            }

            if (currency is null && suffix == "k" && m.Groups["num"].Value is "2" or "4" or "5" or "6" or "8"
                && (ScreenSpecBefore().IsMatch(before, beforeFrom) || ScreenSpecAfter().IsMatch(after)))
            {
                continue; // "a 50 inch, 4k", "4K touchscreen": a screen's resolution, not $4,000
            }

            if (DeltaAfter().IsMatch(after) || ComponentAfter().IsMatch(after))
            {
                continue; // "$40 less", "50 off": a step, not a position
            }

            if ((NotMoneyAfterNumber(after)) && currency is null)
            {
                continue; // miles, years, inches, GB, bedrooms ...; members, conversations
            }

            var strong = currency is not null || (suffix is "k" or "grand" && !MilesAfter().IsMatch(after)) || MoneyAfter().IsMatch(after);
            if (!strong)
            {
                if (suffix.Length > 0 && suffix != "k")
                {
                    continue;
                }

                var priceBefore = PriceBefore().IsMatch(before, beforeFrom);
                if ((hasStrong ??= StrongMoney().IsMatch(s)) == true && !priceBefore)
                {
                    continue; // "iPhone 11, 64gb, $300": the price is the one marked as money
                }

                if (number is >= 1900 and <= 2035 && number % 1 == 0 && IsYear(number, scale, before, beforeFrom, after, priceBefore))
                {
                    continue; // a year
                }

                if (!(priceBefore || Words(s, ref words) <= 4 || (leading && scale > 0) || (cue ??= PriceCue().IsMatch(s))))
                {
                    continue;
                }

                if (scale >= 1000 && number < scale / 5 && number * 1000 >= scale / 5 && number * 1000 <= scale * 5 && (priceBefore || Words(s, ref words) <= 6 || (cue ??= PriceCue().IsMatch(s)) == true))
                {
                    if (number % 1 == 0 && ShortHundreds().Match(after.ToString()) is { Success: true } hundreds)
                    {
                        // "Yes 11,9" after "Your price is 11,900 right?": thousands and hundreds, 11,900 (not 11 and a 9).
                        number += double.Parse(hundreds.Groups[1].Value, CultureInfo.InvariantCulture) / Math.Pow(10, hundreds.Groups[1].Length);
                    }

                    number *= 1000; // "16.5", "ok 17 it is" in a negotiation over thousands
                }

                if (number < 5 || (scale > 0 && (number < scale / 5 || number > scale * 5)) || (scale == 0 && number < 10))
                {
                    continue;
                }
            }

            if (number <= 0)
            {
                continue;
            }

            result.Add(new PriceCandidate(number, new TextSpan(sentence.Start + m.Index, m.Length), strong, currency));
        }

        // Spelled-out amounts: none without a number word (checked first: it is cheaper than anything else). Before any
        // price is known, only amounts marked as one are read (ReadSpokenPrices), and the rest of the sentence at the
        // scale of the first: "The sticker's twenty-one nine ninety-five, but let me knock a thousand off, twenty nine
        // ninety-five". The digits' candidates are already in text order.
        if (!MayHaveWordNumber(span))
        {
            return;
        }

        if (scale <= 0)
        {
            var found = result.Count;
            if (span.IndexOfAny(SpokenPriceStems) < 0 || !ReadSpokenPrices(s, sentence, result, seller))
            {
                return;
            }

            scale = result[found].Value;
        }
        else if (!(Words(s, ref words) <= 4 || (cue ??= PriceCue().IsMatch(s)) == true))
        {
            return; // a price cue, or a short turn ("two fifty")
        }

        foreach (Match m in SpokenNumbers.WordNumber().Matches(s))
        {
            var after = s.AsSpan(m.Index + m.Length);
            if (Overlaps(result, sentence.Start + m.Index, m.Length) || NotMoneyAfterNumber(after))
            {
                continue;
            }

            if (RoundTheClock().IsMatch(m.Value) || OtherUnitAfter().IsMatch(after) || (result.Count > 0 && AnotherItemAfter().IsMatch(after))
                || NotAPositionWords(s, m))
            {
                continue; // "twenty-four-seven", "four million", "six point nine"; "eighty-nine a month per terminal and forty-nine for the kitchen screen"
            }

            var value = SpokenNumbers.Parse(m.Value, scale);
            if (scale >= 1000 && (value ?? SpokenNumbers.Parse(m.Value, 0)) is { } small && small is >= 10 and < 100 && small < scale / 5
                && small * 1000 >= scale / 5 && small * 1000 <= scale * 5 && !Multiplier().IsMatch(m.Value)
                && (Words(s, ref words) == 1 || WordMoneyAfter().IsMatch(after)))
            {
                value = small * 1000; // "Eighteen.", "eighteen flat" in a negotiation over thousands; not "Eleven works." (a time)
            }

            if (value is not { } v || v < scale / 5 || v > scale * 5)
            {
                continue;
            }

            if (Words(s, ref words) > 4 && !IsMarkedWordPrice(s, m))
            {
                continue; // in talk, a number word is a count, a time or a size unless something marks it as money
            }

            result.Add(new PriceCandidate(v, new TextSpan(sentence.Start + m.Index, m.Length), MoneyAfter().IsMatch(after), null));
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>Reads counts of the named items in a sentence ("2 firewood", "all the water", "three extra seats").</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="sentence">The sentence span.</param>
    /// <param name="items">Item names (singular, lower case) with their spellings.</param>
    /// <param name="result">Receives the candidates in text order.</param>
    public static void ReadCounts(string text, TextSpan sentence, IReadOnlyDictionary<string, string> items, List<CountCandidate> result)
    {
        if (items.Count == 0)
        {
            return;
        }

        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (!MentionsAnyItem(span, items))
        {
            return;
        }

        var s = span.ToString();
        foreach (Match m in CountPhrase().Matches(s))
        {
            var noun = m.Groups["item"].Value.ToLowerInvariant();
            if (!items.TryGetValue(noun, out var item) && !(noun.EndsWith('s') && items.TryGetValue(noun[..^1], out item)))
            {
                continue;
            }

            var n = m.Groups["n"].Value.ToLowerInvariant();
            double value = n switch
            {
                "all" or "all the" or "all of the" => 3,
                "no" or "none of the" or "zero" => 0,
                "a" or "an" or "one" => 1,
                "both" => 2,
                _ => SpokenNumbers.Units.TryGetValue(n, out var u) ? u : double.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : double.NaN,
            };
            if (double.IsNaN(value) || value > 1000)
            {
                continue;
            }

            result.Add(new CountCandidate(value, item, new TextSpan(sentence.Start + m.Index, m.Length)));
        }
    }

    /// <summary>The item of a month-to-month term ("no long contract, it's month to month").</summary>
    public const string MonthToMonth = "month-to-month terms";

    /// <summary>Reads the terms of a sentence: "15% off", "three months free", "net sixty", "waive the onboarding fee", "throw in the case", "month-to-month".</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="sentence">The sentence span.</param>
    /// <param name="result">Receives the candidates in text order.</param>
    public static void ReadTerms(string text, TextSpan sentence, List<TermCandidate> result)
    {
        var part = text.AsSpan(sentence.Start, sentence.Length);
        var percent = part.Contains('%');
        if ((!percent && part.IndexOfAny(TermStems) < 0) || !TermTrigger().IsMatch(part))
        {
            return;
        }

        var s = text.Substring(sentence.Start, sentence.Length);
        var start = result.Count;
        if (percent || part.IndexOfAny(DiscountStems) >= 0)
        {
            foreach (Match m in Discount().Matches(s))
            {
                if (Amount(m.Groups["n"].Value) is { } v && v is > 0 and < 100)
                {
                    result.Add(new TermCandidate(NegotiationIssue.Discount, null, v, new TextSpan(sentence.Start + m.Index, m.Length)));
                }
            }
        }

        if (part.IndexOfAny(FreePeriodStems) >= 0)
        {
            foreach (Match m in FreePeriod().Matches(s))
            {
                if (Amount(m.Groups["n"].Value) is { } v && v > 0)
                {
                    var unit = m.Groups["u"].Value.ToLowerInvariant();
                    var months = unit.StartsWith('w') ? v / 4.0 : unit.StartsWith('d') ? v / 30.0 : unit.StartsWith('y') ? v * 12 : v;
                    result.Add(new TermCandidate(NegotiationIssue.FreePeriod, null, Math.Round(months, 2), new TextSpan(sentence.Start + m.Index, m.Length)));
                }
            }
        }

        if (part.Contains("net", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in NetTerms().Matches(s))
            {
                if (Amount(m.Groups["n"].Value) is { } v && v > 0)
                {
                    result.Add(new TermCandidate(NegotiationIssue.PaymentTerms, null, v, new TextSpan(sentence.Start + m.Index, m.Length)));
                }
            }
        }

        if (part.IndexOfAny(ExtraStems) >= 0)
        {
            foreach (Match m in Extra().Matches(s))
            {
                var span = new TextSpan(sentence.Start + m.Index, m.Length);
                if (result.Skip(start).Any(r => r.Span.Overlaps(span)))
                {
                    continue;
                }

                var item = !m.Groups["item"].Success ? MonthToMonth
                    : (m.Value.StartsWith("w", StringComparison.OrdinalIgnoreCase) ? "waived " : "threw in ") + m.Groups["item"].Value.Trim().ToLowerInvariant();
                result.Add(new TermCandidate(NegotiationIssue.Extras, item, 1, span));
            }
        }

        result.Sort(start, result.Count - start, Comparer<TermCandidate>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start)));
    }

    private static double? Amount(string n)
    {
        if (double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        return n.Trim().ToLowerInvariant() is "a" or "an" ? 1 : SpokenNumbers.Parse(n, 0);
    }


    /// <summary>
    /// Whether a bare number from 1900 to 2035 is a year: written like one ("a 2012 civic", "in 2019", "2009,"), or far from
    /// the prices of this negotiation. Near the listing price ("1950 and its yours" for a 2,000 rent) it is a price.
    /// </summary>
    private static bool IsYear(double number, double scale, ReadOnlySpan<char> before, int beforeFrom, ReadOnlySpan<char> after, bool priceBefore)
    {
        if (YearBefore().IsMatch(before, beforeFrom) || YearAfter().IsMatch(after))
        {
            return true;
        }

        if (scale <= 0 && SpecBeforeComma().IsMatch(before, beforeFrom) && SentenceEndAfter().IsMatch(after))
        {
            return true; // "4 stroke yamaha, 2015. long shaft": the year closes a list of specs, before any price
        }

        return scale > 0 ? number < scale * 0.6 || number > scale * 1.5 : !priceBefore;
    }

    /// <summary>
    /// Reads spelled-out amounts before any price is known: only those marked as a price, by the unit after them
    /// ("three hundred ninety-nine a month", "two fifty a seat", "forty dollars"), a price word right before them ("the
    /// sticker's twenty-one nine ninety-five", "the price is four eighty") or the seller's offer words ("How about six
    /// hundred?", "let me do five seventy-five"; then at least a hundred) or judged as one after
    /// ("twenty-one nine ninety-five is a lot"). Speech-recognition
    /// text writes every price this way, so its calls get a first price, and with it the scale the others are read at.
    /// </summary>
    /// <returns>Whether it read any.</returns>
    private static bool ReadSpokenPrices(string s, TextSpan sentence, List<PriceCandidate> result, bool seller)
    {
        var start = result.Count;
        foreach (Match m in SpokenNumbers.WordNumber().Matches(s))
        {
            var after = s.AsSpan(m.Index + m.Length);
            if (Overlaps(result, sentence.Start + m.Index, m.Length) || NotMoneyAfterNumber(after))
            {
                continue;
            }

            if (RoundTheClock().IsMatch(m.Value) || OtherUnitAfter().IsMatch(after) || NotAPositionWords(s, m))
            {
                continue; // "twenty-four-seven"; "ninety-eight cents" (the ledger reads whole units), "four million"
            }

            var judged = PriceJudgedAfter().IsMatch(after);
            var marked = judged || (seller && PriceUnitAfter().IsMatch(after));
            if ((!marked && !(seller && (PriceWordBefore().IsMatch(s.AsSpan(0, m.Index)) || IsSpokenOffer(s, m))))
                || SpokenNumbers.Parse(m.Value, 0) is not { } v || v < (marked ? 10 : 100))
            {
                continue;
            }

            if (SpokenNumbers.CentsReading(m.Value) is { } cents && FeeBefore().IsMatch(s.AsSpan(0, m.Index)))
            {
                v = cents; // "the late fee is nineteen ninety nine": $19.99, not $1,999
            }

            result.Add(new PriceCandidate(v, new TextSpan(sentence.Start + m.Index, m.Length), MoneyAfter().IsMatch(after), null));
        }

        if (result.Count == start)
        {
            return false;
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return true;
    }

    /// <summary>
    /// Whether a spelled-out number in a sentence of talk is marked as money: a unit after it ("forty dollars", "sixty-five
    /// a month", "eighteen flat"), a price word or a bargaining verb right before it ("the price is", "we can do nineteen
    /// eight", "one at Sunset Motors for nineteen nine"), a judgement after it ("is a lot"), or the colloquial shape only
    /// prices have ("nineteen eight", "one fifty", "twenty-one nine ninety-five").
    /// </summary>
    private static bool IsMarkedWordPrice(string s, Match m)
    {
        var after = s.AsSpan(m.Index + m.Length);
        if (WordMoneyAfter().IsMatch(after) || PriceUnitAfter().IsMatch(after) || PriceJudgedAfter().IsMatch(after))
        {
            return true;
        }

        var before = s.AsSpan(0, m.Index);
        if (PriceWordBefore().IsMatch(before) || BargainBefore().IsMatch(before))
        {
            return true;
        }

        // Two numbers said as one, without "hundred" or "thousand": only prices are said so.
        return !Multiplier().IsMatch(m.Value) && SpokenNumbers.Parse(m.Value, 0) >= 100;
    }

    /// <summary>
    /// Whether a spelled-out amount is a step or an add-on rather than a position: "save over forty dollars a month",
    /// "another forty a month" for an option, "a thousand off" (like "$40 less" in digits), "a base of sixty-five a month
    /// plus eight dollars per person" (a part of the total).
    /// </summary>
    private static bool NotAPositionWords(string s, Match m) =>
        DeltaAfter().IsMatch(s.AsSpan(m.Index + m.Length)) || PartAfter().IsMatch(s.AsSpan(m.Index + m.Length)) || AddOnBefore().IsMatch(s.AsSpan(0, m.Index));

    private static bool Overlaps(List<PriceCandidate> found, int start, int length)
    {
        foreach (var c in found)
        {
            if (c.Span.Overlaps(new TextSpan(start, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <see cref="SpokenNumbers.WordNumber"/> can match: the text holds a number word's stem, or one of the characters its
    /// case-insensitive matching takes for an ASCII letter (the long s, the Kelvin sign) that the stem search does not.
    /// </summary>
    private static bool MayHaveWordNumber(ReadOnlySpan<char> text) =>
        text.IndexOfAny(SpokenNumbers.Stems) >= 0 || text.IndexOfAny(TextScreen.FoldsToAscii) >= 0;

    /// <summary>The sentence's word count, counted on the first call (<paramref name="words"/> below 0 until then).</summary>
    private static int Words(string s, ref int words)
    {
        if (words < 0)
        {
            words = WordCount(s);
        }

        return words;
    }

    private static int WordCount(string s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = char.IsLetterOrDigit(c);
            count += w && !inWord ? 1 : 0;
            inWord = w;
        }

        return count;
    }

    /// <summary>Characters before a number that the look-behind patterns (<see cref="Glued"/>, <see cref="PriceBefore"/>) read.</summary>
    private const int LookBehind = 24;

    /// <summary>Substrings every <see cref="TermTrigger"/> match contains: a vectorized search rules out most sentences first.</summary>
    /// <remarks>'%' is searched apart (a one-character value would make this a slow, scalar Aho-Corasick search).</remarks>
    private static readonly System.Buffers.SearchValues<string> TermStems = System.Buffers.SearchValues.Create(
        ["percent", "per cent", "free", "net", "waiv", "throw", "month", "no ", "on the house", "on us"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Substrings every spelled-out amount contains: a sentence without any of them has no word number.</summary>
    // What each term pattern cannot match without (none holds a 'k', which the regex also finds as the Kelvin sign):
    // the trigger above passes on any term word, so each pattern runs only where its own words are.
    private static readonly System.Buffers.SearchValues<string> DiscountStems = System.Buffers.SearchValues.Create(["percent", "per cent"], StringComparison.OrdinalIgnoreCase); // and '%'


    private static readonly System.Buffers.SearchValues<string> FreePeriodStems = System.Buffers.SearchValues.Create(["free", "at no", "on us", "on the house"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> ExtraStems = System.Buffers.SearchValues.Create(["waiv", "throw", "month"], StringComparison.OrdinalIgnoreCase);


    /// <summary>Substrings every price mark of <see cref="ReadSpokenPrices"/> contains (<see cref="PriceUnitAfter"/>, <see cref="PriceWordBefore"/>, <see cref="SpokenOfferBefore"/>).</summary>
    private static readonly System.Buffers.SearchValues<string> SpokenPriceStems = System.Buffers.SearchValues.Create(
        ["buck", "dollar", "month", "year", "seat", "user", "licen", "location", "site", "head", "room", "truck", "van", "price", "pricing",
         "sticker", "cost", "rate", "fee", "total", "come", "run", "list", "a lot", "much", "steep", "high", "expensive", "pric", "more than",
         "about", "do ", "match", "down to", "go to"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The hundreds of a price in thousands written after a comma: the ",9" of "11,9" (one or two digits, then no digit).</summary>
    [GeneratedRegex(@"^,(\d{1,2})(?![\d,.])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortHundreds();

    [GeneratedRegex(@"(?<![\w.,$£€'’])(?<cur>[$£€])?\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<suf>k|K|grand|mil|m|M)\b)?(?![\w%])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitNumber();

    [GeneratedRegex(@"(?:\d[-/:.]\s?|[A-Za-z#]|\bno\.\s?|\bmodel\s|\bversion\s|\bsize\s|\bnumber\s|\bnr\.?\s?)$|\d\s*(?:-|to)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Glued();

    [GeneratedRegex(@"^(?:[-/:]\d|\.\d|(?:st|nd|rd|th)\b|\s*x\s*\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GluedAfter();

    /// <summary>A model or a count said before a bare number: "the FP-30", "an F-150", "iphone 13", "xbox 360", "cycle count 212".</summary>
    [GeneratedRegex(@"(?:\b[A-Za-z]{1,5}-|\b(?:iphone|ipad|ipod|galaxy|pixel|xbox|ps|playstation|gen|generation|series|mark|mk|count)\s)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ModelBefore();

    /// <summary>A street after a house number: "41 Birch Ln", "12 Oak Street", "300 N Main St".</summary>
    [GeneratedRegex(@"^\s+(?:[NSEW]\.?\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(?:st|street|ave|avenue|ln|lane|rd|road|dr|drive|blvd|boulevard|way|ct|court|pl|place|cir|circle|ter|terrace|pkwy|parkway|hwy|highway)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetAfter();

    /// <summary>
    /// Whether a bare number up to 12 is a time of day: after "after", "before", "until", "past" ("Friday after 5",
    /// "anytime before 9"), or after "at" in a sentence that names a day or a part of one ("Wednesday at 5 or Friday at
    /// noon", "tomorrow at 10"). "I'm at 9" in a haggle over thousands stays a price.
    /// </summary>
    private static bool IsClockTime(string sentence, ReadOnlySpan<char> before, int beforeFrom) =>
        TimeBefore().IsMatch(before, beforeFrom) || (AtBefore().IsMatch(before, beforeFrom) && DayWord().IsMatch(sentence));

    [GeneratedRegex(@"\b(?:after|before|until|till|til|past)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeBefore();

    [GeneratedRegex(@"\bat\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtBefore();

    [GeneratedRegex(@"\b(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?s?\b|\b(?:today|tonight|tonite|tomorrow|tmrw|tmr|morning|afternoon|evening|noon|weekend|o'?clock)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayWord();

    /// <summary>What a vehicle's mileage is said after: "oil every 5k", "done at 12k" (a service), "with 110k", "has 80k".</summary>
    [GeneratedRegex(@"\b(?:every|with|has|had|having)\s$|\b(?:oil|service[ds]?|serviced|valves?|check(?:ed)?|changed|replaced|done|did|belt|fluids?|tires?|brakes?|rebuilt|inspect(?:ed|ion)?|maintenance|clutch|chain|pump|battery|alternator|starter|radiator|transmission|gasket|seals?|plugs|shocks|struts|timing)\b[^.;!?\d]{0,20}\bat\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OdometerBefore();

    /// <summary>The item (not the speaker) at a number: "it's at 128k now", "she's at 90k on it"; "I'm at 12k now" is a price.</summary>
    [GeneratedRegex(@"\b(?:it'?s|its|it is|she'?s|he'?s|odometer(?: is)?|odo(?: is)?)\s+(?:at|around|about|just over|just under|over|under)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItAtBefore();

    /// <summary>After the number: "at 128k now", "at 90k on it".</summary>
    [GeneratedRegex(@"^\s*(?:now|on it|on the clock|on the odometer|on the dash)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OdometerAfter();

    [GeneratedRegex(@"^(?:\s*|-)(?:k\s*)?(?:miles?|megabits?|mbps|gigs?\b|gigabits?|mi\b|kms?\b|kilomet|mpg|hours?|hrs?\b|minutes?|mins?\b|days?|weeks?|wks?\b|months?|mos?\b|years?|yrs?\b|yo\b|inch|inches|in\.|""|'|ft\b|feet|foot|sq|square|lbs?\b|pounds? (?:of|weight)|kg|kilos?|gb|tb|mb|mhz|ghz|hz|mp\b|megapixel|watts?\b|w\b|volts?|v\b|mm\b|cm\b|meters?|bedrooms?|beds?\b|br\b|bathrooms?|baths?\b|ba\b|people|persons?|times|cycles?\b|am\b|pm\b|%|percent|x\b|of (?:them|those|these|us|the)\b|items?|pieces?|pcs|pairs?|seats?|users?|licen[cs]es?|units?|chairs?|kids?|children|cylinders?|cyl\b|v(?:6|8|10|12)\b|l\b|engines?\b|turbo\b|diesel\b|hemi\b|speed|doors?|owners?|cc\b|hp\b|gallons?|liters?|litres?|stars?|points?|percent|firewood|food|water|packages?|extra\b|more\b|additional\b|guests?\b|rooms?\b|patients?\b|employees?\b|reps\b|staff\b|drivers?\b|trucks?\b|locations?\b|stores?\b|clinics?\b|techs?\b|slots?\b|calls?\b|leads?\b|psi\b|rpm\b|btus?\b|db\b|decibels?\b|amps?\b|mah\b|cfm\b|gpm\b|lumens?\b|oz\b|ounces?\b|quarts?\b|qts?\b|gal\b|kwh?\b|fps\b|series\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotMoneyAfter();

    /// <summary>Only a word of hesitation, assent or refusal before a number that opens its sentence: "Honestly", "maybe", "ok", "well,", "no 400 is my bottom line".</summary>
    [GeneratedRegex(@"^\W*(?:(?:honestly|maybe|probably|well|hmm+|um+|uh+|idk|ok(?:ay)?|k|yeah|yes|sure|fine|alright|so|then|realistically|tbh|no|nah|nope)\W+){1,2}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadWords();

    [GeneratedRegex(@"%|percent|per cent|free|net[- ]?\w|waiv|throw|month[- ]to[- ]month|no (?:extra )?(?:cost|charge)|on the house|on us", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TermTrigger();

    private const string NumberWords = @"\d+(?:\.\d+)?|(?:(?:" + SpokenNumbers.UnitAlternation + @"|hundred)[\s-]?){1,3}";

    [GeneratedRegex(@"(?<n>" + NumberWords + @")\s*(?:%|percent\b|per cent\b)(?:\s+(?:off|discount|reduction(?!\s+in\s+(?!(?:the\s+|your\s+|our\s+|its\s+)?(?:list\s+|total\s+|monthly\s+|annual\s+)?(?:price|pricing|cost|costs|fees?|bills?|rates?|premiums?|spend|invoices?|totals?|payments?)\b))|cheaper|lower|less|down|break|lower)\b)|\b(?:discount|reduction|knock off|take off|off) of (?<n>" + NumberWords + @")\s*(?:%|percent\b|per cent\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Discount();

    [GeneratedRegex(@"\b(?<n>" + NumberWords + @"|a|an)\s+(?:(?:extra|more|additional|bonus|free)\s+)*(?<u>months?|weeks?|days?|years?)\s+(?:(?:of\s+(?:the\s+)?\w+\s+)?(?:for\s+)?free|at no (?:extra )?(?:cost|charge)|on (?:us|the house)|free of charge)\b|\bfree\s+(?:for\s+)?(?:the\s+first\s+)?(?<n>" + NumberWords + @")\s+(?<u>months?|weeks?|days?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FreePeriod();

    [GeneratedRegex(@"\bnet[- ]?(?<n>\d{2,3}|thirty|forty[- ]five|sixty|ninety|one twenty)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NetTerms();

    [GeneratedRegex(@"\b(?:waive[sd]?|waiving)\s+(?<item>(?:the\s+|your\s+|that\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?|deposit))\b|\bthrow(?:ing)?\s+in\s+(?<item>(?:a\s+|an\s+|the\s+|some\s+|my\s+)?[\w-]+(?:\s+(?!for\b|if\b|and\b|too\b|as\b)[\w-]+)?)|\bmonth[- ]to[- ]month\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Extra();

    [GeneratedRegex(@"[$£€]\s?\d|\d\s?(?:k|grand)?\s*(?:bucks|dollars?|usd)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StrongMoney();

    [GeneratedRegex(@"^\s*(?:k\b|grand\b|bucks\b|dollars?\b)?\s*(?:less|off|cheaper|lower|more|higher|discount|extra)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeltaAfter();

    [GeneratedRegex(@"^\s*(?:k\b|grand\b)?\s*(?:bucks|dollars?|usd)?\s*(?:[\w-]+\s+)?(?:fee|fees|deposit|charge|shipping|tax|delivery|down payment|per hour)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ComponentAfter();

    [GeneratedRegex(@"^\s*(?:k\s+)?miles?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MilesAfter();

    // A screen's or a camera's resolution said as "4k" in a list of specs: after a size or a display word ("50 inch, 4k",
    // "oled 4k"), or before one ("4K touchscreen", "4k tv", "4k hdr").
    [GeneratedRegex(@"(?:\d\s*(?:""|''|-?inch(?:es)?\b|in\b)|\b(?:tvs?|screen|display|monitor|oled|qled|led|lcd|hdr|uhd|hz|camera|video|shoots?|records?|resolution|samsung|lg|sony|vizio|tcl|hisense|gopro)\b)(?:[^.!?\d]|(?:19|20)\d\d){0,24}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScreenSpecBefore();

    [GeneratedRegex(@"^\s*(?:ultra|uhd|hdr|oled|qled|led\b|lcd|smart\b|tvs?\b|television|touch\s?screen|screens?\b|displays?\b|monitors?\b|resolution|video|camera|projector|\d+\s?hz|@\s?\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScreenSpecAfter();

    [GeneratedRegex(@"^\s*(?:bucks|dollars?|usd|\$|cash|dlls?|obo|firm|or best|even|flat|total|all in|shipped|delivered)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MoneyAfter();

    [GeneratedRegex(@"\b(?:thinking|hoping|rent|monthly|per month|a month|do|take|took|offer(?:ing|ed)?|pay|paying|price|priced|sell|selling|sold|give|go|going|drop|dropping|down|lower|lowest|low|meet|budget|afford|spend|accept|asking|ask|firm|obo|deal|how about|what about|would you|could you|can you|will you|willing|worth|cost|costs|counter|settle|split|middle|at least|at most|max|maximum|minimum|min|bottom|cash|bucks|dollars?|pricey|expensive|cheap|high|come up|bump|raise|than|under|over|for|at|around|about|yours|firm|final|lowest|best)\b|\$|/\s?mo\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PriceCue();

    [GeneratedRegex(@"\b(?:do|take|offer|offering|pay|price|sell|give|go|drop|down|to|at|for|meet|budget|spend|accept|asking|ask|about|around|than|under|over|is|be|it's|its|only|max|least|most|settle|counter|would|with|like|than|me|you|how|what|ok|okay|deal|just|maybe|say)\s*$|[,:\u2013-]\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PriceBefore();

    [GeneratedRegex(@"\b(?:a|an|the|my|his|her|their|our|in|since|from|of|until|till|year|model|built|made|late|early|mid|circa|before|after|around)\s*$|'\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearBefore();

    /// <summary>A spec word and a comma before the number ("yamaha, "), not a reply word ("ok, ", "no, ", "sorry, ").</summary>
    [GeneratedRegex(@"\b(?!(?:ok|okay|no|yes|yeah|yep|ya|nah|nope|sure|sorry|well|fine|hmm+|um+|uh+|honestly|alright|right|so|but|and|then|maybe|like|firm|lowest|asking|price|is|at|for|only|just|hi|hey|hello|thanks|cash|deal|done|best|final|look|listen|man|dude|bro|sir)\b)[a-z]{2,},\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpecBeforeComma();

    /// <summary>The number ends its sentence: a period, then more words or the end.</summary>
    [GeneratedRegex(@"^(?:\.(?:\s|$)|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndAfter();

    [GeneratedRegex(@"^\s*(?:'?s\b|,|model|edition|version|make|vintage|or (?:so|newer|older|later)|(?!(?:and|is|for|firm|obo|if|but|or|then|final|it|its|it's|would|could|works?|sounds?|ok|okay|deal|bucks|dollars|cash|a month|per|max|tops|lowest|best|total|even|flat)\b)[a-z]{2,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"^\s*(?:(?:bucks|dollars?|(?:a|per|an|each)\s+(?:month|year|seat|user|licen[cs]e|location|site|head|room|truck|van)))\b(?!\s+(?:off|less|cheaper|saved|savings|back|more)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PriceUnitAfter();

    /// <summary>A fee or charge named right before an amount ("the late fee is", "a service charge of"): small sums, said like shelf prices.</summary>
    [GeneratedRegex(@"\b(?:fee|fees|charge|surcharge)(?:'s|’s|\s+is|\s+was|\s+of|\s+are)?\s+(?:(?:about|around|roughly|just|only)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FeeBefore();

    [GeneratedRegex(@"\b(?:price|pricing|sticker|cost|costs|rate|fee|total|comes? to|runs?|list)(?:'s|’s|\s+is|\s+was|\s+are)?\s+(?:(?:about|around|roughly|just|only|at)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PriceWordBefore();

    [GeneratedRegex(@"^\s*(?:is|was|seems|sounds)\s+(?:a lot|too much|(?:(?:a little|a bit|way|pretty|really|too)\s+)?(?:steep|high|expensive|pricey)|more than)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PriceJudgedAfter();

    [GeneratedRegex(@"^\s*(?:bucks|dollars?|usd|cash|flat|obo|or best|out the door)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordMoneyAfter();

    [GeneratedRegex(@"\b(?:(?:can|could|would|will|I'll|we'll|I'd|we'd)\s+(?:you\s+)?(?:do|take|pay|offer|give|sell|go|accept)(?:\s+(?:it|you|that|them))?(?:\s+(?:for|at|to))?|(?:down|get|go|come)\s+to|(?:you|us|it|me)\s+at|how about|what about|meet (?:you|me) at|settle (?:for|on|at)|for)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BargainBefore();

    [GeneratedRegex(@"^\s*(?:(?:a|an|per)\s+(?:month|year|seat|user)\s+)?plus\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartAfter();

    [GeneratedRegex(@"\b(?:save[sd]?|saving|savings of|another|plus|extra|additional)\s+(?:(?:over|about|around|roughly|up to|almost|nearly|more than|an extra)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddOnBefore();

    /// <summary>A setting of the item, not a price: "set at 65", "I can set it to 28", "adjusted to 60", "tuned to 440".</summary>
    [GeneratedRegex(@"\b(?:set|adjust(?:ed|s)?|tuned?|dial(?:ed)?|crank(?:ed)?)\s+(?:it\s+|them\s+|that\s+|up\s+|down\s+)?(?:to|at)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SettingBefore();

    /// <summary>
    /// The tens said as words after a digit of hundreds ("2 fifty", "1 seventy-five"), ending the number: the sentence
    /// ends, or a price or offer word follows ("2 fifty cash today?"), not a noun ("2 twenty-pound bags").
    /// </summary>
    [GeneratedRegex(@"\G\s(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?<u>one|two|three|four|five|six|seven|eight|nine))?(?=\s*(?:$|[.,!?;:)]|(?:cash|obo|firm|even|flat|and|for|then|is|would|works?|ok|okay|bucks|dollars|tops|max|if|or|today|tonight|tomorrow|shipped|delivered|total)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HundredsWordsAfter();

    [GeneratedRegex(@"^twenty[\s-]+four[\s-]+seven$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoundTheClock();

    [GeneratedRegex(@"^\s*(?:cents?|million|billion|point)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherUnitAfter();

    [GeneratedRegex(@"^\s*(?:(?:a|per)\s+(?:month|year)\s+)?(?:for|on)\s+(?:the|each|a|an|your)\s+\w", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnotherItemAfter();

    [GeneratedRegex(@"hundred|thousand|grand", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Multiplier();

    [GeneratedRegex(@"\b(?<n>\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundred|all(?: of)?(?: the)?|both|no|none of the|zero)\s+(?:of\s+(?:the\s+|my\s+|your\s+)?)?(?:(?:extra|more|additional|free|packages?\s+of|pkgs?\s+of|packs?\s+of|units?\s+of|cases?\s+of|bundles?\s+of|new)\s+)*(?<item>[a-z]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountPhrase();

    /// <summary>Whether a sentence names any of the item spellings (a cheap check before the count patterns run).</summary>
    /// <param name="sentence">The sentence text.</param>
    /// <param name="items">Item spellings (lower case) to item names.</param>
    /// <returns><see langword="true"/> if any spelling occurs, ignoring case.</returns>
    internal static bool MentionsAnyItem(ReadOnlySpan<char> sentence, IReadOnlyDictionary<string, string> items)
    {
        foreach (var key in items.Keys)
        {
            if (sentence.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
