using System.Reflection;
using SalesLint.Analysis;
using YamlDotNet.Core;

namespace SalesLint.Loading;

/// <summary>
/// Loads C# analyzers from assemblies: an analyzers file (<c>assemblies:</c>, paths relative to the file, refused when the
/// folder's trust check says so) or one assembly named in code or a configuration. Every public
/// <see cref="ConversationAnalyzer"/> with a parameterless constructor is created, in type-name order.
/// </summary>
internal static class AnalyzerAssemblyLoader
{
    /// <summary>Loads the assemblies an analyzers file lists.</summary>
    public static void AddFile(YamlSource source, RuleSetParts parts, string? baseDirectory)
    {
        var path = source.Path;
        var file = source.Decode<AnalyzersFile>();
        var positions = new KeyPositions(source.Root!);
        if (file.Assemblies.Count > 0 && parts.AssemblyTrust?.Invoke(path, source.Text) is { } untrusted)
        {
            var at = positions.Find("assemblies[0]");
            throw ConfigurationException.Worded(path, untrusted, YamlSource.Line(at), YamlSource.Column(at));
        }

        for (var i = 0; i < file.Assemblies.Count; i++)
        {
            var assembly = file.Assemblies[i];
            var full = baseDirectory is null || Path.IsPathRooted(assembly) ? assembly : Path.Combine(baseDirectory, assembly);
            Load(parts, full, path, positions.Find($"assemblies[{i}]"));
        }
    }

    /// <summary>Loads one assembly named at <paramref name="reference"/> (errors point there), or given in code.</summary>
    public static void Add(RuleSetParts parts, string assemblyPath, SourceReference? reference) =>
        Load(parts, assemblyPath, reference?.Path, reference is null ? null : new Mark(0, reference.Line ?? 1, reference.Column ?? 1));

    private static void Load(RuleSetParts parts, string assemblyPath, string? configPath, Mark? place)
    {
        ConfigurationException Fail(string message, Exception? inner = null) =>
            configPath is null || place is null
                ? new ConfigurationException(assemblyPath, message, inner: inner)
                : YamlSource.ErrorAt(configPath, place.Value, $"{assemblyPath}: {message}", inner);

        if (!File.Exists(assemblyPath))
        {
            throw Fail("analyzer assembly not found");
        }

        Assembly assembly;
        try
        {
            assembly = Assembly.LoadFrom(Path.GetFullPath(assemblyPath));
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or IOException)
        {
            throw Fail($"cannot load analyzer assembly: {ex.Message}", ex);
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException)
        {
            throw Fail($"cannot read the assembly's types: {ex.Message}", ex);
        }

        var found = 0;
        foreach (var type in types.Where(t => !t.IsAbstract && typeof(ConversationAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            parts.Analyzers.Add((ConversationAnalyzer)Activator.CreateInstance(type)!);
            found++;
        }

        if (found == 0)
        {
            throw Fail("the assembly has no public ConversationAnalyzer with a parameterless constructor");
        }
    }
}

/// <summary>The analyzers file: <c>assemblies:</c> paths of assemblies with <see cref="ConversationAnalyzer"/> types.</summary>
internal sealed record AnalyzersFile
{
    public List<string> Assemblies { get; init; } = [];
}
