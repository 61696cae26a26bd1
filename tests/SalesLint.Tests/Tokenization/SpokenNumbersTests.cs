using SalesLint.Tokenization;

namespace SalesLint.Tests.Tokenization;

public sealed class SpokenNumbersTests
{
    [TestCase("two hundred", 0, 200)]
    [TestCase("a hundred and fifty", 0, 150)]
    [TestCase("fifteen hundred", 0, 1500)]
    [TestCase("twenty five", 0, 25)]
    [TestCase("three thousand", 0, 3000)]
    [TestCase("one fifty", 0, 150)]
    [TestCase("fourteen five", 15000, 14500)]
    [TestCase("fourty", 0, 40)]
    public void Parse_SpokenAmount_ReadsValue(string words, double scale, double expected)
    {
        SpokenNumbers.Parse(words, scale).Should().Be(expected);
    }

    [TestCase("two", 200)]
    [TestCase("nothing", 0)]
    [TestCase("one two three", 0)]
    public void Parse_CountOrNoNumber_ReturnsNull(string words, double scale)
    {
        SpokenNumbers.Parse(words, scale).Should().BeNull();
    }
}
