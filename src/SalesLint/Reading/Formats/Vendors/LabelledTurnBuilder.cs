using System.Globalization;
using System.Text;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>
/// Builds the speakers and turns of a speech-recognition transcript from labelled pieces (words, sentences, utterances or segments):
/// speakers in order of first appearance, and one turn per run of consecutive pieces of one speaker, from the start of its first piece
/// to the end of its last.
/// </summary>
internal sealed class LabelledTurnBuilder
{
    private readonly bool mergeRuns;
    private readonly List<ParsedSpeaker> speakers = [];
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly List<TranscriptTurn> turns = [];
    private readonly StringBuilder text = new();
    private string? current;
    private double? start;
    private double? end;

    /// <summary>Creates a builder.</summary>
    /// <param name="mergeRuns">Whether consecutive pieces of one speaker join into one turn; when <see langword="false"/>, each piece is a turn.</param>
    public LabelledTurnBuilder(bool mergeRuns = true) => this.mergeRuns = mergeRuns;

    /// <summary>The number of pieces added.</summary>
    public int Pieces { get; private set; }

    /// <summary>Adds a piece of speech.</summary>
    /// <param name="id">The speaker label (the participant id).</param>
    /// <param name="name">The display name, used when the speaker first appears.</param>
    /// <param name="piece">The text; blank pieces are ignored.</param>
    /// <param name="pieceStart">Its start in seconds.</param>
    /// <param name="pieceEnd">Its end in seconds.</param>
    public void Add(string id, string name, string piece, double? pieceStart, double? pieceEnd)
    {
        piece = piece.Trim();
        if (piece.Length == 0)
        {
            return;
        }

        Pieces++;
        if (known.Add(id))
        {
            speakers.Add(new ParsedSpeaker(id, name, null));
        }

        if (current != id || !mergeRuns)
        {
            Flush();
            current = id;
            start = pieceStart;
        }
        else if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(piece);
        end = end is null || (pieceEnd is not null && pieceEnd > end) ? pieceEnd : end;
    }

    /// <summary>The parsed conversation, identified by the file name.</summary>
    /// <param name="path">The file.</param>
    /// <param name="vendor">The product that wrote it, for the error when no seller can be found.</param>
    public ParsedTranscript Build(string path, string vendor)
    {
        Flush();
        return new ParsedTranscript(TextLines.DefaultId(path), speakers, turns, null, null) { Vendor = vendor };
    }

    /// <summary>The display name for a numbered or lettered label: <c>Speaker 0</c>, <c>Speaker A</c>.</summary>
    public static string SpeakerName(string label) => string.Create(CultureInfo.InvariantCulture, $"Speaker {label}");

    private void Flush()
    {
        if (current is not null && text.Length > 0)
        {
            turns.Add(new TranscriptTurn { Speaker = current, Text = text.ToString(), Start = start, End = end });
        }

        text.Clear();
        current = null;
        start = null;
        end = null;
    }
}
