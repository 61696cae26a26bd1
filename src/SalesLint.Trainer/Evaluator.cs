using System.Globalization;
using System.Text;
using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Trainer;

/// <summary>One way of deciding a sentence's act from the rules' decision and the model's probabilities.</summary>
/// <param name="Name">Name in the tables.</param>
/// <param name="Decide">The decision.</param>
internal sealed record Strategy(string Name, Func<ActDecision, float[], SentenceAct> Decide);

/// <summary>Precision, recall and F1 for questions, and accuracy and macro-F1 over the three acts.</summary>
internal sealed record Scores(int Count, int Questions, double Precision, double Recall, double F1, double Accuracy, double MacroF1);

/// <summary>Scores rules, model and their combinations on labeled sentences, as written and stripped.</summary>
internal static class Evaluator
{
    /// <summary>The rules alone, the model alone, and the combination the library uses (the blend, except on sentences without words and backchannels, which the rules decide alone).</summary>
    public static readonly Strategy[] Main =
    [
        new("rules", (rules, _) => rules.Act),
        new("model", (_, p) => ActClassification.ModelDecision(p).Act),
        new("combined", (rules, p) => ActClassification.RulesSuffice(rules) ? rules.Act : ActClassification.Combine(rules, p).Act),
    ];

    /// <summary>Alternatives compared on the validation split to choose <see cref="ActClassification.Combine"/>.</summary>
    public static readonly Strategy[] Alternatives =
    [
        .. Main,
        new("rules if conf>=0.85 else model", (rules, p) => rules.Confidence >= 0.85 ? rules.Act : ArgMax(p)),
        new("rules if conf>=0.9 else model", (rules, p) => rules.Confidence >= 0.9 ? rules.Act : ArgMax(p)),
        new("rules on positive signals else model", (rules, p) => rules.Reason is "declarative" or "fragment" or "wh-clause" or "tag-question" ? ArgMax(p) : rules.Act),
        new("blend 0.3", (rules, p) => Blend(rules, p, 0.3)),
        new("blend 0.4", (rules, p) => Blend(rules, p, 0.4)),
        new("blend 0.6", (rules, p) => Blend(rules, p, 0.6)),
        new("blend 0.7", (rules, p) => Blend(rules, p, 0.7)),
        new("model if p>=0.7 else rules", (rules, p) => p.Max() >= 0.7 ? ArgMax(p) : rules.Act),
        new("question if either", (rules, p) => rules.Act == SentenceAct.Question ? SentenceAct.Question : ArgMax(p)),
        new("blend on every sentence", (rules, p) => ActClassification.Combine(rules, p).Act),
        new("blend, rules alone at conf>=0.85", (rules, p) => rules.Confidence >= 0.85 ? rules.Act : ActClassification.Combine(rules, p).Act),
    ];

    /// <summary>Scores strategies on sentences, as written or stripped.</summary>
    /// <param name="model">The trained model.</param>
    /// <param name="sentences">The labeled sentences.</param>
    /// <param name="stripped">Whether to strip punctuation and lower-case first.</param>
    /// <param name="strategies">The strategies.</param>
    /// <returns>Scores per strategy name.</returns>
    public static Dictionary<string, Scores> Score(SentenceActModel model, IReadOnlyList<LabeledSentence> sentences, bool stripped, IReadOnlyList<Strategy> strategies)
    {
        var predictions = strategies.ToDictionary(s => s.Name, _ => new List<(SentenceAct Gold, SentenceAct Predicted)>());
        foreach (var sentence in sentences)
        {
            var text = stripped ? Splits.Strip(sentence.Text) : sentence.Text;
            var tokens = TextTokenizer.Tokenize(text);
            var rules = RuleBasedActClassifier.Classify(text, tokens);
            var probabilities = new float[3];
            model.Probabilities(text, tokens, probabilities);
            foreach (var strategy in strategies)
            {
                var predicted = strategy.Decide(rules, probabilities);

                // The data labels acknowledgements "other"; the rules call them backchannels.
                predictions[strategy.Name].Add((sentence.Act, predicted == SentenceAct.Backchannel ? SentenceAct.Other : predicted));
            }
        }

        return predictions.ToDictionary(p => p.Key, p => Measure(p.Value));
    }

    /// <summary>Formats a markdown table row.</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>The row.</returns>
    public static string Row(params object[] cells) => "| " + string.Join(" | ", cells.Select(c => c switch
    {
        double d => d.ToString("0.000", CultureInfo.InvariantCulture),
        _ => Convert.ToString(c, CultureInfo.InvariantCulture),
    })) + " |";

    /// <summary>The table header for <see cref="Scores"/>.</summary>
    /// <param name="first">Names of the leading columns.</param>
    /// <returns>Header and separator lines.</returns>
    public static string Header(params string[] first)
    {
        var columns = first.Concat(["sentences", "questions", "question P", "question R", "question F1", "accuracy", "macro-F1"]).ToArray();
        var builder = new StringBuilder();
        builder.AppendLine("| " + string.Join(" | ", columns) + " |");
        builder.Append("|" + string.Concat(columns.Select(_ => "---|")));
        return builder.ToString();
    }

    private static SentenceAct ArgMax(float[] p) => ActClassification.ModelDecision(p).Act;

    private static SentenceAct Blend(ActDecision rules, float[] p, double modelWeight)
    {
        var best = SentenceAct.Other;
        var bestScore = double.MinValue;
        for (var i = 0; i < 3; i++)
        {
            var ruleP = (int)rules.Act == i ? rules.Confidence : (1 - rules.Confidence) / 2;
            var score = (modelWeight * p[i]) + ((1 - modelWeight) * ruleP);
            if (score > bestScore)
            {
                bestScore = score;
                best = (SentenceAct)i;
            }
        }

        return best;
    }

    private static Scores Measure(List<(SentenceAct Gold, SentenceAct Predicted)> pairs)
    {
        var f1s = new double[3];
        double precisionQ = 0, recallQ = 0;
        foreach (var act in new[] { SentenceAct.Other, SentenceAct.Question, SentenceAct.Statement })
        {
            var tp = pairs.Count(p => p.Gold == act && p.Predicted == act);
            var predicted = pairs.Count(p => p.Predicted == act);
            var gold = pairs.Count(p => p.Gold == act);
            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = gold == 0 ? 0 : (double)tp / gold;
            f1s[(int)act] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (act == SentenceAct.Question)
            {
                (precisionQ, recallQ) = (precision, recall);
            }
        }

        var accuracy = pairs.Count == 0 ? 0 : (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count;
        return new Scores(pairs.Count, pairs.Count(p => p.Gold == SentenceAct.Question), precisionQ, recallQ, f1s[(int)SentenceAct.Question], accuracy, f1s.Average());
    }
}
