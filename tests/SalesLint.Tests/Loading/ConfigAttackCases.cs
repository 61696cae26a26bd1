using System.Text;

namespace SalesLint.Tests.Loading;

/// <summary>
/// One hostile configuration: files written under a fresh folder (a transcript <c>call.txt</c> sits at its root, so the
/// folder's <c>.saleslint.yaml</c> is discovered), and the error loading must give: a
/// <see cref="ConfigurationException"/> naming <see cref="ErrorFile"/> (relative to the folder, or absolute), the line
/// (and column, when given), and a fragment of the reason. Never another exception, never a hang.
/// </summary>
/// <param name="Name">Short name of the case.</param>
/// <param name="Class">The kind of attack: <c>alias-bomb</c>, <c>limits</c>, <c>non-finite</c>, <c>paths</c>, <c>loose</c> or <c>code</c>.</param>
/// <param name="Files">Relative path → content. A content of <c>&lt;dir&gt;</c> makes a folder.</param>
/// <param name="ErrorFile">The file the error must name.</param>
/// <param name="Line">The line it must name; <see langword="null"/> when the error is about the file as a whole.</param>
/// <param name="Column">The column, when fixed.</param>
/// <param name="Message">A fragment of the reason.</param>
public sealed record ConfigAttackCase(string Name, string Class, IReadOnlyDictionary<string, string> Files, string ErrorFile, int? Line, int? Column, string Message)
{
    public const string Folder = "<dir>";

    public override string ToString() => $"{Class}: {Name}";
}

/// <summary>
/// The attack cases on configuration and rule loading (issue 12), as data: the loader tests run every one, and a fuzz
/// test may start its mutations from them. Add a case here for each new hole found.
/// </summary>
public static class ConfigAttackCases
{
    private const string Config = ".saleslint.yaml";
    private const string ExtendsRules = "extends: [recommended, rules]\n";

    public static IReadOnlyList<ConfigAttackCase> All { get; } = [.. Build()];

    /// <summary>The eleven-line alias bomb (10^9 strings once expanded) after <paramref name="prefix"/>, ending with <c>KEY: *a9</c>.</summary>
    public static string Bomb(string prefix, string key)
    {
        var text = new StringBuilder(prefix);
        text.Append("a0: &a0 [\"lol\"]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        return text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{key}: *a9\n").ToString();
    }

    /// <summary>The line the bomb is stopped at: the a5 line (its fourth alias passes 100,000 nodes).</summary>
    public static int BombLine(string prefix) => prefix.Count(c => c == '\n') + 6;

    private static IEnumerable<ConfigAttackCase> Build()
    {
        // Alias bombs: the same eleven lines in every file type.
        var rulePrefix = "id: SL8100\nextends: existence\ntitle: Bomb\nmessage: bomb\ncategory: discovery\n";
        foreach (var (type, prefix, key) in new[]
                 {
                     ("rule", rulePrefix, "match"),
                     ("lexicon", "lexicon: product\n", "terms"),
                     ("scoring", "categories:\n  discovery: { weight: 1 }\n", "metrics"),
                     ("analyzers", string.Empty, "assemblies"),
                     ("analyzer options", "analyzer: SL5001\n", "options"),
                 })
        {
            yield return new($"bomb in a {type} file of a rules folder", "alias-bomb",
                new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/bomb.yaml"] = Bomb(prefix, key) },
                "rules/bomb.yaml", BombLine(prefix), null, "aliases expand");
        }

        yield return new("bomb in .saleslint.yaml lexicons", "alias-bomb",
            new Dictionary<string, string> { [Config] = Bomb("minLevel: warning\n", "lexicons") }, Config, BombLine("minLevel: warning\n"), null, "aliases expand");
        yield return new("bomb in a rule parameter of .saleslint.yaml", "alias-bomb",
            new Dictionary<string, string> { [Config] = Bomb(string.Empty, "rules") }, Config, BombLine(string.Empty), null, "aliases expand");
        yield return new("alias inside the node it names", "alias-bomb",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/loop.yaml"] = "lexicon: product\nterms: &t [a, *t]\n" },
            "rules/loop.yaml", 2, 15, "inside the node it names");

        // Limits on size and shape.
        yield return new("lists nested 200 deep", "limits",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/deep.yaml"] = "lexicon: product\nterms: " + new string('[', 200) + new string(']', 200) + "\n" },
            "rules/deep.yaml", 2, null, "nested more than 64");
        yield return new("200,000 list entries", "limits",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/wide.yaml"] = "lexicon: product\nterms: [" + string.Join(",", Enumerable.Repeat("a", 200_000)) + "]\n" },
            "rules/wide.yaml", 2, null, "more than 100000 nodes");
        yield return new("rule file over 1 MiB", "limits",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/big.yaml"] = "lexicon: product\ndescription: " + new string('x', 1_100_000) + "\n" },
            "rules/big.yaml", null, null, "at most 1048576");

        // Numbers that are not finite, or not numbers.
        var scoring = "categories:\n  discovery: { weight: WEIGHT }\n  listening: { weight: 1 }\n  positioning: { weight: 1 }\n  negotiation: { weight: 1 }\n  closing: { weight: 1 }\n";
        yield return new("scoring weight .nan", "non-finite",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/scoring.yaml"] = scoring.Replace("WEIGHT", ".nan", StringComparison.Ordinal) },
            "rules/scoring.yaml", 2, 24, "expected a finite number, got '.nan'");
        yield return new("scoring weight .inf", "non-finite",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/scoring.yaml"] = scoring.Replace("WEIGHT", "-.inf", StringComparison.Ordinal) },
            "rules/scoring.yaml", 2, 24, "expected a finite number");
        yield return new("scoring severity points 1e400", "non-finite",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/scoring.yaml"] = scoring.Replace("WEIGHT", "1", StringComparison.Ordinal) + "severityPoints: { warning: 1e400 }\n" },
            "rules/scoring.yaml", 7, 28, "too large");
        yield return new("scoring metric term onlyIf NaN", "non-finite",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/scoring.yaml"] = scoring.Replace("WEIGHT", "1", StringComparison.Ordinal) + "metrics:\n  - { metric: seller.talk_share, category: listening, good: 0.45, bad: 0.75, points: 10, onlyIf: { turns: NaN } }\n" },
            "rules/scoring.yaml", 8, null, "expected a finite number, got 'NaN'");
        var metricRule = "id: SL8101\nextends: metric\ntitle: T\nmessage: m\ncategory: discovery\nmetric: seller.question_ratio\nmin: MIN\n";
        foreach (var (value, message) in new[] { (".nan", "finite"), ("1e400", "too large"), (".inf", "finite"), ("lots", "expected a number, got 'lots'") })
        {
            yield return new($"rule min: {value}", value == "lots" ? "loose" : "non-finite",
                new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/r.yaml"] = metricRule.Replace("MIN", value, StringComparison.Ordinal) },
                "rules/r.yaml", 7, 6, message);
            yield return new($".saleslint.yaml rule parameter min: {value}", value == "lots" ? "loose" : "non-finite",
                new Dictionary<string, string> { [Config] = $"rules:\n  SL1001: {{ level: error, min: {value} }}\n" },
                Config, 2, 32, message);
        }

        yield return new(".saleslint.yaml block parameter min: lots", "loose",
            new Dictionary<string, string> { [Config] = "rules:\n  SL1001:\n    level: error\n    min: lots\n" },
            Config, 4, 10, "expected a number, got 'lots'");
        yield return new("rule maxReports: 1e400 (a count)", "non-finite",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/r.yaml"] = "id: SL8102\nextends: existence\ntitle: T\nmessage: m\ncategory: discovery\nmatch: { speaker: seller }\nmaxReports: 1e400\n" },
            "rules/r.yaml", 7, 13, "too large");
        yield return new("rule level: loud (not a severity)", "loose",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/r.yaml"] = "id: SL8103\nextends: existence\ntitle: T\nmessage: m\ncategory: discovery\nlevel: loud\nmatch: { speaker: seller }\n" },
            "rules/r.yaml", 6, 1, "rule SL8103: level must be error, warning, suggestion or none, not 'loud'");
        yield return new("analyzer option minUnconditionalShare: .nan", "non-finite",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/SL5001.yaml"] = "analyzer: SL5001\noptions:\n  minUnconditionalShare: .nan\n" },
            "rules/SL5001.yaml", 3, 26, "finite");
        yield return new("analyzer option minConcessions: 2.5 (a count)", "loose",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/SL5001.yaml"] = "analyzer: SL5001\noptions:\n  minConcessions: 2.5\n" },
            "rules/SL5001.yaml", 3, 19, "whole number");

        // Paths that are not rule folders or files.
        yield return new("extends a missing file", "paths",
            new Dictionary<string, string> { [Config] = "extends: [recommended, missing.yaml]\n" }, Config, 1, 24, "missing.yaml");
        yield return new("extends a cycle", "paths",
            new Dictionary<string, string> { [Config] = "extends: [recommended, b.yaml]\n", ["b.yaml"] = "extends: [.saleslint.yaml]\n" }, "b.yaml", 1, 11, "cycle");
        yield return new("extends itself", "paths",
            new Dictionary<string, string> { [Config] = "minLevel: warning\nextends: [recommended, .saleslint.yaml]\n" }, Config, 2, 24, "cycle");
        yield return new("baseline is a folder", "paths",
            new Dictionary<string, string> { [Config] = "baseline: sub\n", ["sub"] = ConfigAttackCase.Folder }, Config, 1, 11, "is a folder");
        yield return new("rules folder nested 10 deep", "paths",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/1/2/3/4/5/6/7/8/9/10/x.yaml"] = "lexicon: product\nterms: [a]\n" }, Config, 1, 24, "nested more than 8");
        if (OperatingSystem.IsLinux())
        {
            foreach (var device in new[] { "/dev/zero", "/dev/urandom" })
            {
                yield return new($"extends {device}", "paths",
                    new Dictionary<string, string> { [Config] = $"extends: [recommended, {device}]\n" }, Config, 1, 24, "not a regular file");
                yield return new($"baseline {device}", "paths",
                    new Dictionary<string, string> { [Config] = $"baseline: {device}\n" }, Config, 1, 11, "not a regular file");
            }

            yield return new("extends the root folder", "paths",
                new Dictionary<string, string> { [Config] = "extends: [recommended, /]\n" }, Config, 1, 24, "extends '/'");
        }

        // Loose checks.
        var rule = "id: SL8103\nextends: existence\ntitle: T\nmessage: m\ncategory: discovery\nmatch: { speaker: seller }\n";
        yield return new("two rule files with the same ID in one folder", "loose",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/a.yaml"] = rule, ["rules/b.yaml"] = rule }, "rules/b.yaml", 1, 1, "already defined by");
        yield return new("second document in .saleslint.yaml", "loose",
            new Dictionary<string, string> { [Config] = "minLevel: warning\n---\nanalyzers: [x.dll]\n" }, Config, 2, 1, "one document per file");
        yield return new("second document in a rule file", "loose",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/a.yaml"] = rule + "---\n" + rule }, "rules/a.yaml", 7, 1, "one document per file");
        yield return new("duplicate key", "loose",
            new Dictionary<string, string> { [Config] = "minLevel: warning\nminLevel: error\n" }, Config, 2, null, "minLevel");

        // Code from a folder of transcripts: nothing loads without trust (the DLLs need not even exist for the refusal).
        yield return new("analyzers in a discovered .saleslint.yaml", "code",
            new Dictionary<string, string> { [Config] = "analyzers: [Evil.dll]\n" }, Config, 1, 13, "nothing was loaded");
        yield return new("analyzers.yaml in a folder a discovered configuration extends", "code",
            new Dictionary<string, string> { [Config] = ExtendsRules, ["rules/analyzers.yaml"] = "assemblies: [Evil.dll]\n" }, "rules/analyzers.yaml", 1, 14, "nothing was loaded");
        yield return new("analyzers in a configuration a discovered one extends", "code",
            new Dictionary<string, string> { [Config] = "extends: [recommended, base/base.yaml]\n", ["base/base.yaml"] = "analyzers: [../Evil.dll]\n" }, "base/base.yaml", 1, 13, "nothing was loaded");
    }
}
