using System.Text.RegularExpressions;
using SalesLint.Model;
using static SalesLint.Negotiation.LedgerWords;

namespace SalesLint.Negotiation;

/// <summary>
/// A turn that names no value of its own but accepts the other side's standing offer ("deal", "sounds good", "ok" in a
/// short turn): the speaker's acceptance of that offer. Walking away ("ok, thanks anyway", "oh ok nvm thanks") accepts nothing.
/// </summary>
internal static partial class AcceptanceReader
{
    /// <summary>"Deal" to the other side's last offer of the last two turns, on the issue that offer was about.</summary>
    public static void TryAcceptance(MoveTracker tracker, Turn turn, IReadOnlyList<Turn> turns)
    {
        var speaker = turn.Role;
        var other = Other(speaker);
        if (!tracker.TryGetLastOffer(other, out var offer) || offer.Turn < turn.Index - 2
            || tracker.Best(other, offer.Issue, offer.Item) is not { } standing
            || (tracker.TryGetLastOffer(speaker, out var own) && own.Turn > offer.Turn))
        {
            return;
        }

        if (Decline().IsMatch(turn.Text))
        {
            return; // "ok, thanks anyway"
        }

        // "Sure. Send it over." after a long turn that named the price early on answers the turn's end, not the price.
        var named = tracker.Positions.FindLast(p => p.Turn == offer.Turn && p.Speaker == other);
        if (named is not null && turns[offer.Turn].Sentences.Count - 1 - named.Sentence > 2)
        {
            return;
        }

        foreach (var sentence in turn.Sentences)
        {
            if (sentence.Act == SentenceAct.Question)
            {
                continue;
            }

            var text = sentence.Text;
            var accept = Accept().Match(text);

            // A bare "sure"/"ok" leading a longer turn may only acknowledge; a plain yes after it ("sure that's fine, when
            // can you come by", "yeah 150 works") takes the offer all the same.
            var strong = accept;
            while (strong.Success && WeakAccept().IsMatch(strong.Value))
            {
                strong = strong.NextMatch();
            }

            if (accept.Success && !Negative().IsMatch(text) && (strong.Success || (turn.WordCount <= 4 && !AcknowledgesQuote(tracker, turns, offer))))
            {
                var taken = strong.Success ? strong : accept;
                tracker.Add(speaker, speaker, PositionKind.Acceptance, offer.Issue, offer.Item, standing, SpeakerRole.Seller, turn, sentence,
                    new TextSpan(sentence.Span.Start + taken.Index, taken.Length), sentence);
                tracker.SetLastOffer(speaker, turn.Index, offer.Issue, offer.Item);
                return;
            }
        }
    }

    /// <summary>
    /// "Sounds good" to the other side's split offer of the last two turns: the speaker takes what that offer leaves it,
    /// item by item (a deal on each item, not a concession).
    /// </summary>
    public static void TryItemAcceptance(MoveTracker tracker, Turn turn, double total)
    {
        var speaker = turn.Role;
        var other = Other(speaker);
        var offered = tracker.Positions.FindLast(p => p.Issue == NegotiationIssue.Units && p.Kind == PositionKind.Offer);
        if (offered is null || offered.Speaker != other || offered.Turn < turn.Index - 2 || Decline().IsMatch(turn.Text))
        {
            return;
        }

        foreach (var sentence in turn.Sentences)
        {
            var text = sentence.Text;
            var accept = Accept().Match(text);
            if (sentence.Act == SentenceAct.Question || !accept.Success || Negative().IsMatch(text) || (WeakAccept().IsMatch(accept.Value) && turn.WordCount > 4))
            {
                continue;
            }

            var span = new TextSpan(sentence.Span.Start + accept.Index, accept.Length);
            foreach (var item in tracker.Positions.Where(p => p.Turn == offered.Turn && p.Speaker == other && p.Issue == NegotiationIssue.Units).Select(p => p.Item!).Distinct(StringComparer.Ordinal).ToList())
            {
                if (tracker.OwnClaim(other, item, total) is { } theirs)
                {
                    tracker.Add(speaker, speaker, PositionKind.Acceptance, NegotiationIssue.Units, item, total - theirs, speaker, turn, sentence, span, sentence);
                }
            }

            return;
        }
    }


    /// <summary>Walking away or putting the deal off: a turn with one of these accepts nothing ("ok, thanks anyway").</summary>
    [GeneratedRegex(@"\b(?:no thanks|no thank you|thanks anyway|thanks though|anyway|i'?ll pass|i will pass|pass on|keep looking|think about it|get back to you|good luck|not interested|out of my budget|over my budget|nevermind|never mind|nvm|forget it|no deal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decline();

    [GeneratedRegex(@"^(?:ok(?:ay)?|kk?|sure|yes|yeah|yep|alright|all right|fine|perfect)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakAccept();
}
