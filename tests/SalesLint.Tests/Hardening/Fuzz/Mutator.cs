using System.Text;
using System.Text.RegularExpressions;
using JsonTree = System.Text.Json.Nodes;

namespace SalesLint.Tests.Hardening.Fuzz;

/// <summary>
/// Seeded mutations of input files, by class: the same seed gives the same bytes, so a failure is reproduced from the
/// seed, the case number and the class printed with it.
/// </summary>
internal sealed partial class Mutator
{
    /// <summary>The mutation classes, in the order cases cycle through them.</summary>
    public static readonly string[] Classes =
    [
        "byte-flip", "truncate", "duplicate", "delete-key", "type-confusion", "numbers", "deep-nesting", "bom", "utf16", "nul",
        "line-endings", "invisible",
    ];

    private static readonly string[] Numbers =
    [
        "1e300", "-1e300", "1e12", "-1", "-0.0", "0", "1e-320", "99999999999999999999999999", "604800", "604801", "1.7976931348623157e308",
        "NaN", "Infinity", "-5", "0.0000001", "2147483648", "9223372036854775808", "1e", "--1", "0x10",
    ];

    private static readonly string[] Invisible =
    [
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F",
        "\u0301", "\u0001", "\u001B[2J", "\u0085", "\u009B", "\uFFFF", "\uFFFE", "\U0001F600", "\u2028", "\u2029", "\u00A0", "\t", "\u000B",
    ];

    private readonly Random random;

    public Mutator(int seed) => random = new Random(seed);

    /// <summary>Applies one mutation of <paramref name="mutationClass"/>, sometimes followed by one of a random class.</summary>
    public byte[] Mutate(byte[] input, string extension, string mutationClass)
    {
        var output = Apply(input, extension, mutationClass);
        return random.Next(4) == 0 ? Apply(output, extension, Classes[random.Next(Classes.Length)]) : output;
    }

    /// <summary>A YAML configuration file mutated: the same byte-level classes, plus YAML-shaped ones.</summary>
    public byte[] MutateYaml(byte[] input, string mutationClass) => mutationClass switch
    {
        "delete-key" => Text(input, DeleteLine),
        "type-confusion" => Text(input, YamlTypeConfusion),
        "deep-nesting" => Text(input, t => t + "\nx: " + new string('[', random.Next(50, 5000)) + "\n"),
        _ => Apply(input, ".yaml", mutationClass),
    };

    private byte[] Apply(byte[] input, string extension, string mutationClass)
    {
        var json = extension is ".json" or ".jsonl";
        return mutationClass switch
        {
            "byte-flip" => ByteFlip(input),
            "truncate" => input.Length == 0 ? input : input[..random.Next(input.Length)],
            "duplicate" => Duplicate(input),
            "delete-key" => json ? Text(input, DeleteJsonKey) : Text(input, DeleteLine),
            "type-confusion" => json ? Text(input, JsonTypeConfusion) : Text(input, TextTypeConfusion),
            "numbers" => Text(input, ReplaceNumbers),
            "deep-nesting" => Text(input, t => Nest(t, json)),
            "bom" => Bom(input),
            "utf16" => Utf16(input),
            "nul" => Nul(input),
            "line-endings" => Text(input, LineEndings),
            "invisible" => Text(input, InsertInvisible),
            _ => throw new ArgumentOutOfRangeException(nameof(mutationClass), mutationClass, "unknown mutation class"),
        };
    }

    private static byte[] Text(byte[] input, Func<string, string> change) =>
        Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(input)));

    private byte[] ByteFlip(byte[] input)
    {
        var output = (byte[])input.Clone();
        var flips = random.Next(1, 9);
        for (var i = 0; i < flips && output.Length > 0; i++)
        {
            var at = random.Next(output.Length);
            output[at] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)(output[at] ^ (1 << random.Next(8)));
        }

        return output;
    }

    private byte[] Duplicate(byte[] input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var from = random.Next(input.Length);
        var length = Math.Min(input.Length - from, random.Next(1, 400));
        var slice = input.AsSpan(from, length).ToArray();
        var copies = random.Next(3) == 0 ? random.Next(2, 200) : 1;
        var at = random.Next(input.Length + 1);
        var output = new List<byte>(input.Length + (slice.Length * copies));
        output.AddRange(input.AsSpan(0, at).ToArray());
        for (var i = 0; i < copies; i++)
        {
            output.AddRange(slice);
        }

        output.AddRange(input.AsSpan(at).ToArray());
        return [.. output];
    }

    private string DeleteJsonKey(string text)
    {
        // JSON Lines: mutate one line.
        if (text.Contains('\n', StringComparison.Ordinal) && text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith("{\n", StringComparison.Ordinal))
        {
            var lines = text.Split('\n');
            var which = random.Next(lines.Length);
            lines[which] = DeleteJsonKey(lines[which].Replace("\n", string.Empty, StringComparison.Ordinal));
            return string.Join('\n', lines);
        }

        JsonTree.JsonNode? root;
        try
        {
            root = JsonTree.JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return DeleteLine(text);
        }

        var objects = Walk(root).OfType<JsonTree.JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return text;
        }

        var target = objects[random.Next(objects.Count)];
        target.Remove(target.ElementAt(random.Next(target.Count)).Key);
        return root!.ToJsonString();
    }

    private string JsonTypeConfusion(string text)
    {
        JsonTree.JsonNode? root;
        try
        {
            root = JsonTree.JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return TextTypeConfusion(text);
        }

        var values = Walk(root).Where(n => n?.Parent is not null).ToList();
        if (values.Count == 0)
        {
            return text;
        }

        var target = values[random.Next(values.Count)]!;
        JsonTree.JsonNode? replacement = random.Next(11) switch
        {
            0 => JsonTree.JsonValue.Create("text"),
            1 => JsonTree.JsonValue.Create(123),
            2 => JsonTree.JsonValue.Create(-1.5),
            3 => JsonTree.JsonValue.Create(true),
            4 => null,
            5 => new JsonTree.JsonArray(),
            6 => new JsonTree.JsonObject(),
            7 => new JsonTree.JsonArray(1, "a", null),
            8 => new JsonTree.JsonObject { ["a"] = 1 },
            9 => JsonTree.JsonValue.Create(string.Empty),
            _ => JsonTree.JsonValue.Create(1e300),
        };
        switch (target.Parent)
        {
            case JsonTree.JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonTree.JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }

        return root!.ToJsonString();
    }

    private string TextTypeConfusion(string text)
    {
        var lines = text.Split('\n');
        var which = random.Next(lines.Length);
        lines[which] = random.Next(5) switch
        {
            0 => lines[which].Replace(":", string.Empty, StringComparison.Ordinal),
            1 => lines[which].Replace("-->", "->", StringComparison.Ordinal),
            2 => ":" + lines[which],
            3 => "00:00:01.000 --> 00:00:00.500",
            _ => TimestampLike().Replace(lines[which], "ab:cd:ef"),
        };
        return string.Join('\n', lines);
    }

    private string YamlTypeConfusion(string text)
    {
        var lines = text.Split('\n');
        var which = random.Next(lines.Length);
        var colon = lines[which].IndexOf(':', StringComparison.Ordinal);
        var value = random.Next(9) switch
        {
            0 => " [1, 2]",
            1 => " {a: 1}",
            2 => " .nan",
            3 => " -.inf",
            4 => " ~",
            5 => " 1e400",
            6 => " *alias",
            7 => " &a [*a]",
            _ => " \"\"",
        };
        lines[which] = colon >= 0 ? lines[which][..(colon + 1)] + value : lines[which] + ":" + value;
        return string.Join('\n', lines);
    }

    private string DeleteLine(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0)
        {
            lines.RemoveAt(random.Next(lines.Count));
        }

        return string.Join('\n', lines);
    }

    private string ReplaceNumbers(string text)
    {
        var matches = NumberLike().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        if (random.Next(4) == 0)
        {
            // Decreasing: swap two numbers.
            var a = matches[random.Next(matches.Count)];
            var b = matches[random.Next(matches.Count)];
            var (first, second) = a.Index <= b.Index ? (a, b) : (b, a);
            if (first.Index + first.Length > second.Index)
            {
                return text;
            }

            return text[..first.Index] + second.Value + text[(first.Index + first.Length)..second.Index] + first.Value + text[(second.Index + second.Length)..];
        }

        var all = random.Next(5) == 0;
        var pick = random.Next(matches.Count);
        var number = Numbers[random.Next(Numbers.Length)];
        var count = 0;
        return NumberLike().Replace(text, m => all || count++ == pick ? number : m.Value);
    }

    private string Nest(string text, bool json)
    {
        var depth = random.Next(3) == 0 ? random.Next(60, 70) : random.Next(100, 20000);
        if (json)
        {
            return random.Next(2) == 0
                ? new string('[', depth) + text + new string(']', depth)
                : text.Insert(Math.Max(0, text.IndexOf(':', StringComparison.Ordinal) + 1), string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + ",");
        }

        var at = random.Next(text.Length + 1);
        var nested = random.Next(2) == 0 ? string.Concat(Enumerable.Repeat("<v A><b>", depth)) : new string('[', depth);
        return text.Insert(at, nested);
    }

    private byte[] Bom(byte[] input)
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF];
        return random.Next(4) switch
        {
            0 => [.. utf8, .. input],
            1 => [.. utf8, .. utf8, .. input],
            2 => [0xFF, 0xFE, .. input],
            _ => input.Length == 0 ? utf8 : [.. input.AsSpan(0, random.Next(input.Length)), .. utf8, .. input.AsSpan(random.Next(input.Length))],
        };
    }

    private byte[] Utf16(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        return random.Next(5) switch
        {
            0 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            1 => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            2 => Encoding.Unicode.GetBytes(text),
            3 => Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray(),
            _ => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).Take(Math.Max(2, input.Length | 1)).ToArray(),
        };
    }

    private byte[] Nul(byte[] input)
    {
        var output = input.ToList();
        if (random.Next(3) == 0)
        {
            // Past the binary sniffing window: the NUL lands in the text.
            output.AddRange(Encoding.UTF8.GetBytes("\n" + new string(' ', 9000)));
            output.Add(0);
            output.AddRange(Encoding.UTF8.GetBytes("x\n"));
        }
        else
        {
            output.Insert(random.Next(output.Count + 1), 0);
        }

        return [.. output];
    }

    private string LineEndings(string text)
    {
        string[] endings = ["\r\n", "\r", "\n", "\n\n", "\u2028", "\u0085"];
        var sb = new StringBuilder(text.Length + 64);
        foreach (var c in text)
        {
            sb.Append(c == '\n' ? endings[random.Next(random.Next(2) == 0 ? 3 : endings.Length)] : c.ToString());
        }

        return sb.ToString();
    }

    private string InsertInvisible(string text)
    {
        var sb = new StringBuilder(text);
        var count = random.Next(1, 12);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(sb.Length + 1);
            while (at > 0 && at < sb.Length && char.IsLowSurrogate(sb[at]))
            {
                at--;
            }

            sb.Insert(at, Invisible[random.Next(Invisible.Length)]);
        }

        return sb.ToString();
    }

    private static IEnumerable<JsonTree.JsonNode?> Walk(JsonTree.JsonNode? node)
    {
        yield return node;
        switch (node)
        {
            case JsonTree.JsonObject o:
                foreach (var child in o.Select(p => p.Value).ToList())
                {
                    foreach (var n in Walk(child))
                    {
                        yield return n;
                    }
                }

                break;
            case JsonTree.JsonArray a:
                foreach (var child in a.ToList())
                {
                    foreach (var n in Walk(child))
                    {
                        yield return n;
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][+-]?\d+)?")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"\d\d:\d\d(:\d\d)?")]
    private static partial Regex TimestampLike();
}
