using PublicApiGenerator;
using SalesLint.Engine;

namespace SalesLint.Tests.Api;

/// <summary>
/// The public surface of the SalesLint library, pinned: <c>tests/SalesLint.Tests/Api/SalesLint.api.txt</c> is what embedders compile
/// against, so it changes only on purpose. After a deliberate change run
/// <c>SALESLINT_UPDATE_API=1 dotnet test tests/SalesLint.Tests --filter FullyQualifiedName~PublicApiTests</c> and review the diff of
/// that file with the change.
/// </summary>
[TestFixture]
public class PublicApiTests
{
    private static string BaselinePath => Path.Combine(TestSupport.RepositoryRoot, "tests", "SalesLint.Tests", "Api", "SalesLint.api.txt");

    private static string Api() => typeof(SalesLintEngine).Assembly
        .GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute"] })
        .ReplaceLineEndings("\n");

    [Test]
    public void PublicApi_MatchesTheBaseline()
    {
        var api = Api();
        if (Environment.GetEnvironmentVariable("SALESLINT_UPDATE_API") == "1")
        {
            File.WriteAllText(BaselinePath, api);
        }

        api.Should().Be(
            File.ReadAllText(BaselinePath).ReplaceLineEndings("\n"),
            "the public API changed; if on purpose, rerun with SALESLINT_UPDATE_API=1 and commit SalesLint.api.txt (see the remarks)");
    }

    /// <summary>
    /// No YamlDotNet type in the public API: rule parameters travel as <c>RuleParameter</c>/<c>ParameterValue</c>, and YAML decoding
    /// details (ignored members) are set on the deserializer, not as attributes on public types.
    /// </summary>
    [Test]
    public void PublicApi_YamlDotNetTypes_None()
    {
        Api().Split('\n').Select(l => l.Trim()).Where(l => l.Contains("YamlDotNet", StringComparison.Ordinal))
            .Should().BeEmpty("YAML parsing is an implementation detail of the loaders");
    }
}
