using System.Buffers;
using System.Diagnostics;
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
/// A shipped pattern whose runs on the interpreter have cost about as much time as compiling it would
/// (<see cref="TicksBeforeCompiling"/>, measured on every <see cref="SampleEvery"/>th run) is compiled to code
/// once (<see cref="PatternRegistry.GetCompiled"/>) and every thread uses that instance from then on: a pattern that
/// costs a long call or a batch real time runs several times faster, while one that is cheap on the interpreter (most,
/// in a batch of short calls) never pays the milliseconds a compilation costs.
/// </remarks>
internal sealed class LinearPattern
{
    /// <summary>How often the pool must be found empty before another instance is built.</summary>
    internal const int BusyBeforeNewInstance = 16;

    /// <summary>
    /// How much time a shipped pattern may spend on the interpreter, per character of its text, before it is compiled
    /// to code: about what emitting and JIT-compiling it costs, which grows with the pattern (profiles of 500 generated
    /// calls, session 21: 60-140 ms for the longest shipped alternations, 1,000-2,000 characters, on a busy machine).
    /// Paying for the compilation only once the interpreter has cost as much at most doubles what a pattern costs,
    /// whatever comes after; a run count (session 20: 2,000 runs) compiled long patterns that are cheap per run, which
    /// a batch of short calls never earned back (about a tenth of the run). Patterns of rules checked on every sentence
    /// of a 60-minute call still reach this within a few dozen calls.
    /// </summary>
    internal static readonly TimeSpan InterpreterTimePerCharacter = TimeSpan.FromMicroseconds(100);

    /// <summary>The least interpreter time before a (short) shipped pattern is compiled.</summary>
    internal static readonly TimeSpan LeastInterpreterTime = TimeSpan.FromMilliseconds(2);

    /// <summary>Every how many runs one is timed (and counted this many times): timing each would cost more than a short match.</summary>
    internal const int SampleEvery = 16;

    // One timed run counts for at most this much, so that no single run (one the thread was taken off the core for, or
    // a garbage collection) can have a pattern compiled: 0.1 ms times SampleEvery stays under LeastInterpreterTime.
    private static readonly long LongestSampleTicks = Stopwatch.Frequency / 10_000;

    // Stands for "the pattern has no required words" once that has been read (null: not read yet).
    private static readonly object NoScreen = new();

    private readonly Regex?[] pool = new Regex?[Math.Max(2, Environment.ProcessorCount * 2)];
    private readonly long ticksBeforeCompiling;
    private int busy;
    private int built;
    private object? screen;

    // Runs on the interpreter so far (counted without locking: a lost count only shifts which run is timed), and the
    // interpreter time they are estimated to have cost in Stopwatch ticks (a lost update only delays compiling a
    // little); -1 once compiling was asked for or the pattern cannot be compiled.
    private int runs;
    private long spent;
    private Regex? compiled;

    /// <summary>Checks a pattern by building it, unless it comes from the shipped rules (see <see cref="PatternRegistry.Validate"/>).</summary>
    /// <param name="pattern">.NET regular expression syntax, without backreferences or lookarounds.</param>
    /// <exception cref="ArgumentException">The pattern is invalid or needs backtracking.</exception>
    public LinearPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        PatternRegistry.Validate(pattern);
        Pattern = pattern;
        var budget = Math.Max(LeastInterpreterTime.Ticks, InterpreterTimePerCharacter.Ticks * pattern.Length);
        ticksBeforeCompiling = budget * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
    }

    /// <summary>The pattern text.</summary>
    public string Pattern { get; }

    /// <summary>
    /// How much time this pattern may spend on the interpreter before it is compiled to code, in
    /// <see cref="Stopwatch"/> ticks: what compiling it is estimated to cost (<see cref="InterpreterTimePerCharacter"/>
    /// per character of its text, at least <see cref="LeastInterpreterTime"/>).
    /// </summary>
    internal long TicksBeforeCompiling => ticksBeforeCompiling;

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

        var (regex, pooled, started) = Rent();
        try
        {
            return regex.IsMatch(input);
        }
        finally
        {
            Return(regex, pooled, started);
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

        var (regex, pooled, started) = Rent();
        try
        {
            return regex.Match(input, beginning, length);
        }
        finally
        {
            Return(regex, pooled, started);
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

        var (regex, pooled, started) = Rent();
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
            Return(regex, pooled, started);
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
    internal bool MayMatch(ReadOnlySpan<char> input) => Screen() is not SearchValues<string> search || TextScreen.MayHold(input, search);

    /// <summary>
    /// Whether <see cref="MayMatch"/> can rule text out before the regex runs (the pattern has <see cref="RequiredWords"/>).
    /// Without a screen every test runs the regex on the whole text: with a long alternation whose branches may start
    /// anywhere ("…|(^|[^\d.])0 cents"), tens of microseconds a sentence on the interpreter.
    /// </summary>
    internal bool IsScreened => Screen() is SearchValues<string>;

    private object Screen()
    {
        var words = Volatile.Read(ref screen);
        if (words is null)
        {
            // Read once per pattern on first use (a race only reads it twice), not at load: most patterns of a rule set
            // are used, but building every search at start would add to every short run.
            words = RequiredWords.Of(Pattern) is { } required ? SearchValues.Create(required, StringComparison.OrdinalIgnoreCase) : NoScreen;
            Volatile.Write(ref screen, words);
        }

        return words;
    }

    /// <summary>Whether the pattern has been compiled to code (see <see cref="TicksBeforeCompiling"/>).</summary>
    internal bool IsCompiled => Volatile.Read(ref compiled) is not null;

    // The instance to run, whether it goes back to the pool, and when the run started if it is one to time (else 0):
    // taken last, so that building an instance is not counted as the pattern's running time.
    private (Regex Regex, bool Pooled, long Started) Rent()
    {
        if (Volatile.Read(ref compiled) is { } hot)
        {
            return (hot, false, 0L); // a compiled regex is cheap to share: a thread that finds it busy makes a small runner
        }

        var timed = spent >= 0 && ++runs % SampleEvery == 0;

        for (var i = 0; i < pool.Length; i++)
        {
            if (Volatile.Read(ref pool[i]) is not null && Interlocked.Exchange(ref pool[i], null) is { } regex)
            {
                return (regex, true, Start(timed));
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
                return (PatternRegistry.Get(Pattern), true, Start(timed));
            }

            if (seen <= BusyBeforeNewInstance)
            {
                return (PatternRegistry.Get(Pattern), false, Start(timed));
            }
        }

        return Volatile.Read(ref built) < pool.Length && Interlocked.Increment(ref built) <= pool.Length
            ? (PatternRegistry.Create(Pattern), true, Start(timed))
            : (PatternRegistry.Get(Pattern), false, Start(timed));
    }

    private static long Start(bool timed) => timed ? Stopwatch.GetTimestamp() : 0L;

    private void Return(Regex regex, bool pooled, long started)
    {
        if (started != 0)
        {
            Spend(Math.Min(Stopwatch.GetTimestamp() - started, LongestSampleTicks) * SampleEvery);
        }

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

    /// <summary>
    /// Adds interpreter time (in <see cref="Stopwatch"/> ticks) to the pattern's account and, once it reaches
    /// <see cref="TicksBeforeCompiling"/>, has the pattern compiled (on this thread, once; the others keep the
    /// interpreter meanwhile). Internal so that tests can charge time without depending on how fast the machine is.
    /// </summary>
    /// <param name="ticks">The time to add.</param>
    internal void Spend(long ticks)
    {
        var before = spent;
        if (before < 0)
        {
            return;
        }

        var now = before + ticks;
        spent = now;
        if (now >= ticksBeforeCompiling && Interlocked.Exchange(ref spent, -1) >= 0 && PatternRegistry.GetCompiled(Pattern) is { } fresh)
        {
            Volatile.Write(ref compiled, fresh);
        }
    }
}
