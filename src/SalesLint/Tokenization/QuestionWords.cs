namespace SalesLint.Tokenization;

/// <summary>
/// The question words shared by the sentence splitter (<see cref="QuestionBoundary"/>) and the act classifier
/// (<c>Acts.RuleBasedActClassifier</c>): kept here, below both, so neither layer reaches into the other.
/// </summary>
internal static class QuestionWords
{
    /// <summary>Discourse markers that may stand before a question ("so", "okay", "and").</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Markers = Set(
        "so", "and", "but", "okay", "ok", "well", "now", "um", "uh", "umm", "uhm", "er", "right", "alright", "yeah", "yes",
        "great", "then", "also", "just", "actually", "sure", "oh", "hmm", "cool", "perfect", "gotcha", "anyway", "hey",
        "listen", "honestly", "quickly", "first", "second", "lastly", "finally", "sorry", "uh-huh", "um-hum", "mm-hmm", "mhm",
        "wow", "hi", "hello", "gosh");

    /// <summary>Words that open a wh-question.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhWords = Set(
        "what", "what's", "whats", "how", "how's", "hows", "why", "why's", "when", "when's", "where", "where's", "who",
        "who's", "whom", "whose", "which", "what're", "how'd", "what'd", "where'd", "who'd", "how're");

    /// <summary>Auxiliaries that open a yes/no question or follow a wh-word.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "do", "does", "did", "are", "is", "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has",
        "had", "may", "might", "am", "don't", "doesn't", "didn't", "aren't", "isn't", "wasn't", "weren't", "can't",
        "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't", "hadn't");

    /// <summary>A set of folded words that can be probed with a span.</summary>
    /// <param name="values">The words, lower case.</param>
    /// <returns>The set's span lookup.</returns>
    internal static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] values) =>
        new HashSet<string>(values, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
