namespace SalesLint.Diagnostics;

/// <summary>Severity names as written in YAML and on the command line.</summary>
public static class SeverityNames
{
    /// <summary>Parses <c>error</c>, <c>warning</c>, <c>suggestion</c> (or <c>info</c>) and <c>none</c> (or <c>off</c>).</summary>
    /// <param name="value">The name, in any case.</param>
    /// <returns>The severity, or <see langword="null"/> for an unknown name.</returns>
    public static DiagnosticSeverity? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" or "warn" => DiagnosticSeverity.Warning,
        "suggestion" or "info" => DiagnosticSeverity.Suggestion,
        "none" or "off" => DiagnosticSeverity.None,
        _ => null,
    };

    /// <summary>The YAML name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its lower-case name.</returns>
    public static string ToName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "suggestion",
        _ => "none",
    };
}
