using SalesLint.Understanding;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Understanding;

public sealed class ConversationUnderstandingTests
{
    [Test]
    public void For_ProductTalkAnsweringThePriceQuestion_IsRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("Any utilities included in the monthly price?"), Seller("Water and trash are included in the rent, electric is separate.")));

        var answer = conversation.Turns[1].Sentences[0].Labels;

        answer.Has(SemanticLabel.Product).Should().BeTrue(string.Join(", ", answer.Above(0)));
        answer.Has(SemanticLabel.Requested).Should().BeTrue();
    }

    [TestCase("Sure. I'd like more information about your help desk tool.")]
    [TestCase("I would like to know more about the platform before I decide.")]
    public void For_ProductTalkAfterARequestForInformation_IsRequested(string request)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi, I'd like to tell you about a help desk platform called Deskflow."),
            Buyer(request),
            Seller("Deskflow routes every ticket automatically and the pro plan is forty dollars per seat.")));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Requested).Should().BeTrue();
    }

    [TestCase("We're replacing our phone system and I just want the price first.")]
    [TestCase("Hi, I'm calling to get a quote for our two offices.")]
    [TestCase("I'd like to know what it costs before anything else.")]
    public void For_PriceAnswerAfterAPriceRequestInAStatement_IsRequested(string request)
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Northgate Phones, this is Ali."),
            Buyer(request),
            Seller("It's twenty-five dollars per line a month, and the desk phones are included.")));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Requested).Should().BeTrue();
    }

    [Test]
    public void For_FeatureListInsteadOfTheRequestedPrice_IsNotRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Northgate Phones, this is Ali."),
            Buyer("We're replacing our phone system and I just want the price first."),
            Seller("We're the fastest-growing cloud phone platform in the state, with call recording, an auto attendant and a mobile app.")));

        var labels = conversation.Turns[2].Sentences[0].Labels;
        labels.Has(SemanticLabel.Product).Should().BeTrue();
        labels.Has(SemanticLabel.Requested).Should().BeFalse();
    }

    [Test]
    public void For_PitchAfterPermissionToPitch_IsNotRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("I'll jump right in and walk you through what we do."),
            Buyer("Sure, go ahead."),
            Seller("Deskflow routes every ticket automatically and the pro plan is forty dollars per seat.")));

        conversation.Turns[2].Sentences[0].Labels.Has(SemanticLabel.Requested).Should().BeFalse();
    }

    [Test]
    public void For_UnpromptedProductTalk_IsNotRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("Hi, good to meet you."), Seller("Water and trash are included in the rent, electric is separate.")));

        conversation.Turns[1].Sentences[0].Labels.Confidence(SemanticLabel.Requested).Should().Be(0);
    }

    [Test]
    public void For_AnswerToADiscoveryQuestion_RaisesGoalProblemAndNeed()
    {
        const string Answer = "honestly the spreadsheets take us all week";
        var asked = BuiltInEngine.Tokenize(Transcript(Seller("What's the biggest thing slowing your team down right now?"), Buyer(Answer)));
        var unasked = BuiltInEngine.Tokenize(Transcript(Seller("Thanks for having me."), Buyer(Answer)));

        var withQuestion = asked.Turns[1].Sentences[0].Labels.Confidence(SemanticLabel.Problem);
        var without = unasked.Turns[1].Sentences[0].Labels.Confidence(SemanticLabel.Problem);

        withQuestion.Should().BeGreaterThan(without);
    }

    [Test]
    public void For_ProblemSpreadOverTwoSentences_IsSeenAtTheSecond()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Buyer("Our deal cycle used to be about 45 days. Now it's pushing 60.")));

        conversation.Turns[0].Sentences[1].Labels.Has(SemanticLabel.Problem).Should().BeTrue();
    }

    [Test]
    public void For_SentenceOfAnotherConversation_Throws()
    {
        var first = BuiltInEngine.Tokenize(Transcript(Buyer("We need more firewood.")));
        var second = BuiltInEngine.Tokenize(Transcript(Buyer("We need more firewood.")));

        var act = () => first.Understanding.For(second.Turns[0].Sentences[0]);

        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void For_ManyThreads_GiveTheSameLabels()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("What are you trying to fix this year?"), Buyer("Our forecast is always off and the board is unhappy."),
            Seller("Our dashboard shows every deal at risk."), Buyer("How much is it per seat?"), Seller("Forty dollars a seat.")));
        var sentences = conversation.Sentences.ToList();

        var results = new SentenceLabels[8][];
        Parallel.For(0, results.Length, i => results[i] = [.. sentences.Select(s => s.Labels)]);

        foreach (var result in results)
        {
            result.Should().Equal(results[0], (a, b) => ReferenceEquals(a, b));
        }
    }
}
