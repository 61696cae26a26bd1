using System.Globalization;
using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Embeddings;

/// <summary>True positives, false positives and false negatives of one label, with precision, recall and F1.</summary>
/// <param name="TruePositives">Predicted and gold.</param>
/// <param name="FalsePositives">Predicted, not gold.</param>
/// <param name="FalseNegatives">Gold, not predicted.</param>
internal readonly record struct LabelCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>How many examples hold the label.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>TP / (TP + FP); 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when nothing is gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>"P 0.80 R 0.67 F1 0.73".</summary>
    /// <returns>The figures.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.00} R {Recall:0.00} F1 {F1:0.00}");
}

/// <summary>
/// Scores label predictions the way <c>SalesLint.Evaluation labels</c> does: per label, over the examples whose source
/// annotates that label (<see cref="LabelExample.Known"/>), a prediction is a probability at or above
/// <see cref="SentenceLabels.DefaultMinConfidence"/>.
/// </summary>
internal static class LabelScoring
{
    /// <summary>Counts one label over examples.</summary>
    /// <param name="examples">The examples.</param>
    /// <param name="probabilities">Per example, the probability of each learned label (indexed like <see cref="SemanticLabels.Learned"/>).</param>
    /// <param name="label">The label.</param>
    /// <returns>The counts.</returns>
    public static LabelCounts Measure(IReadOnlyList<LabelExample> examples, IReadOnlyList<float[]> probabilities, SemanticLabel label)
    {
        if (examples.Count != probabilities.Count)
        {
            throw new ArgumentException("one probability row per example", nameof(probabilities));
        }

        var at = IndexOf(label);
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i];
            if (!example.Known.Contains(label))
            {
                continue;
            }

            var predicted = probabilities[i][at] >= SentenceLabels.DefaultMinConfidence;
            var gold = example.Positive.Contains(label);
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
        }

        return new LabelCounts(tp, fp, fn);
    }

    /// <summary>The position of a label in <see cref="SemanticLabels.Learned"/>.</summary>
    /// <param name="label">A learned label.</param>
    /// <returns>Its index.</returns>
    public static int IndexOf(SemanticLabel label)
    {
        for (var i = 0; i < SemanticLabels.Learned.Count; i++)
        {
            if (SemanticLabels.Learned[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{label}' is not a learned label", nameof(label));
    }
}
