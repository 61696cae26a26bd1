using System.Text;
using System.Text.Json;
using SalesLint.Understanding;

namespace SalesLint.Trainer;

/// <summary>Which part of a data set an example belongs to.</summary>
internal enum LabelSplit
{
    /// <summary>Trained on.</summary>
    Train,

    /// <summary>Held out: evaluated only.</summary>
    Test,
}

/// <summary>
/// A text with, for each label it informs about, whether the label holds. A label the source does not annotate is
/// absent from <see cref="Known"/>: the example is neither a positive nor a negative for it.
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Positive">The labels that hold.</param>
/// <param name="Known">The labels the source annotates (a superset of <paramref name="Positive"/>).</param>
/// <param name="Corpus">written, casino or pfg.</param>
/// <param name="Split">Train or test.</param>
internal sealed record LabelExample(string Text, IReadOnlySet<SemanticLabel> Positive, IReadOnlySet<SemanticLabel> Known, string Corpus, LabelSplit Split);

/// <summary>
/// Reads the labelled sentences for the sentence-label model: the written files in <c>src/SalesLint.Trainer/data</c>,
/// CaSiNo's strategy annotations (CC BY 4.0) and PersuasionForGood's dialogue acts (Apache-2.0), mapped to
/// <see cref="SemanticLabel"/> as documented in the trainer's README. Shared by the trainer and the evaluation tool.
/// </summary>
internal static class LabelData
{
    /// <summary>CaSiNo labels that map to <see cref="SemanticLabel.Need"/>: needs and preferences stated by the speaker.</summary>
    public static readonly IReadOnlySet<string> CasinoNeed = new HashSet<string>(StringComparer.Ordinal) { "self-need", "other-need", "no-need" };

    /// <summary>CaSiNo's label for asking the other side's preferences (<see cref="SemanticLabel.Discovery"/>).</summary>
    public const string CasinoDiscovery = "elicit-pref";

    private static readonly SemanticLabel[] CasinoKnown = [SemanticLabel.Need, SemanticLabel.Discovery];

    private static readonly SemanticLabel[] PfgKnown = [SemanticLabel.Product, SemanticLabel.Discovery, SemanticLabel.Objection, SemanticLabel.Commitment];

    /// <summary>PersuasionForGood labels (persuader: er, persuadee: ee) and the label each maps to; "none" = no label.</summary>
    private static readonly Dictionary<string, string> PfgMap = new(StringComparer.Ordinal)
    {
        ["er:proposition-of-donation"] = "product",
        ["er:donation-information"] = "product",
        ["er:credibility-appeal"] = "product",
        ["er:personal-related-inquiry"] = "discovery",
        ["er:task-related-inquiry"] = "discovery",
        ["ee:ask-org-info"] = "product",
        ["ee:ask-donation-procedure"] = "product",
        ["ee:negative-reaction-to-donation"] = "objection",
        ["ee:disagree-donation"] = "objection",
        ["ee:disagree-donation-more"] = "objection",
        ["ee:agree-donation"] = "commitment",
        ["ee:confirm-donation"] = "commitment",
        ["er:greeting"] = "none", ["ee:greeting"] = "none",
        ["er:thank"] = "none", ["ee:thank"] = "none",
        ["er:closing"] = "none", ["ee:closing"] = "none",
        ["er:acknowledgement"] = "none", ["ee:acknowledgement"] = "none",
        ["er:you-are-welcome"] = "none", ["ee:you-are-welcome"] = "none",
        ["er:off-task"] = "none", ["ee:off-task"] = "none",

        // The persuader's own feelings, stories and words about the persuadee ("It is disturbing!", "I'm earning extra
        // money on here to help", "How nice of you.", "I agree with you on that.") are not talk about the offering:
        // negatives for product only (see PfgProductOnly).
        ["er:emotion-appeal"] = "none",
        ["er:personal-story"] = "none",
        ["er:praise-user"] = "none",
        ["er:comment-partner"] = "none",
    };

    /// <summary>PersuasionForGood labels that inform only <see cref="SemanticLabel.Product"/> (as negatives): appeals and stories can hold a question or a pledge.</summary>
    private static readonly HashSet<string> PfgProductOnly = new(StringComparer.Ordinal) { "er:emotion-appeal", "er:personal-story", "er:praise-user", "er:comment-partner" };

    /// <summary>Reads a written file: <c>labels&lt;TAB&gt;text</c> lines, <c>#</c> comments.</summary>
    /// <param name="path">The file.</param>
    /// <param name="split">The split its sentences belong to.</param>
    /// <returns>The examples; every learned label is known for each.</returns>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static List<LabelExample> ReadWritten(string path, LabelSplit split)
    {
        var result = new List<LabelExample>();
        var known = SemanticLabels.Learned.ToHashSet();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.StartsWith(InformsDirective, StringComparison.Ordinal))
            {
                known = ReadInforms(line[InformsDirective.Length..], path, number);
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1)
            {
                throw new InvalidDataException($"{path}({number}): expected labels<TAB>text");
            }

            var positive = new HashSet<SemanticLabel>();
            foreach (var name in line[..tab].Split(','))
            {
                if (name == "none")
                {
                    continue;
                }

                if (!SemanticLabels.TryParse(name, out var label) || !SemanticLabels.Learned.Contains(label))
                {
                    throw new InvalidDataException($"{path}({number}): unknown label '{name}'");
                }

                positive.Add(label);
            }

            if (!positive.IsSubsetOf(known))
            {
                throw new InvalidDataException($"{path}({number}): a label outside the section's '{InformsDirective}' list");
            }

            result.Add(new LabelExample(line[(tab + 1)..].Trim(), positive, known, "written", split));
        }

        return result;
    }

    /// <summary>
    /// A comment line <c>#informs: need, product</c> makes the rows after it inform only those labels (positive or
    /// negative), until the next such line (<c>#informs: all</c> for every label): a section written for a few labels
    /// then does not dilute the others with negatives it was not written to teach.
    /// </summary>
    private const string InformsDirective = "#informs:";

    private static HashSet<SemanticLabel> ReadInforms(string list, string path, int number)
    {
        if (list.Trim() == "all")
        {
            return SemanticLabels.Learned.ToHashSet();
        }

        var labels = new HashSet<SemanticLabel>();
        foreach (var name in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!SemanticLabels.TryParse(name, out var label) || !SemanticLabels.Learned.Contains(label))
            {
                throw new InvalidDataException($"{path}({number}): unknown label '{name}' in '{InformsDirective}'");
            }

            labels.Add(label);
        }

        return labels;
    }

    /// <summary>
    /// Reads CaSiNo's annotated utterances (casino.jsonl with casino_annotations.jsonl): need and discovery are known
    /// for each; the split is CaSiNo's own (train and valid → train, test → test).
    /// </summary>
    /// <param name="folder">The casino data folder.</param>
    /// <returns>The examples.</returns>
    public static List<LabelExample> ReadCasino(string folder)
    {
        var result = new List<LabelExample>();
        var known = CasinoKnown.ToHashSet();
        using var dialogues = File.OpenText(Path.Combine(folder, "casino.jsonl"));
        using var annotations = File.OpenText(Path.Combine(folder, "casino_annotations.jsonl"));
        var number = 0;
        while (dialogues.ReadLine() is { } dialogueLine)
        {
            number++;
            var annotationLine = annotations.ReadLine() ?? throw new InvalidDataException($"casino_annotations.jsonl({number}): missing");
            using var dialogue = JsonDocument.Parse(dialogueLine);
            using var annotation = JsonDocument.Parse(annotationLine);
            if (!annotation.RootElement.GetProperty("annotated").GetBoolean())
            {
                continue;
            }

            if (dialogue.RootElement.GetProperty("id").GetString() != annotation.RootElement.GetProperty("id").GetString())
            {
                throw new InvalidDataException($"casino_annotations.jsonl({number}): not the dialogue of casino.jsonl line {number}");
            }

            var split = annotation.RootElement.GetProperty("split").GetString() == "test" ? LabelSplit.Test : LabelSplit.Train;
            var turns = dialogue.RootElement.GetProperty("turns");
            var strategies = annotation.RootElement.GetProperty("strategies");
            for (var t = 0; t < turns.GetArrayLength() && t < strategies.GetArrayLength(); t++)
            {
                if (strategies[t].ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var text = turns[t].GetProperty("text").GetString() ?? string.Empty;
                if (text.Length == 0 || text[0] == '[')
                {
                    continue;
                }

                var positive = new HashSet<SemanticLabel>();
                foreach (var strategy in strategies[t].EnumerateArray())
                {
                    var name = strategy.GetString() ?? string.Empty;
                    if (CasinoNeed.Contains(name))
                    {
                        positive.Add(SemanticLabel.Need);
                    }
                    else if (name == CasinoDiscovery)
                    {
                        positive.Add(SemanticLabel.Discovery);
                    }
                }

                result.Add(new LabelExample(text, positive, known, "casino", split));
            }
        }

        return result;
    }

    /// <summary>
    /// Reads PersuasionForGood's annotated units: units whose first label maps (see <see cref="PfgMap"/>); product,
    /// discovery, objection and commitment are known for each. Split by a stable hash of the dialogue: 20% test.
    /// </summary>
    /// <param name="path">annotated_units.csv.</param>
    /// <returns>The examples.</returns>
    public static List<LabelExample> ReadPersuasion(string path)
    {
        var result = new List<LabelExample>();
        var known = PfgKnown.ToHashSet();
        var productOnly = new HashSet<SemanticLabel> { SemanticLabel.Product };
        using var reader = new StreamReader(path, Encoding.UTF8);
        _ = ReadRecord(reader);
        while (ReadRecord(reader) is { } record)
        {
            if (record.Count < 6)
            {
                continue;
            }

            var key = record[1] == "persuader" ? "er:" + record[4] : "ee:" + record[5];
            if (!PfgMap.TryGetValue(key, out var mapped))
            {
                continue;
            }

            var text = string.Join(' ', record[3].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0)
            {
                continue;
            }

            var positive = new HashSet<SemanticLabel>();
            if (SemanticLabels.TryParse(mapped, out var label))
            {
                positive.Add(label);
            }

            result.Add(new LabelExample(text, positive, PfgProductOnly.Contains(key) ? productOnly : known, "pfg", Hash(record[0]) % 5 == 0 ? LabelSplit.Test : LabelSplit.Train));
        }

        return result;
    }

    /// <summary>Speech-recognition style: lower case, no punctuation ("Hi, Dana! How's Q3?" → "hi dana how's q3").</summary>
    /// <param name="text">The text.</param>
    /// <returns>The stripped text.</returns>
    public static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = char.IsLetterOrDigit(c)
                || (c is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]));
            if (keep)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>FNV-1a of a string (stable across runs and platforms).</summary>
    /// <param name="value">The string.</param>
    /// <returns>The hash.</returns>
    public static uint Hash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    /// <summary>Reads every record of annotated_units.csv after the header (dialogue_id, role, turn, unit, labels...).</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The records, in file order.</returns>
    public static List<List<string>> ReadUnits(string path)
    {
        var result = new List<List<string>>();
        using var reader = new StreamReader(path, Encoding.UTF8);
        _ = ReadRecord(reader);
        while (ReadRecord(reader) is { } record)
        {
            if (record.Count >= 4)
            {
                result.Add(record);
            }
        }

        return result;
    }

    /// <summary>Reads one RFC 4180 record.</summary>
    private static List<string>? ReadRecord(StreamReader reader)
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
            var next = reader.Read();
            if (next < 0)
            {
                fields.Add(field.ToString());
                return fields;
            }

            var c = (char)next;
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
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                return fields;
            }
            else
            {
                field.Append(c);
            }
        }
    }
}
