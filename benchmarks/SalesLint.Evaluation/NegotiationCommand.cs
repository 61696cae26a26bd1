using System.Globalization;
using System.Text.Json;
using SalesLint.Engine;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Evaluation;

/// <summary>
/// <c>negotiation</c>: the negotiation ledger measured against mechanical gold.
/// <list type="bullet">
/// <item>Haggling chats (<c>data/haggling.txt</c>, written for SalesLint in the style of used-goods bargaining): each turn
/// carries the price its speaker states or accepts. Gold as for the hidden set: a seller concession is a price below the
/// seller's lowest so far (a price at or under the buyer's standing offer is the deal); it is reciprocated when the buyer
/// raises its highest price before the seller's next concession; SL1004's gold is the unreciprocated ones.</item>
/// <item>CaSiNo (<c>../shared/data/casino</c>, CC BY 4.0, read at run time): item counts stated in chat against the counts
/// of each Submit-Deal (the proposer's standing position per item), and per-item concessions between a proposer's
/// successive Submit-Deals against the ledger's concessions in the chat between them.</item>
/// </list>
/// </summary>
internal static class NegotiationCommand
{
    private static readonly string[] Items = ["food", "water", "firewood"];

    public static int Run(string[] args)
    {
        var data = Path.Combine("..", "shared", "data");
        var cases = Path.Combine(AppContext.BaseDirectory, "data", "haggling.txt");
        var show = false;
        var noListing = false;
        var split = "all";
        var gets = true;
        string? scores = null;
        var corpora = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--data": data = Value(); break;
                case "--cases": cases = Value(); break;
                case "--corpus": corpora.Add(Value()); break;
                case "--show": show = true; break;
                case "--split": split = Value(); break;
                case "--no-gets": gets = false; break;
                case "--no-listing": noListing = true; break;
                case "--scores": scores = Value(); break;
                case "-h" or "--help":
                    Console.WriteLine("negotiation [--data DIR] [--cases FILE] [--corpus bargain|haggling|casino]... [--split tune|test|all] [--show] [--no-gets] [--no-listing]");
                    Console.WriteLine("  bargain    used-goods bargaining chats with a listing price and the buyer's target (data/bargain-*.txt)");
                    Console.WriteLine("  --split    which half of the bargain chats: tune (developed on), test (held out) or all (each half; default)");
                    Console.WriteLine("  --show     print each chat's ledger and the disagreements with the gold");
                    Console.WriteLine("  --no-gets  only price moves reciprocate (no non-price gets such as picking up)");
                    Console.WriteLine("  --no-listing  bargain chats without the listing price as metadata (the seller's first stated price is its ask)");
                    Console.WriteLine("  --scores FILE  write one line per bargain deal: seller outcome, negotiation subscore, its deductions and the negotiation metrics (TSV)");
                    return 0;
                default:
                    Console.Error.WriteLine($"negotiation: unknown option '{args[i]}'");
                    return 2;
            }
        }

        if (corpora.Count == 0)
        {
            corpora.AddRange(["bargain", "haggling", "casino"]);
        }

        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());
        using var scoresWriter = scores is null ? null : new StreamWriter(scores);
        scoresWriter?.WriteLine("half\tchat\toutcome\tsubscore\tdeductions\tmetrics");
        var options = LedgerOptions.Default with { NonPriceGets = gets };
        var code = 0;
        foreach (var corpus in corpora)
        {
            code = Math.Max(code, corpus switch
            {
                "haggling" => Chats(engine, options, "haggling chats", cases, show),
                "bargain" => Bargain(engine, options, split, show, noListing, scoresWriter),
                "casino" => Casino(engine, data, show),
                _ => Fail($"unknown corpus '{corpus}' (known: bargain, haggling, casino)"),
            });
        }

        return code;
    }

    /// <summary>Spearman's rank correlation of two samples (ties get their average rank).</summary>
    internal static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var rx = Ranks(x);
        var ry = Ranks(y);
        double mx = rx.Average(), my = ry.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);

        static double[] Ranks(IReadOnlyList<double> values)
        {
            var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
            var ranks = new double[values.Count];
            for (var i = 0; i < order.Length;)
            {
                var j = i;
                while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]])
                {
                    j++;
                }

                for (var k = i; k <= j; k++)
                {
                    ranks[order[k]] = (i + j) / 2.0 + 1;
                }

                i = j + 1;
            }

            return ranks;
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("negotiation: " + message);
        return 2;
    }

    private static int Bargain(SalesLintEngine engine, LedgerOptions options, string split, bool show, bool noListing = false, TextWriter? scores = null)
    {
        if (split is not ("tune" or "test" or "all"))
        {
            return Fail($"unknown split '{split}' (known: tune, test, all)");
        }

        var code = 0;
        foreach (var half in split == "all" ? ["tune", "test"] : new[] { split })
        {
            var path = Path.Combine(AppContext.BaseDirectory, "data", $"bargain-{half}.txt");
            code = Math.Max(code, Chats(engine, options, $"bargain chats, {half} half{(noListing ? ", no listing metadata" : string.Empty)}", path, show, noListing, scores is null ? null : (half, scores)));
        }

        return code;
    }

    private static int Chats(SalesLintEngine engine, LedgerOptions options, string title, string path, bool show, bool noListing = false, (string Half, TextWriter Writer)? scores = null)
    {
        if (!File.Exists(path))
        {
            return Fail($"chats not found: {path}");
        }

        var chats = HagglingChat.Parse(File.ReadAllLines(path));
        var outcomes = new List<(double Outcome, double Subscore, double Given)>();
        var concessions = new Tally();
        var unreciprocated = new Tally();
        var deals = new Tally();
        var buyerRaises = new Tally();
        var ticks = 0L;
        foreach (var chat in chats)
        {
            // Without the metadata the ledger must find the seller's ask in the chat; the gold still starts from the listing.
            var conversation = engine.Tokenize(noListing ? chat.Transcript with { Metadata = new Dictionary<string, string>() } : chat.Transcript);
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var ledger = LedgerBuilder.Build(conversation, options);
            ticks += System.Diagnostics.Stopwatch.GetTimestamp() - start;
            var gold = chat.Gold();
            var price = ledger.Moves.Where(m => m.Position.Issue == NegotiationIssue.Price).ToList();
            var predicted = price.Where(m => m.Kind == MoveKind.Concession && m.Party == SpeakerRole.Seller).ToList();
            var errors = new List<string>();
            concessions.Add(gold.SellerConcessions.Keys, predicted.Select(m => m.Position.Turn), errors, "seller concession");
            unreciprocated.Add(
                gold.SellerConcessions.Where(c => !c.Value).Select(c => c.Key),
                predicted.Where(m => !m.Reciprocated && !m.IsConditional).Select(m => m.Position.Turn),
                errors,
                "SL1004");
            deals.Add(gold.Deals, price.Where(m => m.Kind == MoveKind.Deal).Select(m => m.Position.Turn), errors, "deal");
            buyerRaises.Add(gold.BuyerRaises, price.Where(m => m.Kind == MoveKind.Concession && m.Party == SpeakerRole.Buyer).Select(m => m.Position.Turn), errors, "buyer raise");
            if (chat.Listing is { } listing && chat.Target is { } target && gold.Final is { } final && listing > target)
            {
                // The seller's outcome: where the final price lands between the buyer's target and the listing.
                var result = engine.Analyze(conversation);
                var subscore = result.Score.Categories.First(c => c.Id == "negotiation").Score;
                var given = result.Metrics.GetValueOrDefault(MetricCatalog.SellerGapConceded, 0);
                outcomes.Add(((final - target) / (listing - target), subscore, given));
                if (scores is { } sc)
                {
                    var deductions = string.Join(' ', result.Score.Deductions.Where(d => d.Category == "negotiation").Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Source}={d.Points}")));
                    var metrics = string.Join(' ', result.Metrics.Where(m => m.Key.Contains("seller.", StringComparison.Ordinal) || m.Key.Contains("buyer.", StringComparison.Ordinal) || m.Key == MetricCatalog.DealPrice)
                        .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key}={m.Value}")));
                    sc.Writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sc.Half}\t{chat.Name}\t{(final - target) / (listing - target)}\t{subscore}\t{deductions}\t{metrics}\tlisting={listing} target={target} final={final}"));
                }
            }

            if (show)
            {
                Console.WriteLine($"## {chat.Name}");
                LedgerFormatter.WriteText(Console.Out, conversation);
                errors.ForEach(e => Console.WriteLine("  MISMATCH " + e));
            }
            else if (errors.Count > 0)
            {
                Console.WriteLine($"## {chat.Name}: " + string.Join("; ", errors));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{title} ({chats.Count} chats, {chats.Sum(c => c.Transcript.Turns.Count)} turns; {path})");
        Tally.Header();
        concessions.Row("seller concessions");
        unreciprocated.Row("SL1004 (unreciprocated)");
        buyerRaises.Row("buyer raises");
        deals.Row("deals");
        if (outcomes.Count > 2)
        {
            var rho = Spearman(outcomes.Select(o => o.Outcome).ToList(), outcomes.Select(o => o.Subscore).ToList());
            var rhoGiven = Spearman(outcomes.Select(o => o.Outcome).ToList(), outcomes.Select(o => -o.Given).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"negotiation subscore vs seller outcome (final between buyer target and listing), {outcomes.Count} deals: Spearman {rho:0.00} (share of the gap given away alone: {rhoGiven:0.00})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ledger cost: {ticks * 1e6 / System.Diagnostics.Stopwatch.Frequency / chats.Count:0.0} µs per chat"));
        return 0;
    }

    private static int Casino(SalesLintEngine engine, string data, bool show)
    {
        var folder = Path.Combine(data, "casino");
        var jsonl = Path.Combine(folder, "casino.jsonl");
        var annotations = Path.Combine(folder, "casino_annotations.jsonl");
        if (!File.Exists(jsonl) || !File.Exists(annotations))
        {
            Console.WriteLine($"casino: skipped, {jsonl} or {annotations} not found (CaSiNo is read from ../shared/data at run time, never copied into the repository)");
            return 0;
        }

        var options = LedgerOptions.Default with
        {
            Items = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["food"] = "food", ["water"] = "water", ["firewood"] = "firewood", ["wood"] = "firewood", ["fire"] = "firewood",
            },
            ItemTotal = 3,
        };
        var transcripts = TranscriptReader.ReadFile(jsonl);
        var gold = File.ReadLines(annotations).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToDictionary(e => e.GetProperty("id").GetString()!);
        string[] splits = ["train", "valid", "test"];
        var tallies = splits.ToDictionary(s => s, _ => new CasinoTally());
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var ledgerTicks = 0L;
        foreach (var transcript in transcripts)
        {
            // The chat alone: the bracketed deal turns go, and each gold turn index is mapped to the chat turns before it.
            var chatTurns = new List<TranscriptTurn>();
            var chatBefore = new int[transcript.Turns.Count + 1];
            for (var t = 0; t < transcript.Turns.Count; t++)
            {
                chatBefore[t] = chatTurns.Count;
                if (!transcript.Turns[t].Text.StartsWith('['))
                {
                    chatTurns.Add(transcript.Turns[t]);
                }
            }

            var conversation = engine.Tokenize(transcript with { Turns = chatTurns });
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var ledger = LedgerBuilder.Build(conversation, options);
            ledgerTicks += System.Diagnostics.Stopwatch.GetTimestamp() - start;
            var annotation = gold[transcript.Id];
            var split = annotation.GetProperty("split").GetString()!;
            var tally = tallies[split];
            tally.Dialogues++;
            var deals = annotation.GetProperty("deals").EnumerateArray()
                .Select(d => (Turn: d.GetProperty("turn").GetInt32(), Role: d.GetProperty("by").GetString() == "mturk_agent_1" ? SpeakerRole.Seller : SpeakerRole.Buyer, Action: d.GetProperty("action").GetString(), Deal: d))
                .ToList();
            var previous = new Dictionary<SpeakerRole, (int ChatTurns, Dictionary<string, int> Counts)>();
            Dictionary<SpeakerRole, Dictionary<string, int>>? lastSubmit = null;
            foreach (var (turn, role, action, deal) in deals)
            {
                var before = chatBefore[turn];
                if (action == "Accept-Deal" && lastSubmit is not null)
                {
                    // The acceptor's standing claim per item in the chat = what the accepted deal gives it.
                    foreach (var item in Items)
                    {
                        var claim = Claim(ledger, role, item, before);
                        tally.Accepted.AddOne(claim is not null, claim == lastSubmit[role][item]);
                    }

                    continue;
                }

                if (action != "Submit-Deal")
                {
                    continue;
                }

                tally.Offers++;
                var counts = Counts(deal.GetProperty(role == SpeakerRole.Seller ? "seller_gets" : "buyer_gets"));
                lastSubmit = new() { [role] = counts, [role == SpeakerRole.Seller ? SpeakerRole.Buyer : SpeakerRole.Seller] = Counts(deal.GetProperty(role == SpeakerRole.Seller ? "buyer_gets" : "seller_gets")) };
                var all = true;
                var read = true;
                foreach (var item in Items)
                {
                    // The proposer's standing claim on the item: its last own count, or 3 minus its last grant.
                    var claim = Claim(ledger, role, item, before);
                    tally.Standing.AddOne(claim is not null, claim == counts[item]);
                    if (show && split == "train" && claim is not null && claim != counts[item])
                    {
                        var last = ledger.Positions.Last(p => p.Turn < before && p.Party == role && p.Issue == NegotiationIssue.Units && p.Item == item && p.Kind != PositionKind.Rejection);
                        Console.WriteLine($"{transcript.Id} {item}: read {claim} gold {counts[item]} ('{last.Text}' {(last.Beneficiary == role ? "own" : "grant")}) | {conversation.Turns[last.Turn].Text}");
                    }
                    read &= claim is not null;
                    all &= claim == counts[item];
                }

                tally.Offer.AddOne(read, all);
                if (previous.TryGetValue(role, out var prior))
                {
                    foreach (var item in Items)
                    {
                        var goldConcession = counts[item] < prior.Counts[item];
                        var predicted = ledger.Moves.Any(m => m.Kind == MoveKind.Concession && m.Party == role && m.Position.Item == item
                            && m.Position.Turn >= prior.ChatTurns && m.Position.Turn < before);
                        tally.Concessions.AddPair(goldConcession, predicted);
                    }
                }

                previous[role] = (before, counts);
            }
        }

        foreach (var split in splits)
        {
            var t = tallies[split];
            Console.WriteLine();
            Console.WriteLine($"casino {split} ({t.Dialogues} dialogues, {t.Offers} Submit-Deal offers; {folder})");
            Tally.Header();
            t.Standing.Row("proposer's chat claim per item = its Submit-Deal count");
            t.Offer.Row("proposer's whole offer (all three items) = its Submit-Deal");
            t.Accepted.Row("acceptor's chat claim per item = the deal it accepts");
            t.Concessions.Row("per-item concessions between a proposer's successive offers");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ledger cost: {ledgerTicks * 1e6 / System.Diagnostics.Stopwatch.Frequency / transcripts.Count:0.0} µs per dialogue (tokenizing included: {sw.Elapsed.TotalMilliseconds / transcripts.Count:0.00} ms)"));
        return 0;

        static Dictionary<string, int> Counts(JsonElement gets) =>
            Items.ToDictionary(i => i, i => gets.EnumerateObject().First(p => p.Name.Equals(i, StringComparison.OrdinalIgnoreCase)).Value.GetInt32());
    }

    /// <summary>A party's standing claim on an item before a chat turn: its last own count, or 3 minus its last grant (a deal or offer, not a rejection).</summary>
    private static double? Claim(NegotiationLedger ledger, SpeakerRole role, string item, int before)
    {
        var last = ledger.Positions.LastOrDefault(p => p.Turn < before && p.Party == role && p.Issue == NegotiationIssue.Units && p.Item == item && p.Kind != PositionKind.Rejection);
        return last is null ? null : last.Beneficiary == role ? last.Value : 3 - last.Value;
    }
}

/// <summary>The CaSiNo measures of one split.</summary>
internal sealed class CasinoTally
{
    public Tally Standing { get; } = new();

    public Tally Offer { get; } = new();

    public Tally Accepted { get; } = new();

    public Tally Concessions { get; } = new();

    public int Dialogues { get; set; }

    public int Offers { get; set; }
}

/// <summary>Counts for precision and recall.</summary>
internal sealed class Tally
{
    public int TruePositives { get; private set; }

    public int Predicted { get; private set; }

    public int Gold { get; private set; }

    public static void Header() => Console.WriteLine($"{"measure",-62} {"gold",6} {"found",6} {"right",6} {"P",6} {"R",6} {"F1",6}");

    public void Add(IEnumerable<int> gold, IEnumerable<int> predicted, List<string> errors, string what)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        Gold += g.Count;
        Predicted += p.Count;
        TruePositives += g.Intersect(p).Count();
        errors.AddRange(g.Except(p).Select(t => $"missed {what} at turn {t + 1}"));
        errors.AddRange(p.Except(g).Select(t => $"false {what} at turn {t + 1}"));
    }

    /// <summary>One gold item: whether a prediction was made, and whether it is right.</summary>
    public void AddOne(bool predicted, bool right)
    {
        Gold++;
        Predicted += predicted ? 1 : 0;
        TruePositives += predicted && right ? 1 : 0;
    }

    /// <summary>One binary decision.</summary>
    public void AddPair(bool gold, bool predicted)
    {
        Gold += gold ? 1 : 0;
        Predicted += predicted ? 1 : 0;
        TruePositives += gold && predicted ? 1 : 0;
    }

    public void Row(string name)
    {
        var p = Predicted == 0 ? double.NaN : (double)TruePositives / Predicted;
        var r = Gold == 0 ? double.NaN : (double)TruePositives / Gold;
        var f = 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-62} {Gold,6} {Predicted,6} {TruePositives,6} {p,6:0.00} {r,6:0.00} {f,6:0.00}"));
    }
}

/// <summary>A haggling chat with its gold prices per turn.</summary>
internal sealed record HagglingChat(string Name, Transcript Transcript, IReadOnlyList<(SpeakerRole Party, double? Value, bool Accept)?> Prices)
{
    /// <summary>The listing price (given to the ledger as transcript metadata, and the seller's opening in the gold).</summary>
    public double? Listing { get; init; }

    /// <summary>The buyer's private target (for the seller's outcome only; never shown to the ledger).</summary>
    public double? Target { get; init; }

    public static List<HagglingChat> Parse(IEnumerable<string> lines)
    {
        var result = new List<HagglingChat>();
        string? name = null;
        var turns = new List<TranscriptTurn>();
        var prices = new List<(SpeakerRole, double?, bool)?>();
        double? listing = null, target = null;
        void Flush()
        {
            if (name is not null && turns.Count > 0)
            {
                var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (listing is { } l)
                {
                    metadata["listing_price"] = l.ToString(CultureInfo.InvariantCulture);
                }

                result.Add(new HagglingChat(name, new Transcript
                {
                    Metadata = metadata,
                    Id = name,
                    Participants =
                    [
                        new Participant { Id = "S", Name = "Seller", Role = SpeakerRole.Seller },
                        new Participant { Id = "B", Name = "Buyer", Role = SpeakerRole.Buyer },
                    ],
                    Turns = [.. turns],
                }, [.. prices])
                {
                    Listing = listing,
                    Target = target,
                });
            }

            turns.Clear();
            prices.Clear();
            listing = target = null;
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                name = line[3..].Split(':')[0].Trim();
            }
            else if (line.StartsWith("@ ", StringComparison.Ordinal))
            {
                // "@ listing 200 target 140"
                var parts = line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i + 1 < parts.Length; i += 2)
                {
                    var value = double.Parse(parts[i + 1], CultureInfo.InvariantCulture);
                    _ = parts[i] switch
                    {
                        "listing" => listing = value,
                        "target" => target = value,
                        _ => throw new FormatException($"unknown chat fact '{parts[i]}' in '{line}'"),
                    };
                }
            }
            else if (line.Length > 2 && line[1] == ':' && line[0] is 'S' or 'B')
            {
                var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
                var text = (bar < 0 ? line[2..] : line[2..bar]).Trim();
                var speaker = line[0] == 'S' ? SpeakerRole.Seller : SpeakerRole.Buyer;
                turns.Add(new TranscriptTurn { Speaker = line[..1], Text = text });
                if (bar < 0)
                {
                    prices.Add(null);
                    continue;
                }

                var gold = line[(bar + 3)..].Trim().Split(' ');
                var party = gold.Length == 2 ? (gold[0] == "seller" ? SpeakerRole.Seller : SpeakerRole.Buyer) : speaker;
                var value = gold[^1];
                prices.Add(value == "accept" ? (party, null, true) : (party, double.Parse(value, CultureInfo.InvariantCulture), false));
            }
        }

        Flush();
        return result;
    }

    /// <summary>
    /// The gold moves, mechanically: a seller concession is a stated or accepted price below the seller's lowest so far (the
    /// listing price is its opening); it is reciprocated when the buyer raises its highest price before the seller's next
    /// concession; a price at or under the buyer's standing offer (or the buyer's at or over the seller's) is the deal.
    /// </summary>
    public (Dictionary<int, bool> SellerConcessions, List<int> Deals, List<int> BuyerRaises, double? Final) Gold()
    {
        double? low = Listing, high = null, final = null;
        var concessions = new Dictionary<int, bool>();
        var deals = new List<int>();
        var raises = new List<int>();
        for (var t = 0; t < Prices.Count; t++)
        {
            if (Prices[t] is not { } p)
            {
                continue;
            }

            var value = p.Accept ? (p.Party == SpeakerRole.Seller ? high : low) ?? 0 : p.Value!.Value;
            if (p.Party == SpeakerRole.Seller)
            {
                if (high is { } h && value <= h)
                {
                    deals.Add(t);
                    final = h;
                }
                else if (low is { } l && value < l)
                {
                    concessions[t] = false;
                }

                low = low is null ? value : Math.Min(low.Value, value);
            }
            else
            {
                if (low is { } l && value >= l)
                {
                    deals.Add(t);
                    final = l;
                }
                else if (high is { } h && value > h)
                {
                    raises.Add(t);
                }

                if (high is not null && value > high || low is { } l2 && value >= l2)
                {
                    // The buyer came up: the seller's last concession is reciprocated.
                    var last = concessions.Keys.Where(k => k < t).DefaultIfEmpty(-1).Max();
                    if (last >= 0)
                    {
                        concessions[last] = true;
                    }
                }

                high = high is null ? value : Math.Max(high.Value, value);
            }
        }

        return (concessions, deals, raises, final);
    }
}
