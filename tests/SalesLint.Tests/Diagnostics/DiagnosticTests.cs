using SalesLint.Diagnostics;

namespace SalesLint.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Test]
    public void FormatMessage_NamedPlaceholders_AreFilled()
    {
        var message = Diagnostic.FormatMessage("said '{match}' {{literal}} {unknown}", new Dictionary<string, string> { ["match"] = "solution" });

        message.Should().Be("said 'solution' {literal} {unknown}");
    }

    [Test]
    public void Placeholders_Template_ListsNamesButNotEscapes()
    {
        Diagnostic.Placeholders("{a} {{b}} {c}").Should().Equal("a", "c");
    }
}
