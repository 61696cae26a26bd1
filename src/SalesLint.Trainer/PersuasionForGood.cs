using System.Text;
using System.Text.RegularExpressions;
using SalesLint.Model;

namespace SalesLint.Trainer;

/// <summary>
/// Reads PersuasionForGood's <c>annotated_units.csv</c> and derives a sentence act from each unit's strategy labels.
/// The mapping and its known noise are documented in this project's README.md.
/// </summary>
internal static partial class PersuasionForGood
{
    /// <summary>Labels of units that ask the other side something: the *-inquiry and ask-* labels of both roles.</summary>
    public static readonly IReadOnlySet<string> QuestionLabels = new HashSet<string>(StringComparer.Ordinal)
    {
        "task-related-inquiry", "personal-related-inquiry", "source-related-inquiry", "ask-org-info",
        "ask-donation-procedure", "ask-persuader-donation-intention", "ask-donation-amount", "ask-donate-more",
        "ask-not-donate-reason",
    };

    /// <summary>Labels of social units (SalesLint's <see cref="SentenceAct.Other"/>): greetings, thanks, closings, acknowledgements.</summary>
    public static readonly IReadOnlySet<string> OtherLabels = new HashSet<string>(StringComparer.Ordinal)
    {
        "greeting", "thank", "closing", "you-are-welcome", "acknowledgement",
    };

    private static readonly string[] Header = ["dialogue_id", "role", "turn", "unit", "er_label_1", "ee_label_1", "er_label_2", "ee_label_2"];

    /// <summary>Reads the file and labels every unit.</summary>
    /// <param name="path">Path of annotated_units.csv.</param>
    /// <returns>The labeled units, in file order.</returns>
    /// <exception cref="InvalidDataException">The file is not the expected CSV; the message names the file and line.</exception>
    public static List<LabeledSentence> Read(string path)
    {
        var result = new List<LabeledSentence>();
        using var reader = new StreamReader(path, Encoding.UTF8);
        var line = 1;
        var header = ReadRecord(reader, ref line) ?? throw new InvalidDataException($"{path}: empty file");
        if (!header.SequenceEqual(Header))
        {
            throw new InvalidDataException($"{path}(1): expected the columns {string.Join(",", Header)}, found {string.Join(",", header)}");
        }

        while (true)
        {
            var at = line;
            var record = ReadRecord(reader, ref line);
            if (record is null)
            {
                break;
            }

            if (record.Count != Header.Length)
            {
                throw new InvalidDataException($"{path}({at}): expected {Header.Length} fields, found {record.Count}");
            }

            var role = record[1];
            var labels = role switch
            {
                "persuader" => new[] { record[4], record[6] },
                "persuadee" => new[] { record[5], record[7] },
                _ => throw new InvalidDataException($"{path}({at}): unknown role '{role}'"),
            };
            var text = Repair(record[3]);
            if (text.Length == 0)
            {
                continue;
            }

            var dialogue = record[0];
            result.Add(new LabeledSentence(text, ActOf(text, labels), "pfg", dialogue, Splits.Of(dialogue)));
        }

        return result;
    }

    /// <summary>
    /// The act of a unit: a question label makes a question; otherwise a social label makes other; otherwise a
    /// question mark makes a question; otherwise a unit of one or two words is other (yes, sure, not really);
    /// everything else is a statement.
    /// </summary>
    /// <param name="text">The repaired unit text.</param>
    /// <param name="labels">The unit's labels for its role (empty strings for none).</param>
    /// <returns>The act.</returns>
    public static SentenceAct ActOf(string text, IReadOnlyList<string> labels)
    {
        if (labels.Any(QuestionLabels.Contains))
        {
            return SentenceAct.Question;
        }

        if (labels.Any(OtherLabels.Contains))
        {
            return SentenceAct.Other;
        }

        if (text.Contains('?', StringComparison.Ordinal))
        {
            return SentenceAct.Question;
        }

        return Splits.Strip(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 ? SentenceAct.Other : SentenceAct.Statement;
    }

    /// <summary>Undoes the export's mojibake: "??Â¸" sequences stand for a dash (27 units), "Â£" for a pound sign.</summary>
    /// <param name="text">The unit as in the file.</param>
    /// <returns>The repaired, trimmed text.</returns>
    public static string Repair(string text)
    {
        text = Mojibake().Replace(text, " - ").Replace("Â£", "£", StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>Reads one RFC 4180 record (quoted fields may hold commas, doubled quotes and line breaks).</summary>
    internal static List<string>? ReadRecord(StreamReader reader, ref int line)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var read = reader.Read();
            if (read < 0)
            {
                if (quoted)
                {
                    throw new InvalidDataException($"line {line}: a quoted field is not closed before the end of the file");
                }

                fields.Add(field.ToString());
                return fields;
            }

            var c = (char)read;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && reader.Peek() == '\n')
            {
                continue;
            }
            else if (c == '\n')
            {
                line++;
                fields.Add(field.ToString());
                return fields;
            }
            else
            {
                field.Append(c);
            }
        }
    }

    [GeneratedRegex(@"\?*Â¸\?*(Â£\?*)?")]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
