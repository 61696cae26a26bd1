using System.Globalization;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.RuleKinds;

/// <summary>
/// Rule kind <c>response</c>: judges how the other side responds to a sentence picked by <c>trigger</c> (a buyer's
/// price question, a buyer's "tell us about your company"). The response is what the other side says after the
/// trigger's turn, until the trigger's side says something again (a turn with only backchannels such as "okay"
/// does not end it) — or up to and including the first sentence picked by <c>until</c>. The rule reports the
/// response when no sentence of it is picked by <c>expect</c>, when a sentence of it is picked by <c>forbid</c>
/// (reported at that sentence: a seller pitching on after the buyer said no), when it runs longer than
/// <c>maxWords</c> words, or longer than <c>maxSeconds</c> seconds (only with timestamps). A trigger nobody responds
/// to is not judged. At most one trigger per turn and <c>maxReports</c> findings per conversation. Placeholders:
/// <c>{trigger}</c> (the trigger's matched text), <c>{question}</c> (the trigger sentence), <c>{sentence}</c> (the
/// response's first sentence, or the forbidden one), <c>{match}</c> (what <c>forbid</c> matched, else the sentence),
/// <c>{words}</c>, <c>{seconds}</c> (the response's length; <c>?</c> without timestamps).
/// </summary>
public sealed record ResponseRule : RuleDefinition
{
    private static readonly string[] PlaceholderNames = ["trigger", "question", "sentence", "match", "words", "seconds"];

    /// <summary>The sentence that calls for a response.</summary>
    public SentenceSelector? Trigger { get; init; }

    /// <summary>The response ends with the first of its sentences picked here (inclusive). Optional.</summary>
    public SentenceSelector? Until { get; init; }

    /// <summary>A sentence the response should contain; the response is reported without one. Optional.</summary>
    public SentenceSelector? Expect { get; init; }

    /// <summary>A sentence the response must not contain; the response is reported at the first one. Optional.</summary>
    public SentenceSelector? Forbid { get; init; }

    /// <summary>Most words the response may run. Optional.</summary>
    public int? MaxWords { get; init; }

    /// <summary>Most seconds the response may run (judged only with timestamps). Optional.</summary>
    public double? MaxSeconds { get; init; }

    /// <summary>Most findings per conversation. Default: 3.</summary>
    public int MaxReports { get; init; } = 3;

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> MessagePlaceholders => PlaceholderNames;

    /// <inheritdoc/>
    private protected override Func<DiagnosticDescriptor, ConversationAnalyzer>? CompileKind(RuleCompilation compilation)
    {
        var trigger = compilation.Required(Trigger, "trigger");
        if (trigger is not null && trigger.Role is null or SpeakerRole.Other)
        {
            compilation.Error("trigger.speaker", "trigger.speaker must be seller or buyer: the response comes from the other side");
        }

        var until = compilation.Optional(Until, "until");
        var expect = compilation.Optional(Expect, "expect");
        var forbid = compilation.Optional(Forbid, "forbid");
        if (Expect is null && Forbid is null && MaxWords is null && MaxSeconds is null)
        {
            compilation.Error("trigger", "a response rule needs expect, forbid, maxWords or maxSeconds");
        }

        if (MaxWords < 1)
        {
            compilation.Error("maxWords", "maxWords must be at least 1");
        }

        if (MaxSeconds <= 0)
        {
            compilation.Error("maxSeconds", "maxSeconds must be greater than 0");
        }

        var maxReports = compilation.AtLeastOne(MaxReports, "maxReports");
        if (trigger is null)
        {
            return null;
        }

        var rule = new Compiled(trigger, until, expect, forbid, MaxWords, MaxSeconds, maxReports);
        return descriptor => new Analyzer(rule, descriptor);
    }

    private sealed record Compiled(
        CompiledSelector Trigger,
        CompiledSelector? Until,
        CompiledSelector? Expect,
        CompiledSelector? Forbid,
        int? MaxWords,
        double? MaxSeconds,
        int MaxReports);

    private sealed class Analyzer(Compiled rule, DiagnosticDescriptor descriptor) : RuleAnalyzer(descriptor)
    {
        public override void Initialize(AnalyzerRegistration registration) => registration.RegisterConversationAction(context =>
        {
            var turns = context.Conversation.Turns;
            var reported = 0;
            TextSpan forbiddenSpan = default;
            var forbiddenText = string.Empty;
            foreach (var turn in turns)
            {
                if (reported >= rule.MaxReports)
                {
                    return;
                }

                context.CancellationToken.ThrowIfCancellationRequested();
                Sentence? trigger = null;
                var triggerText = string.Empty;
                foreach (var sentence in turn.SentenceArray)
                {
                    if (rule.Trigger.Matches(sentence, out _, out triggerText))
                    {
                        trigger = sentence;
                        break;
                    }
                }

                if (trigger is null)
                {
                    continue;
                }

                var response = CollectResponse(turns, turn);
                if (response.Count == 0)
                {
                    continue;
                }

                var words = response.Sum(r => r.Words);
                var seconds = Seconds(turns, response);
                var forbidden = rule.Forbid is null ? null : FindForbidden(rule.Forbid, response, out forbiddenSpan, out forbiddenText);
                var failed = (rule.Expect is not null && !response.Any(r => r.Sentences.Any(s => rule.Expect.Matches(s, out _, out _))))
                    || forbidden is not null
                    || words > rule.MaxWords
                    || (seconds is double sec && sec > rule.MaxSeconds);
                if (!failed)
                {
                    continue;
                }

                reported++;
                var first = forbidden ?? response[0].Sentences[0];
                var args = new Dictionary<string, string>
                {
                    ["trigger"] = triggerText,
                    ["question"] = trigger.Text,
                    ["sentence"] = first.Text,
                    ["match"] = forbidden is null ? first.Text : forbiddenText,
                    ["words"] = words.ToString(CultureInfo.InvariantCulture),
                    ["seconds"] = seconds is double s ? s.ToString("0", CultureInfo.InvariantCulture) : "?",
                };
                var location = forbidden is null ? DiagnosticLocation.ForSentence(first) : DiagnosticLocation.ForSentence(forbidden, forbiddenSpan);
                context.Report(Diagnostic.Create(Descriptor, location, args));
            }
        });

        /// <summary>The response's first sentence picked by <c>forbid</c>, or null.</summary>
        private static Sentence? FindForbidden(CompiledSelector forbid, List<Part> response, out TextSpan span, out string text)
        {
            foreach (var part in response)
            {
                foreach (var sentence in part.Sentences)
                {
                    if (forbid.Matches(sentence, out span, out text))
                    {
                        return sentence;
                    }
                }
            }

            span = default;
            text = string.Empty;
            return null;
        }

        /// <summary>The other side's turns after <paramref name="trigger"/>, each with the sentences that belong to the response.</summary>
        private List<Part> CollectResponse(IReadOnlyList<Turn> turns, Turn trigger)
        {
            var asker = trigger.Role;
            var responder = asker == SpeakerRole.Seller ? SpeakerRole.Buyer : SpeakerRole.Seller;
            var parts = new List<Part>();
            for (var i = trigger.Index + 1; i < turns.Count; i++)
            {
                var turn = turns[i];
                if (turn.Role == asker)
                {
                    if (parts.Count > 0 && turn.SaysSomething)
                    {
                        break;
                    }

                    continue;
                }

                if (turn.Role != responder || turn.Sentences.Count == 0)
                {
                    continue;
                }

                var sentences = new List<Sentence>();
                var ended = false;
                foreach (var sentence in turn.SentenceArray)
                {
                    sentences.Add(sentence);
                    if (rule.Until is not null && rule.Until.Matches(sentence, out _, out _))
                    {
                        ended = true;
                        break;
                    }
                }

                parts.Add(new Part(turn, sentences, sentences.Sum(s => s.WordCount)));
                if (ended)
                {
                    break;
                }
            }

            return parts;
        }

        /// <summary>Seconds the response ran, pro rata by words for a turn cut short by <c>until</c>; null without timestamps.</summary>
        private static double? Seconds(IReadOnlyList<Turn> turns, List<Part> parts)
        {
            var total = 0.0;
            foreach (var part in parts)
            {
                var turn = part.Turn;
                var end = turn.End ?? (turn.Index + 1 < turns.Count ? turns[turn.Index + 1].Start : null);
                if (turn.Start is not double start || end is not double stop || stop < start)
                {
                    return null;
                }

                total += turn.WordCount == 0 ? 0 : (stop - start) * part.Words / turn.WordCount;
            }

            return total;
        }

        private sealed record Part(Turn Turn, List<Sentence> Sentences, int Words);
    }
}
