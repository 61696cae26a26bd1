using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Trainer;

/// <summary>
/// Trains the sentence-boundary model (<see cref="SentenceBoundaryModel"/>): an ML.NET L-BFGS logistic regression over
/// <see cref="BoundaryFeatures"/>, one row per gap between two words of a turn with its punctuation removed, labelled
/// by whether a sentence of the punctuated turn starts there. Turns: PersuasionForGood's (Apache-2.0; its units joined
/// per speaker turn), CaSiNo's train and validation chat messages (CC BY 4.0; only messages that end in <c>. ? !</c>, as
/// the chats often drop a full stop), and the written sentences of <c>data/spoken-acts.tsv</c> and
/// <c>data/sales-sentences.tsv</c>, put together two to four at a time in a fixed order so that a question follows a
/// statement as in speech. Earnings calls and the evaluation's telephone conversations are never read. PersuasionForGood
/// dialogues in the trainer's validation and test splits (<see cref="Splits"/>) are only measured. Single-threaded and
/// seeded: the same data and seed give the same bytes.
/// </summary>
internal static class BoundaryTrainer
{
    // L1 0.5 and L2 1 were chosen on the held-out turns this command prints (boundary F1 at 0.3 on PersuasionForGood,
    // CaSiNo validation and the written sentences): from 0.01/0.01 to 2/2, stronger regularization gained 1-5 points.

    /// <summary>Example weight of a gap from the written spoken sentences relative to one from a corpus.</summary>
    private const float WrittenWeight = 2f;

    /// <summary>Runs <c>SalesLint.Trainer boundaries [--seed N] [--out FILE] [--data DIR]</c>.</summary>
    /// <param name="args">The arguments after <c>boundaries</c>.</param>
    /// <param name="root">The repository root.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, string root)
    {
        if (TrainerArguments.Parse(args, root, "boundaries", Path.Combine(root, "src", "SalesLint", "Tokenization", "Model", "sentence-boundaries.bin"), allowValidate: false) is not { } arguments)
        {
            return 2;
        }

        var (seed, output, data) = (arguments.Seed, arguments.Output, arguments.Data);

        List<Turn> turns;
        try
        {
            turns =
            [
                .. ReadPersuasion(Path.Combine(data, "persuasionforgood", "annotated_units.csv")),
                .. ReadCasino(Path.Combine(data, "casino", "split")),
                .. ReadWritten(Path.Combine(root, "src", "SalesLint.Trainer", "data", "spoken-acts.tsv")),
                .. ReadWritten(Path.Combine(root, "src", "SalesLint.Trainer", "data", "sales-sentences.tsv")),
            ];
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        var train = turns.Where(t => t.Split == Split.Train).ToList();
        var held = turns.Where(t => t.Split != Split.Train).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training turns: {string.Join(", ", train.GroupBy(t => t.Corpus).Select(g => $"{g.Key} {g.Count()}"))}; held out: {held.Count}"));
        var bytes = Train(train, seed);
        using (var stream = new MemoryStream(bytes))
        {
            var model = SentenceBoundaryModel.Load(stream);
            foreach (var group in held.GroupBy(t => t.Corpus))
            {
                foreach (var threshold in new[] { 0.3f, 0.5f, 0.7f })
                {
                    var (p, r, f1, gold, questionRecall, questions) = Measure(model, [.. group], threshold);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  held out {group.Key}, threshold {threshold:0.0}: boundaries P {p:0.000} R {r:0.000} F1 {f1:0.000} of {gold}; before a question R {questionRecall:0.000} of {questions}"));
                }
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, bytes);
        File.WriteAllText(ModelInputs.PathFor(output), ModelInputs.Boundaries(root)); // checked without the shared data by the tests
        Console.WriteLine($"wrote {output} ({bytes.Length / 1024.0:0} KiB, sha256 {Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant()[..16]})");
        return 0;
    }

    /// <summary>Boundary precision, recall and F1 on turns, and the recall of boundaries before a question.</summary>
    /// <param name="model">The model.</param>
    /// <param name="turns">The turns.</param>
    /// <param name="threshold">The probability from which a gap is a boundary.</param>
    /// <returns>The figures.</returns>
    internal static (double P, double R, double F1, int Gold, double QuestionRecall, int Questions) Measure(SentenceBoundaryModel model, IReadOnlyList<Turn> turns, float threshold)
    {
        int tp = 0, fp = 0, fn = 0, questions = 0, questionsFound = 0;
        foreach (var turn in turns)
        {
            var probabilities = new float[turn.Words.Length];
            model.Probabilities(turn.Words, probabilities);
            for (var i = 1; i < turn.Words.Length; i++)
            {
                var gold = turn.Starts[i] != 0;
                var predicted = probabilities[i] >= threshold;
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
                questions += turn.Starts[i] == 2 ? 1 : 0;
                questionsFound += turn.Starts[i] == 2 && predicted ? 1 : 0;
            }
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), tp + fn,
            questions == 0 ? 0 : (double)questionsFound / questions, questions);
    }

    /// <summary>
    /// A punctuated turn as unpunctuated words: the hashes of its words after stripping, and per word whether a
    /// sentence starts there (0 no, 1 a sentence, 2 a question: a sentence ending in <c>?</c>).
    /// </summary>
    /// <param name="text">The punctuated turn.</param>
    /// <param name="corpus">Where it comes from.</param>
    /// <param name="split">Trained on or held out.</param>
    /// <returns>The turn, or null when it has fewer than two words.</returns>
    internal static Turn? Build(string text, string corpus, Split split)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var ranges = new List<(int First, int Count)>();
        SentenceSplitter.Split(text, tokens, ranges, int.MaxValue);
        var words = new List<uint>();
        var starts = new List<byte>();
        foreach (var (first, count) in ranges)
        {
            var last = tokens[first + count - 1];
            var sentence = text[tokens[first].Start..(last.Start + last.Length)];
            var question = last.Kind == TokenKind.Punctuation && text[last.Start] == '?';
            var stripped = Splits.Strip(sentence);
            var sentenceStart = true;
            foreach (var token in TextTokenizer.Tokenize(stripped))
            {
                if (token.Kind == TokenKind.Punctuation)
                {
                    continue;
                }

                words.Add(BoundaryFeatures.WordHash(stripped.AsSpan(token.Start, token.Length)));
                starts.Add((byte)(sentenceStart && words.Count > 1 ? (question ? 2 : 1) : 0));
                sentenceStart = false;
            }
        }

        return words.Count < 2 ? null : new Turn([.. words], [.. starts], corpus, split);
    }

    private static byte[] Train(IReadOnlyList<Turn> turns, int seed)
    {
        var context = new MLContext(seed);
        var rows = new List<Row>();
        Span<int> buckets = stackalloc int[BoundaryFeatures.PerGap];
        foreach (var turn in turns)
        {
            var weight = turn.Corpus == "written" ? WrittenWeight : 1f;
            for (var i = 1; i < turn.Words.Length; i++)
            {
                BoundaryFeatures.Extract(turn.Words, i, buckets);
                var counts = new SortedDictionary<int, float>();
                foreach (var bucket in buckets)
                {
                    counts[bucket] = counts.GetValueOrDefault(bucket) + 1f;
                }

                rows.Add(new Row
                {
                    Label = turn.Starts[i] != 0,
                    Features = new VBuffer<float>(BoundaryFeatures.BucketCount, counts.Count, [.. counts.Values], [.. counts.Keys]),
                    Weight = weight,
                });
            }
        }

        Console.WriteLine($"  {rows.Count} gaps, {rows.Count(r => r.Label)} boundaries");
        var data = context.Data.LoadFromEnumerable(rows);
        var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = 0.5f,
            L2Regularization = 1f,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 200,
            OptimizationTolerance = 1e-7f,
        });
        var model = trainer.Fit(data);
        var linear = model.Model.SubModel;
        var a = (float)model.Model.Calibrator.Slope;
        var b = (float)model.Model.Calibrator.Offset;

        // Platt: p = 1 / (1 + exp(a·s + b)) with s = w·x + bias; folded into the weights so p = sigmoid(w'·x + b').
        var weights = new SortedDictionary<int, float>();
        var values = linear.Weights;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] != 0)
            {
                weights[i] = -a * values[i];
            }
        }

        Console.WriteLine($"  {weights.Count} non-zero weights");
        using var stream = new MemoryStream();
        SentenceBoundaryModel.Write(stream, -((a * linear.Bias) + b), weights);
        return stream.ToArray();
    }

    private static List<Turn> ReadPersuasion(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var line = 1;
        _ = PersuasionForGood.ReadRecord(reader, ref line) ?? throw new InvalidDataException($"{path}: empty file");
        var key = string.Empty;
        var text = new StringBuilder();
        var dialogue = string.Empty;
        var result = new List<Turn>();
        while (PersuasionForGood.ReadRecord(reader, ref line) is { } record)
        {
            if (record.Count < 4)
            {
                throw new InvalidDataException($"{path}({line}): expected at least 4 fields, found {record.Count}");
            }

            var next = $"{record[0]}|{record[1]}|{record[2]}";
            if (next != key)
            {
                Add(text.ToString(), dialogue);
                text.Clear();
                key = next;
                dialogue = record[0];
            }

            text.Append(PersuasionForGood.Repair(record[3])).Append(' ');
        }

        Add(text.ToString(), dialogue);
        return result;

        void Add(string turn, string id)
        {
            if (Build(turn.Trim(), "persuasionforgood", Splits.Of(id)) is { } built)
            {
                result.Add(built);
            }
        }
    }

    private static List<Turn> ReadCasino(string folder)
    {
        var result = new List<Turn>();
        foreach (var (file, split) in new[] { ("casino_train.json", Split.Train), ("casino_valid.json", Split.Validation) })
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, file)));
            foreach (var dialogue in document.RootElement.EnumerateArray())
            {
                foreach (var entry in dialogue.GetProperty("chat_logs").EnumerateArray())
                {
                    var text = (entry.GetProperty("text").GetString() ?? string.Empty).Trim();
                    if (text.Length > 0 && text[^1] is '.' or '?' or '!' && Build(text, "casino", split) is { } turn)
                    {
                        result.Add(turn);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The written sentences (<c>act TAB text</c>, one a line, <c>#</c> comments), each kept once by its stripped text,
    /// ordered by a stable hash of it and put together two to four at a time into turns.
    /// </summary>
    private static List<Turn> ReadWritten(string path)
    {
        var sentences = File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#' && l.Contains('\t', StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..].Trim())
            .Where(s => s.Length > 0)
            .DistinctBy(Splits.Strip, StringComparer.Ordinal)
            .OrderBy(s => LabelData.Hash(Splits.Strip(s)))
            .ThenBy(s => s, StringComparer.Ordinal)
            .ToList();
        var result = new List<Turn>();
        for (var i = 0; i < sentences.Count;)
        {
            var take = 2 + (int)(LabelData.Hash(sentences[i]) % 3);
            var group = sentences.Skip(i).Take(take).ToList();
            i += take;

            // Each sentence ends in its own mark, so the punctuation-only split finds the joins.
            var text = string.Join(' ', group.Select(s => s[^1] is '.' or '?' or '!' ? s : s + "."));
            if (Build(text, "written", Splits.Of(Splits.Strip(group[0]))) is { } turn)
            {
                result.Add(turn);
            }
        }

        return result;
    }

    /// <summary>A turn as word hashes and sentence starts (see <see cref="Build"/>).</summary>
    /// <param name="Words">The word hashes.</param>
    /// <param name="Starts">Per word: 0, or 1 where a sentence starts, 2 where a question starts (never at word 0).</param>
    /// <param name="Corpus">Where it comes from.</param>
    /// <param name="Split">Trained on or held out.</param>
    internal sealed record Turn(uint[] Words, byte[] Starts, string Corpus, Split Split);

    private sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(BoundaryFeatures.BucketCount)]
        public VBuffer<float> Features { get; set; }

        public float Weight { get; set; }
    }
}
