using SalesLint.Configuration;
using SalesLint.Diagnostics;

namespace SalesLint.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private const string Full = """
        extends: [recommended, ./team-rules]
        minLevel: warning
        rules:
          SL1003: none
          SL1001: { level: error, min: 0.25 }
        categories:
          negotiation: error
        lexicons:
          product: [ForecastPro, Pipeline Radar]
        speakers:
          sellers: [Dana]
          buyers: Chris
        analyzers: [bin/Contoso.dll]
        suppressions:
          - files: ["roleplay/**"]
            rules: [SL1003]
            justification: Scripts say solution on purpose.
        overrides:
          - files: ["negotiation/*.vtt"]
            rules: { SL1001: none }
        baseline: .saleslint-baseline.json
        """;

    [Test]
    public void Parse_FullExample_DecodesEverySection()
    {
        var config = ConfigLoader.Parse("/calls/.saleslint.yaml", Full);

        config.Extends.Should().Equal("recommended", "./team-rules");
        config.Settings.MinLevel.Should().Be(DiagnosticSeverity.Warning);
        config.Settings.Rules["SL1003"].Level.Should().Be(DiagnosticSeverity.None);
        config.Settings.Rules["SL1001"].Level.Should().Be(DiagnosticSeverity.Error);
        var min = config.Settings.Rules["SL1001"].Parameters.Should().ContainSingle().Which;
        (min.Name, min.Value.Text, min.Line, min.Column, min.Value.Column).Should().Be(("min", "0.25", 5, 27, 32));
        config.Settings.Categories["negotiation"].Should().Be(DiagnosticSeverity.Error);
        config.Settings.Lexicons["product"].Should().Equal("ForecastPro", "Pipeline Radar");
        config.Settings.Sellers.Should().Equal("Dana");
        config.Settings.Buyers.Should().Equal("Chris");
        config.Analyzers.Should().Equal("bin/Contoso.dll");
        config.Suppressions.Should().ContainSingle().Which.Justification.Should().Be("Scripts say solution on purpose.");
        config.Suppressions[0].Line.Should().Be(15);
        config.Overrides.Should().ContainSingle().Which.Files[0].IsMatch("negotiation/a.vtt").Should().BeTrue();
        config.Baseline.Should().Be(".saleslint-baseline.json");
        config.Directory.Should().Be("/calls");
    }

    [TestCase("speakrs:\n  sellers: [Dana]", 1, 1, "unknown key 'speakrs'")]
    [TestCase("rules:\n  SL1003: off-ish", 2, 11, "rules.SL1003 must be error, warning, suggestion or none")]
    [TestCase("minLevel: none", 1, 11, "minLevel must be error, warning or suggestion")]
    [TestCase("speakers:\n  seller: [Dana]", 2, 3, "unknown key 'seller' in speakers")]
    [TestCase("suppressions:\n  - files: [a]\n    rules: [SL1003]", 2, 5, "needs a justification")]
    [TestCase("rules:\n  SL1001: { id: SL9 }", 2, 13, "'id' cannot be changed")]
    [TestCase("extends: [recommended", 1, 1, "invalid YAML")]
    public void Parse_Invalid_ThrowsWithFileLineAndColumn(string yaml, int line, int column, string message)
    {
        var act = () => ConfigLoader.Parse("cfg/.saleslint.yaml", yaml);

        var error = act.Should().Throw<ConfigurationException>().Which;
        error.FilePath.Should().Be("cfg/.saleslint.yaml");
        error.Message.Should().Contain(message);
        if (!message.StartsWith("invalid", StringComparison.Ordinal))
        {
            (error.Line, error.Column).Should().Be((line, column));
        }
    }

    [Test]
    public void Parse_Empty_IsDefaults()
    {
        var config = ConfigLoader.Parse("x.yaml", string.Empty);

        config.Extends.Should().Equal("recommended");
        config.Settings.Rules.Should().BeEmpty();
    }

    [Test]
    public void Discover_ConfigAbove_IsFound()
    {
        var root = Path.Combine(Path.GetTempPath(), "saleslint-discover-" + Guid.NewGuid().ToString("N"));
        var deep = Path.Combine(root, "a", "b");
        Directory.CreateDirectory(deep);
        try
        {
            File.WriteAllText(Path.Combine(root, ".saleslint.yaml"), "minLevel: error");

            ConfigLoader.Discover(Path.Combine(deep, "call.json")).Should().Be(Path.Combine(root, ".saleslint.yaml"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
