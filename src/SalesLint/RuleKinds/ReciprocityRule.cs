using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>reciprocity</c> (quid pro quo): reports a sentence picked by <c>give</c> (a seller concession) that
/// has no <c>condition</c> attached (in the same sentence, or the same turn when <c>conditionScope</c> is
/// <c>turn</c>) and is not followed by a sentence picked by <c>get</c> (the buyer giving something back) before the
/// next <c>give</c> in a later turn, or the end of the conversation.
/// A sentence whose money amounts, percentages and durations were all conceded (or traded) before ("so that's $40k for the first year") is a
/// recap, not a new concession. Placeholders: <c>{match}</c>, <c>{amount}</c> (money, percentages and durations recognized in the sentence,
/// or the matched text), <c>{sentence}</c>.
/// </summary>
public sealed record ReciprocityRule : RuleDefinition
{
    private static readonly string[] PlaceholderNames = ["match", "amount", "sentence"];

    /// <summary>What is given (a concession).</summary>
    public SentenceSelector? Give { get; init; }

    /// <summary>What makes the concession conditional ("if you…", "in exchange"). Optional.</summary>
    public SentenceSelector? Condition { get; init; }

    /// <summary>Where a condition must be to count: <c>sentence</c> or <c>turn</c>. Default: <c>turn</c>.</summary>
    public string ConditionScope { get; init; } = "turn";

    /// <summary>What counts as getting something back.</summary>
    public SentenceSelector? Get { get; init; }

    /// <summary>Most findings per conversation. Default: 10.</summary>
    public int MaxReports { get; init; } = 10;

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> MessagePlaceholders => PlaceholderNames;

    /// <inheritdoc/>
    private protected override Func<DiagnosticDescriptor, ConversationAnalyzer>? CompileKind(RuleCompilation compilation)
    {
        var give = compilation.Required(Give, "give");
        var get = compilation.Required(Get, "get");
        var condition = compilation.Optional(Condition, "condition");
        if (ConditionScope is not ("sentence" or "turn"))
        {
            compilation.Error("conditionScope", $"conditionScope must be sentence or turn, not '{ConditionScope}'");
        }

        var maxReports = compilation.AtLeastOne(MaxReports, "maxReports");
        if (give is null || get is null)
        {
            return null;
        }

        var rule = new Compiled(give, get, condition, ConditionScope == "sentence", maxReports);
        return descriptor => new Analyzer(rule, descriptor);
    }

    private sealed record Compiled(CompiledSelector Give, CompiledSelector Get, CompiledSelector? Condition, bool ConditionInSentence, int MaxReports);

    private sealed class Analyzer(Compiled rule, DiagnosticDescriptor descriptor) : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationStartAction(start =>
        {
            var pending = new List<(Sentence Sentence, TextSpan Span, string Text)>();
            var conceded = new HashSet<string>(StringComparer.Ordinal);
            var reported = 0;

            void Flush(ConversationContextOrSentence report, int? keepTurn)
            {
                pending.RemoveAll(p =>
                {
                    if (keepTurn == p.Sentence.Turn.Index)
                    {
                        return false;
                    }

                    if (reported < rule.MaxReports)
                    {
                        reported++;
                        report(CreateDiagnostic(p.Sentence, p.Span, p.Text));
                    }

                    return true;
                });
            }

            start.RegisterSentenceAction(context =>
            {
                var sentence = context.Sentence;
                if (rule.Get.Matches(sentence, out _, out _))
                {
                    pending.Clear();
                    return;
                }

                if (!rule.Give.Matches(sentence, out var span, out var text))
                {
                    return;
                }

                // Record the amounts first, so a recap of a conditional (traded) concession is a recap too.
                var recap = IsRecap(sentence, conceded);
                if (recap || IsConditional(sentence))
                {
                    return;
                }

                Flush(context.Report, keepTurn: sentence.Turn.Index);
                pending.Add((sentence, span, text));
            });

            start.RegisterConversationEndAction(context => Flush(context.Report, keepTurn: null));
        });

        /// <summary>Records the sentence's amounts; true when it has some and all were conceded before.</summary>
        private static bool IsRecap(Sentence sentence, HashSet<string> conceded)
        {
            var amounts = sentence.Entities
                .Where(e => e.Kind is EntityKind.Money or EntityKind.Percentage or EntityKind.Duration)
                .Select(e => $"{e.Kind}:{e.Value ?? e.Text}")
                .ToList();
            var recap = amounts.Count > 0 && amounts.All(conceded.Contains);
            conceded.UnionWith(amounts);
            return recap;
        }

        private bool IsConditional(Sentence sentence)
        {
            if (rule.Condition is null)
            {
                return false;
            }

            if (rule.ConditionInSentence)
            {
                return rule.Condition.Matches(sentence, out _, out _);
            }

            foreach (var other in sentence.Turn.SentenceArray)
            {
                if (rule.Condition.Matches(other, out _, out _))
                {
                    return true;
                }
            }

            return false;
        }

        private Diagnostic CreateDiagnostic(Sentence sentence, TextSpan span, string text)
        {
            var amounts = sentence.Entities.Count > 0 ? string.Join(", ", sentence.Entities.Select(e => e.Text)) : text;
            var args = new Dictionary<string, string> { ["match"] = text, ["amount"] = amounts, ["sentence"] = sentence.Text };
            return Diagnostic.Create(Descriptor, DiagnosticLocation.ForSentence(sentence, span), args);
        }
    }

    private delegate void ConversationContextOrSentence(Diagnostic diagnostic);
}
