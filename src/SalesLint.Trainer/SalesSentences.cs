using SalesLint.Model;

namespace SalesLint.Trainer;

/// <summary>
/// Reads the hand-labeled sales sentences: one <c>act&lt;TAB&gt;text</c> line each, act being question, statement,
/// backchannel (trained as other) or other; blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class SalesSentences
{
    /// <summary>Reads the file as the <c>sales</c> corpus.</summary>
    /// <param name="path">Path of the TSV file.</param>
    /// <returns>The labeled sentences; the split is decided on the stripped text, so variants of one sentence stay together.</returns>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static List<LabeledSentence> Read(string path) => Read(path, "sales");

    /// <summary>Reads the file as a named corpus (<c>sales</c>, or <c>spoken</c> for <c>data/spoken-acts.tsv</c>).</summary>
    /// <param name="path">Path of the TSV file.</param>
    /// <param name="corpus">The corpus name the sentences carry.</param>
    /// <returns>The labeled sentences; the split is decided on the stripped text, so variants of one sentence stay together.</returns>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static List<LabeledSentence> Read(string path, string corpus)
    {
        var result = new List<LabeledSentence>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new InvalidDataException($"{path}({number}): expected 'act<TAB>text'");
            }

            var label = line[..tab].Trim();
            var text = line[(tab + 1)..].Trim();
            if (!Enum.TryParse<SentenceAct>(label, ignoreCase: true, out var act) || !Enum.IsDefined(act) || label.Any(char.IsDigit))
            {
                throw new InvalidDataException($"{path}({number}): act must be question, statement, backchannel or other, not '{label}'");
            }

            if (text.Length == 0)
            {
                throw new InvalidDataException($"{path}({number}): the text is empty");
            }

            if (!seen.TryAdd(text, number))
            {
                throw new InvalidDataException($"{path}({number}): the same sentence is on line {seen[text]}");
            }

            // The model predicts three acts: a backchannel ("is that right") is trained as other, as the rules keep it out of questions.
            var group = Splits.Strip(text);
            result.Add(new LabeledSentence(text, act == SentenceAct.Backchannel ? SentenceAct.Other : act, corpus, group, Splits.Of(group)));
        }

        return result;
    }
}
