using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>
/// The negotiation ledger of a conversation, as a property of <see cref="Conversation"/> (<c>conversation.Ledger</c>).
/// It lives here rather than in <c>Model</c>, so the model does not depend on the layers built on it.
/// </summary>
public static class ConversationLedger
{
    /// <summary>Ledger access on a conversation.</summary>
    /// <param name="conversation">The conversation.</param>
    extension(Conversation conversation)
    {
        /// <summary>
        /// The negotiation ledger: every offer, counter-offer, acceptance and rejection, and each side's moves. Built on
        /// first use (<see cref="LedgerBuilder.Build(Conversation)"/>) and kept; conversations without numbers cost one
        /// scan of their sentences.
        /// </summary>
        public NegotiationLedger Ledger =>
            (NegotiationLedger)LazyInitializer.EnsureInitialized(ref conversation.LedgerSlot, () => LedgerBuilder.Build(conversation));
    }
}
