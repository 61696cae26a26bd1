namespace SalesLint.Acts;

/// <summary>Which classifier decides whether a sentence is a question, a statement or something else.</summary>
public enum ActClassifierMode
{
    /// <summary>
    /// Per transcript: the rules on a punctuated transcript (the model is not run at all), the learned model combined
    /// with the rules when the transcript has little terminal punctuation (see <see cref="ActClassification.IsPunctuated"/>).
    /// The default.
    /// </summary>
    Auto = 0,

    /// <summary>The hand-written rules of <see cref="RuleBasedActClassifier"/> only.</summary>
    Rules = 1,

    /// <summary>The learned model (<see cref="SentenceActModel"/>) combined with the rules, on every transcript.</summary>
    Model = 2,
}
