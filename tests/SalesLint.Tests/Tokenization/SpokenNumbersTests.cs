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
    [TestCase("three hundred ninety-nine", 0, 399)]
    [TestCase("a hundred and forty-nine", 0, 149)]
    [TestCase("twenty-one nine ninety-five", 0, 21995)]
    [TestCase("twenty nine ninety-five", 21995, 20995)]
    [TestCase("nineteen eight", 21995, 19800)]
    public void Parse_SpokenAmount_ReadsValue(string words, double scale, double expected)
    {
        SpokenNumbers.Parse(words, scale).Should().Be(expected);
    }

    [TestCase("nineteen ninety-nine", 19.99)]
    [TestCase("nineteen ninety nine", 19.99)]
    [TestCase("twelve ninety-five", 12.95)]
    public void CentsReading_ShelfPricePair_ReadsDollarsAndCents(string words, double expected)
    {
        SpokenNumbers.CentsReading(words).Should().Be(expected);
    }

    [TestCase("one fifty")]
    [TestCase("four ninety-nine")]
    [TestCase("twenty-one nine ninety-five")]
    [TestCase("nineteen eighty")]
    [TestCase("two hundred")]
    public void CentsReading_OtherNumbers_ReturnsNull(string words)
    {
        SpokenNumbers.CentsReading(words).Should().BeNull();
    }

    [Test]
    public void Parse_ShelfPricePair_TakesTheReadingNearestTheScale()
    {
        SpokenNumbers.Parse("twenty four ninety-nine", 30).Should().Be(24.99);
        SpokenNumbers.Parse("twenty four ninety-nine", 2000).Should().Be(2499);
    }

    [TestCase("two", 200)]
    [TestCase("nothing", 0)]
    [TestCase("one two three", 0)]
    [TestCase("two and four", 0)]
    [TestCase("forty-five and seventy", 0)]
    [TestCase("nine hundred and fourteen hundred", 0)]
    [TestCase("eighty-five hundred and ten thousand", 0)]
    [TestCase("six nine", 21995)]
    public void Parse_CountOrNoNumber_ReturnsNull(string words, double scale)
    {
        SpokenNumbers.Parse(words, scale).Should().BeNull();
    }
}
