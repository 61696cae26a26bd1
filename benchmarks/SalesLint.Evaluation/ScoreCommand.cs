using System.Globalization;
using System.Text.Json;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;

namespace SalesLint.Evaluation;

/// <summary>
/// <c>score</c>: how the conversation score ranks calls and whether it follows real outcomes.
/// <list type="bullet">
/// <item>Good/poor pairs: the held sales calls written for SalesLint (<c>data/sales-calls-held</c>), the first blind set
/// (<c>data/sales-calls-blind</c>) and the test pairs (<c>tests/SalesLint.Tests/Scoring/Pairs</c>): pairs ranked right,
/// the smallest and the mean margin, and how often the score's whole-call terms (no discovery, a rejected call) apply on
/// good and on poor calls.</item>
/// <item>Real outcomes, read at run time from <c>../shared/data</c>: on CaSiNo (CC BY 4.0; agent 1 = seller), Spearman's
/// correlation of the score with the seller's points, the seller's satisfaction and how much the other side liked the
/// seller; on PersuasionForGood (Apache-2.0; persuader = seller), whether the persuadee agreed to donate (an
/// <c>agree-donation</c>, <c>provide-donation-amount</c> or <c>confirm-donation</c> unit): the mean score either way and
/// the AUC (the chance a dialogue with a donation scores above one without).</item>
/// </list>
/// </summary>
internal static class ScoreCommand
{
    private const string NoDiscovery = "metric:seller.questions";
    private const string Rejected = "metric:signal.buyer_rejections";

    private static readonly string[] DonationLabels = ["agree-donation", "provide-donation-amount", "confirm-donation"];

    private static readonly Dictionary<string, double> Scale = new(StringComparer.Ordinal)
    {
        ["Extremely dissatisfied"] = 1, ["Slightly dissatisfied"] = 2, ["Undecided"] = 3, ["Slightly satisfied"] = 4, ["Extremely satisfied"] = 5,
        ["Extremely dislike"] = 1, ["Slightly dislike"] = 2, ["Slightly like"] = 4, ["Extremely like"] = 5,
    };

    public static int Run(string[] args)
    {
        var data = Path.Combine("..", "shared", "data");
        var show = false;
        string? rules = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--show": show = true; break;
                case "--rules" when i + 1 < args.Length: rules = args[++i]; break;
                default:
                    Console.WriteLine("score [--data DIR] [--rules DIR] [--show]");
                    Console.WriteLine("  pairs ranked right and margins on the written, blind (set 1) and test pairs; the score against");
                    Console.WriteLine("  outcomes on CaSiNo (points, satisfaction, liking) and PersuasionForGood (donation agreed)");
                    Console.WriteLine("  --rules DIR   overlay a rules folder (a scoring.yaml to try) on the built-in rules");
                    Console.WriteLine("  --show        each pair's scores and whole-call terms");
                    return args[i] is "-h" or "--help" ? 0 : 2;
            }
        }

        var ruleSet = rules is null ? RuleSet.LoadBuiltIn() : RuleSet.Load(rules);
        var engine = new SalesLintEngine(ruleSet);
        var root = BlindCalls.Data(".");
        Console.WriteLine("| pairs | pairs | ranked right | smallest margin | mean margin | no discovery on good / poor | rejected on good / poor |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var details = new List<string>();
        foreach (var (name, folder, pairs) in new[]
                 {
                     ("written (sales-calls-held)", Path.Combine(root, "sales-calls-held"), (string?)Path.Combine(root, "sales-calls-held", "pairs.tsv")),
                     ("blind (set 1)", Path.Combine(root, BlindSet.First.Folder), Path.Combine(root, BlindSet.First.Folder, "pairs.tsv")),
                     ("tests (Scoring/Pairs)", Path.Combine("tests", "SalesLint.Tests", "Scoring", "Pairs"), null),
                 })
        {
            var transcripts = BlindCalls.Read(folder).ToDictionary(t => t.Id, StringComparer.Ordinal);
            var calls = transcripts.ToDictionary(r => r.Key, r => engine.Analyze(r.Value).Score, StringComparer.Ordinal);
            var list = pairs is not null
                ? BlindCalls.ReadPairs(pairs)
                : [.. calls.Keys.Where(id => id.EndsWith("-good", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                    .Select(id => new CallPair(id[..^5], id, id[..^5] + "-poor"))];
            var margins = new List<double>();
            var terms = new int[4];
            foreach (var pair in list)
            {
                var (good, poor) = (calls[pair.Good], calls[pair.Poor]);
                margins.Add(good.Overall - poor.Overall);
                terms[0] += Has(good, NoDiscovery);
                terms[1] += Has(poor, NoDiscovery);
                terms[2] += Has(good, Rejected);
                terms[3] += Has(poor, Rejected);
                if (show)
                {
                    details.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{name}\t{pair.Name}\tgood {good.Overall:0.0}{Terms(good)}\tpoor {poor.Overall:0.0}{Terms(poor)}\t{good.Overall - poor.Overall:+0.0;-0.0;0.0}"));
                    details.Add($"    good {Signals(ruleSet, engine, transcripts[pair.Good])}");
                    details.Add($"    poor {Signals(ruleSet, engine, transcripts[pair.Poor])}");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {list.Count} | {margins.Count(m => m > 0)} | {margins.Min():+0.0;-0.0;0.0} | {margins.Average():+0.0;-0.0;0.0} | {terms[0]} / {terms[1]} | {terms[2]} / {terms[3]} |"));
        }

        foreach (var line in details)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine();
        Casino(engine, data);
        Console.WriteLine();
        PersuasionForGood(engine, data);
        return 0;
    }

    private static void Casino(SalesLintEngine engine, string data)
    {
        var outcomes = new Dictionary<string, (double Points, double Satisfaction, double Liked)>(StringComparer.Ordinal);
        foreach (var split in new[] { "train", "valid", "test" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "casino", "split", $"casino_{split}.json")));
            foreach (var dialogue in json.RootElement.EnumerateArray())
            {
                var info = dialogue.GetProperty("participant_info");
                var seller = info.GetProperty("mturk_agent_1").GetProperty("outcomes");
                var buyer = info.GetProperty("mturk_agent_2").GetProperty("outcomes");
                outcomes["casino-" + dialogue.GetProperty("dialogue_id").GetInt32().ToString(CultureInfo.InvariantCulture)] = (
                    seller.GetProperty("points_scored").GetDouble(),
                    Scale[seller.GetProperty("satisfaction").GetString()!],
                    Scale[buyer.GetProperty("opponent_likeness").GetString()!]);
            }
        }

        var rows = AuditCommand.Casino(data).Where(t => outcomes.ContainsKey(t.Id))
            .Select(t => (Outcome: outcomes[t.Id], Score: engine.Analyze(t).Score)).ToList();
        Console.WriteLine($"CaSiNo, {rows.Count} chats (agent 1 = seller): Spearman of the score with the seller's outcome");
        Console.WriteLine("| score | seller's points | seller's satisfaction | buyer liked the seller | median | no discovery | rejected |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, pick) in Parts())
        {
            var values = rows.Select(r => pick(r.Score)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Rho(rows.Select(r => r.Outcome.Points), values)} | {Rho(rows.Select(r => r.Outcome.Satisfaction), values)} | {Rho(rows.Select(r => r.Outcome.Liked), values)} | {Median(values):0.0} | {(name == "overall" ? Share(rows.Select(r => r.Score), NoDiscovery) : string.Empty)} | {(name == "overall" ? Share(rows.Select(r => r.Score), Rejected) : string.Empty)} |"));
        }
    }

    private static void PersuasionForGood(SalesLintEngine engine, string data)
    {
        var donated = AuditCommand.Csv(Path.Combine(data, "persuasionforgood", "annotated_units.csv")).Skip(1)
            .Where(row => row[1] == "persuadee" && (DonationLabels.Contains(row[5]) || DonationLabels.Contains(row[7])))
            .Select(row => "p4g-" + row[0]).ToHashSet(StringComparer.Ordinal);
        var rows = AuditCommand.PersuasionForGood(data).Select(t => (Donated: donated.Contains(t.Id), Score: engine.Analyze(t).Score)).ToList();
        Console.WriteLine($"PersuasionForGood, {rows.Count} dialogues, {rows.Count(r => r.Donated)} with a donation agreed: the score with and without");
        Console.WriteLine("| score | mean with a donation | mean without | AUC | no discovery with / without | rejected with / without |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, pick) in Parts())
        {
            var yes = rows.Where(r => r.Donated).Select(r => pick(r.Score)).ToList();
            var no = rows.Where(r => !r.Donated).Select(r => pick(r.Score)).ToList();
            var auc = yes.Sum(y => no.Sum(n => y > n ? 1.0 : y == n ? 0.5 : 0)) / (yes.Count * (double)no.Count);
            var overall = name == "overall";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {yes.Average():0.0} | {no.Average():0.0} | {auc:0.00} | {(overall ? $"{Share(rows.Where(r => r.Donated).Select(r => r.Score), NoDiscovery)} / {Share(rows.Where(r => !r.Donated).Select(r => r.Score), NoDiscovery)}" : string.Empty)} | {(overall ? $"{Share(rows.Where(r => r.Donated).Select(r => r.Score), Rejected)} / {Share(rows.Where(r => !r.Donated).Select(r => r.Score), Rejected)}" : string.Empty)} |"));
        }
    }

    /// <summary>The overall score and the two categories the whole-call terms take points from.</summary>
    private static IEnumerable<(string Name, Func<Scoring.ConversationScore, double> Pick)> Parts() =>
    [
        ("overall", s => s.Overall),
        ("discovery", s => s.Categories.First(c => c.Id == "discovery").Score),
        ("closing", s => s.Categories.First(c => c.Id == "closing").Score),
    ];

    /// <summary>The scoring model's signal counts for a call, as <c>NAME=COUNT</c>.</summary>
    private static string Signals(RuleSet ruleSet, SalesLintEngine engine, Transcript transcript) =>
        string.Join(' ', Scoring.Scorer.CountSignals(ruleSet.Signals, ruleSet.Scoring.Answering, engine.Tokenize(transcript))
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key.Replace(Scoring.ScoreModel.SignalPrefix, string.Empty, StringComparison.Ordinal)}={m.Value:0.##}")));

    private static int Has(Scoring.ConversationScore score, string source) => score.Deductions.Any(d => d.Source == source) ? 1 : 0;

    private static string Terms(Scoring.ConversationScore score) =>
        (Has(score, NoDiscovery) == 1 ? " [no discovery]" : string.Empty) + (Has(score, Rejected) == 1 ? " [rejected]" : string.Empty);

    private static string Share(IEnumerable<Scoring.ConversationScore> scores, string source)
    {
        var list = scores.ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{100.0 * list.Sum(s => Has(s, source)) / list.Count:0}%");
    }

    private static string Rho(IEnumerable<double> outcome, List<double> values) =>
        NegotiationCommand.Spearman(outcome.ToList(), values).ToString("0.00", CultureInfo.InvariantCulture);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
