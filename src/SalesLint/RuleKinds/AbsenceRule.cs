using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Metrics;
using SalesLint.Model;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>absence</c>: reports what never came up. <c>expect</c> names one or more selectors; a name is found
/// when a sentence matches its selector. The rule reports when more than <c>maxMissing</c> names are missing:
/// at the end of the conversation (counting only the last <c>lastTurns</c> turns when set), or — with
/// <c>before</c> — at each sentence picked by <c>before</c>, judging only what came before it. <c>unless</c>
/// turns the rule off for conversations that have a sentence it picks, <c>skipIf</c> for those where a metric is
/// present and reaches a value; <c>onlyIf</c> guards short calls as in
/// <see cref="MetricRule"/>. A conversation without sentences is never reported. Placeholders: <c>{missing}</c>
/// and <c>{found}</c> (names, comma-separated, in declaration order), and with <c>before</c> <c>{match}</c> and
/// <c>{sentence}</c>.
/// </summary>
public sealed record AbsenceRule : RuleDefinition
{
    private static readonly string[] PlaceholderNames = ["missing", "found", "match", "sentence"];

    /// <summary>Named selectors of what should come up.</summary>
    public Dictionary<string, SentenceSelector> Expect { get; init; } = [];

    /// <summary>How many names may be missing without a finding. Default: 0 (report when any is missing).</summary>
    public int MaxMissing { get; init; }

    /// <summary>Only sentences in the last this-many turns count (end mode only). Default: 0 (the whole conversation).</summary>
    public int LastTurns { get; init; }

    /// <summary>Judge at each sentence picked here (what came before it) instead of at the end. Optional.</summary>
    public SentenceSelector? Before { get; init; }

    /// <summary>The rule does not apply to a conversation with a sentence picked here. Optional.</summary>
    public SentenceSelector? Unless { get; init; }

    /// <summary>Metric minimums that must all be reached for the rule to apply. Default: none.</summary>
    public Dictionary<string, double> OnlyIf { get; init; } = [];

    /// <summary>Most findings per conversation (with <c>before</c>). Default: 1.</summary>
    public int MaxReports { get; init; } = 1;

    /// <summary>
    /// Metrics that turn the rule off for a conversation where any of them is present and reaches its value
    /// (<c>deal_price: 0</c>: a price both sides agreed on is a close). Default: none.
    /// </summary>
    public Dictionary<string, double> SkipIf { get; init; } = [];

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> MessagePlaceholders => PlaceholderNames;

    /// <inheritdoc/>
    private protected override Func<DiagnosticDescriptor, ConversationAnalyzer>? CompileKind(RuleCompilation compilation)
    {
        if (Expect.Count == 0)
        {
            compilation.Error("expect", "expect needs at least one named selector");
        }

        var expect = new List<(string Name, CompiledSelector Selector)>(Expect.Count);
        foreach (var (name, selector) in Expect)
        {
            if (selector is null)
            {
                compilation.Error($"expect.{name}", $"expect.{name} needs a selector");
            }
            else if (selector.Compile($"expect.{name}", compilation) is { } compiled)
            {
                expect.Add((name, compiled));
            }
        }

        var before = compilation.Optional(Before, "before");
        var unless = compilation.Optional(Unless, "unless");
        if (MaxMissing < 0 || (Expect.Count > 0 && MaxMissing >= Expect.Count))
        {
            compilation.Error("maxMissing", $"maxMissing must be from 0 to {Math.Max(0, Expect.Count - 1)} (one less than the number of expect names)");
        }

        if (LastTurns < 0)
        {
            compilation.Error("lastTurns", "lastTurns must not be negative");
        }

        if (LastTurns > 0 && Before is not null)
        {
            compilation.Error("lastTurns", "lastTurns applies to the end of the conversation; it cannot be combined with before");
        }

        var maxReports = compilation.AtLeastOne(MaxReports, "maxReports");
        var onlyIf = compilation.OnlyIf(OnlyIf);
        foreach (var key in SkipIf.Keys.Where(k => !MetricCatalog.All.ContainsKey(k)))
        {
            compilation.Error("skipIf", $"unknown metric '{key}' in skipIf");
        }

        var rule = new Compiled([.. expect], MaxMissing, LastTurns, before, unless, onlyIf, maxReports) { SkipIf = SkipIf.ToDictionary() };
        return descriptor => new Analyzer(rule, descriptor);
    }

    private sealed record Compiled(
        (string Name, CompiledSelector Selector)[] Expect,
        int MaxMissing,
        int LastTurns,
        CompiledSelector? Before,
        CompiledSelector? Unless,
        IReadOnlyDictionary<string, double> OnlyIf,
        int MaxReports)
    {
        public IReadOnlyDictionary<string, double> SkipIf { get; init; } = new Dictionary<string, double>();
    }

    private sealed class Analyzer(Compiled rule, DiagnosticDescriptor descriptor) : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationAction(context =>
        {
            var conversation = context.Conversation;
            if (conversation.SentenceCount == 0 || !MetricCatalog.Reached(rule.OnlyIf, context.Metrics) || Skipped(rule.SkipIf, context.Metrics))
            {
                return;
            }

            var names = rule.Expect.Select(e => e.Name).ToList();
            var found = new HashSet<string>(StringComparer.Ordinal);
            var reports = new List<Diagnostic>();
            var firstCounted = rule.Before is null && rule.LastTurns > 0 ? Math.Max(0, conversation.Turns.Count - rule.LastTurns) : 0;
            foreach (var sentence in conversation.Sentences)
            {
                if (rule.Before is not null && reports.Count < rule.MaxReports && rule.Before.Matches(sentence, out var span, out var text))
                {
                    var missing = names.Where(n => !found.Contains(n)).ToList();
                    if (missing.Count > rule.MaxMissing)
                    {
                        reports.Add(Diagnostic.Create(Descriptor, DiagnosticLocation.ForSentence(sentence, span), Arguments(names, found, text, sentence.Text)));
                    }
                }

                if (sentence.Turn.Index >= firstCounted)
                {
                    foreach (var (name, selector) in rule.Expect)
                    {
                        if (!found.Contains(name) && selector.Matches(sentence, out _, out _))
                        {
                            found.Add(name);
                        }
                    }

                    if (found.Count == names.Count)
                    {
                        break; // everything expected was said: nothing later can report
                    }
                }
            }

            if (rule.Before is null && names.Count - found.Count > rule.MaxMissing)
            {
                reports.Add(Diagnostic.Create(Descriptor, DiagnosticLocation.Conversation, Arguments(names, found, string.Empty, string.Empty)));
            }

            // What turns the rule off is looked for only when there is something to turn off: it may be any sentence of
            // the call (an offer accepted in the middle), so it is the costly part of a long call.
            if (reports.Count > 0 && !Cancelled(rule.Unless, conversation))
            {
                reports.ForEach(context.Report);
            }
        });

        private static bool Cancelled(CompiledSelector? unless, Conversation conversation)
        {
            if (unless is not null)
            {
                foreach (var sentence in conversation.Sentences)
                {
                    if (unless.Matches(sentence, out _, out _))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Skipped(IReadOnlyDictionary<string, double> skipIf, IReadOnlyDictionary<string, double> metrics) =>
            skipIf.Count > 0 && skipIf.Any(s => metrics.TryGetValue(s.Key, out var value) && value >= s.Value);

        private static Dictionary<string, string> Arguments(List<string> names, HashSet<string> found, string match, string sentence) => new()
        {
            ["missing"] = string.Join(", ", names.Where(n => !found.Contains(n))),
            ["found"] = string.Join(", ", names.Where(found.Contains)),
            ["match"] = match,
            ["sentence"] = sentence,
        };
    }
}
