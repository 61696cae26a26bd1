using SalesLint.Model;

namespace SalesLint.Trainer;

/// <summary>Which part of the data a sentence belongs to.</summary>
internal enum Split
{
    /// <summary>Trained on.</summary>
    Train,

    /// <summary>Used to choose how rules and model are combined; never trained on.</summary>
    Validation,

    /// <summary>Held out: only evaluated, never trained on or tuned on.</summary>
    Test,
}

/// <summary>A sentence with its act, where it came from and its split.</summary>
/// <param name="Text">The sentence as written.</param>
/// <param name="Act">The act label.</param>
/// <param name="Corpus">Which data set (<c>pfg</c> or <c>sales</c>).</param>
/// <param name="Group">What the split is decided on: the dialogue for PersuasionForGood, the stripped text for sales sentences.</param>
/// <param name="Split">The split.</param>
internal sealed record LabeledSentence(string Text, SentenceAct Act, string Corpus, string Group, Split Split);

/// <summary>Deterministic splits and the punctuation-stripping used for augmentation and evaluation.</summary>
internal static class Splits
{
    /// <summary>20% test, 10% validation, 70% train, by a stable hash of the group (not by the random seed).</summary>
    /// <param name="group">The dialogue id or the normalized sentence.</param>
    /// <returns>The split.</returns>
    public static Split Of(string group)
    {
        var bucket = Fnv1a(group) % 10;
        return bucket switch
        {
            0 or 1 => Split.Test,
            2 => Split.Validation,
            _ => Split.Train,
        };
    }

    /// <summary>
    /// Speech-recognition style: every character that is not a letter, digit, apostrophe inside a word or space is
    /// removed, the text is lower-cased and spaces are collapsed ("Hi, Dana! How's Q3?" → "hi dana how's q3").
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The stripped text.</returns>
    public static string Strip(string text) => LabelData.Strip(text);

    private static uint Fnv1a(string value) => LabelData.Hash(value);
}
