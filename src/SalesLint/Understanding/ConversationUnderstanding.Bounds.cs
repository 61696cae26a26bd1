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
    /// has not. Commitment is the model's alone; agreement is the model's or, from the context, at most
    /// <see cref="AcceptanceConfidence"/>; an accepted offer is only read in a reply outside a business sale (the order
    /// closes there) or in a deal form's acceptance. Every other label may always be reached.
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

        return label switch
        {
            SemanticLabel.Commitment => Learned(sentence, label) >= minConfidence,
            SemanticLabel.Agreement => AcceptanceConfidence >= minConfidence || Learned(sentence, label) >= minConfidence,
            SemanticLabel.AcceptsOffer => AcceptanceConfidence >= minConfidence
                && ((!Setting.BusinessSale && Answered(sentence) is not null) || DealForm.Action(sentence.Turn.Text) == DealFormAction.Accept),
            _ => true,
        };
    }

    /// <summary>The model's probability of a label for the sentence alone (0 for a label the model does not learn).</summary>
    private float Learned(Sentence sentence, SemanticLabel label)
    {
        var at = IndexOf(label);
        return at < 0 ? 0 : Raw(sentence)[at];
    }
}
