using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Acts.Rules;

public sealed class TagRulesTests
{
    // Unpunctuated speech: a final "right" that completes a verb's object is part of the clause.
    [TestCase("if i get my numbers right")]
    [TestCase("um i just want to get the supply side right")]
    [TestCase("let me see if i got the question uh question uh right")]
    [TestCase("a lot of people have worked hard on getting their data right")]
    [TestCase("we finally did it right")]
    public void Classify_RightCompletingAVerbsObject_IsNotATag(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    // A final "right" after a contracted "is" ("todd's"), a position ("top right") or a degree ("almost right").
    [TestCase("i think todd's right")]
    [TestCase("you see it on the box at the top right")]
    [TestCase("the math is almost right")]
    [TestCase("in terms of margin that's not necessarily right")]
    public void Classify_RightAsAPredicateOrPosition_IsNotATag(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("i can start and then mariano can correct")]
    [TestCase("send it over and we'll correct")]
    public void Classify_CorrectAsAVerb_IsNotATag(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    // A positive "do it" / "have it" after a negation is the clause's own verb after a subject or a modal.
    [TestCase("i don't know the details yet but we'll do that")]
    [TestCase("it's probably a when not if and we will see when we do it")]
    [TestCase("we haven't got it in our structure yet but we're gonna have it")]
    // Session 25: after a "they'd" subject, a pronoun-like subject, a pre-verbal adverb, or "that was it".
    [TestCase("well you're in ohio i don't guess they'd have it")]
    [TestCase("well that's fine but not everybody does that")]
    [TestCase("oh i don't think they'd ever do that")]
    [TestCase("i didn't know people did that")]
    [TestCase("he never helped with any of it he'd come home and eat and that was it")]
    public void Classify_VerbAfterASubjectOrModalAtTheEnd_IsNotATag(string text) =>
        Classify(text).Act.Should().NotBe(SentenceAct.Question);

    [TestCase("you're from dallas right")]
    [TestCase("so that was the deal we agreed on right")]
    [TestCase("the pilot ran for sixty days correct")]
    [TestCase("and my answer was yes we can right")]
    [TestCase("they never came back did they")]
    [TestCase("you don't like it do you")]
    [TestCase("as regards inflation who's right")]
    public void Classify_TagAfterAClause_StaysAQuestion(string text) =>
        Classify(text).Act.Should().Be(SentenceAct.Question);

    private static ActDecision Classify(string text) => RuleBasedActClassifier.Classify(text, TextTokenizer.Tokenize(text));
}
