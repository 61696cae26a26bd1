using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Negotiation;

/// <summary>
/// Which price a number is: the deal's main price, or another track beside it (a one-time fee, a total when the main price
/// is per unit, a price on another unit basis). Prices on different tracks are different positions, so moving from one to
/// the other is no concession. The first price read sets the main price's basis.
/// </summary>
internal sealed partial class PriceTracks
{
    private string? mainBasis;
    private bool bundleFirst;

    /// <summary>
    /// The price track a number belongs to: <see langword="null"/> for the deal's main price, <see cref="LedgerBuilder.FeeTrack"/> for a
    /// one-time fee, or a unit basis ("per seat per month", "each", <see cref="LedgerBuilder.TotalTrack"/>) that differs from the main
    /// price's. The first price sets the main basis; unmarked numbers join it, unless they are of another order than a
    /// per-unit main price ("$60,000" against "$65 a seat"). A per-seat price and a one-time fee are different positions,
    /// so going from one to the other is no concession.
    /// </summary>
    public string? Track(string text, Sentence sentence, PriceCandidate price, string lead, MoveTracker tracker)
    {
        var after = text.AsSpan(price.Span.End, sentence.Span.End - price.Span.End);
        var clause = LedgerWords.Clause(lead);
        if (FeeBefore().IsMatch(clause) || FeeAfter().IsMatch(after))
        {
            return LedgerBuilder.FeeTrack;
        }

        var basis = UnitBasis(after) ?? (TotalBefore().IsMatch(clause) || TotalAfter().IsMatch(after) ? LedgerBuilder.TotalTrack
            : BundleBefore().IsMatch(clause) || BundleAfter().IsMatch(after) || TakesBundle().IsMatch(lead) ? LedgerBuilder.BundleTrack : string.Empty);
        if (mainBasis is null)
        {
            mainBasis = basis is LedgerBuilder.TotalTrack or LedgerBuilder.BundleTrack ? string.Empty : basis;
            bundleFirst = basis == LedgerBuilder.BundleTrack;
            return null;
        }

        if (basis == LedgerBuilder.BundleTrack)
        {
            // "I also have a set of dumbbells, I'd let you have both for 650" / "ok 650 for both": a bigger package at its
            // own price, when the main price was for the one item; a listing that priced the lot ("80 for both") is the main price.
            return bundleFirst ? null : basis;
        }

        if (basis.Length > 0 && mainBasis.Length > 0 && (mainBasis.StartsWith(basis, StringComparison.Ordinal) || mainBasis.EndsWith(basis, StringComparison.Ordinal)
            || basis.StartsWith(mainBasis, StringComparison.Ordinal) || basis.EndsWith(mainBasis, StringComparison.Ordinal)))
        {
            return null; // "$65 a seat" after "$65 per user per month"
        }

        if (basis.Length == 0 && !bundleFirst && tracker.Positions.FindLast(p => p.Issue == NegotiationIssue.Price && p.Kind != PositionKind.Rejection) is { Item: LedgerBuilder.BundleTrack } last
            && tracker.Best(SpeakerRole.Seller, NegotiationIssue.Price, null) is { } single && Math.Abs(price.Value - last.Value) < Math.Abs(price.Value - single))
        {
            // "I could do 260 for all three" / "How about 250 and we pick up Saturday?": a bare number in a bundle
            // haggle, nearer the bundle's prices than the one item's, is on the bundle.
            return LedgerBuilder.BundleTrack;
        }

        if (basis.Length == 0)
        {
            var main = tracker.Best(SpeakerRole.Seller, NegotiationIssue.Price, null) ?? tracker.Best(SpeakerRole.Buyer, NegotiationIssue.Price, null);
            return mainBasis.Length > 0 && mainBasis != "each" && main is { } m && price.Value > m * 10 ? LedgerBuilder.TotalTrack : null;
        }

        // A rent named "a month" once and bare otherwise, or a total against bare numbers, is the same price.
        return mainBasis.Length == 0 && basis is LedgerBuilder.TotalTrack or "per month" or "per week" or "per year" ? null
            : mainBasis.StartsWith("per ", StringComparison.Ordinal) && !mainBasis.Contains("seat", StringComparison.Ordinal) && basis == LedgerBuilder.TotalTrack ? null
            : basis;
    }

    /// <summary>The unit basis written after a price ("per user per month", "/seat", "a month", "each"), or <see langword="null"/>.</summary>
    private static string? UnitBasis(ReadOnlySpan<char> after)
    {
        var m = PerUnit().Match(after.Length > 40 ? after[..40].ToString() : after.ToString());
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["each"].Success)
        {
            return "each";
        }

        string? seat = null, time = null;
        foreach (var g in new[] { m.Groups["u"], m.Groups["v"] })
        {
            if (!g.Success)
            {
                continue;
            }

            var unit = g.Value.ToLowerInvariant();
            switch (unit)
            {
                case "month" or "mo" or "months":
                    time ??= "per month";
                    break;
                case "year" or "yr" or "annum" or "years":
                    time ??= "per year";
                    break;
                case "week" or "weeks":
                    time ??= "per week";
                    break;
                case "night" or "day" or "days" or "nights":
                    time ??= "per day";
                    break;
                default:
                    seat ??= "per seat";
                    break;
            }
        }

        return seat is null ? time : time is null ? seat : seat + " " + time;
    }

    [GeneratedRegex(@"^\s*(?:(?:/\s*|(?:per|a|an|every)\s+)(?<u>users?|seats?|licen[cs]es?|heads?|person|agents?|reps?|members?|employees?|units?|months?|mo|years?|yr|annum|weeks?|nights?|days?)\b(?:\s*(?:/\s*|,?\s*(?:per|a|an|every)\s+)(?<v>months?|mo|years?|yr|annum|weeks?|days?|users?|seats?|licen[cs]es?))?|(?<each>each|apiece|a piece)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"\b(?:fee|fees|one[- ]time|onboarding|set[- ]?up|start[- ]?up|sign[- ]?up|joining|enrol?lment|registration|initiation|implementation|installation|activation|delivery|shipping)\b[^\d$£€]{0,16}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeeBefore();

    [GeneratedRegex(@"^\s*(?:(?:dollars?|bucks|euros?|pounds?)\s+)?(?:one[- ]time\b|(?:onboarding|set[- ]?up|start[- ]?up|sign[- ]?up|joining|enrol?lment|registration|initiation|implementation|installation|activation|delivery|shipping|processing|service) (?:fee|charge|cost)\b|fee\b|for (?:onboarding|set[- ]?up|implementation|installation|delivery|shipping)\b|to (?:deliver|ship)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeeAfter();

    [GeneratedRegex(@"\btotal(?:\s+(?:price|cost|of|is|comes to|would be|for (?:everything|all)))*\s*:?\s*\W?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalBefore();

    [GeneratedRegex(@"^\s*(?:total|in total|all[- ]in|altogether|all together|for everything)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalAfter();

    /// <summary>A price for more than the one item, after the number: "for both", "for all three", "for the pair", "for the lot".</summary>
    [GeneratedRegex(@"^\s*(?:(?:dollars?|bucks)\s+)?for (?:both|all (?:three|four|five|3|4|5)|the (?:pair|lot|three|four|both))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BundleAfter();

    /// <summary>The buyer taking more than the one item, earlier in the sentence: "If I take all three, would you do", "if I buy both, could you do".</summary>
    [GeneratedRegex(@"\b(?:take|get|buy|grab)\s+(?:them\s+)?(?:both|all (?:three|four|five|3|4|5)|all of (?:them|it)|the (?:lot|set))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakesBundle();

    /// <summary>A price for more than the one item, before the number: "both for", "have both for", "all three for".</summary>
    [GeneratedRegex(@"\b(?:both|all (?:three|four|five|3|4|5))\s+(?:for|at)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BundleBefore();
}
