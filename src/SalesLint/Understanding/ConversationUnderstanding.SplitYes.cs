using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// A yes to terms said in a clause of its own, as bargaining chats say it: "Ok, it seems like a good deal, but if you
/// want we can talk a little more", "I think that will work perfect!", "I think that should be okay", "Firewood was
/// also of priority to me but I am willing to give in to your request", "i certainly wouldn't want you to get
/// dehydrated, so i'm okay with that". The yes clause opens the sentence or follows a clause break; a negation or
/// the speaker's own ask in an earlier clause does not take it back, one in the yes clause or after it does ("that
/// seems like a good deal for you, but I need more water", "I'm not okay with that").
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>Whether a statement says yes in a clause of its own (see the type's remarks): a strong yes.</summary>
    private static bool SaysYesInAClause(Sentence sentence)
    {
        if (sentence.Act == SentenceAct.Question || ClauseYes().Match(sentence.Text) is not { Success: true } yes)
        {
            return false;
        }

        var rest = sentence.Text.AsSpan(yes.Index);
        return !Negation().IsMatch(rest) && !OwnNeedAfter().IsMatch(rest);
    }

    /// <summary>
    /// A yes clause: at the start (after "ok", "well", "I think"…) or after a clause break ("…, so", "… but", "; "), an
    /// acceptance of the terms ("it seems like a good deal", "that will work perfect", "that should be okay", "I'm okay
    /// with that", "I am willing to give in to your request", "I can live with that") that ends the sentence or its
    /// clause.
    /// </summary>
    [GeneratedRegex(
        @"(?:^|[,;:.!]\s*|\b(?:so|but|and|then)\s+)\W*(?:(?:ok|okay|yes|yeah|well|alright|great|sure|hmm+|then|so)\W+)*(?:i (?:think|guess|believe|suppose)\s+)?"
        + @"(?:(?:it|that|this)(?:'s| is)? (?:seems?|sounds?|looks?) (?:like )?(?:a |an )?(?:really |very |pretty |fairly )?(?:good|great|fair|fine|reasonable|nice|decent)(?: (?:deal|plan|split|trade|offer|idea|compromise))?"
        + @"|(?:that|this|it) (?:will|would|should|could|can) (?:work|be (?:fine|good|great|okay|ok|perfect|fair|acceptable|doable|alright|all right))(?: (?:out|perfect(?:ly)?|great|fine|well|nicely|for (?:me|us)))?"
        + @"|(?:i'?m|i am|im|we'?re|we are) (?:(?:totally|perfectly|completely|really|definitely|also|fine and|good and) )?(?:ok|okay|fine|good|happy|alright|cool) with (?:that|this|it|the (?:deal|split|trade|offer)|your (?:offer|proposal|request|deal|terms|split))"
        + @"|(?:i'?m|i am|im|we'?re|we are) (?:\w+ )?willing to (?:give in to|go with|accept|agree to) (?:that|this|it|your (?:request|offer|proposal|deal|terms|split)|the (?:deal|split|trade|offer))"
        + @"|(?:i|we) (?:can|could) (?:live with|accept|agree to|go with) (?:that|this|it|your (?:offer|proposal|request|terms|split)|the (?:deal|split|trade|offer)))"
        + @"(?:\s+(?:then|too|to me|for me|with me|for us))?(?=\W*$|\s*[,;.!]+\s*(?:but|and|so|thanks?|thank you)?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseYes();

    /// <summary>
    /// The speaker asking for something of their own, a condition or a hedge after the yes: "…, but I need more water",
    /// "…if I get the firewood", "…if you give me the water", "…for you", "…maybe".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i|we) (?:\w+ )?(?:need|want|would like|'d like|was hoping|were hoping)\b|\bif (?:i|we) (?:get|can get|could get|keep|can keep|have)\b|\bif you (?:\w+ )?(?:give|let|send)\b|\b(?:for you|instead|maybe|might|not sure|think about)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnNeedAfter();
}
