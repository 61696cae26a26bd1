using SalesLint.Model;

namespace SalesLint.Features;

/// <summary>
/// A named list of terms and patterns whose matches mark a sentence with a feature (e.g. <c>product</c>,
/// <c>goal</c>, <c>concession</c>). Lexicons are declared in YAML under <c>rules/lexicons/</c>.
/// </summary>
public sealed record Lexicon
{
    /// <summary>The feature name that matches carry.</summary>
    public required string Name { get; init; }

    /// <summary>What the lexicon marks.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>
    /// Phrases matched on whole words, case-insensitively; a word ending in <c>*</c> matches any word with that
    /// prefix ("integrat*" matches "integrates").
    /// </summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Regular expressions (.NET syntax, case-insensitive, run without backtracking) matched on sentence text.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>Phrases whose matches cancel overlapping term and pattern matches ("feel free" for <c>free</c>).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Entity kinds to recognize in sentences that have this feature (money, percentage, duration).</summary>
    public IReadOnlyList<EntityKind> Recognize { get; init; } = [];

    /// <summary>
    /// Whether a match counts only when the sentence also has one of the <see cref="Recognize"/> entities
    /// ("we can do" is a price offer only with an amount). Default: false.
    /// </summary>
    public bool RequireEntity { get; init; }

    /// <summary>The file the lexicon was loaded from, when known.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Returns a lexicon with the terms, patterns, exclusions and entity kinds of both.</summary>
    /// <param name="addition">The lexicon to merge in; its description wins when not empty.</param>
    /// <returns>The merged lexicon.</returns>
    public Lexicon Merge(Lexicon addition)
    {
        ArgumentNullException.ThrowIfNull(addition);
        return this with
        {
            Description = string.IsNullOrEmpty(addition.Description) ? Description : addition.Description,
            Terms = [.. Terms.Concat(addition.Terms).Distinct(StringComparer.OrdinalIgnoreCase)],
            Patterns = [.. Patterns.Concat(addition.Patterns).Distinct(StringComparer.Ordinal)],
            Exclude = [.. Exclude.Concat(addition.Exclude).Distinct(StringComparer.OrdinalIgnoreCase)],
            Recognize = [.. Recognize.Concat(addition.Recognize).Distinct()],
            RequireEntity = RequireEntity || addition.RequireEntity,
        };
    }
}
