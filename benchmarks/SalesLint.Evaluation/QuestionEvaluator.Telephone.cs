using System.Globalization;
using System.Text;
using SalesLint.Engine;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Rules;

namespace SalesLint.Evaluation;

/// <summary>Question detection on whole telephone conversations (<c>data/telephone-calls/</c>), scored per gold utterance.</summary>
internal sealed partial class QuestionEvaluator
{
    private static readonly (TelephoneText Text, string Name)[] TelephoneConditions =
    [
        (TelephoneText.AsWritten, "as written"),
        (TelephoneText.Stripped, "stripped turns"),
        (TelephoneText.StrippedUtterances, "stripped utterances"),
    ];

    /// <summary>
    /// Each conversation built as a transcript (as written; stripped with the utterances of a turn joined into one
    /// unpunctuated turn; stripped with each utterance its own turn), split and classified by the engine's own
    /// <see cref="ConversationBuilder"/>, the sentences aligned back to the gold utterances
    /// (<see cref="TelephoneCalls.Align"/>: an utterance is predicted a question when a question sentence ends in it).
    /// Rows per condition; details: recall per question type, false alarms per gold act and type, per reason, examples.
    /// With <paramref name="withholdExamples"/> (a measure-only held-out half) the error lines are never printed, only
    /// the counts, so that nobody tunes on them by accident.
    /// </summary>
    public IEnumerable<string> TelephoneCallSet(string name, List<TelephoneCall> calls, bool withholdExamples = false)
    {
        var builder = new ConversationBuilder(new FeatureDetector(RuleSet.LoadBuiltIn().Lexicons), mode, Model);
        var rows = new List<string>();
        foreach (var (condition, conditionName) in TelephoneConditions)
        {
            var scores = new Scores();
            var reasons = new ReasonScores();
            var byType = new SortedDictionary<string, (int Gold, int Called)>(StringComparer.Ordinal);
            var misses = new List<(string Reason, string Line)>();
            var falseAlarms = new List<(string Reason, string Line)>();
            var perCall = new List<(int TruePositives, int FalsePositives, int FalseNegatives)>();
            foreach (var call in calls)
            {
                var (tp, fp, fn) = (scores.TruePositives, scores.FalsePositives, scores.FalseNegatives);
                var (transcript, spans) = TelephoneCalls.Build(call, condition);
                var predictions = TelephoneCalls.Align(builder.Build(transcript), spans);
                for (var i = 0; i < spans.Length; i++)
                {
                    var gold = call.Utterances[i];
                    var isQuestion = gold.Act == SentenceAct.Question;
                    var p = predictions[i];
                    var reason = p.Decision?.Reason ?? "(no sentence ends here)";
                    scores.Add(isQuestion, p.Question);
                    reasons.Add(reason, isQuestion, p.Question);
                    var key = $"{Name(gold.Act)} / {gold.Type}";
                    byType.TryGetValue(key, out var counts);
                    byType[key] = (counts.Gold + 1, counts.Called + (p.Question ? 1 : 0));
                    if (isQuestion != p.Question)
                    {
                        var said = transcript.Turns[spans[i].Turn].Text[spans[i].Start..spans[i].End];
                        var sentence = p.SentenceText is null || p.SentenceText == said ? string.Empty : $" in sentence \"{p.SentenceText}\"";
                        var got = p.Decision is null ? "no sentence ends here" : $"{Name(p.Decision.Act)}{(p.Decision.QuestionType == QuestionType.None ? string.Empty : " " + p.Decision.QuestionType.ToString().ToLowerInvariant())}";
                        (isQuestion ? misses : falseAlarms).Add((reason, $"- {gold.Type}: \"{said}\"{sentence} → {got} ({reason}) [{call.Id}:{gold.Line}]"));
                    }
                }

                perCall.Add((scores.TruePositives - tp, scores.FalsePositives - fp, scores.FalseNegatives - fn));
            }

            rows.Add(Row(name, conditionName, "utterance", scores));
            reasonTables.Add(($"{name}, {conditionName}", reasons));
            details.Add(TelephoneDetails($"{name}, {conditionName}", byType, misses, falseAlarms, perCall, withholdExamples));
        }

        return rows;
    }

    /// <summary>
    /// The F1 interval that holds 95% of 1,000 bootstrap resamples of the calls (fixed seed): how far the figure could
    /// move with other calls like these, so that a change smaller than its width is not read as a gain.
    /// </summary>
    internal static (double Low, double High) F1Interval(IReadOnlyList<(int TruePositives, int FalsePositives, int FalseNegatives)> perCall)
    {
        var random = new Random(13);
        var f1 = new double[1000];
        for (var r = 0; r < f1.Length; r++)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < perCall.Count; i++)
            {
                var c = perCall[random.Next(perCall.Count)];
                (tp, fp, fn) = (tp + c.TruePositives, fp + c.FalsePositives, fn + c.FalseNegatives);
            }

            f1[r] = tp == 0 ? 0 : 2.0 * tp / ((2 * tp) + fp + fn);
        }

        Array.Sort(f1);
        return (f1[24], f1[974]);
    }

    private string TelephoneDetails(string title, SortedDictionary<string, (int Gold, int Called)> byType, List<(string Reason, string Line)> misses, List<(string Reason, string Line)> falseAlarms,
        List<(int TruePositives, int FalsePositives, int FalseNegatives)> perCall, bool withholdExamples)
    {
        var sb = new StringBuilder();
        var (low, high) = F1Interval(perCall);
        sb.AppendLine(CultureInfo.InvariantCulture, $"### {char.ToUpperInvariant(title[0])}{title[1..]}: per gold act and type").AppendLine();
        sb.AppendLine("| gold act / type | utterances | called question | share |").AppendLine("|---|---|---|---|");
        foreach (var (key, (gold, called)) in byType.OrderBy(p => p.Key.StartsWith("question", StringComparison.Ordinal) ? 0 : 1).ThenByDescending(p => p.Value.Called).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var share = Scores.Format((double)called / gold);
            var label = key.StartsWith("question", StringComparison.Ordinal) ? $"{key} (recall)" : $"{key} (false alarms)";
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {gold} | {called} | {share} |");
        }

        sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Missed questions: {misses.Count}; false alarms: {falseAlarms.Count}. F1 95% interval over the {perCall.Count} calls (bootstrap, 1,000 resamples): {Scores.Format(low)}–{Scores.Format(high)}.");
        if (examples > 0 && withholdExamples)
        {
            sb.AppendLine().AppendLine("Error lines withheld: this half is measure-only (never tuned on).");
        }
        else if (examples > 0)
        {
            foreach (var (kind, list) in new[] { ("Missed questions", misses), ("False alarms", falseAlarms) })
            {
                if (list.Count == 0)
                {
                    continue;
                }

                sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{kind} by reason:");
                foreach (var group in list.GroupBy(x => x.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"- **{group.Key}** ({group.Count()})");
                    foreach (var (_, line) in group.Take(examples))
                    {
                        sb.Append("  ").AppendLine(line);
                    }
                }
            }
        }

        return sb.ToString();
    }
}
