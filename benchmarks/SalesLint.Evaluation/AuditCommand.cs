using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Reading;
using SalesLint.Rules;

namespace SalesLint.Evaluation;

/// <summary>
/// <c>audit</c>: the findings a sales trainer would see on real conversations nobody on the project wrote, for judging by
/// hand, and their precision per rule against the judgements kept in <c>data/audit-judgements.tsv</c> (one line per
/// finding: key, <c>right</c> or <c>wrong</c>, a short reason; the key is conversation, rule, turn and sentence, so
/// the file holds no transcript text). The sample is drawn with a fixed seed from <c>../shared/data</c> at run time:
/// PersuasionForGood dialogues (persuader = seller), CaSiNo chats (with the deal form's bracketed
/// turns) and Earnings-21 calls (the
/// main speaker = seller, everyone else buyer: a sanity check of what fires on a non-sales call). Scores are printed
/// per corpus too, to see the score's spread on real dialogues.
/// <c>--sample held</c> draws a second, held-out sample of the same sizes with another seed (29) from the conversations
/// the tuned sample (seed 13) did not pick, judged in <c>data/audit-held-judgements.tsv</c>: the rules were tuned on
/// the first sample, so only the second gives an honest estimate. <c>--sample held2</c> draws a third (seed 41) from
/// the conversations neither picked, judged in <c>data/audit-held2-judgements.tsv</c> before the fixes it led to, and
/// <c>--sample held3</c> a fourth (seed 53) from the conversations none of those three picked, judged in
/// <c>data/audit-held3-judgements.tsv</c> (session 11) before any rule was changed for it, and <c>--sample held4</c> a
/// fifth (seed 67) from the conversations none of those four picked, judged in <c>data/audit-held4-judgements.tsv</c>
/// (session 12) before any rule was changed for it, and <c>--sample held5</c> a sixth (seed 79) from the conversations
/// none of those five picked, judged in <c>data/audit-held5-judgements.tsv</c> (session 13) before any rule was changed
/// for it, <c>--sample held6</c> a seventh (seed 97) from the conversations none of those six picked, judged in
/// <c>data/audit-held6-judgements.tsv</c> (session 14) before any rule was changed for it, <c>--sample held7</c> an
/// eighth (seed 101) from the conversations none of those seven picked, judged in <c>data/audit-held7-judgements.tsv</c>
/// (session 15) on the session's starting code, <c>--sample held8</c> a ninth (seed 103) from the conversations
/// none of those eight picked, judged in <c>data/audit-held8-judgements.tsv</c> (session 16) on the session's starting
/// code, <c>--sample held9</c> a tenth (seed 107) from the conversations none of those nine picked, judged in
/// <c>data/audit-held9-judgements.tsv</c> (session 17) on the session's starting code, for measuring only,
/// <c>--sample held10</c> an eleventh (seed 108) from the conversations none of those ten picked, judged in
/// <c>data/audit-held10-judgements.tsv</c> (session 18) on the session's starting code, for measuring only,
/// <c>--sample held11</c> a twelfth (seed 109) from the conversations none of those eleven picked, judged in
/// <c>data/audit-held11-judgements.tsv</c> (session 19) on the session's starting code, for measuring only,
/// <c>--sample held12</c> a thirteenth (seed 110) from the conversations none of those twelve picked, judged in
/// <c>data/audit-held12-judgements.tsv</c> (session 20) on the session's starting code, for measuring only,
/// <c>--sample held13</c> a fourteenth (seed 113) from the conversations none of those thirteen picked, judged in
/// <c>data/audit-held13-judgements.tsv</c> (session 21) on the session's starting code, for measuring only,
/// <c>--sample held14</c> a fifteenth (seed 127) from the conversations none of those fourteen picked, judged in
/// <c>data/audit-held14-judgements.tsv</c> (session 22) on the session's starting code, for measuring only,
/// <c>--sample held15</c> a sixteenth (seed 131) from the conversations none of those fifteen picked: 30 CaSiNo chats,
/// as those fifteen took every PersuasionForGood chat and Earnings-21 call, judged in
/// <c>data/audit-held15-judgements.tsv</c> (session 24) on the session's starting code, for measuring only, and
/// <c>--sample held16</c> a seventeenth (seed 137) from the conversations none of those sixteen picked (held15's 30
/// CaSiNo chats included): 30 CaSiNo chats again, as only the annotated PersuasionForGood dialogues are in
/// <c>../shared/data</c> (no unannotated ones to draw from), judged in <c>data/audit-held16-judgements.tsv</c>
/// (session 25) on the session's starting code, for measuring only. Its CaSiNo chats are blind to human tuning, but the
/// shipped label and act models train on CaSiNo's train split, which they may come from, as for every CaSiNo sample.
/// <c>--sample written</c> reads the held-out sales
/// calls written for SalesLint (<c>data/sales-calls-held</c>, good/poor pairs) instead, judges their findings against
/// that folder's <c>judgements.tsv</c> and prints which pairs the score ranks right. <c>--sample blind</c> does the same
/// for the blind sales calls (<c>data/sales-calls-blind</c>, see <see cref="BlindCalls"/>): verdicts given before any
/// rule was changed for them, verdicts on findings that appeared later (a separate file and column, so the blind
/// figure stays blind), the clear misses and whether they fire now, and the pairs; <c>--sample blind2</c> the same for
/// the second blind set (<c>data/sales-calls-blind2</c>, judged in <c>data/sales-blind2-*.tsv</c>),
/// <c>--sample blind3</c> for the third (<c>data/sales-calls-blind3</c>, judged in <c>data/sales-blind3-*.tsv</c>),
/// <c>--sample blind4</c> for the fourth (<c>data/sales-calls-blind4</c>, judged in <c>data/sales-blind4-*.tsv</c>),
/// <c>--sample blind5</c> for the fifth (<c>data/sales-calls-blind5</c>, judged in <c>data/sales-blind5-*.tsv</c>),
/// <c>--sample blind6</c> for the sixth (<c>data/sales-calls-blind6</c>, judged in <c>data/sales-blind6-*.tsv</c>),
/// <c>--sample blind7</c> for the seventh (<c>data/sales-calls-blind7</c>, judged in <c>data/sales-blind7-*.tsv</c>) and
/// <c>--sample blind8</c> for the eighth (<c>data/sales-calls-blind8</c>, judged in <c>data/sales-blind8-*.tsv</c>).
/// <c>--sample bargain-blind</c> does the same for the blind bargaining chats (<c>data/bargain-blind</c>, judged in
/// <c>data/bargain-blind-*.tsv</c>; no pairs), <c>--sample bargain-blind2</c> for the second set of them
/// (<c>data/bargain-blind2</c>, judged in <c>data/bargain-blind2-*.tsv</c>), <c>--sample bargain-blind3</c> for the
/// third (<c>data/bargain-blind3</c>, judged in <c>data/bargain-blind3-*.tsv</c>), <c>--sample bargain-blind4</c> for the
/// fourth (<c>data/bargain-blind4</c>, judged in <c>data/bargain-blind4-*.tsv</c>), <c>--sample bargain-blind5</c> for the
/// fifth (<c>data/bargain-blind5</c>, judged in <c>data/bargain-blind5-*.tsv</c>), <c>--sample bargain-blind6</c> for the
/// sixth (<c>data/bargain-blind6</c>, judged in <c>data/bargain-blind6-*.tsv</c>), <c>--sample bargain-blind7</c> for the
/// seventh (<c>data/bargain-blind7</c>, judged in <c>data/bargain-blind7-*.tsv</c>), and <c>--sample bargain-tune</c> reads the haggles written for the ledger
/// (<c>data/bargain-tune.txt</c>, <c>bargain-test.txt</c>, <c>haggling.txt</c>) as chat text alone, without their
/// listing price or gold, judged in <c>data/bargain-tune-judgements.tsv</c>: a bargaining sample the rules may be tuned on.
/// </summary>
internal static class AuditCommand
{
    public static int Run(string[] args)
    {
        var data = Path.Combine("..", "shared", "data");
        string? judged = null;
        var rules = new List<string>();
        var (p4g, earnings) = (20, 3);
        int? casinoCount = null;
        int? seed = null;
        var sampleName = "tuned";
        var show = false;
        var scores = 0;
        string? write = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--data": data = Value(); break;
                case "--judged": judged = Value(); break;
                case "--sample":
                    sampleName = Value() is "tuned" or "held" or "held2" or "held3" or "held4" or "held5" or "held6" or "held7" or "held8" or "held9" or "held10" or "held11" or "held12" or "held13" or "held14" or "held15" or "held16" or "written" or BargainTune || BlindSet.Named(args[i]) is not null ? args[i]
                        : throw new ArgumentException($"--sample takes 'tuned', 'held', 'held2', 'held3', 'held4', 'held5', 'held6', 'held7', 'held8', 'held9', 'held10', 'held11', 'held12', 'held13', 'held14', 'held15', 'held16', 'written', 'bargain-tune', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'bargain-blind', 'bargain-blind2', 'bargain-blind3', 'bargain-blind4', 'bargain-blind5', 'bargain-blind6' or 'bargain-blind7', not '{args[i]}'");
                    break;
                case "--rule": rules.Add(Value()); break;
                case "--p4g": p4g = Number(); break;
                case "--casino": casinoCount = Number(); break;
                case "--earnings": earnings = Number(); break;
                case "--seed": seed = Number(); break;
                case "--show": show = true; break;
                case "--scores": scores = Number(); break;
                case "--write": write = Value(); break;
                case "-h" or "--help":
                    Console.WriteLine("audit [--data DIR] [--sample tuned|held|held2|held3|held4|held5|held6|held7|held8|held9|held10|held11|held12|held13|held14|held15|held16|written|bargain-tune|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|bargain-blind|bargain-blind2|bargain-blind3|bargain-blind4|bargain-blind5|bargain-blind6|bargain-blind7] [--judged FILE] [--rule ID]... [--p4g N] [--casino N] [--earnings N] [--seed N] [--show] [--scores N]");
                    Console.WriteLine("  --sample S   tuned (default: seed 13, data/audit-judgements.tsv) or held (seed 29 over the conversations the");
                    Console.WriteLine("               tuned sample did not pick, data/audit-held-judgements.tsv); held2 (seed 41 over the conversations neither");
                    Console.WriteLine("               picked, data/audit-held2-judgements.tsv, judged before the fixes it led to); held3 (seed 53 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held3-judgements.tsv); held4 (seed 67 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held4-judgements.tsv); held5 (seed 79 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held5-judgements.tsv); held6 (seed 97 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held6-judgements.tsv); held7 (seed 101 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held7-judgements.tsv); held8 (seed 103 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held8-judgements.tsv); held9 (seed 107 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held9-judgements.tsv); held10 (seed 108 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held10-judgements.tsv); held11 (seed 109 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held11-judgements.tsv); held12 (seed 110 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held12-judgements.tsv); held13 (seed 113 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held13-judgements.tsv); held14 (seed 127 over the");
                    Console.WriteLine("               conversations none of those picked, data/audit-held14-judgements.tsv); held15 (seed 131 over the");
                    Console.WriteLine("               conversations none of those picked, 30 CaSiNo chats as no other is left,");
                    Console.WriteLine("               data/audit-held15-judgements.tsv); held16 (seed 137 over the conversations none");
                    Console.WriteLine("               of those picked, 30 CaSiNo chats, data/audit-held16-judgements.tsv); or written: the held-out");
                    Console.WriteLine("               sales calls written for SalesLint (data/sales-calls-held): findings, judgements, good/poor pairs;");
                    Console.WriteLine("               or blind: the blind sales calls (data/sales-calls-blind), verdicts before and after later");
                    Console.WriteLine("               rule changes (data/sales-blind-judgements.tsv, data/sales-blind-after-judgements.tsv), misses, pairs;");
                    Console.WriteLine("               or blind2: the second blind set (data/sales-calls-blind2, data/sales-blind2-*.tsv), the same;");
                    Console.WriteLine("               or blind3: the third (data/sales-calls-blind3, data/sales-blind3-*.tsv), the same;");
                    Console.WriteLine("               or blind4: the fourth (data/sales-calls-blind4, data/sales-blind4-*.tsv), the same;");
                    Console.WriteLine("               or blind5: the fifth (data/sales-calls-blind5, data/sales-blind5-*.tsv), the same;");
                    Console.WriteLine("               or blind6: the sixth (data/sales-calls-blind6, data/sales-blind6-*.tsv), the same;");
                    Console.WriteLine("               or blind7: the seventh (data/sales-calls-blind7, data/sales-blind7-*.tsv), the same;");
                    Console.WriteLine("               or blind8: the eighth (data/sales-calls-blind8, data/sales-blind8-*.tsv), the same;");
                    Console.WriteLine("               or bargain-blind: the blind bargaining chats (data/bargain-blind, data/bargain-blind-*.tsv), no pairs;");
                    Console.WriteLine("               or bargain-blind2: the second set (data/bargain-blind2, data/bargain-blind2-*.tsv), the same;");
                    Console.WriteLine("               or bargain-blind3: the third set (data/bargain-blind3, data/bargain-blind3-*.tsv), the same;");
                    Console.WriteLine("               or bargain-blind4: the fourth set (data/bargain-blind4, data/bargain-blind4-*.tsv), the same;");
                    Console.WriteLine("               or bargain-blind5: the fifth set (data/bargain-blind5, data/bargain-blind5-*.tsv), the same;");
                    Console.WriteLine("               or bargain-blind6: the sixth set (data/bargain-blind6, data/bargain-blind6-*.tsv), the same;");
                    Console.WriteLine("               or bargain-blind7: the seventh set (data/bargain-blind7, data/bargain-blind7-*.tsv), the same;");
                    Console.WriteLine("               or bargain-tune: the haggles written for the ledger as chat text (data/bargain-*.txt, haggling.txt),");
                    Console.WriteLine("               judged in data/bargain-tune-judgements.tsv");
                    Console.WriteLine("  --show       print every finding with its sentence and the turn before it, and its judgement");
                    Console.WriteLine("  --scores N   also score N PersuasionForGood dialogues and N CaSiNo chats and print the spread");
                    Console.WriteLine("  --write DIR  also write the sample as canonical JSON files into DIR (outside the repository), to run other builds on it");
                    return 0;
                default:
                    Console.Error.WriteLine($"audit: unknown option '{args[i]}'");
                    return 2;
            }
        }

        var blindSet = BlindSet.Named(sampleName);
        var (held, blind) = (sampleName switch { "held" => 1, "held2" => 2, "held3" => 3, "held4" => 4, "held5" => 5, "held6" => 6, "held7" => 7, "held8" => 8, "held9" => 9, "held10" => 10, "held11" => 11, "held12" => 12, "held13" => 13, "held14" => 14, "held15" => 15, "held16" => 16, _ => 0 }, blindSet is not null);
        var haggles = sampleName == BargainTune;

        // The fifteen samples before held15 took all 300 PersuasionForGood chats and all 44 Earnings-21 calls, so held15
        // and held16 draw three times the CaSiNo chats instead.
        var casino = casinoCount ?? (held >= 15 ? 30 : 10);
        var written = sampleName == "written" || blind || haggles;
        var pairs = written && !haggles && blindSet?.HasPairs != false;
        var writtenCalls = blindSet is not null ? blindSet.Calls(".")
            : haggles ? BlindCalls.Data(".")
            : Path.Combine("benchmarks", "SalesLint.Evaluation", "data", "sales-calls-held");
        if (written && !Directory.Exists(writtenCalls))
        {
            Console.Error.WriteLine($"audit: no folder '{writtenCalls}' (run from the repository root)");
            return 2;
        }

        if (!written && !Directory.Exists(data))
        {
            Console.Error.WriteLine($"audit: no data folder '{data}' (pass --data DIR)");
            return 2;
        }

        judged ??= blindSet is not null ? blindSet.BlindJudgements(".")
            : haggles ? Path.Combine(BlindCalls.Data("."), "bargain-tune-judgements.tsv")
            : written ? Path.Combine(writtenCalls, "judgements.tsv")
            : Path.Combine("benchmarks", "SalesLint.Evaluation", "data", held switch { 1 => "audit-held-judgements.tsv", 2 => "audit-held2-judgements.tsv", 3 => "audit-held3-judgements.tsv", 4 => "audit-held4-judgements.tsv", 5 => "audit-held5-judgements.tsv", 6 => "audit-held6-judgements.tsv", 7 => "audit-held7-judgements.tsv", 8 => "audit-held8-judgements.tsv", 9 => "audit-held9-judgements.tsv", 10 => "audit-held10-judgements.tsv", 11 => "audit-held11-judgements.tsv", 12 => "audit-held12-judgements.tsv", 13 => "audit-held13-judgements.tsv", 14 => "audit-held14-judgements.tsv", 15 => "audit-held15-judgements.tsv", 16 => "audit-held16-judgements.tsv", _ => "audit-judgements.tsv" });
        var drawSeed = seed ?? held switch { 1 => HeldSeed, 2 => Held2Seed, 3 => Held3Seed, 4 => Held4Seed, 5 => Held5Seed, 6 => Held6Seed, 7 => Held7Seed, 8 => Held8Seed, 9 => Held9Seed, 10 => Held10Seed, 11 => Held11Seed, 12 => Held12Seed, 13 => Held13Seed, 14 => Held14Seed, 15 => Held15Seed, 16 => Held16Seed, _ => TunedSeed };
        var judgements = File.Exists(judged) ? BlindCalls.ReadJudgements(judged) : [];
        var after = blindSet is not null && File.Exists(blindSet.AfterJudgements(".")) ? BlindCalls.ReadJudgements(blindSet.AfterJudgements(".")) : [];
        var misses = blindSet is not null ? BlindCalls.ReadMisses(blindSet.Misses(".")) : [];
        var ruleSet = RuleSet.LoadBuiltIn();
        var engine = new SalesLintEngine(ruleSet);
        if (rules.Count == 0)
        {
            rules.AddRange(ruleSet.Descriptors.Select(d => d.Id).Where(id => !id.StartsWith("SL9", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }

        var sample = new List<(string Corpus, Transcript Transcript)>();
        if (haggles)
        {
            sample.AddRange(Haggles(writtenCalls).Select(t => ("bargain", t)));
        }
        else if (written)
        {
            sample.AddRange(BlindCalls.Read(writtenCalls).Select(t => ("written", t)));
        }
        else
        {
            sample.AddRange(Draw(PersuasionForGood(data), p4g, 20, drawSeed, held).Select(t => ("persuasionforgood", t)));
            sample.AddRange(Draw(Casino(data, dealForm: true), casino, 10, drawSeed, held, held15Count: 30).Select(t => ("casino", t)));
            sample.AddRange(Draw(Earnings(data), earnings, 3, drawSeed, held).Select(t => ("earnings21", t)));
        }

        if (write is not null)
        {
            Directory.CreateDirectory(write);
            foreach (var (_, t) in sample)
            {
                File.WriteAllText(Path.Combine(write, t.Id + ".json"), JsonSerializer.Serialize(new
                {
                    id = t.Id,
                    participants = t.Participants.Select(p => new { id = p.Id, name = p.Name, role = p.Role.ToString().ToLowerInvariant() }),
                    turns = t.Turns.Select(turn => new { speaker = turn.Speaker, text = turn.Text }),
                }));
            }
        }

        var perRule = rules.ToDictionary(r => r, _ => (Findings: 0, Right: 0, Wrong: 0, Unsure: 0), StringComparer.Ordinal);
        var perRuleAfter = rules.ToDictionary(r => r, _ => (Right: 0, Wrong: 0, Unsure: 0), StringComparer.Ordinal);
        var fired = new List<FindingKey>();
        var perSide = new Dictionary<string, (int Findings, int Right, int Wrong, int Unsure)>(StringComparer.Ordinal) { ["good"] = default, ["poor"] = default };
        var unjudged = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scored = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (corpus, transcript) in sample)
        {
            var result = engine.Analyze(transcript);
            scored[transcript.Id] = result.Score.Overall;
            var conversation = engine.Tokenize(transcript);
            foreach (var d in result.Diagnostics.Where(d => perRule.ContainsKey(d.RuleId)))
            {
                var findingKey = FindingKey.Of(transcript.Id, d);
                var key = findingKey.ToString();
                fired.Add(findingKey);
                seen.Add(key);
                var afterVerdict = judgements.ContainsKey(key) ? null : after.GetValueOrDefault(key);
                var verdict = judgements.GetValueOrDefault(key) ?? afterVerdict;
                var (n, right, wrong, unsure) = perRule[d.RuleId];
                perRule[d.RuleId] = (n + 1, right + Count(verdict, Verdict.Right), wrong + Count(verdict, Verdict.Wrong), unsure + Count(verdict, Verdict.Unsure));
                if (pairs && Side(transcript.Id) is { } side)
                {
                    var (sn, sr, sw, su) = perSide[side];
                    perSide[side] = (sn + 1, sr + Count(verdict, Verdict.Right), sw + Count(verdict, Verdict.Wrong), su + Count(verdict, Verdict.Unsure));
                }

                var (afterRight, afterWrong, afterUnsure) = perRuleAfter[d.RuleId];
                perRuleAfter[d.RuleId] = (afterRight + Count(afterVerdict, Verdict.Right), afterWrong + Count(afterVerdict, Verdict.Wrong), afterUnsure + Count(afterVerdict, Verdict.Unsure));
                if (verdict is null)
                {
                    unjudged.Add(key);
                }

                if (show || verdict is null)
                {
                    Console.WriteLine($"{key}\t{(verdict is null ? "UNJUDGED" : Name(verdict.Verdict) + (afterVerdict is null ? string.Empty : " (after)"))}\t{verdict?.Reason}");
                    Console.WriteLine($"    {d.Message}");
                    if (d.Location.Turn is int t && t < conversation.Turns.Count)
                    {
                        if (t > 0)
                        {
                            Console.WriteLine($"    before: {Clip(conversation.Turns[t - 1].Text)}");
                        }

                        Console.WriteLine($"    turn:   {Clip(conversation.Turns[t].Text)}");
                        if (d.Location.Sentence is int si && si < conversation.Turns[t].Sentences.Count && conversation.Turns[t].Sentences.Count > 1)
                        {
                            Console.WriteLine($"    sentence: {Clip(conversation.Turns[t].Sentences[si].Text)}");
                        }
                    }
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(haggles || blindSet?.HasPairs == false
            ? $"Sample: {sample.Count} bargaining chats written for SalesLint ({writtenCalls}{(blindSet is not null ? $"; judged blind in {judged}" : $"; judged in {judged}")})"
            : written
            ? $"Sample: {sample.Count} sales calls written for SalesLint ({writtenCalls}{(blindSet is not null ? $"; judged blind in {judged}, later findings in {blindSet.AfterJudgements(".")}" : string.Empty)})"
            : $"Sample: {sample.Count(s => s.Corpus == "persuasionforgood")} PersuasionForGood, {sample.Count(s => s.Corpus == "casino")} CaSiNo, {sample.Count(s => s.Corpus == "earnings21")} Earnings-21 ({(held > 0 ? $"held-out sample {held}, " : string.Empty)}seed {drawSeed})");
        Console.WriteLine();
        Console.WriteLine(blind ? "| rule | findings | judged | right | unsure | precision | judged blind | right | precision blind | judged after | right | precision after |" : "| rule | findings | judged | right | unsure | precision |");
        Console.WriteLine(blind ? "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|---:|---:|");
        var total = (Findings: 0, Right: 0, Wrong: 0, Unsure: 0);
        var totalAfter = (Right: 0, Wrong: 0, Unsure: 0);
        foreach (var (rule, (n, right, wrong, unsure)) in perRule)
        {
            var (ar, aw, au) = perRuleAfter[rule];
            Console.WriteLine($"| {rule} | {n} | {right + wrong + unsure} | {right} | {unsure} | {Precision(right, wrong)} |" + (blind
                ? $" {right + wrong + unsure - ar - aw - au} | {right - ar} | {Precision(right - ar, wrong - aw)} | {ar + aw + au} | {ar} | {Precision(ar, aw)} |"
                : string.Empty));
            total = (total.Findings + n, total.Right + right, total.Wrong + wrong, total.Unsure + unsure);
            totalAfter = (totalAfter.Right + ar, totalAfter.Wrong + aw, totalAfter.Unsure + au);
        }

        var (tr, tw, tu) = totalAfter;
        Console.WriteLine($"| all | {total.Findings} | {total.Right + total.Wrong + total.Unsure} | {total.Right} | {total.Unsure} | {Precision(total.Right, total.Wrong)} |" + (blind
            ? $" {total.Right + total.Wrong + total.Unsure - tr - tw - tu} | {total.Right - tr} | {Precision(total.Right - tr, total.Wrong - tw)} | {tr + tw + tu} | {tr} | {Precision(tr, tw)} |"
            : string.Empty));
        Console.WriteLine("(precision = right / (right + wrong); unsure findings count in neither" + (blind
            ? "; blind = judged before any rule was changed for these calls, after = findings that appeared later)"
            : ")"));

        if (pairs)
        {
            foreach (var (side, (n, right, wrong, unsure)) in perSide)
            {
                Console.WriteLine($"On the {side} calls: {n} finding(s), {right} right, {wrong} wrong, {unsure} unsure ({Precision(right, wrong)})");
            }
        }

        // Judged findings of this sample that no longer fire: what a rule change removed, right ones included.
        var sampled = sample.Select(s => s.Transcript.Id).ToHashSet(StringComparer.Ordinal);
        var gone = judgements.Concat(after).Where(j => !seen.Contains(j.Key) && j.Key.Split('|') is [var id, var rule, ..] && sampled.Contains(id) && perRule.ContainsKey(rule))
            .OrderBy(j => j.Key, StringComparer.Ordinal).ToList();
        if (gone.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"{gone.Count} judged finding(s) no longer fire ({gone.Count(j => j.Value.Verdict == Verdict.Right)} of them judged right):");
            foreach (var (key, judgement) in gone)
            {
                Console.WriteLine($"  gone\t{key}\t{Name(judgement.Verdict)}\t{judgement.Reason}");
            }
        }
        if (unjudged.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"{unjudged.Count} finding(s) not judged yet: add them to {judged}");
        }

        if (blind)
        {
            PrintMisses(misses, fired);
        }

        if (pairs)
        {
            PrintPairs(Path.Combine(writtenCalls, "pairs.tsv"), scored);
        }

        if (scores > 0 && !written)
        {
            Console.WriteLine();
            Console.WriteLine("| corpus | calls | min | p10 | median | p90 | max |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (name, all) in new[] { ("persuasionforgood", PersuasionForGood(data)), ("casino", Casino(data, dealForm: true)) })
            {
                var values = Pick(all, scores, drawSeed).Select(t => engine.Analyze(t).Score.Overall).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {values.Count} | {values[0]:0.0} | {At(values, 0.1):0.0} | {At(values, 0.5):0.0} | {At(values, 0.9):0.0} | {values[^1]:0.0} |"));
            }
        }

        return 0;
    }

    /// <summary>"good" or "poor" for a call of a good/poor pair (its ID holds <c>-good</c> or <c>-poor</c>), else null.</summary>
    private static string? Side(string id) =>
        id.Contains("-good", StringComparison.Ordinal) ? "good" : id.Contains("-poor", StringComparison.Ordinal) ? "poor" : null;

    private static string Precision(int right, int wrong) =>
        right + wrong == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * right / (right + wrong):0}%");

    private static double At(List<double> sorted, double q) => sorted[(int)Math.Round(q * (sorted.Count - 1))];

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + " …";

    /// <summary>The <c>--sample</c> name of the haggles written for the ledger, read as chat text.</summary>
    private const string BargainTune = "bargain-tune";

    private const int TunedSeed = 13;
    private const int HeldSeed = 29;
    private const int Held2Seed = 41;
    private const int Held3Seed = 53;
    private const int Held4Seed = 67;
    private const int Held5Seed = 79;
    private const int Held6Seed = 97;
    private const int Held7Seed = 101;
    private const int Held8Seed = 103;
    private const int Held9Seed = 107;
    private const int Held10Seed = 108;
    private const int Held11Seed = 109;
    private const int Held12Seed = 110;
    private const int Held13Seed = 113;
    private const int Held14Seed = 127;
    private const int Held15Seed = 131;
    private const int Held16Seed = 137;

    /// <summary>
    /// <paramref name="count"/> conversations of one corpus drawn with <paramref name="seed"/>; for held-out sample 1
    /// only from those the tuned sample (its <paramref name="tunedCount"/> conversations, seed 13) did not pick, for
    /// held-out sample 2 only from those neither the tuned sample nor held-out sample 1 (as many, seed 29) picked, for
    /// held-out sample 3 only from those none of the tuned sample and held-out samples 1 and 2 (as many, seed 41) picked,
    /// for held-out sample 4 only from those none of the tuned sample and held-out samples 1 to 3 (seed 53) picked, for
    /// held-out sample 5 only from those none of the tuned sample and held-out samples 1 to 4 (seed 67) picked, for
    /// held-out sample 6 only from those none of the tuned sample and held-out samples 1 to 5 (seed 79) picked, for
    /// held-out sample 7 only from those none of the tuned sample and held-out samples 1 to 6 (seed 97) picked, for
    /// held-out sample 8 only from those none of the tuned sample and held-out samples 1 to 7 (seed 101) picked, for
    /// held-out sample 9 only from those none of the tuned sample and held-out samples 1 to 8 (seed 103) picked, for
    /// held-out sample 10 only from those none of the tuned sample and held-out samples 1 to 9 (seed 107) picked, for
    /// held-out sample 11 only from those none of the tuned sample and held-out samples 1 to 10 (seed 108) picked, for
    /// held-out sample 12 only from those none of the tuned sample and held-out samples 1 to 11 (seed 109) picked, for
    /// held-out sample 13 only from those none of the tuned sample and held-out samples 1 to 12 (seed 110) picked, for
    /// held-out sample 14 only from those none of the tuned sample and held-out samples 1 to 13 (seed 113) picked, for
    /// held-out sample 15 only from those none of the tuned sample and held-out samples 1 to 14 (seed 127) picked, for
    /// held-out sample 16 only from those none of the tuned sample and held-out samples 1 to 15 (seed 131) picked. Each
    /// earlier sample took <paramref name="tunedCount"/> conversations, except held-out sample 15, which took
    /// <paramref name="held15Count"/> (its 30 CaSiNo chats) when given.
    /// </summary>
    private static List<Transcript> Draw(List<Transcript> all, int count, int tunedCount, int seed, int held, int? held15Count = null)
    {
        if (held == 0)
        {
            return Pick(all, count, seed);
        }

        var taken = Pick(all, tunedCount, TunedSeed).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var rest = all.Where(t => !taken.Contains(t.Id)).ToList();
        var earlierSeeds = new[] { HeldSeed, Held2Seed, Held3Seed, Held4Seed, Held5Seed, Held6Seed, Held7Seed, Held8Seed, Held9Seed, Held10Seed, Held11Seed, Held12Seed, Held13Seed, Held14Seed, Held15Seed };
        foreach (var (earlier, sample) in earlierSeeds.Select((s, i) => (s, i + 1)).Take(held - 1))
        {
            taken.UnionWith(Pick(rest, sample == 15 ? held15Count ?? tunedCount : tunedCount, earlier).Select(t => t.Id));
            rest = [.. all.Where(t => !taken.Contains(t.Id))];
        }

        return Pick(rest, count, seed);
    }

    private static List<Transcript> Pick(List<Transcript> all, int count, int seed)
    {
        var random = new Random(seed);
        return [.. all.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => (Key: random.Next(), t)).OrderBy(p => p.Key).Take(count).Select(p => p.t)];
    }

    /// <summary>
    /// The haggles written for the ledger (<c>bargain-tune.txt</c>, <c>bargain-test.txt</c>, <c>haggling.txt</c> in
    /// <paramref name="data"/>) as a chat platform shows them: the turns alone, without the listing price metadata the
    /// ledger evaluation gives or the gold, between a seller Sam and a buyer Bea; IDs <c>bargain-tune-b01-mountain-bike</c>,
    /// <c>haggling-bike</c> (a name used twice gets <c>-2</c>: <c>haggling-guitar-2</c>).
    /// </summary>
    internal static List<Transcript> Haggles(string data)
    {
        Participant[] participants =
        [
            new Participant { Id = "S", Name = "Sam", Role = SpeakerRole.Seller },
            new Participant { Id = "B", Name = "Bea", Role = SpeakerRole.Buyer },
        ];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string Unique(string id)
        {
            var result = id;
            for (var n = 2; !ids.Add(result); n++)
            {
                result = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
            }

            return result;
        }

        return [.. new[] { ("bargain-tune-", "bargain-tune.txt"), ("bargain-test-", "bargain-test.txt"), ("haggling-", "haggling.txt") }
            .SelectMany(f => HagglingChat.Parse(File.ReadAllLines(Path.Combine(data, f.Item2))).Select(c => c.Transcript with
            {
                Id = Unique(f.Item1 + c.Name.Replace(' ', '-')),
                Metadata = new Dictionary<string, string>(),
                Participants = participants,
            }))];
    }

    /// <summary>Prints each good/poor pair of <paramref name="path"/> (pair, good id, poor id) with both scores and the gap.</summary>
    private static void PrintPairs(string path, Dictionary<string, double> scored)
    {
        Console.WriteLine();
        Console.WriteLine("| pair | good | poor | gap | ranked right |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        var (right, total) = (0, 0);
        foreach (var (name, goodId, poorId) in BlindCalls.ReadPairs(path))
        {
            if (!scored.TryGetValue(goodId, out var good) || !scored.TryGetValue(poorId, out var poor))
            {
                throw new FormatException($"{path}: pair '{name}' names a call that is not in the folder ('{goodId}', '{poorId}')");
            }

            total++;
            right += good > poor ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {good:0.0} | {poor:0.0} | {good - poor:+0.0;-0.0;0.0} | {(good > poor ? "yes" : "NO")} |"));
        }

        Console.WriteLine($"Pairs ranked right: {right} of {total}");
    }

    /// <summary>Prints the findings the trainer expected and did not get, and whether each fires now.</summary>
    private static void PrintMisses(List<ExpectedFinding> misses, List<FindingKey> fired)
    {
        if (misses.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("Clear misses (findings a trainer expects that did not come with the blind build):");
        var now = 0;
        foreach (var miss in misses)
        {
            var fires = BlindCalls.Fires(miss, fired);
            now += fires ? 1 : 0;
            Console.WriteLine($"  {(fires ? "fires now" : "missed   ")}\t{miss.Key}\t{miss.Reason}");
        }

        Console.WriteLine($"Misses that fire now: {now} of {misses.Count}");
    }

    private static int Count(Judgement? judgement, Verdict verdict) => judgement?.Verdict == verdict ? 1 : 0;

    private static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    /// <summary>PersuasionForGood dialogues (Apache-2.0): one turn per side's consecutive units, persuader = seller.</summary>
    internal static List<Transcript> PersuasionForGood(string data)
    {
        var path = Path.Combine(data, "persuasionforgood", "annotated_units.csv");
        var dialogues = new Dictionary<string, List<TranscriptTurn>>(StringComparer.Ordinal);
        string? lastKey = null;
        var units = new StringBuilder();
        string? lastDialogue = null, lastRole = null;
        void Flush()
        {
            if (lastDialogue is not null && units.Length > 0)
            {
                dialogues[lastDialogue].Add(new TranscriptTurn { Speaker = lastRole!, Text = units.ToString() });
            }

            units.Clear();
        }

        foreach (var row in Csv(path).Skip(1))
        {
            var (dialogue, role, turn, unit) = (row[0], row[1], row[2], row[3]);
            var key = $"{dialogue}|{role}|{turn}";
            if (key != lastKey)
            {
                Flush();
                dialogues.TryAdd(dialogue, []);
                (lastKey, lastDialogue, lastRole) = (key, dialogue, role);
            }

            units.Append(units.Length > 0 ? " " : string.Empty).Append(unit);
        }

        Flush();
        Participant[] participants =
        [
            new Participant { Id = "persuader", Name = "Persuader", Role = SpeakerRole.Seller },
            new Participant { Id = "persuadee", Name = "Persuadee", Role = SpeakerRole.Buyer },
        ];
        return [.. dialogues.Select(d => new Transcript { Id = "p4g-" + d.Key, Participants = participants, Turns = d.Value })];
    }

    /// <summary>
    /// CaSiNo chats (CC BY 4.0) from the converted casino.jsonl: with the deal form's bracketed turns ("[Submit-Deal: I get
    /// Food 1, …; you get …]", "[Accept-Deal]"), as a trainer reads the chat and as the audit checks it, or without them.
    /// </summary>
    /// <param name="data">The shared data folder.</param>
    /// <param name="dealForm">Whether to keep the deal-form turns.</param>
    internal static List<Transcript> Casino(string data, bool dealForm = false) =>
        [.. TranscriptReader.ReadFile(Path.Combine(data, "casino", "casino.jsonl"))
            .Select(t => dealForm ? t : t with { Turns = [.. t.Turns.Where(turn => !turn.Text.StartsWith('['))] })];

    /// <summary>Earnings-21 calls (CC BY-SA 4.0, evaluation only): the speaker with the most words is the seller.</summary>
    private static List<Transcript> Earnings(string data)
    {
        var result = new List<Transcript>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(data, "earnings", "earnings21"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var turns = root.GetProperty("turns").EnumerateArray()
                .Select(t => new TranscriptTurn { Speaker = t.GetProperty("speaker").GetString()!, Text = t.GetProperty("text").GetString()! })
                .ToList();
            var top = turns.GroupBy(t => t.Speaker, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)).First().Key;
            result.Add(new Transcript
            {
                Id = root.GetProperty("id").GetString()!,
                Participants = [.. root.GetProperty("participants").EnumerateArray().Select(p => new Participant
                {
                    Id = p.GetProperty("id").GetString()!,
                    Name = p.GetProperty("name").GetString()!,
                    Role = p.GetProperty("id").GetString() == top ? SpeakerRole.Seller : SpeakerRole.Buyer,
                })],
                Turns = turns,
            });
        }

        return result;
    }

    /// <summary>Rows of a CSV file with quoted fields (RFC 4180: doubled quotes, newlines inside quotes).</summary>
    internal static IEnumerable<string[]> Csv(string path)
    {
        var text = File.ReadAllText(path);
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return [.. row];
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return [.. row];
        }
    }
}
