using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Model;

namespace Contoso.SalesRules;

/// <summary>
/// SL8001: a single seller turn longer than 150 words. A C# analyzer because it needs per-turn word counts, which no
/// YAML rule kind offers. Shows the Roslyn-style pattern: a descriptor, registration once, per-turn callback.
/// </summary>
public sealed class LongSellerTurnAnalyzer : ConversationAnalyzer
{
    /// <summary>Longest acceptable seller turn, in words.</summary>
    public const int MaxWords = 150;

    /// <summary>The rule this analyzer reports.</summary>
    public static readonly DiagnosticDescriptor Rule = new()
    {
        Id = "SL8001",
        Title = "Long seller turn",
        MessageTemplate = "{speaker} spoke {words} words in one turn (more than {max}): pause and ask a question",
        Category = "discovery",
        DefaultSeverity = DiagnosticSeverity.Suggestion,
        HelpLink = "https://example.com/contoso/sales-rules/SL8001",
        Description = "A seller turn of more than 150 words is a monologue; buyers disengage.",
    };

    /// <inheritdoc/>
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterTurnAction(context =>
        {
            var turn = context.Turn;
            if (turn.Role == SpeakerRole.Seller && turn.WordCount > MaxWords)
            {
                var args = new Dictionary<string, string>
                {
                    ["speaker"] = turn.Speaker.Name,
                    ["words"] = turn.WordCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["max"] = MaxWords.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                context.Report(Diagnostic.Create(Rule, DiagnosticLocation.ForTurn(turn), args));
            }
        });
    }
}
