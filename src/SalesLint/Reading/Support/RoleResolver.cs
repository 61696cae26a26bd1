using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>Role resolution: display names and option roles over the roles a file declares, and the explanation when a conversation has no seller.</summary>
internal static class RoleResolver
{
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

        var unmatchedSellers = Unmatched(options.Sellers);
        var unmatchedBuyers = Unmatched(options.Buyers);

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
                var hint = NoSeller(conversation, parsed, unmatchedSellers, unmatchedBuyers);
                throw new TranscriptFormatException(path, hint.Describe(RoleHintWording.Library), conversation.Line, place: conversation.Place) { MissingSeller = hint };
            }

            Timestamps.CheckTimes(path, conversation.Turns, conversation.Place);

            var participants = new Participant[roles.Length];
            for (var i = 0; i < roles.Length; i++)
            {
                var speaker = conversation.Speakers[i];
                participants[i] = new Participant { Id = speaker.Id, Name = speaker.Name, Role = roles[i] ?? SpeakerRole.Buyer };
            }

            transcripts.Add(new Transcript { Id = conversation.Id, SourcePath = path, Participants = participants, Turns = conversation.Turns, Metadata = conversation.Metadata ?? Transcript.EmptyMetadata });
        }

        return transcripts;

        List<string> Unmatched(IReadOnlyList<string> names) => [.. names.Where(name => !parsed.Any(p => p.Speakers.Any(s => Matches(s, name)))).Select(n => n.Trim())];
    }

    /// <summary>Why the conversation has no seller, as data; the caller words it.</summary>
    private static MissingSellerHint NoSeller(ParsedTranscript conversation, IReadOnlyList<ParsedTranscript> parsed, List<string> unmatchedSellers, List<string> unmatchedBuyers)
    {
        var hint = new MissingSellerHint { Speakers = [], UnmatchedSellers = unmatchedSellers, UnmatchedBuyers = unmatchedBuyers, NoSpeakerLabels = conversation.NoSpeakerLabels };
        if (conversation.Vendor is null)
        {
            // SalesLint's formats: the speakers of this conversation, or of the whole file when an option name matched nobody.
            var from = unmatchedSellers.Count + unmatchedBuyers.Count == 0 ? [conversation] : parsed;
            var (names, more) = MissingSellerHint.List(from.SelectMany(p => p.Speakers).Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase));
            return hint with { Speakers = names, MoreSpeakers = more };
        }

        // Vendor files never declare roles: list the labels found and suggest the first.
        var speakers = conversation.Speakers;
        var (labels, moreLabels) = MissingSellerHint.List(speakers.Select(s => s.Name == s.Id ? s.Id : $"{s.Id} ({s.Name})"));
        return hint with { Speakers = labels, MoreSpeakers = moreLabels, Vendor = conversation.Vendor, SuggestedSeller = speakers.Count == 0 ? null : speakers[0].Id };
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

}
