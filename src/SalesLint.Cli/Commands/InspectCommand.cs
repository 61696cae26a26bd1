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
                var model = new
                {
                    path,
                    conversations = conversations.Select(c => Describe(c, result.GetValue(tokens))),
                };
                console.Out.WriteLine(JsonSerializer.Serialize(model, SalesLintJson.Options));
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

    private static object Describe(Conversation conversation, bool withTokens) => new
    {
        id = conversation.Id,
        participants = conversation.Participants,
        metrics = DiscoveryMetrics.AddTo(NegotiationMetrics.AddTo(MetricsCalculator.ComputeAll(conversation), conversation), conversation).Conversation,
        ledger = LedgerFormatter.Describe(conversation.Ledger),
        turns = conversation.Turns.Select(turn => new
        {
            index = turn.Index,
            speaker = turn.Speaker.Id,
            name = turn.Speaker.Name,
            role = turn.Role,
            start = turn.Start,
            end = turn.End,
            line = turn.SourceLine,
            text = turn.Text,
            sentences = turn.Sentences.Select(s => new
            {
                index = s.Index,
                span = s.Span,
                text = s.Text,
                act = s.Act,
                questionType = s.ActDecision.QuestionType == QuestionType.None ? null : (QuestionType?)s.ActDecision.QuestionType,
                decidedBy = s.ActDecision.Source,
                confidence = s.ActDecision.Confidence,
                reason = s.ActDecision.Reason,
                labels = s.Labels.Above().Select(l => new { label = l.Name, confidence = l.Confidence }),
                features = s.Features,
                entities = s.Entities,
                tokens = withTokens ? TokensOf(s) : null,
            }),
        }),
    };

    private static List<object> TokensOf(Sentence sentence)
    {
        var list = new List<object>(sentence.Tokens.Length);
        foreach (var token in sentence.Tokens)
        {
            list.Add(new { text = sentence.Turn.Slice(token.Span).ToString(), kind = token.Kind, start = token.Start, length = token.Length });
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
