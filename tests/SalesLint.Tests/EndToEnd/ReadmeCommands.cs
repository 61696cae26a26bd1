using System.Text;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// The commands shown in README.md's shell code blocks, read from the README when the tests run, so the documentation
/// and the tests cannot drift apart. Each line of a <c>```sh</c> block is one command (a trailing <c># comment</c> is
/// dropped). <c>saleslint ARGS</c>, <c>dotnet run --project src/SalesLint.Cli -- ARGS</c> and the published
/// <c>out/SalesLint.Cli ARGS</c> all run the command's build output with ARGS after <see cref="Substitutions"/>; the
/// commands in <see cref="Exclusions"/> are not run here, each for the reason given; anything else is a test failure,
/// and so is a placeholder left after substitution.
/// </summary>
internal static class ReadmeCommands
{
    /// <summary>
    /// Placeholders and example names in the README, and what the tests run instead. Paths are relative to the
    /// command's working folder, a temporary folder with <c>samples/</c> linked to the repository's samples; a
    /// placeholder is replaced as a whole argument, a path prefix as the start of one.
    /// </summary>
    public static readonly IReadOnlyList<(string Placeholder, string Value, bool Prefix)> Substitutions =
    [
        ("PATH...", "samples/", false),                         // saleslint check PATH...
        ("FILE", "samples/pitch-first.txt", false),             // saleslint inspect FILE
        ("[ID]", "SL1004", false),                              // saleslint rules [ID]
        ("[FOLDER]", ".", false),                               // saleslint init [FOLDER]: the working folder
        ("DIR", "report/", false),                              // --out DIR
        ("call.vtt", "samples/negotiation-giveaway.vtt", false), // a single transcript
        ("calls.jsonl", "samples/batch.jsonl", false),          // JSON Lines, one call a line
        ("calls/", "samples/", true),                           // a folder of the user's calls (and globs under it)
    ];

    /// <summary>README commands that are not run as README commands, and why (each is matched by its start).</summary>
    public static readonly IReadOnlyList<(string Start, string Reason)> Exclusions =
    [
        ("dotnet test", "runs this very suite"),
        ("dotnet pack", "covered by PackTests, which packs both projects and checks the .nupkg/.snupkg contents"),
        ("dotnet tool install", "--global changes the machine's tools: PackTests installs the packed tool into a temporary --tool-path instead and runs it"),
        ("dotnet publish", "a ReadyToRun publish for one platform takes about a minute; the published command is the same code as the build output these tests run (out/SalesLint.Cli lines are run)"),
        ("dotnet run -c Release --project src/SalesLint.Trainer", "retrains the model from ../shared/data, which is not in the repository (minutes)"),
        ("dotnet run -c Release --project benchmarks/", "benchmarks take minutes and measure, they do not check behaviour"),
        ("benchmarks/throughput.sh", "a benchmark (publishes the command and times rounds of whole batches)"),
    ];

    private static readonly string[] CliPrefixes = ["saleslint", "out/SalesLint.Cli"];

    /// <summary>
    /// Every command line in README.md's shell blocks that is not excluded, in order, as test cases named by line
    /// number (a line the tests cannot map is a case too, and fails).
    /// </summary>
    /// <returns>The test cases.</returns>
    public static IEnumerable<TestCaseData> Cases() =>
        Read().Where(c => c.Exclusion is null).Select(c => new TestCaseData(c).SetName($"Readme_Line{c.Line:000}_{Slug(c.Text)}"));

    /// <summary>Reads README.md.</summary>
    /// <returns>The commands.</returns>
    public static List<ReadmeCommand> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(TestSupport.RepositoryRoot, "README.md"));
        var commands = new List<ReadmeCommand>();
        var inShell = false;
        var inOther = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var lang = line[3..].Trim();
                if (inShell || inOther)
                {
                    inShell = inOther = false;
                }
                else if (lang is "sh" or "bash" or "shell" or "console")
                {
                    inShell = true;
                }
                else
                {
                    inOther = true;
                }

                continue;
            }

            if (inShell && line.Length > 0 && !line.StartsWith('#'))
            {
                commands.Add(Parse(i + 1, line));
            }
        }

        return commands;
    }

    /// <summary>Turns one README line into what to run.</summary>
    /// <param name="lineNumber">Its 1-based line in README.md.</param>
    /// <param name="line">The line.</param>
    /// <returns>The command.</returns>
    public static ReadmeCommand Parse(int lineNumber, string line)
    {
        var words = Split(line, out var text);
        var command = new ReadmeCommand(lineNumber, text);
        if (Exclusions.FirstOrDefault(e => text.StartsWith(e.Start, StringComparison.Ordinal)) is { Reason: { } reason })
        {
            return command with { Exclusion = reason };
        }

        string? stdin = null;
        if (words.IndexOf("<") is var redirect and >= 0)
        {
            if (redirect + 2 != words.Count)
            {
                return command with { Problem = "input redirection '<' must be the last thing on the line" };
            }

            stdin = words[redirect + 1];
            words = words[..redirect];
        }

        if (words.Count >= 4 && words[0] == "cat" && words[2] == "|")
        {
            stdin = words[1];
            words = words[3..];
        }

        if (words.Any(w => w is "|" or ">" or ">>" or "&&" or ";"))
        {
            return command with { Problem = "a pipeline or shell operator the test cannot run: run a single command, or extend ReadmeCommands" };
        }

        List<string> args;
        if (CliPrefixes.Contains(words[0]))
        {
            args = words[1..];
        }
        else if (words.Count > 3 && words[0] == "dotnet" && words[1] == "run" && words.IndexOf("--") is var dashes and > 0 &&
            words.IndexOf("--project") is var project and > 0 && words[project + 1].TrimEnd('/') == "src/SalesLint.Cli")
        {
            args = words[(dashes + 1)..];
        }
        else
        {
            return command with { Problem = $"'{words[0]} ...' is neither a saleslint command nor in {nameof(ReadmeCommands)}.{nameof(Exclusions)}" };
        }

        args = [.. args.Select(Substitute)];
        stdin = stdin is null ? null : Substitute(stdin);
        var left = args.Append(stdin ?? string.Empty).FirstOrDefault(IsPlaceholder);
        if (left is not null)
        {
            return command with { Problem = $"placeholder '{left}' has no entry in {nameof(ReadmeCommands)}.{nameof(Substitutions)}" };
        }

        return args.Count == 0
            ? command with { Problem = "no subcommand" }
            : command with { Args = args, StdinFile = stdin };
    }

    private static string Substitute(string word)
    {
        foreach (var (placeholder, value, prefix) in Substitutions)
        {
            if (word == placeholder)
            {
                return value;
            }

            if (prefix && word.StartsWith(placeholder, StringComparison.Ordinal))
            {
                return value + word[placeholder.Length..];
            }
        }

        return word;
    }

    /// <summary>An argument that still stands for something: ALLCAPS, <c>[optional]</c>, <c>&lt;name&gt;</c> or <c>...</c>.</summary>
    private static bool IsPlaceholder(string word) =>
        word.Contains("...", StringComparison.Ordinal) || (word.StartsWith('[') && word.EndsWith(']')) ||
        (word.StartsWith('<') && word.EndsWith('>') && word.Length > 2) ||
        (word.Length >= 2 && word.All(c => char.IsAsciiLetterUpper(c) || c == '_'));

    /// <summary>Splits a shell line into words (single and double quotes, no expansion) up to a <c>#</c> comment.</summary>
    private static List<string> Split(string line, out string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char quote = '\0';
        var end = line.Length;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                end = i;
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        text = line[..end].Trim();
        return words;
    }

    private static string Slug(string text)
    {
        var slug = new string([.. text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        return slug.Length > 60 ? slug[..60] : slug;
    }
}

/// <summary>One command line of the README.</summary>
/// <param name="Line">Its 1-based line number in README.md.</param>
/// <param name="Text">The line without its comment.</param>
internal sealed record ReadmeCommand(int Line, string Text)
{
    /// <summary>Why it is not run, when it is excluded.</summary>
    public string? Exclusion { get; init; }

    /// <summary>Why it cannot be run, when the test cannot map it (a failure).</summary>
    public string? Problem { get; init; }

    /// <summary>The arguments after <c>saleslint</c>, when it is run.</summary>
    public IReadOnlyList<string>? Args { get; init; }

    /// <summary>The file fed to standard input, relative to the working folder.</summary>
    public string? StdinFile { get; init; }

    /// <summary>The line, as the test case shows it.</summary>
    public override string ToString() => $"README.md:{Line}: {Text}";
}
