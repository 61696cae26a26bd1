using SalesLint.Analysis;
using SalesLint.Analyzers;
using SalesLint.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SalesLint.Loading;

/// <summary>
/// Decodes a built-in analyzer's file (<c>analyzer: SLnnnn</c>, optional <c>level</c>, <c>enabled</c> and typed
/// <c>options</c>; see <see cref="BuiltInAnalyzers"/>): a later file for the same analyzer replaces its options.
/// <see cref="Create"/> builds the analyzer once the scoring model's categories are known.
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
        var file = (AnalyzerFileBase)source.Decode(factory.FileType, $"analyzer {id}");
        DiagnosticSeverity? level = null;
        if (file.Level is not null)
        {
            level = SeverityNames.Parse(file.Level)
                ?? throw YamlSource.ErrorAt(path, positions.Find("level"), $"level must be error, warning, suggestion or none, not '{file.Level}'");
        }

        parts.BuiltInAnalyzers[id] = new BuiltInAnalyzerEntry(factory, file, level, path, positions);
    }

    /// <summary>Checks the options of an analyzer's file against the lexicons; the first problem, or <see langword="null"/>.</summary>
    public static ConfigurationException? Check(string id, BuiltInAnalyzerEntry entry, IReadOnlySet<string> featureNames)
    {
        var errors = new List<(string Key, string Message)>();
        entry.File.OptionsValue.Validate(errors, featureNames);
        return errors.Count == 0 ? null : YamlSource.ErrorAt(entry.Path, entry.Positions.Find("options." + errors[0].Key), $"analyzer {id}: {errors[0].Message}");
    }

    /// <summary>The analyzer with the file's level and switch applied; its category must be one of the scoring model's.</summary>
    public static ConversationAnalyzer Create(string id, BuiltInAnalyzerEntry entry, string helpLinkBase, IReadOnlySet<string> categories)
    {
        var (factory, file, level, path, positions) = entry;
        var descriptor = factory.CreateDescriptor(helpLinkBase);
        descriptor = descriptor with
        {
            DefaultSeverity = level ?? descriptor.DefaultSeverity,
            IsEnabledByDefault = file.Enabled ?? descriptor.IsEnabledByDefault,
        };
        if (!categories.Contains(descriptor.Category))
        {
            throw YamlSource.ErrorAt(path, positions.Find("analyzer"), $"analyzer {id}: its category '{descriptor.Category}' is not in the scoring model (has: {string.Join(", ", categories)})");
        }

        return factory.Create(descriptor, file.OptionsValue);
    }
}
