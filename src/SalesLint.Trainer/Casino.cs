using System.Globalization;
using System.Text.Json;
using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Trainer;

/// <summary>
/// Reads CaSiNo's train and validation splits (<c>split/casino_train.json</c>, <c>casino_valid.json</c>; CC BY 4.0) as
/// labeled sentences: each chat message is cut at its terminal punctuation; a sentence ending in <c>?</c> is a question,
/// except greetings, thanks and backchannels ("Hello, how are you?", "Really?"), which are other as SalesLint's rules
/// call them; thanks and greetings of up to six words ("Thank you so much!") are other; one of one or two words is other; the rest are statements. Only sentences that end in <c>. ? !</c> are
/// kept: the chats often leave a question without its mark, and such a sentence would teach "statement". The test
/// split is never read here (<c>benchmarks/SalesLint.Evaluation</c> scores on it).
/// </summary>
internal static class Casino
{
    private static readonly string[] DealActions = ["Submit-Deal", "Accept-Deal", "Reject-Deal", "Walk-Away"];

    private static readonly string[] SocialOpeners = ["thank you", "thanks", "hello", "hi", "hey", "good morning", "good afternoon", "bye", "goodbye"];

    /// <summary>Reads both splits.</summary>
    /// <param name="folder">CaSiNo's <c>split</c> folder.</param>
    /// <returns>The sentences in file order, train before validation.</returns>
    /// <exception cref="InvalidDataException">A file is not CaSiNo's JSON; the message names the file.</exception>
    public static List<LabeledSentence> Read(string folder)
    {
        var result = new List<LabeledSentence>();
        foreach (var (file, split) in new[] { ("casino_train.json", Split.Train), ("casino_valid.json", Split.Validation) })
        {
            var path = Path.Combine(folder, file);
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                foreach (var dialogue in document.RootElement.EnumerateArray())
                {
                    var id = "casino-" + dialogue.GetProperty("dialogue_id").GetInt32().ToString(CultureInfo.InvariantCulture);
                    foreach (var entry in dialogue.GetProperty("chat_logs").EnumerateArray())
                    {
                        var text = entry.GetProperty("text").GetString() ?? string.Empty;
                        if (!DealActions.Contains(text))
                        {
                            AddSentences(text, id, split, result);
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}: not CaSiNo's split JSON ({ex.Message})", ex);
            }
        }

        return result;
    }

    /// <summary>The act of one punctuated CaSiNo sentence (see the class remarks).</summary>
    /// <param name="sentence">The sentence, ending in <c>. ? !</c>.</param>
    /// <param name="questionMark">Whether it ends in <c>?</c>.</param>
    /// <param name="words">Its number of words.</param>
    /// <returns>The act to train on.</returns>
    internal static SentenceAct ActOf(string sentence, bool questionMark, int words)
    {
        var rules = RuleBasedActClassifier.Classify(sentence, TextTokenizer.Tokenize(sentence));
        if (rules.Act is SentenceAct.Backchannel || (rules.Act == SentenceAct.Other && rules.Reason is "greeting" or "repair"))
        {
            return SentenceAct.Other;
        }

        // "Thank you so much!", "Hello there, friend!": thanks and greetings are other, however long.
        var stripped = Splits.Strip(sentence);
        if (words <= 6 && Array.Exists(SocialOpeners, o => stripped == o || stripped.StartsWith(o + " ", StringComparison.Ordinal)))
        {
            return SentenceAct.Other;
        }

        return questionMark ? SentenceAct.Question : words <= 2 ? SentenceAct.Other : SentenceAct.Statement;
    }

    private static void AddSentences(string text, string dialogue, Split split, List<LabeledSentence> result)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var ranges = new List<(int First, int Count)>();
        SentenceSplitter.Split(text, tokens, ranges, int.MaxValue);
        foreach (var (first, count) in ranges)
        {
            var sentence = tokens.AsSpan(first, count);
            var last = sentence[^1];
            var mark = last.Kind == TokenKind.Punctuation ? text[last.Start] : ' ';
            var words = 0;
            foreach (var token in sentence)
            {
                words += token.Kind == TokenKind.Punctuation ? 0 : 1;
            }

            if (mark is not ('.' or '?' or '!') || words == 0)
            {
                continue;
            }

            var span = text[sentence[0].Start..(last.Start + last.Length)];
            result.Add(new LabeledSentence(span, ActOf(span, mark == '?', words), "casino", dialogue, split));
        }
    }
}
