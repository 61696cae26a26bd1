using System.Text.RegularExpressions;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;

namespace SalesLint.Analyzers;

/// <summary>
/// SL5002 Growing concessions, on the negotiation ledger: the seller's successive concessions on one issue get bigger
/// each time ($10, then $30) — the classic signal that there is more to give. Reported once per run of growing steps,
/// at the step that ends it. A step that follows a defect the buyer reported since the last one ("my mechanic says the
/// struts are leaking" → "I can take some off for the struts. 6,000") resets the price for the defect: it starts a new
/// run rather than growing the old one.
/// </summary>
public sealed partial class GrowingConcessionsAnalyzer : LedgerPatternAnalyzer<GrowingConcessionsOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL5002";

    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public GrowingConcessionsAnalyzer()
        : this(CreateDescriptor(RuleSet.DefaultHelpLinkBase), new GrowingConcessionsOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The options.</param>
    public GrowingConcessionsAnalyzer(DiagnosticDescriptor descriptor, GrowingConcessionsOptions options)
        : base(descriptor, options)
    {
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{steps}</c> ("$10, then $30"), <c>{from}</c>, <c>{to}</c> (the positions before the first and after the last step).</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Growing concessions",
        MessageTemplate = "The seller's concessions grew: {steps} (from {from} to {to}); each bigger step tells the buyer there is more to give: make each concession smaller than the last",
        Category = "negotiation",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Don't give without getting; balance. Concessions that grow ($10, then $30) signal that the seller's real limit is far away "
            + "and invite the buyer to keep pushing; shrinking steps signal that the limit is near. Read from the negotiation ledger: "
            + "the seller's successive concessions on the same issue (price, discount, free months, extras).",
    };

    /// <inheritdoc/>
    protected override IEnumerable<LedgerFinding> FindPattern(Conversation conversation, NegotiationLedger ledger, SpeakerRole party)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        foreach (var series in ledger.Moves.Where(m => IsConcessionOf(m, party)).GroupBy(m => (m.Position.Issue, m.Position.Item)))
        {
            var steps = series.ToList();
            var start = 0;
            for (var i = 1; i <= steps.Count; i++)
            {
                var grows = i < steps.Count && steps[i].Amount > steps[i - 1].Amount * Options.MinGrowth && steps[i].Position.Turn > steps[i - 1].Position.Turn
                    && !DefectReported(conversation, Other(party), steps[i - 1].Position.Turn, steps[i].Position.Turn);
                if (grows)
                {
                    continue;
                }

                // steps[start..i) is a run of growing steps.
                if (i - start >= Options.MinSteps)
                {
                    var run = steps.GetRange(start, i - start);
                    var first = run[0];
                    var last = run[^1];
                    yield return new LedgerFinding(last.Position, new Dictionary<string, string>
                    {
                        ["steps"] = string.Join(", then ", run.Select(m => Format(ledger, m, m.Amount))),
                        ["from"] = Format(ledger, first, first.From ?? first.To),
                        ["to"] = Format(ledger, last, last.To),
                    });
                }

                start = i;
            }
        }
    }

    /// <summary>
    /// Whether the other side stated a defect or a repair in its turns between two steps ("my mechanic says the front
    /// struts are leaking", "the screen has a crack", a warning light or a fault code found on the test drive: "The check
    /// engine light came on", "code P0A80"): a question about the condition ("any rust?") is no report.
    /// </summary>
    private static bool DefectReported(Conversation conversation, SpeakerRole other, int from, int to)
    {
        var turns = conversation.Turns;
        for (var t = from + 1; t < to && t < turns.Count; t++)
        {
            if (turns[t].Role == other && turns[t].Sentences.Any(s => s.Act != SentenceAct.Question && Defect().IsMatch(s.Text)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:mechanic|inspect(?:ion|or|ed)|leak(?:s|ing|y)?|crack(?:s|ed)?|broken|busted|dent(?:s|ed)?|rust(?:y|ed)?|stain(?:s|ed)?|torn|rips?|ripped|scratch(?:es|ed)?|damage[ds]?|(?:doesn'?t|does not|don'?t|isn'?t|not) work(?:ing)?|needs? (?:a |new |to be )?(?:new|replac\w*|repair\w*|fix\w*|work)|repairs?|check engine|(?:engine|warning|battery|service) light|(?:error|fault|trouble|engine|pack|battery|obd) codes?|codes? [a-z]?\d[0-9a-z]{2,4}|dead battery|battery (?:is |was )?dead|stick(?:s|ing)|rott(?:en|ing)|worn out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Defect();
}

/// <summary>Options of <see cref="GrowingConcessionsAnalyzer"/> (SL5002), under <c>options:</c> in its YAML file.</summary>
public sealed record GrowingConcessionsOptions : ILedgerPatternOptions
{
    /// <summary>Fewest successive concessions on one issue, each bigger than the one before, for the pattern. Default: 2.</summary>
    public int MinSteps { get; init; } = 2;

    /// <summary>How much bigger a step must be than the one before to count as growing (1.2 = at least 20% bigger). Default: 1.2.</summary>
    public double MinGrowth { get; init; } = 1.2;

    /// <summary>Most findings per conversation. Default: 3.</summary>
    public int MaxReports { get; init; } = 3;

    /// <inheritdoc/>
    public void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (MinSteps < 2)
        {
            errors.Add(("minSteps", "minSteps must be at least 2"));
        }

        if (MinGrowth < 1)
        {
            errors.Add(("minGrowth", "minGrowth must be at least 1"));
        }

        if (MaxReports < 1)
        {
            errors.Add(("maxReports", "maxReports must be at least 1"));
        }
    }
}
