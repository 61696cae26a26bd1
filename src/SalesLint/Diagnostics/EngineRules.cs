namespace SalesLint.Diagnostics;

/// <summary>The rules the engine and the batch run report themselves, and where every rule's docs page lives.</summary>
public static class EngineRules
{
    /// <summary>A file that could not be read or analyzed (<c>SL9000</c>): one per file, naming the place.</summary>
    public const string UnreadableFile = "SL9000";

    /// <summary>An analyzer that threw (<c>SL9001</c>): its findings for that conversation are dropped.</summary>
    public const string AnalyzerError = "SL9001";

    /// <summary>Help-link prefix of the shipped rules; a rule's page is this plus <c>ID.md</c>.</summary>
    public const string DefaultHelpLinkBase = "https://github.com/saleslint/saleslint/blob/main/rules/docs/";
}
