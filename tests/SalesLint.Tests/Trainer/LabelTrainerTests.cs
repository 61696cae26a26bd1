using SalesLint.Rules;
using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Tests.Trainer;

public sealed class LabelTrainerTests
{
    private static readonly string DataFolder = Path.GetFullPath(Path.Combine(TestSupport.RepositoryRoot, "..", "shared", "data"));

    private static readonly string InputsFile = ModelInputs.PathFor(Path.Combine(TestSupport.RepositoryRoot, "src", "SalesLint", "Understanding", "Model", "sentence-labels.bin"));

    private static string DataFile(string name) => Path.Combine(TestSupport.RepositoryRoot, "src", "SalesLint.Trainer", "data", name);

    [Test]
    public void Run_FromTheRepositoryData_ReproducesTheEmbeddedModel()
    {
        if (!File.Exists(Path.Combine(DataFolder, "persuasionforgood", "annotated_units.csv")) || !Directory.Exists(Path.Combine(DataFolder, "casino")))
        {
            Assert.Ignore($"the shared data is not at {DataFolder}");
        }

        var output = Path.Combine(Path.GetTempPath(), $"saleslint-labels-{Guid.NewGuid():N}.bin");
        try
        {
            var code = LabelTrainer.Run(["--out", output, "--data", DataFolder], TestSupport.RepositoryRoot);

            code.Should().Be(0);
            using var stream = typeof(LabelModel).Assembly.GetManifestResourceStream(LabelModel.ResourceName)!;
            using var embedded = new MemoryStream();
            stream.CopyTo(embedded);
            File.ReadAllBytes(output).Should().Equal(embedded.ToArray(), "rerun `dotnet run -c Release --project src/SalesLint.Trainer -- labels` after changing its data or code");
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
        // Needs no shared data: the model must be retrained whenever a lexicon, the written training sentences or the
        // features change (the test above, which retrains, is skipped where ../shared/data is absent).
        var committed = File.ReadAllText(InputsFile).ReplaceLineEndings("\n");

        var current = ModelInputs.Labels(TestSupport.RepositoryRoot);

        if (current != committed)
        {
            var changed = current.Split('\n').Except(committed.Split('\n'), StringComparer.Ordinal).Where(l => l.Length > 0);
            Assert.Fail($"the label model's inputs changed since it was trained ({string.Join("; ", changed)}): rerun `dotnet run -c Release --project src/SalesLint.Trainer -- labels` and commit {LabelModel.ResourceName.Split('/')[^1]} with {Path.GetFileName(InputsFile)}");
        }
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
