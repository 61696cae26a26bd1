using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// The C# snippet in README.md's "Library" section is taken from the README when the test runs, compiled with Roslyn
/// as a program (top-level statements, with the implicit usings of a new SDK project) against the assemblies this test
/// runs with, and run, with its example names mapped: <c>"my-rules"</c> to a rules folder holding one lexicon file and
/// <c>"call.vtt"</c> to samples/negotiation-giveaway.vtt.
/// </summary>
[TestFixture]
[Category("Process")]
[NonParallelizable]
public sealed partial class LibrarySnippetTests
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    [Test]
    public void ReadmeLibrarySnippet_CompilesAndRuns()
    {
        var snippet = LibrarySnippet();
        snippet.Should().Contain("\"my-rules\"").And.Contain("\"call.vtt\"", "the test maps these names; update it with the README");
        var rules = Path.Combine(Path.GetTempPath(), "saleslint-snippet-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(rules);
        try
        {
            File.WriteAllText(Path.Combine(rules, "product.yaml"), "lexicon: product\nterms: [ForecastPro, Pipeline Radar]\n");
            var source = snippet
                .Replace("\"my-rules\"", Literal(rules), StringComparison.Ordinal)
                .Replace("\"call.vtt\"", Literal(Path.Combine(TestSupport.RepositoryRoot, "samples", "negotiation-giveaway.vtt")), StringComparison.Ordinal);

            var assembly = Compile(source);
            var output = Run(assembly);

            output.Should().MatchRegex(@"^negotiation-giveaway: \d{1,3}(\.\d+)?\r?\n$", "the snippet prints each conversation's ID and score");
        }
        finally
        {
            Directory.Delete(rules, recursive: true);
        }
    }

    /// <summary>The first <c>```csharp</c> block after the "## Library" heading.</summary>
    private static string LibrarySnippet()
    {
        var readme = File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, "README.md"));
        var match = Snippet().Match(readme);
        match.Success.Should().BeTrue("README.md has a '## Library' section with a ```csharp block");
        return match.Groups["code"].Value;
    }

    private static byte[] Compile(string source)
    {
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "README.md#Library"),
            CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using {u};\n")), new CSharpParseOptions(LanguageVersion.Latest)),
        };
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        problems.Should().BeEmpty("the README's library snippet compiles without errors or warnings");
        emitted.Success.Should().BeTrue();
        return image.ToArray();
    }

    private static string Run(byte[] image)
    {
        var context = new AssemblyLoadContext("ReadmeSnippet", isCollectible: true);
        var original = Console.Out;
        using var output = new StringWriter();
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var entry = assembly.EntryPoint ?? throw new AssertionException("the snippet has no entry point");
            Console.SetOut(output);
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            Assert.Fail($"the README's library snippet threw: {ex.InnerException}");
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
        }

        return output.ToString();
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    [GeneratedRegex(@"^## Library\s*?\n.*?^```csharp\s*\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Snippet();
}
