using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>precedence</c>: reports sentences picked by <c>match</c> that come before the first sentence picked
/// by <c>until</c> ("product talk before the buyer shared a goal"). Once <c>until</c> has matched, the rule is quiet
/// for the rest of the conversation. At most <c>maxReports</c> findings. Placeholders: <c>{match}</c>, <c>{sentence}</c>.
/// With <c>answeredBy</c>, the sentences picked before the buyer's first line (its first turn with a question or a
/// statement, past a bare "hi") wait for that line: when a sentence of it is picked by <c>answeredBy</c>, they were
/// what the buyer came for ("Watch is 400, original box" answered by "250?": the listing a bid answers) and are not
/// reported.
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
        var rewrite = new Dictionary<string, string>(Rewrite);
        return match is null || until is null ? null : descriptor => new Analyzer(descriptor, match, until, answeredBy, maxReports, rewrite);
    }

    private sealed class Analyzer(
        DiagnosticDescriptor descriptor,
        CompiledSelector match,
        CompiledSelector until,
        CompiledSelector? answeredBy,
        int maxReports,
        Dictionary<string, string> rewrite)
        : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationStartAction(start =>
        {
            var released = false;
            var reported = 0;

            // Sentences picked before the buyer's first line, held for it when the rule has answeredBy.
            var waiting = answeredBy is not null;
            List<(Sentence Sentence, TextSpan Span, string Text)>? held = null;
            start.RegisterSentenceAction(context =>
            {
                var sentence = context.Sentence;
                if (released)
                {
                    return;
                }

                if (waiting && sentence.Role == SpeakerRole.Buyer && sentence.Index == 0)
                {
                    if (Answers(sentence.Turn))
                    {
                        waiting = false;
                        held = null; // the buyer answered what the seller opened with: it came for it
                    }
                    else if (IsLine(sentence.Turn))
                    {
                        waiting = false;
                        Flush(context.Report);
                    }
                }

                if (until.Matches(sentence, out _, out _))
                {
                    Flush(context.Report);
                    released = true;
                    return;
                }

                if (reported < maxReports && match.Matches(sentence, out var span, out var text))
                {
                    reported++;
                    if (waiting)
                    {
                        (held ??= []).Add((sentence, span, text));
                    }
                    else
                    {
                        Report(context.Report, sentence, span, text);
                    }
                }
            });
            start.RegisterConversationEndAction(context => Flush(context.Report));

            void Flush(Action<Diagnostic> report)
            {
                foreach (var (sentence, span, text) in held ?? [])
                {
                    Report(report, sentence, span, text);
                }

                held = null;
            }
        });

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

        /// <summary>Whether the buyer's turn says something: a question or a statement, not only "hi".</summary>
        private static bool IsLine(Turn turn)
        {
            foreach (var sentence in turn.Sentences)
            {
                if (sentence.Act is SentenceAct.Question or SentenceAct.Statement)
                {
                    return true;
                }
            }

            return false;
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
