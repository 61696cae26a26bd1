using System.Buffers;
using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Trainer;

namespace SalesLint.Tests.Trainer;

public sealed class ModelTrainerTests
{
    private static readonly string DataFolder = Path.GetFullPath(Path.Combine(TestSupport.RepositoryRoot, "..", "shared", "data"));

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(".,?!;:\"");

    private static string SpokenFile => Path.Combine(TestSupport.RepositoryRoot, "src", "SalesLint.Trainer", "data", "spoken-acts.tsv");

    private static string SalesFile => Path.Combine(TestSupport.RepositoryRoot, "src", "SalesLint.Trainer", "data", "sales-sentences.tsv");

    [Test]
    public void Train_SameSentencesAndSeed_GivesTheSameBytes()
    {
        var sentences = SalesSentences.Read(SpokenFile, "spoken").Where((s, i) => s.Split == Split.Train && i % 5 == 0).ToList();
        sentences.Select(s => s.Act).Distinct().Should().HaveCount(3);

        var first = ModelTrainer.Train(sentences, seed: 1);
        var second = ModelTrainer.Train(sentences, seed: 1);
        var fewer = ModelTrainer.Train(sentences.Skip(1).ToList(), seed: 1);

        second.Should().Equal(first);
        fewer.Should().NotEqual(first, "the comparison must be able to fail");
    }

    [Test]
    public void Rows_StrippedVariant_HasNoPunctuationForTheModelToSee()
    {
        var sentences = SalesSentences.Read(SalesFile).Where(s => s.Split == Split.Train).ToList();

        var rows = ModelTrainer.Rows(sentences);

        var questionsWithMark = sentences.Where(s => s.Act == SentenceAct.Question && s.Text.EndsWith('?')).ToList();
        questionsWithMark.Should().NotBeEmpty();
        foreach (var sentence in questionsWithMark)
        {
            var stripped = SentenceActModel.ToModelText(Splits.Strip(sentence.Text));
            stripped.Should().NotContain("?");
            rows.Should().Contain((stripped, nameof(SentenceAct.Question)), "each sentence is also trained stripped, as speech recognition writes it");
        }
    }

    [Test]
    public void Read_SpokenSentences_AreLowerCaseWithoutPunctuationAndCoverEveryAct()
    {
        var sentences = SalesSentences.Read(SpokenFile, "spoken");

        sentences.Should().HaveCountGreaterThan(800);
        sentences.Should().OnlyContain(s => s.Corpus == "spoken" && IsSpokenStyle(s.Text));
        sentences.Select(s => s.Act).Distinct().Should().BeEquivalentTo([SentenceAct.Question, SentenceAct.Statement, SentenceAct.Other]);
    }

    [Test]
    public void Train_FromTheRepositoryData_ReproducesTheEmbeddedModel()
    {
        var persuasion = Path.Combine(DataFolder, "persuasionforgood", "annotated_units.csv");
        var casino = Path.Combine(DataFolder, "casino", "split");
        if (!File.Exists(persuasion) || !Directory.Exists(casino))
        {
            Assert.Ignore($"the shared data is not at {DataFolder}");
        }

        var all = ModelTrainer.ReadAll(persuasion, casino, SalesFile, SpokenFile);

        var bytes = ModelTrainer.Train([.. all.Where(s => s.Split == Split.Train)], ModelTrainer.DefaultSeed);

        using var stream = typeof(SentenceActModel).Assembly.GetManifestResourceStream(SentenceActModel.ResourceName)!;
        using var embedded = new MemoryStream();
        stream.CopyTo(embedded);
        bytes.Should().Equal(embedded.ToArray(), "rerun `dotnet run -c Release --project src/SalesLint.Trainer` after changing its data or code");
    }

    private static bool IsSpokenStyle(string text) => !text.Any(char.IsUpper) && !text.AsSpan().ContainsAny(Punctuation);
}
