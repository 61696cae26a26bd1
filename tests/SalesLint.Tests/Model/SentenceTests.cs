using SalesLint.Model;

namespace SalesLint.Tests.Model;

/// <summary>The sentence's text: the words of its span, copied from the turn once.</summary>
public sealed class SentenceTests
{
    [Test]
    public void Text_ReadTwice_IsOneCopyOfTheSpan()
    {
        var conversation = TestSupport.BuiltInEngine.Tokenize(TestSupport.Transcript(
            TestSupport.Seller("Thanks for taking the call. What made you look at this now?")));
        var sentence = conversation.Sentences.Last();

        var first = sentence.Text;

        first.Should().Be("What made you look at this now?");
        first.AsSpan().SequenceEqual(sentence.AsSpan()).Should().BeTrue();
        sentence.Text.Should().BeSameAs(first, "rules read it many times per sentence");
    }
}
