using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// The other side said back in the second person: "Oh yes, you want to be prepared." after "I like to be prepared for
/// anything out there"; "You are probably going to get pretty hungry on those hikes." after "we hike all day"; "Well you
/// guys did say you did not care much about large fires."; "You're not a horrible person, just worried if what you do
/// even matters.". A statement about them, in a word they used, is a playback however short, where
/// <see cref="PlaysBack"/> needs two of their words and half of its own.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>The fewest letters two words share at their start to count as one word said back ("prepared" / "preparing").</summary>
    private const int MinSharedStem = 5;

    /// <summary>
    /// Whether a seller statement is about the other side and says back what they
    /// told of themselves: "you" (or "you guys", "you both") is its subject, after at most an acknowledgement or a
    /// linking word ("Oh yes,", "So", "Well", "I know"), with a verb of being, wanting, needing, liking, having, feeling,
    /// planning or saying ("you want", "you're worried", "you have kids", "you said", "you are going to get hungry"), and
    /// at least one of its content words is one the other side used in their last few turns, or shares its first
    /// <see cref="MinSharedStem"/> letters with one. Not advice or an instruction ("you should", "you have to", "you need
    /// to"), not the ask, an offer or a prediction ("you can donate", "you'll get 2 food", "you will have a parking slot",
    /// "you're getting the majority of the food"), not praise or the pitch ("You are surely making a difference",
    /// "You're helping a lot of kids", "you have an opportunity to donate"), not the speaker's own side ("I", "we",
    /// "our"; "I know you …" is allowed) and no numbers, which make it an offer.
    /// </summary>
    private bool SaysBackAboutThem(Sentence sentence)
    {
        var text = sentence.Text;
        if (sentence.Role != SpeakerRole.Seller
            || sentence.Act == SentenceAct.Question || sentence.WordCount < MinPlaybackWords || !AboutThemClause().IsMatch(text) || NotAboutThem().IsMatch(text)
            || SpeakerSide().IsMatch(text))
        {
            return false;
        }

        var own = new HashSet<string>(StringComparer.Ordinal);
        if (!AddContentWords(sentence, own) || own.Count == 0)
        {
            return false;
        }

        own.RemoveWhere(AboutThemFiller.Contains);
        if (own.Count == 0)
        {
            return false;
        }

        // The other side's words, read in place (no copies): a sentence of a long call that opens with "you want …" is
        // checked against the last few turns without allocating their words.
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - NeedLookBackTurns; t--)
        {
            var earlier = conversation.Turns[t];
            if (string.Equals(earlier.Speaker.Id, sentence.Turn.Speaker.Id, StringComparison.Ordinal) || DealForm.Action(earlier.Text) is not null)
            {
                continue;
            }

            foreach (var said in earlier.SentenceArray)
            {
                foreach (var token in said.Tokens)
                {
                    if (token.Kind == TokenKind.Word && token.Length >= 4 && SaysOneOf(own, earlier.Text.AsSpan(token.Start, token.Length)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word of the other side (its final "'s" or plural s dropped, as <see cref="AddContentWords"/> does) is one
    /// of <paramref name="own"/> words, or shares its first <see cref="MinSharedStem"/> letters with one.
    /// </summary>
    private static bool SaysOneOf(HashSet<string> own, ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.Length > 4 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) != 's')
        {
            word = word[..^1];
        }

        foreach (var mine in own)
        {
            if (word.Equals(mine, StringComparison.OrdinalIgnoreCase)
                || (word.Length >= MinSharedStem && mine.Length >= MinSharedStem
                    && word[..MinSharedStem].Equals(mine.AsSpan(0, MinSharedStem), StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that say nothing of what the other side told ("probably", "surely", "gonna"), on top of <see cref="FunctionWords"/>.</summary>
    private static readonly HashSet<string> AboutThemFiller = new(StringComparer.Ordinal)
    {
        "probably", "surely", "definitely", "totally", "certainly", "actually", "maybe", "pretty", "gonna", "wanna",
        "guy", "guys", "all", "also", "today", "time",
    };

    /// <summary>
    /// A clause with the listener as its subject, after at most an acknowledgement or a linking word: "Oh yes, you want
    /// …", "So you have …", "Well you guys did say …", "I know you need …", "you're not … just worried …".
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:(?:oh|ah|yes|yeah|yep|ok|okay|well|so|right|true|sure|wow|haha|lol|hmm|and|but|though|then|great|cool|nice|gotcha|got it|i see|i know|i understand|i get it|i hear you|sounds like|it sounds like|seems like|it seems like)\W+)*(?:you guys|you all|y'all|you both|both of you|you|u)(?:'re|’re|'ve|’ve)?(?:\W+(?:really|probably|must|might|may|also|definitely|both|too|all|still|already|usually|always|seem to|did|do|clearly|obviously|just|kind of|sort of|not|never))*\W+(?:are|were|want|wanted|need|needed|like|love|enjoy|prefer|have|had|care|worry|worried|seem|sound|get|got|feel|felt|mentioned|said|say|told|don't|do not|didn't|did not|can't|cannot|aren't|weren't|live|work|plan|planned|planning|be|going to|gonna|hope|hoping|wish|expect|expecting|sounded|seemed|already)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThemClause();

    /// <summary>
    /// What makes a sentence about the listener advice, the ask, an offer, a prediction or praise rather than a playback:
    /// "should", "have to", "need to"; "you can/could/would/will/'ll/'d …"; "helping", "donating", "making a difference",
    /// "an opportunity", "getting the majority"; "generous", "amazing", "such a".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:should|ought to|have to|has to|had better|need to|needs to|got to|gotta|must not)\b|\byou(?:\W+\w+)?\W+(?:can|could|would|will|may|might)\b|\byou(?:'ll|’ll|'d|’d)\b|\b(?:helping|donating|giving|making|getting|saving|contributing|changing|supporting|receiving|taking|keeping)\b|\b(?:difference|opportunity|chance|generous|amazing|awesome|wonderful|kind (?:person|soul|heart|of you)|so kind|sweet|blessed|hero|angel|such a|so much|welcome|deserve|proud)\b|\?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAboutThem();
}
