using System.Globalization;

namespace SalesLint.Cli.Commands;

/// <summary>
/// The CI gates of <c>check</c> and <c>score</c>: <c>--max-warnings N</c> (more than N warnings reported) and
/// <c>--fail-under SCORE</c> (a conversation scored below SCORE). Each crossed gate is a message naming it; the run
/// then exits with code 1.
/// </summary>
internal sealed class Gates
{
    private readonly int? maxWarnings;
    private readonly double? failUnder;
    private int conversations;
    private int below;
    private (string Name, double Score)? lowest;

    private Gates(int? maxWarnings, double? failUnder)
    {
        this.maxWarnings = maxWarnings;
        this.failUnder = failUnder;
    }

    /// <summary>Checks the options.</summary>
    /// <param name="maxWarnings">--max-warnings.</param>
    /// <param name="failUnder">--fail-under.</param>
    /// <returns>The gates.</returns>
    /// <exception cref="UsageException">A value is out of range.</exception>
    public static Gates From(int? maxWarnings, double? failUnder)
    {
        if (maxWarnings < 0)
        {
            throw new UsageException("--max-warnings must be 0 or more");
        }

        if (failUnder is double f && (double.IsNaN(f) || f < 0 || f > 100))
        {
            throw new UsageException("--fail-under must be a score from 0 to 100");
        }

        return new Gates(maxWarnings, failUnder);
    }

    /// <summary>Counts a conversation's score.</summary>
    /// <param name="name">The file (and conversation) it came from.</param>
    /// <param name="score">Its overall score.</param>
    public void AddScore(string name, double score)
    {
        conversations++;
        if (failUnder is double threshold && score < threshold)
        {
            below++;
            if (lowest is null || score < lowest.Value.Score)
            {
                lowest = (name, score);
            }
        }
    }

    /// <summary>The gates crossed, as messages.</summary>
    /// <param name="warnings">The warnings reported.</param>
    /// <returns>One message per crossed gate.</returns>
    public IEnumerable<string> Crossed(int warnings)
    {
        if (maxWarnings is int max && warnings > max)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"--max-warnings {max}: {warnings} warning(s) reported");
        }

        if (failUnder is double threshold && lowest is { } low)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"--fail-under {threshold:0.##}: {below} of {conversations} conversation(s) scored below it (lowest: {low.Name} {low.Score:0.0})");
        }
    }
}
