using System.Buffers;

namespace SalesLint.Features;

/// <summary>
/// A cheap test run before a costly regex: text without any of the words every match of the regex contains cannot
/// match. Case-insensitive regex matching also takes a few non-ASCII letters for ASCII ones (dotted and dotless i,
/// long s, the Kelvin sign; see FeatureDetector's fold exceptions) that <see cref="StringComparison.OrdinalIgnoreCase"/>
/// does not, so text holding one of them is always searched.
/// </summary>
internal static class TextScreen
{
    /// <summary>The non-ASCII letters case-insensitive matching may take for ASCII ones (<see cref="FeatureDetector.LiteralFoldExceptions"/>).</summary>
    public static readonly SearchValues<char> FoldsToAscii = SearchValues.Create(FeatureDetector.LiteralFoldExceptions);

    /// <summary>Whether a regex whose every match holds one of <paramref name="words"/> (ignoring case) can match the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">Words built with <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    /// <returns><see langword="false"/> when the regex cannot match.</returns>
    public static bool MayHold(ReadOnlySpan<char> text, SearchValues<string> words) => text.ContainsAny(words) || text.ContainsAny(FoldsToAscii);
}
