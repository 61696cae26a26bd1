using System.Buffers;
using System.Text.RegularExpressions;

namespace SalesLint.Features;

/// <summary>
/// A case-insensitive regular expression that runs in linear time (<see cref="RegexOptions.NonBacktracking"/>, so no
/// pattern from a YAML file can hang the engine) and that many threads can use at once without slowing each other.
/// </summary>
/// <remarks>
/// A <see cref="Regex"/> is thread-safe but keeps one matching state: a second thread matching at the same moment
/// builds a new one, which for a linear-time regex means several arrays per call. Here threads borrow instances from
/// a small pool. The first is the process-wide one (<see cref="PatternRegistry.Get"/>); as building another
/// costs tens of milliseconds, a thread that finds the pool empty shares the first until the pattern has been found
/// busy <see cref="BusyBeforeNewInstance"/> times, and only then builds one of its own. A pattern used now and then is
/// built once; one matched on every sentence by every thread soon has an instance per thread and scales with the cores.
/// Before the regex runs, the text is searched for the words every match holds (<see cref="RequiredWords"/>, read from
/// the pattern on first use): text without any of them cannot match, and most sentences hold none of a rule's words.
/// A shipped pattern that has run <see cref="RunsBeforeCompiling"/> times is compiled to code once
/// (<see cref="PatternRegistry.GetCompiled"/>) and every thread uses that instance from then on: a long call or a batch
/// runs its hot patterns several times faster, while a short run never pays the few milliseconds a compilation costs.
/// </remarks>
internal sealed class LinearPattern
{
    /// <summary>How often the pool must be found empty before another instance is built.</summary>
    internal const int BusyBeforeNewInstance = 16;

    /// <summary>
    /// How many times a shipped pattern runs on the interpreter before it is compiled to code (emitting and then
    /// JIT-compiling its code: milliseconds). Patterns of rules checked on every sentence reach this in a long call
    /// or a few dozen short ones, rare ones never. A run count is a rough trigger: in a batch of 500 short calls the
    /// compilations cost a little more than they save (session 20, about 5% of the run).
    /// </summary>
    internal const int RunsBeforeCompiling = 2_000;

    // Stands for "the pattern has no required words" once that has been read (null: not read yet).
    private static readonly object NoScreen = new();

    private readonly Regex?[] pool = new Regex?[Math.Max(2, Environment.ProcessorCount * 2)];
    private int busy;
    private int built;
    private object? screen;

    // Runs so far while below RunsBeforeCompiling (counted without locking: a lost count only delays compiling a
    // little); -1 once compiling was asked for.
    private int runs;
    private Regex? compiled;

    /// <summary>Checks a pattern by building it, unless it comes from the shipped rules (see <see cref="PatternRegistry.Validate"/>).</summary>
    /// <param name="pattern">.NET regular expression syntax, without backreferences or lookarounds.</param>
    /// <exception cref="ArgumentException">The pattern is invalid or needs backtracking.</exception>
    public LinearPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        PatternRegistry.Validate(pattern);
        Pattern = pattern;
    }

    /// <summary>The pattern text.</summary>
    public string Pattern { get; }

    /// <summary>How many instances the pool has taken in (the process-wide one included).</summary>
    internal int Instances => Math.Min(Volatile.Read(ref built), pool.Length);

    /// <summary>Whether the pattern matches anywhere in <paramref name="input"/>.</summary>
    /// <param name="input">The text.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool IsMatch(ReadOnlySpan<char> input)
    {
        if (!MayMatch(input))
        {
            return false;
        }

        var (regex, pooled) = Rent();
        try
        {
            return regex.IsMatch(input);
        }
        finally
        {
            Return(regex, pooled);
        }
    }

    /// <summary>The first match inside a part of <paramref name="input"/> (anchors apply to that part).</summary>
    /// <param name="input">The text.</param>
    /// <param name="beginning">Where the part starts.</param>
    /// <param name="length">The part's length.</param>
    /// <returns>The match; check <see cref="Group.Success"/>.</returns>
    public Match Match(string input, int beginning, int length)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!MayMatch(input.AsSpan(beginning, length)))
        {
            return System.Text.RegularExpressions.Match.Empty; // what a failed match returns
        }

        var (regex, pooled) = Rent();
        try
        {
            return regex.Match(input, beginning, length);
        }
        finally
        {
            Return(regex, pooled);
        }
    }

    /// <summary>Adds every non-empty match in <paramref name="input"/> to <paramref name="into"/>, as (index, length).</summary>
    /// <param name="input">The text.</param>
    /// <param name="into">Receives the matches in text order.</param>
    /// <returns>How many were added.</returns>
    public int AddMatches(ReadOnlySpan<char> input, List<(int Index, int Length)> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (!MayMatch(input))
        {
            return 0;
        }

        var (regex, pooled) = Rent();
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
            Return(regex, pooled);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Pattern;

    /// <summary>
    /// The cheap test before the regex: <see langword="false"/> only when the text holds none of the words every match
    /// holds (<see cref="RequiredWords"/>), so the regex cannot match; <see langword="true"/> otherwise.
    /// </summary>
    /// <param name="input">The text the regex would search.</param>
    /// <returns>Whether the regex may match.</returns>
    internal bool MayMatch(ReadOnlySpan<char> input)
    {
        var words = Volatile.Read(ref screen);
        if (words is null)
        {
            // Read once per pattern on first use (a race only reads it twice), not at load: most patterns of a rule set
            // are used, but building every search at start would add to every short run.
            words = RequiredWords.Of(Pattern) is { } required ? SearchValues.Create(required, StringComparison.OrdinalIgnoreCase) : NoScreen;
            Volatile.Write(ref screen, words);
        }

        return words is not SearchValues<string> search || TextScreen.MayHold(input, search);
    }

    /// <summary>Whether the pattern has been compiled to code (see <see cref="RunsBeforeCompiling"/>).</summary>
    internal bool IsCompiled => Volatile.Read(ref compiled) is not null;

    private (Regex Regex, bool Pooled) Rent()
    {
        if (Volatile.Read(ref compiled) is { } hot)
        {
            return (hot, false); // a compiled regex is cheap to share: a thread that finds it busy makes a small runner
        }

        var count = runs;
        if (count >= 0)
        {
            if (count < RunsBeforeCompiling)
            {
                runs = count + 1;
            }
            else if (Interlocked.Exchange(ref runs, -1) >= 0 && PatternRegistry.GetCompiled(Pattern) is { } fresh)
            {
                Volatile.Write(ref compiled, fresh);
                return (fresh, false);
            }
        }

        for (var i = 0; i < pool.Length; i++)
        {
            if (Volatile.Read(ref pool[i]) is not null && Interlocked.Exchange(ref pool[i], null) is { } regex)
            {
                return (regex, true);
            }
        }

        // Empty: the first use, or every instance busy. Share the process-wide instance until that has happened often;
        // then build more, at most as many as the pool holds (so more threads than that share, never rebuild).
        if (Volatile.Read(ref busy) <= BusyBeforeNewInstance)
        {
            var seen = Interlocked.Increment(ref busy);
            if (seen == 1)
            {
                Interlocked.Increment(ref built);
                return (PatternRegistry.Get(Pattern), true);
            }

            if (seen <= BusyBeforeNewInstance)
            {
                return (PatternRegistry.Get(Pattern), false);
            }
        }

        return Volatile.Read(ref built) < pool.Length && Interlocked.Increment(ref built) <= pool.Length
            ? (PatternRegistry.Create(Pattern), true)
            : (PatternRegistry.Get(Pattern), false);
    }

    private void Return(Regex regex, bool pooled)
    {
        if (!pooled)
        {
            return;
        }

        for (var i = 0; i < pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref pool[i], regex, null) is null)
            {
                return;
            }
        }
    }
}
