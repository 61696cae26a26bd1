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
    public override void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ValidateRequired(Match, "match", errors, features);

        ValidateAtLeastOne(MaxReports, "maxReports", errors);
    }

    /// <inheritdoc/>
    public override ConversationAnalyzer CreateAnalyzer(DiagnosticDescriptor descriptor) => new Analyzer(this, descriptor);

    private sealed class Analyzer(ExistenceRule rule, DiagnosticDescriptor descriptor) : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationStartAction(start =>
        {
            var reported = 0;
            var selector = rule.Match!;
            start.RegisterSentenceAction(
                context =>
                {
                    if (reported >= rule.MaxReports || !selector.Matches(context.Sentence, out var span, out var text))
                    {
                        return;
                    }

                    reported++;
                    var args = new Dictionary<string, string> { ["match"] = text, ["sentence"] = context.Sentence.Text };
                    context.Report(Diagnostic.Create(
                        Descriptor,
                        DiagnosticLocation.ForSentence(context.Sentence, span),
                        args,
                        Rewrites.For(rule.Rewrite, context.Sentence, span, text)));
                },
                selector.Role);
        });
    }
}
