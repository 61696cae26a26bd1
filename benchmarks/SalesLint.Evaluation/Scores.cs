using System.Globalization;

namespace SalesLint.Evaluation;

/// <summary>Counts of one binary decision (question or not) against gold labels.</summary>
internal sealed class Scores
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int Items { get; private set; }

    public int Gold => TruePositives + FalseNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(bool gold, bool predicted)
    {
        Items++;
        if (gold && predicted)
        {
            TruePositives++;
        }
        else if (predicted)
        {
            FalsePositives++;
        }
        else if (gold)
        {
            FalseNegatives++;
        }
    }

    /// <summary>Adds counts decided elsewhere (for aligned segments, where items are not paired one to one).</summary>
    public void AddCounts(int items, int truePositives, int falsePositives, int falseNegatives)
    {
        Items += items;
        TruePositives += truePositives;
        FalsePositives += falsePositives;
        FalseNegatives += falseNegatives;
    }

    public static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>Per-reason counts: how often each classifier reason called a question, and how often it was right.</summary>
internal sealed class ReasonScores
{
    private readonly SortedDictionary<string, (int Questions, int Correct, int Missed, int Rejected)> reasons = new(StringComparer.Ordinal);

    public void Add(string reason, bool gold, bool predicted)
    {
        reasons.TryGetValue(reason, out var r);
        if (predicted)
        {
            r.Questions++;
            r.Correct += gold ? 1 : 0;
        }
        else if (gold)
        {
            r.Missed++;
        }
        else
        {
            r.Rejected++;
        }

        reasons[reason] = r;
    }

    /// <summary>Per reason: questions called (and right), gold questions missed, non-questions rightly not called; reasons that never touched a question last.</summary>
    public IEnumerable<(string Reason, int Questions, int Correct, int Missed, int Rejected)> Rows =>
        reasons.Select(p => (p.Key, p.Value.Questions, p.Value.Correct, p.Value.Missed, p.Value.Rejected))
            .OrderByDescending(r => r.Questions + r.Missed).ThenByDescending(r => r.Rejected).ThenBy(r => r.Key, StringComparer.Ordinal);
}
