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
        var clause = AboutThemClause().Match(text);
        if (sentence.Role != SpeakerRole.Seller
            || sentence.Act == SentenceAct.Question || sentence.WordCount < MinPlaybackWords || !clause.Success || NotAboutThem().IsMatch(text)
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

        return OtherSideSaidOneOf(sentence, own, skipQuestions: false) || MirrorsTheirVerb(sentence, clause.Value);
    }

    /// <summary>
    /// Whether the clause's verb of wanting, needing, liking, worrying or planning ("Oh yes, you want to be prepared")
    /// is the one the other side said of themselves in the turn just before ("I want to make sure I have all I need
    /// before we leave"): their "I want" taken up as "you want", though the rest is said in other words.
    /// </summary>
    private bool MirrorsTheirVerb(Sentence sentence, string clause)
    {
        var verb = MirrorVerb().Match(clause);
        var index = sentence.Turn.Index - 1;
        if (!verb.Success || index < 0)
        {
            return false;
        }

        var before = conversation.Turns[index];
        if (string.Equals(before.Speaker.Id, sentence.Turn.Speaker.Id, StringComparison.Ordinal) || DealForm.Action(before.Text) is not null)
        {
            return false;
        }

        var mine = MirrorStem(verb.Value);
        foreach (Match said in OwnVerb().Matches(before.Text))
        {
            if (string.Equals(MirrorStem(said.Groups["verb"].Value), mine, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One form of a mirrored verb: "wanted" → "want", "worried" → "worry", "planning" → "plan".</summary>
    private static string MirrorStem(string verb) => verb.ToLowerInvariant() switch
    {
        "wanted" => "want",
        "needed" => "need",
        "worried" => "worry",
        "planned" or "planning" => "plan",
        "hoping" => "hope",
        var v => v,
    };

    /// <summary>The other side's own verb of wanting, needing, liking, worrying or planning: "I want", "I'm worried", "we really need".</summary>
    [GeneratedRegex(@"\b(?:i|we)(?:'m|’m|'d|’d)?(?:\W+(?:really|also|definitely|just|do|still|would|am|was|are|kind of|so|very|always|usually))*\W+(?<verb>want|wanted|need|needed|like|love|enjoy|prefer|care|worry|worried|hope|hoping|wish|plan|planned|planning|feel)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnVerb();

    /// <summary>The verb of an <see cref="AboutThemClause"/> that the other side may have said of themselves ("you want").</summary>
    [GeneratedRegex(@"\b(?:want|wanted|need|needed|like|love|enjoy|prefer|care|worry|worried|hope|hoping|wish|plan|planned|planning|feel)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MirrorVerb();

    /// <summary>
    /// Whether a seller statement opens with empathy or agreement and goes on to say what it understands, in a word the
    /// other side used in their last few turns ("That's true, not everyone has the means to give" after "I don't have
    /// the means right now"): "I understand being on a tight budget and needing the extra income" (after "money
    /// is tight, I need the extra income"), "I completely understand the skepticism with so many shady organizations out
    /// there" (after "so many charities are shady"). The content is read up to the first comma or contrast ("I
    /// understand, but …"), must not be the speaker's own side or shared ("… a family too"), the ask, praise or the pitch (as for
    /// <see cref="SaysBackAboutThem"/>), and must keep a word beyond the empathy itself ("I completely understand your
    /// concerns", "I hear you", "I feel the same way" say nothing of what they told).
    /// </summary>
    private bool SaysBackAfterEmpathy(Sentence sentence)
    {
        var text = sentence.Text;
        if (sentence.Role != SpeakerRole.Seller || sentence.Act == SentenceAct.Question || sentence.WordCount < MinPlaybackWords)
        {
            return false;
        }

        var opener = EmpathyOpener().Match(text);
        if (!opener.Success)
        {
            return false;
        }

        var content = text.AsSpan(opener.Index + opener.Length);
        var cut = content.IndexOfAny(',', ';', ':');
        if (cut >= 0)
        {
            content = content[..cut];
        }

        foreach (var contrast in Contrast().EnumerateMatches(content))
        {
            content = content[..contrast.Index];
            break;
        }

        // "I totally understand about having to support a family too": the speaker's own situation beside theirs, a
        // "same here" rather than a playback.
        if (SpeakerSide().IsMatch(content) || MeToo().IsMatch(content))
        {
            return false;
        }

        // "I agree donating locally is also important" after "I'd rather donate locally": a doing word the other side
        // used itself is their point said back, not the pitch ("helping", "donating" of the speaker's own ask).
        foreach (var veto in NotAboutThem().EnumerateMatches(content))
        {
            var word = content.Slice(veto.Index, veto.Length);
            if (!word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.ContainsAny(' ', '\'', '’')
                || !OtherSideSaidOneOf(sentence, [word.ToString().ToLowerInvariant()], skipQuestions: true))
            {
                return false;
            }
        }

        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ClauseWord().EnumerateMatches(content))
        {
            var w = content.Slice(word.Index, word.Length).ToString().ToLowerInvariant();
            if (w.Length > 4 && w[^1] == 's' && w[^2] != 's')
            {
                w = w[..^1];
            }

            if (!FunctionWords.Contains(w) && !AboutThemFiller.Contains(w) && !EmpathyWords.Contains(w))
            {
                own.Add(w);
            }
        }

        if (own.Count == 0)
        {
            return false;
        }

        return OtherSideSaidOneOf(sentence, own, skipQuestions: true);
    }

    /// <summary>
    /// Whether the other side, in their last <see cref="NeedLookBackTurns"/> turns (deal forms left out), used a word of
    /// four letters or more that <paramref name="own"/> holds or shares a stem with (<see cref="SaysOneOf"/>). Their
    /// words are read in place (no copies): a sentence of a long call is checked without allocating their words.
    /// With <paramref name="skipQuestions"/>, what they asked is not what they told.
    /// </summary>
    private bool OtherSideSaidOneOf(Sentence sentence, HashSet<string> own, bool skipQuestions)
    {
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - NeedLookBackTurns; t--)
        {
            var earlier = conversation.Turns[t];
            if (string.Equals(earlier.Speaker.Id, sentence.Turn.Speaker.Id, StringComparison.Ordinal) || DealForm.Action(earlier.Text) is not null)
            {
                continue;
            }

            foreach (var said in earlier.SentenceArray)
            {
                if (skipQuestions && said.Act == SentenceAct.Question)
                {
                    continue;
                }

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
    /// Words that only name the empathy or the topic of the sale, not what the other side told: "concerns", "point",
    /// "where you're coming from", "the same way"; "charity", "donation", "children".
    /// </summary>
    private static readonly HashSet<string> EmpathyWords = new(StringComparer.Ordinal)
    {
        "concern", "worry", "worrie", "point", "feeling", "situation", "position", "perspective", "hesitation", "hesitancy",
        "reservation", "frustration", "thought", "view", "reasoning", "logic", "sentiment", "dilemma", "decision", "choice",
        "same", "completely", "totally", "fully", "coming", "saying", "where", "people", "charity", "charitie", "donation",
        "donate", "children", "child", "kids", "save", "organization", "cause", "answer", "question", "reason",
    };

    /// <summary>
    /// Empathy followed by what is understood: "I understand being …", "I completely understand the skepticism …", "I get
    /// not wanting to …", "I can imagine how hard …", "I hear your worry about …"; or agreement followed by the point
    /// agreed with: "That's true, not everyone has the means to give", "You're right, …". "I know" only before the money the
    /// other side told they lack ("I know money is tight"; the words kept as what is understood) or before "it" or "you"
    /// ("I do know it is for extra supplies" after "Keep in mind, this is for extra supplies"; the other side's words still
    /// needed); not "I know the charity is …", "I know how hard it can be to give" nor "I see", which open the speaker's
    /// own claims, nor "Exactly", which goes on with the speaker's own.
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:(?:oh|ah|ok|okay|yes|yeah|well|and|totally|absolutely|honestly|sure)\W+)*i (?:(?:totally|completely|really|fully|do|can|definitely|absolutely|truly|certainly|also|too|100%) )*(?:understand|get|hear|feel|sympathize with|relate to|imagine)\W+(?:(?:that|about|with|how|why)\W+)?(?:the|your|ur|\w+ing|not|it|it's|its|money|times|things)\b|^\W*(?:(?:oh|ah|ok|okay|yes|yeah|well|and)\W+)*i (?:(?:totally|completely|really|do|definitely|also)\W+)*know\W+(?:that\W+)?(?=(?:money|budgets?|finances|funds|cash|it|it['’]s|its|you|you['’](?:re|ve)|your|ur|u)\b)|^\W*(?:(?:oh|ah|ok|okay|yes|yeah|well|and)\W+)*(?:that['’]?s (?:so |very |totally |definitely |absolutely )?(?:true|right|fair|understandable|a (?:good|fair|great|valid) point)|(?:so |very )?true|you['’]?re (?:so |totally |absolutely )?right|i (?:totally |completely |definitely )?agree(?: with you)?|fair (?:enough|point)|(?:good|great|valid) point|agreed)\W+(?:(?:that|because)\W+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmpathyOpener();

    /// <summary>
    /// The speaker sharing the situation: "too", "as well", "myself", "also"; not "is also", which adds to the point
    /// ("donating locally is also important").
    /// </summary>
    [GeneratedRegex(@"\b(?:too|as well|myself|either)\b|(?<!\b(?:is|are|was|were|it's|it’s|that's|that’s) )\balso\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeToo();

    /// <summary>A contrast that turns empathy into argument: "but", "however", "though", "although", "yet", "still".</summary>
    [GeneratedRegex(@"\b(?:but|however|though|although|yet|still|except)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contrast();

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
