using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SalesLint.Engine;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Rules;
using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Embeddings;

/// <summary>Gives each text a probability per learned label (indexed like <see cref="SemanticLabels.Learned"/>).</summary>
internal interface ILabelScorer
{
    /// <summary>A short name for tables.</summary>
    string Name { get; }

    /// <summary>Scores texts.</summary>
    /// <param name="texts">The texts, each scored whole.</param>
    /// <returns>One probability row per text.</returns>
    IReadOnlyList<float[]> Score(IReadOnlyList<string> texts);
}

/// <summary>
/// The shipped label model as <c>SalesLint.Evaluation labels</c> scores it: the whole text tokenized as one sentence,
/// with the built-in lexicons' matches as features.
/// </summary>
internal sealed class ShippedScorer : ILabelScorer
{
    private readonly LabelModel model;
    private readonly FeatureDetector detector = new(RuleSet.LoadBuiltIn().Lexicons);
    private readonly ConversationBuilder tokenizer;

    /// <summary>Creates the scorer.</summary>
    /// <param name="model">The model (usually <see cref="LabelModel.Default"/>).</param>
    /// <param name="name">Its name in tables.</param>
    public ShippedScorer(LabelModel model, string name = "shipped")
    {
        this.model = model;
        Name = name;
        tokenizer = new ConversationBuilder(detector, Acts.ActClassifierMode.Rules);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The model.</summary>
    public LabelModel Model => model;

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Score(IReadOnlyList<string> texts)
    {
        var result = new List<float[]>(texts.Count);
        var p = new float[model.Labels.Count];
        foreach (var text in texts)
        {
            // The builder's turn tokens are the tokenizer's tokens of the whole text (the label command's input).
            var turn = tokenizer.Build(OneTurn(text)).Turns[0];
            var features = detector.Detect(text, new TextSpan(0, text.Length), turn.Tokens);
            model.Probabilities(text, turn.Tokens, features, p);
            var row = new float[SemanticLabels.Learned.Count];
            for (var i = 0; i < model.Labels.Count; i++)
            {
                row[LabelScoring.IndexOf(model.Labels[i])] = p[i];
            }

            result.Add(row);
        }

        return result;
    }

    private static Transcript OneTurn(string text) => new()
    {
        Id = "sentence",
        Participants = [new Participant { Id = "S", Name = "S", Role = SpeakerRole.Seller }],
        Turns = [new TranscriptTurn { Speaker = "S", Text = text }],
    };
}

/// <summary>How a classifier over embeddings is trained.</summary>
internal enum EmbeddingClassifier
{
    /// <summary>One ML.NET L-BFGS logistic regression per label over the 384 dimensions.</summary>
    Logistic,

    /// <summary>Cosine to the weighted centroid of the label's positives against its negatives'.</summary>
    Centroid,
}

/// <summary>
/// A classifier per label over sentence embeddings, trained on the shipped model's training examples with the same
/// per-label example sets (a label is trained on the examples whose source annotates it) and the same weights
/// (CaSiNo and PersuasionForGood rows 0.5, written rows 1, positives weighted up to 4×: <c>LabelTrainer</c>).
/// Single-threaded and seeded.
/// </summary>
internal sealed class EmbeddingScorer : ILabelScorer
{
    /// <summary>The trainer's weight of CaSiNo and PersuasionForGood rows.</summary>
    public const float ExternalWeight = 0.5f;

    /// <summary>Vectors are unit length; scaled by √384 each dimension has about unit variance for the regression.</summary>
    private static readonly float Scale = MathF.Sqrt(Encoder.Dimensions);

    /// <summary>The log-odds per unit of centroid score (cos to positives − cos to negatives); 0.5 stays at 0.</summary>
    private const float CentroidSharpness = 20f;

    private readonly Encoder encoder;
    private readonly EmbeddingClassifier kind;
    private readonly float[][] weights;
    private readonly float[] biases;

    private EmbeddingScorer(Encoder encoder, EmbeddingClassifier kind, float[][] weights, float[] biases)
    {
        this.encoder = encoder;
        this.kind = kind;
        this.weights = weights;
        this.biases = biases;
    }

    /// <inheritdoc/>
    public string Name => $"{encoder.Name} {(kind == EmbeddingClassifier.Logistic ? "LR" : "centroid")}";

    /// <summary>Trains one classifier per learned label.</summary>
    /// <param name="encoder">The encoder.</param>
    /// <param name="kind">Which classifier.</param>
    /// <param name="examples">The training examples.</param>
    /// <param name="l2">The L2 regularization of the logistic regression.</param>
    /// <param name="seed">The ML.NET seed.</param>
    /// <returns>The scorer.</returns>
    public static EmbeddingScorer Train(Encoder encoder, EmbeddingClassifier kind, IReadOnlyList<LabelExample> examples, float l2 = 1f, int seed = 1)
    {
        var vectors = encoder.Encode([.. examples.Select(e => e.Text)]);
        var labels = SemanticLabels.Learned;
        var weights = new float[labels.Count][];
        var biases = new float[labels.Count];
        var context = new MLContext(seed);
        for (var l = 0; l < labels.Count; l++)
        {
            var label = labels[l];
            var known = Enumerable.Range(0, examples.Count).Where(i => examples[i].Known.Contains(label)).ToList();
            var positives = known.Count(i => examples[i].Positive.Contains(label));
            var up = Math.Clamp((known.Count - positives) / (2f * Math.Max(positives, 1)), 1f, 4f);
            if (positives == 0 || positives == known.Count)
            {
                // Nothing to learn (a label the examples do not inform, or no negatives): a constant.
                weights[l] = new float[Encoder.Dimensions];
                biases[l] = positives == 0 ? -10f : 10f;
                continue;
            }

            float Weight(int i) => (examples[i].Corpus == "written" ? 1f : ExternalWeight) * (examples[i].Positive.Contains(label) ? up : 1f);
            if (kind == EmbeddingClassifier.Centroid)
            {
                var positive = Centroid(known.Where(i => examples[i].Positive.Contains(label)), vectors, Weight);
                var negative = Centroid(known.Where(i => !examples[i].Positive.Contains(label)), vectors, Weight);

                // cos(x, p) − cos(x, n) = x·(p − n) for unit x and unit centroids: a linear score.
                weights[l] = [.. positive.Zip(negative, (p, n) => CentroidSharpness * (p - n))];
                continue;
            }

            var rows = known.Select(i => new Row
            {
                Label = examples[i].Positive.Contains(label),
                Features = [.. vectors[i].Select(v => v * Scale)],
                Weight = Weight(i),
            });
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Encoder.Dimensions);
            var data = context.Data.LoadFromEnumerable(rows, schema);
            var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                ExampleWeightColumnName = nameof(Row.Weight),
                L1Regularization = 0f,
                L2Regularization = l2,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 300,
                OptimizationTolerance = 1e-7f,
            });
            var model = trainer.Fit(data).Model;

            // Platt: p = 1 / (1 + exp(a·s + b)), s = w·x + bias: folded so p = sigmoid(w'·x + b').
            var a = (float)model.Calibrator.Slope;
            var b = (float)model.Calibrator.Offset;
            weights[l] = [.. model.SubModel.Weights.Select(w => -a * w * Scale)];
            biases[l] = -((a * model.SubModel.Bias) + b);
        }

        return new EmbeddingScorer(encoder, kind, weights, biases);
    }

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Score(IReadOnlyList<string> texts) => [.. encoder.Encode(texts).Select(Score)];

    /// <summary>The probability of each learned label for one vector.</summary>
    /// <param name="vector">A unit-length embedding.</param>
    /// <returns>One probability per label.</returns>
    public float[] Score(float[] vector)
    {
        var result = new float[weights.Length];
        for (var l = 0; l < weights.Length; l++)
        {
            var z = biases[l];
            var w = weights[l];
            for (var i = 0; i < vector.Length; i++)
            {
                z += w[i] * vector[i];
            }

            result[l] = 1f / (1f + MathF.Exp(-z));
        }

        return result;
    }

    private static float[] Centroid(IEnumerable<int> members, float[][] vectors, Func<int, float> weight)
    {
        var sum = new double[Encoder.Dimensions];
        foreach (var i in members)
        {
            var w = weight(i);
            for (var d = 0; d < sum.Length; d++)
            {
                sum[d] += w * vectors[i][d];
            }
        }

        var norm = Math.Sqrt(sum.Sum(v => v * v));
        return [.. sum.Select(v => norm == 0 ? 0f : (float)(v / norm))];
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];

        public float Weight { get; set; }
    }
}

/// <summary>The mean of two scorers' probabilities (the shipped model and an embedding classifier side by side).</summary>
/// <param name="first">One scorer.</param>
/// <param name="second">The other.</param>
internal sealed class MeanScorer(ILabelScorer first, ILabelScorer second) : ILabelScorer
{
    /// <summary>One scorer.</summary>
    public ILabelScorer First => first;

    /// <summary>The other.</summary>
    public ILabelScorer Second => second;

    /// <inheritdoc/>
    public string Name => $"mean of {first.Name} and {second.Name}";

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Score(IReadOnlyList<string> texts)
    {
        var a = first.Score(texts);
        var b = second.Score(texts);
        return [.. a.Zip(b, (x, y) => x.Zip(y, (p, q) => (p + q) / 2).ToArray())];
    }
}
