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
internal static partial class InvestorVocabulary
{
    /// <summary>Matches from which a conversation is an investor call.</summary>
    public const int CallMatches = 3;

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
    public static int Count(ReadOnlySpan<char> text, int enough)
    {
        var count = 0;
        if (enough <= 0 || !TextScreen.MayHold(text, Screen))
        {
            return count;
        }

        foreach (var _ in Pattern().EnumerateMatches(text))
        {
            if (++count >= enough)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>Whether a conversation says investor words at least <see cref="CallMatches"/> times.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns><see langword="true"/> for an investor call.</returns>
    public static bool IsInvestorCall(Conversation conversation)
    {
        var found = 0;
        foreach (var turn in conversation.Turns)
        {
            found += Count(turn.Text, CallMatches - found);
            if (found >= CallMatches)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"forward[- ]looking statements|\bearnings (call|release|per share)|\bper share\b|\bguidance\b|\bshareholders?\b|\bebitda\b|\beps\b|year[- ]over[- ]year|quarter[- ]over[- ]quarter|\bfiscal (year|20\d\d)\b|\bconference call\b|question[- ]and[- ]answer session|\bgross margins?\b|\boperating margins?\b|\bfree cash flow\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
