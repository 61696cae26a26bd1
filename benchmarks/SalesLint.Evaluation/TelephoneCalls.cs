using System.Text;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Evaluation;

/// <summary>One labelled utterance of a written telephone conversation (<c>data/telephone-calls/</c>).</summary>
internal sealed record TelephoneUtterance(string Speaker, SentenceAct Act, string Type, string Text, int Line);

/// <summary>A whole labelled telephone conversation: its utterances in the order spoken.</summary>
internal sealed record TelephoneCall(string Id, string Path, IReadOnlyList<TelephoneUtterance> Utterances);

/// <summary>How a conversation's text is given to SalesLint.</summary>
internal enum TelephoneText
{
    /// <summary>As the transcriber wrote it; the utterances of a turn joined with spaces.</summary>
    AsWritten,

    /// <summary>Lower-cased, punctuation removed, the utterances of a turn joined into one unpunctuated turn.</summary>
    Stripped,

    /// <summary>Lower-cased, punctuation removed, each utterance its own turn (the boundaries known).</summary>
    StrippedUtterances,
}

/// <summary>Where one gold utterance lies in the transcript built from its conversation.</summary>
internal readonly record struct UtteranceSpan(int Turn, int Start, int End);

/// <summary>
/// What SalesLint said about one gold utterance: whether a question sentence ends inside it, and the decision of the
/// sentence that ends last inside it (null when no sentence ends inside it: its words belong to a sentence that goes
/// on into the next utterance).
/// </summary>
internal sealed record UtterancePrediction(bool Question, ActDecision? Decision, string? SentenceText);

/// <summary>
/// Reads the telephone conversations written for SalesLint (<c>speaker&lt;TAB&gt;act&lt;TAB&gt;type&lt;TAB&gt;text</c>
/// per utterance, see <c>data/telephone-calls/README.md</c>), builds each as a transcript (A the seller, B the buyer)
/// and aligns the engine's sentences back to the gold utterances by character offsets.
/// </summary>
internal static class TelephoneCalls
{
    private static readonly string[] QuestionTypes = ["yes-no", "wh", "open", "or", "tag", "declarative"];
    private static readonly string[] StatementTypes = ["statement", "you-know", "relative", "rhetorical", "quoted", "abandoned", "embedded"];
    private static readonly string[] BackchannelTypes = ["backchannel", "question-form"];
    private static readonly string[] OtherTypes = ["greeting", "repair", "answer", "other"];

    /// <summary>The types allowed for each act (README.md).</summary>
    public static IReadOnlyList<string> TypesOf(SentenceAct act) => act switch
    {
        SentenceAct.Question => QuestionTypes,
        SentenceAct.Statement => StatementTypes,
        SentenceAct.Backchannel => BackchannelTypes,
        _ => OtherTypes,
    };

    /// <summary>Every <c>*.tsv</c> file of a folder, in name order.</summary>
    public static List<TelephoneCall> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such folder (run from the repository root)");
        }

        return [.. Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).Select(Read)];
    }

    /// <summary>One conversation file; a bad line is an error naming the file and line.</summary>
    public static TelephoneCall Read(string path) =>
        Parse(System.IO.Path.GetFileNameWithoutExtension(path), path, File.ReadAllLines(path));

    /// <summary>Parses the lines of one conversation (<paramref name="path"/> names it in errors).</summary>
    public static TelephoneCall Parse(string id, string path, IEnumerable<string> lines)
    {
        var utterances = new List<TelephoneUtterance>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4 || fields[0] is not ("A" or "B") || !Enum.TryParse<SentenceAct>(fields[1], ignoreCase: true, out var act) ||
                int.TryParse(fields[1], out _) || !TypesOf(act).Contains(fields[2]) || fields[3].Trim().Length == 0)
            {
                throw new InvalidDataException($"{path}({number}): expected 'A|B<TAB>question|statement|backchannel|other<TAB>type<TAB>text' with a type of that act");
            }

            utterances.Add(new TelephoneUtterance(fields[0], act, fields[2], fields[3].Trim(), number));
        }

        if (utterances.Count == 0)
        {
            throw new InvalidDataException($"{path}: no utterance");
        }

        return new TelephoneCall(id, path, utterances);
    }

    /// <summary>
    /// The conversation as a transcript: speaker A the seller, B the buyer; consecutive utterances of one speaker one
    /// turn (joined with a space), or each utterance its own turn for <see cref="TelephoneText.StrippedUtterances"/>.
    /// With each utterance's place in the transcript.
    /// </summary>
    public static (Transcript Transcript, UtteranceSpan[] Spans) Build(TelephoneCall call, TelephoneText text)
    {
        var turns = new List<TranscriptTurn>();
        var spans = new UtteranceSpan[call.Utterances.Count];
        var sb = new StringBuilder();
        string? speaker = null;
        for (var i = 0; i < call.Utterances.Count; i++)
        {
            var u = call.Utterances[i];
            if (speaker is not null && (u.Speaker != speaker || text == TelephoneText.StrippedUtterances))
            {
                turns.Add(new TranscriptTurn { Speaker = speaker, Text = sb.ToString() });
                sb.Clear();
            }

            speaker = u.Speaker;
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            var said = text == TelephoneText.AsWritten ? u.Text : Strip(u.Text).Text;
            spans[i] = new UtteranceSpan(turns.Count, sb.Length, sb.Length + said.Length);
            sb.Append(said);
        }

        turns.Add(new TranscriptTurn { Speaker = speaker!, Text = sb.ToString() });
        var transcript = new Transcript
        {
            Id = call.Id,
            SourcePath = call.Path,
            Participants =
            [
                new Participant { Id = "A", Name = "A", Role = SpeakerRole.Seller },
                new Participant { Id = "B", Name = "B", Role = SpeakerRole.Buyer },
            ],
            Turns = turns,
        };
        return (transcript, spans);
    }

    /// <summary>
    /// Aligns the engine's sentences to the gold utterances: a sentence belongs to the utterance that holds the last
    /// character of its last word or number (trailing punctuation aside), so a sentence that runs over several
    /// utterances counts once, where it ends. An utterance is predicted a question when a question sentence ends in it.
    /// </summary>
    public static UtterancePrediction[] Align(Conversation conversation, IReadOnlyList<UtteranceSpan> spans)
    {
        var result = new UtterancePrediction[spans.Count];
        var byTurn = spans.Select((s, i) => (Span: s, Index: i)).ToLookup(x => x.Span.Turn);
        if (conversation.Turns.Count != (spans.Count == 0 ? 0 : spans[^1].Turn + 1))
        {
            throw new InvalidOperationException($"{conversation.Id}: {conversation.Turns.Count} turns, the utterances name {spans[^1].Turn + 1}");
        }

        foreach (var turn in conversation.Turns)
        {
            var utterances = byTurn[turn.Index].ToList();
            foreach (var sentence in turn.Sentences)
            {
                var tokens = sentence.Tokens;
                var last = tokens.Length - 1;
                while (last > 0 && tokens[last].Kind == TokenKind.Punctuation)
                {
                    last--;
                }

                var end = tokens[last].Start + tokens[last].Length - 1;
                var owner = utterances.FindIndex(u => u.Span.Start <= end && end < u.Span.End);
                if (owner < 0)
                {
                    continue; // only punctuation between utterances: nothing to score
                }

                var index = utterances[owner].Index;
                var question = sentence.Act == SentenceAct.Question;

                // A question ending here decides; otherwise the last sentence ending here explains the decision.
                if (result[index] is not { Question: true } || question)
                {
                    result[index] = new UtterancePrediction(question, sentence.ActDecision, sentence.Text);
                }
            }
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] ??= new UtterancePrediction(false, null, null);
        }

        return result;
    }

    /// <summary>Lower-cases the words and numbers and drops the punctuation, as speech recognition without punctuation writes; with each word's start.</summary>
    public static (string Text, List<int> WordStarts) Strip(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var starts = new List<int>();
        foreach (var token in TextTokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            starts.Add(sb.Length);
            foreach (var c in text.Slice(token.Start, token.Length))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return (sb.ToString(), starts);
    }
}
