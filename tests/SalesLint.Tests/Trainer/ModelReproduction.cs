using SalesLint.Trainer;

namespace SalesLint.Tests.Trainer;

/// <summary>
/// The checks every embedded model shares: the trainer run on the repository's data gives the embedded bytes and the
/// committed input fingerprint, and the fingerprint of today's inputs is the committed one.
/// </summary>
internal static class ModelReproduction
{
    /// <summary>Where the shared data lies beside the repository (`../shared/data`).</summary>
    public static readonly string DataFolder = Path.GetFullPath(Path.Combine(TestSupport.RepositoryRoot, "..", "shared", "data"));

    /// <summary>
    /// Runs <paramref name="train"/> (a trainer's <c>Run</c>) into a temporary file and asserts it writes the embedded
    /// model's bytes and the committed fingerprint; ignored where the shared data is absent.
    /// </summary>
    public static void AssertReproduces(Func<string[], string, int> train, Stream embeddedModel, string inputsFile, string retrainCommand)
    {
        if (!File.Exists(Path.Combine(DataFolder, "persuasionforgood", "annotated_units.csv")) || !Directory.Exists(Path.Combine(DataFolder, "casino")))
        {
            Assert.Ignore($"the shared data is not at {DataFolder}");
        }

        var output = Path.Combine(Path.GetTempPath(), $"saleslint-model-{Guid.NewGuid():N}.bin");
        try
        {
            var code = train(["--out", output, "--data", DataFolder], TestSupport.RepositoryRoot);

            code.Should().Be(0);
            using var embedded = new MemoryStream();
            embeddedModel.CopyTo(embedded);
            File.ReadAllBytes(output).Should().Equal(embedded.ToArray(), $"rerun `{retrainCommand}` after changing its data or code");
            File.ReadAllText(ModelInputs.PathFor(output)).Should().Be(File.ReadAllText(inputsFile).ReplaceLineEndings("\n"), "the trainer writes the fingerprint the model is committed with");
        }
        finally
        {
            File.Delete(output);
            File.Delete(ModelInputs.PathFor(output));
        }
    }

    /// <summary>
    /// Asserts the fingerprint of the model's inputs today (<paramref name="current"/>) is the committed one, naming the
    /// changed lines and the command that retrains; needs no shared data.
    /// </summary>
    public static void AssertInputsCurrent(string current, string inputsFile, string model, string modelFile, string retrainCommand)
    {
        var committed = File.ReadAllText(inputsFile).ReplaceLineEndings("\n");
        if (current != committed)
        {
            var changed = current.Split('\n').Except(committed.Split('\n'), StringComparer.Ordinal).Where(l => l.Length > 0);
            Assert.Fail($"the {model}'s inputs changed since it was trained ({string.Join("; ", changed)}): rerun `{retrainCommand}` and commit {modelFile} with {Path.GetFileName(inputsFile)}");
        }
    }
}
