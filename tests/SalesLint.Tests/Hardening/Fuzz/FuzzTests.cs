using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SalesLint.Batch;
using SalesLint.Engine;
using SalesLint.Output;
using SalesLint.Reading;
using SalesLint.Rules;
using XDocument = System.Xml.Linq.XDocument;

namespace SalesLint.Tests.Hardening.Fuzz;

/// <summary>
/// Seeded mutational fuzzing of every reader, every output format and the configuration loaders. A few hundred cases run
/// in CI; <c>SALESLINT_FUZZ_CASES=20000</c> runs more (and <c>SALESLINT_FUZZ_SEED</c> another seed). Every input is either
/// analyzed or rejected with the documented error naming the file; any other exception, a hang or malformed output fails,
/// printing the seed, case, class and sample to reproduce it.
/// </summary>
[Category("Fuzz")]
[NonParallelizable]
public sealed class FuzzTests
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(120);
    private static readonly ReaderOptions Options = new() { Sellers = ["spk_0", "0", "A", "speaker", "Dana Whitfield"] };

    private string folder = string.Empty;

    /// <summary>Cases for the in-process transcript fuzzer (default 360: 30 per mutation class).</summary>
    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("SALESLINT_FUZZ_CASES"), out var n) && n > 0 ? n : 360;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SALESLINT_FUZZ_SEED"), out var n) ? n : 12;

    /// <summary>Every sample transcript: every format and vendor.</summary>
    private static string[] Samples => [.. Directory.EnumerateFiles(Path.Combine(TestSupport.RepositoryRoot, "samples"), "*", SearchOption.AllDirectories)
        .Where(f => TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.') && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    [SetUp]
    public void SetUp()
    {
        folder = Path.Combine(Path.GetTempPath(), "saleslint-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Transcripts_MutatedSamples_AreAnalyzedOrRejectedAndEveryWriterCopes()
    {
        var samples = Samples;
        samples.Select(Path.GetExtension).Should().Contain([".json", ".jsonl", ".txt", ".vtt", ".srt"]);
        var engine = TestSupport.BuiltInEngine;
        var before = samples.ToDictionary(s => s, s => Fingerprint(engine, s));
        var tally = new Tally();
        var failures = new List<string>();
        var mutator = new Mutator(Seed);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Cases; i++)
        {
            var mutationClass = Mutator.Classes[i % Mutator.Classes.Length];
            var sample = samples[(i / Mutator.Classes.Length) % samples.Length];
            var extension = Path.GetExtension(sample);
            var bytes = mutator.Mutate(File.ReadAllBytes(sample), extension, mutationClass);
            var name = $"fuzz/case{i:00000}-{mutationClass}{extension}";
            var problem = RunTimed(() => RunCase(engine, name, bytes), mutationClass, tally);
            if (problem is not null)
            {
                failures.Add($"seed {Seed} case {i} class {mutationClass} sample {Path.GetRelativePath(TestSupport.RepositoryRoot, sample)}: {problem}");
            }
        }

        // Nothing the mutated inputs did changed how the untouched files are analyzed.
        foreach (var sample in samples)
        {
            Fingerprint(engine, sample).Should().Be(before[sample], "the results of the untouched {0} stay the same", sample);
        }

        TestContext.Out.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:0.0} s, seed {Seed}");
        TestContext.Out.WriteLine(tally.ToString());
        Report(failures);
    }

    [Test]
    public void Configuration_MutatedRulesLexiconsAndScoring_LoadOrFailWithFileLineAndColumn()
    {
        var rules = Path.Combine(TestSupport.RepositoryRoot, "rules");
        var seeds = Directory.EnumerateFiles(Path.Combine(rules, "recommended"), "*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(rules, "lexicons"), "*.yaml"))
            .Append(Path.Combine(rules, "scoring.yaml"))
            .Order(StringComparer.Ordinal).ToList();
        var cases = Math.Max(Mutator.Classes.Length * 4, Cases / 6);
        var mutator = new Mutator(Seed + 1);
        var failures = new List<string>();
        var tally = new Tally();
        for (var i = 0; i < cases; i++)
        {
            var mutationClass = Mutator.Classes[i % Mutator.Classes.Length];
            var seed = seeds[(i / Mutator.Classes.Length) % seeds.Count];
            var dir = Path.Combine(folder, $"rules{i}");
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, Path.GetFileName(seed));
            File.WriteAllBytes(file, mutator.MutateYaml(File.ReadAllBytes(seed), mutationClass));
            var problem = RunTimed(() => LoadRules(dir, file), mutationClass, tally);
            if (problem is not null)
            {
                failures.Add($"seed {Seed + 1} case {i} class {mutationClass} file {Path.GetFileName(seed)}: {problem}");
            }
        }

        TestContext.Out.WriteLine($"{cases} configuration cases, seed {Seed + 1}");
        TestContext.Out.WriteLine(tally.ToString());
        Report(failures);
    }

    [Test]
    public void Check_FolderOfMutatedFiles_EveryFormatReportsEveryFileAndKeepsTheUntouchedResults()
    {
        var samples = Samples;
        var clean = Path.Combine(folder, "clean");
        var mixed = Path.Combine(folder, "mixed");
        Directory.CreateDirectory(clean);
        Directory.CreateDirectory(mixed);
        var config = "speakers:\n  sellers: [spk_0, \"0\", A, speaker, Dana Whitfield]\n";
        File.WriteAllText(Path.Combine(clean, ".saleslint.yaml"), config);
        File.WriteAllText(Path.Combine(mixed, ".saleslint.yaml"), config);
        var untouched = new List<string>();
        foreach (var sample in samples.Where((_, i) => i % 3 == 0))
        {
            var name = "untouched-" + Path.GetFileName(sample);
            File.Copy(sample, Path.Combine(clean, name));
            File.Copy(sample, Path.Combine(mixed, name));
            untouched.Add(name);
        }

        var mutator = new Mutator(Seed + 2);
        var mutated = new List<string>();
        var count = Math.Max(Mutator.Classes.Length * 3, Cases / 10);
        for (var i = 0; i < count; i++)
        {
            var mutationClass = Mutator.Classes[i % Mutator.Classes.Length];
            var sample = samples[(i * 7) % samples.Length];
            var name = $"m{i:0000}-{mutationClass}{Path.GetExtension(sample)}";
            File.WriteAllBytes(Path.Combine(mixed, name), mutator.Mutate(File.ReadAllBytes(sample), Path.GetExtension(sample), mutationClass));
            mutated.Add(name);
        }

        var expected = Json(RunCli(clean, "json"), clean);
        var reference = Json(RunCli(mixed, "json"), mixed);
        var all = mutated.Concat(untouched).ToList();
        reference.Keys.Should().BeEquivalentTo(all, "every file appears in the JSON report, with results or as an error");
        foreach (var name in untouched)
        {
            reference[name].Should().Be(expected[name], "{0} is analyzed as in a run without the mutated files", name);
        }

        var unreadable = reference.Where(p => p.Value.StartsWith("error", StringComparison.Ordinal)).Select(p => p.Key).ToList();
        TestContext.Out.WriteLine($"{mutated.Count} mutated files: {mutated.Count - unreadable.Count} analyzed, {unreadable.Count} SL9000");

        var text = RunCli(mixed, "text");
        var cleanText = RunCli(clean, "text");
        foreach (var name in unreadable)
        {
            text.Should().MatchRegex($@"(?m)^\./{System.Text.RegularExpressions.Regex.Escape(name)}(\(\d+(,\d+)?\))?: error SL9000: ", "text names the unreadable {0}", name);
        }

        foreach (var name in untouched)
        {
            Lines(text, name).Should().Equal(Lines(cleanText, name), "text output for {0} is unchanged", name);
        }

        var github = RunCli(mixed, "github");
        foreach (var name in unreadable)
        {
            github.Should().MatchRegex($@"(::error file=\./{System.Text.RegularExpressions.Regex.Escape(name)},|(?m)^\./{System.Text.RegularExpressions.Regex.Escape(name)}\S*: error SL9000)", "the GitHub output names the unreadable {0}", name);
        }

        var junit = XDocument.Parse(RunCli(mixed, "junit"));
        junit.Descendants("testsuite").Select(s => Path.GetFileName((string)s.Attribute("name")!)).Should().BeEquivalentTo(all);
        junit.Descendants("error").Should().HaveCount(unreadable.Count);

        using var sarif = JsonDocument.Parse(RunCli(mixed, "sarif"));
        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetRawText().Should().Contain("SL9000");
        foreach (var name in unreadable)
        {
            run.GetRawText().Should().Contain(name, "SARIF names the unreadable {0}", name);
        }
    }

    [Test]
    public void Check_MutatedConfigurationFile_IsExitCode2WithFileLineAndColumnOrLoads()
    {
        var sample = Path.Combine(folder, "call.vtt");
        File.Copy(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt"), sample);
        var seed = Encoding.UTF8.GetBytes("""
            extends: [recommended]
            minLevel: suggestion
            rules:
              SL1003: none
              SL1001: { level: error, min: 0.25 }
            categories:
              negotiation: error
            lexicons:
              product: [ForecastPro, Pipeline Radar]
            speakers:
              sellers: [Dana, spk_0]
            suppressions:
              - files: ["roleplay/**"]
                rules: [SL1003]
                justification: Role-play scripts say "solution" on purpose.
            overrides:
              - files: ["negotiation/**"]
                rules: { SL1001: none }

            """);
        var mutator = new Mutator(Seed + 3);
        var failures = new List<string>();
        var cases = Math.Max(Mutator.Classes.Length, Cases / 30);
        for (var i = 0; i < cases; i++)
        {
            var mutationClass = Mutator.Classes[i % Mutator.Classes.Length];
            var config = Path.Combine(folder, $"config{i}-{mutationClass}.yaml");
            File.WriteAllBytes(config, mutator.MutateYaml(seed, mutationClass));
            var (code, _, error) = Run(["check", sample, "--config", config, "--format", "json"]);
            var where = $"seed {Seed + 3} case {i} class {mutationClass}";
            if (code == 2)
            {
                if (!System.Text.RegularExpressions.Regex.IsMatch(error, $@"{System.Text.RegularExpressions.Regex.Escape(Path.GetFileName(config))}(\(\d+,\d+\)|: [^\n]*{WholeFile})"))
                {
                    failures.Add($"{where}: exit 2 without file(line,column): {error.Trim()}");
                }
            }
            else if (code is not (0 or 1))
            {
                failures.Add($"{where}: exit code {code}: {error.Trim()}");
            }

            if (HasStackTrace(error))
            {
                failures.Add($"{where}: stack trace on stderr: {error.Trim()}");
            }
        }

        Report(failures);
    }

    private static void Report(List<string> failures)
    {
        foreach (var failure in failures)
        {
            TestContext.Out.WriteLine("FAILURE " + failure);
        }

        if (failures.Count > 0)
        {
            Assert.Fail($"{failures.Count} failure(s); the first: {failures[0]}");
        }
    }

    /// <summary>Reads, analyzes and writes one mutated input; returns what went wrong (or null) and the outcome.</summary>
    /// <summary>Runs one case within <see cref="CaseTimeout"/> and tallies its outcome ("hang" or "failed" when it did not pass).</summary>
    /// <returns>What went wrong, or <see langword="null"/>.</returns>
    private static string? RunTimed(Func<(string? Problem, string Outcome)> run, string mutationClass, Tally tally)
    {
        var work = Task.Run(run);
        if (!work.Wait(CaseTimeout))
        {
            tally.Add(mutationClass, "hang");
            return $"hang: not done after {CaseTimeout.TotalSeconds} s";
        }

        var (problem, outcome) = work.Result;
        tally.Add(mutationClass, problem is null ? outcome : "failed");
        return problem;
    }

    private static (string? Problem, string Outcome) RunCase(SalesLintEngine engine, string name, byte[] bytes)
    {
        var results = new List<ConversationReport>();
        var errors = new List<FileError>();
        try
        {
            foreach (var transcript in TranscriptReader.Read(name, TranscriptReader.Decode(name, bytes), Options))
            {
                var result = engine.Analyze(transcript);
                results.Add(ConversationReport.From(name, result, result.Diagnostics, []));
            }
        }
        catch (TranscriptFormatException ex)
        {
            if (ex.FilePath != name || !ex.Message.Contains(name, StringComparison.Ordinal))
            {
                return ($"the error does not name the file: {ex.Message}", "failed");
            }

            results.Clear();
            errors.Add(FileError.From(name, ex));
        }
        catch (Exception ex)
        {
            return ($"{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}", "failed");
        }

        try
        {
            WriteEverywhere(engine, new BatchReport { Results = results, Errors = errors, Summary = new BatchSummaryBuilder().Build() });
        }
        catch (Exception ex)
        {
            return ($"writing: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}", "failed");
        }

        return (null, errors.Count > 0 ? "rejected" : "analyzed");
    }

    /// <summary>Writes the report in every output format and checks each is well-formed.</summary>
    private static void WriteEverywhere(SalesLintEngine engine, BatchReport report)
    {
        foreach (var conversation in report.Results)
        {
            foreach (var diagnostic in conversation.Diagnostics)
            {
                TextFormatter.Format(conversation.Path, diagnostic, conversation.Conversation).Should().NotContain("\u001B");
            }
        }

        using var github = new StringWriter();
        GitHubAnnotationsWriter.Write(github, report);
        // Workflow commands, or the plain lines of the ::group:: that holds findings past GitHub's annotation limit: never a control character.
        github.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().NotContain(l => l.TrimEnd('\r').Any(c => c < ' ' || c == '\u007F'));

        using var json = new MemoryStream();
        using (var writer = new JsonReportWriter(json))
        {
            report.Results.ToList().ForEach(writer.Write);
            report.Errors.ToList().ForEach(writer.Write);
            writer.Complete([], report.Summary);
        }

        using (JsonDocument.Parse(json.ToArray()))
        {
        }

        using var sarif = new MemoryStream();
        using (var writer = new SarifReportWriter(sarif, engine.Descriptors, "1.0"))
        {
            report.Results.ToList().ForEach(writer.Write);
            report.Errors.ToList().ForEach(writer.Write);
            writer.Complete([], report.Summary);
        }

        using (JsonDocument.Parse(sarif.ToArray()))
        {
        }

        using var junit = new MemoryStream();
        JUnitWriter.Write(junit, report);
        XDocument.Parse(new UTF8Encoding(false, true).GetString(junit.ToArray()));
    }

    private static (string? Problem, string Outcome) LoadRules(string dir, string file)
    {
        try
        {
            new RuleSetBuilder().AddBuiltIn().AddDirectory(dir).Build();
            return (null, "loaded");
        }
        catch (ConfigurationException ex)
        {
            var name = Path.GetFileName(file);
            return ex.Message.Contains(name, StringComparison.Ordinal) && ((ex.Line is not null && ex.Column is not null) || IsWholeFileError(ex.Message))
                ? (null, "rejected")
                : ($"the error lacks the file, line or column: {ex.Message}", "failed");
        }
        catch (Exception ex)
        {
            return ($"{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}", "failed");
        }
    }

    /// <summary>A file's results as the engine gives them, serialized (for comparing runs).</summary>
    private static string Fingerprint(SalesLintEngine engine, string file)
    {
        try
        {
            return string.Join('\n', TranscriptReader.ReadFile(file, Options).Select(t =>
            {
                var r = engine.Analyze(t);
                return JsonSerializer.Serialize(new { r.ConversationId, r.Score, r.Metrics, Diagnostics = r.Diagnostics }, SalesLintJson.Options);
            }));
        }
        catch (TranscriptFormatException ex)
        {
            return "error " + ex.Message;
        }
    }

    /// <summary>Each file of a JSON report by name: its results (folder path taken out), or <c>error ...</c>.</summary>
    private static Dictionary<string, string> Json(string output, string dir)
    {
        using var document = JsonDocument.Parse(output);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
        {
            var name = Path.GetFileName(result.GetProperty("path").GetString()!);
            var text = result.GetRawText().Replace(dir, "DIR", StringComparison.Ordinal);
            files[name] = files.TryGetValue(name, out var before) ? before + "\n" + text : text;
        }

        foreach (var error in document.RootElement.GetProperty("errors").EnumerateArray())
        {
            files[Path.GetFileName(error.GetProperty("path").GetString()!)] = "error " + error.GetRawText();
        }

        return files;
    }

    private static List<string> Lines(string text, string name) =>
        [.. text.Split('\n').Where(l => l.StartsWith($"./{name}(", StringComparison.Ordinal) || l.StartsWith($"./{name}:", StringComparison.Ordinal))];

    /// <summary>Runs <c>check DIR --format FORMAT</c> in a separate process from inside the folder; exit code 0 or 1, no stack trace.</summary>
    private static string RunCli(string dir, string format)
    {
        var (code, output, error) = Run(["check", ".", "--format", format, "--no-progress"], dir);
        code.Should().BeOneOf([0, 1], "check --format {0} exits 0 or 1: {1}", format, error);
        HasStackTrace(error).Should().BeFalse("no stack trace on stderr: {0}", error);
        return output;
    }

    /// <summary>Errors about the whole file, which have no line: binary or not UTF-8 (the loader names the byte offset).</summary>
    private const string WholeFile = "(binary|NUL|UTF-8|UTF-16|encoding|byte offset|offset [0-9]+)";

    private static bool IsWholeFileError(string message) => System.Text.RegularExpressions.Regex.IsMatch(message, WholeFile);

    private static bool HasStackTrace(string error) =>
        error.Contains("Unhandled exception", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(error, @"(?m)^\s+at [\w.<>`]+\(");

    /// <summary>Runs the built command line as a separate process.</summary>
    private static (int Code, string Output, string Error) Run(string[] args, string? workingDirectory = null)
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "SalesLint.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProcessTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"hang: saleslint {string.Join(' ', args)} still running after {ProcessTimeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Cases per mutation class and outcome.</summary>
    private sealed class Tally
    {
        private readonly SortedDictionary<string, SortedDictionary<string, int>> counts = new(StringComparer.Ordinal);

        public void Add(string mutationClass, string outcome)
        {
            if (!counts.TryGetValue(mutationClass, out var byOutcome))
            {
                counts[mutationClass] = byOutcome = new SortedDictionary<string, int>(StringComparer.Ordinal);
            }

            byOutcome[outcome] = byOutcome.GetValueOrDefault(outcome) + 1;
        }

        public override string ToString() =>
            string.Join('\n', counts.Select(c => $"{c.Key,-15} {string.Join(", ", c.Value.Select(o => $"{o.Key} {o.Value}"))}"));
    }
}
