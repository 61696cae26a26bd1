using BenchmarkDotNet.Attributes;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// The negotiation ledger's cost on an already tokenized conversation (<see cref="LedgerBuilder.Build(Conversation)"/>,
/// built afresh on each call — the engine builds it once per conversation and keeps it): a generated 60-minute call
/// (9,000 words, with discounts, prices and budgets), a 12-turn used-goods haggling chat, a 12-turn split of a shared
/// stock (CaSiNo-style: 3 each of food, water and firewood, read with <see cref="LedgerOptions.ItemTotal"/>; text written for it),
/// and a 12-turn bargaining chat with a listing price, a year, a condition and relative offers ("20 more", "meet me halfway").
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class LedgerBenchmarks
{
    private Conversation call = null!;
    private Conversation chat = null!;
    private Conversation split = null!;
    private readonly LedgerOptions stock = LedgerOptions.Default with
    {
        Items = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["food"] = "food", ["water"] = "water", ["firewood"] = "firewood", ["wood"] = "firewood",
        },
        ItemTotal = 3,
    };
    private Conversation bargain = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = new SalesLint.Engine.SalesLintEngine(RuleSet.LoadBuiltIn());
        call = engine.Tokenize(CallGenerator.Generate(77, 9000));
        string[] lines =
        [
            "Hi! The bike is $200, only ridden a few times. Bought it in 2021.", "would you take 140?", "I can do 180",
            "how about 150 then, I can pick it up today", "meet me at 170 and it's yours", "165?", "ok 168 final",
            "can't do 168. 166 is my max", "fine, 166", "great, when can I come?", "tomorrow after 5pm works", "deal, see you",
        ];
        chat = Chat("haggle", lines, sellerFirst: true);
        string[] splitLines =
        [
            "Hello! Are you excited for the trip? What do you need most?", "Hi! Water, my kids drink a lot. How about I get all the water?",
            "I need water too. I'd like 2 water, 2 food and 1 firewood.", "That leaves me with 1 water. Could you do 1 water and all the firewood for you?",
            "I can give you 2 water if I get 3 food and 2 firewood.", "Then I only get 1 firewood and no food, that is not fair.",
            "OK, I'll take 2 food and 2 firewood, and you get the rest.", "So I get 2 water, 1 food and 1 firewood?",
            "Yes, that's right.", "Sounds good to me, thank you!", "Great, I'll submit the deal.", "Perfect, enjoy the camping!",
        ];
        split = Chat("split", splitLines, sellerFirst: true, "Agent 1", "Agent 2");
        // A used-goods bargaining chat as in the bargain evaluation: a listing price as metadata, bare numbers, a year,
        // a condition, relative offers and the middle.
        string[] bargaining =
        [
            "hey is the trek still available?", "yes it is", "how many miles on it? any issues",
            "rode it maybe 20 times, tires are new, its a 2018", "would you take 300? cash today", "cant go that low, i could do 420",
            "i can do 20 more", "i can come down another 30 if you pick it up tonight", "350 is really my max", "meet me halfway?",
            "ok 370 and i'll come get it tonight", "ok deal",
        ];
        bargain = Chat("bargain", bargaining, sellerFirst: false, metadata: new Dictionary<string, string> { ["listing_price"] = "450" });

        // A two-party chat, turns alternating from the first speaker.
        Conversation Chat(string id, string[] turns, bool sellerFirst, string seller = "Seller", string buyer = "Buyer", Dictionary<string, string>? metadata = null)
        {
            var transcript = new Transcript
            {
                Id = id,
                Participants =
                [
                    new Participant { Id = "S", Name = seller, Role = SpeakerRole.Seller },
                    new Participant { Id = "B", Name = buyer, Role = SpeakerRole.Buyer },
                ],
                Turns = [.. turns.Select((text, i) => new TranscriptTurn { Speaker = (i % 2 == 0) == sellerFirst ? "S" : "B", Text = text })],
            };
            return engine.Tokenize(metadata is null ? transcript : transcript with { Metadata = metadata });
        }
    }

    [Benchmark]
    public NegotiationLedger SixtyMinuteCall() => LedgerBuilder.Build(call);

    [Benchmark]
    public NegotiationLedger HagglingChat() => LedgerBuilder.Build(chat);

    [Benchmark]
    public NegotiationLedger SplitOfAStock() => LedgerBuilder.Build(split, stock);

    [Benchmark]
    public NegotiationLedger BargainingChat() => LedgerBuilder.Build(bargain);

    /// <summary>The relative-offer scan alone over every sentence of the 60-minute call: an upper bound on what reading "20 more" adds (the ledger runs it only once a price is on the table).</summary>
    /// <returns>How many sentences hold a relative offer.</returns>
    [Benchmark]
    public int SixtyMinuteCallRelativeScan()
    {
        var found = 0;
        foreach (var turn in call.Turns)
        {
            foreach (var sentence in turn.Sentences)
            {
                found += RelativeOffer.Find(turn.Text, sentence.Span) is null ? 0 : 1;
            }
        }

        return found;
    }
}
