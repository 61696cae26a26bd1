using System.Globalization;
using SalesLint.Analyzers;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Evaluation;

/// <summary>
/// <c>patterns</c>: how often each negotiation pattern rule (SL5002–SL5007) fires on CaSiNo (<c>../shared/data/casino</c>,
/// CC BY 4.0, read at run time; the ledger counts food, water and firewood from a stock of 3 each), for each nominal side,
/// and on PersuasionForGood (<c>../shared/data/persuasionforgood</c>, Apache-2.0; the persuader as seller), and a fixed-seed
/// sample of firings per rule with the chat around them, to judge by hand. With <c>--judge</c> it reads the trainer
/// judgements kept in <c>data/patterns-judgements.tsv</c> (KEY = conversation|rule|party|turn) and prints each rule's
/// precision over the judged firings, the judged firings that no longer fire and how many firings are unjudged.
/// </summary>
internal static class PatternsCommand
{
    public static int Run(string[] args)
    {
        var data = Path.Combine("..", "shared", "data");
        var sample = 20;
        var seed = 14;
        string? output = null;
        string? judged = null;
        var values = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--data": data = Value(); break;
                case "--sample": sample = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--show": output = Value(); break;
                case "--values": values = true; break;
                case "--judge": judged = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : DefaultJudgements; break;
                case "-h" or "--help":
                    Console.WriteLine("patterns [--data DIR] [--sample N] [--seed N] [--show FILE] [--judge [FILE]] [--values]");
                    Console.WriteLine("  --values   weigh CaSiNo items by each side's points (High 5, Medium 4, Low 3) when telling a repackaged offer from a concession");
                    Console.WriteLine("  counts SL5002-SL5007 firings on CaSiNo per side; --show writes N sampled firings per rule with their chat to FILE;");
                    Console.WriteLine($"  --judge prints precision per rule against the trainer judgements (default {DefaultJudgements})");
                    return 0;
                default:
                    Console.Error.WriteLine($"patterns: unknown option '{args[i]}'");
                    return 2;
            }
        }

        var jsonl = Path.Combine(data, "casino", "casino.jsonl");
        if (!File.Exists(jsonl))
        {
            Console.WriteLine($"patterns: skipped, {jsonl} not found (CaSiNo is read from ../shared/data at run time, never copied into the repository)");
            return 0;
        }

        var p4g = Path.Combine(data, "persuasionforgood", "annotated_units.csv");

        var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());
        var options = LedgerOptions.Default with
        {
            Items = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["food"] = "food", ["water"] = "water", ["firewood"] = "firewood", ["wood"] = "firewood", ["fire"] = "firewood",
            },
            ItemTotal = 3,
        };
        (string Id, Func<Conversation, NegotiationLedger, SpeakerRole, IEnumerable<LedgerFinding>> Find, string Template)[] rules =
        [
            (GrowingConcessionsAnalyzer.RuleId, new GrowingConcessionsAnalyzer().Find, GrowingConcessionsAnalyzer.CreateDescriptor(string.Empty).MessageTemplate),
            (ConsecutiveConcessionsAnalyzer.RuleId, new ConsecutiveConcessionsAnalyzer().Find, ConsecutiveConcessionsAnalyzer.CreateDescriptor(string.Empty).MessageTemplate),
            (AcceptedFirstOfferAnalyzer.RuleId, new AcceptedFirstOfferAnalyzer().Find, AcceptedFirstOfferAnalyzer.CreateDescriptor(string.Empty).MessageTemplate),
            (EarlySplitAnalyzer.RuleId, new EarlySplitAnalyzer().Find, EarlySplitAnalyzer.CreateDescriptor(string.Empty).MessageTemplate),
            (FinalOfferBrokenAnalyzer.RuleId, new FinalOfferBrokenAnalyzer().Find, FinalOfferBrokenAnalyzer.CreateDescriptor(string.Empty).MessageTemplate),
            (ConcessionBeforeBuyerNumberAnalyzer.RuleId, new ConcessionBeforeBuyerNumberAnalyzer().Find, ConcessionBeforeBuyerNumberAnalyzer.CreateDescriptor(string.Empty).MessageTemplate),
        ];
        // CaSiNo's private priorities per side, as LedgerOptions.ItemValues (only with --values).
        var priorities = new Dictionary<string, IReadOnlyDictionary<SpeakerRole, IReadOnlyDictionary<string, double>>>(StringComparer.Ordinal);
        var annotations = Path.Combine(data, "casino", "casino_annotations.jsonl");
        if (values && File.Exists(annotations))
        {
            foreach (var line in File.ReadLines(annotations))
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var root = json.RootElement;
                var sides = new Dictionary<SpeakerRole, IReadOnlyDictionary<string, double>>();
                foreach (var (role, side) in new[] { ("seller", SpeakerRole.Seller), ("buyer", SpeakerRole.Buyer) })
                {
                    var points = root.GetProperty("priorities").GetProperty(role);
                    sides[side] = new Dictionary<string, double>(StringComparer.Ordinal)
                    {
                        [points.GetProperty("High").GetString()!.ToLowerInvariant()] = 5,
                        [points.GetProperty("Medium").GetString()!.ToLowerInvariant()] = 4,
                        [points.GetProperty("Low").GetString()!.ToLowerInvariant()] = 3,
                    };
                }

                priorities[root.GetProperty("id").GetString()!] = sides;
            }
        }

        var firings = rules.ToDictionary(r => r.Id, _ => new List<(Conversation Conversation, NegotiationLedger Ledger, SpeakerRole Party, LedgerFinding Finding)>());
        var conversations = 0;
        var withConcession = 0;
        // CaSiNo: both nominal sides, items counted from a stock of 3; PersuasionForGood: the persuader (seller) asking for a donation.
        var dialogues = TranscriptReader.ReadFile(jsonl).Select(t => (Corpus: "casino", Transcript: t))
            .Concat(File.Exists(p4g) ? PersuasionDialogues.Read(p4g).Select(d => (Corpus: "persuasionforgood", d.Transcript)) : []);
        var perCorpus = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (corpus, transcript) in dialogues)
        {
            // The chat alone: the ledger reads what was said, not the deal form.
            var conversation = engine.Tokenize(transcript with { Turns = [.. transcript.Turns.Where(t => !t.Text.StartsWith('['))] });
            var ledger = LedgerBuilder.Build(conversation, corpus != "casino" ? LedgerOptions.Default
                : priorities.TryGetValue(conversation.Id, out var itemValues) ? options with { ItemValues = itemValues } : options);
            conversations++;
            perCorpus[corpus] = perCorpus.GetValueOrDefault(corpus) + 1;
            withConcession += ledger.Concessions.Any() ? 1 : 0;
            foreach (var (id, find, _) in rules)
            {
                foreach (var party in corpus == "casino" ? new[] { SpeakerRole.Seller, SpeakerRole.Buyer } : [SpeakerRole.Seller])
                {
                    foreach (var finding in find(conversation, ledger, party))
                    {
                        firings[id].Add((conversation, ledger, party, finding));
                    }
                }
            }
        }

        Console.WriteLine($"{string.Join(", ", perCorpus.Select(c => $"{c.Key}: {c.Value} dialogues"))}; {withConcession} with a concession on the ledger (CaSiNo: both sides judged, roles are nominal; PersuasionForGood: the persuader)");
        Console.WriteLine($"{"rule",-8}{"corpus",-18}{"firings",8}{"dialogues",10}{"per 100",9}");
        foreach (var (id, _, _) in rules)
        {
            foreach (var corpus in perCorpus.Keys)
            {
                var list = firings[id].Where(f => f.Conversation.Id.StartsWith("casino-", StringComparison.Ordinal) == (corpus == "casino")).ToList();
                var count = list.Select(f => f.Conversation.Id).Distinct().Count();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id,-8}{corpus,-18}{list.Count,8}{count,10}{100.0 * count / perCorpus[corpus],9:0.0}"));
            }
        }

        if (judged is not null)
        {
            Judge(judged, firings);
        }

        if (output is null)
        {
            return 0;
        }

        using var writer = new StreamWriter(output);
        var random = new Random(seed);
        foreach (var (id, _, template) in rules)
        {
            var list = firings[id];
            var picked = list.OrderBy(_ => random.Next()).Take(sample).ToList();
            writer.WriteLine($"# {id}: {picked.Count} of {list.Count} firings");
            var n = 0;
            foreach (var (conversation, ledger, party, finding) in picked)
            {
                var message = finding.Arguments.Aggregate(template, (text, a) => text.Replace("{" + a.Key + "}", a.Value, StringComparison.Ordinal));
                writer.WriteLine();
                writer.WriteLine($"## {id} #{++n} {Key(conversation, id, party, finding)}: {message}");
                var from = Math.Max(0, ledger.Moves.Where(m => m.Position.Turn <= finding.Position.Turn).Select(m => m.Position.Turn).DefaultIfEmpty(0).Min() - 1);
                for (var t = from; t <= Math.Min(conversation.Turns.Count - 1, finding.Position.Turn + 1); t++)
                {
                    var turn = conversation.Turns[t];
                    var mark = t == finding.Position.Turn ? ">>" : "  ";
                    writer.WriteLine($"{mark} {t} {(turn.Role == party ? "P" : "O")}: {turn.Text}");
                    foreach (var move in ledger.Moves.Where(m => m.Position.Turn == t))
                    {
                        writer.WriteLine($"        [{(move.Party == party ? "P" : "O")} {move.Kind} {move.Position.Item} {move.From?.ToString(CultureInfo.InvariantCulture) ?? "-"}->{move.To.ToString(CultureInfo.InvariantCulture)} {(move.Position.Beneficiary == move.Party ? "own" : "grant")} '{move.Position.Text}'{(move.IsConditional ? " cond" : string.Empty)}]");
                    }
                }
            }

            writer.WriteLine();
        }

        Console.WriteLine($"samples written to {output}");
        return 0;
    }

    private const string DefaultJudgements = "benchmarks/SalesLint.Evaluation/data/patterns-judgements.tsv";

    private static string Key(Conversation conversation, string rule, SpeakerRole party, LedgerFinding finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversation.Id}|{rule}|{party}|{finding.Position.Turn}");

    /// <summary>Precision per rule and corpus over the judged firings; judged firings that no longer fire are listed.</summary>
    private static void Judge(string path, Dictionary<string, List<(Conversation Conversation, NegotiationLedger Ledger, SpeakerRole Party, LedgerFinding Finding)>> firings)
    {
        var judgements = new Dictionary<string, (string Verdict, string Reason)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[1] is not ("right" or "wrong" or "unsure") || parts[0].Split('|').Length != 4)
            {
                throw new FormatException($"{path}: expected 'CONVERSATION|RULE|PARTY|TURN<TAB>right|wrong|unsure<TAB>reason', got '{line}'");
            }

            judgements[parts[0]] = (parts[1], parts.Length > 2 ? parts[2] : string.Empty);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        Console.WriteLine();
        Console.WriteLine($"judged firings ({path}): right / judged (unsure left out); unjudged = firing now, never judged");
        Console.WriteLine($"{"rule",-8}{"corpus",-18}{"right",7}{"wrong",7}{"unsure",8}{"precision",11}{"unjudged",10}{"gone",6}");
        foreach (var (rule, list) in firings)
        {
            foreach (var corpus in new[] { "casino", "persuasionforgood" })
            {
                bool InCorpus(string conversation) => conversation.StartsWith("casino-", StringComparison.Ordinal) == (corpus == "casino");
                var keys = list.Where(f => InCorpus(f.Conversation.Id)).Select(f => Key(f.Conversation, rule, f.Party, f.Finding)).Distinct().ToList();
                seen.UnionWith(keys);
                var verdicts = keys.Where(judgements.ContainsKey).Select(k => judgements[k].Verdict).ToList();
                var gone = judgements.Keys.Count(k => k.Split('|') is [var c, var r, _, _] && r == rule && InCorpus(c) && !keys.Contains(k));
                if (verdicts.Count == 0 && gone == 0)
                {
                    continue;
                }

                var right = verdicts.Count(v => v == "right");
                var wrong = verdicts.Count(v => v == "wrong");
                var precision = right + wrong == 0 ? "-" : ((double)right / (right + wrong)).ToString("0.00", CultureInfo.InvariantCulture);
                Console.WriteLine($"{rule,-8}{corpus,-18}{right,7}{wrong,7}{verdicts.Count - right - wrong,8}{precision,11}{keys.Count - verdicts.Count,10}{gone,6}");
            }
        }

        foreach (var (key, (verdict, reason)) in judgements.Where(j => !seen.Contains(j.Key)).OrderBy(j => j.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  gone: {key} ({verdict}: {reason})");
        }
    }
}
