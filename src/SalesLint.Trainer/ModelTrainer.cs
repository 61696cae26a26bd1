using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;
using SalesLint.Acts;

namespace SalesLint.Trainer;

/// <summary>Trains the sentence-act model: FeaturizeText (word 1–2-grams, character 4-grams) and L-BFGS maximum entropy.</summary>
internal static class ModelTrainer
{
    /// <summary>The seed the shipped model is trained with.</summary>
    public const int DefaultSeed = 1;

    /// <summary>Reads all labeled data the act model is built from, in the order training sees it.</summary>
    /// <param name="persuasionForGood">PersuasionForGood's <c>annotated_units.csv</c>.</param>
    /// <param name="casino">CaSiNo's <c>split</c> folder.</param>
    /// <param name="sales">The hand-labeled sales sentences (<c>data/sales-sentences.tsv</c>).</param>
    /// <param name="spoken">The spoken-style sentences (<c>data/spoken-acts.tsv</c>).</param>
    /// <returns>Every sentence with its split.</returns>
    public static List<LabeledSentence> ReadAll(string persuasionForGood, string casino, string sales, string spoken) =>
        [.. PersuasionForGood.Read(persuasionForGood), .. Casino.Read(casino), .. SalesSentences.Read(sales), .. SalesSentences.Read(spoken, "spoken")];

    /// <summary>
    /// Trains on the sentences as written and, for each, its stripped and lower-cased form (speech-recognition
    /// style), so one model serves punctuated and unpunctuated transcripts. Single-threaded and seeded: the same data
    /// and seed give the same model.
    /// </summary>
    /// <param name="training">The training sentences (never validation or test ones).</param>
    /// <remarks>
    /// Settings chosen on the validation split (see evaluation.md): character 4-grams and L2 = 0.01 did best on
    /// stripped text; word trigrams doubled the model size for no gain; weighting the sales sentences up did not help.
    /// </remarks>
    /// <param name="seed">The MLContext seed.</param>
    /// <returns>The model zip, as bytes.</returns>
    public static byte[] Train(IReadOnlyList<LabeledSentence> training, int seed)
    {
        if (training.Any(s => s.Split != Split.Train))
        {
            throw new InvalidOperationException("only training sentences may be trained on");
        }

        var rows = Rows(training).Select(r => new Row { Text = r.Text, Label = r.Label }).ToList();
        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(rows);
        data = context.Data.ShuffleRows(data, seed: seed);
        var keyed = context.Transforms.Conversion
            .MapValueToKey("Label", "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(data)
            .Transform(data);

        var featurize = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = true,
            KeepNumbers = true,
            KeepDiacritics = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = context.Transforms.Text.FeaturizeText("Features", featurize, SentenceActModel.TextColumn)
            .AppendCacheCheckpoint(context)
            .Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                L1Regularization = 0.0001f,
                L2Regularization = 0.01f,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }));
        var model = pipeline.Fit(keyed);
        using var stream = new MemoryStream();
        context.Model.Save(model, keyed.Schema, stream);
        Console.WriteLine($"trained on {rows.Count} rows ({training.Count} sentences with their stripped variants)");
        return WithFixedTimestamps(stream.ToArray());
    }

    /// <summary>
    /// The rows trained on: each sentence's model text as written and stripped (lower case, no punctuation, so no '?'
    /// tells the stripped variant it is a question), with its act; a row seen before is left out.
    /// </summary>
    /// <param name="training">The training sentences.</param>
    /// <returns>The model text and label of each row, in order.</returns>
    internal static List<(string Text, string Label)> Rows(IReadOnlyList<LabeledSentence> training)
    {
        var rows = new List<(string Text, string Label)>();
        var seen = new HashSet<(string, string)>();
        foreach (var sentence in training)
        {
            foreach (var variant in new[] { sentence.Text, Splits.Strip(sentence.Text) })
            {
                var text = SentenceActModel.ToModelText(variant);
                var label = sentence.Act.ToString();
                if (seen.Add((text, label)))
                {
                    rows.Add((text, label));
                }
            }
        }

        return rows;
    }

    /// <summary>Rewrites the zip with every entry dated 2000-01-01, so the same data and seed give the same bytes.</summary>
    private static byte[] WithFixedTimestamps(byte[] zip)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private sealed class Row
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }
}
