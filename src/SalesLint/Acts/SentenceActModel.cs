using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// Thread-safe: a scoring row is not, so each call borrows one from a pool and returns it.
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

    private readonly ObjectPool<Scorer> pool;
    private readonly SentenceAct[] slots;

    private SentenceActModel(ITransformer transformer, TimeSpan started)
    {
        var stopwatch = Stopwatch.StartNew();
        var first = new Scorer(transformer);
        slots = ReadSlots(first.ScoreColumn);
        pool = new DefaultObjectPool<Scorer>(new ScorerPolicy(transformer), Math.Max(2, Environment.ProcessorCount * 2));
        pool.Return(first);
        LoadTime = started + stopwatch.Elapsed;
    }

    /// <summary>The built-in model, loaded from this assembly's resources on first use (once per process).</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or does not predict the three acts.</exception>
    public static SentenceActModel Default => LazyDefault.Value;

    /// <summary>Whether <see cref="Default"/> has been loaded in this process.</summary>
    public static bool IsDefaultLoaded => LazyDefault.IsValueCreated;

    /// <summary>How long loading took: reading the zip, building the transforms and the first scoring row.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Loads a model saved by the trainer (an ML.NET model zip).</summary>
    /// <param name="stream">The zip; read to the end, not closed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The stream is not a model that predicts the three acts.</exception>
    public static SentenceActModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var stopwatch = Stopwatch.StartNew();
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            // Native AOT: ML.NET asks Marshal.SizeOf of the key types; these calls keep their layout data in the image
            // (the compiler recognizes the typeof form).
#pragma warning disable CA2263
            GC.KeepAlive(Marshal.SizeOf(typeof(byte)) + Marshal.SizeOf(typeof(ushort)) + Marshal.SizeOf(typeof(uint)) + Marshal.SizeOf(typeof(ulong)));
#pragma warning restore CA2263
        }

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

        return new SentenceActModel(transformer, stopwatch.Elapsed);
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
        var scorer = pool.Get();
        try
        {
            var scores = scorer.Score(ToModelText(text, tokens));
            probabilities.Clear();
            for (var i = 0; i < slots.Length && i < scores.Length; i++)
            {
                probabilities[(int)slots[i]] = scores[i];
            }
        }
        finally
        {
            pool.Return(scorer);
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

    private static SentenceAct[] ReadSlots(DataViewSchema.Column score)
    {
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

    /// <summary>
    /// One input row and the model's output row read from it: what ML.NET's <c>PredictionEngine</c> does, without the
    /// field accessors it generates at run time (<c>System.Reflection.Emit</c>, which a Native AOT build cannot run).
    /// Not thread-safe: the model keeps a pool of them.
    /// </summary>
    [SuppressMessage("Reliability", "CA1001", Justification = "The rows hold managed memory only and live as long as the model (the process).")]
    private sealed class Scorer
    {
        private static readonly DataViewSchema InputSchema = CreateInputSchema();

        private readonly TextRow input = new(InputSchema);
        private readonly ValueGetter<VBuffer<float>> score;
        private VBuffer<float> values;

        public Scorer(ITransformer transformer)
        {
            var mapper = transformer.GetRowToRowMapper(InputSchema);
            ScoreColumn = mapper.OutputSchema.GetColumnOrNull("Score")
                ?? throw new InvalidDataException("the model has no 'Score' column");

            // Only the score is computed; the row lives as long as the pool holds this scorer (the process).
            var output = mapper.GetRow(input, [ScoreColumn]);
            score = output.GetGetter<VBuffer<float>>(output.Schema[ScoreColumn.Name]);
        }

        /// <summary>The model's score column, with the act labels as slot names.</summary>
        public DataViewSchema.Column ScoreColumn { get; }

        /// <summary>Scores one model text.</summary>
        /// <param name="text">The text made by <see cref="ToModelText(string)"/>.</param>
        /// <returns>One probability per slot, valid until the next call.</returns>
        public ReadOnlySpan<float> Score(string text)
        {
            input.Advance(text);
            score(ref values);
            return values.IsDense ? values.GetValues() : values.DenseValues().ToArray();
        }

        private static DataViewSchema CreateInputSchema()
        {
            var builder = new DataViewSchema.Builder();
            builder.AddColumn(TextColumn, TextDataViewType.Instance);
            return builder.ToSchema();
        }
    }

    /// <summary>The input row: one text column whose value changes with each sentence (each at a new position).</summary>
    private sealed class TextRow : DataViewRow
    {
        private readonly ValueGetter<ReadOnlyMemory<char>> getter;
        private readonly ValueGetter<DataViewRowId> idGetter;
        private ReadOnlyMemory<char> text;
        private long position = -1;

        public TextRow(DataViewSchema schema)
        {
            Schema = schema;
            getter = (ref ReadOnlyMemory<char> value) => value = text;
            idGetter = (ref DataViewRowId value) => value = new DataViewRowId((ulong)position, 0);
        }

        public override long Position => position;

        public override long Batch => 0;

        public override DataViewSchema Schema { get; }

        public void Advance(string value)
        {
            text = value.AsMemory();
            position++;
        }

        public override bool IsColumnActive(DataViewSchema.Column column) => column.Index == 0;

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) =>
            column.Index == 0 && getter is ValueGetter<TValue> typed
                ? typed
                : throw new InvalidOperationException($"the input row has no column {column.Name} of type {typeof(TValue).Name}");

        public override ValueGetter<DataViewRowId> GetIdGetter() => idGetter;
    }

    private sealed class ScorerPolicy(ITransformer transformer) : PooledObjectPolicy<Scorer>
    {
        public override Scorer Create() => new(transformer);

        public override bool Return(Scorer obj) => true;
    }
}
