using System.Buffers;
using SalesLint.Features;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>
/// What kind of conversation the numbers are in: a bargain (the default), a donation appeal (a persuader asks for a gift:
/// a pledge is the close, a smaller ask is no price concession) or a financial report (an earnings call: the numbers are
/// results, not offers). The transcript's metadata <c>setting</c> (<c>bargaining</c>, <c>donation</c>, <c>report</c>)
/// wins; otherwise it is read from the words: three or more sentences about donating ("donate", "donation", "charity",
/// "pledge", "fundraiser") make a donation appeal; investor words said three times or more (forward-looking
/// statements, guidance, per share, a conference call …: <see cref="InvestorVocabulary"/>, the same test that makes
/// an investor call for the sales rules) make a report. Run only for conversations whose ledger has a move.
/// </summary>
internal static class SettingReader
{
    /// <summary>Metadata names that carry the setting, in order of preference.</summary>
    public static readonly string[] Keys = ["setting", "negotiation_setting"];

    /// <summary>Words of a sentence about donating.</summary>
    internal static readonly SearchValues<string> DonationWords =
        SearchValues.Create(["donat", "charit", "pledg", "fundrais", "nonprofit", "non-profit"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The setting of a conversation.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The setting.</returns>
    public static NegotiationSetting Read(Conversation conversation)
    {
        foreach (var key in Keys)
        {
            if (conversation.Metadata.TryGetValue(key, out var text) && Parse(text) is { } given)
            {
                return given;
            }
        }

        var donation = 0;
        foreach (var turn in conversation.Turns)
        {
            if (!ContainsAny(turn.Text, DonationWords))
            {
                continue;
            }

            foreach (var sentence in turn.Sentences)
            {
                donation += ContainsAny(sentence.Text, DonationWords) ? 1 : 0;
            }
        }

        return donation >= 3 ? NegotiationSetting.Donation
            : InvestorVocabulary.IsInvestorCall(conversation) ? NegotiationSetting.Report
            : NegotiationSetting.Bargaining;
    }

    /// <summary>Reads a setting name (<c>bargaining</c>/<c>sale</c>, <c>donation</c>/<c>fundraising</c>, <c>report</c>/<c>earnings</c>), or <see langword="null"/>.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The setting.</returns>
    public static NegotiationSetting? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "bargaining" or "bargain" or "sale" or "sales" or "negotiation" => NegotiationSetting.Bargaining,
        "donation" or "fundraising" or "charity" => NegotiationSetting.Donation,
        "report" or "earnings" or "earnings-call" or "earnings call" => NegotiationSetting.Report,
        _ => null,
    };

    /// <summary>Whether the text holds one of the words, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
    internal static bool ContainsAny(string text, SearchValues<string> words) => text.AsSpan().ContainsAny(words);
}
