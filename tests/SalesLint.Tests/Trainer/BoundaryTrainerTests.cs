using SalesLint.Tokenization;
using SalesLint.Trainer;

namespace SalesLint.Tests.Trainer;

public sealed class BoundaryTrainerTests
{
    private const string RetrainCommand = "dotnet run -c Release --project src/SalesLint.Trainer -- boundaries";

    private static readonly string InputsFile = ModelInputs.PathFor(Path.Combine(TestSupport.RepositoryRoot, "src", "SalesLint", "Tokenization", "Model", "sentence-boundaries.bin"));

    [Test]
    public void Run_FromTheRepositoryData_ReproducesTheEmbeddedModel()
    {
        using var embedded = typeof(SentenceBoundaryModel).Assembly.GetManifestResourceStream(SentenceBoundaryModel.ResourceName)!;

        ModelReproduction.AssertReproduces(BoundaryTrainer.Run, embedded, InputsFile, RetrainCommand);
    }

    [Test]
    public void Inputs_OfTheEmbeddedModel_AreTheRepositoryInputs()
    {
        // Needs no shared data: the model must be retrained whenever its written sentences or features change.
        var current = ModelInputs.Boundaries(TestSupport.RepositoryRoot);

        ModelReproduction.AssertInputsCurrent(current, InputsFile, "sentence-boundary model", "sentence-boundaries.bin", RetrainCommand);
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
