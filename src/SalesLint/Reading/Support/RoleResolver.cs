using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>Role resolution: display names and option roles over the roles a file declares, and the explanation when a conversation has no seller.</summary>
internal static class RoleResolver
{
    private const int MaxListedSpeakers = 12;

    /// <summary>The reason given when no participant is a seller (wording fixed by FORMATS.md).</summary>
    internal const string NoSellerReason = "cannot tell who the seller is: add '# seller: NAME' or pass --seller NAME";

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

            Timestamps.CheckTimes(path, conversation.Turns, conversation.Place);

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
}
