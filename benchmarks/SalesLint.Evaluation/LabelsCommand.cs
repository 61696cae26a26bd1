using System.Globalization;
using SalesLint.Engine;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Rules;
using SalesLint.Tokenization;
using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Evaluation;

/// <summary>
/// <c>labels</c>: per-label precision, recall and F1 of the understanding layer on the held-out written sentences, the
/// held-out spoken sales sentences, CaSiNo's test dialogues and PersuasionForGood's test fifth (never trained on), against the lexicon features the
/// rules used before; and SL1002 per conversation on PersuasionForGood, before (lexicons) and after (labels).
/// </summary>
internal static class LabelsCommand
{
    /// <summary>The lexicon each label was read from before the understanding layer (none: no lexicon).</summary>
    private static readonly Dictionary<SemanticLabel, string> Lexicons = new()
    {
        [SemanticLabel.Goal] = "goal",
        [SemanticLabel.Problem] = "problem",
        [SemanticLabel.Product] = "product",
        [SemanticLabel.NextStep] = "next-step",
        [SemanticLabel.Commitment] = "commitment",
        [SemanticLabel.Reflection] = "reflection",
    };

    /// <summary>What the buyer shares for SL1002: a goal, a problem or a need.</summary>
    private static readonly SemanticLabel[] SharedLabels = [SemanticLabel.Goal, SemanticLabel.Problem, SemanticLabel.Need];

    /// <summary>SL1002 as it was before the layer: lexicon features only (under a spare ID).</summary>
    private const string LexiconSl1002 = """
        id: SL8902
        extends: precedence
        title: Premature product talk (lexicons)
        message: "product talk '{match}'"
        level: warning
        category: discovery
        match:
          speaker: seller
          features: [product]
        until:
          speaker: buyer
          features: [goal, problem]
        maxReports: 3
        """;

    public static int Run(string[] args)
    {
        var data = Path.Combine("..", "shared", "data");
        var root = ".";
        var show = false;
        string? modelFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--root" when i + 1 < args.Length: root = args[++i]; break;
                case "--show": show = true; break;
                case "--model" when i + 1 < args.Length: modelFile = args[++i]; break;
                case "-h" or "--help":
                    Console.WriteLine("labels [--data DIR] [--root REPO] [--show] [--model FILE]");
                    Console.WriteLine("  --model FILE  the per-label tables for a model file (e.g. one the trainer wrote elsewhere); SL1002 always uses the embedded model");
                    Console.WriteLine("  --show  print the held-out written and spoken sentences the model gets wrong");
                    return 0;
                default:
                    Console.Error.WriteLine($"labels: unknown option '{args[i]}'");
                    return 2;
            }
        }

        var testFile = Path.Combine(root, "src", "SalesLint.Trainer", "data", "understanding-test.tsv");
        if (!File.Exists(testFile))
        {
            Console.Error.WriteLine($"labels: {testFile} not found (run from the repository root or pass --root)");
            return 2;
        }

        LabelModel model;
        if (modelFile is null)
        {
            model = LabelModel.Default;
        }
        else
        {
            using var stream = File.OpenRead(modelFile);
            model = LabelModel.Load(stream);
        }

        var detector = new FeatureDetector(RuleSet.LoadBuiltIn().Lexicons);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"label model loaded in {model.LoadTime.TotalMilliseconds:0} ms; min confidence {SentenceLabels.DefaultMinConfidence}"));
        Console.WriteLine();

        WrittenTable(model, detector, LabelData.ReadWritten(testFile, LabelSplit.Test), "Held-out written sentences", show);
        var spokenFile = Path.Combine(root, "src", "SalesLint.Trainer", "data", "spoken-sales-test.tsv");
        if (File.Exists(spokenFile))
        {
            Console.WriteLine();
            WrittenTable(model, detector, LabelData.ReadWritten(spokenFile, LabelSplit.Test), "Held-out spoken sales sentences", show);
        }

        var casinoFolder = Path.Combine(data, "casino");
        var pfgFile = Path.Combine(data, "persuasionforgood", "annotated_units.csv");
        if (Directory.Exists(casinoFolder))
        {
            var casino = LabelData.ReadCasino(casinoFolder).Where(e => e.Split == LabelSplit.Test).ToList();
            Console.WriteLine();
            Console.WriteLine($"## CaSiNo test dialogues ({casino.Count} annotated utterances, each scored whole)");
            Console.WriteLine();
            Table(model, detector, casino, [SemanticLabel.Need, SemanticLabel.Discovery]);
        }
        else
        {
            Console.WriteLine($"(no {casinoFolder}: CaSiNo skipped)");
        }

        if (File.Exists(pfgFile))
        {
            var pfg = LabelData.ReadPersuasion(pfgFile).Where(e => e.Split == LabelSplit.Test).ToList();
            Console.WriteLine();
            Console.WriteLine($"## PersuasionForGood test fifth ({pfg.Count} mapped units)");
            Console.WriteLine();
            Table(model, detector, pfg, [SemanticLabel.Product, SemanticLabel.Discovery, SemanticLabel.Objection, SemanticLabel.Commitment]);
            Console.WriteLine();
            Sl1002(pfgFile);
        }
        else
        {
            Console.WriteLine($"(no {pfgFile}: PersuasionForGood skipped)");
        }

        return 0;
    }

    /// <summary>
    /// SL1002 per conversation on PersuasionForGood (persuader = seller, the charity = the product), before and after.
    /// Gold from the human annotations: a conversation has premature product talk when a persuader unit annotated as
    /// pitching (proposition-of-donation, donation-information, credibility-appeal) comes before the persuadee has said
    /// anything about themselves (a unit annotated positive-, neutral- or negative-to-inquiry, i.e. an answer to a
    /// personal or task question) and not in the turn right after a persuadee question about the charity
    /// (ask-org-info, ask-donation-procedure).
    /// </summary>
    private static void Sl1002(string pfgFile)
    {
        var dialogues = PersuasionDialogues.Read(pfgFile);
        var rules = new RuleSetBuilder().AddBuiltIn().AddYaml("SL8902.yaml", LexiconSl1002).Build();
        var engine = new SalesLintEngine(rules, new EngineOptions { OnlyRules = new HashSet<string> { "SL1002", "SL8902" } });
        int[] before = new int[4], after = new int[4];
        foreach (var dialogue in dialogues)
        {
            var result = engine.Analyze(dialogue.Transcript);
            var gold = dialogue.PrematurePitch;
            Count(before, gold, result.Diagnostics.Any(d => d.RuleId == "SL8902"));
            Count(after, gold, result.Diagnostics.Any(d => d.RuleId == "SL1002"));
        }

        Console.WriteLine($"## SL1002 per conversation on PersuasionForGood ({dialogues.Count} dialogues, {dialogues.Count(d => d.PrematurePitch)} with premature pitching by the annotation-derived gold)");
        Console.WriteLine();
        Console.WriteLine("| SL1002 | fired | TP | FP | FN | precision | recall | F1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Console.WriteLine(Row("before (lexicons)", before));
        Console.WriteLine(Row("after (labels)", after));
    }

    /// <summary>
    /// Per-label figures on a held-out written file, as written and stripped, plus "shared" (goal, problem or need:
    /// what SL1002 waits for from the buyer) counted as one label; with <paramref name="show"/> the sentences whose
    /// labels the model gets wrong.
    /// </summary>
    private static void WrittenTable(LabelModel model, FeatureDetector detector, List<LabelExample> examples, string title, bool show)
    {
        Console.WriteLine($"## {title} ({examples.Count}; never trained or tuned on)");
        Console.WriteLine();
        Console.WriteLine("| label | gold | lexicon P | lexicon R | lexicon F1 | model P | model R | model F1 | model F1 stripped |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var label in SemanticLabels.Learned)
        {
            var model1 = Measure(examples, label, e => Predict(model, e.Text, detector, label));
            var stripped = Measure(examples, label, e => Predict(model, LabelData.Strip(e.Text), detector, label));
            var lexicon = Lexicons.TryGetValue(label, out var name) ? Measure(examples, label, e => HasLexicon(detector, e.Text, name)) : default((double, double, double, int)?);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {SemanticLabels.Name(label)} | {model1.Gold} | {Cell(lexicon?.Item1)} | {Cell(lexicon?.Item2)} | {Cell(lexicon?.Item3)} | {model1.P:0.00} | {model1.R:0.00} | {model1.F1:0.00} | {stripped.F1:0.00} |"));
        }

        var shared = MeasureShared(examples, e => SharedLabels.Any(l => Predict(model, e.Text, detector, l)));
        var sharedStripped = MeasureShared(examples, e => SharedLabels.Any(l => Predict(model, LabelData.Strip(e.Text), detector, l)));
        var sharedLexicon = MeasureShared(examples, e => HasLexicon(detector, e.Text, "goal") || HasLexicon(detector, e.Text, "problem"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| goal, problem or need | {shared.Gold} | {sharedLexicon.P:0.00} | {sharedLexicon.R:0.00} | {sharedLexicon.F1:0.00} | {shared.P:0.00} | {shared.R:0.00} | {shared.F1:0.00} | {sharedStripped.F1:0.00} |"));

        if (show)
        {
            Console.WriteLine();
            foreach (var example in examples)
            {
                var p = model.Probabilities(example.Text);
                var predicted = SemanticLabels.Learned.Where((l, i) => p[i] >= SentenceLabels.DefaultMinConfidence).ToHashSet();
                if (!predicted.SetEquals(example.Positive))
                {
                    Console.WriteLine($"  gold [{string.Join(",", example.Positive.Select(SemanticLabels.Name))}] got [{string.Join(",", predicted.Select(SemanticLabels.Name))}]  {example.Text}");
                }
            }
        }
    }

    /// <summary>Precision, recall and F1 of "goal, problem or need" taken as one label (examples that know all three).</summary>
    private static (double P, double R, double F1, int Gold) MeasureShared(List<LabelExample> examples, Func<LabelExample, bool> predict) =>
        Measure(examples.Where(e => SharedLabels.All(e.Known.Contains)), e => SharedLabels.Any(e.Positive.Contains), predict);

    private static void Count(int[] counts, bool gold, bool fired)
    {
        counts[0] += fired ? 1 : 0;
        counts[1] += gold && fired ? 1 : 0;
        counts[2] += !gold && fired ? 1 : 0;
        counts[3] += gold && !fired ? 1 : 0;
    }

    private static string Row(string name, int[] c)
    {
        var p = c[1] + c[2] == 0 ? 0 : (double)c[1] / (c[1] + c[2]);
        var r = c[1] + c[3] == 0 ? 0 : (double)c[1] / (c[1] + c[3]);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {c[0]} | {c[1]} | {c[2]} | {c[3]} | {p:0.00} | {r:0.00} | {f:0.00} |");
    }

    private static void Table(LabelModel model, FeatureDetector detector, List<LabelExample> examples, SemanticLabel[] labels)
    {
        Console.WriteLine("| label | gold | lexicon F1 | model P | model R | model F1 |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var label in labels)
        {
            var m = Measure(examples, label, e => Predict(model, e.Text, detector, label));
            var lexicon = Lexicons.TryGetValue(label, out var name) ? Measure(examples, label, e => HasLexicon(detector, e.Text, name)).F1.ToString("0.00", CultureInfo.InvariantCulture) : "–";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {SemanticLabels.Name(label)} | {m.Gold} | {lexicon} | {m.P:0.00} | {m.R:0.00} | {m.F1:0.00} |"));
        }
    }

    private static string Cell(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static bool Predict(LabelModel model, string text, FeatureDetector detector, SemanticLabel label)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var features = detector.Detect(text, new TextSpan(0, text.Length), tokens);
        var p = new float[model.Labels.Count];
        model.Probabilities(text, tokens, features, p);
        return p[model.Labels.ToList().IndexOf(label)] >= SentenceLabels.DefaultMinConfidence;
    }

    private static bool HasLexicon(FeatureDetector detector, string text, string lexicon) =>
        detector.Detect(text, new TextSpan(0, text.Length), TextTokenizer.Tokenize(text)).Any(f => f.Feature == lexicon);

    private static (double P, double R, double F1, int Gold) Measure(List<LabelExample> examples, SemanticLabel label, Func<LabelExample, bool> predict) =>
        Measure(examples.Where(e => e.Known.Contains(label)), e => e.Positive.Contains(label), predict);

    private static (double P, double R, double F1, int Gold) Measure(IEnumerable<LabelExample> examples, Func<LabelExample, bool> isGold, Func<LabelExample, bool> predict)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var example in examples)
        {
            var predicted = predict(example);
            var gold = isGold(example);
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
        }

        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp + fn);
    }
}
