using SalesLint.Model;

namespace SalesLint.Reading;

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
