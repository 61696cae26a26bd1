using System.Globalization;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Metrics;
using SalesLint.Model;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>gap</c>: timing between what one speaker says and what comes next. For each sentence picked by
/// <c>after</c>, the next speech is the sentence right after it in the same turn (a gap of 0 s; only when
/// <c>sameTurn</c> is true) or, when it ends its turn, the following turn (the gap is that turn's start minus this
/// turn's end; negative when they overlap; known only when every turn has start and end times). The rule reports
/// the first sentence of that next speech picked by <c>next</c> when the gap is shorter than <c>minSeconds</c>: a
/// seller who answers their own question, a seller turn that starts before the buyer finished. A sentence of the same
/// turn is no answer to the speaker's own question when the turn replies to the other speaker's question: the turn
/// before is another speaker's and ends with a question (a "Thanks." or a stray mark after it aside), and no statement
/// comes before that own question in this turn (a
/// chat reply "why did you not help him? Yes. I tried…" to "you were in the military?": the "Yes" takes the other
/// speaker's question, whatever the speaker asked first). At most one finding per turn and
/// <c>maxReports</c> per conversation. With <c>cutOff</c>, a transcript without full times still shows an overlap where
/// the text marks it: an <c>after</c> sentence that ends its turn cut off mid-word or mid-clause ("We have a driver
/// who-", "and then I—") is overlapped by the other speaker's next turn. Placeholders: <c>{gap}</c> and
/// <c>{overlap}</c> (seconds; 0 for a cut-off in the text), <c>{when}</c> ("0.9 s before", or "before" for a cut-off),
/// <c>{previous}</c> (the <c>after</c> sentence), <c>{match}</c>, <c>{sentence}</c> (the reported sentence).
/// </summary>
public sealed record GapRule : RuleDefinition
{
    private static readonly string[] PlaceholderNames = ["gap", "overlap", "when", "previous", "match", "sentence"];

    /// <summary>The sentence after which the gap is measured.</summary>
    public SentenceSelector? After { get; init; }

    /// <summary>What comes next that is judged.</summary>
    public SentenceSelector? Next { get; init; }

    /// <summary>The shortest acceptable gap in seconds; negative values allow that much overlap. Default: 0.</summary>
    public double MinSeconds { get; init; }

    /// <summary>Whether the next sentence of the same turn counts as next speech, with a gap of 0 s. Default: true.</summary>
    public bool SameTurn { get; init; } = true;

    /// <summary>
    /// Whether, in a transcript without start and end times on every turn, an <c>after</c> sentence that ends its turn
    /// cut off in the text (a word run into a dash: "We have a driver who-", "so the--", "and then I—") counts as
    /// overlapped by the next turn when that turn is another speaker's. Fully timed transcripts go by their times.
    /// Default: false.
    /// </summary>
    public bool CutOff { get; init; }

    /// <summary>Most findings per conversation. Default: 5.</summary>
    public int MaxReports { get; init; } = 5;

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> MessagePlaceholders => PlaceholderNames;

    /// <inheritdoc/>
    private protected override Func<DiagnosticDescriptor, ConversationAnalyzer>? CompileKind(RuleCompilation compilation)
    {
        var after = compilation.Required(After, "after");
        var next = compilation.Required(Next, "next");
        var maxReports = compilation.AtLeastOne(MaxReports, "maxReports");
        if (after is null || next is null)
        {
            return null;
        }

        var rule = new Compiled(after, next, MinSeconds, SameTurn, maxReports, CutOff);
        return descriptor => new Analyzer(rule, descriptor);
    }

    private sealed record Compiled(CompiledSelector After, CompiledSelector Next, double MinSeconds, bool SameTurn, int MaxReports, bool CutOff);

    private sealed class Analyzer(Compiled rule, DiagnosticDescriptor descriptor) : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationAction(context =>
        {
            var conversation = context.Conversation;
            var timed = MetricsCalculator.IsFullyTimed(conversation);
            var reportedTurns = new HashSet<int>();
            foreach (var sentence in conversation.Sentences)
            {
                if (reportedTurns.Count >= rule.MaxReports)
                {
                    return;
                }

                if (!rule.After.Matches(sentence, out _, out _))
                {
                    continue;
                }

                var turn = sentence.Turn;
                IEnumerable<Sentence> following;
                double gap;
                var cut = false;
                if (sentence.Index < turn.Sentences.Count - 1)
                {
                    if (!rule.SameTurn)
                    {
                        continue;
                    }

                    if (RepliesToOther(conversation, turn, sentence.Index))
                    {
                        continue;
                    }

                    following = [turn.Sentences[sentence.Index + 1]];
                    gap = 0;
                }
                else
                {
                    if (turn.Index + 1 >= conversation.Turns.Count)
                    {
                        continue;
                    }

                    if (!timed)
                    {
                        // No times: only a cut-off the text marks shows the next speaker took over.
                        var taker = conversation.Turns[turn.Index + 1];
                        if (!rule.CutOff || taker.Speaker.Id == turn.Speaker.Id || !EndsCutOff(sentence.Text))
                        {
                            continue;
                        }

                        following = taker.Sentences;
                        gap = 0;
                        cut = true;
                    }
                    else
                    {
                        // Fully timed: every turn has a start and an end.
                        var next = conversation.Turns[turn.Index + 1];
                        if (next.Start is not double start || turn.End is not double end)
                        {
                            continue;
                        }

                        following = next.Sentences;
                        gap = start - end;
                    }
                }

                if (!cut && gap >= rule.MinSeconds)
                {
                    continue;
                }

                foreach (var candidate in following)
                {
                    if (!rule.Next.Matches(candidate, out var span, out var text))
                    {
                        continue;
                    }

                    if (reportedTurns.Add(candidate.Turn.Index))
                    {
                        var args = new Dictionary<string, string>
                        {
                            ["gap"] = gap.ToString("0.0", CultureInfo.InvariantCulture),
                            ["overlap"] = Math.Max(0, -gap).ToString("0.0", CultureInfo.InvariantCulture),
                            ["when"] = cut ? "before" : Math.Max(0, -gap).ToString("0.0", CultureInfo.InvariantCulture) + " s before",
                            ["previous"] = sentence.Text,
                            ["match"] = text,
                            ["sentence"] = candidate.Text,
                        };
                        context.Report(Diagnostic.Create(Descriptor, DiagnosticLocation.ForSentence(candidate, span), args));
                    }

                    break;
                }
            }
        });

        /// <summary>
        /// Whether a sentence ends cut off: its last word runs straight into a dash ("who-", "the--", "I—", "I –"),
        /// perhaps before a closing quote. A dash after a space and before nothing ("fifty -") counts too; a trailing
        /// "..." (trailing off) does not.
        /// </summary>
        internal static bool EndsCutOff(string text)
        {
            var end = text.Length - 1;
            while (end >= 0 && (char.IsWhiteSpace(text[end]) || text[end] is '"' or '\'' or '’' or '”'))
            {
                end--;
            }

            var dashes = end;
            while (end >= 0 && text[end] is '-' or '—' or '–')
            {
                end--;
            }

            if (dashes - end is < 1 or > 2)
            {
                return false;
            }

            if (end >= 0 && text[end] == ' ')
            {
                end--;
            }

            return end >= 0 && char.IsLetterOrDigit(text[end]);
        }

        /// <summary>
        /// Whether what follows the speaker's own question at <paramref name="question"/> of <paramref name="turn"/>
        /// may answer the other speaker's question of the turn before: that turn is another speaker's and its last
        /// sentence (after any greeting, thanks or stray mark) a question, and no statement of <paramref name="turn"/> comes before the own question (which may
        /// itself read as a self-answered statement).
        /// </summary>
        private static bool RepliesToOther(Conversation conversation, Turn turn, int question)
        {
            if (turn.Index == 0 || conversation.Turns[turn.Index - 1] is not { } previous || previous.Speaker.Id == turn.Speaker.Id)
            {
                return false;
            }

            // The other speaker's last sentence that says something (not a trailing "Thanks." or a stray "/").
            var last = previous.Sentences.Count - 1;
            while (last >= 0 && previous.Sentences[last].Act == SentenceAct.Other)
            {
                last--;
            }

            if (last < 0 || previous.Sentences[last].Act != SentenceAct.Question)
            {
                return false;
            }

            for (var i = 0; i < question; i++)
            {
                if (turn.Sentences[i].Act == SentenceAct.Statement)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
