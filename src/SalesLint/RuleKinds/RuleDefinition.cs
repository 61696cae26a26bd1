using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;
using SalesLint.Understanding;

namespace SalesLint.RuleKinds;

/// <summary>
/// The header every YAML rule shares (like Vale's): which rule kind it <c>extends</c>, its ID, message template,
/// level, category and link. Each rule kind adds its own typed parameters.
/// </summary>
public abstract record RuleDefinition
{
    /// <summary>Stable rule ID, e.g. <c>SL1002</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The rule kind (see <see cref="RuleKindCatalog"/>).</summary>
    public string Extends { get; init; } = string.Empty;

    /// <summary>Short title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Message template; the kind documents its placeholders.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>
    /// <c>error</c>, <c>warning</c>, <c>suggestion</c> or <c>none</c>, as written. Default: <c>warning</c>. Parsed when
    /// the rule compiles: another word is an error at this key, and the descriptor carries the typed severity.
    /// </summary>
    public string Level { get; init; } = "warning";

    /// <summary>Scoring category; must be declared in the scoring model.</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>Whether the rule runs unless configured otherwise. Default: true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Help link; defaults to the rule's page under <c>rules/docs/</c>.</summary>
    public string? Link { get; init; }

    /// <summary>What the rule checks and why.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The file the rule was loaded from (not a YAML key: the loader sets it).</summary>
    public string? SourcePath { get; init; }

    /// <summary>
    /// Settings the rule applies in (any of them; see <see cref="ConversationSettings"/>): <c>business-sale</c> keeps
    /// qualification rules to sales where they make sense. Empty: every conversation.
    /// </summary>
    public List<string> OnlyIn { get; init; } = [];

    /// <summary>Settings the rule never applies in (<c>investor-call</c>). Empty: none.</summary>
    public List<string> NotIn { get; init; } = [];

    /// <summary>The placeholders the kind fills in messages.</summary>
    public abstract IReadOnlyCollection<string> MessagePlaceholders { get; }

    /// <summary>
    /// Compiles the rule in one step (parse, don't validate): the header (level, message placeholders, category) and
    /// the kind's parameters (<see cref="CompileKind"/>). Every problem is recorded in <paramref name="compilation"/>
    /// at its YAML key.
    /// </summary>
    /// <param name="compilation">The rule set's lexicons and categories; collects problems.</param>
    /// <returns>The compiled rule, or <see langword="null"/> when the definition has a problem.</returns>
    internal CompiledRule? Compile(RuleCompilation compilation)
    {
        var severity = compilation.Level(Level, "level");

        foreach (var placeholder in Diagnostic.Placeholders(Message))
        {
            if (!MessagePlaceholders.Contains(placeholder))
            {
                compilation.Error("message", $"unknown placeholder '{{{placeholder}}}' (rule kind '{Extends}' has: {string.Join(", ", MessagePlaceholders.Select(p => "{" + p + "}"))})");
            }
        }

        var create = CompileKind(compilation);
        var onlyIn = CompileSettings(OnlyIn, "onlyIn", compilation);
        var notIn = CompileSettings(NotIn, "notIn", compilation);
        if (!compilation.Categories.Contains(Category))
        {
            compilation.Error("category", $"unknown category '{Category}' (scoring model has: {string.Join(", ", compilation.Categories)})");
        }

        if (compilation.Failed || create is null || severity is not { } level)
        {
            return null;
        }

        var descriptor = new DiagnosticDescriptor
        {
            Id = Id,
            Title = Title,
            MessageTemplate = Message,
            Category = Category,
            DefaultSeverity = level,
            IsEnabledByDefault = Enabled,
            HelpLink = Link ?? $"{compilation.HelpLinkBase}{Id}.md",
            Description = Description.Trim(),
        };
        var analyzer = create(descriptor);
        return new CompiledRule(this, descriptor, onlyIn.Length + notIn.Length == 0 ? analyzer : new SettingGate(analyzer, onlyIn, notIn));
    }

    private static ConversationSettingKind[] CompileSettings(List<string> names, string key, RuleCompilation compilation) =>
        compilation.Names<ConversationSettingKind>(names, key, ConversationSettings.TryParse, name => $"unknown setting '{name}' in {key}", "settings", ConversationSettings.All);

    /// <summary>
    /// Runs a rule's analyzer only on conversations in one of its <c>onlyIn</c> settings (when given) and in none of its
    /// <c>notIn</c> settings: every action the analyzer registers is skipped elsewhere. The setting is read once per
    /// conversation (<see cref="ConversationUnderstanding.Setting"/>).
    /// </summary>
    private sealed class SettingGate(ConversationAnalyzer inner, ConversationSettingKind[] onlyIn, ConversationSettingKind[] notIn) : ConversationAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

        public override string Name => inner.Name;

        public override void Initialize(AnalyzerRegistration registration)
        {
            var own = new AnalyzerRegistration(inner);
            inner.Initialize(own);
            foreach (var action in own.StartActions)
            {
                registration.RegisterConversationStartAction(Gated(action));
            }

            foreach (var (action, role) in own.SentenceActions)
            {
                registration.RegisterSentenceAction(
                    context =>
                    {
                        if (Applies(context.Conversation))
                        {
                            action(context);
                        }
                    },
                    role);
            }

            foreach (var action in own.TurnActions)
            {
                registration.RegisterTurnAction(context =>
                {
                    if (Applies(context.Conversation))
                    {
                        action(context);
                    }
                });
            }

            foreach (var action in own.EndActions)
            {
                registration.RegisterConversationAction(Gated(action));
            }
        }

        private Action<T> Gated<T>(Action<T> action)
            where T : AnalysisContextBase =>
            context =>
            {
                if (Applies(context.Conversation))
                {
                    action(context);
                }
            };

        private bool Applies(Conversation conversation)
        {
            var setting = conversation.Understanding.Setting;
            return !Array.Exists(notIn, setting.Is) && (onlyIn.Length == 0 || Array.Exists(onlyIn, setting.Is));
        }
    }

    /// <summary>
    /// Compiles the kind's parameters (Vale's <c>NewExistence</c> shape): records each problem at its key and returns
    /// how to create the analyzer from the compiled parts, or <see langword="null"/> when a required part is missing.
    /// </summary>
    /// <param name="compilation">The rule set's lexicons; collects problems.</param>
    /// <returns>The analyzer factory, given the rule's descriptor.</returns>
    private protected abstract Func<DiagnosticDescriptor, ConversationAnalyzer>? CompileKind(RuleCompilation compilation);

    /// <summary>Base of the analyzers rule kinds create: one rule, reported under its descriptor.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    private protected abstract class RuleAnalyzer(DiagnosticDescriptor descriptor) : ConversationAnalyzer
    {
        /// <inheritdoc/>
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [descriptor];

        /// <inheritdoc/>
        public override string Name => Descriptor.Id;

        /// <summary>The rule's descriptor.</summary>
        protected DiagnosticDescriptor Descriptor { get; } = descriptor;
    }
}
