using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace SalesLint.Features;

/// <summary>
/// The process-wide cache of regexes for lexicon and rule patterns, and the list of pattern texts known to be safe
/// (those of the shipped rule files). A pattern from a user's file is built as a linear-time
/// <see cref="RegexOptions.NonBacktracking"/> regex, so no pattern can hang the engine; building one is costly (tens of
/// milliseconds for a long pattern, about 0.35 s of CPU for the 20 shipped lexicon regexes), so each distinct pattern
/// is built once per process and shared. A shipped pattern is built for the backtracking interpreter instead (about
/// 3 ms for the same 20): the tests build every shipped pattern as a linear-time regex too, check that both engines
/// find the same matches, and run each on long inputs. The alternation of the lexicon patterns that gates every
/// sentence is not a shipped text, so it stays linear-time: on that many branches the interpreter costs more per
/// sentence than it saves at start. <see cref="Regex"/> is thread-safe.
/// </summary>
internal static class PatternRegistry
{
    // No match timeout: NonBacktracking already bounds a match by the length of the sentence, and the shipped patterns
    // run on the interpreter only after the tests have run each on long inputs; a wall-clock limit only turned a busy
    // machine (or a garbage collection pause) into a RegexMatchTimeoutException that ended the run.
    private static readonly TimeSpan PatternTimeout = Regex.InfiniteMatchTimeout;

    // Every pattern built so far, by its text (see Get). Bounded by the patterns of the loaded rules.
    private static readonly ConcurrentDictionary<string, Lazy<Regex>> Built = new(StringComparer.Ordinal);

    // Texts of the shipped rule files (see Trust): patterns among them are built on first use.
    private static readonly ConcurrentDictionary<string, byte> Trusted = new(StringComparer.Ordinal);

    // Shipped patterns compiled to code once a LinearPattern found them hot (see GetCompiled), by text.
    private static readonly ConcurrentDictionary<string, Lazy<Regex>> CompiledByText = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Builds a new instance of a pattern (each thread of a <see cref="LinearPattern"/> gets its own): a shipped
    /// pattern for the backtracking interpreter, any other as a linear-time regex (see <see cref="CreateLinear"/>).
    /// </summary>
    /// <param name="pattern">.NET regular expression syntax.</param>
    /// <returns>A case-insensitive regex.</returns>
    /// <exception cref="ArgumentException">The pattern is invalid or uses constructs that need backtracking.</exception>
    public static Regex Create(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Trusted.ContainsKey(pattern) ? CreateInterpreted(pattern) : CreateLinear(pattern);
    }

    /// <summary>Builds a pattern for the backtracking interpreter (the same matches, built a hundred times faster).</summary>
    /// <param name="pattern">.NET regular expression syntax.</param>
    /// <returns>A case-insensitive regex.</returns>
    internal static Regex CreateInterpreted(string pattern) => new(pattern, InterpretedOptions, PatternTimeout);

    /// <summary>
    /// The options of a pattern built for the interpreter. Where code cannot be generated at run time (the native
    /// build), <see cref="RegexOptions.Compiled"/> compiles nothing: the pattern still runs on the interpreter, but the
    /// search for where a match may start is the one prepared for compiled code (the leading words of an alternation
    /// searched for all at once, rather than only their first letters). Same matches; 500 generated calls in the
    /// native build: see README, Speed. The batch build would really compile each pattern (tens of milliseconds at
    /// start), so there it stays off.
    /// </summary>
    internal static RegexOptions InterpretedOptions { get; } =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | (RuntimeFeature.IsDynamicCodeCompiled ? RegexOptions.None : RegexOptions.Compiled);

    /// <summary>
    /// The process-wide instance of a shipped pattern compiled to code (<see cref="RegexOptions.Compiled"/>: the same
    /// backtracking engine and the same matches as the interpreter, several times faster per match, but a few
    /// milliseconds to build), built on first call; <see langword="null"/> for a pattern that must not or need not be
    /// compiled: one from a user's file (it stays linear-time) or any where code cannot be generated at run time (the
    /// native build, where Compiled already is all it can be, see <see cref="InterpretedOptions"/>).
    /// <see cref="LinearPattern"/> asks for it once a pattern has cost enough time on the interpreter (see
    /// <see cref="LinearPattern.TicksBeforeCompiling"/>).
    /// </summary>
    /// <param name="pattern">.NET regular expression syntax.</param>
    /// <returns>A case-insensitive compiled regex, or <see langword="null"/>.</returns>
    internal static Regex? GetCompiled(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!RuntimeFeature.IsDynamicCodeCompiled || !Trusted.ContainsKey(pattern))
        {
            return null;
        }

        return CompiledByText.GetOrAdd(pattern, static p => new Lazy<Regex>(() => new Regex(p, InterpretedOptions | RegexOptions.Compiled, PatternTimeout))).Value;
    }

    /// <summary>Builds a pattern as a linear-time regex.</summary>
    /// <param name="pattern">.NET regular expression syntax.</param>
    /// <returns>A case-insensitive regex that runs in linear time.</returns>
    /// <exception cref="ArgumentException">The pattern is invalid or uses constructs that need backtracking.</exception>
    internal static Regex CreateLinear(string pattern)
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
