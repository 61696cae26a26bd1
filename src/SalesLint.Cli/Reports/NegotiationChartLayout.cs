using SalesLint.Model;
using SalesLint.Negotiation;

namespace SalesLint.Cli.Reports;

/// <summary>
/// Where the negotiation chart of a call puts each side's positions (the "negotiation dance"): one small chart per
/// issue, each side's position as a step line along the same axis as the call's timeline (time, or words spoken when the
/// transcript has no timestamps), every move a mark coloured by what it was.
/// </summary>
internal sealed class NegotiationChartLayout
{
    /// <summary>Top of the plot inside an issue's chart (room for the issue's title).</summary>
    public const double PlotTop = 24;

    /// <summary>Height of the price's plot.</summary>
    public const double PricePlotHeight = 110;

    /// <summary>Height of the plot of any other issue.</summary>
    public const double IssuePlotHeight = 56;

    /// <summary>Room below the plot of the last chart, which carries the axis' labels.</summary>
    public const double AxisHeight = 26;

    /// <summary>Room below the plot of the other charts.</summary>
    public const double GapHeight = 8;

    private NegotiationChartLayout(TimelineLayout axis, IReadOnlyList<IssueChart> charts)
    {
        Axis = axis;
        Charts = charts;
    }

    /// <summary>The call's timeline layout, whose x axis the charts share.</summary>
    public TimelineLayout Axis { get; }

    /// <summary>One chart per issue with a move, the price first, then in the order the issues came up; empty when the ledger has no move.</summary>
    public IReadOnlyList<IssueChart> Charts { get; }

    /// <summary>Lays out a conversation's ledger.</summary>
    /// <param name="conversation">The tokenized conversation.</param>
    /// <param name="ledger">Its negotiation ledger.</param>
    /// <returns>The layout (without charts when the ledger has no move).</returns>
    public static NegotiationChartLayout Build(Conversation conversation, NegotiationLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(ledger);
        var axis = TimelineLayout.Build(conversation, []);
        var charts = new List<IssueChart>();
        var issues = ledger.Moves
            .Select((m, i) => (Move: m, Index: i))
            .Where(m => m.Move.Position.Turn >= 0 && m.Move.Position.Turn < axis.Bars.Count)
            .GroupBy(m => (m.Move.Position.Issue, m.Move.Position.Item))
            .OrderBy(g => g.Key.Issue == NegotiationIssue.Price ? 0 : 1)
            .ThenBy(g => g.First().Index);
        var groups = issues.ToList();
        foreach (var group in groups)
        {
            var moves = group.ToList();
            var plotHeight = group.Key.Issue == NegotiationIssue.Price ? PricePlotHeight : IssuePlotHeight;
            var last = group == groups[^1];
            var values = moves.SelectMany(m => m.Move.From is { } from ? new[] { from, m.Move.To } : [m.Move.To]).ToList();
            var listing = group.Key.Issue == NegotiationIssue.Price ? ledger.ListingPrice : null;
            if (listing is { } l)
            {
                values.Add(l);
            }

            var (low, high, ticks) = Scale(values.Min(), values.Max(), group.Key.Issue == NegotiationIssue.Price ? 3 : 2);
            if (group.Key.Issue == NegotiationIssue.Extras && values.All(v => v is 0 or 1))
            {
                (low, high, ticks) = (-0.25, 1.25, [0, 1]);
            }

            double YOf(double v) => PlotTop + ((high - v) / (high - low) * plotHeight);

            var marks = new List<ChartMark>(moves.Count);
            foreach (var (move, index) in moves)
            {
                var position = move.Position;
                var bar = axis.Bars[position.Turn];
                var length = Math.Max(1, conversation.Turns[position.Turn].Text.Length);
                var fraction = Math.Clamp(position.Span.Start / (double)length, 0, 1);
                marks.Add(new ChartMark(index, move, bar.X + (fraction * bar.Width), YOf(move.To), ClassOf(move)));
            }

            var lines = marks
                .GroupBy(m => m.Move.Party)
                .OrderBy(g => g.Key == SpeakerRole.Seller ? 0 : g.Key == SpeakerRole.Buyer ? 1 : 2)
                .Select(g => new PartyLine(g.Key, [.. g.Select(m => (m.X, m.Y))]))
                .ToList();
            var title = IssueTitle(group.Key.Issue, group.Key.Item);
            charts.Add(new IssueChart(group.Key.Issue, group.Key.Item, title, low, high, ticks.Select(t => (t, YOf(t))).ToList(), lines, marks)
            {
                Listing = listing is { } price ? (price, YOf(price)) : null,
                PlotHeight = plotHeight,
                ShowsAxis = last,
            });
        }

        return new NegotiationChartLayout(axis, charts);
    }

    /// <summary>
    /// The CSS classes of a move's mark, which set its colour and shape: <c>opening</c>, <c>hold</c>, <c>deal</c>, or
    /// <c>concession</c> with <c>reciprocated</c> or <c>unreciprocated</c>, and <c>conditional</c> when tied to a condition.
    /// </summary>
    /// <param name="move">The move.</param>
    /// <returns>The classes, separated by spaces.</returns>
    public static string ClassOf(NegotiationMove move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return move.Kind switch
        {
            MoveKind.Opening => "opening",
            MoveKind.Deal => "deal",
            MoveKind.Hold => "hold",
            _ => "concession " + (move.Reciprocated ? "reciprocated" : "unreciprocated") + (move.IsConditional ? " conditional" : string.Empty),
        };
    }

    /// <summary>What an issue is called in the chart's title.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="item">What is counted or given, for units and extras.</param>
    /// <returns>The title.</returns>
    public static string IssueTitle(NegotiationIssue issue, string? item) => issue switch
    {
        NegotiationIssue.Price => "Price",
        NegotiationIssue.Discount => "Discount (%)",
        NegotiationIssue.FreePeriod => "Free months",
        NegotiationIssue.PaymentTerms => "Payment terms (days)",
        NegotiationIssue.Units => string.IsNullOrEmpty(item) ? "Units" : "Units: " + item,
        _ => string.IsNullOrEmpty(item) ? "Extras" : "Extras: " + item,
    };

    /// <summary>A value range with some room and a few round ticks inside it.</summary>
    /// <param name="min">Smallest value.</param>
    /// <param name="max">Largest value.</param>
    /// <returns>The axis' low and high ends and its ticks.</returns>
    /// <param name="intervals">About how many intervals between ticks.</param>
    internal static (double Low, double High, IReadOnlyList<double> Ticks) Scale(double min, double max, int intervals = 3)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            return (0, 1, [0, 1]);
        }

        var span = max - min;
        if (span <= 0)
        {
            span = Math.Max(1, Math.Abs(max) * 0.2);
            min -= span / 2;
            max += span / 2;
        }

        var raw = span / Math.Max(1, intervals);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        var low = min - (span * 0.12);
        var high = max + (span * 0.12);
        var ticks = new List<double>();
        for (var attempt = 0; attempt < 4 && ticks.Count < 2; attempt++, step /= 2)
        {
            ticks.Clear();
            for (var t = Math.Ceiling(low / step) * step; t <= high + 1e-9 && ticks.Count < 12; t += step)
            {
                ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : Math.Round(t, 10));
            }
        }

        return (low, high, ticks);
    }
}

/// <summary>One issue's chart.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Item">What is counted or given, for units and extras.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Low">Value at the bottom of the plot.</param>
/// <param name="High">Value at the top of the plot.</param>
/// <param name="Ticks">Round values on the y axis, with their y.</param>
/// <param name="Lines">Each side's positions in order (sellers first).</param>
/// <param name="Marks">One mark per move, in the order said.</param>
internal sealed record IssueChart(
    NegotiationIssue Issue,
    string? Item,
    string Title,
    double Low,
    double High,
    IReadOnlyList<(double Value, double Y)> Ticks,
    IReadOnlyList<PartyLine> Lines,
    IReadOnlyList<ChartMark> Marks)
{
    /// <summary>On the price chart, the listing price given with the transcript (the seller's opening) and its y; otherwise <see langword="null"/>.</summary>
    public (double Value, double Y)? Listing { get; init; }

    /// <summary>Height of the plot.</summary>
    public double PlotHeight { get; init; } = NegotiationChartLayout.IssuePlotHeight;

    /// <summary>Whether the chart carries the axis' labels (the last one does).</summary>
    public bool ShowsAxis { get; init; }

    /// <summary>Bottom of the plot.</summary>
    public double PlotBottom => NegotiationChartLayout.PlotTop + PlotHeight;

    /// <summary>Total height of the chart.</summary>
    public double Height => PlotBottom + (ShowsAxis ? NegotiationChartLayout.AxisHeight : NegotiationChartLayout.GapHeight);
}

/// <summary>A side's positions on one issue: the corners of its step line.</summary>
/// <param name="Party">The side.</param>
/// <param name="Points">Each move's point, in order.</param>
internal sealed record PartyLine(SpeakerRole Party, IReadOnlyList<(double X, double Y)> Points);

/// <summary>A move's mark.</summary>
/// <param name="Index">The move's index in the ledger's moves.</param>
/// <param name="Move">The move.</param>
/// <param name="X">Where it was said, on the timeline's axis.</param>
/// <param name="Y">Its value.</param>
/// <param name="Class">Its CSS classes (<see cref="NegotiationChartLayout.ClassOf"/>).</param>
internal sealed record ChartMark(int Index, NegotiationMove Move, double X, double Y, string Class);
