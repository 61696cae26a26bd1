namespace SalesLint.Rules;

/// <summary>The documentation pages of the built-in rules (<c>rules/docs/SLnnnn.md</c>), embedded in the library.</summary>
public static class RuleDocs
{
    /// <summary>The Markdown docs page of a rule.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns>The page, or <see langword="null"/> when the rule has no built-in page.</returns>
    public static string? Get(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream($"SalesLint.Docs/{ruleId.ToUpperInvariant()}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
