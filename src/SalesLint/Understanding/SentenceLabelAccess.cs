using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// A sentence's semantic labels as a property of <see cref="Sentence"/> (<c>sentence.Labels</c>), from its conversation's
/// understanding layer (<see cref="UnderstandingAccess"/>).
/// </summary>
public static class SentenceLabelAccess
{
    /// <summary>Label access on a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    extension(Sentence sentence)
    {
        /// <summary>
        /// What the sentence means (goal, problem, need, objection, product talk …) with a confidence per label, from
        /// the conversation's understanding layer. Computed on first use.
        /// </summary>
        /// <exception cref="InvalidOperationException">The sentence's turn is not part of a conversation.</exception>
        public SentenceLabels Labels =>
            (sentence.Turn.Conversation ?? throw new InvalidOperationException("the sentence is not part of a conversation"))
                .Understanding.For(sentence);
    }
}
