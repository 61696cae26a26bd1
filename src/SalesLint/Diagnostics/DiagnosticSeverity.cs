namespace SalesLint.Diagnostics;

/// <summary>How serious a finding is. Ordered: a higher value is more serious.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Off: the rule does not report.</summary>
    None = 0,

    /// <summary>A hint worth considering.</summary>
    Suggestion = 1,

    /// <summary>A practice that usually hurts the conversation.</summary>
    Warning = 2,

    /// <summary>A practice that must not happen; makes <c>saleslint check</c> exit with 1.</summary>
    Error = 3,
}
