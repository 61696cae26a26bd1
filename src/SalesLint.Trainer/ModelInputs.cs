using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SalesLint.Tokenization;
using SalesLint.Understanding;

namespace SalesLint.Trainer;

/// <summary>
/// The fingerprint of the repository files a model is trained from, written next to the model (<c>NAME.inputs</c>):
/// a feature-version line and the sha256 of each input file (line endings read as LF). The shared corpora
/// (../shared/data) are not in it: the tests that retrain from them are skipped where they are absent, while a unit
/// test recomputes this fingerprint from the repository alone, so a lexicon or training sentence changed without
/// retraining is caught everywhere.
/// </summary>
internal static class ModelInputs
{
    /// <summary>The fingerprint file of a model file: the same name with <c>.inputs</c> for its extension.</summary>
    /// <param name="model">The model file.</param>
    /// <returns>The fingerprint file.</returns>
    public static string PathFor(string model) => Path.ChangeExtension(model, ".inputs");

    /// <summary>
    /// The repository inputs of the sentence-label model: the built-in lexicons its features name (every file of
    /// <c>rules/lexicons</c>) and its written training sentences.
    /// </summary>
    /// <param name="root">The repository root.</param>
    /// <returns>Paths relative to <paramref name="root"/>, with <c>/</c>.</returns>
    public static IReadOnlyList<string> LabelFiles(string root) =>
    [
        .. Directory.EnumerateFiles(Path.Combine(root, "rules", "lexicons"), "*.yaml")
            .Select(f => "rules/lexicons/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal),
        "src/SalesLint.Trainer/data/understanding-train.tsv",
    ];

    /// <summary>The repository inputs of the sentence-boundary model: its written sentences.</summary>
    /// <returns>Paths relative to the repository root, with <c>/</c>.</returns>
    public static IReadOnlyList<string> BoundaryFiles() =>
    [
        "src/SalesLint.Trainer/data/spoken-acts.tsv",
        "src/SalesLint.Trainer/data/sales-sentences.tsv",
    ];

    /// <summary>The fingerprint of the sentence-label model's repository inputs.</summary>
    /// <param name="root">The repository root.</param>
    /// <returns>The text of its <c>.inputs</c> file.</returns>
    public static string Labels(string root) =>
        Fingerprint(root, "sentence-labels.bin", "labels", LabelFeatures.Version, LabelFiles(root));

    /// <summary>The fingerprint of the sentence-boundary model's repository inputs.</summary>
    /// <param name="root">The repository root.</param>
    /// <returns>The text of its <c>.inputs</c> file.</returns>
    public static string Boundaries(string root) =>
        Fingerprint(root, "sentence-boundaries.bin", "boundaries", BoundaryFeatures.Version, BoundaryFiles());

    /// <summary>The fingerprint text: two comment lines, the feature version, then one line per file.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="model">The model's file name.</param>
    /// <param name="command">The trainer command that rebuilds it.</param>
    /// <param name="featureVersion">The version of the features it reads.</param>
    /// <param name="files">The input files, relative to <paramref name="root"/>.</param>
    /// <returns>The text, LF line endings.</returns>
    internal static string Fingerprint(string root, string model, string command, int featureVersion, IEnumerable<string> files)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# The repository inputs {model} was trained from (sha256, LF line endings). Written by\n");
        text.Append(CultureInfo.InvariantCulture, $"# `dotnet run -c Release --project src/SalesLint.Trainer -- {command}`; checked by the tests.\n");
        text.Append(CultureInfo.InvariantCulture, $"features {featureVersion}\n");
        foreach (var file in files)
        {
            text.Append(CultureInfo.InvariantCulture, $"{file} {Hash(Path.Combine(root, file))}\n");
        }

        return text.ToString();
    }

    /// <summary>The sha256 of a text file with CR LF read as LF (a Windows checkout hashes as a Linux one).</summary>
    /// <param name="path">The file.</param>
    /// <returns>Lower-case hex.</returns>
    internal static string Hash(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var normalized = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n')
            {
                continue;
            }

            normalized.Add(bytes[i]);
        }

        return Convert.ToHexString(SHA256.HashData(normalized.ToArray())).ToLowerInvariant();
    }
}
