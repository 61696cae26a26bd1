using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Acts;

/// <summary>
/// The learned sentence-act classifier: an ML.NET text model (word n-grams and character n-grams, a linear maximum
/// entropy classifier) trained on PersuasionForGood and hand-labeled sales sentences, with and without punctuation.
/// The built-in model ships inside this assembly and is loaded once per process (<see cref="Default"/>).
/// </summary>
/// <remarks>
/// Thread-safe: ML.NET's <c>PredictionEngine</c> is not, so each call borrows one from a pool and returns it.
/// The model is rebuilt by <c>src/SalesLint.Trainer</c>; see <c>src/SalesLint/Acts/Model/NOTICE.md</c> for the
/// attribution of the training data (PersuasionForGood, Apache-2.0).
/// </remarks>
public sealed class SentenceActModel
{
    /// <summary>The <see cref="ActDecision.Source"/> of decisions made by the model.</summary>
    public const string SourceName = "model";

    /// <summary>The name of the input column the model reads (the text made by <see cref="ToModelText(string)"/>).</summary>
    internal const string TextColumn = "Text";

    /// <summary>The manifest name of the embedded model.</summary>
    internal const string ResourceName = "SalesLint.Acts.Model/sentence-acts.zip";

    /// <summary>Word that marks the start of a sentence in the model text, so n-grams see the opener.</summary>
    internal const string StartMarker = "xxbos";

    /// <summary>Word that marks the end of a sentence in the model text, so n-grams see tags ("…, right").</summary>
    internal const string EndMarker = "xxeos";

    /// <summary>Word that stands for any number in the model text.</summary>
    internal const string NumberMarker = "xxnum";

    private static readonly Lazy<SentenceActModel> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ObjectPool<PredictionEngine<ModelInput, ModelOutput>> pool;
    private readonly SentenceAct[] slots;

    private SentenceActModel(MLContext context, ITransformer transformer, TimeSpan started)
    {
        var stopwatch = Stopwatch.StartNew();
        var first = context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer);
        slots = ReadSlots(first);
        pool = new DefaultObjectPool<PredictionEngine<ModelInput, ModelOutput>>(
            new EnginePolicy(context, transformer),
            Math.Max(2, Environment.ProcessorCount * 2));
        pool.Return(first);
        LoadTime = started + stopwatch.Elapsed;
    }

    /// <summary>The built-in model, loaded from this assembly's resources on first use (once per process).</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or does not predict the three acts.</exception>
    public static SentenceActModel Default => LazyDefault.Value;

    /// <summary>Whether <see cref="Default"/> has been loaded in this process.</summary>
    public static bool IsDefaultLoaded => LazyDefault.IsValueCreated;

    /// <summary>How long loading took: reading the zip, building the transforms and the first prediction engine.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Loads a model saved by the trainer (an ML.NET model zip).</summary>
    /// <param name="stream">The zip; read to the end, not closed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream is not a model that predicts the three acts.</exception>
    public static SentenceActModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var stopwatch = Stopwatch.StartNew();
        var context = new MLContext(seed: 0);
        ITransformer transformer;
        try
        {
            transformer = context.Model.Load(stream, out _);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or IOException)
        {
            throw new InvalidDataException($"not an ML.NET sentence-act model: {ex.Message}", ex);
        }

        return new SentenceActModel(context, transformer, stopwatch.Elapsed);
    }

    /// <summary>Classifies one sentence (tokenized with <see cref="TextTokenizer"/>).</summary>
    /// <param name="sentence">The sentence text.</param>
    /// <returns>The most probable act, with its probability as the confidence.</returns>
    public ActDecision Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Classify(sentence, TextTokenizer.Tokenize(sentence));
    }

    /// <summary>Classifies one sentence of a turn.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>The most probable act, with its probability as the confidence.</returns>
    public ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        Span<float> probabilities = stackalloc float[3];
        Probabilities(text, tokens, probabilities);
        return ActClassification.ModelDecision(probabilities);
    }

    /// <summary>The probability of each act, indexed by <see cref="SentenceAct"/> value.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="probabilities">Receives three probabilities that add up to 1.</param>
    internal void Probabilities(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<float> probabilities)
    {
        var input = new ModelInput { Text = ToModelText(text, tokens) };
        var engine = pool.Get();
        float[] scores;
        try
        {
            scores = engine.Predict(input).Score ?? [];
        }
        finally
        {
            pool.Return(engine);
        }

        probabilities.Clear();
        for (var i = 0; i < slots.Length && i < scores.Length; i++)
        {
            probabilities[(int)slots[i]] = scores[i];
        }
    }

    /// <summary>The text the model sees: lower-cased words, numbers as one word, punctuation as words, boundary markers.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>For "Do you have 40 reps?": <c>xxbos do you have xxnum reps ? xxeos</c>.</returns>
    internal static string ToModelText(string sentence) => ToModelText(sentence, TextTokenizer.Tokenize(sentence));

    /// <summary>The text the model sees for a sentence of a turn.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>The model text.</returns>
    internal static string ToModelText(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(StartMarker);
        foreach (var token in tokens)
        {
            builder.Append(' ');
            if (token.Kind == TokenKind.Number)
            {
                builder.Append(NumberMarker);
                continue;
            }

            foreach (var c in text.Slice(token.Start, token.Length))
            {
                builder.Append(TextTokenizer.Fold(c));
            }
        }

        builder.Append(' ').Append(EndMarker);
        return builder.ToString();
    }

    private static SentenceActModel LoadEmbedded()
    {
        using var stream = typeof(SentenceActModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"the embedded model '{ResourceName}' is missing from {typeof(SentenceActModel).Assembly.GetName().Name}");
        return Load(stream);
    }

    private static SentenceAct[] ReadSlots(PredictionEngine<ModelInput, ModelOutput> engine)
    {
        var score = engine.OutputSchema.GetColumnOrNull("Score")
            ?? throw new InvalidDataException("the model has no 'Score' column");
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        try
        {
            score.GetSlotNames(ref names);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidDataException("the model's 'Score' column has no slot names (act labels)", ex);
        }

        var slots = new List<SentenceAct>();
        foreach (var name in names.DenseValues())
        {
            if (!Enum.TryParse<SentenceAct>(name.ToString(), ignoreCase: true, out var act) || !Enum.IsDefined(act))
            {
                throw new InvalidDataException($"the model predicts '{name}', which is not a sentence act");
            }

            slots.Add(act);
        }

        if (slots.Count != 3 || slots.Distinct().Count() != 3)
        {
            throw new InvalidDataException($"the model must predict the three acts, not [{string.Join(", ", slots)}]");
        }

        return [.. slots];
    }

    /// <summary>The model's input row.</summary>
    internal sealed class ModelInput
    {
        [ColumnName(TextColumn)]
        public string Text { get; set; } = string.Empty;
    }

    /// <summary>The model's output row: one probability per label slot.</summary>
    internal sealed class ModelOutput
    {
#pragma warning disable CA1819 // ML.NET writes the score vector into an array property.
        [ColumnName("Score")]
        public float[]? Score { get; set; }
#pragma warning restore CA1819
    }

    private sealed class EnginePolicy(MLContext context, ITransformer transformer) : PooledObjectPolicy<PredictionEngine<ModelInput, ModelOutput>>
    {
        public override PredictionEngine<ModelInput, ModelOutput> Create() => context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer);

        public override bool Return(PredictionEngine<ModelInput, ModelOutput> obj) => true;
    }
}
