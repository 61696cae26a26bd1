using BenchmarkDotNet.Attributes;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;

namespace SalesLint.Benchmarks;

/// <summary>
/// The negotiation ledger's cost on an already tokenized conversation (<see cref="LedgerBuilder.Build(Conversation)"/>,
/// built afresh on each call — the engine builds it once per conversation and keeps it): a generated 60-minute call
/// (9,000 words, with discounts, prices and budgets) and a 12-turn used-goods haggling chat.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private Conversation call = null!;
    private Conversation chat = null!;

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
        chat = engine.Tokenize(new Transcript
        {
            Id = "haggle",
            Participants =
            [
                new Participant { Id = "S", Name = "Seller", Role = SpeakerRole.Seller },
                new Participant { Id = "B", Name = "Buyer", Role = SpeakerRole.Buyer },
            ],
            Turns = [.. lines.Select((text, i) => new TranscriptTurn { Speaker = i % 2 == 0 ? "S" : "B", Text = text })],
        });
    }

    [Benchmark]
    public NegotiationLedger SixtyMinuteCall() => LedgerBuilder.Build(call);

    [Benchmark]
    public NegotiationLedger HagglingChat() => LedgerBuilder.Build(chat);
}
