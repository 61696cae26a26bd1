using System.Globalization;

namespace SalesLint.Understanding;

/// <summary>A label with its confidence (0–1).</summary>
/// <param name="Label">The label.</param>
/// <param name="Confidence">How sure the layer is, 0–1.</param>
public sealed record LabelScore(SemanticLabel Label, double Confidence)
{
    /// <summary>The label's name (<c>next-step</c>).</summary>
    public string Name => SemanticLabels.Name(Label);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {Confidence:0.00}");
}

/// <summary>What the understanding layer says a sentence means: a confidence for every <see cref="SemanticLabel"/>.</summary>
public sealed class SentenceLabels
{
    /// <summary>
    /// The confidence from which a label counts as present, unless a rule sets its own (<c>minConfidence</c>).
    /// Chosen on the training data's cross-validation (never on the held-out test set): 0.5.
    /// </summary>
    public const double DefaultMinConfidence = 0.5;

    private readonly float[] confidences;

    internal SentenceLabels(float[] confidences)
    {
        this.confidences = confidences;
    }

    /// <summary>The confidence of a label, 0–1.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The confidence.</returns>
    public double Confidence(SemanticLabel label) => confidences[(int)label];

    /// <summary>Whether the label's confidence is at least <paramref name="minConfidence"/>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="minConfidence">The threshold.</param>
    /// <returns>Whether the sentence has the label.</returns>
    public bool Has(SemanticLabel label, double minConfidence = DefaultMinConfidence) => confidences[(int)label] >= minConfidence;

    /// <summary>The labels at or above a confidence, most confident first.</summary>
    /// <param name="minConfidence">The threshold.</param>
    /// <returns>The labels.</returns>
    public IReadOnlyList<LabelScore> Above(double minConfidence = DefaultMinConfidence)
    {
        var list = new List<LabelScore>();
        for (var i = 0; i < confidences.Length; i++)
        {
            if (confidences[i] >= minConfidence)
            {
                list.Add(new LabelScore((SemanticLabel)i, Math.Round(confidences[i], 3)));
            }
        }

        list.Sort(static (a, b) => b.Confidence.CompareTo(a.Confidence));
        return list;
    }
}
