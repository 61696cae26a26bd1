using SalesLint.Output;

namespace SalesLint.Tests.Output;

/// <summary>GitHub's primaryLocationLineHash, as github/codeql-action's upload step computes it.</summary>
public sealed class SourceLineHashesTests
{
    [Test]
    public void Compute_MixedText_MatchesGitHubsAlgorithm()
    {
        // A BOM, CRLF, CR and LF line ends, a tab, a line longer than the 100-character window, two lines whose windows are
        // identical (so the second gets ':2'), and characters beyond ASCII and the BMP.
        var text = "\uFEFFWEBVTT\r\n\r\nNOTE seller: Dana\r\n\r\n00:00:01.000 --> 00:00:04.000\r\n<v Dana>\tHello there, Chris.\r\nsame line\nsame line\n"
            + new string('x', 250) + "\r" + new string('y', 150) + "\n" + new string('y', 150) + "\nlast \u00e9 line \ud83d\ude00";

        var hashes = SourceLineHashes.Compute(text);

        // Computed with fingerprints.js of github/codeql-action (hash(), with BigInt standing in for the long package) on the same text.
        hashes.Should().Equal(
            "488a78a608aef082:1",
            "acf83c19ad80f265:1",
            "7c089b0148276a7:1",
            "a9183af352f19f42:1",
            "78605f24fdcb7298:1",
            "e843ce2ad9fc879:1",
            "dd654860353bf230:1",
            "aa13c51aab3da4d8:1",
            "52b56201ffb58620:1",
            "cadd4b5b9d92c51c:1",
            "cadd4b5b9d92c51c:2",
            "5fde8cc296d55999:1");
    }

    [Test]
    public void For_MissingFileOrLine_IsNull()
    {
        var hashes = new SourceLineHashes();
        var file = Path.Combine(TestSupport.RepositoryRoot, "samples", "pitch-first.txt");

        hashes.For(Path.Combine(TestSupport.RepositoryRoot, "no-such-file.txt"), 1).Should().BeNull();
        hashes.For(file, 10_000).Should().BeNull();
        hashes.For(file, 10).Should().Be(SourceLineHashes.Compute(File.ReadAllText(file))[9]);
    }
}
