using System.Globalization;
using System.Text;
using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Trainer;

// Rebuilds the sentence-act model and reports its evaluation on the held-out split.
//   dotnet run -c Release --project src/SalesLint.Trainer -- [--data CSV] [--casino DIR] [--sales TSV] [--spoken TSV] [--out ZIP] [--report MD] [--seed N]
// Defaults are relative to the repository root: ../shared/data/persuasionforgood/annotated_units.csv, ../shared/data/casino/split,
// src/SalesLint.Trainer/data/sales-sentences.tsv and spoken-acts.tsv, src/SalesLint/Acts/Model/sentence-acts.zip and evaluation.md beside it.
var root = FindRoot();
if (args.Length > 0 && args[0] == "labels")
{
    // Rebuilds the sentence-label model: dotnet run -c Release --project src/SalesLint.Trainer -- labels [--validate]
    return LabelTrainer.Run(args[1..], root);
}

if (args.Length > 0 && args[0] == "boundaries")
{
    // Rebuilds the sentence-boundary model: dotnet run -c Release --project src/SalesLint.Trainer -- boundaries
    return BoundaryTrainer.Run(args[1..], root);
}

if (args.Length > 1 && args[0] == "labels-probe")
{
    // Prints the label probabilities of each line of standard input under a model file: labels-probe FILE
    using var modelStream = File.OpenRead(args[1]);
    var labelModel = SalesLint.Understanding.LabelModel.Load(modelStream);
    while (Console.ReadLine() is { } line)
    {
        var p = labelModel.Probabilities(line);
        Console.WriteLine(string.Join(' ', labelModel.Labels.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"{SalesLint.Understanding.SemanticLabels.Name(l)[..4]}={p[i]:0.00}"))) + "  " + line);
    }

    return 0;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--data"] = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "persuasionforgood", "annotated_units.csv")),
    ["--casino"] = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "casino", "split")),
    ["--sales"] = Path.Combine(root, "src", "SalesLint.Trainer", "data", "sales-sentences.tsv"),
    ["--spoken"] = Path.Combine(root, "src", "SalesLint.Trainer", "data", "spoken-acts.tsv"),
    ["--out"] = Path.Combine(root, "src", "SalesLint", "Acts", "Model", "sentence-acts.zip"),
    ["--report"] = Path.Combine(root, "src", "SalesLint", "Acts", "Model", "evaluation.md"),
    ["--seed"] = ModelTrainer.DefaultSeed.ToString(CultureInfo.InvariantCulture),
};
for (var i = 0; i < args.Length; i++)
{
    if (!options.ContainsKey(args[i]) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"usage: SalesLint.Trainer [{string.Join("] [", options.Keys.Select(k => k + " VALUE"))}]; '{args[i]}' is not understood");
        return 2;
    }

    options[args[i]] = args[++i];
}

if (!int.TryParse(options["--seed"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine($"--seed must be an integer, not '{options["--seed"]}'");
    return 2;
}

List<LabeledSentence> all;
try
{
    all = ModelTrainer.ReadAll(options["--data"], options["--casino"], options["--sales"], options["--spoken"]);
}
catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}

var report = new StringBuilder();
report.AppendLine("# Sentence-act model: evaluation").AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Rebuilt by `dotnet run -c Release --project src/SalesLint.Trainer` (seed {seed}). Data: PersuasionForGood");
report.AppendLine("(Wang et al., ACL 2019, Apache-2.0), CaSiNo's train and validation splits (Chawla et al., NAACL 2021, CC BY 4.0; sentences");
report.AppendLine("ending in `. ? !`, '?' = question except greetings and backchannels) and `src/SalesLint.Trainer/data/sales-sentences.tsv`.");
report.AppendLine("Splits are by a stable hash of the dialogue (PersuasionForGood) or of the stripped sentence (sales): 70% train, 10%");
report.AppendLine("validation, 20% test; CaSiNo keeps its own train and validation splits (its test split is scored by");
report.AppendLine("`benchmarks/SalesLint.Evaluation`, never here).");
report.AppendLine("\"stripped\" = punctuation removed and lower-cased, as speech recognition without punctuation writes.").AppendLine();
report.AppendLine("| corpus | split | other | question | statement |");
report.AppendLine("|---|---|---|---|---|");
foreach (var corpus in new[] { "pfg", "casino", "sales", "spoken" })
{
    foreach (var split in Enum.GetValues<Split>())
    {
        var part = all.Where(s => s.Corpus == corpus && s.Split == split).ToList();
        report.AppendLine(Evaluator.Row(corpus, split.ToString().ToLowerInvariant(), part.Count(s => s.Act == SentenceAct.Other), part.Count(s => s.Act == SentenceAct.Question), part.Count(s => s.Act == SentenceAct.Statement)));
    }
}

report.AppendLine();
var bytes = ModelTrainer.Train([.. all.Where(s => s.Split == Split.Train)], seed);
Directory.CreateDirectory(Path.GetDirectoryName(options["--out"])!);
await File.WriteAllBytesAsync(options["--out"], bytes).ConfigureAwait(false);
Console.WriteLine($"wrote {options["--out"]} ({bytes.Length / 1024.0:0} KiB)");

using var stream = new MemoryStream(bytes);
var model = SentenceActModel.Load(stream);
Console.WriteLine($"loaded in {model.LoadTime.TotalMilliseconds:0} ms");
report.AppendLine(CultureInfo.InvariantCulture, $"Model: {bytes.Length / 1024.0:0} KiB.").AppendLine();

report.AppendLine("## Validation split: ways of combining rules and model (used to choose `combined`)").AppendLine();
report.AppendLine(Evaluator.Header("text", "strategy"));
var validation = all.Where(s => s.Split == Split.Validation).ToList();
foreach (var stripped in new[] { false, true })
{
    foreach (var (name, scores) in Evaluator.Score(model, validation, stripped, Evaluator.Alternatives))
    {
        report.AppendLine(Row(stripped ? "stripped" : "as written", name, scores));
    }
}

report.AppendLine().AppendLine("## Held-out test split (never trained or tuned on)").AppendLine();
report.AppendLine(Evaluator.Header("corpus", "text", "classifier"));
foreach (var (corpus, filter) in new (string, Func<LabeledSentence, bool>)[] { ("pfg", s => s.Corpus == "pfg"), ("sales", s => s.Corpus == "sales"), ("spoken", s => s.Corpus == "spoken"), ("all", _ => true) })
{
    var test = all.Where(s => s.Split == Split.Test && filter(s)).ToList();
    foreach (var stripped in new[] { false, true })
    {
        foreach (var (name, scores) in Evaluator.Score(model, test, stripped, Evaluator.Main))
        {
            report.AppendLine(Row3(corpus, stripped ? "stripped" : "as written", name, scores));
        }
    }
}

// The figures on real conversations come from benchmarks/SalesLint.Evaluation, not from this trainer: keep that section.
const string RealConversations = "## Real conversations";
if (File.Exists(options["--report"]))
{
    var previous = (await File.ReadAllTextAsync(options["--report"]).ConfigureAwait(false)).Replace("\r\n", "\n", StringComparison.Ordinal);
    var at = previous.IndexOf("\n" + RealConversations, StringComparison.Ordinal);
    if (at >= 0)
    {
        report.AppendLine().Append(previous[(at + 1)..]);
    }
}

Console.WriteLine();
Console.WriteLine(report.ToString());
await File.WriteAllTextAsync(options["--report"], report.ToString().Replace("\r\n", "\n", StringComparison.Ordinal)).ConfigureAwait(false);
Console.WriteLine($"wrote {options["--report"]}");
return 0;

static string Row(string a, string b, Scores s) => Evaluator.Row(a, b, s.Count, s.Questions, s.Precision, s.Recall, s.F1, s.Accuracy, s.MacroF1);

static string Row3(string a, string b, string c, Scores s) => Evaluator.Row(a, b, c, s.Count, s.Questions, s.Precision, s.Recall, s.F1, s.Accuracy, s.MacroF1);

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesLint.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
