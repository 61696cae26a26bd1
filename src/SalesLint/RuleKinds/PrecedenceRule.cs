using SalesLint.Analysis;
using SalesLint.Diagnostics;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>precedence</c>: reports sentences picked by <c>match</c> that come before the first sentence picked
/// by <c>until</c> ("product talk before the buyer shared a goal"). Once <c>until</c> has matched, the rule is quiet
/// for the rest of the conversation. At most <c>maxReports</c> findings. Placeholders: <c>{match}</c>, <c>{sentence}</c>.
/// </summary>
public sealed record PrecedenceRule : RuleDefinition
{
    private static readonly string[] PlaceholderNames = ["match", "sentence"];

    /// <summary>The sentences that are too early.</summary>
    public SentenceSelector? Match { get; init; }

    /// <summary>The sentence that makes <c>match</c> acceptable from then on.</summary>
    public SentenceSelector? Until { get; init; }

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
        var rewrite = new Dictionary<string, string>(Rewrite);
        return match is null || until is null ? null : descriptor => new Analyzer(descriptor, match, until, maxReports, rewrite);
    }

    private sealed class Analyzer(DiagnosticDescriptor descriptor, CompiledSelector match, CompiledSelector until, int maxReports, Dictionary<string, string> rewrite)
        : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationStartAction(start =>
        {
            var released = false;
            var reported = 0;
            start.RegisterSentenceAction(context =>
            {
                var sentence = context.Sentence;
                if (released)
                {
                    return;
                }

                if (until.Matches(sentence, out _, out _))
                {
                    released = true;
                    return;
                }

                if (reported < maxReports && match.Matches(sentence, out var span, out var text))
                {
                    reported++;
                    var args = new Dictionary<string, string> { ["match"] = text, ["sentence"] = sentence.Text };
                    context.Report(Diagnostic.Create(
                        Descriptor,
                        DiagnosticLocation.ForSentence(sentence, span),
                        args,
                        Rewrites.For(rewrite, sentence, span, text)));
                }
            });
        });
    }
}
