using System.Globalization;
using SalesLint.Model;

namespace SalesLint.Benchmarks;

/// <summary>
/// Generates sales calls with unique text (seeded), so Microsoft.Recognizers.Text's per-text cache does not flatter
/// the figures. The mix follows a real call: questions, statements, product talk, goals, problems, and now and
/// then (3% of seller sentences, about ten in a 60-minute call) a concession, which is what sends a sentence to the
/// recognizers. Every sentence carries a unique token: a number in <see cref="DefaultNumberShare"/> of them (the share of
/// sentences with a digit in the Earnings-21/22 calls, the most number-heavy real calls at hand), a made-up name in
/// the others; concessions always name a number. <c>numberShare: 1</c> gives the number-in-every-sentence stress case.
/// </summary>
public static class CallGenerator
{
    private static readonly string[] SellerTemplates =
    [
        "How does your team handle the forecast for region {0} today?",
        "What happens when the number for week {0} is late?",
        "Walk me through the last {0} deals you lost.",
        "We work with {0} finance teams that had the same setup.",
        "Our dashboards refresh every {0} minutes and the integration takes a day.",
        "Pricing starts at {0} dollars per seat per month.",
        "Who else is involved in a decision like this for team {0}?",
        "So what I'm hearing is that the {0} reps update the sheet by hand.",
        "That makes sense, and we have seen it at {0} other companies.",
    ];

    private static readonly string[] SellerConcessions =
    [
        "I can do {0}% off if that helps.",
        "If you sign the two-year agreement, we could add {0} extra seats.",
        "We could throw in {0} extra months of onboarding for free.",
        "We can do ${0} instead of the list price.",
    ];

    private static readonly string[] BuyerTemplates =
    [
        "Our goal is to get the forecast within {0} percent by the end of the year.",
        "We're struggling with {0} spreadsheets that nobody trusts.",
        "The issue is that it takes {0} hours every Monday.",
        "We have {0} reps and two managers.",
        "Honestly the price of {0} thousand is more than we budgeted.",
        "We can commit to a two-year term if the onboarding is included for {0} users.",
        "I'd have to check with the CFO, she owns budget line {0}.",
        "Yeah, that sounds right for about {0} of the accounts.",
    ];

    // A call without a deal: no price, no concession, no agreement, no next step. Most real calls end this way, and it
    // is the rules' worst case: a rule that stops at a deal (SL6002 skips a call whose ledger holds a deal price) or
    // at a next step has to look through every sentence.
    private static readonly string[] NoDealSellerTemplates =
    [
        "How does your team handle the forecast for region {0} today?",
        "What happens when the number for week {0} is late?",
        "Walk me through the last {0} deals you lost.",
        "We work with {0} finance teams that had the same setup.",
        "Our dashboards refresh every {0} minutes and the integration takes a day.",
        "Who else is involved in a decision like this for team {0}?",
        "So what I'm hearing is that the {0} reps update the sheet by hand.",
        "That makes sense, and we have seen it at {0} other companies.",
    ];

    private static readonly string[] NoDealBuyerTemplates =
    [
        "Our goal is to get the forecast within {0} percent by the end of the year.",
        "We're struggling with {0} spreadsheets that nobody trusts.",
        "The issue is that it takes {0} hours every Monday.",
        "We have {0} reps and two managers.",
        "I'm not sure this is a priority for team {0} right now.",
        "I'd have to check with the CFO, she owns budget line {0}.",
        "Yeah, that sounds right for about {0} of the accounts.",
        "Let me think about it, we looked at {0} tools last year.",
    ];

    // A buyer-driven call: the buyer asks nearly every question and the seller answers, so every buyer turn sends the
    // rules that judge the reply to a buyer question (SL6003, SL4002, SL1002's asked-for talk) to the seller's next turn.
    private static readonly string[] AnsweringSellerTemplates =
    [
        "Yes, it syncs with system {0} every night.",
        "It takes about {0} days for most teams to go live.",
        "Our dashboards refresh every {0} minutes and the integration takes a day.",
        "We work with {0} finance teams that had the same setup.",
        "That depends on the number of seats, but most teams of {0} stay on the standard plan.",
        "No, the export goes to file {0} only for now.",
    ];

    private static readonly string[] AskingBuyerTemplates =
    [
        "Does it work with the quoting tool we use in region {0}?",
        "How long would it take to move our {0} accounts over?",
        "What happens if a rep in team {0} forgets to update it?",
        "Can we export the forecast for week {0} to our board deck?",
        "Who else like us uses it, say with {0} reps?",
        "What does support look like if something breaks at {0} in the morning?",
        "We're struggling with {0} spreadsheets that nobody trusts.",
    ];

    /// <summary>Share of sentences with a number by default: 0.2, as measured on the Earnings-21/22 human transcripts (16,434 of 77,292 sentences have a digit).</summary>
    public const double DefaultNumberShare = 0.2;

    private static readonly string[] Syllables = ["ka", "lo", "ven", "tar", "mi", "sol", "ra", "bel", "do", "nin", "ce", "vo", "ri", "tam", "el", "gu"];

    /// <summary>A made-up name unique to <paramref name="n"/> ("Kalovenmi"): unique text without a number.</summary>
    private static string Name(int n)
    {
        var name = new System.Text.StringBuilder();
        do
        {
            name.Append(Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }
        while (n > 0);

        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    /// <summary>The call as a canonical JSON transcript (what <c>generate</c> writes).</summary>
    /// <param name="call">The call.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(Transcript call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return System.Text.Json.JsonSerializer.Serialize(
            new
            {
                id = call.Id,
                participants = call.Participants.Select(p => new { id = p.Id, name = p.Name, role = p.Role.ToString().ToLowerInvariant() }),
                turns = call.Turns.Select(t => new { speaker = t.Speaker, start = t.Start, end = t.End, text = t.Text }),
            },
            Output.SalesLintJson.Options);
    }

    /// <summary>Generates a call of about <paramref name="words"/> words.</summary>
    /// <param name="seed">Random seed; different seeds give different text.</param>
    /// <param name="words">Approximate number of words.</param>
    /// <returns>The transcript, with timestamps.</returns>
    public static Transcript Generate(int seed, int words) => Generate(seed, words, DefaultNumberShare);

    /// <summary>Generates a call of about <paramref name="words"/> words, with numbers in a chosen share of its sentences.</summary>
    /// <param name="seed">Random seed; different seeds give different text.</param>
    /// <param name="words">Approximate number of words.</param>
    /// <param name="numberShare">Share of the sentences whose unique token is a number (1: every sentence).</param>
    /// <returns>The transcript, with timestamps.</returns>
    public static Transcript Generate(int seed, int words, double numberShare) => Generate(seed, words, numberShare, CallShape.Deal);

    /// <summary>Generates a call of about <paramref name="words"/> words of a given shape.</summary>
    /// <param name="seed">Random seed; different seeds give different text.</param>
    /// <param name="words">Approximate number of words.</param>
    /// <param name="numberShare">Share of the sentences whose unique token is a number (1: every sentence).</param>
    /// <param name="shape">Who drives the call and whether it ends in a deal.</param>
    /// <returns>The transcript, with timestamps.</returns>
    public static Transcript Generate(int seed, int words, double numberShare, CallShape shape)
    {
        var (sellerTemplates, buyerTemplates, concessionShare) = shape switch
        {
            CallShape.NoDeal => (NoDealSellerTemplates, NoDealBuyerTemplates, 0.0),
            CallShape.BuyerDriven => (AnsweringSellerTemplates, AskingBuyerTemplates, 0.0),
            _ => (SellerTemplates, BuyerTemplates, 0.03),
        };
        var random = new Random(seed);
        var turns = new List<TranscriptTurn>();
        var count = 0;
        var time = 0.0;
        var seller = true;
        while (count < words)
        {
            var sentences = random.Next(1, seller ? 5 : 4);
            var text = string.Join(' ', Enumerable.Range(0, sentences).Select(_ =>
            {
                var concession = seller && random.NextDouble() < concessionShare;
                var templates = !seller ? buyerTemplates : concession ? SellerConcessions : sellerTemplates;
                var template = templates[random.Next(templates.Length)];
                var number = random.Next(2, 100_000);
                return string.Format(CultureInfo.InvariantCulture, template, concession || random.NextDouble() < numberShare ? number : Name(number));
            }));
            var turnWords = text.Count(c => c == ' ') + 1;
            var duration = turnWords / 2.5;
            turns.Add(new TranscriptTurn { Speaker = seller ? "S" : "B", Text = text, Start = Math.Round(time, 2), End = Math.Round(time + duration, 2) });
            time += duration + 0.6;
            count += turnWords;
            seller = !seller;
        }

        return new Transcript
        {
            Id = $"generated-{seed}",
            Participants =
            [
                new Participant { Id = "S", Name = "Dana", Role = SpeakerRole.Seller },
                new Participant { Id = "B", Name = "Chris", Role = SpeakerRole.Buyer },
            ],
            Turns = turns,
        };
    }
}

/// <summary>The shape of a generated call (<see cref="CallGenerator.Generate(int, int, double, CallShape)"/>).</summary>
public enum CallShape
{
    /// <summary>The seller leads: discovery, product talk, prices and now and then a concession; the ledger reads a deal.</summary>
    Deal,

    /// <summary>The seller leads, with no price, concession, agreement or next step: no deal (the rules' worst case).</summary>
    NoDeal,

    /// <summary>The buyer asks nearly every question and the seller answers; no price named, no concession.</summary>
    BuyerDriven,
}
