using SalesLint.Engine;

namespace SalesLint.Tests.Architecture;

/// <summary>
/// Pins the core's namespace graph: every namespace may use only the ones listed for it in <see cref="Allowed"/>, the
/// list has no cycle, and the lowest layers (Model, Reading) reach no higher. Read from the compiled assembly (types,
/// signatures and method bodies), so a <c>using</c> is not needed for an edge to count.
/// </summary>
public sealed class NamespaceDependencyTests
{
    /// <summary>
    /// The allowed graph, lowest layers first. Changing it is a design decision: add an edge only where it points down.
    /// </summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Diagnostics"] = ["Model"],
        ["Reading"] = ["Model"],
        ["Tokenization"] = ["Model"],
        ["Acts"] = ["Model", "Tokenization"],
        ["Features"] = ["Model", "Tokenization", "Acts"],
        ["Metrics"] = ["Model", "Features", "Understanding"],
        ["Negotiation"] = ["Model", "Tokenization", "Acts", "Features", "Metrics"],
        ["Analysis"] = ["Model", "Diagnostics", "Metrics"],
        ["Understanding"] = ["Model", "Tokenization", "Acts", "Features"],
        ["RuleKinds"] = ["Model", "Diagnostics", "Tokenization", "Acts", "Features", "Metrics", "Negotiation", "Analysis", "Understanding"],
        ["Scoring"] = ["Model", "Diagnostics", "Metrics", "RuleKinds"],
        ["Analyzers"] = ["Model", "Diagnostics", "Tokenization", "Acts", "Features", "Metrics", "Negotiation", "Analysis"],
        ["Loading"] = ["Model", "Diagnostics", "Features", "Metrics", "Analysis", "Scoring", "RuleKinds", "Analyzers"],
        ["Rules"] = ["Model", "Diagnostics", "Features", "Metrics", "Analysis", "Scoring", "RuleKinds", "Analyzers", "Loading"],
        ["Engine"] = ["Model", "Diagnostics", "Reading", "Tokenization", "Acts", "Features", "Metrics", "Negotiation", "Analysis", "Scoring", "RuleKinds", "Rules", "Loading"],
        ["Batch"] = ["Model", "Diagnostics", "Metrics", "Scoring", "Engine"],
        ["Configuration"] = ["Model", "Diagnostics", "Reading", "Acts", "Analysis", "Loading", "Rules", "Engine", "Batch"],
        ["Output"] = ["Model", "Diagnostics", "Metrics", "Scoring", "Rules", "Loading", "Engine", "Batch"],
        ["Hosting"] = ["Model", "Diagnostics", "Reading", "Acts", "Analysis", "Loading", "Rules", "Engine", "Batch", "Configuration", "Output"],
    };

    private static readonly Lazy<NamespaceGraph> Core = new(() =>
        NamespaceGraph.Read(typeof(SalesLintEngine).Assembly.Location, "SalesLint"));

    [Test]
    public void Core_UsesOnlyAllowedNamespaces()
    {
        var wrong = Core.Value.Edges
            .SelectMany(e => e.Value.Where(t => !Allowed.GetValueOrDefault(e.Key, []).Contains(t.Key))
                .Select(t => $"{e.Key} -> {t.Key} ({t.Value})"))
            .Order(StringComparer.Ordinal)
            .ToList();

        string.Join(Environment.NewLine, wrong).Should().BeEmpty("each namespace may only use the ones listed in NamespaceDependencyTests.Allowed");
    }

    [Test]
    public void Core_EveryNamespaceIsListed()
    {
        Core.Value.Namespaces.Should().BeSubsetOf(Allowed.Keys, "a new namespace needs its place in the allowed graph");
    }

    [Test]
    public void Core_HasNoNamespaceCycle()
    {
        var graph = Core.Value.Edges.ToDictionary(e => e.Key, e => (IEnumerable<string>)e.Value.Keys, StringComparer.Ordinal);

        NamespaceGraph.Cycles(graph).Should().BeEmpty();
    }

    [Test]
    public void Allowed_HasNoCycle()
    {
        var graph = Allowed.ToDictionary(e => e.Key, e => (IEnumerable<string>)e.Value, StringComparer.Ordinal);

        NamespaceGraph.Cycles(graph).Should().BeEmpty();
    }

    [TestCase("Model")]
    [TestCase("Reading")]
    public void Core_LowLayerReachesNoHigher(string layer)
    {
        var allowedBelow = layer == "Model" ? Array.Empty<string>() : ["Model"];

        Core.Value.Edges.GetValueOrDefault(layer)?.Keys.Should().BeSubsetOf(allowedBelow);
    }

    [Test]
    public void Read_FindsEdgesFromSignaturesAndMethodBodies()
    {
        var engine = Core.Value.Edges["Engine"];

        // The engine's constructor takes a RuleSet (a signature) and calls Scorer.Compute (a method body only).
        engine.Should().ContainKey("Rules");
        engine.Should().ContainKey("Scoring");
        engine["Scoring"].Should().NotBeNullOrEmpty();
        Core.Value.Edges["Negotiation"].Should().ContainKey("Model");
    }

    [Test]
    public void Cycles_FindsACycleInASmallGraph()
    {
        var graph = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            ["Model"] = [],
            ["Engine"] = ["Rules", "Model"],
            ["Rules"] = ["Scoring"],
            ["Scoring"] = ["Engine"],
            ["Output"] = ["Engine"],
            ["Self"] = ["Self"],
        };

        NamespaceGraph.Cycles(graph).Should().BeEquivalentTo(new[] { new[] { "Engine", "Rules", "Scoring" }, ["Self"] });
    }

    [Test]
    public void Cycles_AcyclicGraph_FindsNone()
    {
        var graph = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            ["Model"] = [],
            ["Engine"] = ["Rules", "Model"],
            ["Rules"] = ["Model"],
        };

        NamespaceGraph.Cycles(graph).Should().BeEmpty();
    }
}
