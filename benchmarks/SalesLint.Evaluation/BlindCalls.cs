using System.Globalization;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Evaluation;

/// <summary>A trainer's verdict on one finding.</summary>
internal enum Verdict
{
    /// <summary>The trainer would agree with the finding.</summary>
    Right,

    /// <summary>The trainer would say the finding is wrong.</summary>
    Wrong,

    /// <summary>Arguable either way; counts in neither column.</summary>
    Unsure,
}

/// <summary>A verdict and its one-line reason.</summary>
internal sealed record Judgement(Verdict Verdict, string Reason);

/// <summary>Where a finding is: conversation, rule, turn and sentence (<c>-</c> when the finding has none).</summary>
internal sealed record FindingKey(string Call, string Rule, int? Turn, int? Sentence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Call}|{Rule}|{(Turn is int t ? t.ToString(CultureInfo.InvariantCulture) : "-")}|{(Sentence is int s ? s.ToString(CultureInfo.InvariantCulture) : "-")}");

    public static FindingKey Of(string call, Diagnostic diagnostic) => new(call, diagnostic.RuleId, diagnostic.Location.Turn, diagnostic.Location.Sentence);

    /// <summary>Reads <c>CALL|RULE|TURN|SENTENCE</c> (TURN and SENTENCE a number or <c>-</c>; SENTENCE may be left out).</summary>
    public static FindingKey Parse(string text) => text.Split('|') switch
    {
        [var call, var rule, var turn] when call.Length > 0 && rule.Length > 0 => new(call, rule, Number(turn, text), null),
        [var call, var rule, var turn, var sentence] when call.Length > 0 && rule.Length > 0 => new(call, rule, Number(turn, text), Number(sentence, text)),
        _ => throw new FormatException($"expected 'CALL|RULE|TURN|SENTENCE', got '{text}'"),
    };

    private static int? Number(string text, string key) =>
        text == "-" ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new FormatException($"expected a number or '-' in '{key}', got '{text}'");
}

/// <summary>A good and a poor call of the same situation; the score should put the good one higher.</summary>
internal sealed record CallPair(string Name, string Good, string Poor);

/// <summary>A finding the trainer expected and did not get: the call, the rule, the turn (or <c>-</c>: anywhere) and optionally the sentence, and why.</summary>
internal sealed record ExpectedFinding(FindingKey Key, string Reason);

/// <summary>
/// A set of blind sales calls: good/poor pairs written without reading the rules and committed before SalesLint ran on
/// them (<c>data/FOLDER</c>, with its <c>pairs.tsv</c>), and the files that judge them: the trainer's verdicts on the
/// findings of the build they were written against (<c>data/PREFIX-judgements.tsv</c>, the blind figure), verdicts on
/// findings that appeared only after later rule changes (<c>data/PREFIX-after-judgements.tsv</c>) and the clear misses
/// (<c>data/PREFIX-misses.tsv</c>).
/// </summary>
/// <param name="Name">The name <c>audit --sample</c> takes.</param>
/// <param name="Folder">The folder of the calls under the data folder.</param>
/// <param name="Prefix">The start of the judgement files' names under the data folder.</param>
/// <param name="HasPairs">Whether the calls come in good/poor pairs (a <c>pairs.tsv</c>); a set of bargaining chats has none.</param>
internal sealed record BlindSet(string Name, string Folder, string Prefix, bool HasPairs = true)
{
    /// <summary>Session 6's blind calls (<c>data/sales-calls-blind</c>, judged in <c>data/sales-blind-*.tsv</c>).</summary>
    public static readonly BlindSet First = new("blind", "sales-calls-blind", "sales-blind");

    /// <summary>Session 9's blind calls (<c>data/sales-calls-blind2</c>, judged in <c>data/sales-blind2-*.tsv</c>).</summary>
    public static readonly BlindSet Second = new("blind2", "sales-calls-blind2", "sales-blind2");

    /// <summary>Session 15's blind calls (<c>data/sales-calls-blind3</c>, judged in <c>data/sales-blind3-*.tsv</c>).</summary>
    public static readonly BlindSet Third = new("blind3", "sales-calls-blind3", "sales-blind3");

    /// <summary>Session 16's blind calls (<c>data/sales-calls-blind4</c>, judged in <c>data/sales-blind4-*.tsv</c>).</summary>
    public static readonly BlindSet Fourth = new("blind4", "sales-calls-blind4", "sales-blind4");

    /// <summary>Session 17's blind calls (<c>data/sales-calls-blind5</c>, judged in <c>data/sales-blind5-*.tsv</c>).</summary>
    public static readonly BlindSet Fifth = new("blind5", "sales-calls-blind5", "sales-blind5");

    /// <summary>Session 18's blind calls (<c>data/sales-calls-blind6</c>, judged in <c>data/sales-blind6-*.tsv</c>).</summary>
    public static readonly BlindSet Sixth = new("blind6", "sales-calls-blind6", "sales-blind6");

    /// <summary>Session 19's blind calls (<c>data/sales-calls-blind7</c>, judged in <c>data/sales-blind7-*.tsv</c>).</summary>
    public static readonly BlindSet Seventh = new("blind7", "sales-calls-blind7", "sales-blind7");

    /// <summary>
    /// Session 26's blind calls (<c>data/sales-calls-blind8</c>, judged in <c>data/sales-blind8-*.tsv</c>): calls written to
    /// read like real recordings, whose poor calls have subtle faults rather than stock phrases.
    /// </summary>
    public static readonly BlindSet Eighth = new("blind8", "sales-calls-blind8", "sales-blind8");


    /// <summary>
    /// Session 18's blind bargaining chats (<c>data/bargain-blind</c>, judged in <c>data/bargain-blind-*.tsv</c>): used-goods
    /// chats between a seller and a buyer, each its own situation, so no good/poor pairs.
    /// </summary>
    public static readonly BlindSet Bargaining = new("bargain-blind", "bargain-blind", "bargain-blind", HasPairs: false);

    /// <summary>
    /// Session 19's blind bargaining chats (<c>data/bargain-blind2</c>, judged in <c>data/bargain-blind2-*.tsv</c>): a second
    /// set of used-goods and rental chats, written and judged on the session's starting code; no good/poor pairs.
    /// </summary>
    public static readonly BlindSet SecondBargaining = new("bargain-blind2", "bargain-blind2", "bargain-blind2", HasPairs: false);

    /// <summary>
    /// Session 21's blind bargaining chats (<c>data/bargain-blind3</c>, judged in <c>data/bargain-blind3-*.tsv</c>): a third
    /// set of used-goods and rental chats, written and judged on the session's starting code; no good/poor pairs.
    /// </summary>
    public static readonly BlindSet ThirdBargaining = new("bargain-blind3", "bargain-blind3", "bargain-blind3", HasPairs: false);

    /// <summary>
    /// Session 23's blind bargaining chats (<c>data/bargain-blind4</c>, judged in <c>data/bargain-blind4-*.tsv</c>): a fourth
    /// set of used-goods and service chats, written and judged on the session's starting code; no good/poor pairs.
    /// </summary>
    public static readonly BlindSet FourthBargaining = new("bargain-blind4", "bargain-blind4", "bargain-blind4", HasPairs: false);

    /// <summary>
    /// Session 24's blind bargaining chats (<c>data/bargain-blind5</c>, judged in <c>data/bargain-blind5-*.tsv</c>): a fifth
    /// set of used-goods, rental and service chats, written and judged on the session's starting code; no good/poor pairs.
    /// </summary>
    public static readonly BlindSet FifthBargaining = new("bargain-blind5", "bargain-blind5", "bargain-blind5", HasPairs: false);

    /// <summary>
    /// Session 25's blind bargaining chats (<c>data/bargain-blind6</c>, judged in <c>data/bargain-blind6-*.tsv</c>): a sixth
    /// set of used-goods, rental and service chats, written and judged on the session's starting code; no good/poor pairs.
    /// </summary>
    public static readonly BlindSet SixthBargaining = new("bargain-blind6", "bargain-blind6", "bargain-blind6", HasPairs: false);

    /// <summary>
    /// Session 26's blind bargaining chats (<c>data/bargain-blind7</c>, judged in <c>data/bargain-blind7-*.tsv</c>): a seventh
    /// set of used-goods, rental and service chats, written and judged on the session's starting code; no good/poor pairs.
    /// </summary>
    public static readonly BlindSet SeventhBargaining = new("bargain-blind7", "bargain-blind7", "bargain-blind7", HasPairs: false);

    /// <summary>Every blind set, oldest first.</summary>
    public static IReadOnlyList<BlindSet> All { get; } = [First, Second, Third, Fourth, Fifth, Sixth, Seventh, Eighth, Bargaining, SecondBargaining, ThirdBargaining, FourthBargaining, FifthBargaining, SixthBargaining, SeventhBargaining];

    /// <summary>The set <c>audit --sample</c> calls <paramref name="name"/>, or null.</summary>
    public static BlindSet? Named(string name) => All.FirstOrDefault(s => s.Name == name);

    public string Calls(string root) => Path.Combine(BlindCalls.Data(root), Folder);

    public string Pairs(string root) => Path.Combine(Calls(root), "pairs.tsv");

    public string BlindJudgements(string root) => Path.Combine(BlindCalls.Data(root), Prefix + "-judgements.tsv");

    public string AfterJudgements(string root) => Path.Combine(BlindCalls.Data(root), Prefix + "-after-judgements.tsv");

    public string Misses(string root) => Path.Combine(BlindCalls.Data(root), Prefix + "-misses.tsv");

    public override string ToString() => Name;
}

/// <summary>Reading the blind sales calls of a <see cref="BlindSet"/> and the files that judge them.</summary>
internal static class BlindCalls
{
    /// <summary>The data folder of the evaluation project under the repository root <paramref name="root"/>.</summary>
    public static string Data(string root) => Path.Combine(root, "benchmarks", "SalesLint.Evaluation", "data");

    /// <summary>Every <c>.txt</c> and <c>.json</c> transcript of <paramref name="folder"/>, in file-name order.</summary>
    public static List<Transcript> Read(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(f => Path.GetExtension(f) is ".txt" or ".json").Order(StringComparer.Ordinal)
            .SelectMany(f => TranscriptReader.ReadFile(f))];

    /// <summary>Verdicts keyed by <see cref="FindingKey"/> text: <c>KEY&lt;TAB&gt;right|wrong|unsure&lt;TAB&gt;reason</c> lines, <c>#</c> comments.</summary>
    public static Dictionary<string, Judgement> ReadJudgements(string path)
    {
        var result = new Dictionary<string, Judgement>(StringComparer.Ordinal);
        foreach (var (line, number) in Lines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[1] is not ("right" or "wrong" or "unsure"))
            {
                throw new FormatException($"{path}({number}): expected 'KEY<TAB>right|wrong|unsure<TAB>reason', got '{line}'");
            }

            var verdict = parts[1] switch { "right" => Verdict.Right, "wrong" => Verdict.Wrong, _ => Verdict.Unsure };
            if (!result.TryAdd(parts[0], new Judgement(verdict, parts.Length > 2 ? parts[2] : string.Empty)))
            {
                throw new FormatException($"{path}({number}): '{parts[0]}' is judged twice");
            }
        }

        return result;
    }

    /// <summary>The pairs of <paramref name="path"/>: <c>PAIR&lt;TAB&gt;GOOD-ID&lt;TAB&gt;POOR-ID</c> lines.</summary>
    public static List<CallPair> ReadPairs(string path) =>
        [.. Lines(path).Select(l => l.Line.Split('\t') is [var name, var good, var poor]
            ? new CallPair(name, good, poor)
            : throw new FormatException($"{path}({l.Number}): expected 'PAIR<TAB>GOOD-ID<TAB>POOR-ID', got '{l.Line}'"))];

    /// <summary>The expected findings of <paramref name="path"/> (<c>CALL|RULE|TURN[|SENTENCE]&lt;TAB&gt;reason</c>); none when it does not exist.</summary>
    public static List<ExpectedFinding> ReadMisses(string path) =>
        !File.Exists(path) ? [] :
        [.. Lines(path).Select(l => l.Line.Split('\t') is [var key, var reason] && reason.Length > 0
            ? new ExpectedFinding(FindingKey.Parse(key), reason)
            : throw new FormatException($"{path}({l.Number}): expected 'CALL|RULE|TURN[|SENTENCE]<TAB>reason', got '{l.Line}'"))];

    /// <summary>Whether <paramref name="miss"/> now fires: a finding of its rule in its call, at its turn and sentence when it names them.</summary>
    public static bool Fires(ExpectedFinding miss, IEnumerable<FindingKey> findings) =>
        findings.Any(f => f.Call == miss.Key.Call && f.Rule == miss.Key.Rule
            && (miss.Key.Turn is null || f.Turn == miss.Key.Turn) && (miss.Key.Sentence is null || f.Sentence == miss.Key.Sentence));

    private static IEnumerable<(string Line, int Number)> Lines(string path) =>
        File.ReadLines(path).Select((line, i) => (line, i + 1)).Where(l => l.line.Length > 0 && !l.line.StartsWith('#'));
}
