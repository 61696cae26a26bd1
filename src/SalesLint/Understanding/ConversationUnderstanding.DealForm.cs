using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// A bargaining platform's deal form in the transcript (<see cref="DealForm"/>: "[Submit-Deal: I get Food 1, Water 2,
/// Firewood 0; you get Food 2, Water 1, Firewood 3]" … "[Accept-Deal]"): the acceptance of the split the other side
/// submitted is the close, whatever the chat said last ("How do you think we should settle this?"). A form line says
/// nothing else about its speaker: no need, no product talk, no objection.
/// </summary>
public sealed partial class ConversationUnderstanding
{
    /// <summary>
    /// The labels of a sentence of a deal-form turn, or <see langword="null"/> for any other sentence: none, except that
    /// "[Accept-Deal]" taking the split the other side submitted last is an agreement and an accepted offer.
    /// </summary>
    private SentenceLabels? DealFormLabels(Sentence sentence)
    {
        if (DealForm.Action(sentence.Turn.Text) is not { } action)
        {
            return null;
        }

        var result = new float[SemanticLabels.Count];
        if (action == DealFormAction.Accept && AcceptsSubmittedSplit(sentence.Turn))
        {
            result[(int)SemanticLabel.Agreement] = AcceptanceConfidence;
            result[(int)SemanticLabel.AcceptsOffer] = AcceptanceConfidence;
        }

        return new SentenceLabels(result);
    }

    /// <summary>
    /// Whether an "[Accept-Deal]" turn takes a split: the last deal-form line before it is a split submitted by
    /// another speaker (not one already rejected, nor the speaker's own).
    /// </summary>
    private bool AcceptsSubmittedSplit(Turn accept)
    {
        var turns = conversation.Turns;
        for (var t = accept.Index - 1; t >= 0; t--)
        {
            if (DealForm.Action(turns[t].Text) is { } earlier)
            {
                return earlier == DealFormAction.Submit && !string.Equals(turns[t].Speaker.Id, accept.Speaker.Id, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
