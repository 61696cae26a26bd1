namespace SalesLint.Loading;

/// <summary>
/// A rule parameter set in a configuration file (<c>rules: { SL1001: { min: 0.25 } }</c>) or in code: its name, its
/// value, and where it is written, so an unknown name or a bad value is reported at that line and column.
/// </summary>
/// <param name="Name">The parameter (a key of the rule kind, such as <c>min</c> or <c>match</c>).</param>
/// <param name="Value">The value.</param>
public sealed record RuleParameter(string Name, ParameterValue Value)
{
    /// <summary>1-based line of the name, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column of the name, when known.</summary>
    public int? Column { get; init; }
}

/// <summary>
/// A parameter value as written: a scalar (<see cref="Text"/>; <see langword="null"/> for an empty value), a list
/// (<see cref="Items"/>) or a mapping (<see cref="Entries"/>, in the order written). Exactly one of the three describes
/// the value; the rule kind decodes it to its typed parameter.
/// </summary>
public sealed record ParameterValue
{
    private ParameterValue(string? text, IReadOnlyList<ParameterValue>? items, IReadOnlyList<RuleParameter>? entries)
    {
        Text = text;
        Items = items;
        Entries = entries;
    }

    /// <summary>The scalar's text, when the value is a scalar; <see langword="null"/> for a list, a mapping or an empty value.</summary>
    public string? Text { get; }

    /// <summary>The entries of a list, else <see langword="null"/>.</summary>
    public IReadOnlyList<ParameterValue>? Items { get; }

    /// <summary>The keys and values of a mapping, in order, else <see langword="null"/>.</summary>
    public IReadOnlyList<RuleParameter>? Entries { get; }

    /// <summary>1-based line of the value, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column of the value, when known.</summary>
    public int? Column { get; init; }

    /// <summary>A scalar: text, a number or true/false as written; <see langword="null"/> for an empty value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static ParameterValue Scalar(string? text) => new(text, null, null);

    /// <summary>A list.</summary>
    /// <param name="items">The entries.</param>
    /// <returns>The value.</returns>
    public static ParameterValue List(IEnumerable<ParameterValue> items) => new(null, [.. items ?? throw new ArgumentNullException(nameof(items))], null);

    /// <summary>A mapping.</summary>
    /// <param name="entries">The keys and values, in order.</param>
    /// <returns>The value.</returns>
    public static ParameterValue Mapping(IEnumerable<RuleParameter> entries) => new(null, null, [.. entries ?? throw new ArgumentNullException(nameof(entries))]);
}
