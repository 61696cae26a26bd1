using SalesLint.Analyzers;
using SalesLint.Model;
using SalesLint.Negotiation;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Negotiation;

/// <summary>The ledger's setting (<see cref="NegotiationLedger.Setting"/>): a donation appeal or an earnings call is no bargain, and the negotiation rules stand down there.</summary>
public sealed class NegotiationSettingTests
{
    private static readonly (SpeakerRole, string)[] DonationChat =
    [
        Seller("Would you like to donate some of your task payment to the children's charity?"),
        Buyer("I think I could donate $1."),
        Seller("That sounds great, every donation helps."),
        Seller("Could you make it $2? Or how about $1.50?"),
        Buyer("OK, $1.50 then, I'm glad to help the charity."),
    ];

    private static readonly (SpeakerRole, string)[] Haggle =
    [
        Seller("The bike is $300."),
        Buyer("Hmm."),
        Seller("OK, I can do $250."),
        Buyer("Deal at $250."),
    ];

    private static Transcript With((SpeakerRole, string)[] turns, string? setting) => setting is null
        ? Transcript(turns)
        : Transcript(turns) with { Metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["setting"] = setting } };

    private static Conversation Tokenize((SpeakerRole, string)[] turns, string? setting = null) => BuiltInEngine.Tokenize(With(turns, setting));

    [Test]
    public void ContainsAny_EveryCharacterInPlaceOfALetter_FindsWhatContainsFinds()
    {
        // The donation word scan (SearchValues) must fold case exactly as string.Contains(…, OrdinalIgnoreCase) did, also for
        // the characters outside ASCII that fold to an ASCII letter (dotless i, long s, Kelvin sign).
        string[] words = ["donat", "charit", "pledg", "fundrais", "nonprofit", "non-profit"];
        var misses = new List<string>();
        foreach (var word in words)
        {
            for (var at = 0; at < word.Length; at++)
            {
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    var text = "so " + word[..at] + (char)c + word[(at + 1)..] + " it";
                    var expected = Array.Exists(words, w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
                    if (SettingReader.ContainsAny(text, SettingReader.DonationWords) != expected)
                    {
                        misses.Add($"{word} U+{c:X4} at {at}");
                    }
                }
            }
        }

        misses.Should().BeEmpty();
    }

    [Test]
    public void Build_DonationAppeal_IsADonationSetting()
    {
        LedgerBuilder.Build(Tokenize(DonationChat)).Setting.Should().Be(NegotiationSetting.Donation);
    }

    [Test]
    public void Build_Haggle_IsABargain()
    {
        LedgerBuilder.Build(Tokenize(Haggle)).Setting.Should().Be(NegotiationSetting.Bargaining);
    }

    [TestCase("donation", NegotiationSetting.Donation)]
    [TestCase("earnings-call", NegotiationSetting.Report)]
    [TestCase("bargaining", NegotiationSetting.Bargaining)]
    public void Build_SettingInTheMetadata_Wins(string setting, NegotiationSetting expected)
    {
        LedgerBuilder.Build(Tokenize(Haggle, setting)).Setting.Should().Be(expected);
        LedgerBuilder.Build(Tokenize(DonationChat, setting)).Setting.Should().Be(expected);
    }

    [Test]
    public void Build_EarningsCall_IsAReport()
    {
        (SpeakerRole, string)[] call =
        [
            Seller("Welcome to the fourth quarter earnings call. Today's remarks include forward-looking statements."),
            Seller("Revenue for the quarter was $120 million, up from $100 million in the prior quarter."),
            Seller("Gross margin in the quarter was 40%."),
            Buyer("Could you talk about the quarter's bookings?"),
            Seller("Bookings in the quarter were strong; next quarter we guide to $110 to $115 million."),
        ];

        LedgerBuilder.Build(Tokenize(call)).Setting.Should().Be(NegotiationSetting.Report);
    }

    [Test]
    public void Build_BargainOverAConferenceCallNextQuarter_StaysABargain()
    {
        (SpeakerRole, string)[] call =
        [
            Seller("The conference call package is $400 a quarter."),
            Buyer("That's more than we pay this quarter. Can you do $300 a quarter?"),
            Seller("I can do $350 a quarter if you sign for the year."),
            Buyer("Deal at $350 a quarter."),
            Seller("Great, the first quarter starts Monday."),
        ];

        LedgerBuilder.Build(Tokenize(call)).Setting.Should().Be(NegotiationSetting.Bargaining, "one investor word is no earnings call");
    }

    [Test]
    public void Find_DonationAppeal_NegotiationRulesStandDown()
    {
        var bargain = Tokenize(DonationChat, "bargaining");
        var donation = Tokenize(DonationChat);
        var bargainLedger = LedgerBuilder.Build(bargain);
        var donationLedger = LedgerBuilder.Build(donation);

        // Read as a bargain, the pledge and the smaller ask are a first offer taken and a concession.
        (new AcceptedFirstOfferAnalyzer().Find(bargain, bargainLedger, SpeakerRole.Seller).Any()
            || new ConcessionBeforeBuyerNumberAnalyzer().Find(bargain, bargainLedger, SpeakerRole.Seller).Any()
            || new ConsecutiveConcessionsAnalyzer().Find(bargain, bargainLedger, SpeakerRole.Seller).Any()).Should().BeTrue();
        new AcceptedFirstOfferAnalyzer().Find(donation, donationLedger, SpeakerRole.Seller).Should().BeEmpty();
        new ConcessionBeforeBuyerNumberAnalyzer().Find(donation, donationLedger, SpeakerRole.Seller).Should().BeEmpty();
        new ConsecutiveConcessionsAnalyzer().Find(donation, donationLedger, SpeakerRole.Seller).Should().BeEmpty();
        new GrowingConcessionsAnalyzer().Find(donation, donationLedger, SpeakerRole.Seller).Should().BeEmpty();
        new EarlySplitAnalyzer().Find(donation, donationLedger, SpeakerRole.Seller).Should().BeEmpty();
        new FinalOfferBrokenAnalyzer().Find(donation, donationLedger, SpeakerRole.Seller).Should().BeEmpty();
    }

    [Test]
    public void Analyze_DonationAppeal_NoNegotiationFindings()
    {
        var bargain = BuiltInEngine.Analyze(With(DonationChat, "bargaining"));
        var donation = BuiltInEngine.Analyze(With(DonationChat, null));

        bargain.Diagnostics.Should().Contain(d => (d.RuleId.StartsWith("SL50", StringComparison.Ordinal) && d.RuleId != "SL5001") || d.RuleId == "SL1004");
        donation.Diagnostics.Should().NotContain(d => (d.RuleId.StartsWith("SL50", StringComparison.Ordinal) && d.RuleId != "SL5001") || d.RuleId == "SL1004");
    }
}
