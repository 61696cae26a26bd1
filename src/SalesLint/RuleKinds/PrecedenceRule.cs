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
    public override void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ValidateRequired(Match, "match", errors, features);

        ValidateRequired(Until, "until", errors, features);

        ValidateAtLeastOne(MaxReports, "maxReports", errors);
    }

    /// <inheritdoc/>
    public override ConversationAnalyzer CreateAnalyzer(DiagnosticDescriptor descriptor) => new Analyzer(this, descriptor);

    private sealed class Analyzer(PrecedenceRule rule, DiagnosticDescriptor descriptor) : RuleAnalyzer(descriptor)
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

                if (rule.Until!.Matches(sentence, out _, out _))
                {
                    released = true;
                    return;
                }

                if (reported < rule.MaxReports && rule.Match!.Matches(sentence, out var span, out var text))
                {
                    reported++;
                    var args = new Dictionary<string, string> { ["match"] = text, ["sentence"] = sentence.Text };
                    context.Report(Diagnostic.Create(
                        Descriptor,
                        DiagnosticLocation.ForSentence(sentence, span),
                        args,
                        Rewrites.For(rule.Rewrite, sentence, span, text)));
                }
            });
        });
    }
}
