namespace SalesLint.RuleKinds;

/// <summary>The closed set of rule kinds a YAML rule can <c>extends</c>.</summary>
public static class RuleKindCatalog
{
    /// <summary>Rule kind names and the definition types that decode them.</summary>
    public static IReadOnlyDictionary<string, Type> Kinds { get; } = new SortedDictionary<string, Type>(StringComparer.Ordinal)
    {
        ["metric"] = typeof(MetricRule),
        ["existence"] = typeof(ExistenceRule),
        ["precedence"] = typeof(PrecedenceRule),
        ["reciprocity"] = typeof(ReciprocityRule),
        ["absence"] = typeof(AbsenceRule),
        ["response"] = typeof(ResponseRule),
        ["gap"] = typeof(GapRule),
    };
}
