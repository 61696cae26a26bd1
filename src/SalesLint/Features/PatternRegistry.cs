using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SalesLint.Features;

/// <summary>
/// The process-wide cache of linear-time regexes for lexicon and rule patterns, and the list of pattern texts known to
/// build (those of the shipped rule files). Building a <see cref="RegexOptions.NonBacktracking"/> regex is costly (tens
/// of milliseconds for a long pattern), so each distinct pattern is built once per process and shared: validating a
/// rule file and running it, or several engines with the same rules, reuse it. <see cref="Regex"/> is thread-safe.
/// </summary>
internal static class PatternRegistry
{
    // No match timeout: NonBacktracking already bounds a match by the length of the sentence, and a wall-clock limit
    // only turned a busy machine (or a garbage collection pause) into a RegexMatchTimeoutException that ended the run.
    private static readonly TimeSpan PatternTimeout = Regex.InfiniteMatchTimeout;

    // Every pattern built so far, by its text (see Get). Bounded by the patterns of the loaded rules.
    private static readonly ConcurrentDictionary<string, Lazy<Regex>> Built = new(StringComparer.Ordinal);

    // Texts of the shipped rule files (see Trust): patterns among them are built on first use.
    private static readonly ConcurrentDictionary<string, byte> Trusted = new(StringComparer.Ordinal);

    /// <summary>The shared regex of a pattern, built on first use.</summary>
    /// <param name="pattern">.NET regular expression syntax.</param>
    /// <returns>A case-insensitive regex that runs in linear time.</returns>
    /// <exception cref="ArgumentException">The pattern is invalid or uses constructs that need backtracking.</exception>
    public static Regex Get(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        // Threads that ask at once wait for the one build rather than each building it.
        return Built.GetOrAdd(pattern, static p => new Lazy<Regex>(() => Create(p))).Value;
    }

    /// <summary>
    /// Checks that a pattern builds as a linear-time regex: builds it (and keeps it for <see cref="Get"/>) unless it
    /// was built before or comes from the shipped rule files (see <see cref="Trust"/>).
    /// </summary>
    /// <param name="pattern">.NET regular expression syntax.</param>
    /// <exception cref="ArgumentException">The pattern is invalid or uses constructs that need backtracking.</exception>
    public static void Validate(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!Trusted.ContainsKey(pattern))
        {
            Get(pattern);
        }
    }

    /// <summary>Marks texts of the shipped rule files as patterns known to build, so they are built on first use.</summary>
    /// <param name="texts">Every text of a shipped file (only those used as patterns matter).</param>
    public static void Trust(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            Trusted.TryAdd(text, 0);
        }
    }

    /// <summary>Builds a new instance of a pattern (each thread of a <see cref="LinearPattern"/> gets its own).</summary>
    /// <param name="pattern">.NET regular expression syntax.</param>
    /// <returns>A case-insensitive regex that runs in linear time.</returns>
    /// <exception cref="ArgumentException">The pattern is invalid or uses constructs that need backtracking.</exception>
    public static Regex Create(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, PatternTimeout);
        }
        catch (NotSupportedException ex)
        {
            throw new ArgumentException($"pattern '{pattern}' uses a construct that needs backtracking ({ex.Message})", nameof(pattern), ex);
        }
    }
}
