using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>precedence</c>: reports sentences picked by <c>match</c> that come before the first sentence picked
/// by <c>until</c> ("product talk before the buyer shared a goal"). Once <c>until</c> has matched, the rule is quiet
/// for the rest of the conversation. At most <c>maxReports</c> findings. Placeholders: <c>{match}</c>, <c>{sentence}</c>.
/// With <c>answeredBy</c>, a sentence picked before the buyer's first line (its first turn with a question or a
/// statement, past a bare "hi") is read against that line, looked ahead at: when a sentence of it is picked by
/// <c>answeredBy</c>, it was what the buyer came for ("Watch is 400, original box" answered by "250?": the listing a bid
/// answers) and is not reported. With <c>untilAlso</c>, <c>until</c> releases the rule only once a sentence picked by
/// <c>untilAlso</c> has come too, before or after it ("the buyer's problem, once the seller has asked anything").
/// </summary>
public sealed record PrecedenceRule : RuleDefinition
{
    private static readonly string[] PlaceholderNames = ["match", "sentence"];

    /// <summary>The sentences that are too early.</summary>
    public SentenceSelector? Match { get; init; }

    /// <summary>The sentence that makes <c>match</c> acceptable from then on.</summary>
    public SentenceSelector? Until { get; init; }

    /// <summary>
    /// The buyer's first line that shows the sentences before it were what the buyer came for (a bid on the item the
    /// seller opened with). Optional: without it every picked sentence is reported as it comes.
    /// </summary>
    public SentenceSelector? AnsweredBy { get; init; }

    /// <summary>
    /// A sentence that must also have come, before or after the one picked by <c>until</c>, for the rule to be released:
    /// a problem the buyer told unasked, to a seller who asked nothing, is no discovery. Optional: without it
    /// <c>until</c> alone releases.
    /// </summary>
    public SentenceSelector? UntilAlso { get; init; }

    /// <summary>Most findings per conversation. Default: 3.</summary>
    public int MaxReports { get; init; } = 3;

    /// <summary>Suggested replacements for matched text (lower case; <c>*</c> for any).</summary>
    public Dictionary<string, string> Rewrite { get; init; } = [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> MessagePlaceholders => PlaceholderNames;

    /// <inheritdoc/>
    private protected override Func<DiagnosticDescriptor, ConversationAnalyzer>? CompileKind(RuleCompilation compilation)
    {
        var match = compilation.Required(Match, "match");
        var until = compilation.Required(Until, "until");
        var maxReports = compilation.AtLeastOne(MaxReports, "maxReports");
        var answeredBy = compilation.Optional(AnsweredBy, "answeredBy");
        var untilAlso = compilation.Optional(UntilAlso, "untilAlso");
        var rewrite = new Dictionary<string, string>(Rewrite);
        return match is null || until is null ? null : descriptor => new Analyzer(descriptor, match, until, untilAlso, answeredBy, maxReports, rewrite);
    }

    private sealed class Analyzer(
        DiagnosticDescriptor descriptor,
        CompiledSelector match,
        CompiledSelector until,
        CompiledSelector? untilAlso,
        CompiledSelector? answeredBy,
        int maxReports,
        Dictionary<string, string> rewrite)
        : RuleAnalyzer(descriptor)
    {
        /// <summary>A buyer's greeting, which says nothing yet ("hi", "hello there").</summary>
        private static readonly string[] Greetings = ["hi", "hello", "hey", "hiya", "heya", "yo", "howdy", "good morning", "good afternoon", "good evening"];

        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationStartAction(start =>
        {
            var released = false;
            var reported = 0;

            // With untilAlso, the two conditions may come in either order; the rule is released when both have.
            var untilSeen = false;
            var alsoSeen = untilAlso is null;

            // Until the buyer's first line (with answeredBy), a picked sentence is looked ahead at: when that line is
            // picked by answeredBy, the buyer came for what the seller opened with (read once, on the first need).
            var waiting = answeredBy is not null;
            bool? answeredAhead = null;
            start.RegisterSentenceAction(context =>
            {
                var sentence = context.Sentence;
                if (released)
                {
                    return;
                }

                if (waiting && sentence.Role == SpeakerRole.Buyer && sentence.Index == 0 && (IsLine(sentence.Turn) || Answers(sentence.Turn)))
                {
                    waiting = false;
                }

                if (!alsoSeen && untilAlso!.Matches(sentence, out _, out _))
                {
                    alsoSeen = true;
                }

                if (!untilSeen && until.Matches(sentence, out _, out _))
                {
                    untilSeen = true;
                }

                if (untilSeen && alsoSeen)
                {
                    released = true;
                    return;
                }

                if (reported < maxReports && match.Matches(sentence, out var span, out var text))
                {
                    if (waiting && (answeredAhead ??= AnsweredAhead(sentence.Turn)))
                    {
                        return; // the listing the buyer's first line bids on or asks after
                    }

                    reported++;
                    Report(context.Report, sentence, span, text);
                }
            });
        });

        /// <summary>Whether the buyer's first line after <paramref name="turn"/> (past a bare "hi") is picked by <c>answeredBy</c>.</summary>
        private bool AnsweredAhead(Turn turn)
        {
            var turns = turn.Conversation?.Turns;
            for (var i = turn.Index + 1; turns is not null && i < turns.Count; i++)
            {
                if (turns[i].Role != SpeakerRole.Buyer)
                {
                    continue;
                }

                if (Answers(turns[i]))
                {
                    return true;
                }

                if (IsLine(turns[i]))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Whether a sentence of the buyer's turn is picked by <c>answeredBy</c>.</summary>
        private bool Answers(Turn turn)
        {
            foreach (var sentence in turn.Sentences)
            {
                if (answeredBy!.Matches(sentence, out _, out _))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the buyer's turn says something: anything but a greeting of a few words ("hi", "hello there", "hey
        /// Sam"). "good thanks" to the seller's "how are you?" is a line: what the seller says after it is no listing.
        /// </summary>
        private static bool IsLine(Turn turn)
        {
            if (turn.WordCount > 3)
            {
                return true;
            }

            var text = turn.Text.AsSpan().TrimStart(" \t\"'(*-".AsSpan());
            foreach (var greeting in Greetings)
            {
                if (text.StartsWith(greeting, StringComparison.OrdinalIgnoreCase)
                    && (text.Length == greeting.Length || !char.IsLetter(text[greeting.Length])))
                {
                    return false;
                }
            }

            return true;
        }

        private void Report(Action<Diagnostic> report, Sentence sentence, TextSpan span, string text)
        {
            var args = new Dictionary<string, string> { ["match"] = text, ["sentence"] = sentence.Text };
            report(Diagnostic.Create(
                Descriptor,
                DiagnosticLocation.ForSentence(sentence, span),
                args,
                Rewrites.For(rewrite, sentence, span, text)));
        }
    }
}
