using System.Globalization;
using System.Text.Json;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>Reads canonical JSON (one conversation object, or an array of them) and JSON Lines (one conversation object per line).</summary>
internal static class JsonTranscriptReader
{
    /// <summary>Canonical JSON (<c>json</c>): one conversation object, or an array of them.</summary>
    public static ITranscriptFormat Json { get; } = new JsonFormat();

    /// <summary>JSON Lines (<c>jsonl</c>): one conversation object per line.</summary>
    public static ITranscriptFormat JsonLines { get; } = new JsonLinesFormat();

    /// <summary>What the canonical reader says when an object matches no known format, appended to the missing-participants error.</summary>
    private const string KnownShapes =
        " (or a transcript from AWS Transcribe, Deepgram, AssemblyAI, Whisper or Fireflies, which are recognized by their content)";

    /// <summary>Whether a JSON root looks like canonical JSON: an array, or an object with <c>participants</c> or <c>turns</c>.</summary>
    public static bool Matches(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array
        || (root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("participants", out _) || root.TryGetProperty("turns", out _)));

    /// <summary>Parses a <c>.json</c> document: a conversation object or an array of them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="root">The parsed document.</param>
    /// <param name="content">The document's text, to find each turn's line; <see langword="null"/> when unknown.</param>
    public static List<ParsedTranscript> ParseJson(string path, JsonElement root, string? content = null)
    {
        var baseId = TextLines.DefaultId(path);
        var turnLines = content is null ? [] : TurnLines(content);
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                return [ParseConversation(new JsonNode(path, null, string.Empty, root), baseId, turnLines.ElementAtOrDefault(0))];
            case JsonValueKind.Array:
                var count = root.GetArrayLength();
                if (count == 0)
                {
                    throw new TranscriptFormatException(path, "the array holds no conversations");
                }

                var result = new List<ParsedTranscript>(count);
                var index = 0;
                foreach (var element in new JsonNode(path, null, string.Empty, root).Items())
                {
                    element.Object("a conversation object");
                    result.Add(ParseConversation(element, $"{baseId}#{index + 1}", turnLines.ElementAtOrDefault(index)));
                    index++;
                }

                return result;
            default:
                throw new TranscriptFormatException(path, $"expected a conversation object or an array of them, found {JsonNode.Describe(root)}", 1, 1);
        }
    }

    /// <summary>Parses a <c>.jsonl</c> file: one conversation object per non-blank line.</summary>
    public static List<ParsedTranscript> ParseJsonLines(string path, string content)
    {
        var lines = TextLines.SplitLines(content);
        var baseId = TextLines.DefaultId(path);
        var result = new List<ParsedTranscript>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            result.Add(ParseJsonLine(path, lines[i], i + 1, baseId));
        }

        return result;
    }

    /// <summary>
    /// The 1-based line of every turn object, per conversation (the root object, or each element of a root array),
    /// so findings in canonical JSON point at their turn's line; and the column where the turn's text starts when it is
    /// on that line and written without escapes (so the text is the file's characters and its spans map to columns).
    /// </summary>
    private static List<List<TurnPlace>> TurnLines(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        var result = new List<List<TurnPlace>>();
        var line = 1;
        long counted = 0;
        var conversationDepth = -1;
        var inTurns = false;
        var textNext = false;
        while (reader.Read())
        {
            var depth = reader.CurrentDepth;
            var wasTextNext = textNext;
            textNext = false;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when conversationDepth < 0 && depth <= 1:
                    conversationDepth = depth;
                    result.Add([]);
                    break;
                case JsonTokenType.EndObject when depth == conversationDepth:
                    conversationDepth = -1;
                    break;
                case JsonTokenType.PropertyName when depth == conversationDepth + 1:
                    inTurns = reader.ValueTextEquals("turns"u8);
                    break;
                case JsonTokenType.StartObject when inTurns && depth == conversationDepth + 2:
                    line = LineAt(bytes, reader.TokenStartIndex, line, ref counted);
                    result[^1].Add(new TurnPlace(line, null));
                    break;
                case JsonTokenType.PropertyName when inTurns && depth == conversationDepth + 3 && result[^1].Count > 0:
                    textNext = reader.ValueTextEquals("text"u8);
                    break;
                case JsonTokenType.String when wasTextNext && !reader.ValueIsEscaped:
                    var at = (int)reader.TokenStartIndex;
                    var turnLine = result[^1][^1].Line;
                    if (LineAt(bytes, at, line, ref counted) is var textLine && textLine == turnLine)
                    {
                        var lineStart = bytes.AsSpan(0, at).LastIndexOf((byte)'\n') + 1;
                        var value = reader.GetString() ?? string.Empty;
                        var leading = value.Length - value.TrimStart().Length;
                        var column = System.Text.Encoding.UTF8.GetCharCount(bytes.AsSpan(lineStart, at - lineStart)) + 2 + leading;
                        result[^1][^1] = new TurnPlace(turnLine, column);
                    }

                    line = textLine;
                    break;
            }
        }

        return result;
    }

    /// <summary>The line of the byte at <paramref name="at"/>, counting newlines on from <paramref name="counted"/>.</summary>
    private static int LineAt(byte[] bytes, long at, int line, ref long counted)
    {
        line += bytes.AsSpan((int)counted, (int)(at - counted)).Count((byte)'\n');
        counted = at;
        return line;
    }

    /// <summary>Parses one line of a JSON Lines file: a conversation object whose default id is <c>baseId#line</c>.</summary>
    /// <param name="path">The source, for errors.</param>
    /// <param name="line">The line's text.</param>
    /// <param name="lineNumber">Its 1-based number.</param>
    /// <param name="baseId">The default id of the source (<see cref="TextLines.DefaultId"/>).</param>
    /// <returns>The conversation.</returns>
    public static ParsedTranscript ParseJsonLine(string path, string line, int lineNumber, string baseId)
    {
        using var document = JsonNode.Parse(path, line, lineNumber);
        var conversation = new JsonNode(path, lineNumber, string.Empty, document.RootElement).Object("a conversation object");
        return ParseConversation(conversation, $"{baseId}#{lineNumber}");
    }

    private static ParsedTranscript ParseConversation(JsonNode conversation, string defaultId, List<TurnPlace>? turnLines = null)
    {
        var id = conversation.TryGet("id", out var idNode) ? idNode.Label() : defaultId;
        var speakers = ReadParticipants(conversation);
        var known = speakers.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var turnNodes = conversation.Get("turns", "an array of turns (it may be empty)").Items("an array of turns");
        var turns = new List<TranscriptTurn>(turnNodes.Count);
        var turnIndex = -1;
        foreach (var turn in turnNodes)
        {
            turnIndex++;
            turn.Object("a turn object");
            var speakerNode = turn.Get("speaker", "a string");
            var speaker = speakerNode.String();
            if (!known.Contains(speaker))
            {
                throw speakerNode.Error($"unknown speaker '{speaker}': not among the participant ids ({string.Join(", ", speakers.Select(s => s.Id))})");
            }

            var text = turn.Get("text", "a string").String(allowEmpty: true);
            double? start = turn.TryGet("start", out var startNode) ? startNode.Seconds() : null;
            double? end = turn.TryGet("end", out var endNode) ? endNode.Seconds() : null;
            if (start is not null && end is not null && end < start)
            {
                throw endNode.Error(string.Create(CultureInfo.InvariantCulture, $"the turn ends at {end} s, before it starts at {start} s"));
            }

            if (text.Length == 0)
            {
                continue;
            }

            var place = turnLines is not null && turnIndex < turnLines.Count ? turnLines[turnIndex] : (TurnPlace?)null;
            turns.Add(new TranscriptTurn { Speaker = speaker, Text = text, Start = start, End = end, SourceLine = place?.Line ?? conversation.Line, SourceColumn = place?.TextColumn });
        }

        return new ParsedTranscript(id, speakers, turns, conversation.Line, conversation.Path.Length == 0 ? null : conversation.Path) { Metadata = ReadMetadata(conversation) };
    }

    /// <summary>Reads <c>metadata</c>: an object whose string, number and boolean values are kept as text (others are skipped).</summary>
    private static Dictionary<string, string>? ReadMetadata(JsonNode conversation)
    {
        if (!conversation.TryGet("metadata", out var node) || node.Kind == JsonValueKind.Null)
        {
            return null;
        }

        node.Object("an object of names and values");
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in node.Element.EnumerateObject())
        {
            var value = property.Value;
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (text is not null)
            {
                result[property.Name] = text;
            }
        }

        return result;
    }

    private static List<ParsedSpeaker> ReadParticipants(JsonNode conversation)
    {
        if (!conversation.TryGet("participants", out var participantsNode))
        {
            var hint = conversation.Path.Length == 0 && conversation.Line is null && !conversation.Has("turns") ? KnownShapes : string.Empty;
            throw conversation.Error("participants", "missing: expected a non-empty array of participants" + hint);
        }

        var participants = participantsNode.Items("an array of participants");
        if (participants.Count == 0)
        {
            throw participantsNode.Error("expected at least one participant");
        }

        var speakers = new List<ParsedSpeaker>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            participant.Object("a participant object");
            if (!participant.TryGet("id", out var idNode))
            {
                throw participant.Error("id", "missing: every participant needs an id");
            }

            var id = idNode.Label();
            if (!ids.Add(id))
            {
                throw idNode.Error($"duplicate participant id '{id}'");
            }

            var name = participant.TryGet("name", out var nameNode) ? nameNode.String() : id;
            var roleNode = participant.Get("role", "a string");
            var roleText = roleNode.String();
            var role = roleText.ToUpperInvariant() switch
            {
                "SELLER" => SpeakerRole.Seller,
                "BUYER" => SpeakerRole.Buyer,
                "OTHER" => SpeakerRole.Other,
                _ => throw roleNode.Error($"unknown role '{roleText}': expected seller, buyer or other"),
            };

            speakers.Add(new ParsedSpeaker(id, name, role));
        }

        return speakers;
    }

    /// <summary>Where a turn object starts, and where its text starts when the text maps to columns (see <see cref="TurnLines"/>).</summary>
    private readonly record struct TurnPlace(int Line, int? TextColumn);

    private sealed class JsonFormat : ITranscriptFormat
    {
        public string Name => "json";

        public string Family => "json";

        public bool Matches(in FormatInput input) => JsonTranscriptReader.Matches(input.Root);

        public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => ParseJson(input.Path, input.Root, input.Content);
    }

    private sealed class JsonLinesFormat : ITranscriptFormat
    {
        public string Name => "jsonl";

        public string Family => "jsonl";

        public bool Matches(in FormatInput input) => true;

        public IReadOnlyList<ParsedTranscript> Parse(in FormatInput input) => ParseJsonLines(input.Path, input.Content);
    }
}
