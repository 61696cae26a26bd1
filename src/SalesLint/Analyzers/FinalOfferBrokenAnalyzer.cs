using System.Text.RegularExpressions;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;

namespace SalesLint.Analyzers;

/// <summary>
/// SL5006 "Final offer" followed by another concession, on the negotiation ledger: the seller calls a position final
/// ("final offer", "lowest I can go", "bottom line", "can't go any lower", "firm") and later concedes past it on the
/// same issue. Reported at the concession.
/// </summary>
public sealed partial class FinalOfferBrokenAnalyzer : LedgerPatternAnalyzer<FinalOfferBrokenOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL5006";

    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public FinalOfferBrokenAnalyzer()
        : this(CreateDescriptor(RuleSet.DefaultHelpLinkBase), new FinalOfferBrokenOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The options.</param>
    public FinalOfferBrokenAnalyzer(DiagnosticDescriptor descriptor, FinalOfferBrokenOptions options)
        : base(descriptor, options)
    {
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{from}</c>, <c>{to}</c> (the concession), <c>{final}</c> (the value called final), <c>{said}</c> (the words: "lowest I can go").</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Conceding after a final offer",
        MessageTemplate = "The seller dropped from {from} to {to} after saying {final} was final (\"{said}\"): a final offer that moves teaches the buyer that no limit is real",
        Category = "negotiation",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Don't give without getting; balance. Calling a number final ('final offer', 'lowest I can go', 'bottom line', 'firm') and then "
            + "conceding anyway spends the seller's credibility: every later limit is heard as an opening. Read from the negotiation ledger: a seller "
            + "concession past a position the seller called final earlier on the same issue.",
    };

    /// <inheritdoc/>
    protected override IEnumerable<LedgerFinding> FindPattern(Conversation conversation, NegotiationLedger ledger, SpeakerRole party)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(ledger);
        if (!ledger.Moves.Any(m => m.Party == party && m.Kind == MoveKind.Concession))
        {
            yield break; // a finding is a concession: without one, no sentence needs reading
        }

        var standing = Standing(ledger);
        // Final statements in the party's turns: (turn, sentence, words) in order.
        var finals = new List<(int Turn, int Sentence, string Said)>();
        foreach (var turn in conversation.Turns)
        {
            if (turn.Role != party)
            {
                continue;
            }

            foreach (var sentence in turn.Sentences)
            {
                if (sentence.Act == SentenceAct.Question)
                {
                    continue;
                }

                var m = Final().Match(sentence.Text);
                if (m.Success && !NotFinal().IsMatch(sentence.Text))
                {
                    finals.Add((turn.Index, sentence.Index, m.Value));
                }
            }
        }

        if (finals.Count == 0)
        {
            yield break;
        }

        // The value each final statement fixed, per issue: the party's standing position once the sentence was said.
        var fixedAt = new Dictionary<(NegotiationIssue, string?), (double Value, string Said, int Turn)>();
        var next = 0;
        for (var i = 0; i <= ledger.Moves.Count; i++)
        {
            var move = i < ledger.Moves.Count ? ledger.Moves[i] : null;
            // Statements said before this move (or in its sentence, "lowest I can go is 150") fix the standing value.
            while (next < finals.Count && (move is null || Before(finals[next], move.Position)))
            {
                var f = finals[next++];
                var issue = LastIssue(ledger, party, f.Turn, f.Sentence);
                if (issue is { } key && standing.Before(i, party, key.Issue, key.Item) is { } value)
                {
                    fixedAt[key] = (value, f.Said, f.Turn);
                }
            }

            if (move is null || move.Party != party)
            {
                continue;
            }

            var k = (move.Position.Issue, move.Position.Item);
            if (move.Kind == MoveKind.Concession && fixedAt.TryGetValue(k, out var final) && move.Position.Turn > final.Turn
                && !(Options.IgnoreConditional && move.IsConditional))
            {
                yield return new LedgerFinding(move.Position, new Dictionary<string, string>
                {
                    ["from"] = Format(ledger, move, move.From ?? final.Value),
                    ["to"] = Format(ledger, move, move.To),
                    ["final"] = Format(ledger, move, final.Value),
                    ["said"] = final.Said,
                });
                fixedAt.Remove(k); // one finding per broken final statement
            }
        }
    }

    private static bool Before((int Turn, int Sentence, string Said) final, NegotiationPosition position) =>
        final.Turn < position.Turn || (final.Turn == position.Turn && final.Sentence < position.Sentence);

    /// <summary>The issue of the party's last position said at or before a sentence (its own sentence first).</summary>
    private static (NegotiationIssue Issue, string? Item)? LastIssue(NegotiationLedger ledger, SpeakerRole party, int turn, int sentence)
    {
        NegotiationPosition? last = null;
        foreach (var p in ledger.Positions)
        {
            if (p.Party != party || p.Kind == PositionKind.Rejection && !(p.Turn == turn && p.Sentence == sentence))
            {
                continue;
            }

            if (p.Turn < turn || (p.Turn == turn && p.Sentence <= sentence))
            {
                last = p;
            }
        }

        return last is null ? null : (last.Issue, last.Item);
    }

    [GeneratedRegex(@"\b(?:(?:(?:the|my|our) )?lowest (?:i|we) (?:can|could|will|would) (?:go|do)|(?:my|our|the) (?:final|last|best and final) (?:offer|price|number|answer)|final offer|that'?s final|lowest (?:i|we) (?:can|could|will|would) (?:go|do)|(?:my|our|the) (?:bottom line|rock bottom|floor|lowest)|bottom (?:line|dollar)|rock bottom|can'?t go (?:any )?lower|cannot go (?:any )?lower|won'?t go (?:any )?lower|not going (?:any )?lower|as low as (?:i|we|i'?ll|ill|we'?ll) (?:can |will )?go|(?<![\w.,$])\$?\d[\d,.]*k?\s+(?:is\s+)?(?:lowest|final|firm|bottom)(?!\s+(?:offer|price|number)\b)|best (?:i|we) can do|firm (?:on|at)|price is firm|(?:it'?s|that'?s|i'?m) firm|non-?negotiable|take it or leave it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Final();

    [GeneratedRegex(@"\b(?:not (?:my |our |the |a )?(?:final|firm|bottom)|isn'?t (?:my |our |the )?(?:final|firm)|if that'?s|is that (?:your|the))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFinal();
}

/// <summary>Options of <see cref="FinalOfferBrokenAnalyzer"/> (SL5006), under <c>options:</c> in its YAML file.</summary>
public sealed record FinalOfferBrokenOptions : ILedgerPatternOptions
{
    /// <summary>Whether a later concession tied to a condition ("180 is final, but 170 if you pick it up today") is left out. Default: false (a final offer that moves for a condition was not final either).</summary>
    public bool IgnoreConditional { get; init; }

    /// <summary>Most findings per conversation. Default: 2.</summary>
    public int MaxReports { get; init; } = 2;

    /// <inheritdoc/>
    public void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (MaxReports < 1)
        {
            errors.Add(("maxReports", "maxReports must be at least 1"));
        }
    }
}
