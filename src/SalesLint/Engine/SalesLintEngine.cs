using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Features;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Rules;
using SalesLint.Scoring;

namespace SalesLint.Engine;

/// <summary>
/// Runs a rule set over conversations. Create one per rule set and share it: <see cref="Analyze(Transcript, CancellationToken)"/>
/// is thread-safe, and every call returns new immutable results.
/// </summary>
/// <example>
/// <code>
/// var engine = new SalesLintEngine(RuleSet.LoadBuiltIn());
/// foreach (var transcript in TranscriptReader.ReadFile("call.json"))
/// {
///     var result = engine.Analyze(transcript);
///     Console.WriteLine($"{result.ConversationId}: {result.Score.Overall}");
/// }
/// </code>
/// </example>
public sealed class SalesLintEngine
{
    /// <summary>Rule ID reported when an analyzer throws.</summary>
    public const string AnalyzerErrorId = EngineRules.AnalyzerError;

    private static readonly DiagnosticDescriptor AnalyzerError = new()
    {
        Id = AnalyzerErrorId,
        Title = "Analyzer failed",
        MessageTemplate = "Analyzer '{analyzer}' threw {exception}: {message}; its other findings for this conversation are dropped",
        Category = "engine",
        DefaultSeverity = DiagnosticSeverity.Error,
        HelpLink = EngineRules.DefaultHelpLinkBase + AnalyzerErrorId + ".md",
        Description = "An analyzer threw an exception. The other analyzers still ran.",
    };

    private readonly ConversationBuilder builder;
    private readonly List<ActiveAnalyzer> active = [];
    private readonly Dictionary<string, DiagnosticSeverity> severities = new(StringComparer.Ordinal);

    /// <summary>Creates an engine: compiles lexicons, creates and initializes every enabled analyzer.</summary>
    /// <param name="ruleSet">The rules.</param>
    /// <param name="options">Severity overrides and filters; <see cref="EngineOptions.Default"/> when omitted.</param>
    public SalesLintEngine(RuleSet ruleSet, EngineOptions? options = null)
    {
        RuleSet = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        Options = options ?? EngineOptions.Default;
        builder = new ConversationBuilder(new FeatureDetector(ruleSet.Lexicons), Options.ActClassifier);

        var analyzers = ruleSet.Compiled.Select(r => r.Analyzer).Concat(ruleSet.Analyzers);
        foreach (var analyzer in analyzers)
        {
            var enabled = false;
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                // Every configured rule runs, whatever is reported: the score is computed on the full rule set.
                var severity = ConfiguredSeverity(descriptor);
                severities[descriptor.Id] = severity;
                enabled |= severity != DiagnosticSeverity.None;
            }

            if (!enabled)
            {
                continue;
            }

            var registration = new AnalyzerRegistration(analyzer);
            analyzer.Initialize(registration);
            active.Add(new ActiveAnalyzer(analyzer, registration, analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal)));
        }

        Descriptors = [.. ruleSet.Descriptors, AnalyzerError];
    }

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The options.</summary>
    public EngineOptions Options { get; }

    /// <summary>Every rule the engine knows, including the engine's own <c>SL9001</c>.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The severity a rule reports at after configuration.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns>The severity, or <see cref="DiagnosticSeverity.None"/> for an unknown or disabled rule.</returns>
    public DiagnosticSeverity SeverityOf(string ruleId) => severities.GetValueOrDefault(ruleId, ruleId == AnalyzerErrorId ? DiagnosticSeverity.Error : DiagnosticSeverity.None);

    /// <summary>
    /// Whether a finding is reported: its severity is at least <see cref="EngineOptions.MinimumSeverity"/> and its rule
    /// passes <see cref="EngineOptions.OnlyRules"/>. Findings that are not reported still count in the score.
    /// </summary>
    /// <param name="diagnostic">A finding of this engine.</param>
    /// <returns>Whether it is reported.</returns>
    public bool IsReported(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.RuleId == AnalyzerErrorId
            || (diagnostic.Severity >= Options.MinimumSeverity && (Options.OnlyRules.Count == 0 || Options.OnlyRules.Contains(diagnostic.RuleId)));
    }

    /// <summary>Tokenizes a transcript with this engine's lexicons, without running rules.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The conversation.</returns>
    public Conversation Tokenize(Transcript transcript, CancellationToken cancellationToken = default) => builder.Build(transcript, cancellationToken);

    /// <summary>Tokenizes and analyzes a transcript.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Findings, metrics and score.</returns>
    /// <exception cref="TranscriptFormatException">The transcript names unknown speakers.</exception>
    public AnalysisResult Analyze(Transcript transcript, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = Analyze(Tokenize(transcript, cancellationToken), cancellationToken);
        return result with { Elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started) };
    }

    /// <summary>Analyzes a tokenized conversation: one walk over its turns and sentences, dispatching to every analyzer.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="cancellationToken">Cancellation, checked between turns.</param>
    /// <returns>Findings, metrics and score.</returns>
    public AnalysisResult Analyze(Conversation conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var all = NegotiationMetrics.AddTo(MetricsCalculator.ComputeAll(conversation), conversation);
        IReadOnlyDictionary<string, double> metrics = new LazyDiscoveryMetrics(all.Conversation, conversation);
        var diagnostics = new List<Diagnostic>();
        var runs = new List<Run>(active.Count);
        foreach (var analyzer in active)
        {
            var run = new Run(analyzer, this, diagnostics, conversation, metrics, cancellationToken);
            runs.Add(run);
            run.OnStart();
        }

        var turns = conversation.Turns;
        for (var t = 0; t < turns.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var turn = turns[t];
            var sentences = turn.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                for (var r = 0; r < runs.Count; r++)
                {
                    runs[r].OnSentence(sentence);
                }
            }

            for (var r = 0; r < runs.Count; r++)
            {
                runs[r].OnTurn(turn);
            }
        }

        foreach (var run in runs)
        {
            run.OnEnd();
        }

        diagnostics.Sort(CompareDiagnostics);
        AddFingerprints(diagnostics, conversation);

        // The score counts every configured rule's findings; the minimum severity and the rule filter only choose what is reported.
        var score = Scorer.Compute(RuleSet.Scoring, diagnostics, WithSignals(metrics, conversation));
        var reported = diagnostics.FindAll(IsReported);
        return new AnalysisResult
        {
            ConversationId = conversation.Id,
            SourcePath = conversation.SourcePath,
            Metrics = metrics,
            Speakers = all.Speakers,
            Diagnostics = reported,
            Score = score,
        };
    }

    /// <summary>
    /// The metrics with the scoring model's signal counts, each counted when the score first reads it (the metrics
    /// themselves when the model has no signals).
    /// </summary>
    private IReadOnlyDictionary<string, double> WithSignals(IReadOnlyDictionary<string, double> metrics, Conversation conversation) =>
        RuleSet.Signals.Count == 0 ? metrics : new SignalMetrics(metrics, RuleSet.Signals, RuleSet.Scoring.Answering, conversation);

    private static void AddFingerprints(List<Diagnostic> diagnostics, Conversation conversation)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            var key = $"{d.RuleId}|{FingerprintText(d, conversation)}";
            seen[key] = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{key}|{seen[key]}"));
            diagnostics[i] = d with { Fingerprint = Convert.ToHexStringLower(hash.AsSpan(0, 10)) };
        }
    }

    private static string FingerprintText(Diagnostic d, Conversation conversation)
    {
        if (d.Location.Turn is not int turnIndex || turnIndex >= conversation.Turns.Count)
        {
            return "conversation";
        }

        var turn = conversation.Turns[turnIndex];
        var sentence = d.Location.Sentence is int s && s < turn.Sentences.Count ? turn.Sentences[s].Text : turn.Text;
        var match = d.Location.Span is { } span && span.End <= turn.Text.Length ? turn.Text.Substring(span.Start, span.Length) : string.Empty;
        return $"{Normalize(sentence)}|{Normalize(match)}";
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int CompareDiagnostics(Diagnostic a, Diagnostic b)
    {
        var c = (a.Location.Turn ?? -1).CompareTo(b.Location.Turn ?? -1);
        if (c == 0)
        {
            c = (a.Location.Sentence ?? -1).CompareTo(b.Location.Sentence ?? -1);
        }

        if (c == 0)
        {
            c = (a.Location.Span?.Start ?? -1).CompareTo(b.Location.Span?.Start ?? -1);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    private DiagnosticSeverity ConfiguredSeverity(DiagnosticDescriptor descriptor)
    {
        if (Options.RuleSeverities.TryGetValue(descriptor.Id, out var rule))
        {
            return rule;
        }

        if (Options.CategorySeverities.TryGetValue(descriptor.Category, out var category))
        {
            return descriptor.IsEnabledByDefault ? category : DiagnosticSeverity.None;
        }

        return descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : DiagnosticSeverity.None;
    }

    private sealed record ActiveAnalyzer(ConversationAnalyzer Analyzer, AnalyzerRegistration Registration, HashSet<string> Ids);

    /// <summary>
    /// One analyzer's run over one conversation: its per-conversation callbacks and its failure state. Sentence and turn
    /// dispatch allocates nothing: contexts are values and there are no closures on that path.
    /// </summary>
    private sealed class Run
    {
        private readonly ActiveAnalyzer analyzer;
        private readonly SalesLintEngine engine;
        private readonly List<Diagnostic> sink;
        private readonly AnalysisScope scope;
        private readonly AnalyzerRegistration scoped;
        private readonly List<Diagnostic> own = [];
        private bool failed;
        private bool hasSentenceActions;
        private bool hasTurnActions;

        public Run(ActiveAnalyzer analyzer, SalesLintEngine engine, List<Diagnostic> sink, Conversation conversation, IReadOnlyDictionary<string, double> metrics, CancellationToken cancellationToken)
        {
            this.analyzer = analyzer;
            this.engine = engine;
            this.sink = sink;
            scoped = new AnalyzerRegistration(analyzer.Analyzer);
            scope = new AnalysisScope(conversation, metrics, Report, cancellationToken);
        }

        public void OnStart()
        {
            try
            {
                foreach (var start in analyzer.Registration.StartActions)
                {
                    start(new ConversationStartContext(scope.Conversation, scope.Metrics, scope.Report, scoped, scope.CancellationToken));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Fail(ex);
            }

            // Known once the start actions have registered theirs: runs without callbacks are skipped cheaply.
            hasSentenceActions = analyzer.Registration.SentenceActions.Count > 0 || scoped.SentenceActions.Count > 0;
            hasTurnActions = analyzer.Registration.TurnActions.Count > 0 || scoped.TurnActions.Count > 0;
        }

        public void OnSentence(Sentence sentence)
        {
            if (failed || !hasSentenceActions)
            {
                return;
            }

            var context = new SentenceContext(scope, sentence);
            try
            {
                Dispatch(analyzer.Registration.SentenceActions, context);
                Dispatch(scoped.SentenceActions, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Fail(ex);
            }
        }

        public void OnTurn(Turn turn)
        {
            if (!failed && hasTurnActions)
            {
                InvokeAll(analyzer.Registration.TurnActions, scoped.TurnActions, new TurnContext(scope, turn));
            }
        }

        public void OnEnd()
        {
            if (!failed)
            {
                InvokeAll(analyzer.Registration.EndActions, scoped.EndActions, new ConversationContext(scope.Conversation, scope.Metrics, scope.Report, scope.CancellationToken));
            }

            if (!failed)
            {
                sink.AddRange(own);
            }
        }

        /// <summary>Runs the analyzer's registered actions, then those its start actions registered for this conversation.</summary>
        private void InvokeAll<TContext>(List<Action<TContext>> registered, List<Action<TContext>> forThisConversation, TContext context)
        {
            try
            {
                foreach (var action in registered)
                {
                    action(context);
                }

                foreach (var action in forThisConversation)
                {
                    action(context);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Fail(ex);
            }
        }

        private static void Dispatch(List<(Action<SentenceContext> Action, SpeakerRole? Role)> actions, SentenceContext context)
        {
            var role = context.Sentence.Role;
            foreach (var (action, filter) in actions)
            {
                if (filter is null || filter == role)
                {
                    action(context);
                }
            }
        }

        private void Report(Diagnostic diagnostic)
        {
            if (failed)
            {
                return;
            }

            if (!analyzer.Ids.Contains(diagnostic.RuleId))
            {
                throw new InvalidOperationException($"analyzer '{analyzer.Analyzer.Name}' reported {diagnostic.RuleId}, which is not in its SupportedDiagnostics");
            }

            var severity = engine.SeverityOf(diagnostic.RuleId);
            if (severity == DiagnosticSeverity.None)
            {
                return;
            }

            own.Add(diagnostic with { Severity = severity });
        }

        /// <summary>An analyzer's failure must not stop the others: it becomes an SL9001 finding and its findings are dropped.</summary>
        private void Fail(Exception ex)
        {
            failed = true;
            var args = new Dictionary<string, string>
            {
                ["analyzer"] = analyzer.Analyzer.Name,
                ["exception"] = ex.GetType().Name,
                ["message"] = ex.Message,
            };
            sink.Add(Diagnostic.Create(AnalyzerError, DiagnosticLocation.Conversation, args));
        }
    }
}
