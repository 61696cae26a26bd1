using SalesLint.Analysis;
using SalesLint.Analyzers;
using SalesLint.RuleKinds;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// Decodes a built-in analyzer's file (<c>analyzer: SLnnnn</c>, optional <c>level</c>, <c>enabled</c> and typed
/// <c>options</c>; see <see cref="BuiltInAnalyzers"/>): a later file for the same analyzer replaces its options.
/// <see cref="Compile"/> builds the analyzer once the lexicons and the scoring model's categories are known, as a YAML
/// rule compiles (<see cref="RuleCompilation"/>): every problem at its key, the first reported at its line and column.
/// </summary>
internal static class BuiltInAnalyzerFileDecoder
{
    public static void Add(YamlSource source, RuleSetParts parts)
    {
        var path = source.Path;
        var positions = new KeyPositions(source.Root!);
        var node = source.Root!.Children[new YamlScalarNode("analyzer")];
        var id = (node as YamlScalarNode)?.Value ?? string.Empty;
        var factory = BuiltInAnalyzers.Find(id)
            ?? throw YamlSource.ErrorAt(path, node.Start, $"unknown built-in analyzer '{id}' (built-in analyzers: {string.Join(", ", BuiltInAnalyzers.Ids)})");
        var file = (AnalyzerFileBase)source.Decode(factory.FileType, $"analyzer {id}", parts.LoadingBuiltIn);
        parts.BuiltInAnalyzers[id] = new BuiltInAnalyzerEntry(factory, file, source.Has("level"), path, positions);
    }

    /// <summary>
    /// The analyzer with the file's level and switch applied: the level parsed (an empty one is a problem), the options
    /// checked against the lexicons, the category one of the scoring model's. Problems go to <paramref name="compilation"/>.
    /// </summary>
    /// <returns>The analyzer, or <see langword="null"/> when a problem was found.</returns>
    public static ConversationAnalyzer? Compile(BuiltInAnalyzerEntry entry, RuleCompilation compilation)
    {
        var (factory, file, hasLevel, _, _) = entry;
        var level = hasLevel ? compilation.Level(file.Level, "level") : null;
        var errors = new List<(string Key, string Message)>();
        file.OptionsValue.Validate(errors, compilation.Lexicons);
        foreach (var (key, message) in errors)
        {
            compilation.Error("options." + key, message);
        }

        var descriptor = factory.CreateDescriptor(compilation.HelpLinkBase);
        if (!compilation.Categories.Contains(descriptor.Category))
        {
            compilation.Error("analyzer", $"its category '{descriptor.Category}' is not in the scoring model (has: {string.Join(", ", compilation.Categories)})");
        }

        if (compilation.Failed)
        {
            return null;
        }

        descriptor = descriptor with
        {
            DefaultSeverity = level ?? descriptor.DefaultSeverity,
            IsEnabledByDefault = file.Enabled ?? descriptor.IsEnabledByDefault,
        };
        return factory.Create(descriptor, file.OptionsValue);
    }
}
