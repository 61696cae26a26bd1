using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SalesLint.Metrics;
using SalesLint.Model;
using SalesLint.Negotiation;
using SalesLint.Output;
using SalesLint.Reading;
using SalesLint.Understanding;

namespace SalesLint.Cli.Commands;

/// <summary><c>saleslint inspect FILE</c>: show the tokenized model the rules see.</summary>
internal static class InspectCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var file = new Argument<string>("file") { Description = "A transcript file, or - for standard input." };
        var tokens = new Option<bool>("--tokens") { Description = "Include every token with its offsets." };
        var command = new Command("inspect", "Show how a transcript is tokenized: turns, sentences, acts, features and entities.");
        var format = CommonOptions.FormatOption("text", "json");
        command.Arguments.Add(file);
        options.AddTo(command);
        options.AddStdinTo(command);
        command.Options.Add(format);
        command.Options.Add(tokens);
        command.SetAction((result, cancellationToken) =>
        {
            var stdin = options.ReadStdin(result, [result.GetValue(file)!], console);
            var path = stdin?.Name ?? result.GetValue(file)!;
            var profile = options.CreateResolver(result).For(path, cancellationToken);
            var engine = profile.Engine;
            IReadOnlyList<Transcript> transcripts;
            try
            {
                transcripts = stdin is null ? TranscriptReader.ReadFile(path, profile.ReaderOptions) : TranscriptReader.Read(path, stdin.Content, profile.ReaderOptions);
            }
            catch (SalesLintException ex)
            {
                console.Error.WriteLine($"error {SalesLint.Batch.FileError.RuleId}: {TextFormatter.Printable(Batch.CommandLineWording.Rephrase(ex).Message)}");
                return Task.FromResult(1);
            }

            var conversations = transcripts.Select(t => engine.Tokenize(t, cancellationToken)).ToList();
            if (result.GetValue(format) == "json")
            {
                console.Out.WriteLine(JsonSerializer.Serialize(Document(path, conversations, result.GetValue(tokens)), CliJson.Inspect));
            }
            else
            {
                foreach (var conversation in conversations)
                {
                    WriteText(console.Out, conversation);
                }
            }

            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>The JSON document of <c>inspect --format json</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="conversations">Its conversations, tokenized.</param>
    /// <param name="withTokens">Whether to list every token (<c>--tokens</c>).</param>
    /// <returns>The document.</returns>
    internal static InspectDocument Document(string path, IEnumerable<Conversation> conversations, bool withTokens) =>
        new(path, [.. conversations.Select(c => Describe(c, withTokens))]);

    private static InspectConversation Describe(Conversation conversation, bool withTokens) => new(
        conversation.Id,
        conversation.Participants,
        DiscoveryMetrics.AddTo(NegotiationMetrics.AddTo(MetricsCalculator.ComputeAll(conversation), conversation), conversation).Conversation,
        LedgerFormatter.Describe(conversation.Ledger),
        [.. conversation.Turns.Select(turn => new InspectTurn(
            turn.Index,
            turn.Speaker.Id,
            turn.Speaker.Name,
            turn.Role,
            turn.Start,
            turn.End,
            turn.SourceLine,
            turn.Text,
            [.. turn.Sentences.Select(s => new InspectSentence(
                s.Index,
                s.Span,
                s.Text,
                s.Act,
                s.ActDecision.QuestionType == QuestionType.None ? null : s.ActDecision.QuestionType,
                s.ActDecision.Source,
                s.ActDecision.Confidence,
                s.ActDecision.Reason,
                [.. s.Labels.Above().Select(l => new InspectLabel(l.Name, l.Confidence))],
                s.Features,
                s.Entities,
                withTokens ? TokensOf(s) : null))]))]);

    private static List<InspectToken> TokensOf(Sentence sentence)
    {
        var list = new List<InspectToken>(sentence.Tokens.Length);
        foreach (var token in sentence.Tokens)
        {
            list.Add(new InspectToken(sentence.Turn.Slice(token.Span).ToString(), token.Kind, token.Start, token.Length));
        }

        return list;
    }

    /// <summary>" yes/no", " wh", " open", " or", " tag", " declarative" after "question"; nothing for other acts.</summary>
    private static string QuestionTypeText(QuestionType type) => type switch
    {
        QuestionType.None => string.Empty,
        QuestionType.YesNo => " yes/no",
        _ => " " + type.ToString().ToLowerInvariant(),
    };

    private static void WriteText(TextWriter output, Conversation conversation)
    {
        output.WriteLine($"conversation {TextFormatter.Printable(conversation.Id)}: {conversation.Turns.Count} turns, {conversation.SentenceCount} sentences");
        foreach (var turn in conversation.Turns)
        {
            var time = turn.Start is double s ? " " + TextFormatter.FormatTime(s) : string.Empty;
            output.WriteLine($"turn {turn.Index + 1}{time} {TextFormatter.Printable(turn.Speaker.Name)} ({turn.Role.ToString().ToLowerInvariant()})");
            foreach (var sentence in turn.Sentences)
            {
                var decision = sentence.ActDecision;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{sentence.Index + 1}] {sentence.Act.ToString().ToLowerInvariant()}{QuestionTypeText(decision.QuestionType)} ({decision.Source}: {decision.Reason}, {decision.Confidence:0.00}) {TextFormatter.Printable(sentence.Text)}"));
                if (sentence.Labels.Above() is { Count: > 0 } labels)
                {
                    output.WriteLine("        labels: " + string.Join(", ", labels.Select(l => l.ToString())));
                }

                foreach (var feature in sentence.Features)
                {
                    output.WriteLine($"        {feature.Feature}: \"{TextFormatter.Printable(feature.Text)}\" @{feature.Span.Start}+{feature.Span.Length}");
                }

                foreach (var entity in sentence.Entities)
                {
                    output.WriteLine($"        {entity.Kind.ToString().ToLowerInvariant()}: \"{TextFormatter.Printable(entity.Text)}\" = {TextFormatter.Printable(entity.Value ?? string.Empty)}{(entity.Unit is null ? string.Empty : " " + entity.Unit)}");
                }
            }
        }

        LedgerFormatter.WriteText(output, conversation);
    }
}
