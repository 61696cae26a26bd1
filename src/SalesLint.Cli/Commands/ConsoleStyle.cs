using SalesLint.Engine;

namespace SalesLint.Cli.Commands;

/// <summary>ANSI colours for text output: on when writing to a terminal (and NO_COLOR is not set), or when forced.</summary>
internal sealed class ConsoleStyle(bool enabled)
{
    public bool Enabled { get; } = enabled;

    public static ConsoleStyle Resolve(string mode, bool outputIsTerminal) => new(mode switch
    {
        "always" => true,
        "never" => false,
        _ => outputIsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    });

    /// <summary>Colours the severity word and dims the rule ID in a formatted finding line.</summary>
    public string Finding(string line, Diagnostic diagnostic)
    {
        if (!Enabled)
        {
            return line;
        }

        var word = RuleKinds.SeverityNames.ToName(diagnostic.Severity);
        var colour = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "31",
            DiagnosticSeverity.Warning => "33",
            _ => "36",
        };
        var marker = $": {word} {diagnostic.RuleId}: ";
        return line.Replace(marker, $": \u001b[1;{colour}m{word}\u001b[0m \u001b[2m{diagnostic.RuleId}\u001b[0m: ", StringComparison.Ordinal);
    }

    public string Error(string text) => Enabled ? $"\u001b[1;31m{text}\u001b[0m" : text;

    public string Dim(string text) => Enabled ? $"\u001b[2m{text}\u001b[0m" : text;
}
