using System.Text;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Tokenization;

public sealed class SentenceBoundaryModelTests
{
    [Test]
    public void Default_EmbeddedModel_Loads()
    {
        var model = SentenceBoundaryModel.Default;

        model.Should().BeSameAs(SentenceBoundaryModel.Default);
    }

    [Test]
    public void Probabilities_StatementThenQuestion_IsLikelierAtTheQuestionThanInsideEitherSentence()
    {
        var p = Probabilities("we use hubspot today how many reps do you have");

        p[0].Should().Be(0);
        p[4].Should().BeGreaterThan(0.3f, "\"how many reps\" starts a question");
        p[4].Should().BeGreaterThan(p[2]).And.BeGreaterThan(p[3]).And.BeGreaterThan(p[6]).And.BeGreaterThan(p[8]);
    }

    [Test]
    public void Probabilities_EmbeddedWhClause_IsUnlikely()
    {
        var p = Probabilities("i don't know what you mean by that");

        p[3].Should().BeLessThan(0.3f, "\"what you mean\" is the object of \"know\"");
    }

    [Test]
    public void Load_WrongHeader_ThrowsInvalidData()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("NOTAMODEL"));

        var act = () => SentenceBoundaryModel.Load(stream);

        act.Should().Throw<InvalidDataException>().WithMessage("*wrong header*");
    }

    [Test]
    public void Load_WrittenModel_GivesItsWeights()
    {
        using var stream = new MemoryStream();
        SentenceBoundaryModel.Write(stream, -2f, new SortedDictionary<int, float>());
        stream.Position = 0;

        var model = SentenceBoundaryModel.Load(stream);
        var hashes = new[] { BoundaryFeatures.WordHash("yes"), BoundaryFeatures.WordHash("no") };
        var p = new float[2];
        model.Probabilities(hashes, p);

        p[1].Should().BeApproximately(1f / (1f + MathF.Exp(2f)), 1e-6f);
    }

    private static float[] Probabilities(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var words = Enumerable.Range(0, tokens.Length).Where(i => tokens[i].Kind != SalesLint.Model.TokenKind.Punctuation).ToArray();
        var p = new float[words.Length];
        SentenceBoundaryModel.Default.Probabilities(text, tokens, words, p);
        return p;
    }
}
