using SalesLint.Tokenization;

namespace SalesLint.Tests.Tokenization;

public sealed class SentenceSplitterTests
{
    [TestCase("Hi there. How are you? Great!", new[] { "Hi there.", "How are you?", "Great!" })]
    [TestCase("Mr. Smith said e.g. this works. Done.", new[] { "Mr. Smith said e.g. this works.", "Done." })]
    [TestCase("It costs 3.5 million. OK", new[] { "It costs 3.5 million.", "OK" })]
    [TestCase("Really?! Yes.", new[] { "Really?!", "Yes." })]
    [TestCase("so what are you using today for forecasting", new[] { "so what are you using today for forecasting" })]
    [TestCase("He said \"no.\" Then left.", new[] { "He said \"no.\"", "Then left." })]
    public void Split_Text_FindsSentences(string text, string[] expected)
    {
        var tokens = TextTokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens)
            .Select(r => text[tokens[r.First].Start..(tokens[r.First + r.Count - 1].Start + tokens[r.First + r.Count - 1].Length)]);

        sentences.Should().Equal(expected);
    }

    [Test]
    public void Split_IntoAList_ClearsItFirst()
    {
        const string Text = "One. Two? Three";
        var tokens = TextTokenizer.Tokenize(Text);
        var ranges = new List<(int First, int Count)> { (99, 99) };

        SentenceSplitter.Split(Text, tokens, ranges);

        ranges.Should().Equal(SentenceSplitter.Split(Text, tokens));
        ranges.Should().HaveCount(3);
    }
}
