using SalesLint.Diagnostics;
using SalesLint.Model;

namespace SalesLint.Cli.Reports;

/// <summary>Where a call's turns and findings sit on the timeline: one lane per speaker, along time (when every turn has a start) or word position.</summary>
internal sealed class TimelineLayout
{
    /// <summary>Width of the drawing in SVG user units.</summary>
    public const double Width = 1000;

    /// <summary>Left edge of the plot (the speaker labels are to its left).</summary>
    public const double PlotLeft = 170;

    /// <summary>Right edge of the plot.</summary>
    public const double PlotRight = Width - 16;

    /// <summary>Height of one level of the findings track.</summary>
    public const double LevelHeight = 15;

    /// <summary>Height of a speaker lane.</summary>
    public const double LaneHeight = 22;

    /// <summary>Gap between lanes.</summary>
    public const double LaneGap = 6;

    /// <summary>Highest number of marker levels; further overlapping markers share the top level.</summary>
    public const int MaxLevels = 6;

    private const double MinMarkerGap = 14;

    private TimelineLayout(bool byTime, double extent, IReadOnlyList<TimelineLane> lanes, IReadOnlyList<TimelineBar> bars, IReadOnlyList<TimelineMarker> markers, int levels)
    {
        ByTime = byTime;
        Extent = extent;
        Lanes = lanes;
        Bars = bars;
        Markers = markers;
        Levels = levels;
    }

    /// <summary>Whether the axis is time in seconds (else word position).</summary>
    public bool ByTime { get; }

    /// <summary>The axis' largest value (seconds or words).</summary>
    public double Extent { get; }

    /// <summary>The speaker lanes, sellers first.</summary>
    public IReadOnlyList<TimelineLane> Lanes { get; }

    /// <summary>One bar per turn.</summary>
    public IReadOnlyList<TimelineBar> Bars { get; }

    /// <summary>One marker per finding that has a turn.</summary>
    public IReadOnlyList<TimelineMarker> Markers { get; }

    /// <summary>Levels used in the findings track (at least one).</summary>
    public int Levels { get; }

    /// <summary>Top of the first lane.</summary>
    public double LanesTop => 8 + (Levels * LevelHeight) + 8;

    /// <summary>Top of the axis (below the last lane).</summary>
    public double AxisTop => LanesTop + (Lanes.Count * (LaneHeight + LaneGap));

    /// <summary>Total height of the drawing.</summary>
    public double Height => AxisTop + 28;

    /// <summary>Lays out a conversation and its findings.</summary>
    /// <param name="conversation">The tokenized conversation.</param>
    /// <param name="diagnostics">Its findings; the marker of finding <c>i</c> carries index <c>i</c>.</param>
    /// <returns>The layout.</returns>
    public static TimelineLayout Build(Conversation conversation, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var turns = conversation.Turns;
        var byTime = turns.Count > 0 && turns.All(t => t.Start.HasValue);

        // Positions along the axis: seconds (a missing end is the next start, or an estimate from the words) or words.
        var starts = new double[turns.Count];
        var ends = new double[turns.Count];
        double words = 0;
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            if (byTime)
            {
                var start = turn.Start!.Value;
                var end = turn.End ?? (i + 1 < turns.Count ? turns[i + 1].Start!.Value : start + Math.Max(2, turn.WordCount * 0.4));
                starts[i] = start;
                ends[i] = Math.Max(start, end);
            }
            else
            {
                starts[i] = words;
                words += Math.Max(1, turn.WordCount);
                ends[i] = words;
            }
        }

        var extent = turns.Count == 0 ? 1 : Math.Max(1, ends.Max());
        var scale = (PlotRight - PlotLeft) / extent;

        var speakers = conversation.Participants
            .Concat(turns.Select(t => t.Speaker))
            .DistinctBy(p => p.Id, StringComparer.Ordinal);
        var lanes = speakers
            .Select((p, i) => (Participant: p, Order: i))
            .OrderBy(p => p.Participant.Role switch { SpeakerRole.Seller => 0, SpeakerRole.Buyer => 1, _ => 2 })
            .ThenBy(p => p.Order)
            .Select((p, i) => new TimelineLane(i, p.Participant.Id, p.Participant.Name, p.Participant.Role))
            .ToList();
        var laneOf = lanes.ToDictionary(l => l.ParticipantId, StringComparer.Ordinal);

        var bars = new List<TimelineBar>(turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            var x = PlotLeft + (starts[i] * scale);
            var width = Math.Max(1.5, (ends[i] - starts[i]) * scale);
            bars.Add(new TimelineBar(i, laneOf[turns[i].Speaker.Id].Index, x, Math.Min(width, PlotRight - x + 1.5), starts[i], ends[i]));
        }

        var placed = new List<(int Finding, int Turn, double X)>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Location.Turn is not int turn || turn < 0 || turn >= bars.Count)
            {
                continue;
            }

            var bar = bars[turn];
            var length = Math.Max(1, turns[turn].Text.Length);
            var fraction = Math.Clamp((diagnostics[i].Location.Span?.Start ?? 0) / (double)length, 0, 1);
            placed.Add((i, turn, bar.X + (fraction * bar.Width)));
        }

        // Stack markers that would overlap: each goes to the lowest level whose last marker is far enough to the left.
        var levelEnds = new List<double>();
        var markers = new List<TimelineMarker>(placed.Count);
        foreach (var (finding, turn, x) in placed.OrderBy(p => p.X).ThenBy(p => p.Finding))
        {
            var level = levelEnds.FindIndex(end => x - end >= MinMarkerGap);
            if (level < 0)
            {
                if (levelEnds.Count < MaxLevels)
                {
                    levelEnds.Add(x);
                    level = levelEnds.Count - 1;
                }
                else
                {
                    level = MaxLevels - 1;
                }
            }

            levelEnds[level] = x;
            markers.Add(new TimelineMarker(finding, turn, bars[turn].Lane, x, level));
        }

        return new TimelineLayout(byTime, extent, lanes, bars, [.. markers.OrderBy(m => m.Finding)], Math.Max(1, levelEnds.Count));
    }

    /// <summary>The x of an axis value.</summary>
    /// <param name="value">Seconds or words.</param>
    /// <returns>The x in user units.</returns>
    public double XOf(double value) => PlotLeft + (value * (PlotRight - PlotLeft) / Extent);

    /// <summary>The top of a lane.</summary>
    /// <param name="lane">The lane index.</param>
    /// <returns>The y in user units.</returns>
    public double LaneTop(int lane) => LanesTop + (lane * (LaneHeight + LaneGap));

    /// <summary>The centre y of a marker level (level 0 is nearest the lanes).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The y in user units.</returns>
    public double MarkerY(int level) => LanesTop - 8 - (LevelHeight / 2) - (level * LevelHeight);

    /// <summary>Axis ticks: about eight round values from zero to the extent.</summary>
    /// <returns>The tick values.</returns>
    public IReadOnlyList<double> Ticks()
    {
        double[] steps = ByTime
            ? [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600]
            : [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
        var step = steps.FirstOrDefault(s => Extent / s <= 8, steps[^1] * Math.Ceiling(Extent / steps[^1] / 8));
        var ticks = new List<double>();
        if (!double.IsFinite(Extent) || !(step > 0) || !double.IsFinite(step))
        {
            return ticks;
        }

        for (double v = 0; v <= Extent + 1e-9 && ticks.Count <= 16; v += step)
        {
            ticks.Add(v);
        }

        return ticks;
    }
}

/// <summary>A speaker's lane.</summary>
/// <param name="Index">0-based lane from the top.</param>
/// <param name="ParticipantId">The participant.</param>
/// <param name="Name">The participant's name.</param>
/// <param name="Role">The participant's role.</param>
internal sealed record TimelineLane(int Index, string ParticipantId, string Name, SpeakerRole Role);

/// <summary>A turn's bar.</summary>
/// <param name="Turn">0-based turn index.</param>
/// <param name="Lane">The speaker's lane.</param>
/// <param name="X">Left edge in user units.</param>
/// <param name="Width">Width in user units.</param>
/// <param name="Start">Start on the axis (seconds or words).</param>
/// <param name="End">End on the axis.</param>
internal sealed record TimelineBar(int Turn, int Lane, double X, double Width, double Start, double End);

/// <summary>A finding's marker.</summary>
/// <param name="Finding">Index of the finding in the call's diagnostics.</param>
/// <param name="Turn">The turn it is in.</param>
/// <param name="Lane">The lane of that turn's speaker.</param>
/// <param name="X">Where in the turn the finding starts, in user units.</param>
/// <param name="Level">Stacking level in the findings track.</param>
internal sealed record TimelineMarker(int Finding, int Turn, int Lane, double X, int Level);
