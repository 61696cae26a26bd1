using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Metrics;

/// <summary>
/// Computes the <see cref="MetricCatalog"/> metrics of a conversation, per side and per participant, in one pass.
/// </summary>
/// <remarks>
/// Timestamps come in two strengths. <b>Start times</b> on every turn (plain-text <c>[hh:mm:ss]</c> prefixes) give
/// question rates, interactivity and monologue seconds (a turn without an end lasts until the next turn starts).
/// <b>Start and end times</b> on every turn (JSON, WebVTT, SubRip) also give talk time, words per minute, talk share
/// by time, patience and interruptions (overlapping turns). Without them those metrics are absent, never zero.
/// </remarks>
public static partial class MetricsCalculator
{
    /// <summary>Computes the conversation and side metrics.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>Metric values by name, in name order. Metrics that are undefined (e.g. duration without timestamps) are absent.</returns>
    public static IReadOnlyDictionary<string, double> Compute(Conversation conversation) => ComputeAll(conversation).Conversation;

    /// <summary>Computes the conversation, side and participant metrics.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The metrics.</returns>
    public static ConversationMetrics ComputeAll(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var turns = conversation.Turns;
        var fullyTimed = IsFullyTimed(conversation);
        var startTimed = conversation.HasTimestamps;
        // A side's monologue is broken only by the other side; a participant's by anyone else.
        var seller = new Tally(t => t.Role == SpeakerRole.Seller, t => t.Role == SpeakerRole.Buyer, side: true);
        var buyer = new Tally(t => t.Role == SpeakerRole.Buyer, t => t.Role == SpeakerRole.Seller, side: true);
        var speakers = conversation.Participants
            .Select(p => (Participant: p, Tally: new Tally(t => t.Speaker.Id == p.Id, t => t.Speaker.Id != p.Id, side: false)))
            .ToList();
        var all = new List<Tally>(speakers.Count + 2) { seller, buyer };
        all.AddRange(speakers.Select(s => s.Tally));

        int switches = 0, interruptions = 0, formTurns = 0;
        double totalTime = 0;
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            if (DealForm.Action(turn.Text) is not null)
            {
                // "[Submit-Deal: …]", "[Accept-Deal]": a bargaining platform's deal form, no talk (no words, turns or statements).
                formTurns++;
                continue;
            }

            var previous = i > 0 ? turns[i - 1] : null;
            var next = i + 1 < turns.Count ? turns[i + 1] : null;
            var end = turn.End ?? next?.Start;
            var duration = fullyTimed ? turn.End!.Value - turn.Start!.Value : (double?)null;
            totalTime += duration ?? 0;

            var changed = previous is not null && previous.Speaker.Id != turn.Speaker.Id;
            switches += changed ? 1 : 0;
            var overlaps = fullyTimed && changed && turn.Start < previous!.End && turn.SaysSomething;
            interruptions += overlaps ? 1 : 0;

            // A reply to a question: the next turn comes from the other side.
            double? wait = fullyTimed && next is not null && EndsInQuestion(turn) && next.Role != turn.Role && next.Role != SpeakerRole.Other && turn.Role != SpeakerRole.Other
                ? Math.Max(0, next.Start!.Value - turn.End!.Value)
                : null;

            foreach (var tally in all)
            {
                if (tally.Owns(turn))
                {
                    tally.Add(turn, duration, end, overlaps && (!tally.Side || previous!.Role != turn.Role), wait);
                }
                else if (tally.Breaks(turn))
                {
                    tally.EndRun();
                }
            }
        }

        var span = startTimed && turns.Count > 0 ? (turns[^1].End ?? turns[^1].Start!.Value) - turns[0].Start!.Value : 0;
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            [MetricCatalog.Turns] = turns.Count - formTurns,
            [MetricCatalog.Sentences] = conversation.SentenceCount,
            [MetricCatalog.Switches] = switches,
            [MetricCatalog.SellerQuestionRatio] = Math.Round((double)seller.Questions / Math.Max(1, seller.Statements), 4),
        };

        var talkTotal = fullyTimed && totalTime > 0 ? totalTime : seller.Words + buyer.Words;
        seller.WriteTo(metrics, "seller.", talkTotal, fullyTimed && totalTime > 0, fullyTimed, span);
        buyer.WriteTo(metrics, "buyer.", talkTotal, fullyTimed && totalTime > 0, fullyTimed, span);
        metrics.Remove("buyer." + SpeakerMetricNames.PatienceSeconds);

        if (seller.Questions + seller.Statements > 0)
        {
            metrics[MetricCatalog.SellerQuestionShare] = Math.Round((double)seller.Questions / (seller.Questions + seller.Statements), 4);
        }

        if (fullyTimed)
        {
            metrics[MetricCatalog.Interruptions] = interruptions;
            if (totalTime > 0)
            {
                metrics[MetricCatalog.DurationSeconds] = Math.Round(turns.Max(t => t.End!.Value) - turns[0].Start!.Value, 3);
            }
        }

        if (span > 0)
        {
            metrics[MetricCatalog.Interactivity] = Math.Round(switches / (span / 60), 3);
        }


        var speakerTalkTotal = fullyTimed && totalTime > 0 ? totalTime : speakers.Sum(s => s.Tally.Words);
        var perSpeaker = speakers.Select(s =>
        {
            var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
            s.Tally.WriteTo(values, string.Empty, speakerTalkTotal, fullyTimed && totalTime > 0, fullyTimed, span);
            return new SpeakerMetrics { SpeakerId = s.Participant.Id, Name = s.Participant.Name, Role = s.Participant.Role, Metrics = values };
        }).ToList();

        return new ConversationMetrics(metrics, perSpeaker);
    }

    /// <summary>Whether every turn has a start and an end time, with the end not before the start.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns><see langword="true"/> when the conversation has full timing.</returns>
    public static bool IsFullyTimed(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Turns.Count > 0 && conversation.Turns.All(t => t.Start is double s && t.End is double e && e >= s);
    }

    private static bool EndsInQuestion(Turn turn) => turn.Sentences.Count > 0 && turn.Sentences[^1].Act == SentenceAct.Question;

    private static double Round(double value, int digits = 2) => Math.Round(value, digits);

    /// <summary>
    /// Whether a sentence the classifier took for a question is a check-in greeting ("How are you doing today?", "hey
    /// walt it's kelsey from prairie co-op how are you doing today", "How's your week going?"): it asks for no
    /// information about the buyer, so the question and statement tallies count it as neither, as they do a greeting.
    /// The classifier keeps it a question (the question sets count it as one); only what the side asked is tallied here.
    /// </summary>
    /// <param name="sentence">A sentence whose act is <see cref="SentenceAct.Question"/>.</param>
    /// <returns><see langword="true"/> for a check-in.</returns>
    internal static bool IsCheckIn(Sentence sentence)
    {
        var text = sentence.AsSpan();
        return text.Contains("how", StringComparison.OrdinalIgnoreCase) && CheckIn().IsMatch(text);
    }

    /// <summary>A check-in at the end of a sentence: "how are you (doing) (today)", "how's it going", "how have you been".</summary>
    [GeneratedRegex(
        @"\bhow(?:['’]s| is| are| r| have| has)(?: you| u| ya| you guys| y['’]all| things| it| everything| your (?:day|week|weekend|morning|afternoon|evening))(?: (?:doing|going|been|holding up))?(?: (?:today|tonight|this (?:morning|afternoon|evening|week)|so far))?\W*$|\bhow (?:you|ya) (?:doing|been)(?: (?:today|tonight|this (?:morning|afternoon|evening|week)))?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheckIn();

    /// <summary>Running totals for one group of turns (a side or a participant).</summary>
    private sealed class Tally(Func<Turn, bool> owns, Func<Turn, bool> breaks, bool side)
    {
        private int turns;
        private bool running;
        private int monologueWords;
        private int longestWords;
        private double? runStart;
        private bool runTimed = true;
        private double longestSeconds;
        private bool anySeconds;
        private double talkSeconds;
        private int fillers;
        private int interruptions;
        private double waitSum;
        private int waits;

        /// <summary>Whether this tally is a side (seller or buyer); a side's interruptions only count overlaps with the other side.</summary>
        public bool Side => side;

        public int Words { get; private set; }

        public int Questions { get; private set; }

        public int Statements { get; private set; }

        public bool Owns(Turn turn) => owns(turn);

        public bool Breaks(Turn turn) => breaks(turn);

        public void Add(Turn turn, double? duration, double? end, bool interrupts, double? wait)
        {
            turns++;
            Words += turn.WordCount;
            talkSeconds += duration ?? 0;
            interruptions += interrupts ? 1 : 0;
            if (wait is double w)
            {
                waitSum += w;
                waits++;
            }

            foreach (var sentence in turn.SentenceArray)
            {
                // A check-in greeting ("How are you doing today?") is neither a question nor a statement.
                Questions += sentence.Act == SentenceAct.Question && !IsCheckIn(sentence) ? 1 : 0;
                Statements += sentence.Act == SentenceAct.Statement ? 1 : 0;
                foreach (var feature in sentence.FeatureArray)
                {
                    fillers += feature.Feature == MetricCatalog.FillerLexicon ? 1 : 0;
                }
            }

            if (!running)
            {
                running = true;
                monologueWords = 0;
                runStart = turn.Start;
                runTimed = turn.Start.HasValue;
            }

            monologueWords += turn.WordCount;
            longestWords = Math.Max(longestWords, monologueWords);

            if (runTimed && runStart is double start && end is double stop && stop >= start)
            {
                longestSeconds = Math.Max(longestSeconds, stop - start);
                anySeconds = true;
            }
            else
            {
                runTimed = false;
            }
        }

        public void EndRun() => running = false;

        public void WriteTo(SortedDictionary<string, double> metrics, string prefix, double talkTotal, bool shareByTime, bool fullyTimed, double span)
        {
            metrics[prefix + SpeakerMetricNames.Turns] = turns;
            metrics[prefix + SpeakerMetricNames.Words] = Words;
            metrics[prefix + SpeakerMetricNames.Questions] = Questions;
            metrics[prefix + SpeakerMetricNames.Statements] = Statements;
            metrics[prefix + SpeakerMetricNames.LongestMonologueWords] = longestWords;
            metrics[prefix + SpeakerMetricNames.Fillers] = fillers;
            if (Words > 0)
            {
                metrics[prefix + SpeakerMetricNames.FillerRate] = Round(100.0 * fillers / Words);
            }

            if (talkTotal > 0)
            {
                metrics[prefix + SpeakerMetricNames.TalkShare] = Math.Round((shareByTime ? talkSeconds : Words) / talkTotal, 4);
            }

            if (anySeconds)
            {
                metrics[prefix + SpeakerMetricNames.LongestMonologueSeconds] = Round(longestSeconds, 1);
            }

            if (span > 0)
            {
                metrics[prefix + SpeakerMetricNames.QuestionRate] = Round(Questions / (span / 60));
            }

            if (fullyTimed)
            {
                metrics[prefix + SpeakerMetricNames.TalkSeconds] = Round(talkSeconds, 1);
                metrics[prefix + SpeakerMetricNames.Interruptions] = interruptions;
                if (talkSeconds > 0)
                {
                    metrics[prefix + SpeakerMetricNames.WordsPerMinute] = Round(Words / (talkSeconds / 60), 1);
                }

                if (waits > 0)
                {
                    metrics[prefix + SpeakerMetricNames.PatienceSeconds] = Round(waitSum / waits);
                }
            }
        }
    }
}
