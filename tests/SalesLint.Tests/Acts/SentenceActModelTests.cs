using Microsoft.ML;
using Microsoft.ML.Data;
using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts;

public sealed class SentenceActModelTests
{
    [Test]
    public void Default_EmbeddedModel_LoadsOnceWithItsLoadTime()
    {
        var model = SentenceActModel.Default;

        model.Should().BeSameAs(SentenceActModel.Default);
        SentenceActModel.IsDefaultLoaded.Should().BeTrue();
        model.LoadTime.Should().BePositive();
    }

    [Test]
    public void Default_EmbeddedResource_IsASmallModelZip()
    {
        using var stream = typeof(SentenceActModel).Assembly.GetManifestResourceStream(SentenceActModel.ResourceName);

        stream.Should().NotBeNull();
        stream!.Length.Should().BeInRange(10_000, 4_000_000);
    }

    [TestCase("how many people are on your finance team")]
    [TestCase("do you currently use any forecasting software")]
    [TestCase("what would you like to get out of this call")]
    [TestCase("Are you the person who approves new tools?")]
    [TestCase("so when does the contract with your current vendor run out")]
    public void Classify_ObviousQuestions_AreQuestions(string text) => AssertAct(text, SentenceAct.Question);

    [TestCase("we have about twenty people on the finance team")]
    [TestCase("our software connects to your crm in a single afternoon")]
    [TestCase("I will send you the contract tomorrow morning.")]
    [TestCase("the renewal is in october and the budget is already approved")]
    public void Classify_ObviousStatements_AreStatements(string text) => AssertAct(text, SentenceAct.Statement);

    [TestCase("thank you so much")]
    [TestCase("Hello!")]
    [TestCase("yeah")]
    [TestCase("mm hmm")]
    public void Classify_Backchannels_AreOther(string text) => AssertAct(text, SentenceAct.Other);

    [Test]
    public void Classify_AnySentence_GivesAProbabilityAndTheModelSource()
    {
        var decision = SentenceActModel.Default.Classify("we could start the pilot next month");

        decision.Source.Should().Be(SentenceActModel.SourceName);
        decision.Reason.Should().Be("learned");
        decision.Confidence.Should().BeInRange(1.0 / 3, 1.0);
    }

    [Test]
    public void Probabilities_AnySentence_AddUpToOne()
    {
        const string text = "okay and how far off have you been the last couple of quarters";
        Span<float> probabilities = stackalloc float[3];

        SentenceActModel.Default.Probabilities(text, TextTokenizer.Tokenize(text), probabilities);

        probabilities.ToArray().Sum().Should().BeApproximately(1f, 0.001f);
        probabilities[(int)SentenceAct.Question].Should().BeGreaterThan(probabilities[(int)SentenceAct.Statement]);
    }

    [Test]
    public void Classify_ManyThreads_SameResultsAsSequential()
    {
        var model = SentenceActModel.Default;
        var sentences = Enumerable.Range(0, 400).Select(i => (i % 4) switch
        {
            0 => $"how many of the {i} accounts renew this year",
            1 => $"we have {i} reps across three regions",
            2 => i % 8 == 2 ? "yeah" : "thanks so much",
            _ => $"could you walk me through deal number {i}",
        }).ToArray();
        var sequential = sentences.Select(model.Classify).ToArray();

        var parallel = new ActDecision[sentences.Length];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var round = 0; round < 3; round++)
            {
                for (var i = t; i < sentences.Length; i += 8)
                {
                    parallel[i] = model.Classify(sentences[i]);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        parallel.Should().Equal(sequential);
    }

    [Test]
    public void Load_NotAModel_ThrowsInvalidDataException()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5]);

        var load = () => SentenceActModel.Load(stream);

        load.Should().Throw<InvalidDataException>().WithMessage("*not an ML.NET sentence-act model*");
    }

    [Test]
    public void Load_EmbeddedModelBytes_ClassifiesLikeTheDefault()
    {
        using var stream = typeof(SentenceActModel).Assembly.GetManifestResourceStream(SentenceActModel.ResourceName)!;

        var model = SentenceActModel.Load(stream);

        model.Classify("what keeps you up at night").Should().Be(SentenceActModel.Default.Classify("what keeps you up at night"));
    }

    [TestCase("how many people are on your finance team")]
    [TestCase("So we talked about the budget.")]
    [TestCase("yeah")]
    [TestCase("and the price is more than we budgeted for this quarter, right?")]
    [TestCase("")]
    public void Probabilities_AnySentence_SameAsTheMlNetPredictionEngine(string text)
    {
        // The model scores through its own input row (no run-time code generation, so a Native AOT build can run it);
        // ML.NET's PredictionEngine over the same transformer is the reference, to the last bit.
        using var stream = typeof(SentenceActModel).Assembly.GetManifestResourceStream(SentenceActModel.ResourceName)!;
        var context = new MLContext(seed: 0);
        var transformer = context.Model.Load(stream, out _);
        var engine = context.Model.CreatePredictionEngine<ReferenceInput, ReferenceOutput>(transformer);
        var tokens = TextTokenizer.Tokenize(text);
        var expected = engine.Predict(new ReferenceInput { Text = SentenceActModel.ToModelText(text) }).Score!;
        var slots = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema["Score"].GetSlotNames(ref slots);
        var acts = slots.DenseValues().Select(name => Enum.Parse<SentenceAct>(name.ToString())).ToArray();

        var actual = new float[3];
        SentenceActModel.Default.Probabilities(text, tokens, actual);
        var again = new float[3];
        SentenceActModel.Default.Probabilities(text, tokens, again);

        for (var i = 0; i < acts.Length; i++)
        {
            BitConverter.SingleToInt32Bits(actual[(int)acts[i]]).Should().Be(BitConverter.SingleToInt32Bits(expected[i]), $"{acts[i]} of '{text}'");
        }

        again.Should().Equal(actual);
    }

    [Test]
    public void ToModelText_Sentence_LowerCasesMarksBoundariesAndNumbers()
    {
        SentenceActModel.ToModelText("Do you have 40 reps, Dana’s team?")
            .Should().Be("xxbos do you have xxnum reps , dana's team ? xxeos");
    }

    public sealed class ReferenceInput
    {
        [ColumnName(SentenceActModel.TextColumn)]
        public string Text { get; set; } = string.Empty;
    }

    public sealed class ReferenceOutput
    {
        [ColumnName("Score")]
        public float[]? Score { get; set; }
    }

    private static void AssertAct(string text, SentenceAct expected)
    {
        var decision = SentenceActModel.Default.Classify(text);

        decision.Act.Should().Be(expected, $"'{text}' was classified with confidence {decision.Confidence}");
    }
}
