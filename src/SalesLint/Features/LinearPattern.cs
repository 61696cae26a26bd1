using System.Text.RegularExpressions;
using Microsoft.Extensions.ObjectPool;

namespace SalesLint.Features;

/// <summary>
/// A case-insensitive regular expression that runs in linear time (<see cref="RegexOptions.NonBacktracking"/>, so no
/// pattern from a YAML file can hang the engine) and that many threads can use at once without slowing each other.
/// </summary>
/// <remarks>
/// A <see cref="Regex"/> is thread-safe but keeps one matching state: a second thread matching at the same moment
/// builds a new one, which for a linear-time regex means several arrays per call. Here each thread borrows its own
/// instance from a small pool, so steady-state matching allocates nothing and scales with the cores.
/// </remarks>
public sealed class LinearPattern
{
    private readonly ObjectPool<Regex> pool;

    /// <summary>Checks a pattern; it is built when first used (see <see cref="FeatureDetector.ValidatePattern"/>).</summary>
    /// <param name="pattern">.NET regular expression syntax, without backreferences or lookarounds.</param>
    /// <exception cref="ArgumentException">The pattern is invalid or needs backtracking.</exception>
    public LinearPattern(string pattern)
        : this(pattern, validate: true)
    {
    }

    internal LinearPattern(string pattern, bool validate)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (validate)
        {
            FeatureDetector.ValidatePattern(pattern);
        }

        Pattern = pattern;
        pool = new DefaultObjectPool<Regex>(new Policy(pattern), Math.Max(4, Environment.ProcessorCount * 2));
    }

    /// <summary>The pattern text.</summary>
    public string Pattern { get; }

    /// <summary>Whether the pattern matches anywhere in <paramref name="input"/>.</summary>
    /// <param name="input">The text.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool IsMatch(ReadOnlySpan<char> input)
    {
        var regex = pool.Get();
        try
        {
            return regex.IsMatch(input);
        }
        finally
        {
            pool.Return(regex);
        }
    }

    /// <summary>The first match inside a part of <paramref name="input"/> (anchors apply to that part).</summary>
    /// <param name="input">The text.</param>
    /// <param name="beginning">Where the part starts.</param>
    /// <param name="length">The part's length.</param>
    /// <returns>The match; check <see cref="Group.Success"/>.</returns>
    public Match Match(string input, int beginning, int length)
    {
        var regex = pool.Get();
        try
        {
            return regex.Match(input, beginning, length);
        }
        finally
        {
            pool.Return(regex);
        }
    }

    /// <summary>Adds every non-empty match in <paramref name="input"/> to <paramref name="into"/>, as (index, length).</summary>
    /// <param name="input">The text.</param>
    /// <param name="into">Receives the matches in text order.</param>
    /// <returns>How many were added.</returns>
    public int AddMatches(ReadOnlySpan<char> input, List<(int Index, int Length)> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var regex = pool.Get();
        try
        {
            var added = 0;
            foreach (var match in regex.EnumerateMatches(input))
            {
                if (match.Length > 0)
                {
                    into.Add((match.Index, match.Length));
                    added++;
                }
            }

            return added;
        }
        finally
        {
            pool.Return(regex);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Pattern;

    private sealed class Policy(string pattern) : PooledObjectPolicy<Regex>
    {
        private int created;

        // The first instance is the process-wide one (shared with validation and other engines); more are made only
        // when threads match at the same moment.
        public override Regex Create() => Interlocked.Increment(ref created) == 1 ? FeatureDetector.CreatePattern(pattern) : FeatureDetector.NewPattern(pattern);

        public override bool Return(Regex obj) => true;
    }
}
