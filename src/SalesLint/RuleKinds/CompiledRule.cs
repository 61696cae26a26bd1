using SalesLint.Analysis;
using SalesLint.Diagnostics;

namespace SalesLint.RuleKinds;

/// <summary>A YAML rule compiled: its definition as written, its descriptor (typed severity) and the analyzer that runs it.</summary>
/// <param name="Definition">The rule as decoded from YAML.</param>
/// <param name="Descriptor">The descriptor built from the definition.</param>
/// <param name="Analyzer">The analyzer, holding the compiled parameters; stateless between conversations, so engines share it.</param>
internal sealed record CompiledRule(RuleDefinition Definition, DiagnosticDescriptor Descriptor, ConversationAnalyzer Analyzer);
