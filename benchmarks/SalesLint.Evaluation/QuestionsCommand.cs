using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesLint.Acts;
using SalesLint.Model;

namespace SalesLint.Evaluation;

/// <summary>
/// <c>questions</c>: question detection measured per sentence (and per turn) against gold labels, on the written sales
/// calls in <c>data/sales-calls.tsv</c>, CaSiNo's test split and the Earnings-21/22 calls (the human transcripts' "?"),
/// as written, stripped (lower-cased, no punctuation, sentence boundaries known) and as stripped whole turns (the
/// boundaries left to SalesLint), and question counts per call on Earnings-21's real speech-recognition text; and on
/// the whole telephone conversations written for SalesLint (<c>data/telephone-calls/</c>: tune, held, held2 and held3, all open for tuning since session 20),
/// scored per gold utterance; and held4 (session 20), measure-only: its figures and counts, never its error lines.
/// </summary>
internal static partial class QuestionsCommand
{
    private static readonly string[] AllCorpora = ["sales", "telephone", "telcalls-tune", "telcalls-held", "telcalls-held2", "telcalls-held3", "telcalls-held4", "casino", "earnings21", "earnings22", "asr"];

    public static int Run(string[] args)
    {
        var data = Path.Combine("..", "shared", "data");
        var sales = Path.Combine("benchmarks", "SalesLint.Evaluation", "data", "sales-calls.tsv");
        var telephone = Path.Combine("benchmarks", "SalesLint.Evaluation", "data", "telephone.tsv");
        var telephoneCalls = Path.Combine("benchmarks", "SalesLint.Evaluation", "data", "telephone-calls");
        var corpora = new List<string>();
        var mode = ActClassifierMode.Auto;
        var examples = 0;
        var maxCalls = int.MaxValue;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--data": data = Value(); break;
                case "--sales": sales = Value(); break;
                case "--telephone": telephone = Value(); break;
                case "--telephone-calls": telephoneCalls = Value(); break;
                case "--model":
                    using (var stream = File.OpenRead(Value()))
                    {
                        QuestionEvaluator.Model = SentenceActModel.Load(stream);
                    }

                    break;
                case "--corpus": corpora.Add(Value()); break;
                case "--classifier": mode = Enum.Parse<ActClassifierMode>(Value(), ignoreCase: true); break;
                case "--examples": examples = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--max-calls": maxCalls = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "-h" or "--help":
                    Console.WriteLine("questions [--data DIR] [--sales FILE] [--telephone FILE] [--telephone-calls DIR] [--corpus sales|telephone|telcalls-tune|telcalls-held|telcalls-held2|telcalls-held3|telcalls-held4|casino|earnings21|earnings22|asr]... " +
                                      "[--classifier auto|rules|model] [--model ZIP] [--examples N] [--max-calls N]");
                    return 0;
                default:
                    Console.Error.WriteLine($"questions: unknown option '{args[i]}'");
                    return 2;
            }
        }

        foreach (var c in corpora.Where(c => !AllCorpora.Contains(c)))
        {
            Console.Error.WriteLine($"questions: unknown corpus '{c}' (known: {string.Join(", ", AllCorpora)})");
            return 2;
        }

        if (corpora.Count == 0)
        {
            corpora.AddRange(AllCorpora);
        }

        var evaluator = new QuestionEvaluator(mode, examples);
        var main = new List<string>();
        try
        {
            foreach (var corpus in corpora)
            {
                switch (corpus)
                {
                    case "sales":
                        main.AddRange(evaluator.Sales(SalesSet.Read(sales)));
                        break;
                    case "telephone":
                        main.AddRange(evaluator.Written("telephone (written)", SalesSet.Read(telephone)));
                        break;
                    case "telcalls-tune" or "telcalls-held" or "telcalls-held2" or "telcalls-held3":
                        main.AddRange(evaluator.TelephoneCallSet(corpus, TelephoneCalls.ReadFolder(Path.Combine(telephoneCalls, corpus["telcalls-".Length..])),
                            withholdExamples: false));
                        break;
                    case "casino":
                        main.AddRange(evaluator.Conversations("casino test", Loaders.CasinoTest(data)));
                        break;
                    case "earnings21" or "earnings22":
                        main.AddRange(evaluator.Conversations(corpus, Loaders.Earnings(data, corpus, maxCalls)));
                        break;
                    case "asr":
                        evaluator.Asr(Loaders.Earnings(data, "earnings21", maxCalls), Loaders.AsrDirectory(data));
                        break;
                    case "telcalls-held4":
                        // Blind (written in session 20 before any detector ran on it): figures only, never error lines.
                        main.AddRange(evaluator.TelephoneCallSet(corpus, TelephoneCalls.ReadFolder(Path.Combine(telephoneCalls, "held4")), withholdExamples: true));
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
        {
            Console.Error.WriteLine($"questions: {e.Message}");
            return 1;
        }

        Console.WriteLine();
        Console.WriteLine($"## Question detection (classifier: {mode.ToString().ToLowerInvariant()})");
        Console.WriteLine();
        Console.WriteLine("| corpus | text | unit | items | questions | P | R | F1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var row in main)
        {
            Console.WriteLine(row);
        }

        evaluator.PrintDetails();
        return 0;
    }
}

/// <summary>One labelled sentence of the written sales set.</summary>
internal sealed record LabelledSentence(SentenceAct Act, string Case, string Text, int Line);

/// <summary>Reads <c>data/sales-calls.tsv</c>: act, case, text per line; <c>#</c> comments.</summary>
internal static class SalesSet
{
    public static List<LabelledSentence> Read(string path)
    {
        var result = new List<LabelledSentence>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || !Enum.TryParse<SentenceAct>(fields[0], ignoreCase: true, out var act) || fields[2].Length == 0)
            {
                throw new InvalidDataException($"{path}({lineNumber}): expected 'question|statement|backchannel|other<TAB>case<TAB>text'");
            }

            result.Add(new LabelledSentence(act, fields[1], fields[2], lineNumber));
        }

        return result;
    }
}

/// <summary>Reads the corpora under ../shared/data as lists of turn texts per conversation.</summary>
internal static partial class Loaders
{
    private static readonly string[] DealActions = ["Submit-Deal", "Accept-Deal", "Reject-Deal", "Walk-Away"];

    /// <summary>CaSiNo's test split (split/casino_test.json): typed turns, deal actions left out.</summary>
    public static IEnumerable<(string Id, List<string> Turns)> CasinoTest(string data)
    {
        var path = Path.Combine(data, "casino", "split", "casino_test.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new List<(string, List<string>)>();
        foreach (var dialogue in document.RootElement.EnumerateArray())
        {
            var turns = new List<string>();
            foreach (var entry in dialogue.GetProperty("chat_logs").EnumerateArray())
            {
                var text = entry.GetProperty("text").GetString() ?? string.Empty;
                if (!DealActions.Contains(text) && text.Trim().Length > 0)
                {
                    turns.Add(text);
                }
            }

            result.Add(("casino-" + dialogue.GetProperty("dialogue_id").GetInt32().ToString(CultureInfo.InvariantCulture), turns));
        }

        return result;
    }

    /// <summary>Earnings-21 or -22 calls (canonical JSON); the transcribers' tags (&lt;inaudible&gt;, &lt;laugh&gt;…) removed.</summary>
    public static IEnumerable<(string Id, List<string> Turns)> Earnings(string data, string corpus, int maxCalls)
    {
        var folder = Path.Combine(data, "earnings", corpus);
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Take(maxCalls))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var turns = new List<string>();
            foreach (var turn in document.RootElement.GetProperty("turns").EnumerateArray())
            {
                var text = Tag().Replace(turn.GetProperty("text").GetString() ?? string.Empty, " ").Trim();
                if (text.Length > 0)
                {
                    turns.Add(text);
                }
            }

            yield return (Path.GetFileNameWithoutExtension(file), turns);
        }
    }

    public static string AsrDirectory(string data) => Path.Combine(data, "earnings", "asr", "earnings21-rev-espnet");

    [GeneratedRegex(@"<[a-z]+>")]
    internal static partial Regex Tag();
}
