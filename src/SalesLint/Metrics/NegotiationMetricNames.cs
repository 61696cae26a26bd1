namespace SalesLint.Metrics;

/// <summary>Suffixes of the per-side negotiation metrics (after <c>seller.</c> or <c>buyer.</c>), see <see cref="MetricCatalog"/>.</summary>
public static class NegotiationMetricNames
{
    /// <summary>Concessions the side made on any issue.</summary>
    public const string Concessions = "concessions";

    /// <summary>Share of the side's concessions the other side answered.</summary>
    public const string ReciprocatedShare = "reciprocated_share";

    /// <summary>Share of the side's concessions tied to a condition.</summary>
    public const string ConditionalShare = "conditional_share";

    /// <summary>Share of the opening price gap the side conceded.</summary>
    public const string GapConceded = "gap_conceded";

    /// <summary>Share of the opening price gap the side gave away unconditionally and unreciprocated.</summary>
    public const string GaveAwayShare = "gave_away_share";

    /// <summary>Share of the opening price gap the side conceded outside traded concessions (see <c>NegotiationMove.IsTraded</c>).</summary>
    public const string UntradedGapConceded = "untraded_gap_conceded";
}
