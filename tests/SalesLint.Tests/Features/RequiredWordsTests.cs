using SalesLint.Features;

namespace SalesLint.Tests.Features;

public sealed class RequiredWordsTests
{
    [TestCase(@"\b(tell|walk|talk) me (a (little|bit) |some |more )*(about|through|how|what|why)\b", new[] { "tell", "walk", "talk" })]
    [TestCase(@"\bprices?\b", new[] { "price" })]
    [TestCase(@"\bcolou?r\b", new[] { "colo" })]
    [TestCase(@"o.clock", new[] { "clock" })]
    [TestCase(@"\b(?:deal|accept\w*|fine|fair|good with)\b", new[] { "deal", "accept", "fine", "fair", "good with" })]
    [TestCase(@"^\W*(yes|yeah|yep)\b|\bsounds? (good|great)\b", new[] { "yes", "yeah", "yep", "sound" })]
    [TestCase(@"(?<word>renewal)s?", new[] { "renewal" })]
    [TestCase(@"\bwe(['’]re| are) fine\b", new[] { " fine" })]
    [TestCase(@"\b(i|we) (?-i:[A-Z])\w+ (signed|agreed)\b", new[] { "signed", "agreed" })]
    [TestCase(@"\b(extra|bonus)+ months?\b", new[] { " month" })]
    [TestCase(@"\bdon't (call|contact)\b", new[] { "don't " })]
    [TestCase(@"\b(PRICE|Price) list\b", new[] { "PRICE" })]
    public void Of_WordsEveryMatchHolds(string pattern, string[] expected)
    {
        _ = PatternRegistry.CreateInterpreted(pattern); // a valid pattern
        RequiredWords.Of(pattern).Should().BeEquivalentTo(expected);
    }

    [TestCase(@"\b(yes|no)\b", TestName = "a branch with only a short word")]
    [TestCase(@"\w+ said|\d+", TestName = "a branch with no word")]
    [TestCase(@"(?:deal)?\s*\$\d+", TestName = "only an optional word")]
    [TestCase(@"(?=price)\w+", TestName = "a lookahead")]
    [TestCase(@"(?x) price \s list", TestName = "options for the rest of the pattern")]
    [TestCase(@"(?x:price list)", TestName = "an x option group")]
    [TestCase(@"(\w+) \1 deal", TestName = "a backreference")]
    [TestCase(@"\x41price", TestName = "a character code")]
    [TestCase(@"[a-z-[aeiou]]price", TestName = "class subtraction")]
    [TestCase(@"(price|deal", TestName = "an unclosed group")]
    [TestCase(@"price)", TestName = "an unopened group")]
    [TestCase(@"(deal|)", TestName = "an empty branch")]
    [TestCase(@"(?-i:Deal)", TestName = "a word only under inline options")]
    public void Of_NoWordToBeSure_IsNull(string pattern)
    {
        RequiredWords.Of(pattern).Should().BeNull();
    }

    [Test]
    public void Of_BraceThatIsNoQuantifier_IsALiteral()
    {
        PatternRegistry.CreateInterpreted(@"price{,2}").IsMatch("PRICE{,2}").Should().BeTrue();
        RequiredWords.Of(@"price{,2}").Should().BeEquivalentTo(["price{,2}"]);
        RequiredWords.Of(@"prices{1,2}").Should().BeEquivalentTo(["price"]);
    }

    [Test]
    public void Of_ClassHoldingBracketsAndEscapes_IsSkippedWhole()
    {
        PatternRegistry.CreateInterpreted(@"[]\]\p{L}(]deal").IsMatch("(deal").Should().BeTrue();
        RequiredWords.Of(@"[]\]\p{L}(]deal").Should().BeEquivalentTo(["deal"]);
        RequiredWords.Of(@"[^\]]+ offer").Should().BeEquivalentTo([" offer"]);
    }

    [Test]
    public void Of_TooManyWords_IsNull()
    {
        var words = Enumerable.Range(0, RequiredWords.MaxWords + 1).Select(i => $"word{i}");

        RequiredWords.Of($@"\b({string.Join('|', words)})\b").Should().BeNull();
    }

    [Test]
    public void MayMatch_TextWithoutTheWords_IsFalseAndTheRegexFindsNothing()
    {
        var pattern = new LinearPattern(@"\b(tell|walk|talk) me (more )?about\b");
        const string Text = "Could you show me around the product?";

        pattern.MayMatch(Text).Should().BeFalse();
        pattern.IsMatch(Text).Should().BeFalse();
        pattern.Match(Text, 0, Text.Length).Success.Should().BeFalse();
        pattern.AddMatches(Text, []).Should().Be(0);
    }

    [Test]
    public void MayMatch_TheWordsInAnyCase_IsTrue()
    {
        var pattern = new LinearPattern(@"\b(tell|walk|talk) me (more )?about\b");

        pattern.MayMatch("So WALK me about it").Should().BeTrue();
        pattern.Match("So WALK me about it", 3, 16).Value.Should().Be("WALK me about");
    }

    [Test]
    public void MayMatch_LetterTheRegexFoldsToAsciiButOrdinalDoesNot_IsTrue()
    {
        // U+212A KELVIN SIGN matches 'k' case-insensitively in a regex, not in OrdinalIgnoreCase: such text is searched.
        var pattern = new LinearPattern(@"\bkelvin\b");
        const string Text = "\u212Aelvin";

        pattern.MayMatch(Text).Should().BeTrue();
        pattern.IsMatch(Text).Should().BeTrue();
    }

    [Test]
    public void MayMatch_OnlyThePartSearched_IsRead()
    {
        var pattern = new LinearPattern(@"\bdeal\b");
        const string Text = "Deal. Let me think about it.";

        pattern.Match(Text, 6, Text.Length - 6).Success.Should().BeFalse();
        pattern.Match(Text, 0, 5).Success.Should().BeTrue();
    }
}
