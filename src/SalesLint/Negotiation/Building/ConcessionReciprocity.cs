using System.Text.RegularExpressions;
using SalesLint.Model;
using static SalesLint.Negotiation.LedgerWords;

namespace SalesLint.Negotiation;

/// <summary>
/// What answered each concession: the other side's next concession, or a deal that moved it, before the party's next
/// concession in a later turn, or the other side taking the deal in its next turn ("ok deal"); failing that
/// (<see cref="LedgerOptions.NonPriceGets"/>), a non-price give of the other side in those turns (picking up, paying
/// now, signing, a longer term, a reference), or one it offered in its turn just before, without a price of its own
/// ("anything for signing for two years?" → "a two-year term takes ten percent off").
/// </summary>
internal static partial class ConcessionReciprocity
{
    /// <summary>The moves with each concession marked reciprocated or not, and by what.</summary>
    public static List<NegotiationMove> Judge(List<NegotiationMove> moves, List<NegotiationPosition> positions, Conversation conversation, LedgerOptions options, string? currency)
    {
        var result = new List<NegotiationMove>(moves.Count);
        for (var i = 0; i < moves.Count; i++)
        {
            var move = moves[i];
            if (move.Kind != MoveKind.Concession)
            {
                result.Add(move);
                continue;
            }

            var party = move.Party;
            var other = Other(party);
            // The party's next concession in a later turn ("5000 and I'll throw in the helmet" is one move).
            var next = moves.FindIndex(i + 1, m => m.Party == party && m.Kind == MoveKind.Concession && m.Position.Turn > move.Position.Turn);
            var end = next < 0 ? moves.Count : next;
            string? by = null;
            NegotiationIssue? on = null;
            for (var j = i + 1; j < end && by is null; j++)
            {
                var m = moves[j];
                // The other side came toward the party: a concession, or a deal that moved it (accepting the party's
                // price counts; taking a gift does not).
                // A deal on another track of the price offered in a later turn ("I can do 420" for one, then "400 each"
                // if both neighbours sign) takes that other offer, not this concession; a bundle offered with the drop
                // ("I can do 525. … both for 650") is what bought it.
                var moved = m.Kind == MoveKind.Concession
                    || (m.Kind == MoveKind.Deal && (m.Position.Issue == NegotiationIssue.Price || (m.From is { } f && !Same(f, m.To)))
                        && !(m.Position.Issue == move.Position.Issue && m.Position.Item != move.Position.Item
                            && !positions.Exists(p => p.Party == party && p.Issue == m.Position.Issue && p.Item == m.Position.Item && p.Turn <= move.Position.Turn)));
                if (m.Party == other && moved && m.Position.Turn > move.Position.Turn)
                {
                    by = m.Kind == MoveKind.Deal
                        ? "accepted " + Format(currency, m.Position.Issue, m.Position.Item, m.To)
                        : $"came {(m.To > m.From ? "up" : "down")} from {Format(currency, m.Position.Issue, m.Position.Item, m.From ?? 0)} to {Format(currency, m.Position.Issue, m.Position.Item, m.To)}";
                    on = m.Position.Issue;
                }
            }

            // The step answers the other side's own move in its turn just before ("would you do 60?" / "120 is already
            // low" / "80?" / "I can do 110"): a higher offer is something given back, so the step is an exchange
            // (LedgerOptions.AnsweredMoves).
            if (by is null && options.AnsweredMoves && AnsweredMove(moves, conversation, i) is { } answered)
            {
                by = $"answered its move from {Format(currency, answered.Position.Issue, answered.Position.Item, answered.From ?? 0)} to {Format(currency, answered.Position.Issue, answered.Position.Item, answered.To)}";
                on = answered.Position.Issue;
            }

            // The other side took the deal at once ("ok deal. 1050 with the lock and charger"): the concession closed it.
            by ??= DealTaken(conversation, other, move.Position.Turn);
            if (by is null && options.NonPriceGets)
            {
                var until = next < 0 ? int.MaxValue : moves[next].Position.Turn;
                by = FindGet(conversation, positions, other, move.Position.Turn, until)
                    ?? GetAskedFor(conversation, positions, other, move.Position.Turn);
            }

            result.Add(move with { Reciprocated = by is not null, ReciprocatedBy = by, ReciprocatedOn = on });
        }

        return result;
    }

    /// <summary>
    /// The other side's concession on the same issue and item in its last turn before the concession at
    /// <paramref name="index"/>, when the party made no other concession since and the step is no larger than that move
    /// ("80?" → "I can do 110"): the step answers a real move; a larger one ("850?" → "ok 900, and I'll throw in the
    /// charger") gives more than it got. Its first number, a repeated number, an argument or a walk is no move; nor is a number said as
    /// a budget or limit ("I can come tomorrow but my budget is 275"), which tells what the other side can pay rather
    /// than offering a step for one.
    /// </summary>
    private static NegotiationMove? AnsweredMove(List<NegotiationMove> moves, Conversation conversation, int index)
    {
        var move = moves[index];
        var other = Other(move.Party);
        var turns = conversation.Turns;
        var last = -1;
        for (var t = move.Position.Turn - 1; t >= 0; t--)
        {
            if (turns[t].Role == other)
            {
                last = t;
                break;
            }
        }

        if (last < 0)
        {
            return null;
        }

        for (var j = index - 1; j >= 0; j--)
        {
            var m = moves[j];
            if (m.Position.Turn < last)
            {
                return null;
            }

            if (m.Party == move.Party && m.Kind == MoveKind.Concession && m.Position.Turn < move.Position.Turn)
            {
                return null; // the party already answered that move
            }

            if (m.Party == other && m.Kind == MoveKind.Concession && m.Position.Turn == last && m.From is not null
                && m.Position.Issue == move.Position.Issue && m.Position.Item == move.Position.Item
                && move.Amount <= m.Amount * (1 + Epsilon)
                && !Limit().IsMatch(turns[last].Sentences[m.Position.Sentence].Text))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// The first non-price give of a party in turns (from, until): picking up, paying now, signing, a term, a reference.
    /// Read only for concessions that nothing else answered, so most calls never run it. A turn in which the party also
    /// holds or restates its own price ("150 if I pick it up today") ties the give to its own ask: not an answer.
    /// </summary>
    private static string? FindGet(Conversation conversation, List<NegotiationPosition> positions, SpeakerRole party, int from, int until)
    {
        var turns = conversation.Turns;
        for (var t = from + 1; t < Math.Min(until, turns.Count); t++)
        {
            var turn = turns[t];
            if (turn.Role != party || positions.Exists(p => p.Turn == t && p.Speaker == party && p.Issue == NegotiationIssue.Price))
            {
                continue;
            }

            foreach (var sentence in turn.Sentences)
            {
                var found = Get().Match(sentence.Text);
                if (found.Success)
                {
                    return found.Value;
                }

                if (sentence.HasFeature("commitment"))
                {
                    return sentence.Text;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The other side's next turn taking the deal in deal words ("ok deal", "you've got a deal", "sold", "I'll take it"),
    /// without a negation: the concession closed the deal. A mere "okay" or "that's great" takes nothing.
    /// </summary>
    private static string? DealTaken(Conversation conversation, SpeakerRole party, int from)
    {
        var turns = conversation.Turns;
        for (var t = from + 1; t < turns.Count; t++)
        {
            if (turns[t].Role != party)
            {
                continue;
            }

            foreach (var sentence in turns[t].Sentences)
            {
                if (sentence.Act != SentenceAct.Question && DealWords().Match(sentence.Text) is { Success: true } deal && !Negative().IsMatch(sentence.Text))
                {
                    return "took the deal: " + deal.Value;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A give the other side offered in its turn just before the concession, without a price of its own in that turn
    /// ("She'll want to know if there's anything for signing for two years" → "a two-year term takes ten percent off"):
    /// the concession is what that give bought.
    /// </summary>
    private static string? GetAskedFor(Conversation conversation, List<NegotiationPosition> positions, SpeakerRole party, int from)
    {
        var turns = conversation.Turns;
        for (var t = from - 1; t >= 0 && t >= from - 2; t--)
        {
            if (turns[t].Role != party)
            {
                continue;
            }

            if (positions.Exists(p => p.Turn == t && p.Speaker == party && p.Issue == NegotiationIssue.Price))
            {
                return null;
            }

            foreach (var sentence in turns[t].Sentences)
            {
                var get = Get().Match(sentence.Text);
                if (!get.Success)
                {
                    get = TermOffered().Match(sentence.Text);
                }

                if (get.Success)
                {
                    return "offered " + get.Value;
                }
            }

            return null;
        }

        return null;
    }

    private static string Format(string? currency, NegotiationIssue issue, string? item, double value) => new NegotiationLedger([], [], currency ?? "$").Format(issue, item, value);

    [GeneratedRegex(@"\b(?:i(?:'ll| will| can| could) (?:pick (?:it |them |this )?up(?: (?:today|tonight|tomorrow|now|right away|asap|this \w+))?|come (?:get|grab|pick)|grab (?:it|them)|get (?:it|them) (?:today|tonight|now))|(?:pay|paying) (?:cash|now|today|up ?front|in full|right away)|cash in hand|(?:we|i)(?:'ll| will| can) sign|sign (?:today|this week|now)|commit to|(?:two|three|2|3|multi)[- ]year|be a reference|(?:i'?ll|we'?ll|i can|we can) refer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Get();

    /// <summary>A number said as a budget or limit ("my budget is 275", "the most I can do", "all I have", "about what I have", "max").</summary>
    [GeneratedRegex(@"\b(?:budget|(?:most|max|maximum|highest|all|what) (?:i|we) (?:can|could|have|got)|\bmax\b|maximum|my limit|tops)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Limit();

    /// <summary>Deal words that take an offer ("ok deal", "you've got a deal", "it's a deal", "sold", "I'll take it"; not "I'll take it to my boss").</summary>
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|alright|great|perfect|yes|yeah)\W+)?(?:(?:it'?s|you(?:'ve)? got|you have|we have|that'?s) a deal|deal|sold|done|(?:i|we)(?:'ll| will) take it(?! (?:to|back|up|home|over|in|with)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DealWords();

    /// <summary>A longer commitment offered ("for signing for two years", "if we commit to three years", "a two-year term").</summary>
    [GeneratedRegex(@"\b(?:sign(?:ing|ed)?|commit(?:ting|ted)?|lock(?:ing)? in|go(?:ing)?|stay(?:ing)?) (?:up )?(?:for|to) (?:two|three|four|five|2|3|4|5|multiple) years\b|\b(?:two|three|four|five|2|3|4|5|multi)[- ]years?[- ](?:term|contract|deal|commitment|agreement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermOffered();
}
