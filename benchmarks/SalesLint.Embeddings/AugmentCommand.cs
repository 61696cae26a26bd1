using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Embeddings;

/// <summary>
/// <c>augment</c> (experiment, option (a)): labels unannotated sentences of the shipped model's own training corpora
/// (CaSiNo's unannotated train and validation dialogues, PersuasionForGood units of the training dialogues that the
/// label mapping leaves out) with the mean of the shipped model and an embedding logistic regression, and writes the
/// written training file plus those sentences into a separate folder laid out like the repository, for the trainer to
/// train on there. Nothing in the repository changes; test splits are never used.
/// </summary>
internal static class AugmentCommand
{
    public static int Run(string[] args)
    {
        var data = Path.Combine("..", "shared", "data");
        var root = ".";
        string? output = null;
        var encoderName = "arctic-xs";
        var labels = new List<SemanticLabel> { SemanticLabel.Goal, SemanticLabel.Problem };
        var high = 0.8f;
        var low = 0.05f;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--root" when i + 1 < args.Length: root = args[++i]; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case "--encoder" when i + 1 < args.Length: encoderName = args[++i]; break;
                case "--labels" when i + 1 < args.Length:
                    labels = [.. args[++i].Split(',').Select(n => SemanticLabels.TryParse(n, out var l) ? l : throw new ArgumentException($"unknown label '{n}'"))];
                    break;
                case "--high" when i + 1 < args.Length: high = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--low" when i + 1 < args.Length: low = float.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine("usage: augment --out DIR [--labels goal,problem] [--high 0.8] [--low 0.05] [--encoder arctic-xs] [--data DIR] [--root REPO]");
                    return 2;
            }
        }

        var trainFile = Path.Combine(root, "src", "SalesLint.Trainer", "data", "understanding-train.tsv");
        var casinoFolder = Path.Combine(data, "casino");
        var pfgFile = Path.Combine(data, "persuasionforgood", "annotated_units.csv");
        if (output is null || !File.Exists(trainFile))
        {
            Console.Error.WriteLine("augment: --out DIR is required; run from the repository root or pass --root");
            return 2;
        }

        if (!Directory.Exists(casinoFolder) || !File.Exists(pfgFile))
        {
            Console.WriteLine($"(no {casinoFolder} or {pfgFile}: skipped)");
            return 0;
        }

        var casino = LabelData.ReadCasino(casinoFolder);
        var pfg = LabelData.ReadPersuasion(pfgFile);
        List<LabelExample> train = [.. LabelData.ReadWritten(trainFile, LabelSplit.Train), .. casino.Where(e => e.Split == LabelSplit.Train), .. pfg.Where(e => e.Split == LabelSplit.Train)];
        var known = train.Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var pool = Pool(casinoFolder, pfgFile).Where(t => !known.Contains(t) && !t.Contains('\t', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"pool: {pool.Count} unannotated training-split sentences");

        using var encoder = Encoder.Create(encoderName, threads: 1, Path.Combine(AppContext.BaseDirectory, "vector-cache"));
        var labeller = new MeanScorer(new ShippedScorer(LabelModel.Default), EmbeddingScorer.Train(encoder, EmbeddingClassifier.Logistic, train));
        var scores = labeller.Score(pool);
        var positives = new List<string>();
        var negatives = new List<string>();
        for (var i = 0; i < pool.Count; i++)
        {
            var held = labels.Where(l => scores[i][LabelScoring.IndexOf(l)] >= high).ToList();
            if (held.Count > 0)
            {
                positives.Add($"{string.Join(',', held.Select(SemanticLabels.Name))}\t{pool[i]}");
            }
            else if (labels.All(l => scores[i][LabelScoring.IndexOf(l)] <= low))
            {
                negatives.Add($"none\t{pool[i]}");
            }
        }

        // As many confident negatives as positives, picked by a stable hash: the section does not swamp the written data.
        var picked = negatives.OrderBy(n => LabelData.Hash(n)).ThenBy(n => n, StringComparer.Ordinal).Take(positives.Count).Order(StringComparer.Ordinal).ToList();
        var target = Path.Combine(output, "src", "SalesLint.Trainer", "data", "understanding-train.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var text = new StringBuilder(File.ReadAllText(trainFile, Encoding.UTF8));
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"# augment: labelled by the mean of the shipped model and {encoderName} LR (≥ {high} positive, ≤ {low} negative)");
        text.AppendLine(CultureInfo.InvariantCulture, $"#informs: {string.Join(", ", labels.Select(SemanticLabels.Name))}");
        foreach (var line in positives.Concat(picked))
        {
            text.AppendLine(line);
        }

        File.WriteAllText(target, text.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(output, "SalesLint.sln"), string.Empty);
        foreach (var label in labels)
        {
            Console.WriteLine($"  {SemanticLabels.Name(label)}: {positives.Count(p => p.Split('\t')[0].Split(',').Contains(SemanticLabels.Name(label)))} positives");
        }

        Console.WriteLine($"wrote {target}: {positives.Count} positive and {picked.Count} negative rows added (of {negatives.Count} confident negatives)");
        Console.WriteLine("next: build src/SalesLint.Trainer (Release), copy its bin/Release/net10.0 folder to DIR/bin (the trainer finds its");
        Console.WriteLine("data from the folder holding SalesLint.sln above it), run 'dotnet DIR/bin/SalesLint.Trainer.dll labels --data ../shared/data");
        Console.WriteLine("--out DIR/model.bin', then 'compare --model DIR/model.bin'.");
        return 0;
    }

    /// <summary>Unannotated sentences of the training splits: CaSiNo dialogues without strategy annotations, PersuasionForGood units of training dialogues.</summary>
    private static IEnumerable<string> Pool(string casinoFolder, string pfgFile)
    {
        using (var dialogues = File.OpenText(Path.Combine(casinoFolder, "casino.jsonl")))
        using (var annotations = File.OpenText(Path.Combine(casinoFolder, "casino_annotations.jsonl")))
        {
            while (dialogues.ReadLine() is { } dialogueLine && annotations.ReadLine() is { } annotationLine)
            {
                using var dialogue = JsonDocument.Parse(dialogueLine);
                using var annotation = JsonDocument.Parse(annotationLine);
                if (annotation.RootElement.GetProperty("annotated").GetBoolean() || annotation.RootElement.GetProperty("split").GetString() == "test")
                {
                    continue;
                }

                foreach (var turn in dialogue.RootElement.GetProperty("turns").EnumerateArray())
                {
                    var text = turn.GetProperty("text").GetString() ?? string.Empty;
                    if (text.Length > 0 && text[0] != '[')
                    {
                        yield return text.Trim();
                    }
                }
            }
        }

        foreach (var unit in LabelData.ReadUnits(pfgFile).Where(u => LabelData.Hash(u[0]) % 5 != 0))
        {
            var text = string.Join(' ', unit[3].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }
}
