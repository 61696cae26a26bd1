using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// What a sentence's labels can reach before it is labelled: a selector asking for a label the sentence cannot have
/// skips labelling it. Labelling reads the conversation around the sentence (the question it answers, what the other
/// side proposed, the day said back) and costs several microseconds a sentence; a rule that checks every sentence of a
/// 60-minute call for an accepted offer would label all of them. The bounds follow from how <see cref="For"/> sets each
/// label, and are exact: <see cref="MayHave"/> is false only when <see cref="For"/> would not reach the confidence.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>
    /// Whether the sentence may have the label at <paramref name="minConfidence"/> or above: false only when it certainly
    /// has not. Commitment, objection, discovery and next step are the model's alone (none in a deal-form line); agreement
    /// is the model's or, from the context, at most <see cref="AcceptanceConfidence"/> where the context may give it (see
    /// <see cref="MayAgreeInContext"/>); a reflection is the model's or, from the context, a seller's playback at
    /// <see cref="PlaybackConfidence"/> (see <see cref="MayReflectInContext"/>); an accepted offer is only read in a deal form's acceptance, or outside a
    /// business sale (the order closes there) in a reply that may take what the other side asked or offered (see
    /// <see cref="MayAcceptInReply"/>); <c>requested</c> is only read in a reply that may answer what the other side asked
    /// (see <see cref="MayBeRequested"/>), never in a deal-form line. Every other
    /// label may always be reached.
    /// </summary>
    /// <param name="sentence">A sentence of this conversation.</param>
    /// <param name="label">The label.</param>
    /// <param name="minConfidence">The confidence asked for.</param>
    /// <returns>Whether labelling the sentence could give the label that confidence.</returns>
    internal bool MayHave(Sentence sentence, SemanticLabel label, double minConfidence)
    {
        var known = Volatile.Read(ref labels[sentence.GlobalIndex]);
        if (known is not null)
        {
            return known.Has(label, minConfidence);
        }

        if (minConfidence <= 0)
        {
            return true; // every sentence has every label at confidence 0
        }

        return label switch
        {
            SemanticLabel.Commitment or SemanticLabel.Objection or SemanticLabel.Discovery or SemanticLabel.NextStep => ModelAlone(sentence, label, minConfidence),
            SemanticLabel.Agreement => DealForm.Action(sentence.Turn.Text) is { } form
                ? form == DealFormAction.Accept && AcceptanceConfidence >= minConfidence
                : Learned(sentence, label) >= minConfidence || (AcceptanceConfidence >= minConfidence && MayAgreeInContext(sentence)),
            SemanticLabel.AcceptsOffer => AcceptanceConfidence >= minConfidence
                && (DealForm.Action(sentence.Turn.Text) is { } action ? action == DealFormAction.Accept : MayAcceptInReply(sentence)),
            SemanticLabel.Requested => DealForm.Action(sentence.Turn.Text) is null && MayBeRequested(sentence),
            SemanticLabel.Reflection => DealForm.Action(sentence.Turn.Text) is null
                && (Learned(sentence, label) >= minConfidence || (PlaybackConfidence >= minConfidence && MayReflectInContext(sentence))),
            _ => true,
        };
    }

    /// <summary>
    /// Whether the sentence has the label at <paramref name="minConfidence"/> or above: the same answer as
    /// <c>For(sentence).Has(label, minConfidence)</c>, labelling the sentence in its context only when the answer needs
    /// it. A label the context never changes (commitment, objection, discovery, next step) is the model's probability
    /// for the sentence alone, outside a deal form, and is exact without labelling; any other is labelled only when
    /// <see cref="MayHave"/> leaves the answer open.
    /// </summary>
    /// <param name="sentence">A sentence of this conversation.</param>
    /// <param name="label">The label.</param>
    /// <param name="minConfidence">The confidence asked for.</param>
    /// <returns>Whether the sentence has the label.</returns>
    internal bool Has(Sentence sentence, SemanticLabel label, double minConfidence = SentenceLabels.DefaultMinConfidence)
    {
        var known = Volatile.Read(ref labels[sentence.GlobalIndex]);
        if (known is not null)
        {
            return known.Has(label, minConfidence);
        }

        if (minConfidence > 0 && label is SemanticLabel.Commitment or SemanticLabel.Objection or SemanticLabel.Discovery or SemanticLabel.NextStep)
        {
            return ModelAlone(sentence, label, minConfidence);
        }

        return MayHave(sentence, label, minConfidence) && For(sentence).Has(label, minConfidence);
    }

    /// <summary>Whether the sentence has been labelled in its context (<see cref="For"/>).</summary>
    /// <param name="sentence">A sentence of this conversation.</param>
    /// <returns>Whether its labels are known.</returns>
    internal bool IsLabelled(Sentence sentence) => Volatile.Read(ref labels[sentence.GlobalIndex]) is not null;

    /// <summary>
    /// Whether a label the context never changes reaches the confidence: the model's probability for the sentence
    /// alone, and none in a deal-form line (<see cref="Compute"/> sets no other value for it).
    /// </summary>
    private bool ModelAlone(Sentence sentence, SemanticLabel label, double minConfidence) =>
        DealForm.Action(sentence.Turn.Text) is null && Learned(sentence, label) >= minConfidence;

    /// <summary>
    /// Whether a sentence outside a deal form may accept an offer as <see cref="For"/> reads it in a reply: never in a
    /// business sale or in a sentence that answers no turn; otherwise a buyer taking what the other side asked them to
    /// take (a question may do: "Maybe 0.50?"), or a statement granting goods ("Okay, you can have…"), giving an amount in
    /// words of giving (a buyer's), or saying yes to terms the answered turn or the other side's turn just before
    /// proposes. Each condition is one that a way of accepting in <see cref="Compute"/> needs; none reads the model.
    /// </summary>
    private bool MayAcceptInReply(Sentence sentence)
    {
        if (Setting.BusinessSale || Answered(sentence) is not { } asked)
        {
            return false;
        }

        var buyer = sentence.Role == SpeakerRole.Buyer;
        if (buyer && (AsksToTake(asked) || AsksForAnAmount(asked)))
        {
            return true; // TakesTheAsk, PledgesInOwnWords (a yes to an ask that named the amount)
        }

        if (sentence.Act == SentenceAct.Question)
        {
            return false; // the other ways take a statement
        }

        if (Grant().IsMatch(sentence.Text) || (buyer && (GivingWord().IsMatch(sentence.Text) || MoneyAmount().IsMatch(sentence.Text))))
        {
            return true; // GrantsTheAsk, GivesTheSuggestedAmount, PledgesInOwnWords
        }

        // A yes to terms: terms read for a strong yes are a superset of those read for a weak one.
        return Proposal(asked).Terms || (PreviousByOthers(sentence) is { } previous && previous != asked && Proposal(previous).Terms);
    }

    /// <summary>
    /// Whether the context may make a sentence outside a deal form an agreement (<see cref="Compute"/>): setting the day
    /// needs a day or a time in the sentence; accepting an offer, what <see cref="MayAcceptInReply"/> allows; a yes to a
    /// day, a date or a time (or the day said back), a statement answering a turn that proposes one, the answered turn or
    /// the other side's turn just before. None of these reads the model.
    /// </summary>
    private bool MayAgreeInContext(Sentence sentence)
    {
        if (DayOrTime().IsMatch(sentence.Text) || MayAcceptInReply(sentence))
        {
            return true;
        }

        return sentence.Act != SentenceAct.Question && Answered(sentence) is { } asked
            && (Proposal(asked).Dated || (PreviousByOthers(sentence) is { } previous && previous != asked && Proposal(previous).Dated));
    }

    /// <summary>
    /// Whether a sentence outside a deal form may be <c>requested</c> (<see cref="Compute"/>): it answers a turn that asked
    /// about the product (a figure given where only the price was asked), that asked the speaker's advice (a
    /// statement), or one of whose questions it answers. The answered turn's questions are read once a turn.
    /// </summary>
    private bool MayBeRequested(Sentence sentence)
    {
        if (Answered(sentence) is not { } asked)
        {
            return false;
        }

        var (_, productQuestion, priceOnly, adviceAsked) = AskedIn(asked);
        return (productQuestion >= SentenceLabels.DefaultMinConfidence && (!priceOnly || GivesFigure().IsMatch(sentence.Turn.Text)))
            || (adviceAsked && sentence.Act != SentenceAct.Question)
            || AnswersQuestionOf(asked, sentence);
    }

    /// <summary>
    /// Whether the context may make a seller's sentence a reflection (<see cref="Compute"/>): the ways of reflecting
    /// themselves, none of which reads the sentence's own labels, with the playback read as if the model saw no product
    /// talk (<see cref="PlaysBack"/> accepts at least as much at product 0 as at any other confidence, and
    /// <see cref="Compute"/> asks for a figure playback only below <see cref="MaxPlaybackProduct"/>).
    /// </summary>
    private bool MayReflectInContext(Sentence sentence)
    {
        if (sentence.Role != SpeakerRole.Seller)
        {
            return false;
        }

        if (PlaysBackFigures(sentence))
        {
            return true;
        }

        return Answered(sentence) is { } asked
            && (PlaysBack(sentence, asked, 0) || CitesTheirSituation(sentence) || RestatesTheirProposal(sentence, asked) || AcknowledgesTheirNeed(sentence)
                || SaysBackAboutThem(sentence) || SaysBackAfterEmpathy(sentence));
    }

    /// <summary>
    /// What a turn proposes to a strong yes (<see cref="ProposalIn"/>, read once a turn): its day and its terms, a superset
    /// of the terms a weak yes takes; the day does not depend on the yes.
    /// </summary>
    private (bool Dated, bool Terms) Proposal(Turn turn)
    {
        const byte Known = 1, Dated = 2, Terms = 4;
        var known = Volatile.Read(ref proposals[turn.Index]);
        if (known == 0)
        {
            var (dated, terms) = ProposalIn(turn, weak: false);
            known = (byte)(Known | (dated ? Dated : 0) | (terms ? Terms : 0));
            Volatile.Write(ref proposals[turn.Index], known);
        }

        return ((known & Dated) != 0, (known & Terms) != 0);
    }

    /// <summary>The model's probability of a label for the sentence alone (0 for a label the model does not learn).</summary>
    private float Learned(Sentence sentence, SemanticLabel label)
    {
        var at = IndexOf(label);
        return at < 0 ? 0 : Raw(sentence)[at];
    }
}
