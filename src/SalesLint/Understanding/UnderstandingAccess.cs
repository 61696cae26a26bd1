using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// The sentence-understanding layer as a property of <see cref="Conversation"/> (<c>conversation.Understanding</c>). It
/// lives here rather than in <c>Model</c>, so the model does not depend on the layers built on it.
/// </summary>
public static class UnderstandingAccess
{
    /// <summary>Understanding access on a conversation.</summary>
    /// <param name="conversation">The conversation.</param>
    extension(Conversation conversation)
    {
        /// <summary>
        /// The sentence-understanding layer (semantic labels with confidences), built on first use with the built-in
        /// <see cref="LabelModel"/>; sentences are labelled when first asked for.
        /// </summary>
        public ConversationUnderstanding Understanding =>
            (ConversationUnderstanding)LazyInitializer.EnsureInitialized(
                ref conversation.UnderstandingSlot, () => new ConversationUnderstanding(conversation, LabelModel.Default));
    }
}
