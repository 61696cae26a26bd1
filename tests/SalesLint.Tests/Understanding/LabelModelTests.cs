using SalesLint.Understanding;

namespace SalesLint.Tests.Understanding;

public sealed class LabelModelTests
{
    [Test]
    public void Default_Loaded_PredictsEveryLearnedLabel()
    {
        var model = LabelModel.Default;

        model.Labels.Should().Equal(SemanticLabels.Learned);
        model.LoadTime.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [TestCase("Our last software rollout was a disaster.", SemanticLabel.Problem)]
    [TestCase("we need something that plugs into hubspot", SemanticLabel.Need)]
    [TestCase("I'm usually interested in action movies.", SemanticLabel.Need)]
    [TestCase("yeah so we're aiming to get the whole team onboarded by march", SemanticLabel.Goal)]
    [TestCase("does it support single sign on", SemanticLabel.Product)]
    [TestCase("what kind of movies do you usually like", SemanticLabel.Discovery)]
    [TestCase("i'll run it by my boss tonight and get back to you tomorrow", SemanticLabel.Commitment)]
    [TestCase("so if i'm hearing you right the real issue is visibility not headcount", SemanticLabel.Reflection)]
    public void Probabilities_HeldOutSentence_HasItsLabel(string sentence, SemanticLabel label)
    {
        var model = LabelModel.Default;

        var p = model.Probabilities(sentence);

        p[model.Labels.ToList().IndexOf(label)].Should().BeGreaterThanOrEqualTo((float)SentenceLabels.DefaultMinConfidence);
    }

    [TestCase("hi how are you doing today")]
    [TestCase("the movie stars tom hanks as a pilot")]
    [TestCase("mm-hmm")]
    public void Probabilities_SmallTalk_HasNoLabel(string sentence)
    {
        LabelModel.Default.Probabilities(sentence).Should().OnlyContain(p => p < SentenceLabels.DefaultMinConfidence);
    }

    [Test]
    public void Probabilities_PunctuatedAndStripped_AgreeOnTheLabel()
    {
        var model = LabelModel.Default;
        var problem = model.Labels.ToList().IndexOf(SemanticLabel.Problem);

        var punctuated = model.Probabilities("Our last software rollout was a disaster.")[problem];
        var stripped = model.Probabilities("our last software rollout was a disaster")[problem];

        stripped.Should().BeApproximately(punctuated, 1e-6f, "only '?' of the punctuation is a feature, and case is folded");
    }

    [Test]
    public void Load_WrongHeader_IsInvalidData()
    {
        var act = () => LabelModel.Load(new MemoryStream("not a model at all"u8.ToArray()));

        act.Should().Throw<InvalidDataException>().WithMessage("*wrong header*");
    }

    [Test]
    public void Load_TruncatedModel_IsInvalidData()
    {
        using var resource = typeof(LabelModel).Assembly.GetManifestResourceStream(LabelModel.ResourceName)!;
        var bytes = new byte[200];
        resource.ReadExactly(bytes);

        var act = () => LabelModel.Load(new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
    }

    [TestCase(2, TestName = "Load_CutInsideTheLastWeight_IsInvalidData")]
    [TestCase(4 * 9, TestName = "Load_CutInsideTheLastRowsBucket_IsInvalidData")]
    public void Load_CutInsideTheWeightRows_IsInvalidData(int bytesCut)
    {
        // The rows are read in one block: a model cut anywhere inside them is still reported as truncated.
        using var resource = typeof(LabelModel).Assembly.GetManifestResourceStream(LabelModel.ResourceName)!;
        var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        var cut = bytes.ToArray()[..^bytesCut];

        var act = () => LabelModel.Load(new MemoryStream(cut));

        act.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
    }

    [Test]
    public void Load_WrittenModel_PredictsWithEveryWeightAsWritten()
    {
        // A model whose rows are the buckets of one sentence, each weight different: its probabilities are those the
        // written weights give, so every bucket and weight was read back in place.
        const string sentence = "we need a cheaper plan before the renewal";
        var buckets = new List<int>();
        LabelFeatures.Extract(sentence, SalesLint.Tokenization.TextTokenizer.Tokenize(sentence), [], buckets);
        var labels = SemanticLabels.Learned.ToList();
        var rows = new SortedDictionary<int, float[]>();
        foreach (var bucket in buckets.Distinct())
        {
            rows[bucket] = [.. labels.Select((_, l) => ((rows.Count % 3) - 1) * (0.375f + (0.0625f * l)) / (rows.Count + 1))];
        }

        rows[LabelFeatures.BucketCount - 1] = [.. labels.Select(_ => 100f)]; // a row the sentence does not have
        var biases = labels.Select((_, l) => (l * 0.25f) - 1f).ToList();
        using var written = new MemoryStream();
        LabelModel.Write(written, labels, biases, rows);
        written.Position = 0;

        var probabilities = LabelModel.Load(written).Probabilities(sentence);

        buckets.Should().HaveCountGreaterThan(5);
        for (var l = 0; l < labels.Count; l++)
        {
            var score = 0f;
            foreach (var bucket in buckets)
            {
                score += rows[bucket][l];
            }

            var expected = 1f / (1f + MathF.Exp(-((score * LabelFeatures.Scale(buckets.Count)) + biases[l])));
            probabilities[l].Should().Be(expected, $"label {labels[l]}");
        }
    }
}
