using SalesLint.Tokenization;
using SalesLint.Trainer;

namespace SalesLint.Tests.Trainer;

public sealed class BoundaryTrainerTests
{
    private static readonly string DataFolder = Path.GetFullPath(Path.Combine(TestSupport.RepositoryRoot, "..", "shared", "data"));

    private static readonly string InputsFile = ModelInputs.PathFor(Path.Combine(TestSupport.RepositoryRoot, "src", "SalesLint", "Tokenization", "Model", "sentence-boundaries.bin"));

    [Test]
    public void Run_FromTheRepositoryData_ReproducesTheEmbeddedModel()
    {
        if (!File.Exists(Path.Combine(DataFolder, "persuasionforgood", "annotated_units.csv")) || !Directory.Exists(Path.Combine(DataFolder, "casino")))
        {
            Assert.Ignore($"the shared data is not at {DataFolder}");
        }

        var output = Path.Combine(Path.GetTempPath(), $"saleslint-boundaries-{Guid.NewGuid():N}.bin");
        try
        {
            var code = BoundaryTrainer.Run(["--out", output, "--data", DataFolder], TestSupport.RepositoryRoot);

            code.Should().Be(0);
            using var stream = typeof(SentenceBoundaryModel).Assembly.GetManifestResourceStream(SentenceBoundaryModel.ResourceName)!;
            using var embedded = new MemoryStream();
            stream.CopyTo(embedded);
            File.ReadAllBytes(output).Should().Equal(embedded.ToArray(), "rerun `dotnet run -c Release --project src/SalesLint.Trainer -- boundaries` after changing its data or code");
            File.ReadAllText(ModelInputs.PathFor(output)).Should().Be(File.ReadAllText(InputsFile).ReplaceLineEndings("\n"), "the trainer writes the fingerprint the model is committed with");
        }
        finally
        {
            File.Delete(output);
            File.Delete(ModelInputs.PathFor(output));
        }
    }

    [Test]
    public void Inputs_OfTheEmbeddedModel_AreTheRepositoryInputs()
    {
        // Needs no shared data: the model must be retrained whenever its written sentences or features change.
        var committed = File.ReadAllText(InputsFile).ReplaceLineEndings("\n");

        var current = ModelInputs.Boundaries(TestSupport.RepositoryRoot);

        if (current != committed)
        {
            var changed = current.Split('\n').Except(committed.Split('\n'), StringComparer.Ordinal).Where(l => l.Length > 0);
            Assert.Fail($"the sentence-boundary model's inputs changed since it was trained ({string.Join("; ", changed)}): rerun `dotnet run -c Release --project src/SalesLint.Trainer -- boundaries` and commit sentence-boundaries.bin with {Path.GetFileName(InputsFile)}");
        }
    }

    [Test]
    public void Build_PunctuatedTurn_MarksWhereEachSentenceAndQuestionStarts()
    {
        var turn = BoundaryTrainer.Build("We use HubSpot, mostly. How many reps do you have? Great!", "test", Split.Train);

        turn.Should().NotBeNull();
        turn!.Words.Should().HaveCount(11);
        turn.Words[0].Should().Be(BoundaryFeatures.WordHash("we"));
        turn.Starts.Should().Equal(0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1);
    }

    [Test]
    public void Build_OneWord_GivesNoTurn()
    {
        BoundaryTrainer.Build("Hi!", "test", Split.Train).Should().BeNull();
    }
}
