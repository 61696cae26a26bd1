namespace SalesLint.Diagnostics;

/// <summary>Describes a rule: its stable ID and how its findings look. Immutable.</summary>
public sealed record DiagnosticDescriptor
{
    /// <summary>Stable rule ID such as <c>SL1004</c>; the ID blocks are listed in <c>rules/ID-RANGES.md</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>Message template with <c>{name}</c> placeholders filled from the finding's arguments.</summary>
    public required string MessageTemplate { get; init; }

    /// <summary>Scoring category (e.g. <c>discovery</c>, <c>positioning</c>, <c>negotiation</c>).</summary>
    public required string Category { get; init; }

    /// <summary>Severity when no configuration says otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; init; } = DiagnosticSeverity.Warning;

    /// <summary>Whether the rule runs when no configuration says otherwise.</summary>
    public bool IsEnabledByDefault { get; init; } = true;

    /// <summary>Link to the rule's documentation page.</summary>
    public required string HelpLink { get; init; }

    /// <summary>Longer description of what the rule checks and why.</summary>
    public string Description { get; init; } = string.Empty;
}
