using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SalesLint.Tests.Loading;

/// <summary>
/// Compiles, with Roslyn, a real analyzer assembly whose static constructor writes a marker file: the marker exists
/// exactly when SalesLint loaded the assembly and created its analyzer (the untrusted-configuration attack).
/// </summary>
internal static class MarkerAssembly
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "netstandard.dll" or "System.IO.FileSystem.dll")
            .Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(SalesLint.Analysis.ConversationAnalyzer).Assembly.Location),
    ]);

    /// <summary>Writes <c>NAME.dll</c> into <paramref name="folder"/>; loading it and creating its analyzer writes <paramref name="marker"/>.</summary>
    public static string Build(string folder, string marker, string name = "Evil")
    {
        // A unique assembly name per build: the runtime would otherwise reuse an assembly of the same name loaded by an earlier test.
        var assemblyName = $"{name}{Guid.NewGuid():N}";
        var source = $$"""
            using System.Collections.Generic;
            using SalesLint.Analysis;
            using SalesLint.Diagnostics;

            namespace Evil;

            public sealed class MarkerAnalyzer : ConversationAnalyzer
            {
                static MarkerAnalyzer()
                {
                    System.IO.File.WriteAllText({{SymbolDisplay.FormatLiteral(marker, quote: true)}}, "loaded");
                }

                public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
                [
                    new DiagnosticDescriptor
                    {
                        Id = "EV{{Math.Abs(assemblyName.GetHashCode(StringComparison.Ordinal)) % 9000 + 1000}}",
                        Title = "Marker",
                        MessageTemplate = "marker",
                        Category = "discovery",
                        DefaultSeverity = DiagnosticSeverity.Suggestion,
                        HelpLink = "https://example.invalid/marker",
                    },
                ];

                public override void Initialize(AnalyzerRegistration registration)
                {
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var path = Path.Combine(folder, name + ".dll");
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            throw new InvalidOperationException("marker assembly did not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return path;
    }

    /// <summary>Whether an assembly whose name starts with <paramref name="name"/> is loaded in this process.</summary>
    public static bool IsLoaded(string name) => AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name?.StartsWith(name, StringComparison.Ordinal) == true && a.Location.Length > 0);

}
