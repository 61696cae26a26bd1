using System.Diagnostics;
using System.Globalization;
using SalesLint.Engine;
using SalesLint.Evaluation;
using SalesLint.Model;
using SalesLint.Rules;
using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Embeddings;

/// <summary>
/// <c>compare</c>: the shipped label model against classifiers over sentence embeddings trained on exactly its
/// training data (written training sentences, CaSiNo train, PersuasionForGood's training four fifths), per label on
/// exactly the sets <c>SalesLint.Evaluation labels</c> uses (held-out written sentences, CaSiNo test, PersuasionForGood
/// test fifth); and SL1002 per conversation on PersuasionForGood with each model's labels.
/// </summary>
internal static class CompareCommand
{
    public static int Run(string[] args)
    {
        var data = Path.Combine("..", "shared", "data");
        var root = ".";
        var encoders = new List<string> { "arctic-xs" };
        var classifiers = new List<EmbeddingClassifier> { EmbeddingClassifier.Logistic, EmbeddingClassifier.Centroid };
        var l2 = 1f;
        var validate = false;
        var sl1002 = true;
        var models = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--root" when i + 1 < args.Length: root = args[++i]; break;
                case "--encoders" when i + 1 < args.Length: encoders = [.. args[++i].Split(',')]; break;
                case "--classifiers" when i + 1 < args.Length: classifiers = [.. args[++i].Split(',').Select(c => Enum.Parse<EmbeddingClassifier>(c, ignoreCase: true))]; break;
                case "--l2" when i + 1 < args.Length: l2 = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--validate": validate = true; break;
                case "--no-sl1002": sl1002 = false; break;
                case "--model" when i + 1 < args.Length: models.Add(args[++i]); break;
                case "-h" or "--help":
                    Console.WriteLine("compare [--data DIR] [--root REPO] [--encoders arctic-xs,minilm] [--classifiers logistic,centroid] [--l2 X] [--validate] [--no-sl1002] [--model FILE]...");
                    Console.WriteLine("  --model FILE  also a label model the trainer wrote (e.g. trained on embedding-labelled data: augment)");
                    Console.WriteLine("  --validate  choose settings on a fifth of the written training sentences (the test sets are not used)");
                    return 0;
                default:
                    Console.Error.WriteLine($"compare: unknown option '{args[i]}'");
                    return 2;
            }
        }

        var trainFile = Path.Combine(root, "src", "SalesLint.Trainer", "data", "understanding-train.tsv");
        var testFile = Path.Combine(root, "src", "SalesLint.Trainer", "data", "understanding-test.tsv");
        if (!File.Exists(trainFile) || !File.Exists(testFile))
        {
            Console.Error.WriteLine($"compare: {trainFile} not found (run from the repository root or pass --root)");
            return 2;
        }

        var casinoFolder = Path.Combine(data, "casino");
        var pfgFile = Path.Combine(data, "persuasionforgood", "annotated_units.csv");
        if (!Directory.Exists(casinoFolder) || !File.Exists(pfgFile))
        {
            // The shipped model is trained on both: without them there is no like-for-like comparison.
            Console.WriteLine($"(no {casinoFolder} or {pfgFile}: the comparison needs the shipped model's training data; skipped)");
            return 0;
        }

        var casino = LabelData.ReadCasino(casinoFolder);
        var pfg = LabelData.ReadPersuasion(pfgFile);
        List<LabelExample> train = [.. LabelData.ReadWritten(trainFile, LabelSplit.Train), .. casino.Where(e => e.Split == LabelSplit.Train), .. pfg.Where(e => e.Split == LabelSplit.Train)];
        var sets = new (string Name, List<LabelExample> Examples, SemanticLabel[] Labels)[]
        {
            ("Held-out written sentences", LabelData.ReadWritten(testFile, LabelSplit.Test), [.. SemanticLabels.Learned]),
            ("CaSiNo test", [.. casino.Where(e => e.Split == LabelSplit.Test)], [SemanticLabel.Need, SemanticLabel.Discovery]),
            ("PersuasionForGood test fifth", [.. pfg.Where(e => e.Split == LabelSplit.Test)], [SemanticLabel.Product, SemanticLabel.Discovery, SemanticLabel.Objection, SemanticLabel.Commitment]),
        };
        Console.WriteLine($"training examples (the shipped model's): {train.Count} (written {train.Count(e => e.Corpus == "written")}, casino {train.Count(e => e.Corpus == "casino")}, persuasionforgood {train.Count(e => e.Corpus == "pfg")})");

        var cacheFolder = Path.Combine(AppContext.BaseDirectory, "vector-cache");
        if (validate)
        {
            return Validate(train, encoders, classifiers, cacheFolder);
        }

        var scorers = new List<ILabelScorer> { new ShippedScorer(LabelModel.Default) };
        foreach (var file in models)
        {
            using var stream = File.OpenRead(file);
            scorers.Add(new ShippedScorer(LabelModel.Load(stream), Path.GetFileNameWithoutExtension(file)));
        }
        var opened = new List<Encoder>();
        try
        {
            foreach (var name in encoders)
            {
                var encoder = Encoder.Create(name, threads: 1, cacheFolder);
                opened.Add(encoder);
                var stopwatch = Stopwatch.StartNew();
                foreach (var kind in classifiers)
                {
                    scorers.Add(EmbeddingScorer.Train(encoder, kind, train, l2));
                }

                if (classifiers.Contains(EmbeddingClassifier.Logistic))
                {
                    scorers.Add(new MeanScorer(scorers[0], scorers.OfType<EmbeddingScorer>().Last(s => s.Name.EndsWith("LR", StringComparison.Ordinal))));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: loaded in {encoder.LoadTime.TotalSeconds:0.00} s; {encoder.Encoded} texts encoded now ({Per(encoder)}), trained in {stopwatch.Elapsed.TotalSeconds:0} s"));
            }

            Console.WriteLine();
            foreach (var (name, examples, labels) in sets)
            {
                Table(name, examples, labels, scorers);
                if (name.StartsWith("Held-out", StringComparison.Ordinal))
                {
                    Table(name + ", stripped (lower case, no punctuation)", [.. examples.Select(e => e with { Text = LabelData.Strip(e.Text) })], labels, scorers);
                }
            }

            if (sl1002)
            {
                Sl1002(pfgFile, scorers);
            }

            foreach (var encoder in opened)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{encoder.Name}: {encoder.Encoded} texts encoded in this run ({Per(encoder)})"));
            }
        }
        finally
        {
            foreach (var encoder in opened)
            {
                encoder.Dispose();
            }
        }

        return 0;
    }

    private static string Per(Encoder encoder) => encoder.Encoded == 0
        ? "all from the cache"
        : string.Create(CultureInfo.InvariantCulture, $"{encoder.EncodeTime.TotalMilliseconds / encoder.Encoded:0.0} ms CPU each, batches of 16");

    private static void Table(string name, List<LabelExample> examples, SemanticLabel[] labels, List<ILabelScorer> scorers)
    {
        Console.WriteLine($"## {name} ({examples.Count})");
        Console.WriteLine();
        Console.WriteLine($"| label | gold | {string.Join(" | ", scorers.Select(s => s.Name + " P / R / F1"))} |");
        Console.WriteLine($"|---|---|{string.Concat(scorers.Select(_ => "---|"))}");
        var texts = examples.Select(e => e.Text).ToList();
        var scored = scorers.Select(s => s.Score(texts)).ToList();
        foreach (var label in labels)
        {
            var counts = scored.Select(p => LabelScoring.Measure(examples, p, label)).ToList();
            var shipped = counts[0].F1;
            var cells = counts.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c.Precision:0.00} / {c.Recall:0.00} / **{c.F1:0.00}**{(i == 0 ? string.Empty : $" ({c.F1 - shipped:+0.00;−0.00;±0.00})")}"));
            Console.WriteLine($"| {SemanticLabels.Name(label)} | {counts[0].Gold} | {string.Join(" | ", cells)} |");
        }

        Console.WriteLine();
        Console.WriteLine("F1 difference to the first column with its 95% paired bootstrap interval (1,000 resamples of the examples, seed 1):");
        Console.WriteLine();
        Console.WriteLine($"| label | {string.Join(" | ", scorers.Skip(1).Select(s => s.Name))} |");
        Console.WriteLine($"|---|{string.Concat(scorers.Skip(1).Select(_ => "---|"))}");
        foreach (var label in labels)
        {
            var cells = scored.Skip(1).Select(p => Interval(examples, scored[0], p, label));
            Console.WriteLine($"| {SemanticLabels.Name(label)} | {string.Join(" | ", cells)} |");
        }

        Console.WriteLine();
    }

    /// <summary>The F1 difference of <paramref name="other"/> to <paramref name="baseline"/> and its 95% paired bootstrap interval.</summary>
    private static string Interval(List<LabelExample> examples, IReadOnlyList<float[]> baseline, IReadOnlyList<float[]> other, SemanticLabel label)
    {
        var known = Enumerable.Range(0, examples.Count).Where(i => examples[i].Known.Contains(label)).ToList();
        var random = new Random(1);
        var differences = new double[1000];
        for (var r = 0; r < differences.Length; r++)
        {
            var sample = known.Select(_ => known[random.Next(known.Count)]).ToList();
            var subset = sample.Select(i => examples[i]).ToList();
            differences[r] = LabelScoring.Measure(subset, [.. sample.Select(i => other[i])], label).F1 - LabelScoring.Measure(subset, [.. sample.Select(i => baseline[i])], label).F1;
        }

        Array.Sort(differences);
        var observed = LabelScoring.Measure(examples, other, label).F1 - LabelScoring.Measure(examples, baseline, label).F1;
        return string.Create(CultureInfo.InvariantCulture, $"{observed:+0.00;−0.00;±0.00} [{differences[24]:+0.00;−0.00;±0.00}, {differences[974]:+0.00;−0.00;±0.00}]");
    }

    /// <summary>
    /// SL1002 per conversation on PersuasionForGood with each model's labels (the replay), after checking the replay
    /// with the shipped model gives the engine's own result on every conversation.
    /// </summary>
    private static void Sl1002(string pfgFile, List<ILabelScorer> scorers)
    {
        var dialogues = PersuasionDialogues.Read(pfgFile);
        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn(), new EngineOptions { OnlyRules = new HashSet<string> { "SL1002" } });
        var replay = new Sl1002Replay();
        var conversations = dialogues.Select(d => engine.Tokenize(d.Transcript)).ToList();
        var engineFired = dialogues.Select(d => engine.Analyze(d.Transcript).Diagnostics.Any(x => x.RuleId == "SL1002")).ToList();
        var gold = dialogues.Select(d => d.PrematurePitch).ToList();

        Console.WriteLine($"## SL1002 per conversation on PersuasionForGood ({dialogues.Count} dialogues, {gold.Count(g => g)} with premature pitching by the annotation-derived gold)");
        Console.WriteLine();
        Console.WriteLine("| labels from | fired | TP | FP | FN | precision | recall | F1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Console.WriteLine(Row("engine (shipped model)", engineFired, gold));
        string? agreement = null;
        var raws = new Dictionary<ILabelScorer, RawLabels>();
        foreach (var scorer in scorers)
        {
            RawLabels raw;
            if (scorer is MeanScorer mean)
            {
                var (a, b) = (raws[mean.First], raws[mean.Second]);
                raw = (previous, sentence) => [.. a(previous, sentence).Zip(b(previous, sentence), (p, q) => (p + q) / 2)];
            }
            else
            {
                raw = raws[scorer] = Raw(scorer, conversations);
            }

            // How many sentences (and two-sentence pairs) the rule had labelled before it decided: what option (b),
            // embeddings only where the decision hinges, would encode.
            var labelled = 0;
            RawLabels counted = (previous, sentence) =>
            {
                labelled++;
                return raw(previous, sentence);
            };
            var fired = conversations.Select(c => replay.Fires(c, counted)).ToList();
            if (ReferenceEquals(scorer, scorers[0]))
            {
                var same = fired.Zip(engineFired).Count(x => x.First == x.Second);
                agreement = $"The replay with the shipped model agrees with the engine on {same} of {dialogues.Count} conversations. "
                    + string.Create(CultureInfo.InvariantCulture, $"Sentences per conversation: {conversations.Average(c => c.SentenceCount):0.0}; labelled before the rule decided (sentences and pairs, shipped model): {(double)labelled / conversations.Count:0.0}.");
            }

            Console.WriteLine(Row($"replay: {scorer.Name}", fired, gold));
        }

        Console.WriteLine();
        Console.WriteLine(agreement);
        Console.WriteLine();
    }

    /// <summary>Raw labels from a scorer; the shipped one sees the sentence's tokens and lexicon matches as the engine does.</summary>
    private static RawLabels Raw(ILabelScorer scorer, List<Conversation> conversations)
    {
        if (scorer is ShippedScorer shipped)
        {
            var model = shipped.Model;
            return (previous, sentence) =>
            {
                var turn = sentence.Turn;
                var first = previous ?? sentence;
                var start = turn.Tokens.IndexOf(first.Tokens[0]);
                var tokens = turn.Tokens[start..(turn.Tokens.IndexOf(sentence.Tokens[^1]) + 1)];
                var p = new float[model.Labels.Count];
                model.Probabilities(turn.Text, tokens, previous is null ? [.. sentence.Features] : [.. previous.Features, .. sentence.Features], p);
                var row = new float[SemanticLabels.Learned.Count];
                for (var i = 0; i < p.Length; i++)
                {
                    row[LabelScoring.IndexOf(model.Labels[i])] = p[i];
                }

                return row;
            };
        }

        static string Text(Sentence? previous, Sentence sentence)
        {
            var start = (previous ?? sentence).Span.Start;
            return sentence.Turn.Text[start..(sentence.Span.Start + sentence.Span.Length)];
        }

        // Encode every sentence and pair once, in bulk (batched and cached), then score from the cache.
        var all = new List<string>();
        foreach (var sentence in conversations.SelectMany(c => c.Sentences))
        {
            all.Add(Text(null, sentence));
            if (sentence.Index > 0)
            {
                all.Add(Text(sentence.Turn.Sentences[sentence.Index - 1], sentence));
            }
        }

        var scores = scorer.Score(all);
        var byText = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            byText[all[i]] = scores[i];
        }

        return (previous, sentence) => byText[Text(previous, sentence)];
    }

    private static string Row(string name, List<bool> fired, List<bool> gold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < fired.Count; i++)
        {
            tp += fired[i] && gold[i] ? 1 : 0;
            fp += fired[i] && !gold[i] ? 1 : 0;
            fn += !fired[i] && gold[i] ? 1 : 0;
        }

        var c = new LabelCounts(tp, fp, fn);
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {fired.Count(f => f)} | {tp} | {fp} | {fn} | {c.Precision:0.00} | {c.Recall:0.00} | {c.F1:0.00} |");
    }

    /// <summary>Settings on a fifth of the written training sentences (by a stable hash, as the trainer's --validate).</summary>
    private static int Validate(List<LabelExample> train, List<string> encoders, List<EmbeddingClassifier> classifiers, string cacheFolder)
    {
        var held = train.Where(e => e.Corpus == "written" && LabelData.Hash(e.Text) % 5 == 0).ToList();
        var rest = train.Where(e => !(e.Corpus == "written" && LabelData.Hash(e.Text) % 5 == 0)).ToList();
        Console.WriteLine($"validation: {held.Count} held-out written training sentences; F1 per label");
        Console.WriteLine();
        Console.WriteLine($"| model | {string.Join(" | ", SemanticLabels.Learned.Select(SemanticLabels.Name))} | mean |");
        Console.WriteLine($"|---|{string.Concat(SemanticLabels.Learned.Select(_ => "---|"))}---|");
        void Line(string name, ILabelScorer scorer)
        {
            var p = scorer.Score([.. held.Select(e => e.Text)]);
            var f = SemanticLabels.Learned.Select(l => LabelScoring.Measure(held, p, l).F1).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", f.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))} | {f.Average():0.00} |"));
        }

        foreach (var name in encoders)
        {
            using var encoder = Encoder.Create(name, threads: 1, cacheFolder);
            foreach (var kind in classifiers)
            {
                foreach (var l2 in kind == EmbeddingClassifier.Logistic ? new[] { 0.1f, 1f, 10f, 100f } : [0f])
                {
                    Line($"{name} {kind} L2 {l2}", EmbeddingScorer.Train(encoder, kind, rest, l2));
                }
            }
        }

        return 0;
    }
}
