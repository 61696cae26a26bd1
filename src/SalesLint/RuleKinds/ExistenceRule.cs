using SalesLint.Analysis;
using SalesLint.Diagnostics;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>existence</c>: reports every sentence the <c>match</c> selector picks, up to <c>maxReports</c>
/// per conversation. Placeholders: <c>{match}</c> (the matched text), <c>{sentence}</c>.
/// </summary>
public sealed record ExistenceRule : RuleDefinition
{
    private static readonly string[] PlaceholderNames = ["match", "sentence"];

    /// <summary>Which sentences to report.</summary>
    public SentenceSelector? Match { get; init; }

    /// <summary>Most findings per conversation. Default: 10.</summary>
    public int MaxReports { get; init; } = 10;

    /// <summary>Suggested replacements for matched text (lower case; <c>*</c> for any).</summary>
    public Dictionary<string, string> Rewrite { get; init; } = [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> MessagePlaceholders => PlaceholderNames;

    /// <inheritdoc/>
    private protected override Func<DiagnosticDescriptor, ConversationAnalyzer>? CompileKind(RuleCompilation compilation)
    {
        var match = compilation.Required(Match, "match");
        var maxReports = compilation.AtLeastOne(MaxReports, "maxReports");
        var rewrite = new Dictionary<string, string>(Rewrite);
        return match is null ? null : descriptor => new Analyzer(descriptor, match, maxReports, rewrite);
    }

    private sealed class Analyzer(DiagnosticDescriptor descriptor, CompiledSelector match, int maxReports, Dictionary<string, string> rewrite) : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationStartAction(start =>
        {
            var reported = 0;
            start.RegisterSentenceAction(
                context =>
                {
                    if (reported >= maxReports || !match.Matches(context.Sentence, out var span, out var text))
                    {
                        return;
                    }

                    reported++;
                    var args = new Dictionary<string, string> { ["match"] = text, ["sentence"] = context.Sentence.Text };
                    context.Report(Diagnostic.Create(
                        Descriptor,
                        DiagnosticLocation.ForSentence(context.Sentence, span),
                        args,
                        Rewrites.For(rewrite, context.Sentence, span, text)));
                },
                match.Role);
        });
    }
}
