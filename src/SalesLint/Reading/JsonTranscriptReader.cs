using System.Globalization;
using System.Text.Json;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>Reads canonical JSON (one conversation object, or an array of them) and JSON Lines (one conversation object per line).</summary>
internal static class JsonTranscriptReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Parses a <c>.json</c> file: a conversation object or an array of them.</summary>
    public static List<ParsedTranscript> ParseJson(string path, string content)
    {
        using var document = ParseDocument(path, content, jsonLine: null);
        var root = document.RootElement;
        var baseId = ReaderSupport.DefaultId(path);
        var turnLines = TurnLines(content);
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                return [ParseConversation(new Where(path, null, string.Empty), root, baseId, turnLines.ElementAtOrDefault(0))];
            case JsonValueKind.Array:
                var count = root.GetArrayLength();
                if (count == 0)
                {
                    throw new TranscriptFormatException(path, "the array holds no conversations");
                }

                var result = new List<ParsedTranscript>(count);
                var index = 0;
                foreach (var element in root.EnumerateArray())
                {
                    var where = new Where(path, null, $"[{index}]");
                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        throw where.Error(string.Empty, $"expected a conversation object, found {Describe(element)}");
                    }

                    result.Add(ParseConversation(where, element, $"{baseId}#{index + 1}", turnLines.ElementAtOrDefault(index)));
                    index++;
                }

                return result;
            default:
                throw new TranscriptFormatException(path, $"expected a conversation object or an array of them, found {Describe(root)}", 1, 1);
        }
    }

    /// <summary>Parses a <c>.jsonl</c> file: one conversation object per non-blank line.</summary>
    public static List<ParsedTranscript> ParseJsonLines(string path, string content)
    {
        var lines = ReaderSupport.SplitLines(content);
        var baseId = ReaderSupport.DefaultId(path);
        var result = new List<ParsedTranscript>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var lineNumber = i + 1;
            using var document = ParseDocument(path, lines[i], lineNumber);
            var where = new Where(path, lineNumber, string.Empty);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw where.Error(string.Empty, $"expected a conversation object, found {Describe(document.RootElement)}");
            }

            result.Add(ParseConversation(where, document.RootElement, $"{baseId}#{lineNumber}"));
        }

        return result;
    }

    private static JsonDocument ParseDocument(string path, string json, int? jsonLine)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = jsonLine ?? (int)((ex.LineNumber ?? 0) + 1);
            var column = (int)((ex.BytePositionInLine ?? 0) + 1);
            throw new TranscriptFormatException(path, $"invalid JSON: {StripPosition(ex.Message)}", line, column, inner: ex);
        }
    }

    /// <summary>
    /// The 1-based line of every turn object, per conversation (the root object, or each element of a root array),
    /// so findings in canonical JSON point at their turn's line.
    /// </summary>
    private static List<List<int>> TurnLines(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64, AllowTrailingCommas = false });
        var result = new List<List<int>>();
        var line = 1;
        long counted = 0;
        var conversationDepth = -1;
        var inTurns = false;
        while (reader.Read())
        {
            var depth = reader.CurrentDepth;
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
                case JsonTokenType.StartArray when inTurns && depth == conversationDepth + 1:
                    break;
                case JsonTokenType.EndArray when inTurns && depth == conversationDepth + 1:
                    inTurns = false;
                    break;
                case JsonTokenType.StartObject when inTurns && depth == conversationDepth + 2:
                    var at = reader.TokenStartIndex;
                    line += bytes.AsSpan((int)counted, (int)(at - counted)).Count((byte)'\n');
                    counted = at;
                    result[^1].Add(line);
                    break;
            }
        }

        return result;
    }

    private static ParsedTranscript ParseConversation(Where where, JsonElement conversation, string defaultId, List<int>? turnLines = null)
    {
        var id = defaultId;
        if (conversation.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            id = ReadId(where, "id", idElement);
        }

        var speakers = ReadParticipants(where, conversation);
        var known = speakers.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        if (!conversation.TryGetProperty("turns", out var turnsElement))
        {
            throw where.Error("turns", "missing: expected an array of turns (it may be empty)");
        }

        if (turnsElement.ValueKind != JsonValueKind.Array)
        {
            throw where.Error("turns", $"expected an array of turns, found {Describe(turnsElement)}");
        }

        var turns = new List<TranscriptTurn>(turnsElement.GetArrayLength());
        var index = 0;
        foreach (var turn in turnsElement.EnumerateArray())
        {
            var place = $"turns[{index++}]";
            if (turn.ValueKind != JsonValueKind.Object)
            {
                throw where.Error(place, $"expected a turn object, found {Describe(turn)}");
            }

            var speaker = ReadString(where, place + ".speaker", turn, "speaker");
            if (!known.Contains(speaker))
            {
                throw where.Error(place + ".speaker", $"unknown speaker '{speaker}': not among the participant ids ({string.Join(", ", speakers.Select(s => s.Id))})");
            }

            var text = ReadString(where, place + ".text", turn, "text", allowEmpty: true).Trim();
            var start = ReadSeconds(where, place + ".start", turn, "start");
            var end = ReadSeconds(where, place + ".end", turn, "end");
            if (start is not null && end is not null && end < start)
            {
                throw where.Error(
                    place + ".end",
                    string.Create(CultureInfo.InvariantCulture, $"the turn ends at {end} s, before it starts at {start} s"));
            }

            if (text.Length == 0)
            {
                continue;
            }

            var line = turnLines is not null && index - 1 < turnLines.Count ? turnLines[index - 1] : where.Line;
            turns.Add(new TranscriptTurn { Speaker = speaker, Text = text, Start = start, End = end, SourceLine = line });
        }

        return new ParsedTranscript(id, speakers, turns, where.Line, where.Prefix.Length == 0 ? null : where.Prefix);
    }

    private static List<ParsedSpeaker> ReadParticipants(Where where, JsonElement conversation)
    {
        if (!conversation.TryGetProperty("participants", out var participants))
        {
            throw where.Error("participants", "missing: expected a non-empty array of participants");
        }

        if (participants.ValueKind != JsonValueKind.Array)
        {
            throw where.Error("participants", $"expected an array of participants, found {Describe(participants)}");
        }

        if (participants.GetArrayLength() == 0)
        {
            throw where.Error("participants", "expected at least one participant");
        }

        var speakers = new List<ParsedSpeaker>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var participant in participants.EnumerateArray())
        {
            var place = $"participants[{index++}]";
            if (participant.ValueKind != JsonValueKind.Object)
            {
                throw where.Error(place, $"expected a participant object, found {Describe(participant)}");
            }

            if (!participant.TryGetProperty("id", out var idElement))
            {
                throw where.Error(place + ".id", "missing: every participant needs an id");
            }

            var id = ReadId(where, place + ".id", idElement);
            if (!ids.Add(id))
            {
                throw where.Error(place + ".id", $"duplicate participant id '{id}'");
            }

            var name = id;
            if (participant.TryGetProperty("name", out var nameElement) && nameElement.ValueKind != JsonValueKind.Null)
            {
                name = ReadString(where, place + ".name", participant, "name");
            }

            var roleText = ReadString(where, place + ".role", participant, "role");
            var role = roleText.ToUpperInvariant() switch
            {
                "SELLER" => SpeakerRole.Seller,
                "BUYER" => SpeakerRole.Buyer,
                "OTHER" => SpeakerRole.Other,
                _ => throw where.Error(place + ".role", $"unknown role '{roleText}': expected seller, buyer or other"),
            };

            speakers.Add(new ParsedSpeaker(id, name, role));
        }

        return speakers;
    }

    private static string ReadId(Where where, string place, JsonElement element)
    {
        var id = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!.Trim(),
            JsonValueKind.Number => element.GetRawText(),
            _ => throw where.Error(place, $"expected a string, found {Describe(element)}"),
        };

        return id.Length > 0 ? id : throw where.Error(place, "must not be empty");
    }

    private static string ReadString(Where where, string place, JsonElement parent, string property, bool allowEmpty = false)
    {
        if (!parent.TryGetProperty(property, out var element))
        {
            throw where.Error(place, "missing: expected a string");
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw where.Error(place, $"expected a string, found {Describe(element)}");
        }

        var value = element.GetString()!;
        return allowEmpty || value.Trim().Length > 0 ? value.Trim() : throw where.Error(place, "must not be empty");
    }

    private static double? ReadSeconds(Where where, string place, JsonElement parent, string property)
    {
        if (!parent.TryGetProperty(property, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var seconds) || !double.IsFinite(seconds))
        {
            throw where.Error(place, $"expected a number of seconds, found {Describe(element)}");
        }

        return seconds >= 0 ? seconds : throw where.Error(place, "must not be negative");
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // System.Text.Json appends " LineNumber: 0 | BytePositionInLine: 5." to its messages; the exception carries the position instead.
    private static string StripPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    /// <summary>Where a conversation lies in the file: its line (JSON Lines) and its place prefix (an array element).</summary>
    private readonly record struct Where(string Path, int? Line, string Prefix)
    {
        public TranscriptFormatException Error(string place, string reason)
        {
            var full = Prefix.Length == 0 ? place : place.Length == 0 ? Prefix : $"{Prefix}.{place}";
            return new TranscriptFormatException(Path, reason, Line, place: full.Length == 0 ? null : full);
        }
    }
}
