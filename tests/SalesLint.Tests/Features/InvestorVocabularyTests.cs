using FluentAssertions;
using NUnit.Framework;
using SalesLint.Features;

namespace SalesLint.Tests.Features;

public sealed class InvestorVocabularyTests
{
    [TestCase("These remarks include forward-looking statements.")]
    [TestCase("Welcome to the earnings call.")]
    [TestCase("See the Earnings Release for details.")]
    [TestCase("Earnings per share came in at a dollar.")]
    [TestCase("That's eleven cents per share.")]
    [TestCase("We are raising our guidance.")]
    [TestCase("We returned cash to shareholders.")]
    [TestCase("Adjusted EBITDA was up.")]
    [TestCase("EPS grew.")]
    [TestCase("Revenue grew year-over-year.")]
    [TestCase("Bookings grew quarter over quarter.")]
    [TestCase("For fiscal 2024 we expect more.")]
    [TestCase("Thank you for joining this conference call.")]
    [TestCase("We will now begin the question-and-answer session.")]
    [TestCase("Gross margins improved.")]
    [TestCase("Operating margin was 12%.")]
    [TestCase("Free cash flow was strong.")]
    public void Count_EachKindOfInvestorWord_CountsOne(string text) =>
        InvestorVocabulary.Count(text, 3).Should().Be(1);

    [TestCase("Can you do $300 a quarter if we sign for a year?")]
    [TestCase("Those are the next steps; any questions?")]
    [TestCase("")]
    public void Count_EverydayWords_CountsNone(string text) =>
        InvestorVocabulary.Count(text, 3).Should().Be(0);

    [Test]
    public void Count_MoreThanEnough_StopsAtEnough() =>
        InvestorVocabulary.Count("Guidance, EBITDA, EPS and free cash flow per share.", 2).Should().Be(2);
}
