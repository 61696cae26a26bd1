using System.Globalization;
using System.Text;
using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Evaluation;

/// <summary>Scores question detection; keeps per-reason counts and examples of misses for <see cref="PrintDetails"/>.</summary>
internal sealed partial class QuestionEvaluator(ActClassifierMode mode, int examples)
{
    private readonly List<(string Title, ReasonScores Reasons)> reasonTables = [];
    private readonly List<string> details = [];

    /// <summary>The written sales calls: per sentence, as written and stripped; per label; per case.</summary>
    public IEnumerable<string> Sales(List<LabelledSentence> set) => Written("sales calls (written)", set);

    /// <summary>A written, labelled set (sales calls, telephone conversations): per sentence, as written and stripped; per label; per case.</summary>
    public IEnumerable<string> Written(string name, List<LabelledSentence> set)
    {
        var rows = new List<string>();
        foreach (var stripped in new[] { false, true })
        {
            var condition = stripped ? "stripped" : "as written";
            var texts = set.Select(s => stripped ? Strip(s.Text).Text : s.Text).ToList();
            var useModel = UsesModel(texts);
            var scores = new Scores();
            var reasons = new ReasonScores();
            var confusion = new int[4, 4];
            var cases = new SortedDictionary<string, (int Items, int Right)>(StringComparer.Ordinal);
            var misses = new List<string>();
            for (var i = 0; i < set.Count; i++)
            {
                var text = texts[i];
                var tokens = TextTokenizer.Tokenize(text);
                var decision = ClassifyAsEngine(useModel, text, tokens);
                var gold = set[i].Act;
                scores.Add(gold == SentenceAct.Question, decision.Act == SentenceAct.Question);
                reasons.Add(decision.Reason, gold == SentenceAct.Question, decision.Act == SentenceAct.Question);
                confusion[(int)gold, (int)decision.Act]++;
                cases.TryGetValue(set[i].Case, out var c);
                var right = (gold == SentenceAct.Question) == (decision.Act == SentenceAct.Question);
                cases[set[i].Case] = (c.Items + 1, c.Right + (right ? 1 : 0));
                if (!right)
                {
                    misses.Add($"- {set[i].Case}: \"{text}\" gold {Name(gold)}, got {Name(decision.Act)} ({decision.Reason})");
                }
            }

            rows.Add(Row(name, condition, "sentence", scores));
            reasonTables.Add(($"{name}, {condition}", reasons));
            var sb = new StringBuilder();
            sb.AppendLine(CultureInfo.InvariantCulture, $"### {char.ToUpperInvariant(name[0])}{name[1..]}, {condition}: per label").AppendLine();
            sb.AppendLine("| label | gold | predicted | P | R | F1 |").AppendLine("|---|---|---|---|---|---|");
            foreach (var act in new[] { SentenceAct.Question, SentenceAct.Statement, SentenceAct.Backchannel, SentenceAct.Other })
            {
                var label = new Scores();
                label.AddCounts(set.Count, confusion[(int)act, (int)act], Column(confusion, act) - confusion[(int)act, (int)act], RowSum(confusion, act) - confusion[(int)act, (int)act]);
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {Name(act)} | {RowSum(confusion, act)} | {Column(confusion, act)} | {Scores.Format(label.Precision)} | {Scores.Format(label.Recall)} | {Scores.Format(label.F1)} |");
            }

            var perCase = string.Join(", ", cases.Select(c => $"{c.Key} {c.Value.Right}/{c.Value.Items}"));
            sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Per case (question or not right), {condition}: {perCase}");
            if (misses.Count > 0)
            {
                sb.AppendLine().AppendLine("Wrong:");
                foreach (var miss in misses)
                {
                    sb.AppendLine(miss);
                }
            }

            details.Add(sb.ToString());
        }

        return rows;
    }

    /// <summary>
    /// Conversations whose gold is the "?" of their own punctuation: per sentence as written; per sentence stripped
    /// (boundaries known); per stripped turn with SalesLint's own boundaries, aligned by word to the gold sentences;
    /// and per turn (does the turn hold a question).
    /// </summary>
    public IEnumerable<string> Conversations(string name, IEnumerable<(string Id, List<string> Turns)> conversations)
    {
        var written = new Scores();
        var writtenReasons = new ReasonScores();
        var stripped = new Scores();
        var strippedReasons = new ReasonScores();
        var segments = new Scores();
        var turnsScores = new Scores();
        var misses = new List<string>[3] { [], [], [] };
        foreach (var (id, turns) in conversations)
        {
            // What each sentence follows (ActContext): consecutive turns are taken as the two sides taking turns.
            var previousAct = new SentenceAct[3];
            var useModelWritten = UsesModel(turns);

            // As the engine splits: long unpunctuated stretches only in a punctuated conversation.
            var writtenStretch = ActClassification.IsPunctuated([.. turns.Select(t => new TranscriptTurn { Speaker = "s", Text = t })])
                ? SentenceSplitter.PunctuatedMinimumStretch
                : SentenceSplitter.MinimumStretch;
            var strippedTurns = turns.Select(t => Strip(t)).ToList();
            var useModelStripped = UsesModel(strippedTurns.Select(s => s.Text).ToList());
            for (var t = 0; t < turns.Count; t++)
            {
                var text = turns[t];
                var tokens = TextTokenizer.Tokenize(text);
                var lastAct = (SentenceAct[])previousAct.Clone();
                var sentences = new List<(int First, int Count)>();
                SentenceSplitter.Split(text, tokens, sentences, writtenStretch);
                var goldOfWord = new List<int>();
                var goldQuestion = new bool[sentences.Count];
                for (var s = 0; s < sentences.Count; s++)
                {
                    var (first, count) = sentences[s];
                    var sentenceTokens = tokens.AsSpan(first, count);
                    var gold = false;
                    foreach (var token in sentenceTokens)
                    {
                        gold |= token.Kind == TokenKind.Punctuation && text[token.Start] == '?';
                        if (token.Kind != TokenKind.Punctuation)
                        {
                            goldOfWord.Add(s);
                        }
                    }

                    goldQuestion[s] = gold;
                    if (goldOfWord.Count == 0 || goldOfWord[^1] != s)
                    {
                        continue; // no words: nothing to classify
                    }

                    var firstOfTurn = goldOfWord.Count > 0 && goldOfWord[0] == s;
                    var wholeTurn = firstOfTurn && sentences.Count == 1;
                    var lastOfTurn = s == sentences.Count - 1 && t + 1 < turns.Count;
                    var context = firstOfTurn && t > 0 ? Context(turns[t - 1], previousAct[0], wholeTurn) : default;
                    // As the engine: the other side's next turn after a turn's last sentence, else the same speaker's next sentence.
                    var decision = Classify(
                        useModelWritten, text, sentenceTokens,
                        lastOfTurn ? context.Before(turns[t + 1], TextTokenizer.Tokenize(turns[t + 1]))
                        : s < sentences.Count - 1 ? context.Then(text, tokens.AsSpan(sentences[s + 1].First, sentences[s + 1].Count)) : context);
                    lastAct[0] = decision.Act;
                    var predicted = decision.Act == SentenceAct.Question;
                    written.Add(gold, predicted);
                    writtenReasons.Add(decision.Reason, gold, predicted);
                    Keep(misses[0], gold, predicted, text.Substring(sentenceTokens[0].Start, sentenceTokens[^1].Start + sentenceTokens[^1].Length - sentenceTokens[0].Start), decision);

                    var plain = Strip(text.AsSpan(sentenceTokens[0].Start, sentenceTokens[^1].Start + sentenceTokens[^1].Length - sentenceTokens[0].Start)).Text;
                    var plainTokens = TextTokenizer.Tokenize(plain);
                    var plainContext = firstOfTurn && t > 0 ? Context(strippedTurns[t - 1].Text, previousAct[1], wholeTurn) : default;
                    var plainDecision = ClassifyAsEngine(
                        useModelStripped, plain, plainTokens,
                        lastOfTurn ? plainContext.Before(strippedTurns[t + 1].Text, TextTokenizer.Tokenize(strippedTurns[t + 1].Text)) : plainContext);
                    lastAct[1] = plainDecision.Act;
                    var plainPredicted = plainDecision.Act == SentenceAct.Question;
                    stripped.Add(gold, plainPredicted);
                    strippedReasons.Add(plainDecision.Reason, gold, plainPredicted);
                    Keep(misses[1], gold, plainPredicted, plain, plainDecision);
                }

                // The stripped turn, split by SalesLint: each predicted question is matched to the gold sentence that
                // holds its last word; a gold question is found when a predicted question ends in it.
                var (turnText, wordStarts) = strippedTurns[t];
                var turnTokens = TextTokenizer.Tokenize(turnText);
                var found = new bool[sentences.Count];
                int segmentCount = 0, falsePositives = 0;
                var anyPredicted = false;
                var segmentList = SentenceSplitter.Split(turnText, turnTokens);
                foreach (var (first, count) in segmentList)
                {
                    var segmentTokens = turnTokens.AsSpan(first, count);
                    segmentCount++;
                    var segmentContext = segmentCount == 1 && t > 0 ? Context(strippedTurns[t - 1].Text, previousAct[2], segmentList.Count == 1) : default;
                    var segmentAct = Classify(
                        useModelStripped, turnText, segmentTokens,
                        segmentCount == segmentList.Count && t + 1 < turns.Count
                            ? segmentContext.Before(strippedTurns[t + 1].Text, TextTokenizer.Tokenize(strippedTurns[t + 1].Text))
                            : segmentContext).Act;
                    lastAct[2] = segmentAct;
                    if (segmentAct != SentenceAct.Question)
                    {
                        continue;
                    }

                    anyPredicted = true;
                    var word = wordStarts.BinarySearch(segmentTokens[^1].Start);
                    word = word >= 0 ? word : ~word - 1;
                    var goldSentence = goldOfWord.Count == 0 ? -1 : goldOfWord[Math.Clamp(word, 0, goldOfWord.Count - 1)];
                    if (goldSentence >= 0 && goldQuestion[goldSentence] && !found[goldSentence])
                    {
                        found[goldSentence] = true;
                    }
                    else
                    {
                        falsePositives++;
                    }
                }

                previousAct = lastAct;
                if (examples > 0 && (falsePositives > 0 || found.Where((f, g) => !f && goldQuestion[g]).Any()))
                {
                    // The turn as SalesLint cut it, to read whether a miss or a false alarm came from the boundaries.
                    var cut = string.Join(" | ", segmentList.Select(r => turnText[turnTokens[r.First].Start..(turnTokens[r.First + r.Count - 1].Start + turnTokens[r.First + r.Count - 1].Length)]));
                    var gold = string.Join(" | ", sentences.Select((r, g) => (Text: Strip(text.AsSpan(tokens[r.First].Start, tokens[r.First + r.Count - 1].Start + tokens[r.First + r.Count - 1].Length - tokens[r.First].Start)).Text, Question: goldQuestion[g])).Where(g => g.Text.Length > 0).Select(g => g.Question ? $"[{g.Text}]" : g.Text));
                    misses[2].Add($"- gold: {gold}\n  cut:  {cut}");
                }

                var truePositives = found.Count(f => f);
                segments.AddCounts(segmentCount, truePositives, falsePositives, goldQuestion.Count(g => g) - truePositives);
                turnsScores.Add(goldQuestion.Any(g => g), anyPredicted);
            }
        }

        reasonTables.Add(($"{name}, as written", writtenReasons));
        reasonTables.Add(($"{name}, stripped", strippedReasons));
        AddExamples($"{name}, as written", misses[0]);
        AddExamples($"{name}, stripped", misses[1]);
        AddExamples($"{name}, stripped turns with a miss or a false alarm (gold questions in brackets)", misses[2]);
        return
        [
            Row(name, "as written", "sentence", written),
            Row(name, "stripped", "sentence", stripped),
            Row(name, "stripped turns", "question found", segments),
            Row(name, "stripped turns", "turn", turnsScores),
        ];
    }

    /// <summary>
    /// Earnings-21's speech-recognition text (one line per call: no speakers, no punctuation, its own words) cannot be
    /// aligned to the human transcript's sentences without a word aligner; compared per call instead: questions found
    /// against the human transcript's "?" count.
    /// </summary>
    public void Asr(IEnumerable<(string Id, List<string> Turns)> reference, string asrFolder)
    {
        var rows = new List<(string Id, int Gold, int Predicted, int Segments, int Words)>();
        foreach (var (id, turns) in reference)
        {
            var path = Path.Combine(asrFolder, id + ".txt");
            if (!File.Exists(path))
            {
                continue;
            }

            var gold = 0;
            foreach (var turn in turns)
            {
                var tokens = TextTokenizer.Tokenize(turn);
                foreach (var (first, count) in SentenceSplitter.Split(turn, tokens))
                {
                    gold += tokens.AsSpan(first, count).ToArray().Any(x => x.Kind == TokenKind.Punctuation && turn[x.Start] == '?') ? 1 : 0;
                }
            }

            var text = Loaders.Tag().Replace(File.ReadAllText(path), " ").Trim();
            var asrTokens = TextTokenizer.Tokenize(text);
            var useModel = UsesModel([text]);
            int predicted = 0, segments = 0;
            foreach (var (first, count) in SentenceSplitter.Split(text, asrTokens))
            {
                segments++;
                predicted += Classify(useModel, text, asrTokens.AsSpan(first, count)).Act == SentenceAct.Question ? 1 : 0;
            }

            rows.Add((id, gold, predicted, segments, asrTokens.Length));
        }

        var sb = new StringBuilder();
        sb.AppendLine("### Earnings-21 speech recognition (asr/): questions per call").AppendLine();
        if (rows.Count == 0)
        {
            sb.AppendLine("No call found.");
        }
        else
        {
            var goldTotal = rows.Sum(r => r.Gold);
            var predictedTotal = rows.Sum(r => r.Predicted);
            var meanAbsolute = rows.Average(r => Math.Abs(r.Predicted - r.Gold));
            sb.AppendLine("| calls | words | sentences found | questions (human '?') | questions found | mean abs. error per call | correlation |");
            sb.AppendLine("|---|---|---|---|---|---|---|");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {rows.Count} | {rows.Sum(r => r.Words)} | {rows.Sum(r => r.Segments)} | {goldTotal} | {predictedTotal} | {meanAbsolute:0.0} | {Scores.Format(Correlation(rows.Select(r => (double)r.Gold).ToArray(), rows.Select(r => (double)r.Predicted).ToArray()))} |");
        }

        details.Insert(0, sb.ToString());
    }

    public void PrintDetails()
    {
        foreach (var detail in details)
        {
            Console.WriteLine();
            Console.Write(detail);
        }

        foreach (var (title, reasons) in reasonTables)
        {
            Console.WriteLine();
            Console.WriteLine($"### Per reason: {title}");
            Console.WriteLine();
            Console.WriteLine("| reason | called question | right | precision | gold questions it missed | non-questions it rightly passed |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (reason, questions, correct, missed, rejected) in reasons.Rows)
            {
                var precision = questions == 0 ? "" : Scores.Format((double)correct / questions);
                Console.WriteLine($"| {reason} | {questions} | {correct} | {precision} | {missed} | {rejected} |");
            }
        }
    }

    /// <summary>Lower-cases the words and numbers and drops the punctuation, as speech recognition without punctuation writes; with each word's start.</summary>
    internal static (string Text, List<int> WordStarts) Strip(ReadOnlySpan<char> text) => TelephoneCalls.Strip(text);

    private static string Row(string corpus, string condition, string unit, Scores s) =>
        $"| {corpus} | {condition} | {unit} | {s.Items} | {s.Gold} | {Scores.Format(s.Precision)} | {Scores.Format(s.Recall)} | {Scores.Format(s.F1)} |";

    private static string Name(SentenceAct act) => act.ToString().ToLowerInvariant();

    private static int RowSum(int[,] m, SentenceAct act) => m[(int)act, 0] + m[(int)act, 1] + m[(int)act, 2] + m[(int)act, 3];

    private static int Column(int[,] m, SentenceAct act) => m[0, (int)act] + m[1, (int)act] + m[2, (int)act] + m[3, (int)act];

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    private bool UsesModel(List<string> turns) =>
        ActClassification.UsesModel(mode, [.. turns.Select(t => new TranscriptTurn { Speaker = "s", Text = t })]);

    /// <summary>A model to score instead of the embedded one (<c>--model ZIP</c>, e.g. one the trainer just wrote).</summary>
    internal static SentenceActModel? Model { get; set; }

    private static ActDecision Classify(bool useModel, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ActContext context = default) =>
        useModel
            ? ActClassification.Classify(Model ?? SentenceActModel.Default, text, tokens, context)
            : RuleBasedActClassifier.Classify(text, tokens, context);

    /// <summary>The context of a turn's first sentence: the turn before, taken as the other side's, and the act it ended in.</summary>
    private static ActContext Context(string previous, SentenceAct previousAct, bool wholeTurn) =>
        new(previous, TextTokenizer.Tokenize(previous), previousAct, wholeTurn);

    /// <summary>
    /// One gold sentence as the engine sees it: SalesLint may cut an unpunctuated sentence where a question starts inside
    /// it; the sentence counts as a question when one of its parts is (the decision of that part, else of the first).
    /// </summary>
    private static ActDecision ClassifyAsEngine(bool useModel, string text, Token[] tokens, ActContext context = default)
    {
        ActDecision? decision = null;
        var parts = SentenceSplitter.Split(text, tokens);
        var index = 0;
        foreach (var (first, count) in parts)
        {
            var partContext = decision is null ? Context(context, parts.Count == 1) : default;
            if (++index == parts.Count)
            {
                partContext = partContext.Before(context.NextText, context.NextTokens);
            }

            var part = Classify(useModel, text, tokens.AsSpan(first, count), partContext);
            if (decision is null || (part.Act == SentenceAct.Question && decision.Act != SentenceAct.Question))
            {
                decision = part;
            }
        }

        return decision ?? Classify(useModel, text, tokens);
    }

    /// <summary>The context for the first part of a sentence the engine may cut: whole turn only when it is not cut.</summary>
    private static ActContext Context(ActContext context, bool whole) =>
        context.FollowsOtherSide ? new ActContext(context.PreviousText, context.PreviousTokens, context.PreviousAct, context.WholeTurn && whole) : default;

    private void Keep(List<string> misses, bool gold, bool predicted, string text, ActDecision decision)
    {
        if (gold != predicted && misses.Count < examples * 20)
        {
            misses.Add($"- {(gold ? "missed" : "false")}: \"{text}\" ({decision.Reason})");
        }
    }

    private void AddExamples(string title, List<string> misses)
    {
        if (examples == 0 || misses.Count == 0)
        {
            return;
        }

        // An even sample of the misses, not the first ones of the first call.
        var sb = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"### Examples of errors: {title}").AppendLine();
        var step = Math.Max(1, misses.Count / examples);
        for (var i = 0; i < misses.Count && i / step < examples; i += step)
        {
            sb.AppendLine(misses[i]);
        }

        details.Add(sb.ToString());
    }
}
