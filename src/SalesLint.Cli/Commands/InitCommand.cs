using System.CommandLine;
using SalesLint.Configuration;

namespace SalesLint.Cli.Commands;

/// <summary><c>saleslint init [FOLDER] [--force]</c>: write a commented <c>.saleslint.yaml</c> starter.</summary>
internal static class InitCommand
{
    /// <summary>
    /// The starter configuration: the built-in rules and every setting a team usually reaches for first, commented
    /// out, so the file loads as it is (the strict loader) and each line can be switched on by removing its <c>#</c>.
    /// </summary>
    public const string Starter = """
        # SalesLint configuration: applies to the transcripts in this folder and below
        # (the nearest .saleslint.yaml above a transcript applies; see README.md, "Configuration").
        # Decoding is strict: an unknown key or a bad value is an error naming the line and column.

        # The built-in rules; also rule folders (YAML rules, lexicons, scoring) or other configuration files.
        extends: [recommended]

        # Lowest severity reported: suggestion, warning or error. The score always counts every rule.
        minLevel: suggestion

        # Who sells: speaker names, or speech-recognition labels (spk_0, A, 0) with display names.
        # speakers:
        #   sellers: [Dana]
        #   names: { spk_0: Dana }

        # Rule levels (none switches a rule off, and takes it out of the score) and parameters (see: saleslint rules ID).
        # rules:
        #   SL1003: none
        #   SL1001: { level: error, min: 0.25 }

        # A level for every rule of a category: discovery, listening, negotiation, positioning, closing.
        # categories:
        #   negotiation: error

        # Your product names, so the rules know when the seller talks about the product.
        # lexicons:
        #   product: [ForecastPro, Pipeline Radar]

        # Findings not to report in some files (a justification is required); the score is unchanged.
        # suppressions:
        #   - files: ["roleplay/**"]
        #     rules: [SL1003]
        #     justification: Role-play scripts say "solution" on purpose.

        # Settings for some files only.
        # overrides:
        #   - files: ["negotiation/**"]
        #     rules: { SL1001: none }

        # Accepted findings (saleslint check calls/ --write-baseline): only new ones are reported.
        # baseline: .saleslint-baseline.json

        # Custom C# analyzers.
        # analyzers: [tools/Contoso.SalesRules.dll]

        """;

    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder")
        {
            Description = "Folder to write .saleslint.yaml to (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .saleslint.yaml." };
        var command = new Command("init", "Write a commented .saleslint.yaml starter (refuses to overwrite one without --force).");
        command.Arguments.Add(folder);
        command.Options.Add(force);
        command.SetAction(result =>
        {
            var target = Path.Combine(result.GetValue(folder)!, SalesLintConfig.FileName);
            if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(target))))
            {
                throw new UsageException($"folder not found: {result.GetValue(folder)}");
            }

            if (File.Exists(target) && !result.GetValue(force))
            {
                console.Error.WriteLine($"error: {target} already exists (use --force to overwrite it)");
                return 2;
            }

            try
            {
                File.WriteAllText(target, Starter.ReplaceLineEndings("\n"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write {target}: {ex.Message}");
            }

            console.Out.WriteLine($"wrote {target}");
            return 0;
        });
        return command;
    }
}
