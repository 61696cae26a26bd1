using System.Buffers;
using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Features;

/// <summary>
/// The words of an investor call (an earnings call): forward-looking statements, guidance, per share, EBITDA,
/// year-over-year, shareholders, a conference call … Its executives answer analysts; they neither sell nor bargain.
/// Shared by the conversation setting (no sales rules there) and the negotiation ledger (its numbers are results,
/// not offers).
/// </summary>
/// <remarks>
/// An investor conference's moderated interview (a fireside chat, a symposium session, an investor-day Q&amp;A: a host or
/// an analyst asking a company executive about quarters, margins, guidance) is an investor call too, though its host
/// rarely says "forward-looking statements" or "per share": a frame naming such an event (<see cref="Frame"/>) with the
/// analysts' topics (<see cref="Topic"/>: margins, the quarter, investors, the balance sheet, capital allocation …) at
/// least <see cref="InterviewTopics"/> times, investor words included. A sales call may name a customer conference or
/// an analyst report, but not a fireside chat or an investor conference, and not with the analysts' topics.
/// </remarks>
internal static partial class InvestorVocabulary
{
    /// <summary>Matches from which a conversation is an investor call.</summary>
    public const int CallMatches = 3;

    /// <summary>Topic matches (investor words included) that, after a frame naming an investor conference, make an investor call.</summary>
    public const int InterviewTopics = 4;

    /// <summary>Words each alternative of <see cref="Frame"/> needs: "fireside", "symposium", "conference", "summit", "forum", " day", "cover", "side".</summary>
    private static readonly SearchValues<string> FrameScreen = SearchValues.Create(
        ["fireside", "symposium", "conference", "summit", "forum", " day", "cover", "side"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Words each alternative of <see cref="Topic"/> needs.</summary>
    private static readonly SearchValues<string> TopicScreen = SearchValues.Create(
        [
            "margin", "revenue", "top line", "top-line", "bottom line", "bottom-line", "capital", "balance sheet", "market share", "buyback",
            "repurchase", "dividend", "valuation", "investor", "the street", "basis points", "organic", "target", "run rate", "run-rate",
            "backlog", "m&a", "quarter", "half", "fiscal", "outlook", "cash", "profitab", "leverage", "analyst", "consensus",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Words each alternative of <see cref="Pattern"/> needs ("looking statements", "per share", "ebitda" …): text without one is not searched.</summary>
    private static readonly SearchValues<string> Screen = SearchValues.Create(
        [
            "looking statements", "earnings ", "per share", "guidance", "shareholder", "ebitda", "eps", "over-year", "over year",
            "over-quarter", "over quarter", "fiscal ", "conference call", "answer session", "gross margin", "operating margin", "free cash flow",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts the investor-vocabulary matches in a text, stopping at <paramref name="enough"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="enough">The count at which to stop.</param>
    /// <returns>The count, at most <paramref name="enough"/>.</returns>
    public static int Count(ReadOnlySpan<char> text, int enough) => CountMatches(text, enough, Screen, Pattern());

    /// <summary>Whether the text names an investor conference's moderated session (<see cref="Frame"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool NamesInvestorEvent(ReadOnlySpan<char> text) => TextScreen.MayHold(text, FrameScreen) && Frame().IsMatch(text);

    /// <summary>Counts the analysts' topics in a text (<see cref="Topic"/>), stopping at <paramref name="enough"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="enough">The count at which to stop.</param>
    /// <returns>The count, at most <paramref name="enough"/>.</returns>
    public static int CountTopics(ReadOnlySpan<char> text, int enough) => CountMatches(text, enough, TopicScreen, Topic());

    /// <summary>Counts a regex's matches in a text that holds one of its screen's words, stopping at <paramref name="enough"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="enough">The count at which to stop.</param>
    /// <param name="screen">Words each match needs one of.</param>
    /// <param name="regex">The regex.</param>
    /// <returns>The count, at most <paramref name="enough"/>.</returns>
    private static int CountMatches(ReadOnlySpan<char> text, int enough, SearchValues<string> screen, Regex regex)
    {
        var count = 0;
        if (enough <= 0 || !TextScreen.MayHold(text, screen))
        {
            return count;
        }

        foreach (var _ in regex.EnumerateMatches(text))
        {
            if (++count >= enough)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether a conversation says investor words at least <see cref="CallMatches"/> times, or names an investor
    /// conference's moderated session and says the analysts' topics at least <see cref="InterviewTopics"/> times.
    /// </summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns><see langword="true"/> for an investor call.</returns>
    public static bool IsInvestorCall(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);

        // Read once per conversation: the ledger's setting and the unanswered-question rule both ask.
        var known = Volatile.Read(ref conversation.InvestorCallSlot);
        if (known != 0)
        {
            return known == 2;
        }

        var investor = Read(conversation);
        Volatile.Write(ref conversation.InvestorCallSlot, investor ? 2 : 1);
        return investor;
    }

    private static bool Read(Conversation conversation)
    {
        var tally = default(Tally);
        foreach (var turn in conversation.Turns)
        {
            if (tally.Add(turn.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The running count of one conversation's investor words, frame and topics, turn by turn.</summary>
    public struct Tally
    {
        private int words;
        private int topics;
        private bool framed;

        /// <summary>Adds a turn's text.</summary>
        /// <param name="text">The text.</param>
        /// <returns>Whether the conversation is now an investor call.</returns>
        public bool Add(ReadOnlySpan<char> text)
        {
            words += Count(text, CallMatches - words);
            if (words >= CallMatches)
            {
                return true;
            }

            framed = framed || NamesInvestorEvent(text);
            if (framed)
            {
                // Counted from the frame on (a moderator opens with it), so a sales call pays for no topic search.
                topics += CountTopics(text, InterviewTopics - topics - words);
            }

            return framed && words + topics >= InterviewTopics;
        }
    }

    [GeneratedRegex(
        @"forward[- ]looking statements|\bearnings (call|release|per share)|\bper share\b|\bguidance\b|\bshareholders?\b|\bebitda\b|\beps\b|year[- ]over[- ]year|quarter[- ]over[- ]quarter|\bfiscal (year|20\d\d)\b|\bconference call\b|question[- ]and[- ]answer session|\bgross margins?\b|\boperating margins?\b|\bfree cash flow\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>
    /// A frame naming an investor conference's moderated session: "fireside chat", "symposium", an investor, analyst,
    /// financial, healthcare, technology … conference, summit or forum, an investor or analyst day, "I cover the
    /// stock", the sell side or buy side. Not a customer or user conference.
    /// </summary>
    [GeneratedRegex(
        @"\bfireside(?: chats?)?\b|\bsymposium\b|\b(?:investors?|investment|analysts?|financial|financials|finance|healthcare|health care|biotech|pharma|technology|tech|tmt|growth|industrials?|consumer|retail|energy|utilities|banking|bank|insurance|media|telecom|real estate|reit|mid-?cap|small-?cap|smid-?cap|global|leveraged finance|capital markets|equity|equities|securities) (?:conference|summit|forum|symposium)\b|\b(?:investor|investors|analyst|analysts|capital markets) day\b|\b(?:i|we) (?:cover|have covered|'ve covered) (?:the|this|your) (?:stock|name|company|sector|space)\b|\b(?:sell|buy)[- ]side\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Frame();

    /// <summary>
    /// The analysts' topics: margins, revenue growth, the top or bottom line, capital allocation, the balance sheet,
    /// market share, buybacks, dividends, valuation, investors, the street, basis points, organic growth, long-term
    /// targets, run rate, backlog, M&amp;A, the quarter, the first or second half, fiscal, the outlook, cash flow,
    /// profitability, leverage, analysts, consensus.
    /// </summary>
    [GeneratedRegex(
        @"\bmargins?\b|\brevenue growth\b|\b(?:top|bottom)[- ]line\b|\bcapital allocation\b|\bbalance sheet\b|\bmarket share\b|\bbuybacks?\b|\bshare repurchases?\b|\bdividends?\b|\bvaluation\b|\binvestors?\b|\bthe street\b|\bbasis points\b|\borganic(?:ally)? (?:growth|grow)\b|\blong[- ]term targets?\b|\brun[- ]rate\b|\bbacklog\b|\bm&a\b|\b(?:the|this|last|next|each|every|(?:first|second|third|fourth)) quarters?\b|\bquarter[- ](?:on|over|to)[- ]quarter\b|\b(?:first|second|back) half\b|\bfiscal\b|\boutlook\b|\b(?:free )?cash flows?\b|\bprofitability\b|\bleverage\b|\banalysts?\b|\bconsensus\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Topic();
}
