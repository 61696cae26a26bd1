namespace SalesLint.Understanding;

/// <summary>What a sentence means for selling, as the sentence-understanding layer labels it.</summary>
/// <remarks>
/// Every label but <see cref="Requested"/> and <see cref="AcceptsOffer"/> comes from the learned label model
/// (<see cref="LabelModel"/>) and context; those two come from context alone. In YAML rules labels are written in lower case with hyphens
/// (<c>next-step</c>); see <see cref="SemanticLabels"/>.
/// </remarks>
public enum SemanticLabel
{
    /// <summary>The speaker states an aim, a desired outcome, a plan or a target.</summary>
    Goal = 0,

    /// <summary>The speaker describes a pain, a difficulty, a bad situation or something that went wrong.</summary>
    Problem = 1,

    /// <summary>The speaker states a need, a requirement or a preference.</summary>
    Need = 2,

    /// <summary>An objection, a doubt, a concern or a rejection.</summary>
    Objection = 3,

    /// <summary>Talk about the offering: product, features, plans, price, terms, implementation (statement or question).</summary>
    Product = 4,

    /// <summary>A question asking the other side about their situation, goals, problems, needs or tastes.</summary>
    Discovery = 5,

    /// <summary>Proposes or asks for a concrete next step: a meeting, a call, a demo, sending something, a date.</summary>
    NextStep = 6,

    /// <summary>Accepts a proposal, a time or a deal.</summary>
    Agreement = 7,

    /// <summary>The speaker commits to doing something.</summary>
    Commitment = 8,

    /// <summary>Restates or summarizes what the other side said.</summary>
    Reflection = 9,

    /// <summary>
    /// Context only: product talk that answers the other side's question about the product or the price just before
    /// ("Any utilities included in the monthly price?" → "Water and trash are included.").
    /// </summary>
    Requested = 10,

    /// <summary>
    /// Context only: a yes to the terms the other side just offered — an amount, a split of items, one of the user's
    /// products such as a recommended title ("I would be willing to do 1 firewood, 2 water and 1 food." → "Sounds
    /// great!"; "Arrival (2016)" → "cool thanks"). The offer was taken: the conversation has closed.
    /// </summary>
    AcceptsOffer = 11,
}

/// <summary>Names of the <see cref="SemanticLabel"/> values as rules and output write them.</summary>
public static class SemanticLabels
{
    private static readonly string[] Names =
        ["goal", "problem", "need", "objection", "product", "discovery", "next-step", "agreement", "commitment", "reflection", "requested", "accepts-offer"];

    /// <summary>How many labels there are.</summary>
    public static int Count => Names.Length;

    /// <summary>
    /// The labels the learned model predicts (every label but the context-only <see cref="SemanticLabel.Requested"/> and
    /// <see cref="SemanticLabel.AcceptsOffer"/>), in model order.
    /// </summary>
    public static IReadOnlyList<SemanticLabel> Learned { get; } =
        Enum.GetValues<SemanticLabel>().Where(l => l is not (SemanticLabel.Requested or SemanticLabel.AcceptsOffer)).ToArray();

    /// <summary>Every label name, in <see cref="SemanticLabel"/> order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The name of a label (<c>next-step</c>).</summary>
    /// <param name="label">The label.</param>
    /// <returns>Its name.</returns>
    public static string Name(SemanticLabel label) => Names[(int)label];

    /// <summary>Reads a label name (case-insensitive; <c>next_step</c> and <c>nextstep</c> are accepted too).</summary>
    /// <param name="name">The name.</param>
    /// <param name="label">The label.</param>
    /// <returns>Whether the name is a label.</returns>
    public static bool TryParse(string? name, out SemanticLabel label)
    {
        label = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var normalized = name.Trim().Replace('_', '-');
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], normalized, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Names[i].Replace("-", string.Empty, StringComparison.Ordinal), normalized, StringComparison.OrdinalIgnoreCase))
            {
                label = (SemanticLabel)i;
                return true;
            }
        }

        return false;
    }
}
