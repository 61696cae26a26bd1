using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// The sentence-understanding layer for one conversation: the label model's probabilities for each sentence,
/// adjusted by context. Sentences are labelled on first use (rules that never ask cost nothing) and the result is
/// cached; safe to use from several threads.
/// </summary>
/// <remarks>
/// Context, on top of the model:
/// <list type="bullet">
/// <item>A statement answering the other side's discovery question (the closest earlier turn by another speaker,
/// skipping backchannels, has a sentence labelled <c>discovery</c>) is more likely a goal, problem or need: their
/// log-odds get <see cref="DiscoveryAnswerBoost"/>.</item>
/// <item>Product talk answering the other side's question about the product, the price or the speaker (that turn has
/// a question labelled <c>product</c> or <c>discovery</c>, e.g. "What charity are you involved in?") is also labelled
/// <c>requested</c>, with the lower of the two confidences:
/// product talk the buyer asked for is not premature. A question about who is calling and why ("What's this about?",
/// "Who's this?") asks for the reason of the call, not for the pitch: the answer to it is not <c>requested</c>.
/// Product talk answering any other real question of the other side is <c>requested</c> too, at
/// <see cref="OpenQuestionConfidence"/>, whatever the question's words ("Do you only work in the US?" → "No, we work all
/// around the world"): a wh-, open or or-question by any sentence of the answer, a yes/no question by a short sentence
/// that repeats one of its words (not the spec list after "Yes it is" to "is it still available?"); a check-in ("how
/// are you doing?") or a question handed back after one ("I'm good, how about you?") asks for none. A check-in
/// ("How is it going?") is never product talk.</item>
/// <item>A short statement introducing the offering in the same turn as a question about whether the other side has
/// heard of it ("So there's a great charity called Save the Children. Have you heard of it?", "Have you heard of Save
/// the Children? It's a charity!") is the opener, not product talk: at most <see cref="MaxOpenerWords"/> words, no
/// figure, not asking them to take it (donate, buy, sign up …), and only while the speaker has not talked about the
/// offering in an earlier turn.</item>
/// <item>Praise for the other side, the whole sentence ("That's very commendable", "How generous of you!"), and a
/// question asking leave to tell ("Would you like to hear about ways you can help Save the Children today?", "Can I
/// tell you a little about …?") are never product talk.</item>
/// <item>A buyer statement telling what they like, value or do, in answer to a discovery question about them that is
/// neither about the offering nor about what they know ("You care for children?" → "i do very much yes", "have you ever
/// donated to a charity" → "Yes, very often"), or sharing the other side's own liking ("I usually like to focus on
/// charities that help children" → "i also usually focus that"), states a preference: a need with at least
/// <see cref="OwnWayConfidence"/>. Not with a negation, a refusal, a deferral or an objection, and not in a business
/// sale, where a yes to "Do you use a help desk?" tells the buyer's situation.</item>
/// <item>A buyer statement telling their own giving or why they give, asked for or not ("OK, i have donated to them
/// before!!", "I typically donate to local charities", "I just want to help this world"), tells the good they want to do: a need with at least
/// <see cref="OwnWayConfidence"/>. Not a promise ("I would donate 10c"), a condition, a negation or an objection, and
/// not in a business sale.</item>
/// <item>A statement putting a condition on the speaker's yes ("Certainly, as long as I know the donation will help the
/// children", "only if I can cancel anytime", "it all depends on who it is for") states what they require: a need with at least
/// <see cref="ConditionNeedConfidence"/>.</item>
/// <item>A sentence naming one of the user's own product terms (a <c>product</c> lexicon match that the built-in
/// product lexicon does not have, e.g. a product name or a catalogue title added in the configuration) is product
/// talk with at least <see cref="UserProductTermConfidence"/>: the built-in generic words ("features", "price") are
/// left to the model, which knows "the film features The Rock" is not product talk. A user term counts only when it is
/// the speaker's own: a term the other side named earlier ("have you seen Hereditary?" → "yes, Hereditary is
/// terrifying") is an answer about what they brought up, and is left to the model. A one-word user term that is also
/// an everyday function word ("It", "Up", "Us", "Her": catalogue titles) counts only when written as a name (capitalized
/// after the sentence's first word) or followed by a year in parentheses ("Up (2009)"), so "what's up" is not a title.</item>
/// <item>An answer to a discovery question naming one of the user's product terms tells a taste ("What's a movie you
/// loved recently?" → "Knives Out, it was so clever"): it is a need with at least <see cref="UserProductTermConfidence"/>.</item>
/// <item>A question (or a request labelled product and need, such as "recommend me something scary") naming one of
/// the user's product terms is a question about the product too: the answer to it is <c>requested</c>.</item>
/// <item>So is a request for information said as a statement ("I'd like more information", "I would like to know
/// more about the charity", "tell me more", "Okay, please tell me about the charity", "first i need to know what
/// organization"; not "tell me about yourselves", which invites questions about the other side): with
/// <see cref="InformationRequestConfidence"/>. Permission to pitch
/// ("Sure, go ahead" to "I'll walk you through what we do") is no request: the pitch after it is still premature.</item>
/// <item>A request for the price said as a statement ("I just want the price first", "I'm calling to get a quote")
/// asks about the product too, but only an answer that names a figure answers it: a feature list instead of the price
/// ("Pricing really depends … DentaFlow is the fastest-growing platform …") is not <c>requested</c>.</item>
/// <item>Every statement answering the other side's request for advice on what they should do ("What do you think I
/// should donate?", "how much should I give?", "what would you suggest?") is <c>requested</c> with
/// <see cref="InformationRequestConfidence"/>, whatever it is about: "I think you should donate $0.15" is the advice
/// asked for. Not a challenge ("Why should I donate to this one?").</item>
/// <item>A yes ("Sounds great!", "yes, that would be fine", "Two works.", "that should work"; a bare "ok" or "cool"
/// only to a question or a recommended product) answering the other side's proposal is agreement with at least
/// <see cref="AcceptanceConfidence"/> when that turn names a day, a date or a time ("Wednesday at two?" → "Two works.");
/// when it offers terms — an amount or a number of items, or one of the user's products said as a recommendation
/// ("Arrival (2016)" → "cool thanks") — it is also <c>accepts-offer</c>. Not a yes with a negation, nor an answer to a
/// question about what the speaker knows ("have you seen Deadpool?" → "yeah i saw it"), nor a yes to terms the same
/// side later puts off ("That's great." … "Let me take it back to the owner and we'll get back to you"). The turn names
/// a day when a question or a next-step sentence names it, or when it says the day on its own next to a next-step
/// phrase ("Thursday at eleven. I'll send an invite…"); the proposed day said back ("Tuesday at six-thirty.") is
/// agreement too.</item>
/// <item>A buyer statement giving the amount the other side just named, in words of giving ("I would suggest around
/// $20." → "I could definitely justify giving $20 to them."), takes it: agreement and <c>accepts-offer</c> with
/// <see cref="AcceptanceConfidence"/> (not hedged, negated or put off, and not in a business sale).</item>
/// <item>A seller statement opening with "so" that says back every count of goods of the other side's proposal, in it
/// or the rest of its turn ("I can do 2 firewood … and 3 food" → "So we can take 3 waters and 1 firewood. You can take 2
/// firewoods and 3 food."), restates it: a reflection with <see cref="PlaybackConfidence"/>.</item>
/// <item>A seller statement saying back that the other side needs something, after they said a need in their last few
/// turns ("i understand you need it too", "I know we both need water", "I understand it is difficult when you don't
/// have food around"), is a reflection with <see cref="PlaybackConfidence"/>; empathy without the need ("I understand
/// your concerns") is not.</item>
/// <item>A seller-side playback in the speaker's own words: a sentence about the other side (no "I", "we", "our";
/// "I know you…", "I hear you" allowed; no numbers, which make it an offer) at least half of whose content words, and
/// at least two, repeat words of the other side's statements in the turn it answers ("There are people helping but
/// its a drop in the bucket." → "it could seem like the aid is a drop in a bucket"; "Fridays are a mess. We pay a lot
/// of overtime on Fridays" → "Got it, Fridays and overtime.") is a reflection with at least
/// <see cref="PlaybackConfidence"/>. So is one naming the other side's need in a word they used in their last few turns
/// ("I know you need the firewood more than anything else", "Assuming Water is your high value item?"); a declarative
/// question counts, other questions do not. A summary of their last few turns counts when at least a third of its
/// content words, and at least three (two after "so"), are theirs; after "so" it may name the product they talked about
/// unless the model is sure it is product talk ("yeah so it's not really the software it's that all the on call and
/// overtime stuff lands on your wife"); advice ("you should…") and pitch are no playback.</item>
/// </list>
/// </remarks>
public sealed partial class ConversationUnderstanding
{
    /// <summary>Added to the log-odds of goal, problem and need for a statement answering a discovery question.</summary>
    public const float DiscoveryAnswerBoost = 1.0f;

    /// <summary>The product confidence of a sentence naming a product term the user added.</summary>
    public const float UserProductTermConfidence = 0.9f;

    /// <summary>How sure a request for information said as a statement ("tell me more", "I'd like more information") asks about the product.</summary>
    public const float InformationRequestConfidence = 0.9f;

    /// <summary>The agreement (and <c>accepts-offer</c>) confidence of a yes answering the other side's proposal.</summary>
    public const float AcceptanceConfidence = 0.9f;

    /// <summary>The reflection confidence of a sentence that plays back the other side's own words.</summary>
    public const float PlaybackConfidence = 0.8f;

    private const string ProductLexicon = "product";

    private const string NextStepLexicon = "next-step";

    /// <summary>The fewest words of a playback ("Got it, Fridays and overtime.").</summary>
    private const int MinPlaybackWords = 5;

    /// <summary>The fewest words of a summary of several of the other side's turns.</summary>
    private const int MinSummaryWords = 8;

    /// <summary>
    /// The product confidence below which a summary opening with "so" may still be a playback (the model reads the
    /// product the buyer talked about, "it's not really the software", as product talk at about one half).
    /// </summary>
    private const float MaxPlaybackProduct = 0.75f;

    /// <summary>The most words of a day said on its own ("Thursday at eleven.", "Tuesday at six-thirty.").</summary>
    private const int MaxEchoWords = 6;

    /// <summary>The most words of an answer that sets the day asked for ("The eighteenth at three, if that's okay").</summary>
    private const int MaxSetDayWords = 10;

    private const string TellingLexicon = "telling";

    private const string PitchLexicon = "pitch";

    /// <summary>How many turns back a playback naming the other side's need ("you need the firewood") looks for their word.</summary>
    private const int NeedLookBackTurns = 8;

    /// <summary>How sure any real question of the other side (not a check-in) asks for the answer that follows it.</summary>
    private const float OpenQuestionConfidence = 0.6f;

    /// <summary>The fewest words of a question that asks for its answer ("Do you work abroad?").</summary>
    private const int MinOpenQuestionWords = 3;

    /// <summary>The fewest words of a turn whose question handed back ("what about you?") asks for the answer.</summary>
    private const int MinHandBackTurnWords = 8;

    /// <summary>The most words of a sentence answering a yes/no question ("No, we work all around the world, wherever our help is needed.").</summary>
    private const int MaxYesNoAnswerWords = 15;

    /// <summary>The most words of a check after a summary ("Did I get that right?") that the other side's confirmation still answers.</summary>
    private const int MaxCheckWords = 6;

    /// <summary>The most words of a check-in ("How is it going this morning?") that is never product talk.</summary>
    private const int MaxCheckInWords = 6;

    /// <summary>The most words of a statement introducing the offering next to a "have you heard of it?" question.</summary>
    private const int MaxOpenerWords = 15;

    /// <summary>The most words of a statement telling the other side the option the task gives them, next to a "have you heard of it?" question.</summary>
    private const int MaxTaskOptionWords = 25;

    /// <summary>
    /// The need confidence of the buyer telling what they like or do when the seller asked about them ("You care for
    /// children?" → "i do very much yes") or said what they like themselves ("I usually focus on children's charities"
    /// → "i also usually focus that").
    /// </summary>
    private const float OwnWayConfidence = 0.7f;

    /// <summary>The most words of praise for the other side that is never product talk ("That's very commendable").</summary>
    private const int MaxPraiseWords = 8;

    /// <summary>The need confidence of a statement putting a condition on the speaker's yes ("as long as …", "only if …").</summary>
    private const float ConditionNeedConfidence = 0.8f;

    /// <summary>How many turns back the layer looks for the question a turn answers.</summary>
    private const int LookBackTurns = 3;

    private readonly Conversation conversation;
    private readonly LabelModel model;
    private readonly float[]?[] raw;
    private readonly SentenceLabels?[] labels;
    private readonly Sentence[] sentences;
    private readonly StrongBox<(float Discovery, float ProductQuestion, bool PriceOnly, bool AdviceAsked)>?[] questions;
    private readonly byte[] proposals;
    private ConversationSetting? setting;

    /// <summary>Creates the layer for a conversation.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="model">The label model (usually <see cref="LabelModel.Default"/>).</param>
    public ConversationUnderstanding(Conversation conversation, LabelModel model)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(model);
        this.conversation = conversation;
        this.model = model;
        sentences = [.. conversation.Sentences];
        raw = new float[]?[sentences.Length];
        labels = new SentenceLabels?[sentences.Length];
        questions = new StrongBox<(float, float, bool, bool)>?[conversation.Turns.Count];
        proposals = new byte[conversation.Turns.Count];
    }

    /// <summary>What kind of conversation this is (a business sale, an investor call), read on first use.</summary>
    public ConversationSetting Setting => LazyInitializer.EnsureInitialized(ref setting, () => ConversationSetting.Detect(conversation));

    /// <summary>The labels of a sentence of this conversation.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>Its labels.</returns>
    public SentenceLabels For(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var index = sentence.GlobalIndex;
        if (index < 0 || index >= sentences.Length || !ReferenceEquals(sentences[index], sentence))
        {
            throw new ArgumentException("the sentence is not part of this conversation", nameof(sentence));
        }

        var known = Volatile.Read(ref labels[index]);
        if (known is not null)
        {
            return known;
        }

        var computed = Compute(sentence);
        return Interlocked.CompareExchange(ref labels[index], computed, null) ?? computed;
    }

    // A new way of setting a label here needs its bound in ConversationUnderstanding.Bounds.cs (MayHave and Has answer
    // before labelling); ConversationUnderstandingBoundsTests pins them to this over the samples and rule cases.
    private SentenceLabels Compute(Sentence sentence)
    {
        if (DealFormLabels(sentence) is { } form)
        {
            return form;
        }

        var p = Raw(sentence);
        var result = new float[SemanticLabels.Count];
        for (var i = 0; i < model.Labels.Count; i++)
        {
            result[(int)model.Labels[i]] = p[i];
        }

        if (sentence.Index > 0)
        {
            // A thought spread over two sentences ("Our deal cycle used to be 45 days. Now it's pushing 60."):
            // score the pair too, for the labels that describe the speaker's situation.
            var previous = sentence.Turn.SentenceArray[sentence.Index - 1];
            var tokens = sentence.Turn.Tokens.Slice(previous.FirstToken, sentence.FirstToken + sentence.TokenCount - previous.FirstToken);
            var pair = new float[model.Labels.Count];
            model.Probabilities(sentence.Turn.Text, tokens, [.. previous.FeatureArray, .. sentence.FeatureArray], pair);
            foreach (var label in (ReadOnlySpan<SemanticLabel>)[SemanticLabel.Goal, SemanticLabel.Problem, SemanticLabel.Need])
            {
                var at = IndexOf(label);
                if (at >= 0)
                {
                    result[(int)label] = Math.Max(result[(int)label], pair[at]);
                }
            }
        }

        if (sentence.WordCount <= MaxCheckInWords && CheckIn().IsMatch(sentence.Text))
        {
            // "How is it going?", "how are you today?": a check-in, whatever words it shares with product talk.
            result[(int)SemanticLabel.Product] = 0;
        }

        if (result[(int)SemanticLabel.Product] >= SentenceLabels.DefaultMinConfidence && IntroducesBeforeHeardOf(sentence))
        {
            // "So there's a great charity called Save the Children. Have you heard of it?": the opener, not a pitch.
            result[(int)SemanticLabel.Product] = 0;
        }

        if (result[(int)SemanticLabel.Product] >= SentenceLabels.DefaultMinConfidence && AmidDiscoveryQuestions(sentence))
        {
            // "Do you donate when you get the chance? I was thinking about how everywhere you go, they ask you to donate
            // .50 here and your change there. … How does it make you feel?": a musing inside a turn of questions about
            // the other side, not a pitch.
            result[(int)SemanticLabel.Product] = 0;
        }

        if (result[(int)SemanticLabel.Product] >= SentenceLabels.DefaultMinConfidence
            && ((sentence.WordCount <= MaxPraiseWords && Praise().IsMatch(sentence.Text))
                || (sentence.Act == SentenceAct.Question && PermissionToTell().IsMatch(sentence.Text))))
        {
            // "That's very commendable": praise for the other side; "Would you like to hear about ways you can help
            // Save the Children today?": asking leave to tell, which the other side may refuse. Neither pitches.
            result[(int)SemanticLabel.Product] = 0;
        }

        if (sentence.Act != SentenceAct.Question && ConditionalYes().IsMatch(sentence.Text))
        {
            // "Certainly as long as I know the donation will help the children": the speaker's requirement.
            result[(int)SemanticLabel.Need] = Math.Max(result[(int)SemanticLabel.Need], ConditionNeedConfidence);
        }

        if (HasUserProductTerm(sentence))
        {
            result[(int)SemanticLabel.Product] = Math.Max(result[(int)SemanticLabel.Product], UserProductTermConfidence);
        }

        if (result[(int)SemanticLabel.Need] < OwnWayConfidence && TellsTheirOwnGiving(sentence, result))
        {
            // "OK, i have donated to them before!!", "I typically donate to local charities": the buyer's own giving,
            // asked for or not, tells the good they want to do.
            result[(int)SemanticLabel.Need] = OwnWayConfidence;
        }

        if (Answered(sentence) is { } asked)
        {
            var (discovery, productQuestion, priceOnly, adviceAsked) = AskedIn(asked);
            if (discovery >= SentenceLabels.DefaultMinConfidence && sentence.Act != SentenceAct.Question)
            {
                foreach (var label in (ReadOnlySpan<SemanticLabel>)[SemanticLabel.Goal, SemanticLabel.Problem, SemanticLabel.Need])
                {
                    result[(int)label] = Boost(result[(int)label], DiscoveryAnswerBoost);
                }

                if (HasUserProductTerm(sentence, ownOnly: false))
                {
                    // "What's a movie you loved recently?" → "Knives Out, it was so clever": naming one of the
                    // catalogue's items when asked about oneself tells a taste.
                    result[(int)SemanticLabel.Need] = Math.Max(result[(int)SemanticLabel.Need], UserProductTermConfidence);
                }
            }

            if (productQuestion >= SentenceLabels.DefaultMinConfidence && (!priceOnly || GivesFigure().IsMatch(sentence.Turn.Text)))
            {
                result[(int)SemanticLabel.Requested] = Math.Min(result[(int)SemanticLabel.Product], productQuestion);
            }
            else if (result[(int)SemanticLabel.Product] >= SentenceLabels.DefaultMinConfidence && AnswersQuestionOf(asked, sentence))
            {
                // "Do you only work in the US?" → "No, we work all around the world": product talk answering the other
                // side's own question is not premature, whatever the question's words.
                result[(int)SemanticLabel.Requested] = Math.Min(result[(int)SemanticLabel.Product], OpenQuestionConfidence);
            }

            if (adviceAsked && sentence.Act != SentenceAct.Question)
            {
                // "What do you think I should donate?" → "I think you should donate $0.15 now": the advice the other
                // side asked for, whatever it is about.
                result[(int)SemanticLabel.Requested] = Math.Max(result[(int)SemanticLabel.Requested], InformationRequestConfidence);
            }

            if (sentence.Act != SentenceAct.Question && Yes(sentence, result) is var yes && yes != YesKind.None)
            {
                // The yes answers the turn just before it, however short ("Elf (2003)" → "ok"), or the last one that said more.
                // A weak yes that is the whole answer ("okay fine", "OK. I appreciate your help") takes stated terms too.
                var weak = yes == YesKind.Weak && !WholeAnswer(sentence);
                var (dated, terms) = ProposalIn(asked, weak);
                if (PreviousByOthers(sentence) is { } previous && previous != asked)
                {
                    var (justDated, justTerms) = ProposalIn(previous, weak);
                    (dated, terms) = (dated || justDated, terms || justTerms);
                }

                dated &= yes == YesKind.Strong;

                // In a business sale a yes to terms is a step of the negotiation; the close there is the order ("sign
                // me up", "we'll move forward"), which the agreement lexicon reads.
                terms &= !Setting.BusinessSale;
                if (dated || terms)
                {
                    result[(int)SemanticLabel.Agreement] = Math.Max(result[(int)SemanticLabel.Agreement], AcceptanceConfidence);
                }

                // A yes the same side takes back later ("That's great." … "Let me take it back to the owner and we'll get
                // back to you") accepted nothing: the deal is still open.
                if (terms && DeferredLater(sentence))
                {
                    terms = false;
                }

                if (terms)
                {
                    result[(int)SemanticLabel.AcceptsOffer] = AcceptanceConfidence;
                }
            }
            else if (sentence.Act != SentenceAct.Question && sentence.WordCount <= MaxEchoWords && DayOrTime().IsMatch(sentence.Text)
                && result[(int)SemanticLabel.Objection] < SentenceLabels.DefaultMinConfidence && !Negation().IsMatch(sentence.Text)
                && !Refusal().IsMatch(sentence.Text) && ProposalIn(asked, weak: false).Dated)
            {
                // The proposed day said back ("Next Tuesday at six-thirty at East?" → "Tuesday at six-thirty.") takes it;
                // not one turned down ("She's busy Thursday").
                result[(int)SemanticLabel.Agreement] = Math.Max(result[(int)SemanticLabel.Agreement], AcceptanceConfidence);
            }

            if (result[(int)SemanticLabel.Need] < OwnWayConfidence && TellsTheirOwnWay(sentence, asked, result))
            {
                // "You care for children?" → "i do very much yes"; "have you ever donated to a charity" → "Yes, very
                // often"; "I usually like to focus on charities that help children" → "i also usually focus that".
                result[(int)SemanticLabel.Need] = OwnWayConfidence;
            }

            if (result[(int)SemanticLabel.AcceptsOffer] < SentenceLabels.DefaultMinConfidence
                && (TakesTheAsk(sentence, asked, result) || GrantsTheAsk(sentence) || GivesTheSuggestedAmount(sentence, asked, result)
                    || (PledgesInOwnWords(sentence, asked, result) && !BelowTheAmountNamed(sentence, asked))))
            {
                // "Are you willing to give even $0.10?" → "Sure. That would be fine."; "how much would you like to
                // donate?" → "I would donate 10c"; "I would suggest around $20." → "I could definitely justify giving
                // $20 to them.": the buyer took the offering the seller asked them to take; "I would like to dotate $0.20",
                // "$1 it is", "I'd be interested in donating" thanked for: it pledged in its own words.
                result[(int)SemanticLabel.Agreement] = Math.Max(result[(int)SemanticLabel.Agreement], AcceptanceConfidence);
                result[(int)SemanticLabel.AcceptsOffer] = AcceptanceConfidence;
            }

            if (result[(int)SemanticLabel.Agreement] < AcceptanceConfidence && PledgesInOwnWords(sentence, asked, result))
            {
                // "I could give $5 to them" after "I would suggest around $20": a pledge, though not the amount offered.
                result[(int)SemanticLabel.Agreement] = AcceptanceConfidence;
            }

            if (((result[(int)SemanticLabel.Product] < MaxPlaybackProduct || (SummaryOpener().IsMatch(sentence.Text) && ConfirmedNext(sentence)))
                    && PlaysBack(sentence, asked, result[(int)SemanticLabel.Product]))
                || CitesTheirSituation(sentence) || RestatesTheirProposal(sentence, asked) || AcknowledgesTheirNeed(sentence)
                || SaysBackAboutThem(sentence) || SaysBackAfterEmpathy(sentence))
            {
                result[(int)SemanticLabel.Reflection] = Math.Max(result[(int)SemanticLabel.Reflection], PlaybackConfidence);
            }
        }

        if (result[(int)SemanticLabel.Product] < MaxPlaybackProduct && PlaysBackFigures(sentence))
        {
            // "so if we got you back to four a week that's seven slots": the buyer's own figures, summed up.
            result[(int)SemanticLabel.Reflection] = Math.Max(result[(int)SemanticLabel.Reflection], PlaybackConfidence);
        }

        if (SetsTheDay(sentence, result))
        {
            result[(int)SemanticLabel.Agreement] = Math.Max(result[(int)SemanticLabel.Agreement], AcceptanceConfidence);
        }

        return new SentenceLabels(result);
    }

    /// <summary>
    /// Whether a buyer sentence takes the offering the other side asked them to take in <paramref name="asked"/> (a
    /// question asking them to donate, give, pledge, buy or sign up: "Would you donate your earnings?", "how much would
    /// you like to donate?", "Are you willing to give even $0.10?", "can I count on you for $0.10?"): a yes ("Sure.
    /// That would be fine.", "I will gladly."), an amount ("Maybe 0.50?", "I would donate 10c") or the speaker saying
    /// they will take it ("I'd be interested in donating to your cause"). Not in a business sale (the order closes
    /// there, which the agreement lexicon reads), not with a negation, an objection or a deferral ("I'll think about
    /// it"), not a yes hedged or put off ("maybe later", "if I have some left"), and not one the buyer takes back later.
    /// </summary>
    private bool TakesTheAsk(Sentence sentence, Turn asked, float[] labels)
    {
        var text = sentence.Text;
        if (sentence.Role != SpeakerRole.Buyer || Setting.BusinessSale
            || labels[(int)SemanticLabel.Objection] >= SentenceLabels.DefaultMinConfidence
            || Negation().IsMatch(text) || Deferral().IsMatch(text) || Refusal().IsMatch(text) || NoAmount().IsMatch(text)
            || !AsksToTake(asked))
        {
            return false;
        }

        // A yes or "I'll donate" must be plain; an amount answering "how much?" may be hedged ("Maybe 0.50?"), but not zero.
        var statement = sentence.Act != SentenceAct.Question;
        var hedged = Hedge().IsMatch(text);
        var willTake = WillTake().IsMatch(text);
        var amount = (Quantity().IsMatch(text) || GivesFigure().IsMatch(text))
            && (willTake || Array.Exists(asked.SentenceArray, s => s.Act == SentenceAct.Question && HowMuch().IsMatch(s.Text)));
        var takes = amount || (statement && !hedged && (willTake || Yes(sentence, labels) != YesKind.None));
        return takes && !DeferredLater(sentence);
    }

    /// <summary>
    /// Whether a statement stands between two questions of its own turn that ask about the other side (the model reads
    /// them as discovery, and neither asks them to take the offering), and names neither a figure nor one of the user's
    /// product terms: a musing inside a turn of discovery questions ("Do you donate when you get the chance? I was
    /// thinking about how everywhere you go, they ask you to donate … How does it make you feel?").
    /// </summary>
    private bool AmidDiscoveryQuestions(Sentence sentence)
    {
        var turn = sentence.Turn.SentenceArray;
        if (sentence.Act == SentenceAct.Question || sentence.Index == 0 || sentence.Index == turn.Length - 1
            || GivesFigure().IsMatch(sentence.Text) || HasUserProductTerm(sentence))
        {
            return false;
        }

        var discoveryAt = IndexOf(SemanticLabel.Discovery);
        if (discoveryAt < 0)
        {
            return false;
        }

        bool Asks(Sentence s) => s.Act == SentenceAct.Question && Raw(s)[discoveryAt] >= SentenceLabels.DefaultMinConfidence && !AsksToTakeIt(s);
        var before = false;
        for (var i = 0; i < sentence.Index && !before; i++)
        {
            before = Asks(turn[i]);
        }

        var after = false;
        for (var i = sentence.Index + 1; i < turn.Length && !after; i++)
        {
            after = Asks(turn[i]);
        }

        return before && after;
    }

    /// <summary>Whether a question asks the listener to take the offering ("Would you like to donate?", "Can you sign up today?").</summary>
    private static bool AsksToTakeIt(Sentence question) =>
        TakeIt().IsMatch(question.Text) && !OwnHabitQuestion().IsMatch(question.Text);

    /// <summary>
    /// Whether a buyer statement gives the amount the other side just named, in words of giving ("I would suggest
    /// around $20." → "I could definitely justify giving $20 to them.", "I'll donate the 50 cents"): the same figure of
    /// money, a word of giving or donating, and no negation, objection, condition, hedge or deferral. Not in a business
    /// sale, where naming the other side's figure is a step of the negotiation.
    /// </summary>
    private bool GivesTheSuggestedAmount(Sentence sentence, Turn asked, float[] labels)
    {
        var text = sentence.Text;
        if (sentence.Role != SpeakerRole.Buyer || sentence.Act == SentenceAct.Question || Setting.BusinessSale
            || labels[(int)SemanticLabel.Objection] >= SentenceLabels.DefaultMinConfidence || !GivingWord().IsMatch(text)
            || Negation().IsMatch(text) || Deferral().IsMatch(text) || Refusal().IsMatch(text) || Hedge().IsMatch(text)
            || DeferredLater(sentence))
        {
            return false;
        }

        foreach (var given in MoneyFigure().EnumerateMatches(text))
        {
            var figure = FigureDigits(text.AsSpan(given.Index, given.Length));
            foreach (var named in MoneyFigure().EnumerateMatches(asked.Text))
            {
                if (figure.Length > 0 && figure == FigureDigits(asked.Text.AsSpan(named.Index, named.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The digits and decimal point of a money figure ("$20" → "20", "$0.50" → "0.50", "50 cents" → "50").</summary>
    private static string FigureDigits(ReadOnlySpan<char> figure)
    {
        var digits = new System.Text.StringBuilder(figure.Length);
        foreach (var c in figure)
        {
            if (char.IsAsciiDigit(c) || (c == '.' && digits.Length > 0))
            {
                digits.Append(c);
            }
        }

        return digits.ToString().TrimEnd('.');
    }

    /// <summary>
    /// Whether a turn asks the listener to take the offering: a question asking them to donate, give, pledge, buy or sign
    /// up ("Would you donate your earnings?"), or a short question naming an amount in a turn about donating ("Even just a
    /// small donation helps. … Maybe .50 perhaps?", "Every bit of a donation counts. Just $1?").
    /// </summary>
    private static bool AsksToTake(Turn asked)
    {
        var amountAsked = false;
        var aboutDonating = false;
        foreach (var s in asked.SentenceArray)
        {
            if ((s.Act == SentenceAct.Question && AskToTake().IsMatch(s.Text)) || (s.Act != SentenceAct.Question && UrgesToGive().IsMatch(s.Text)))
            {
                // "Would you donate your earnings?"; urged in a statement: "consider making a donation!".
                return true;
            }

            amountAsked |= s.Act == SentenceAct.Question && s.WordCount <= MaxAmountAskWords && Quantity().IsMatch(s.Text);
            aboutDonating |= DonationWord().IsMatch(s.Text);
        }

        return amountAsked && aboutDonating;
    }

    /// <summary>Most words in a question that asks for an amount on its own ("Maybe .50 perhaps?", "Just $1?").</summary>
    private const int MaxAmountAskWords = 6;

    /// <summary>
    /// Whether a buyer statement tells what they like, value or do, in answer to the other side asking about them or
    /// saying what they like themselves: a yes or a first-person answer to a discovery question that is not about the
    /// offering nor about what they know ("You care for children?" → "i do very much yes", "do you like kids" → "Yes I
    /// have 2", "I do mostly charity walks. How about you" → "i did only charity walks"), or "me too", "I also …" to
    /// the other side's own liking ("I usually like to focus on charities that help children" → "i also usually focus
    /// that"). A preference shared, so a need. Not with a negation, a refusal or an objection ("No, not really"), not
    /// to "Have you heard of them?" or "Would you like to donate?", and not in a business sale, where a yes to "Do you
    /// use a help desk?" tells the buyer's situation, not what they want.
    /// </summary>
    private bool TellsTheirOwnWay(Sentence sentence, Turn asked, float[] labels)
    {
        var text = sentence.Text;
        if (sentence.Role != SpeakerRole.Buyer || sentence.Act == SentenceAct.Question || Setting.BusinessSale
            || labels[(int)SemanticLabel.Objection] >= SentenceLabels.DefaultMinConfidence
            || Negation().IsMatch(text) || Refusal().IsMatch(text) || Deferral().IsMatch(text))
        {
            return false;
        }

        if (SameHere().IsMatch(text) && Array.Exists(asked.SentenceArray, s => s.Act != SentenceAct.Question && OwnLiking().IsMatch(s.Text)))
        {
            return true;
        }

        var discoveryAt = IndexOf(SemanticLabel.Discovery);
        var productAt = IndexOf(SemanticLabel.Product);
        return discoveryAt >= 0 && productAt >= 0 && OwnAnswer().IsMatch(text)
            && Array.Exists(asked.SentenceArray, s => Raw(s) is var p && p[discoveryAt] >= SentenceLabels.DefaultMinConfidence
                && p[productAt] < SentenceLabels.DefaultMinConfidence && !HeardOf().IsMatch(s.Text) && !KnowledgeQuestion().IsMatch(s.Text)
                && !CheckIn().IsMatch(s.Text) && !AskToTake().IsMatch(s.Text));
    }

    /// <summary>
    /// Whether a buyer statement tells their own giving or why they give, asked for or not: "OK, i have donated to them
    /// before!!", "I typically donate to local charities", "we give to the food bank every month" (<see
    /// cref="OwnGiving"/>), "I just want to help this world", "helping children without parents is the most altruistic
    /// thing we can do" (<see cref="Motive"/>), "i was just looking for a charity to donate to", "a request from a
    /// children's charity came in the mail this morning" (<see cref="SeeksACause"/>). Not a promise ("I would donate 10c", "I'll give"), not a condition ("if I donate, will it
    /// …"), not with a negation, a refusal, a deferral or an objection, and not in a business sale, where the buyer's
    /// own spending is no goal.
    /// </summary>
    private bool TellsTheirOwnGiving(Sentence sentence, float[] labels)
    {
        var text = sentence.Text;
        return sentence.Role == SpeakerRole.Buyer && sentence.Act != SentenceAct.Question && !Setting.BusinessSale
            && labels[(int)SemanticLabel.Objection] < SentenceLabels.DefaultMinConfidence
            && (OwnGiving().IsMatch(text) || Motive().IsMatch(text) || SeeksACause().IsMatch(text)) && !Condition().IsMatch(text)
            && !Negation().IsMatch(text) && !Refusal().IsMatch(text) && !Deferral().IsMatch(text);
    }

    /// <summary>
    /// Whether the sentence is a short statement introducing the offering next to a question in the same turn about
    /// whether the other side has heard of it or knows it, or asking leave to tell more ("I'm helping Save the Children
    /// raise money. Would you like to know more?": a purpose named, no feature), or about the other side's own giving
    /// ("Save the children is a good organization. Do you like to donate to charities?"), before the speaker talked
    /// about the offering in any earlier turn: no figure and no word asking them to take it ("I am asking for a donation
    /// to Save the Children. Have you heard of it?" is still the ask), except the option the task gives them, said as
    /// theirs ("So it looks like you have the option to donate some of your earnings from this task to Save the
    /// Children. Have you heard of that charity before?"), in at most <see cref="MaxTaskOptionWords"/> words.
    /// </summary>
    private bool IntroducesBeforeHeardOf(Sentence sentence)
    {
        var option = TaskOption().IsMatch(sentence.Text);
        if (sentence.Act == SentenceAct.Question || sentence.WordCount > (option ? MaxTaskOptionWords : MaxOpenerWords)
            || (!option && TakeIt().IsMatch(sentence.Text)) || GivesFigure().IsMatch(sentence.Text)
            || !Array.Exists(sentence.Turn.SentenceArray, s => s.Act == SentenceAct.Question
                && (HeardOf().IsMatch(s.Text) || PermissionToTell().IsMatch(s.Text) || (OwnHabitQuestion().IsMatch(s.Text) && !AsksToTake(sentence.Turn)))))
        {
            return false;
        }

        var speaker = sentence.Turn.Speaker.Id;
        for (var t = sentence.Turn.Index - 1; t >= 0; t--)
        {
            // The speaker's earlier turns as the layer reads them: asking leave to tell ("Can I tell you about a charity
            // important to me?") or checking in talked about nothing yet.
            var turn = conversation.Turns[t];
            if (string.Equals(turn.Speaker.Id, speaker, StringComparison.Ordinal)
                && Array.Exists(turn.SentenceArray, s => For(s).Has(SemanticLabel.Product)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the sentence sets the day itself: it names a day or a time in answer to the other side asking when
    /// ("When suits you?" → "The eighteenth at three."), or proposes one for a call or a meeting that the other side
    /// then takes with a yes or by saying the day back ("Try her tomorrow at one thirty." → "Tomorrow at one thirty,
    /// I'll call then."). Not with a negation or an objection ("Not before the eighteenth").
    /// </summary>
    private bool SetsTheDay(Sentence sentence, float[] labels)
    {
        var text = sentence.Text;
        if (!DayOrTime().IsMatch(text) || Negation().IsMatch(text) || labels[(int)SemanticLabel.Objection] >= SentenceLabels.DefaultMinConfidence)
        {
            return false;
        }

        if (sentence.WordCount <= MaxSetDayWords && Answered(sentence) is { } asked && AsksWhen(asked))
        {
            return true;
        }

        return ContactProposal().IsMatch(text) && NextByOthers(sentence) is { } reply && Takes(reply, text);
    }

    /// <summary>Whether a turn asks when to meet or call ("When suits you?", "What day works best?", "When can I call back?").</summary>
    private static bool AsksWhen(Turn turn)
    {
        foreach (var sentence in turn.SentenceArray)
        {
            if (sentence.Act == SentenceAct.Question && WhenQuestion().IsMatch(sentence.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a reply takes a proposed day: a yes ("Yes, of course.", "Perfect, will do") or a day or time of the
    /// proposal said back, with no negation or refusal ("Thursday after two. Will do."; not "I'm away Thursday").
    /// </summary>
    private static bool Takes(Turn reply, string proposal)
    {
        foreach (var sentence in reply.SentenceArray)
        {
            var text = sentence.Text;
            if (Negation().IsMatch(text) || Refusal().IsMatch(text))
            {
                return false;
            }

            if (sentence.Act != SentenceAct.Question && (StrongYes().IsMatch(text) || WillDo().IsMatch(text)))
            {
                return true;
            }

            foreach (var day in DayOrTime().EnumerateMatches(text))
            {
                if (proposal.AsSpan().Contains(text.AsSpan(day.Index, day.Length), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The closest later turn by another speaker.</summary>
    private Turn? NextByOthers(Sentence sentence)
    {
        var speaker = sentence.Turn.Speaker.Id;
        for (var t = sentence.Turn.Index + 1; t < conversation.Turns.Count; t++)
        {
            if (!string.Equals(conversation.Turns[t].Speaker.Id, speaker, StringComparison.Ordinal))
            {
                return conversation.Turns[t];
            }
        }

        return null;
    }

    private enum YesKind
    {
        None,
        Weak,
        Strong,
    }

    /// <summary>
    /// Whether the sentence says yes: strongly (the model's agreement, "sure", "sounds great", "that should work",
    /// "Two works.", an auxiliary standing for the verb asked about: "I will gladly", "I would") or weakly (a bare "ok", "cool", "alright"); never with a negation or when the model reads an objection.
    /// </summary>
    private static YesKind Yes(Sentence sentence, float[] labels)
    {
        var text = sentence.Text;
        if (SaysYesInAClause(sentence))
        {
            return YesKind.Strong;
        }

        var yes = labels[(int)SemanticLabel.Agreement] >= SentenceLabels.DefaultMinConfidence || StrongYes().IsMatch(text) || EllipticYes().IsMatch(text) ? YesKind.Strong
            : sentence.WordCount <= 3 && WeakYes().IsMatch(text) ? YesKind.Weak
            : YesKind.None;
        return yes == YesKind.None || labels[(int)SemanticLabel.Objection] >= SentenceLabels.DefaultMinConfidence || Negation().IsMatch(text)
            ? YesKind.None
            : yes;
    }

    /// <summary>
    /// What the other side proposed in <paramref name="turn"/>: a day, a date or a time (in a question or a sentence with
    /// a next-step phrase: "Wednesday at two?", "let's put the review on the calendar, Thursday the 24th at ten"), and
    /// terms (an offer of an amount or a number of items, "how about I give you 1 firewood, 2 food and 1 water", or one
    /// of the user's products named as a recommendation rather than asked about). A question about what the listener
    /// knows ("have you seen…?") proposes nothing. For a weak yes only a question or a recommended product counts as terms.
    /// </summary>
    private (bool Dated, bool Terms) ProposalIn(Turn turn, bool weak)
    {
        bool dated = false, terms = false, nextStep = false, shortDay = false;
        foreach (var sentence in turn.SentenceArray)
        {
            var text = sentence.Text;
            if (KnowledgeQuestion().IsMatch(text))
            {
                continue;
            }

            var question = sentence.Act == SentenceAct.Question;
            var stepPhrase = sentence.FeatureArray.Any(f => f.Feature == NextStepLexicon);
            nextStep |= stepPhrase;
            if (question || stepPhrase)
            {
                dated |= DayOrTime().IsMatch(text);
            }
            else if (!shortDay && sentence.WordCount <= MaxEchoWords)
            {
                // "Thursday at eleven. I'll send an invite to the office address": the day said on its own.
                shortDay = DayOrTime().IsMatch(text);
            }

            terms |= (question || !weak) && Offer().IsMatch(text) && Quantity().IsMatch(text);
            terms |= !weak && OffersGoods(sentence);
            terms |= !question && HasUserProductTerm(sentence);
        }

        return (dated || (nextStep && shortDay), terms);
    }

    /// <summary>
    /// Whether a sentence plays back the other side's statements of <paramref name="turn"/> in their own words; or,
    /// as a summary, their statements of their last few turns: at least a third of its content words, and at least
    /// three (two for a summary opening with "so": "so missed nights tenants complaining and now one of them's lease is
    /// on the line"), repeat theirs. A summary opening with "so" may name the product the other side talked about
    /// ("So it's not really the software, it's that all the on-call and overtime stuff lands on your wife") as long as
    /// the model is not sure it is product talk (below <see cref="MaxPlaybackProduct"/>); advice ("you should…") and
    /// pitch ("if I could just…") are no playback.
    /// </summary>
    private bool PlaysBack(Sentence sentence, Turn turn, float product)
    {
        if (sentence.Role != SpeakerRole.Seller
            || (sentence.Act == SentenceAct.Question && sentence.ActDecision.QuestionType != QuestionType.Declarative)
            || sentence.WordCount < MinPlaybackWords || !Addressed().IsMatch(sentence.Text) || SpeakerSide().IsMatch(sentence.Text))
        {
            return false;
        }

        var own = new HashSet<string>(StringComparer.Ordinal);
        var summary = SummaryOpener().IsMatch(sentence.Text);
        var confirmed = summary && ConfirmedNext(sentence);
        if (!AddContentWords(sentence, own) && !confirmed)
        {
            // A number makes it an offer ("I'll do 2 food, 1 water"), not a playback; unless it is a summary the other
            // side confirms ("so a ceremony your grandmother can get to easily room for about two hundred …" → "yes
            // exactly that").
            return false;
        }

        var heard = new HashSet<string>(StringComparer.Ordinal);
        if (product < SentenceLabels.DefaultMinConfidence)
        {
            foreach (var said in turn.SentenceArray)
            {
                if (said.Act != SentenceAct.Question)
                {
                    AddContentWords(said, heard);
                }
            }

            var repeated = own.Count(heard.Contains);
            if (repeated >= 2 && 2 * repeated >= own.Count)
            {
                return true;
            }
        }
        else if (!summary)
        {
            return false;
        }

        var needNamed = product < SentenceLabels.DefaultMinConfidence && NamedNeed().IsMatch(sentence.Text);
        if (!needNamed && (sentence.WordCount < MinSummaryWords || Array.Exists(sentence.FeatureArray, f => f.Feature is TellingLexicon or PitchLexicon)))
        {
            return false;
        }

        // The other side's words in any of their recent turns: "I know you need the firewood more than anything else",
        // "Assuming Water is your high value item?" name their need; a summary plays back what they said over several turns.
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - NeedLookBackTurns; t--)
        {
            var earlier = conversation.Turns[t];
            if (!string.Equals(earlier.Speaker.Id, sentence.Turn.Speaker.Id, StringComparison.Ordinal))
            {
                foreach (var said in earlier.SentenceArray)
                {
                    if (said.Act != SentenceAct.Question)
                    {
                        AddContentWords(said, heard);
                    }
                }
            }
        }

        var recent = own.Count(heard.Contains);

        // A summary the other side confirms as right ("So two years at five-seventy, inspections removed, paid monthly.
        // Did I get that right?" → "That's it.") was checked with them: a playback when it says back any of their words.
        return (needNamed && recent > 0)
            || (confirmed && recent > 0)
            || (sentence.WordCount >= MinSummaryWords && 3 * recent >= own.Count && recent >= (summary ? 2 : 3)
                && !Array.Exists(sentence.FeatureArray, f => f.Feature is TellingLexicon or PitchLexicon));
    }

    /// <summary>
    /// Whether the other side's next turn opens by confirming the sentence as a summary ("Yes. Exactly that.", "that's
    /// right", "exactly"), the sentence being the last of its turn or followed only by a short check ("Did I get that
    /// right?", "Is that right?").
    /// </summary>
    private bool ConfirmedNext(Sentence sentence)
    {
        var turn = sentence.Turn;
        if (turn.Index + 1 >= conversation.Turns.Count)
        {
            return false;
        }

        var after = turn.SentenceArray;
        for (var i = sentence.Index + 1; i < after.Length; i++)
        {
            // The act classifier may read "Is that right?" as a backchannel: after one's own summary it checks it.
            if ((after[i].Act != SentenceAct.Question && !after[i].Text.TrimEnd().EndsWith('?')) || after[i].WordCount > MaxCheckWords)
            {
                return false;
            }
        }

        var next = conversation.Turns[turn.Index + 1];
        return !string.Equals(next.Speaker.Id, turn.Speaker.Id, StringComparison.Ordinal) && Confirmation().IsMatch(next.Text);
    }

    /// <summary>Adds the sentence's content words (four letters or more, not a function word; a final s dropped); false when it has a number.</summary>
    private static bool AddContentWords(Sentence sentence, HashSet<string> words)
    {
        var text = sentence.Turn.Text;
        var number = false;
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && NumberWords.Contains(text.Substring(token.Start, token.Length).ToLowerInvariant())
                && !OfFollows(text, token)))
            {
                number = true;
                continue;
            }

            if (token.Kind != TokenKind.Word || token.Length < 4)
            {
                continue;
            }

            var word = text.Substring(token.Start, token.Length).ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2]; // "them's", "your wife's": the word itself
            }

            if (word.Length > 4 && word[^1] == 's' && word[^2] != 's')
            {
                word = word[..^1];
            }

            if (!FunctionWords.Contains(word))
            {
                words.Add(word);
            }
        }

        return !number;
    }

    /// <summary>
    /// Whether the sentence gives the other side's own situation or need as the reason for what the speaker says or
    /// offers, in a word they used in their last few turns: "since you have kids, you can take more food" (they said
    /// "the kids want s'mores"), "I'll do 2 food, 1 water, and 2 firewood if water is important for you" (they said
    /// "water is must be need for me"), also inside a question ("Given your love for children and your work, would you
    /// be willing …?", "Do you think you will be okay with just 1 water since you have health issues?"). The offer or
    /// the "I" around it does not matter; the clause about them does. A need both sides share counts too ("Seeing as we
    /// both have a medical necessity for the firewood" after "I have anaemia … I need to make sure I have adequate
    /// firewood").
    /// </summary>
    private bool CitesTheirSituation(Sentence sentence)
    {
        if (sentence.Role != SpeakerRole.Seller
            || !(sentence.Text.Contains("you", StringComparison.OrdinalIgnoreCase) || sentence.Text.Contains(" u ", StringComparison.OrdinalIgnoreCase)
                || sentence.Text.Contains("both", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var clause = ReasonAboutThem().Match(sentence.Text);
        if (!clause.Success)
        {
            return false;
        }

        var heard = new HashSet<string>(StringComparer.Ordinal);
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - NeedLookBackTurns; t--)
        {
            var earlier = conversation.Turns[t];
            if (!string.Equals(earlier.Speaker.Id, sentence.Turn.Speaker.Id, StringComparison.Ordinal))
            {
                foreach (var said in earlier.SentenceArray)
                {
                    AddContentWords(said, heard);
                }
            }
        }

        foreach (var word in ClauseWord().EnumerateMatches(clause.ValueSpan))
        {
            var w = clause.ValueSpan.Slice(word.Index, word.Length).ToString().ToLowerInvariant();
            if (w.Length > 4 && w[^1] == 's' && w[^2] != 's')
            {
                w = w[..^1];
            }

            // The same word in another form counts ("if dehydration is your worry" after "I get dehydrated easily").
            if (!FunctionWords.Contains(w) && !ReasonWords.Contains(w) && (heard.Contains(w) || SaysOneOf(heard, w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a seller statement says back that the other side needs something, after they said a need in their last
    /// few turns: "i understand you need it too", "I know we both need water in a high amount", "I understand it is
    /// difficult when you don't have food around". Empathy without the need ("I understand your concerns", "I hear
    /// you") does not match.
    /// </summary>
    private bool AcknowledgesTheirNeed(Sentence sentence)
    {
        if (sentence.Role != SpeakerRole.Seller || sentence.Act == SentenceAct.Question || !TheirNeedSaidBack().IsMatch(sentence.Text))
        {
            return false;
        }

        var needAt = IndexOf(SemanticLabel.Need);
        var problemAt = IndexOf(SemanticLabel.Problem);
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - NeedLookBackTurns; t--)
        {
            var earlier = conversation.Turns[t];
            if (string.Equals(earlier.Speaker.Id, sentence.Turn.Speaker.Id, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var said in earlier.SentenceArray)
            {
                var p = Raw(said);
                if ((needAt >= 0 && p[needAt] >= SentenceLabels.DefaultMinConfidence) || (problemAt >= 0 && p[problemAt] >= SentenceLabels.DefaultMinConfidence))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether "of" follows the token ("one of them's lease", "both of you"): a quantity of people, not an offer.</summary>
    private static bool OfFollows(string text, Token token)
    {
        var at = token.Start + token.Length;
        return at + 3 < text.Length && text[at] == ' ' && (text[at + 1] | 0x20) == 'o' && (text[at + 2] | 0x20) == 'f' && !char.IsLetter(text[at + 3]);
    }

    /// <summary>
    /// Whether a later turn of the same side defers the decision ("Let me take it back to the owner and we'll get back
    /// to you", "I need to talk to my husband", "we'll think about it").
    /// </summary>
    private bool DeferredLater(Sentence sentence)
    {
        var turns = conversation.Turns;
        var role = sentence.Role;
        for (var t = sentence.Turn.Index; t < turns.Count; t++)
        {
            if (turns[t].Speaker.Role == role && Deferral().IsMatch(t == sentence.Turn.Index ? sentence.Turn.Text.AsSpan(sentence.Span.Start) : turns[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words that open a clause giving the listener's situation as a reason ("since you have", "as you mentioned").</summary>
    private static readonly HashSet<string> ReasonWords = new(StringComparer.Ordinal)
    {
        "since", "cause", "given", "seeing", "knowing", "needed", "wanted", "mentioned", "love", "prefer", "care", "worry",
        "important", "crucial", "essential", "priority", "concern", "fear", "issue", "problem", "main", "biggest", "worried",
        "concerned", "afraid", "scared", "nervous", "anxious",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "both",
    };

    /// <summary>Words of four letters or more that carry no topic of their own (after a final s is dropped).</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "that", "this", "these", "those", "there", "their", "they", "them", "then", "than", "what", "when", "where", "which",
        "while", "with", "within", "without", "from", "into", "onto", "about", "above", "after", "before", "again", "also",
        "just", "only", "very", "really", "much", "many", "more", "most", "some", "such", "other", "another", "anything",
        "something", "everything", "nothing", "else", "every", "each", "both", "have", "having", "does", "doe", "doing",
        "done", "been", "being", "were", "will", "would", "could", "should", "might", "must", "shall", "your", "you're",
        "yours", "know", "think", "thought", "seem", "seems", "like", "sound", "sounds", "sure", "yeah", "okay", "well",
        "right", "good", "great", "sorry", "hear", "heard", "understand", "mean", "make", "made", "take", "thing", "thank",
        "thanks", "please", "because", "though", "even", "still", "here", "over", "under", "going", "want", "need", "feel",
        "said", "say", "says", "tell", "told", "it's", "that's", "what's", "there's", "don't", "doesn't", "didn't", "isn't",
        "can't", "won't", "i'm", "you've", "they're", "we're", "kind", "sort", "lot", "got", "get", "gets", "getting",
    };

    /// <summary>
    /// Whether a product match of the sentence is a term the built-in product lexicon does not have, written as a
    /// name (see <see cref="UserProductTerms.LooksLikeName"/>) and not named earlier by another speaker.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="ownOnly">Whether a term another speaker named earlier is left out.</param>
    private bool HasUserProductTerm(Sentence sentence, bool ownOnly = true)
    {
        FeatureMatch[]? builtIn = null;
        foreach (var match in sentence.FeatureArray)
        {
            if (!string.Equals(match.Feature, ProductLexicon, StringComparison.Ordinal))
            {
                continue;
            }

            builtIn ??= BuiltInProductLexicon.Detector?.Detect(sentence.Turn.Text, sentence.Span, sentence.Tokens) ?? [];
            if (!Array.Exists(builtIn, b => b.Span.Start <= match.Span.Start && b.Span.End >= match.Span.End)
                && UserProductTerms.LooksLikeName(sentence, match.Span)
                && !(ownOnly && NamedEarlierByOthers(sentence, match.Span)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another speaker's earlier sentence has a product match with the same words as <paramref name="span"/>.</summary>
    private bool NamedEarlierByOthers(Sentence sentence, TextSpan span)
    {
        var term = sentence.Turn.Text.AsSpan(span.Start, span.Length);
        var speaker = sentence.Turn.Speaker.Id;
        for (var i = sentence.GlobalIndex - 1; i >= 0; i--)
        {
            var earlier = sentences[i];
            if (string.Equals(earlier.Turn.Speaker.Id, speaker, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var match in earlier.FeatureArray)
            {
                if (string.Equals(match.Feature, ProductLexicon, StringComparison.Ordinal)
                    && term.Equals(earlier.Turn.Text.AsSpan(match.Span.Start, match.Span.Length), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The closest earlier turn by another speaker that is more than a backchannel, within a few turns.</summary>
    private Turn? Answered(Sentence sentence)
    {
        var turns = conversation.Turns;
        var speaker = sentence.Turn.Speaker.Id;
        for (var t = sentence.Turn.Index - 1; t >= 0 && t >= sentence.Turn.Index - LookBackTurns; t--)
        {
            var turn = turns[t];
            if (string.Equals(turn.Speaker.Id, speaker, StringComparison.Ordinal))
            {
                continue;
            }

            if (turn.WordCount <= 2 && !turn.Text.Contains('?', StringComparison.Ordinal))
            {
                continue;
            }

            return turn;
        }

        return null;
    }

    /// <summary>The closest earlier turn by another speaker.</summary>
    private Turn? PreviousByOthers(Sentence sentence)
    {
        var speaker = sentence.Turn.Speaker.Id;
        for (var t = sentence.Turn.Index - 1; t >= 0; t--)
        {
            if (!string.Equals(conversation.Turns[t].Speaker.Id, speaker, StringComparison.Ordinal))
            {
                return conversation.Turns[t];
            }
        }

        return null;
    }

    /// <summary><see cref="QuestionsIn"/> of a turn, read once: every sentence answering the turn asks for it.</summary>
    private (float Discovery, float ProductQuestion, bool PriceOnly, bool AdviceAsked) AskedIn(Turn turn)
    {
        var known = Volatile.Read(ref questions[turn.Index]);
        if (known is null)
        {
            var computed = new StrongBox<(float, float, bool, bool)>(QuestionsIn(turn));
            known = Interlocked.CompareExchange(ref questions[turn.Index], computed, null) ?? computed;
        }

        return known.Value;
    }

    /// <summary>
    /// The highest discovery confidence of the turn's sentences, and of its questions about the product or the speaker;
    /// and whether the only request about the product was for the price in words the model does not read as product
    /// talk ("I just want the price first"), which only an answer naming a figure answers; and whether a question of the
    /// turn asks the listener's advice on what the speaker should do (<see cref="AdviceRequest"/>).
    /// </summary>
    private (float Discovery, float ProductQuestion, bool PriceOnly, bool AdviceAsked) QuestionsIn(Turn turn)
    {
        float discovery = 0, product = 0, priceRequest = 0;
        var adviceAsked = false;
        var discoveryAt = IndexOf(SemanticLabel.Discovery);
        var productAt = IndexOf(SemanticLabel.Product);
        foreach (var sentence in turn.SentenceArray)
        {
            if (sentence.Act == SentenceAct.Question && CallPurposeQuestion().IsMatch(sentence.Text))
            {
                // "What's this about?", "Who's this?": the other side asks who is calling and why, not for the pitch.
                continue;
            }

            var p = Raw(sentence);
            if (discoveryAt >= 0)
            {
                discovery = Math.Max(discovery, p[discoveryAt]);
            }

            var needAt = IndexOf(SemanticLabel.Need);
            var request = sentence.Act == SentenceAct.Question
                || (productAt >= 0 && needAt >= 0 && p[productAt] >= SentenceLabels.DefaultMinConfidence && p[needAt] >= SentenceLabels.DefaultMinConfidence);
            if (productAt >= 0 && request)
            {
                product = Math.Max(product, p[productAt]);
                if (HasUserProductTerm(sentence, ownOnly: false))
                {
                    // "have you seen Hereditary?": a question about one of the user's products.
                    product = Math.Max(product, UserProductTermConfidence);
                }
            }

            if (PriceRequest().IsMatch(sentence.Text))
            {
                // "I just want the price first", "I'm calling to get a quote", "I'd like to know what it costs" (said
                // as a statement or read as an embedded question): the other side asked for the price, which only a
                // figure answers (read before the wider request for information, which "I want to know" also is).
                priceRequest = InformationRequestConfidence;
            }
            else if (product < InformationRequestConfidence && InformationRequest().IsMatch(sentence.Text))
            {
                // "I'd like more information", "tell me more", "please tell me about the charity", "please explain",
                // "can you explain?", "first i need to know what organization": the other side asked to hear about it.
                product = InformationRequestConfidence;
            }

            if (sentence.Act == SentenceAct.Question)
            {
                // "What charity are you involved in?" asks about the speaker, not the product, but the answer naming
                // the product is still talk the other side asked for.
                product = Math.Max(product, discoveryAt >= 0 ? p[discoveryAt] : 0);
                adviceAsked |= AdviceRequest().IsMatch(sentence.Text);
            }
        }

        return product >= SentenceLabels.DefaultMinConfidence
            ? (discovery, product, false, adviceAsked)
            : (discovery, Math.Max(product, priceRequest), priceRequest > 0, adviceAsked);
    }

    /// <summary>
    /// Whether a question of the other side asks something the answer to which is theirs to hear: a real question of
    /// at least <see cref="MinOpenQuestionWords"/> words, not a check-in ("how are you doing?", "how's it going?") and
    /// not a question handed back ("and you?", "what about you?") unless the turn said something first (at least
    /// <see cref="MinHandBackTurnWords"/> words, and not how the speaker is: "No, anything that catches my eye, or I find
    /// them on gofundme, what about you?"; not "I'm doing well, thanks for asking, how about you?"). A question about
    /// who is calling is left out before this is asked.
    /// </summary>
    /// <summary>
    /// Whether <paramref name="answer"/> answers a question of <paramref name="turn"/> (<see cref="OpenRequest"/>): any
    /// sentence answers a wh-, open or or-question ("I'd love to hear what charity you participate in"); a yes/no, tag
    /// or declarative question is answered by a sentence of at most <see cref="MaxYesNoAnswerWords"/> words that repeats
    /// one of its content words ("Do you only work in the US?" → "No, we work all around the world"), not by the spec
    /// list after "Yes it is" to "is it still available?".
    /// </summary>
    private static bool AnswersQuestionOf(Turn turn, Sentence answer)
    {
        HashSet<string>? own = null;
        foreach (var question in turn.SentenceArray)
        {
            if (question.Act != SentenceAct.Question || CallPurposeQuestion().IsMatch(question.Text) || !OpenRequest(turn, question))
            {
                continue;
            }

            if (question.ActDecision.QuestionType is QuestionType.Wh or QuestionType.Open or QuestionType.Or)
            {
                return true;
            }

            if (answer.Index == 1 && BareYes().IsMatch(answer.Turn.SentenceArray[0].Text))
            {
                // "do you do local moves?" → "Yes. 2 guys and a 16 ft truck, $110/hr": the sentence right after a bare
                // yes tells what the yes offers.
                return true;
            }

            if (answer.WordCount > MaxYesNoAnswerWords)
            {
                return false;
            }

            if (own is null)
            {
                own = new HashSet<string>(StringComparer.Ordinal);
                AddContentWords(answer, own);
            }

            var asked = new HashSet<string>(StringComparer.Ordinal);
            AddContentWords(question, asked);
            if (asked.Overlaps(own))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpenRequest(Turn turn, Sentence question)
    {
        if (question.WordCount < MinOpenQuestionWords || CheckIn().IsMatch(question.Text))
        {
            return false;
        }

        return !HandBack().IsMatch(question.Text) || (turn.WordCount >= MinHandBackTurnWords && !Wellbeing().IsMatch(turn.Text));
    }

    private int IndexOf(SemanticLabel label)
    {
        for (var i = 0; i < model.Labels.Count; i++)
        {
            if (model.Labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }

    private float[] Raw(Sentence sentence)
    {
        var index = sentence.GlobalIndex;
        var known = Volatile.Read(ref raw[index]);
        if (known is not null)
        {
            return known;
        }

        var p = new float[model.Labels.Count];
        model.Probabilities(sentence.Turn.Text, sentence.Tokens, sentence.FeatureArray, p);
        ReadRunOn(sentence, p);
        return Interlocked.CompareExchange(ref raw[index], p, null) ?? p;
    }

    /// <summary>
    /// A question about who is calling and why ("What's this about?", "Who's this?", "What are you calling about?"): the
    /// other side asks for the reason of the call, not for the product pitch.
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:(?:yeah|yes|ok|okay|sorry|um|uh|so|and|but|hi|hello)\W+)*(?:(?:what'?s|what is|what was) (?:this|that|it|the call|this call) (?:about|regarding|for|in (?:regards?|reference) to|concerning)|who'?s (?:this|calling)|who is (?:this|calling)|who (?:am i|are you) (?:talking|speaking) (?:to|with)|what (?:are|were) you calling (?:about|for)|why (?:are|were) you calling(?: me)?|what (?:can|do) you want)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallPurposeQuestion();

    /// <summary>A check-in that asks for no answer: "how are you?", "how's it going?", "how have you been?", "can you hear me?".</summary>
    [GeneratedRegex(
        @"\bhow(?:'s| is| are| r| have| was)(?: you| u| ya| things| it| everything| life| your (?:day|week|weekend|morning|evening|night))(?: (?:doing|going|been|today|tonight|this (?:morning|afternoon|evening)))?\W*$|\bhow (?:are|r) (?:you|u)\b|\b(?:can you hear me|are you (?:still )?there|what'?s up)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheckIn();

    /// <summary>A question handed back: "and you?", "what about you?", "how about yourself?".</summary>
    [GeneratedRegex(@"\b(?:and|how about|what about) (?:you|u|yourself)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandBack();

    /// <summary>The speaker saying how they are: "I'm doing well", "been great", "thanks for asking".</summary>
    [GeneratedRegex(
        @"\b(?:i'?m|im|i am|doing|been) (?:\w+ )?(?:good|well|great|fine|ok|okay|alright|not bad)\b|\bthanks? (?:you )?for asking\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wellbeing();

    [GeneratedRegex(
        @"\b(?:tell me more|(?:i'?d|i would) (?:like|love|want) (?:to (?:know|hear|learn) )?more\b|(?:i'?d|i would) (?:like|love) (?:some |more )?info|more info(?:rmation)? please|please explain\b|(?:can|could|would) (?:you|u) (?:please )?explain\b|explain (?:it|that|this|more|please|to me)\b|what (?:do|can) (?:you|u) (?:know|tell me)\b)"
        + @"|\b(?:please|pls|plz|so|then|ok|okay|now|first|go ahead and|can you|could you|would you) (?:\w+ )?tell (?:me|us|u) (?:a (?:little|bit) |some(?:thing)? |more )?(?:about|what|how|why|who|which|where)\b(?! (?:you|u|yourself|yourselves|your (?:company|business|firm|team))\b)"
        + @"|^\W*tell (?:me|us|u) (?:a (?:little|bit) |some(?:thing)? |more )?(?:about|what|how|why|who|which|where)\b(?! (?:you|u|yourself|yourselves|your (?:company|business|firm|team))\b)"
        + @"|\b(?:i|we) (?:\w+ ){0,2}(?:need|want|wanted|wanna|would like|'d like|like|have) to (?:know|hear|learn|understand|find out)\b(?! (?:more )?(?:about )?(?:you|u|your|yourself)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InformationRequest();

    [GeneratedRegex(
        @"\b(?:i|we)(?:'d| would)? (?:just |really |only |first )?(?:want|need|wanted|needed|like|was hoping|were hoping|am looking|'m looking|are looking|'re looking)(?: to (?:know|get|see|hear|find out|ask about))?(?: for| about)?(?: (?:the|your|a|some|rough|ballpark|basic|straight))* (?:price|prices|pricing|cost|costs|quote|quotes|rates?|ballpark)\b"
        + @"|\b(?:calling|called|reaching out|here|writing) (?:about|for|to get|to ask about) (?:a |some |your |the )?(?:quote|pricing|price|prices|rates)\b"
        + @"|\b(?:know|tell me|ask|see) (?:what|how much) (?:it|this|that|you|they|the \w+) (?:costs?|charges?|would cost|will cost|runs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceRequest();

    /// <summary>A figure in an answer: an amount with a currency, a percentage or a number word ("three hundred ninety-nine a month").</summary>
    [GeneratedRegex(
        @"[$€£]\s?\d|\b\d[\d,.]*\s?(?:k|%|percent|dollars?|euros?|pounds?|bucks|grand|a month|per month|a year|per year)\b|\b(?:hundred|thousand|million|grand|dollars?|euros?|pounds?|bucks)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivesFigure();
    /// <summary>A strong yes: a yes-word opening the sentence, or an acceptance closing it ("Two works.", "September's fine", "that should work").</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:great|perfect|excellent|awesome)\W*$|yes|yeah|yea|yep|yup|sure|absolutely|definitely|of course|deal|agreed|sounds (?:good|great|fine|perfect|fair)|that(?:'s| is| would be| should be| will be| sounds| seems) (?:fine|good|great|perfect|fair|ok|okay)|(?:that|this|it) (?:would|should|will|could) work)\b|\b(?:works?(?: for (?:me|us))?|(?:is|'s) fine|should work|would work|will work|sounds (?:good|great|fine|perfect|fair)(?: to (?:me|us))?)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongYes();

    /// <summary>
    /// An offer of terms: "how about I give you…", "would be willing to do…", "you can have…", "I need 1 food and 3
    /// water", "should we donate that much?", "Is 2 packages okay?".
    /// </summary>
    [GeneratedRegex(
        @"\bhow about (?:i|we|you|me|\$|\.?\d|one|two|three|four|five|half|all)\b|\bwhat about (?:\$|\.?\d)|\bwould you (?:like|be willing|consider|accept|take|do)\b|\bare you (?:ok|okay|fine|good) with\b|\b(?:ok|okay|alright|fine|good|fair)\W*\?|\b(?:does|would|will) (?:that|this|it) work\b|\bworks? for you\b|\byou (?:can|could|get to) (?:have|take|get|keep)\b|\b(?:be (?:willing|happy|glad|able) to|i'?ll|i will|i can|i could|i would|i'?d|we'?ll|we will|we can|we could|we would|we'?d) (?:\w+ )?(?:do|give|take|offer|trade|donate|pay|go with|let you have|throw in|settle|split)\b|\b(?:i|we) (?:\w+ )?(?:need|want|'d like|would like|get) (?:\$|\.?\d|all|both|half|two|three|four|five)\b|\blet'?s (?:do|go with|say|split|make it|donate|give)\b|\b(?:should|shall) we\b|\bcan (?:i|we) (?:have|get|take|do)\b|\bcould (?:i|we) (?:have|get|take|do)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    /// <summary>A sentence about the listener ("you", "your") or opening as an acknowledgement ("Got it,", "And yes,", "Sorry to hear").</summary>
    [GeneratedRegex(
        @"\byou(?:r|rs|'re|'ve|'d|'ll)?\b|^\W*(?:(?:and|oh|ok|okay|well)\W+)?(?:got it|gotcha|so|right|yes|yeah|i see|i hear|i know|understood|sorry to hear|it sounds|sounds like)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addressed();

    /// <summary>The other side's need or priority named as theirs ("you need", "important to you", "your high value item").</summary>
    [GeneratedRegex(
        @"\byou (?:really |still |most |definitely )?(?:need|want|prefer|care about|worry about|value)\b|\b(?:important|matters?(?: most)?) (?:to|for) you\b|\byour (?:top|main|biggest|high|highest|first|most important|greatest) (?:\w+ )?(?:priority|value|item|concern|worry|need|thing)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedNeed();

    /// <summary>A turn opening by confirming a summary: "Yes. Exactly that.", "yeah that's right", "Exactly.", "you got it", "Yeah, that's fair." (to "Fair?").</summary>
    [GeneratedRegex(@"^\W*(?:(?:yes|yeah|yep|yup|oh|mm-hmm|uh-huh)\W+){0,2}(?:exactly|that'?s (?:exactly )?(?:right|it|correct|fair|true|accurate)|that is (?:right|correct)|correct|spot on|you(?:'ve)? got it|nailed it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confirmation();

    /// <summary>A summary opening with "so", after an acknowledgement or not ("So,", "Yeah, so", "That makes sense. So").</summary>
    [GeneratedRegex(@"^\W*(?:(?:yeah|yes|okay|ok|right|alright|got it|gotcha|and|oh|well)\W+){0,2}so\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryOpener();

    /// <summary>
    /// Putting the decision off: "take it back to the owner", "get back to you", "talk to my husband", "think about it";
    /// or the gift put off to a pay day ("maybe $30 when I get my check", "I'll have to wait until my paycheck comes"):
    /// nothing is given now.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:take (?:it|this|that) back to|get back to (?:you|u)\b|think (?:about it|it over)|sleep on it|talk (?:it over|(?:to|with) (?:my|our|the) (?:husband|wife|partner|boss|owner|team|manager|board))|run (?:it|this|that) (?:by|past)|check with (?:my|our|the)\b|(?:have to|wait and) see\b)|\b(?:when|once|after|until|till) (?:i|we) (?:(?:get|receive|have) (?:(?:my|our|the|a) )?(?:next |first |new )?(?:pay ?check|check|paycheque|pay|payday|salary|wages?|money)\b|(?:get|am|are) paid\b)|\bwait (?:until|till|for) (?:my|our|the) (?:next )?(?:pay ?check|check|paycheque|pay|payday|salary|wages?|money)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deferral();

    /// <summary>An auxiliary standing for the verb asked about: "I will gladly.", "Yes, I would.", "we can", "I do too".</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:yes|yeah|yea|sure|ok|okay|oh)\W+)?(?:i|we) (?:will|would|can|could|do|shall|sure will|sure can|definitely will|certainly will)(?: (?:gladly|happily|definitely|certainly|surely|absolutely|too|also|for sure))?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EllipticYes();

    /// <summary>
    /// A question asking the listener to take the offering: "Would you donate your earnings?", "Are you willing to give
    /// even $0.10?", "how much would you like to donate?", "How do you feel about donating?", "can I count on you for
    /// $0.10?", "Would you like to sign up?" (not "give me your email").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:would|will|could|can|are|r|wo) (?:you|u)\b.*?\b(?:donat\w*|contribut\w*|pledg\w*|giv(?:e|ing)(?! (?:me|us)\b)|chip in|buy|purchas\w*|sign (?:up|on)|subscrib\w*)\b|\bhow much\b.*?\b(?:donat\w*|contribut\w*|pledg\w*|giv(?:e|ing))\b|\bcount on (?:you|u)\b|\bhow (?:do|would) (?:you|u) feel about (?:donat\w*|contribut\w*|giving|pledg\w*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskToTake();

    /// <summary>
    /// A question asking the listener's advice on what the speaker should do: "What do you think I should donate?", "how
    /// much should I give?", "what should I do next?", "Should I donate more?", "what do you suggest?", "what would you
    /// recommend?", "what would you do?". Not a challenge ("Why should I donate to this one?") nor the listener's opinion
    /// of something else ("What do you think of children's charities?").
    /// </summary>
    [GeneratedRegex(
        @"\bwh?at (?:do|would|should) (?:you|u) (?:think|say|suggest|recommend|advise) (?:that )?(?:i|we)\b|\b(?:what|wht|wat|how much|how many|which|where|when|how) (?:\w+ ){0,2}(?:should|shall) (?:i|we)\b|^\W*(?:(?:ok|okay|so|well|then|and|but|hmm|um|alright)\W+){0,2}(?:should|shall) (?:i|we)\b|\b(?:what|wht|wat|how much|which|do|would|can|could|will) (?:do |would )?(?:you|u) (?:suggest|recommend|advise)\b|\bwhat would (?:you|u) do\b|\bif (?:you|u) were me\b|\byour (?:suggestion|recommendation|advice)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdviceRequest();

    /// <summary>
    /// The speaker's own giving, done or habitual: "i have donated to them before", "I typically donate to local
    /// charities", "I also support them", "we give to the food bank every month", "I have given money to …". A promise
    /// ("I would donate", "I'll give") does not match: "would", "will" and "'d" are not among the words allowed between.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?:'ve| have| had)?(?: (?:already|also|always|often|usually|regularly|sometimes|actually|personally|previously|even|typically|generally|normally|mostly|do|did|have|been|try to|like to|love to|tend to))* (?:donate[ds]?|donating|contribute[ds]?|give|gave|given|support(?:ed)?|volunteer(?:ed)?|sponsor(?:ed)?)(?: (?:to|for|at|with|them|money|some|a lot|what|whatever|regularly|monthly|yearly|weekly|every|each|blood|food|clothes|toys|time|my|our|a|an|several|many|local|before|in the past)\b| ?\$|\W*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnGiving();

    /// <summary>
    /// Why the speaker gives, in their own words: wanting to help ("I just want to help this world", "I like to help
    /// whenever I can") or the worth of helping ("helping children without parents is the most altruistic thing we can
    /// do", "Helping children is important"). Praise of the offering ("they do a great job") is not a motive.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?: (?:just|really|always|truly|only|simply|also|do|still))* (?:want|wanna|wish|like|love|hope|try) to (?:help|give back|make a difference|do (?:good|my part|our part|something good))\b|\b(?:helping|giving|donating|giving back|charity)\b[^.?!]{0,60}\b(?:is|are|'s) (?:the |a )?(?:(?:most|very|really|so|truly) )?(?:important|altruistic|noble|good|best|right|great|worthy|rewarding|meaningful)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Motive();

    /// <summary>
    /// The speaker looking for a cause to give to, or a cause reaching out to it: "i was just looking for a charity to
    /// donate to", "I've been thinking about giving to a children's charity", "a request from a children's charity came
    /// in the mail this morning", "I got a letter from a charity today".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?:'m|'ve|'d| am| was| were| have| had)?(?: (?:just|actually|already|really|also|been|recently|lately))* (?:looking|searching|thinking|planning|meaning|hoping|wanting|trying to decide|deciding)(?: (?:for|about|of|to|on|into))?(?: \w+){0,3} (?:charit(?:y|ies)|donat\w*|give|giving|cause|causes|nonprofit|volunteer\w*)\b|\b(?:request|letter|mailer|flyer|appeal|solicitation|call|email)s? (?:from|by) (?:a|an|the|some|this|that)? ?(?:\w+ ){0,3}(?:charit(?:y|ies)|nonprofit|organi[sz]ation|foundation)\b|\b(?:got|received|get|had) (?:a|an|some) (?:\w+ ){0,2}(?:request|letter|mailer|flyer|appeal|solicitation)s? (?:from|by|for)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeeksACause();

    /// <summary>A condition on what the speaker does: "if I donate", "whether we give", "once I get paid".</summary>
    [GeneratedRegex(@"\b(?:if|whether|unless|once) (?:i|we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Condition();

    /// <summary>A word about donating: "donation", "donate", "contribute", "pledge".</summary>
    [GeneratedRegex(@"\b(?:donat\w*|contribut\w*|pledg\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DonationWord();

    /// <summary>The speaker saying they will take the offering: "I'd be interested in donating", "I will donate", "we'll give".</summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?:'ll|'d|'m| will| would| am| shall| can)? (?:\w+ ){0,3}(?:donat\w*|contribut\w*|pledg\w*|give|sign up)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WillTake();

    /// <summary>
    /// A clause giving the listener's situation or need as a reason: "since you have kids", "because you're a parent",
    /// "given that you need the water", "if water is important for you", "as you said, the nights are cold", "since your
    /// tent leaks", "as your wife is pregnant", "since you are hiking all day", "because you're a new homeowner" (after
    /// "you are" only a situation: new, pregnant, sick, hiking, camping, a …); not the terms of the deal ("since you
    /// are taking all the food", "since your offer gives me …") nor a lever ("because you're calling early, I can take
    /// ten percent off"), which say nothing the other side told of itself.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:since|because|cause|given(?: that)?|seeing (?:as|that)|knowing(?: that)?) (?:you|u|we both|both of us) (?:(?:really|still|already|also) )?(?:have|had|need|needed|want|wanted|said|mentioned|told me|like|love|prefer|care about|worry about|can't|cannot|don't|do not|didn't|(?:are|were) (?:(?:also|really|very|so|still) )?(?:an?|new|pregnant|expecting|sick|ill|diabetic|hungry|cold|thirsty|allergic|older|elderly|disabled|injured|hurt|alone|travel(?:l)?ing|camping|hiking|doing|bringing|staying|planning|feeding|caring))\b[^,.;!?]*|\b(?:since|because|cause|given that|seeing as|knowing that) (?:you|u)'re (?:(?:also|really|very|so|still) )?(?:an?|new|pregnant|expecting|sick|ill|diabetic|hungry|cold|thirsty|allergic|older|elderly|disabled|injured|hurt|alone|travel(?:l)?ing|camping|hiking|doing|bringing|staying|planning|feeding|caring)\b[^,.;!?]*|\b(?:given|considering|knowing|because of|with all|since|because|cause|seeing as|as) (?:your|ur) (?!(?:donation|gift|help|support|generosity|payment|money|contribution|offer|proposal|deal|split|share|side|counter|idea|choice|terms?)\b)\w+\b[^,.;!?]*|\b\w+ (?:is|are) (?:(?:really|very|so|more|most) )?(?:important|crucial|essential|a priority|a must) (?:to|for) (?:you|u)\b|\b\w+ (?:is|are) (?:(?:really|clearly|obviously) )?(?:your|ur) (?:(?:main|biggest|big|only|primary|top|first|major|greatest|real) )?(?:worry|concern|fear|issue|problem|priority)\b|\b(?:if|since|because|cause|as) (?:you|u)(?:'re| are| were| get| got|'ve been| have been) (?:(?:so|really|very|also|still|easily|quite) )?(?:worried|concerned|afraid|scared|nervous|anxious) (?:about|of)\b[^,.;!?]*|\bas (?:you|u) (?:said|mentioned|told me)\b[^.;!?]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonAboutThem();

    /// <summary>
    /// The other side's need said back after "I understand" or "I know": "i understand you need it too", "I know we both
    /// need water", "I understand it is difficult when you don't have food around".
    /// </summary>
    [GeneratedRegex(
        @"\bi (?:totally |completely |really |fully |do |can |definitely )?(?:understand|know|see|realize|get)(?: that)?,? (?:you|u|we both|you both|both of us)(?: (?:really|also|too|both|definitely|do|still|all))* (?:need|needs|want|wants|must|require|have to|got to)\b|\bi (?:totally |completely |really |fully |do |can |definitely )?(?:understand|know|see|realize|get)(?: that)?,? it(?:'s| is| must be| can be| would be| gets) (?:\w+ ){0,2}(?:difficult|hard|tough|rough|scary|stressful|frustrating) (?:when|if|for|to|without) (?:you|u)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheirNeedSaidBack();

    /// <summary>A word of four letters or more in a clause.</summary>
    [GeneratedRegex(@"\b[a-z][a-z']{3,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseWord();

    /// <summary>
    /// A question about the listener's own habit of giving: "Do you donate when you get the chance?", "Do you ever
    /// donate?", "Have you donated before?", "Do you like to donate to charities?" (not "Would you like to donate?").
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:\w+\W+)?(?:(?:do|did|have|would) (?:you|u) (?:ever |often |usually |normally |regularly |already |currently )?|do (?:you|u) (?:ever |often |usually |normally |generally )?(?:like|love|enjoy) (?:to )?)(?:donate|donated|donating|give|given|giving|contribute|contributed|contributing|volunteer|volunteered|volunteering)\b(?! (?:to (?:save|this|our|the charity)|today|now|some|a |an |part|any of))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnHabitQuestion();

    /// <summary>A word of giving: "giving", "donate", "contribute", "pledge", "gave".</summary>
    [GeneratedRegex(@"\b(?:donat\w*|give|gives|giving|gave|contribut\w*|pledg\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivingWord();

    /// <summary>A figure of money: "$20", "$ 0.50", "50 cents", "2 dollars", "10c".</summary>
    [GeneratedRegex(@"\$\s?\d+(?:[.,]\d+)?|\b\d+(?:\.\d+)?\s?(?:cents?|dollars?|bucks|c)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyFigure();

    /// <summary>A question about the amount: "how much would you like to donate?".</summary>
    [GeneratedRegex(@"\bhow much\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowMuch();

    /// <summary>No amount at all: "$0", "0 dollars", "nothing", "zero" (not "$0.50").</summary>
    [GeneratedRegex(@"(?<![\d.])0(?![\d.,])|\b(?:nothing|zero|none)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoAmount();

    /// <summary>A yes hedged or put off: "maybe later", "if I have some left", "I'd rather", "not sure", "another time".</summary>
    [GeneratedRegex(
        @"\b(?:may|might|maybe|perhaps|possibly|probably|if|rather|later|someday|sometime|another time|next time|not sure|think about|consider\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    /// <summary>A weak yes: a bare "ok", "cool", "alright" opening the sentence, or a chat "y" alone.</summary>
    [GeneratedRegex(@"^\W*(?:ok|okay|k|alright|all right|cool|fine|got it|y(?=\W*$))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakYes();

    /// <summary>A negation, which makes a sentence no yes ("that doesn't work", "not Friday").</summary>
    [GeneratedRegex(@"\b(?:no|not|never|nope|cannot)\b|n't\b|n’t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    /// <summary>A question about what the listener knows or has done ("have you seen…", "do you know…", "are you familiar with…").</summary>
    [GeneratedRegex(
        @"^\W*(?:\w+\W+)?(?:have|has|did|do) you (?:ever |already |even )?(?:seen|heard|watched|tried|used|read|know|been|see|hear|watch)\b|\bare you (?:familiar|aware)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnowledgeQuestion();

    /// <summary>Praise for the other side, the whole sentence: "That's very commendable", "You are a good person", "How generous of you!".</summary>
    [GeneratedRegex(
        @"^\W*(?:(?:oh|wow|aw+|well)\W+)?(?:that'?s|that is|this is|you'?re|you are|how|what an?)\s+(?:(?:very|so|really|truly|such|a|an|quite|incredibly|super)\s+)*(?:commendable|kind|generous|nice|sweet|admirable|thoughtful|good|noble|selfless|caring|big-hearted|lovely|wonderful|amazing)(?:\s+(?:of you|person|soul|heart|thing to do))?(?:\s+my friend)?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Praise();

    /// <summary>Asking leave to tell: "Would you like to hear about ways you can help?", "Can I tell you about a charity?", "Would you like to know more?".</summary>
    [GeneratedRegex(
        @"\b(?:would|do|did) (?:you|u) (?:like|want|wanna|care|mind) (?:(?:me )?to )?(?:hear|know|learn|listen|find out)(?: (?:a little|a bit|a little bit|some|a few things))?(?:(?: more)? (?:about|of)\b| more\W*$)|\b(?:can|could|may) i (?:tell|talk to|speak to|share with) (?:you|u)(?: (?:a little|a bit|a little bit|some))?(?: more)? about\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PermissionToTell();

    /// <summary>
    /// An answer about oneself: a yes-word (with an intensifier, as chats spell it: "yes definitly") or the speaker's own
    /// "I", "we", "my" opening it ("Yes, very often", "i do very much").
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:(?:yes|yeah|yea|yep|yup|sure|definitely|definately|definitly|defintely|certainly|totally|indeed|absolutely|of course|oh|well|ok|okay)\b\W*)*(?:$|i\b|i'|we\b|we'|my\b|our\b|me\b|very\b|always\b|often\b|usually\b|sometimes\b|a lot\b|every\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnAnswer();

    /// <summary>Sharing the other side's liking: "me too", "same here", "so do I", "i also usually focus that", "I do too".</summary>
    [GeneratedRegex(
        @"\b(?:me too|me also|me as well|same here|same for me|same with me|so do i|so am i|as do i|i also|we also|i too|i do too|i do as well|likewise)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SameHere();

    /// <summary>The speaker's own liking or habit: "I usually like to focus on …", "I love helping", "we mostly donate to …".</summary>
    [GeneratedRegex(
        @"\b(?:i|we)(?: (?:usually|really|mostly|often|always|also|generally|especially|personally|just|do|tend to))* (?:like|love|prefer|focus|care|support|donate|give|volunteer|enjoy)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnLiking();

    /// <summary>
    /// A question whether the listener has heard of, read about or knows something ("Have you heard of it?", "Are you
    /// familiar with them?", "Were you able to read a little about the charity?").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:have|had|did) (?:you|u) (?:ever |already )?(?:heard|hear|herd|herad) (?:of|about|abot|at)\b|\b(?:were|was) (?:you|u) able to (?:read|look) (?:up )?(?:a (?:little|bit) )?(?:on|about|into|at)\b|\b(?:did|have|had) (?:you|u) (?:ever |already )?(?:(?:get|got|have|had) (?:a|the) chance to )?read (?:up )?(?:a (?:little|bit) )?(?:on|about)\b|\b(?:are|were) (?:you|u) (?:familiar|aware|acquainted) (?:with|of)\b|\bdo (?:you|u) (?:already )?know (?:(?:much|anything|a lot|a little|a bit|something|a thing) )?(?:of|about)\b|\bhow much do (?:you|u) know about\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeardOf();

    /// <summary>
    /// The option the task gives the listener, said as theirs: "you have the option to donate some of your earnings",
    /// "you get the chance to give part of your payment".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:you|u) (?:have|get|'ve got|ve got|are given) (?:the |an )?(?:option|opportunity|chance|choice) (?:to|of) (?:donat|giv|contribut)\w*\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaskOption();

    /// <summary>Asking the listener to take the offering: donate, contribute, buy, sign up, subscribe, upgrade, invest …</summary>
    [GeneratedRegex(
        @"\b(?:donat\w*|contribut\w*|pledg\w*|buy|buying|purchas\w*|subscrib\w*|sign (?:up|on)|upgrad\w*|invest\w*|enrol\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakeIt();

    /// <summary>
    /// A condition on a yes: "as long as …", "only if …", "provided that …" (not "as long as I can remember"), "it all
    /// depends on who you really are, if it's for a person very close to me".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?:as|so) long as(?! (?:i|we|anyone|anybody) can remember\b)|only if|provided (?:that )?(?:i|we|you|it|they|the)\b|on (?:the )?condition that|(?:it|that|this) (?:all |really |just )?depends (?:on|upon))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalYes();

    /// <summary>A day, a date or a time ("Wednesday at two", "early September", "the 24th", "the eighteenth", "10 am", "tomorrow").</summary>
    [GeneratedRegex(
        @"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|january|february|march|april|june|july|august|september|october|november|december|next week|this week|the \d{1,2}(?:st|nd|rd|th)|the (?:fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-?first))\b|\b\d{1,2}(?::\d\d)?\s?(?:a\.?m\b|p\.?m\b)|\bat (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|\d{1,2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOrTime();

    /// <summary>A question asking when to meet or call: "When suits you?", "What day works best?", "When's a good time to call back?".</summary>
    [GeneratedRegex(
        @"\b(?:when|what (?:day|time|date)s?|which (?:day|time|date)s?)\b.*\b(?:suit|suits|work|works|good|better|best|free|available|convenient|easiest|open)\b|\bwhen (?:can|could|should|shall|do|would) (?:i|we|you) (?:\w+ )?(?:call|meet|come|reach|catch|try|talk|speak|book|visit|stop by|drop by|get together)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhenQuestion();

    /// <summary>A proposal to call, meet or come by ("Try her tomorrow at one thirty", "Call back Thursday", "Can you come in Monday?").</summary>
    [GeneratedRegex(
        @"\b(?:call|calling|try|reach|catch|meet|meeting|come (?:in|by|over|back)|stop by|drop by|swing by|book|pencil|put (?:you|it) down|see you)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactProposal();

    /// <summary>Taking on a proposed call or meeting: "will do", "I'll call then", "I'll be there", "see you then".</summary>
    [GeneratedRegex(
        @"\b(?:will do|i'?ll (?:call|try|ring|be there|come|see you)|see you then|talk (?:to you )?then)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WillDo();

    /// <summary>Turning a day down without a negation word: "I'm away", "busy", "booked", "tied up", "out of the office".</summary>
    [GeneratedRegex(
        @"\b(?:away|busy|booked|tied up|out of (?:the )?office|traveling|travelling|on holiday|on vacation)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();

    /// <summary>An amount or a number of items ("1 firewood, 2 water", "$5", "two packages", "all the water").</summary>
    [GeneratedRegex(
        @"\d|\$|\bthat much\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|half) (?!of us\b|of you\b)\w+|\ball (?:the|of the|three|3)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    /// <summary>The speaker's own side ("I", "we", "our"; not "I know you", "I hear you", "I see", "I understand").</summary>
    [GeneratedRegex(
        @"\b(?:i'?m|i'?ll|i'?ve|i'?d|me|my|mine|we|we['’]re|we'?ve|we['’]ll|we['’]d|us|our|ours|let'?s)\b|\bi\b(?! (?:know|hear|see|understand|get|totally understand|can see|can imagine|imagine)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerSide();

    private static float Boost(float probability, float logOdds)
    {
        var p = Math.Clamp(probability, 1e-6f, 1 - 1e-6f);
        var z = MathF.Log(p / (1 - p)) + logOdds;
        return 1f / (1f + MathF.Exp(-z));
    }

    /// <summary>A bare yes that is the whole sentence ("Yes.", "yep", "We do.", "Sure do").</summary>
    [GeneratedRegex(@"^\W*(?:yes|yeah|yep|yup|sure(?: do)?|of course|absolutely|definitely|we do|i do|we sure do)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareYes();
}
