using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Tokenization;

public sealed class TextTokenizerTests
{
    [Test]
    public void Tokenize_WordsNumbersAndPunctuation_KeepsOffsets()
    {
        const string text = "We can't do $40k, only 15% off.";

        var tokens = TextTokenizer.Tokenize(text);

        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal("We", "can't", "do", "$40k", ",", "only", "15%", "off", ".");
        tokens[3].Kind.Should().Be(TokenKind.Number);
        tokens[4].Kind.Should().Be(TokenKind.Punctuation);
        tokens[1].Kind.Should().Be(TokenKind.Word);
    }

    [Test]
    public void Tokenize_CurlyApostropheHyphenAndDecimals_StayWhole()
    {
        const string text = "It’s a follow-up at 1,500.50 dollars";

        TextTokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).Should().Equal("It’s", "a", "follow-up", "at", "1,500.50", "dollars");
    }

    [Test]
    public void Tokenize_Empty_ReturnsNothing()
    {
        TextTokenizer.Tokenize(string.Empty).Should().BeEmpty();
    }

    [Test]
    public void Tokenize_ATokenOnEveryCharacter_ReturnsThemAll()
    {
        var text = new string('?', 10_000) + "a,b";

        var tokens = TextTokenizer.Tokenize(text);

        tokens.Should().HaveCount(10_003);
        tokens[^1].Should().Be(new Token(10_002, 1, TokenKind.Word));
    }
}
