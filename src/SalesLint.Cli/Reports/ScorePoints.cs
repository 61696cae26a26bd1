using SalesLint.Scoring;

namespace SalesLint.Cli.Reports;

/// <summary>
/// The report's one unit for what cost points: points of the overall score (0–100). The score model deducts points from a
/// category (0–100) and the overall score is the weighted mean of the categories, so a deduction costs the overall score its
/// category points times the category's share of the weights. A category stops at 0: when its deductions add up to more
/// than 100, each is scaled down alike, so the points of a call add up to 100 minus its overall score.
/// </summary>
internal static class ScorePoints
{
    /// <summary>Each deduction of a score in points of the overall score, rounded to two decimals, in the score's order.</summary>
    /// <param name="score">A call's score.</param>
    /// <returns>The deductions with their overall points (0 for a deduction from a category the score does not have).</returns>
    public static IReadOnlyList<(ScoreDeduction Deduction, double Points)> Overall(ConversationScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var totalWeight = score.Categories.Sum(c => c.Weight);
        var byCategory = score.Deductions.GroupBy(d => d.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(d => d.Points), StringComparer.Ordinal);
        return [.. score.Deductions.Select(d =>
        {
            var category = score.Categories.FirstOrDefault(c => c.Id == d.Category);
            if (category is null || totalWeight <= 0)
            {
                return (d, 0.0);
            }

            var deducted = byCategory[d.Category];
            var scale = deducted > 100 ? 100 / deducted : 1;
            return (d, Math.Round(d.Points * scale * category.Weight / totalWeight, 2));
        })];
    }
}
