using SalesLint.Rules;
using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Tests.Trainer;

public sealed class LabelTrainerTests
{
    private const string RetrainCommand = "dotnet run -c Release --project src/SalesLint.Trainer -- labels";

    private static readonly string InputsFile = ModelInputs.PathFor(Path.Combine(TestSupport.RepositoryRoot, "src", "SalesLint", "Understanding", "Model", "sentence-labels.bin"));

    private static string DataFile(string name) => Path.Combine(TestSupport.RepositoryRoot, "src", "SalesLint.Trainer", "data", name);

    [Test]
    public void Run_FromTheRepositoryData_ReproducesTheEmbeddedModel()
    {
        using var embedded = typeof(LabelModel).Assembly.GetManifestResourceStream(LabelModel.ResourceName)!;

        ModelReproduction.AssertReproduces(LabelTrainer.Run, embedded, InputsFile, RetrainCommand);
    }

    [Test]
    public void Inputs_OfTheEmbeddedModel_AreTheRepositoryInputs()
    {
        // Needs no shared data: the model must be retrained whenever a lexicon, the written training sentences or the
        // features change (the test above, which retrains, is skipped where ../shared/data is absent).
        var current = ModelInputs.Labels(TestSupport.RepositoryRoot);

        ModelReproduction.AssertInputsCurrent(current, InputsFile, "label model", LabelModel.ResourceName.Split('/')[^1], RetrainCommand);
    }

    [Test]
    public void Inputs_LabelFiles_HoldEveryBuiltInLexicon()
    {
        var files = ModelInputs.LabelFiles(TestSupport.RepositoryRoot);

        RuleSet.LoadBuiltIn().Lexicons.Select(l => $"rules/lexicons/{l.Name}.yaml").Should().BeSubsetOf(files, "the label features name the built-in lexicons, so the fingerprint must cover each one's file");
    }

    [Test]
    public void ReadWritten_SpokenSalesTestSet_IsDisjointFromTheTrainingSentences()
    {
        var train = LabelData.ReadWritten(DataFile("understanding-train.tsv"), LabelSplit.Train).Select(e => LabelData.Strip(e.Text)).ToHashSet(StringComparer.Ordinal);

        var test = LabelData.ReadWritten(DataFile("spoken-sales-test.tsv"), LabelSplit.Test);

        test.Should().HaveCountGreaterThan(200);
        test.Where(e => train.Contains(LabelData.Strip(e.Text))).Select(e => e.Text).Should().BeEmpty("held-out sentences are never trained on");
        foreach (var label in new[] { SemanticLabel.Goal, SemanticLabel.Problem, SemanticLabel.Need, SemanticLabel.Product })
        {
            test.Count(e => e.Positive.Contains(label)).Should().BeGreaterThan(10, $"the set measures {label}");
        }
    }
}
