using SalesLint.Model;

namespace SalesLint.Cli.Reports;

/// <summary>A piece of a turn's text and the findings that cover it (none for plain text).</summary>
/// <param name="Start">Offset in the turn text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Findings">Indices of the findings covering every character of the piece, ascending.</param>
internal sealed record TextSegment(int Start, int Length, IReadOnlyList<int> Findings);

/// <summary>Cuts a turn's text at the edges of finding spans so overlapping findings can be highlighted without nesting.</summary>
internal static class InlineHighlights
{
    /// <summary>Splits the text into consecutive segments covering it exactly once.</summary>
    /// <param name="textLength">Length of the turn text.</param>
    /// <param name="spans">Each finding's index and span (spans are clipped to the text; empty ones are ignored).</param>
    /// <returns>Segments in text order; a segment's findings are those whose span covers it.</returns>
    public static IReadOnlyList<TextSegment> Segments(int textLength, IEnumerable<(int Finding, TextSpan Span)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var clipped = spans
            .Select(s => (s.Finding, Start: Math.Clamp(s.Span.Start, 0, textLength), End: Math.Clamp(s.Span.End, 0, textLength)))
            .Where(s => s.End > s.Start)
            .ToList();
        var cuts = new SortedSet<int> { 0, textLength };
        foreach (var (_, start, end) in clipped)
        {
            cuts.Add(start);
            cuts.Add(end);
        }

        var segments = new List<TextSegment>();
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var from = previous;
                var covering = clipped.Where(s => s.Start <= from && s.End >= cut).Select(s => s.Finding).Distinct().Order().ToList();
                if (segments.Count > 0 && segments[^1].Findings.SequenceEqual(covering))
                {
                    segments[^1] = segments[^1] with { Length = segments[^1].Length + (cut - from) };
                }
                else
                {
                    segments.Add(new TextSegment(from, cut - from, covering));
                }
            }

            previous = cut;
        }

        return segments;
    }
}
