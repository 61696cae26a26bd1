using SalesLint.Diagnostics;

namespace SalesLint.Analysis;

/// <summary>
/// Base of every analyzer, YAML-declared or written in C#. Like a Roslyn analyzer: it declares the rules it reports
/// and registers callbacks once; the engine walks each conversation once and calls them. An analyzer instance is
/// shared by all threads: keep per-conversation state inside a <see cref="AnalyzerRegistration.RegisterConversationStartAction"/>
/// closure, never in fields.
/// </summary>
public abstract class ConversationAnalyzer
{
    /// <summary>The rules this analyzer can report.</summary>
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>A name for error messages; the type name by default.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>Registers the analyzer's callbacks. Called once, when the engine is created.</summary>
    /// <param name="registration">Where to register.</param>
    public abstract void Initialize(AnalyzerRegistration registration);
}
