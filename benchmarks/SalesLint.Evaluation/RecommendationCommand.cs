using System.Globalization;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Reading;
using SalesLint.Rules;
using SalesLint.Understanding;

namespace SalesLint.Evaluation;

/// <summary>
/// <c>recommendation</c>: SL1002 per conversation on the movie-recommendation chats written for SalesLint
/// (<c>data/recommendation/</c>: recommender = seller, seeker = buyer), with the catalogue configured as a user would
/// (the folder is laid over the built-in rules like <c>--rules</c>, so its <c>lexicons/product.yaml</c> extends the
/// product lexicon with the titles). Prints precision, recall and F1 on the tune half and the held-out half against
/// the hand-written gold in <c>labels.tsv</c>, and lists the chats it gets wrong.
/// </summary>
internal static class RecommendationCommand
{
    private const string RuleId = "SL1002";

    public static int Run(string[] args)
    {
        var folder = Path.Combine("benchmarks", "SalesLint.Evaluation", "data", "recommendation");
        var show = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--folder" when i + 1 < args.Length: folder = args[++i]; break;
                case "--show": show = true; break;
                case "-h" or "--help":
                    Console.WriteLine("recommendation [--folder DIR] [--show]");
                    Console.WriteLine("  --folder  the chats, gold and catalogue (default benchmarks/SalesLint.Evaluation/data/recommendation)");
                    Console.WriteLine("  --show    print each wrong chat with its turns, the sentences' labels and the findings");
                    return 0;
                default:
                    Console.Error.WriteLine($"recommendation: unknown option '{args[i]}'");
                    return 2;
            }
        }

        var chatsFile = Path.Combine(folder, "chats.jsonl");
        var labelsFile = Path.Combine(folder, "labels.tsv");
        if (!File.Exists(chatsFile) || !File.Exists(labelsFile))
        {
            Console.Error.WriteLine($"recommendation: {chatsFile} or {labelsFile} not found (run from the repository root or pass --folder)");
            return 2;
        }

        List<Gold> gold;
        try
        {
            gold = ReadGold(labelsFile);
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine($"recommendation: {ex.Message}");
            return 2;
        }

        var rules = new RuleSetBuilder().AddBuiltIn().AddDirectory(folder).Build();
        var engine = new SalesLintEngine(rules, new EngineOptions { OnlyRules = new HashSet<string> { RuleId } });
        var transcripts = TranscriptReader.ReadFile(chatsFile).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var missing = gold.Where(g => !transcripts.ContainsKey(g.Id)).Select(g => g.Id).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"recommendation: {labelsFile} names chats that {chatsFile} lacks: {string.Join(", ", missing)}");
            return 2;
        }

        var results = new List<(Gold Gold, bool Fired, Conversation Conversation, List<SalesLint.Diagnostics.Diagnostic> Findings)>();
        foreach (var g in gold)
        {
            var conversation = engine.Tokenize(transcripts[g.Id]);
            var findings = engine.Analyze(conversation).Diagnostics.Where(d => d.RuleId == RuleId).ToList();
            results.Add((g, findings.Count > 0, conversation, findings));
        }

        Console.WriteLine($"## SL1002 per conversation on the recommendation chats ({gold.Count} chats written for SalesLint; catalogue of {CatalogueSize(folder)} titles as the product lexicon)");
        Console.WriteLine();
        Console.WriteLine("| half | chats | premature | fired | TP | FP | FN | precision | recall | F1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var half in new[] { "tune", "held", "all" })
        {
            var part = results.Where(r => half == "all" || r.Gold.Half == half).ToList();
            int tp = part.Count(r => r.Gold.Premature && r.Fired), fp = part.Count(r => !r.Gold.Premature && r.Fired), fn = part.Count(r => r.Gold.Premature && !r.Fired);
            var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var rec = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var f = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {half} | {part.Count} | {part.Count(r => r.Gold.Premature)} | {part.Count(r => r.Fired)} | {tp} | {fp} | {fn} | {p:0.00} | {rec:0.00} | {f:0.00} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Wrong:");
        foreach (var (g, fired, conversation, findings) in results.Where(r => r.Gold.Premature != r.Fired))
        {
            var first = findings.Count > 0 ? findings[0] : null;
            var where = first?.Location.Turn is { } turn ? $" at turn {turn + 1}: {first.Message}" : string.Empty;
            Console.WriteLine($"  {g.Id} ({g.Half}) gold {(g.Premature ? "yes" : "no")}, {(fired ? "fired" : "silent")}{where}  [{g.Reason}]");
            if (show)
            {
                foreach (var sentence in conversation.Sentences)
                {
                    var labels = string.Join(", ", sentence.Labels.Above().Select(l => l.ToString()));
                    var mark = findings.Any(d => d.Location.Turn == sentence.Turn.Index && d.Location.Sentence == sentence.Index) ? "!" : " ";
                    Console.WriteLine($"   {mark} {sentence.Role,-6} {sentence.Text}  [{labels}]");
                }
            }
        }

        return 0;
    }

    private static int CatalogueSize(string folder)
    {
        var file = Path.Combine(folder, "lexicons", "product.yaml");
        return File.Exists(file) ? File.ReadLines(file).Count(l => l.StartsWith("  - ", StringComparison.Ordinal)) : 0;
    }

    private static List<Gold> ReadGold(string path)
    {
        var gold = new List<Gold>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 4 || cells[1] is not ("tune" or "held") || cells[2] is not ("yes" or "no"))
            {
                throw new InvalidDataException($"{path}({number}): expected id<TAB>tune|held<TAB>yes|no<TAB>reason");
            }

            gold.Add(new Gold(cells[0], cells[1], cells[2] == "yes", cells[3]));
        }

        return gold;
    }

    private sealed record Gold(string Id, string Half, bool Premature, string Reason);
}
