namespace SalesLint.Scoring;

/// <summary>A conversation's score, 0–100, with category subscores and every deduction that made it.</summary>
public sealed record ConversationScore
{
    /// <summary>Weighted mean of the category scores, 0–100, rounded to one decimal.</summary>
    public required double Overall { get; init; }

    /// <summary>Category scores in the model's order.</summary>
    public required IReadOnlyList<CategoryScore> Categories { get; init; }

    /// <summary>What cost points, largest first.</summary>
    public required IReadOnlyList<ScoreDeduction> Deductions { get; init; }
}

/// <summary>A category's score.</summary>
/// <param name="Id">Category identifier.</param>
/// <param name="Title">Display title.</param>
/// <param name="Weight">Relative weight.</param>
/// <param name="Score">0–100.</param>
public sealed record CategoryScore(string Id, string Title, double Weight, double Score);

/// <summary>Points taken off a category, and why.</summary>
/// <param name="Category">Category identifier.</param>
/// <param name="Source">A rule ID, or <c>metric:NAME</c>.</param>
/// <param name="Points">Points deducted.</param>
/// <param name="Reason">Human-readable explanation.</param>
public sealed record ScoreDeduction(string Category, string Source, double Points, string Reason);
