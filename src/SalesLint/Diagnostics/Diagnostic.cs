using System.Text;
using SalesLint.Model;

namespace SalesLint.Diagnostics;

/// <summary>A finding: a rule, how serious it is, what it says and where it is. Immutable and JSON-serializable.</summary>
public sealed record Diagnostic
{
    /// <summary>The rule ID.</summary>
    public required string RuleId { get; init; }

    /// <summary>The effective severity after configuration.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>The rule's scoring category.</summary>
    public required string Category { get; init; }

    /// <summary>The message, with placeholders filled in.</summary>
    public required string Message { get; init; }

    /// <summary>Where the finding is.</summary>
    public required DiagnosticLocation Location { get; init; }

    /// <summary>Link to the rule's documentation page.</summary>
    public required string HelpLink { get; init; }

    /// <summary>A suggested rewrite, when the rule has one.</summary>
    public SuggestedRewrite? Suggestion { get; init; }

    /// <summary>
    /// A stable identity of the finding within its conversation: a hash of the rule ID, the sentence text (normalized)
    /// and the matched text, so it survives edits elsewhere in the transcript. Used by baselines and SARIF.
    /// Set by the engine.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>Creates a diagnostic from a descriptor, filling the template's <c>{name}</c> placeholders.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="location">Where.</param>
    /// <param name="arguments">Values for the placeholders; unknown placeholders are left as written.</param>
    /// <param name="suggestion">An optional rewrite.</param>
    /// <returns>The diagnostic with the descriptor's default severity; the engine applies configuration.</returns>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        DiagnosticLocation location,
        IReadOnlyDictionary<string, string>? arguments = null,
        SuggestedRewrite? suggestion = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new Diagnostic
        {
            RuleId = descriptor.Id,
            Severity = descriptor.DefaultSeverity,
            Category = descriptor.Category,
            Message = FormatMessage(descriptor.MessageTemplate, arguments),
            Location = location,
            HelpLink = descriptor.HelpLink,
            Suggestion = suggestion,
        };
    }

    /// <summary>Fills <c>{name}</c> placeholders; <c>{{</c> and <c>}}</c> stand for literal braces.</summary>
    /// <param name="template">The template.</param>
    /// <param name="arguments">The values.</param>
    /// <returns>The message.</returns>
    public static string FormatMessage(string template, IReadOnlyDictionary<string, string>? arguments)
    {
        ArgumentNullException.ThrowIfNull(template);
        var builder = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                builder.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                builder.Append('}');
                i++;
            }
            else if (c == '{' && template.IndexOf('}', i) is var close and > 0)
            {
                var name = template.Substring(i + 1, close - i - 1);
                if (arguments is not null && arguments.TryGetValue(name, out var value))
                {
                    builder.Append(value);
                }
                else
                {
                    builder.Append(template, i, close - i + 1);
                }

                i = close;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The placeholder names a template uses.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The names between single braces.</returns>
    public static IEnumerable<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
            }
            else if (template[i] == '{' && template.IndexOf('}', i) is var close and > 0)
            {
                yield return template.Substring(i + 1, close - i - 1);
                i = close;
            }
        }
    }
}

/// <summary>Where a finding is in the conversation. Conversation-wide findings have no turn.</summary>
public sealed record DiagnosticLocation
{
    /// <summary>A location for a finding about the whole conversation.</summary>
    public static DiagnosticLocation Conversation { get; } = new();

    /// <summary>0-based turn index, or <see langword="null"/> for the whole conversation.</summary>
    public int? Turn { get; init; }

    /// <summary>0-based sentence index in the turn, or <see langword="null"/> for the whole turn.</summary>
    public int? Sentence { get; init; }

    /// <summary>The speaker's participant ID.</summary>
    public string? SpeakerId { get; init; }

    /// <summary>The speaker's display name.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's role.</summary>
    public SpeakerRole? Role { get; init; }

    /// <summary>Start of the turn in seconds, when the transcript has timestamps.</summary>
    public double? StartSeconds { get; init; }

    /// <summary>Character span in the turn text.</summary>
    public TextSpan? Span { get; init; }

    /// <summary>1-based line of the turn in the source file, when known.</summary>
    public int? SourceLine { get; init; }

    /// <summary>1-based column on <see cref="SourceLine"/> where the turn text starts, when the text stands verbatim on that line (see <see cref="Model.Turn.SourceColumn"/>).</summary>
    public int? SourceColumn { get; init; }

    /// <summary>
    /// The 1-based columns on <see cref="SourceLine"/> of <paramref name="span"/> (a span of the turn text): the first character and
    /// the one just past the last, as SARIF's <c>startColumn</c>/<c>endColumn</c>; <see langword="null"/> when the turn text does not
    /// stand verbatim on one line of the file.
    /// </summary>
    /// <param name="span">A span of the turn text; <see cref="Span"/> when omitted.</param>
    /// <returns>The columns, or <see langword="null"/>.</returns>
    public (int Start, int End)? Columns(TextSpan? span = null)
    {
        var s = span ?? Span;
        return SourceLine is null || SourceColumn is not int column || s is not { } known ? null : (column + known.Start, column + known.End);
    }

    /// <summary>A location covering a whole turn.</summary>
    /// <param name="turn">The turn.</param>
    /// <returns>The location.</returns>
    public static DiagnosticLocation ForTurn(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new DiagnosticLocation
        {
            Turn = turn.Index,
            SpeakerId = turn.Speaker.Id,
            Speaker = turn.Speaker.Name,
            Role = turn.Role,
            StartSeconds = turn.Start,
            Span = new TextSpan(0, turn.Text.Length),
            SourceLine = turn.SourceLine,
            SourceColumn = turn.SourceColumn,
        };
    }

    /// <summary>A location in a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="span">The span in the turn text; the whole sentence when omitted.</param>
    /// <returns>The location.</returns>
    public static DiagnosticLocation ForSentence(Sentence sentence, TextSpan? span = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return ForTurn(sentence.Turn) with { Sentence = sentence.Index, Span = span ?? sentence.Span };
    }
}

/// <summary>A suggested rewrite: replace a span of the turn text.</summary>
/// <param name="Span">The span to replace, in the turn text.</param>
/// <param name="Replacement">The replacement text.</param>
/// <param name="Sentence">The whole sentence as rewritten.</param>
public sealed record SuggestedRewrite(TextSpan Span, string Replacement, string Sentence);
