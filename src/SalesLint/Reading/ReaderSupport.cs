using System.Buffers;
using System.Globalization;
using System.Text;
using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>A speaker as a reader found it, before role resolution.</summary>
/// <param name="Id">Participant id (for txt, vtt and srt: the name as first written).</param>
/// <param name="Name">Display name.</param>
/// <param name="Role">The role the file declares, or <see langword="null"/> when it declares none.</param>
internal sealed record ParsedSpeaker(string Id, string Name, SpeakerRole? Role)
{
    /// <summary>The name the file gave, when <see cref="ReaderOptions.SpeakerNames"/> replaced it (role options still match it).</summary>
    public string? Label { get; init; }
}

/// <summary>A conversation as a reader parsed it, before role resolution.</summary>
/// <param name="Id">Conversation id.</param>
/// <param name="Speakers">Speakers in order (of first appearance for txt, vtt and srt; as declared for JSON).</param>
/// <param name="Turns">Turns with text.</param>
/// <param name="Line">The line of the conversation in the file (JSON Lines), for error messages.</param>
/// <param name="Place">The place of the conversation in the file (a JSON array element such as <c>[2]</c>), for error messages.</param>
internal sealed record ParsedTranscript(string Id, IReadOnlyList<ParsedSpeaker> Speakers, IReadOnlyList<TranscriptTurn> Turns, int? Line, string? Place)
{
    /// <summary>
    /// The product that wrote the file (such as <c>AWS Transcribe</c>) when its speakers carry labels but no roles; the error for a
    /// conversation without a seller then lists the labels and shows how to pass one. <see langword="null"/> for SalesLint's own formats.
    /// </summary>
    public string? Vendor { get; init; }

    /// <summary>
    /// What to say instead, after "cannot tell who the seller is: ", when the format needs its own explanation (a Whisper transcript has
    /// no speaker labels at all), or <see langword="null"/>.
    /// </summary>
    public string? NoSellerExplanation { get; init; }
}

/// <summary>What the readers share: line splitting, timestamps, <c>Name: text</c> splitting, role words and role resolution.</summary>
internal static class ReaderSupport
{
    /// <summary>
    /// The 1-based column where <paramref name="text"/> starts on <paramref name="line"/> when the line (trailing white space aside)
    /// ends with it, that is, when a turn read from the line is its characters as they stand; otherwise <see langword="null"/>
    /// (the turn was joined from several lines or changed on reading).
    /// </summary>
    /// <param name="line">The source line.</param>
    /// <param name="text">The turn text.</param>
    /// <returns>The column, or <see langword="null"/>.</returns>
    public static int? ColumnOfSuffix(string line, string text)
    {
        var trimmed = line.AsSpan().TrimEnd();
        return text.Length > 0 && trimmed.EndsWith(text, StringComparison.Ordinal) ? trimmed.Length - text.Length + 1 : null;
    }

    /// <summary>The reason given when no participant is a seller (wording fixed by FORMATS.md).</summary>
    internal const string NoSellerReason = "cannot tell who the seller is: add '# seller: NAME' or pass --seller NAME";

    /// <summary>The timestamp shapes accepted, for error messages.</summary>
    internal const string TimestampShapes = "expected hh:mm:ss or mm:ss, optionally with .fff or ,fff";

    private const int MaxNameLength = 50;
    private const int MaxNameWords = 4;
    private const int MaxListedSpeakers = 12;

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "st", "ten", "ter", "van", "von", "y",
    };

    private static readonly SearchValues<char> NotInNames = SearchValues.Create("?!;,\"[]{}<>=");

    /// <summary>Splits text into lines on <c>\r\n</c>, <c>\n</c> or <c>\r</c>; line <c>i</c> of the result is line <c>i + 1</c> of the file.</summary>
    public static List<string> SplitLines(string content)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c is '\n' or '\r')
            {
                lines.Add(content[start..i]);
                if (c == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(content[start..]);
        return lines;
    }

    /// <summary>The default conversation id for a file: its name without extension.</summary>
    public static string DefaultId(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return string.IsNullOrWhiteSpace(name) ? "transcript" : name;
    }

    /// <summary>Parses <c>hh:mm:ss</c> or <c>mm:ss</c>, each with an optional <c>.fff</c> or <c>,fff</c> fraction.</summary>
    /// <param name="text">The timestamp, without surrounding blanks.</param>
    /// <param name="seconds">Seconds from the start of the call.</param>
    /// <param name="problem">What is wrong, when the result is <see langword="false"/>.</param>
    /// <returns>Whether the text is a valid timestamp.</returns>
    public static bool TryParseTimestamp(ReadOnlySpan<char> text, out double seconds, out string problem)
    {
        seconds = 0;
        problem = TimestampShapes;
        var fraction = 0.0;
        var separator = text.IndexOfAny('.', ',');
        if (separator >= 0)
        {
            var digits = text[(separator + 1)..];
            if (digits.Length is 0 or > 9 || !IsDigits(digits))
            {
                problem = "the fraction must be 1 to 9 digits";
                return false;
            }

            fraction = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) / Math.Pow(10, digits.Length);
            text = text[..separator];
        }

        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ':');
        if (count is not (2 or 3))
        {
            return false;
        }

        var hours = 0;
        var index = 0;
        if (count == 3)
        {
            if (!TryParseField(text[parts[0]], 5, out hours))
            {
                return false;
            }

            index = 1;
        }

        if (!TryParseField(text[parts[index]], count == 3 ? 2 : 6, out var minutes) || !TryParseField(text[parts[index + 1]], 2, out var secs))
        {
            return false;
        }

        if (count == 3 && minutes >= 60)
        {
            problem = "minutes must be below 60";
            return false;
        }

        if (secs >= 60)
        {
            problem = "seconds must be below 60";
            return false;
        }

        seconds = (hours * 3600.0) + (minutes * 60.0) + secs + fraction;
        return true;
    }

    /// <summary>Parses a timestamp or throws an error pointing at it.</summary>
    public static double ParseTimestamp(string path, string text, int line, int column)
    {
        if (text.Length == 0)
        {
            throw new TranscriptFormatException(path, $"missing timestamp: {TimestampShapes}", line, column);
        }

        if (!TryParseTimestamp(text, out var seconds, out var problem))
        {
            throw new TranscriptFormatException(path, $"malformed timestamp '{text}': {problem}", line, column);
        }

        return CheckTime(path, seconds, line, column);
    }

    /// <summary>Formats seconds as <c>hh:mm:ss.fff</c> for messages; any value, even one no transcript may hold (<c>1E+300 s</c>, <c>NaN</c>).</summary>
    public static string FormatSeconds(double seconds) =>
        seconds is >= 0 and < 360_000
            ? TimeSpan.FromSeconds(seconds).ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture)
            : TranscriptTimes.Describe(seconds);

    /// <summary>Throws when a time parsed at a place of the file is outside <see cref="TranscriptTimes"/>' range.</summary>
    /// <param name="path">The file.</param>
    /// <param name="seconds">The time.</param>
    /// <param name="line">Its 1-based line.</param>
    /// <param name="column">Its 1-based column.</param>
    /// <returns><paramref name="seconds"/>.</returns>
    public static double CheckTime(string path, double seconds, int line, int column) =>
        TranscriptTimes.Problem(seconds) is { } problem ? throw new TranscriptFormatException(path, problem, line, column) : seconds;

    /// <summary>
    /// Throws for the first turn whose times are outside <see cref="TranscriptTimes"/>' range or end before they start, naming the turn
    /// (1-based) and its line when known. Readers check times where they parse them; this catches what they combine.
    /// </summary>
    /// <param name="path">The file, or <see langword="null"/>.</param>
    /// <param name="turns">The turns.</param>
    /// <param name="conversation">The place of the conversation in the file, or <see langword="null"/>.</param>
    public static void CheckTimes(string? path, IReadOnlyList<TranscriptTurn> turns, string? conversation)
    {
        for (var i = 0; i < turns.Count; i++)
        {
            if (TranscriptTimes.Problem(turns[i].Start, turns[i].End) is { } problem)
            {
                var place = string.Create(CultureInfo.InvariantCulture, $"turn {i + 1}");
                throw new TranscriptFormatException(path, problem, turns[i].SourceLine, place: conversation is null ? place : $"{conversation} {place}");
            }
        }
    }

    /// <summary>Parses a cue timing line <c>start --&gt; end [settings]</c> (WebVTT and SubRip).</summary>
    /// <param name="path">The file, for errors.</param>
    /// <param name="line">The timing line; it must contain <c>--&gt;</c>.</param>
    /// <param name="lineNumber">Its 1-based line number.</param>
    /// <returns>Start and end in seconds.</returns>
    public static (double Start, double End) ParseCueTiming(string path, string line, int lineNumber)
    {
        var arrow = line.IndexOf("-->", StringComparison.Ordinal);
        var startBegin = SkipBlanks(line, 0);
        var startEnd = arrow;
        while (startEnd > startBegin && char.IsWhiteSpace(line[startEnd - 1]))
        {
            startEnd--;
        }

        var endBegin = SkipBlanks(line, arrow + 3);
        var endEnd = endBegin;
        while (endEnd < line.Length && !char.IsWhiteSpace(line[endEnd]))
        {
            endEnd++;
        }

        var start = ParseTimestamp(path, line[startBegin..Math.Max(startBegin, startEnd)], lineNumber, startBegin + 1);
        var end = ParseTimestamp(path, line[endBegin..endEnd], lineNumber, endBegin + 1);
        if (end < start)
        {
            throw new TranscriptFormatException(path, $"the cue ends at {FormatSeconds(end)}, before it starts at {FormatSeconds(start)}", lineNumber, endBegin + 1);
        }

        return (start, end);
    }

    /// <summary>
    /// Splits a <c>Name: text</c> line. A name already known (declared, passed in the options or seen before) is always accepted;
    /// another must look like a name, so that prose such as <c>So the plan is: Monday</c> stays text: it starts with a letter, has at most
    /// four words, no sentence punctuation, and every word after the first starts with a capital, a digit or <c>(</c>, or is a particle
    /// such as <c>van</c> or <c>de</c>.
    /// </summary>
    /// <param name="line">The line (blanks around it are ignored).</param>
    /// <param name="speakers">The names known so far, or <see langword="null"/>.</param>
    /// <param name="name">The speaker name, trimmed.</param>
    /// <param name="text">The text after the colon, trimmed (may be empty).</param>
    /// <returns>Whether the line starts with a speaker name.</returns>
    public static bool TrySplitSpeaker(string line, SpeakerTable? speakers, out string name, out string text)
    {
        name = string.Empty;
        text = string.Empty;
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || line.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var candidate = line[..colon].Trim();
        if (candidate.Length == 0 || !(speakers?.IsKnown(candidate) == true || IsPlausibleName(candidate)))
        {
            return false;
        }

        name = candidate;
        text = line[(colon + 1)..].Trim();
        return true;
    }

    /// <summary>Reads a role word: <c>seller</c>, <c>buyer</c> or <c>other</c>, singular or plural, case-insensitive.</summary>
    public static bool TryParseRole(string word, out SpeakerRole role)
    {
        switch (word.Trim().ToUpperInvariant())
        {
            case "SELLER" or "SELLERS":
                role = SpeakerRole.Seller;
                return true;
            case "BUYER" or "BUYERS":
                role = SpeakerRole.Buyer;
                return true;
            case "OTHER" or "OTHERS":
                role = SpeakerRole.Other;
                return true;
            default:
                role = SpeakerRole.Other;
                return false;
        }
    }

    /// <summary>Splits a <c>key: value</c> header (as in <c># seller: Dana</c> or <c>NOTE seller: Dana</c>).</summary>
    public static bool TrySplitHeader(string text, out string key, out string value)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            key = string.Empty;
            value = string.Empty;
            return false;
        }

        key = text[..colon].Trim();
        value = text[(colon + 1)..].Trim();
        return true;
    }

    /// <summary>
    /// Turns parsed conversations into transcripts: gives speakers the display names of <see cref="ReaderOptions.SpeakerNames"/>, applies
    /// the option roles over the file roles, checks that each conversation has a seller (naming option names that matched no speaker when
    /// it has none), and makes every speaker without a role a buyer.
    /// </summary>
    public static List<Transcript> Resolve(string path, IReadOnlyList<ParsedTranscript> parsed, ReaderOptions options)
    {
        if (options.SpeakerNames.Count > 0)
        {
            parsed = [.. parsed.Select(p => p with { Speakers = [.. p.Speakers.Select(s => Rename(s, options.SpeakerNames))] })];
        }

        var unmatched = new List<string>();
        AddUnmatched(options.Sellers, "--seller");
        AddUnmatched(options.Buyers, "--buyer");

        // Option names that match no speaker of this file are fine (a batch shares one --seller list); they are only
        // mentioned when the file ends up without a seller.

        var transcripts = new List<Transcript>(parsed.Count);
        foreach (var conversation in parsed)
        {
            var roles = new SpeakerRole?[conversation.Speakers.Count];
            var hasSeller = false;
            for (var i = 0; i < roles.Length; i++)
            {
                var speaker = conversation.Speakers[i];
                roles[i] = OptionRole(speaker, options) ?? speaker.Role;
                hasSeller |= roles[i] == SpeakerRole.Seller;
            }

            if (!hasSeller)
            {
                throw new TranscriptFormatException(path, NoSeller(conversation, parsed, unmatched), conversation.Line, place: conversation.Place);
            }

            CheckTimes(path, conversation.Turns, conversation.Place);

            var participants = new Participant[roles.Length];
            for (var i = 0; i < roles.Length; i++)
            {
                var speaker = conversation.Speakers[i];
                participants[i] = new Participant { Id = speaker.Id, Name = speaker.Name, Role = roles[i] ?? SpeakerRole.Buyer };
            }

            transcripts.Add(new Transcript { Id = conversation.Id, SourcePath = path, Participants = participants, Turns = conversation.Turns });
        }

        return transcripts;

        void AddUnmatched(IReadOnlyList<string> names, string flag)
        {
            foreach (var name in names)
            {
                if (!parsed.Any(p => p.Speakers.Any(s => Matches(s, name))))
                {
                    unmatched.Add($"{flag} '{name.Trim()}'");
                }
            }
        }
    }

    /// <summary>Quotes a name for a command line when it holds blanks or quotes: <c>spk_0</c>, <c>"Dana Whitfield"</c>.</summary>
    private static string QuoteArgument(string name) =>
        name.Length > 0 && !name.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '`') ? name : $"\"{name.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    private static string NoSeller(ParsedTranscript conversation, IReadOnlyList<ParsedTranscript> parsed, List<string> unmatched)
    {
        var noMatch = unmatched.Count == 0 ? string.Empty : $"no speaker matches {string.Join(", ", unmatched)}";
        if (conversation.NoSellerExplanation is not null)
        {
            var explained = $"cannot tell who the seller is: {conversation.NoSellerExplanation}";
            return noMatch.Length == 0 ? explained : $"{explained} ({noMatch})";
        }

        if (conversation.Vendor is null)
        {
            return noMatch.Length == 0
                ? $"{NoSellerReason} (speakers: {ListSpeakers([conversation])})"
                : $"{NoSellerReason} ({noMatch}; speakers: {ListSpeakers(parsed)})";
        }

        // Vendor files never declare roles: list the labels found and show how to pass one.
        var speakers = conversation.Speakers;
        var listed = string.Join(", ", speakers.Take(MaxListedSpeakers).Select(s => s.Name == s.Id ? s.Id : $"{s.Id} ({s.Name})"));
        if (speakers.Count > MaxListedSpeakers)
        {
            listed += ", …";
        }

        var reason = $"cannot tell who the seller is: {conversation.Vendor} transcripts label speakers but not their roles (speakers: {listed}";
        reason += noMatch.Length == 0 ? ")" : $"; {noMatch})";
        return speakers.Count == 0 ? reason : $"{reason}; pass the seller's label or name, e.g. --seller {QuoteArgument(speakers[0].Id)}";
    }

    private static ParsedSpeaker Rename(ParsedSpeaker speaker, IReadOnlyDictionary<string, string> names)
    {
        foreach (var (label, name) in names)
        {
            if (string.Equals(label.Trim(), speaker.Id, StringComparison.OrdinalIgnoreCase))
            {
                return speaker with { Name = name.Trim(), Label = speaker.Name };
            }
        }

        foreach (var (label, name) in names)
        {
            if (string.Equals(label.Trim(), speaker.Name, StringComparison.OrdinalIgnoreCase))
            {
                return speaker with { Name = name.Trim(), Label = speaker.Name };
            }
        }

        return speaker;
    }

    private static SpeakerRole? OptionRole(ParsedSpeaker speaker, ReaderOptions options)
    {
        if (options.Sellers.Any(name => Matches(speaker, name)))
        {
            return SpeakerRole.Seller;
        }

        return options.Buyers.Any(name => Matches(speaker, name)) ? SpeakerRole.Buyer : null;
    }

    private static bool Matches(ParsedSpeaker speaker, string name)
    {
        var trimmed = name.Trim();
        return string.Equals(trimmed, speaker.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, speaker.Name, StringComparison.OrdinalIgnoreCase)
            || (speaker.Label is not null && string.Equals(trimmed, speaker.Label, StringComparison.OrdinalIgnoreCase));
    }

    private static string ListSpeakers(IReadOnlyList<ParsedTranscript> parsed)
    {
        var names = parsed.SelectMany(p => p.Speakers).Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
        {
            return "none";
        }

        var listed = string.Join(", ", names.Take(MaxListedSpeakers));
        return names.Count > MaxListedSpeakers ? listed + ", …" : listed;
    }

    private static bool IsPlausibleName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || !char.IsLetter(name[0]) || name.AsSpan().IndexOfAny(NotInNames) >= 0)
        {
            return false;
        }

        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxNameWords)
        {
            return false;
        }

        for (var i = 1; i < words.Length; i++)
        {
            var first = words[i][0];
            if (!char.IsUpper(first) && !char.IsDigit(first) && first != '(' && !NameParticles.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseField(ReadOnlySpan<char> digits, int maxDigits, out int value)
    {
        value = 0;
        return digits.Length > 0 && digits.Length <= maxDigits && IsDigits(digits)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipBlanks(string line, int index)
    {
        while (index < line.Length && char.IsWhiteSpace(line[index]))
        {
            index++;
        }

        return index;
    }
}

/// <summary>
/// Speakers of a txt, vtt or srt file: names are matched case-insensitively and the id is the name as first written;
/// roles the file declares are kept by name, so they apply whenever the speaker shows up.
/// </summary>
internal sealed class SpeakerTable
{
    private readonly string path;
    private readonly List<string> order = [];
    private readonly HashSet<string> known = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SpeakerRole> declared = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> hints;

    /// <summary>Creates the table.</summary>
    /// <param name="path">The file, for errors.</param>
    /// <param name="hints">Names known in advance (the option names), so that they are recognized as speakers.</param>
    public SpeakerTable(string path, IEnumerable<string> hints)
    {
        this.path = path;
        this.hints = new HashSet<string>(hints.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the name was seen, declared or given in the options.</summary>
    public bool IsKnown(string name) => known.Contains(name) || declared.ContainsKey(name) || hints.Contains(name);

    /// <summary>Declares the role of each comma-separated name of <paramref name="names"/>.</summary>
    /// <param name="names">A comma-separated list of names.</param>
    /// <param name="role">Their role.</param>
    /// <param name="line">The line of the declaration.</param>
    public void Declare(string names, SpeakerRole role, int line)
    {
        var any = false;
        foreach (var raw in names.Split(','))
        {
            var name = raw.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            any = true;
            if (declared.TryGetValue(name, out var previous) && previous != role)
            {
                throw new TranscriptFormatException(
                    path, $"'{name}' is declared both {previous.ToString().ToLowerInvariant()} and {role.ToString().ToLowerInvariant()}", line);
            }

            declared[name] = role;
        }

        if (!any)
        {
            throw new TranscriptFormatException(path, $"the {role.ToString().ToLowerInvariant()} declaration names nobody: expected a comma-separated list of names", line);
        }
    }

    /// <summary>Returns the id of the speaker called <paramref name="name"/>, adding the speaker on first appearance.</summary>
    public string Intern(string name)
    {
        if (known.TryGetValue(name, out var id))
        {
            return id;
        }

        known.Add(name);
        order.Add(name);
        return name;
    }

    /// <summary>The speakers in order of first appearance with their declared roles.</summary>
    public List<ParsedSpeaker> Build() =>
        order.Select(id => new ParsedSpeaker(id, id, declared.TryGetValue(id, out var role) ? role : null)).ToList();
}

/// <summary>Builds turns from the text of WebVTT and SubRip cues.</summary>
/// <remarks>
/// Each text line that starts with a voice tag (<c>&lt;v Name&gt;</c>, WebVTT only) or a <c>Name:</c> prefix starts a turn; other lines continue
/// the current turn of the cue. A cue whose first line names nobody continues with the speaker of the previous cue, as a separate turn.
/// </remarks>
internal sealed class CueTurnCollector
{
    private readonly string path;
    private readonly bool webVtt;
    private readonly List<TranscriptTurn> turns = [];
    private readonly StringBuilder text = new();
    private string? lastSpeaker;
    private string? currentSpeaker;
    private bool joinLastTurn;
    private int currentLine;
    private List<string>? sourceLines;
    private int pieces;
    private int firstPieceLine;
    private int firstPieceOffset;
    private double currentStart;
    private double currentEnd;

    public CueTurnCollector(string path, bool webVtt, ReaderOptions options)
    {
        this.path = path;
        this.webVtt = webVtt;
        Speakers = new SpeakerTable(path, options.Sellers.Concat(options.Buyers));
    }

    /// <summary>The speakers seen so far; WebVTT NOTE declarations go here too.</summary>
    public SpeakerTable Speakers { get; }

    /// <summary>The turns built so far.</summary>
    public IReadOnlyList<TranscriptTurn> Turns => turns;

    /// <summary>Adds the text lines of one cue.</summary>
    /// <param name="lines">All lines of the file.</param>
    /// <param name="first">Index of the first text line of the cue.</param>
    /// <param name="end">Index just past its last text line.</param>
    /// <param name="start">Cue start in seconds.</param>
    /// <param name="finish">Cue end in seconds.</param>
    /// <param name="continuesPrevious">Whether the cue is the next part of the previous cue's utterance: its first turn then joins the
    /// last turn when the speaker is the same.</param>
    public void AddCue(List<string> lines, int first, int end, double start, double finish, bool continuesPrevious = false)
    {
        currentStart = start;
        currentEnd = finish;
        joinLastTurn = continuesPrevious;
        sourceLines = lines;
        for (var i = first; i < end; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            var position = 0;
            var afterVoice = false;
            while (webVtt && TryFindVoice(line, position, out var tagStart, out var tagEnd, out var voice))
            {
                AddText(line[position..tagStart], lineNumber, afterVoice, position);
                Flush();
                StartTurn(voice, lineNumber);
                position = tagEnd;
                afterVoice = true;
            }

            AddText(line[position..], lineNumber, afterVoice, position);
        }

        Flush();
    }

    private void AddText(string raw, int lineNumber, bool afterVoice, int offset)
    {
        var cleaned = Clean(raw);
        if (cleaned.Length == 0)
        {
            return;
        }

        // Text right after a voice tag belongs to that voice, even when it contains a colon.
        if (!afterVoice && ReaderSupport.TrySplitSpeaker(cleaned, Speakers, out var name, out var rest))
        {
            Flush();
            StartTurn(name, lineNumber);
            Append(rest, lineNumber, offset);
            return;
        }

        if (currentSpeaker is null)
        {
            if (lastSpeaker is null)
            {
                var hint = webVtt ? "'<v Name>' or 'Name: '" : "'Name: '";
                throw new TranscriptFormatException(path, $"cannot tell who speaks: start the cue text with {hint}", lineNumber);
            }

            StartTurn(lastSpeaker, lineNumber);
        }

        Append(cleaned, lineNumber, offset);
    }

    private void StartTurn(string speaker, int lineNumber)
    {
        currentSpeaker = speaker;
        currentLine = lineNumber;
        text.Clear();
        pieces = 0;
    }

    private void Append(string value, int lineNumber, int offset)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (pieces++ == 0)
        {
            firstPieceLine = lineNumber;
            firstPieceOffset = offset;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(value);
    }

    private void Flush()
    {
        if (currentSpeaker is null)
        {
            return;
        }

        var value = text.ToString().Trim();
        if (value.Length > 0)
        {
            var speaker = Speakers.Intern(currentSpeaker);
            if (joinLastTurn && turns.Count > 0 && turns[^1].Speaker == speaker)
            {
                turns[^1] = turns[^1] with { Text = $"{turns[^1].Text} {value}", End = Math.Max(currentEnd, turns[^1].End ?? currentEnd), SourceColumn = null };
            }
            else
            {
                turns.Add(new TranscriptTurn { Speaker = speaker, Text = value, Start = currentStart, End = currentEnd, SourceLine = currentLine, SourceColumn = Column(value) });
            }

            joinLastTurn = false;
        }

        lastSpeaker = currentSpeaker;
        currentSpeaker = null;
        text.Clear();
        pieces = 0;
    }

    /// <summary>Where the turn text starts on its line, when it is one piece of one line that stands there as read (no markup removed).</summary>
    private int? Column(string value)
    {
        if (pieces != 1 || firstPieceLine != currentLine || sourceLines is null)
        {
            return null;
        }

        var at = sourceLines[firstPieceLine - 1].IndexOf(value, firstPieceOffset, StringComparison.Ordinal);
        return at < 0 ? null : at + 1;
    }

    private string Clean(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '<' && i + 1 < raw.Length && (char.IsLetterOrDigit(raw[i + 1]) || raw[i + 1] == '/'))
            {
                var close = raw.IndexOf('>', i + 1);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }

            sb.Append(c);
        }

        var cleaned = sb.ToString().Trim();
        if (webVtt)
        {
            cleaned = System.Net.WebUtility.HtmlDecode(cleaned).Trim();
        }

        // Subtitle dialogue dashes: "- Dana: hi".
        return cleaned.StartsWith("- ", StringComparison.Ordinal) ? cleaned[2..].TrimStart() : cleaned;
    }

    private static bool TryFindVoice(string line, int from, out int tagStart, out int tagEnd, out string voice)
    {
        tagStart = from;
        while ((tagStart = line.IndexOf("<v", tagStart, StringComparison.Ordinal)) >= 0)
        {
            var next = tagStart + 2;
            if (next < line.Length && (line[next] == '.' || char.IsWhiteSpace(line[next])))
            {
                var close = line.IndexOf('>', next);
                if (close < 0)
                {
                    break;
                }

                // Skip the classes (<v.loud Dana>), then the annotation is the voice name.
                var nameStart = next;
                while (nameStart < close && !char.IsWhiteSpace(line[nameStart]))
                {
                    nameStart++;
                }

                var name = line[nameStart..close].Trim();
                if (name.Length > 0)
                {
                    tagEnd = close + 1;
                    voice = name;
                    return true;
                }
            }

            tagStart = next;
        }

        tagStart = -1;
        tagEnd = -1;
        voice = string.Empty;
        return false;
    }
}
