using SalesLint.Model;

namespace SalesLint.Reading;

/// <summary>
/// Why a conversation has no seller, as data: the speakers found, the option names that matched none of them, and what kind of
/// transcript it is. <see cref="Describe"/> words it for a caller: <see cref="RoleHintWording.Library"/> (the exception's message) names
/// <see cref="ReaderOptions.Sellers"/>; a command line words it with its own flags.
/// </summary>
public sealed record MissingSellerHint
{
    private const int MaxListedSpeakers = 12;

    /// <summary>The speakers found, as listed in the message (a vendor's label with its display name: <c>spk_0 (Dana)</c>).</summary>
    public required IReadOnlyList<string> Speakers { get; init; }

    /// <summary>Whether more speakers were found than <see cref="Speakers"/> lists.</summary>
    public bool MoreSpeakers { get; init; }

    /// <summary>The product that wrote the transcript (such as <c>AWS Transcribe</c>) when its speakers carry labels but no roles; else <see langword="null"/>.</summary>
    public string? Vendor { get; init; }

    /// <summary>The label to suggest as the seller (a vendor transcript's first speaker), or <see langword="null"/>.</summary>
    public string? SuggestedSeller { get; init; }

    /// <summary>Whether the transcript has no speaker labels at all (Whisper without diarization: one speaker, <c>speaker</c>).</summary>
    public bool NoSpeakerLabels { get; init; }

    /// <summary>Seller names given in the options that match no speaker.</summary>
    public IReadOnlyList<string> UnmatchedSellers { get; init; } = [];

    /// <summary>Buyer names given in the options that match no speaker.</summary>
    public IReadOnlyList<string> UnmatchedBuyers { get; init; } = [];

    /// <summary>The reason, worded for a caller.</summary>
    /// <param name="wording">How to say "name the seller": <see cref="RoleHintWording.Library"/>, or a command line's flags.</param>
    /// <returns>The reason, starting "cannot tell who the seller is: ".</returns>
    public string Describe(RoleHintWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var unmatched = UnmatchedSellers.Select(n => wording.Given(SpeakerRole.Seller, n)).Concat(UnmatchedBuyers.Select(n => wording.Given(SpeakerRole.Buyer, n))).ToList();
        var noMatch = unmatched.Count == 0 ? string.Empty : $"no speaker matches {string.Join(", ", unmatched)}";
        var listed = Speakers.Count == 0 ? "none" : string.Join(", ", Speakers) + (MoreSpeakers ? ", …" : string.Empty);
        if (NoSpeakerLabels)
        {
            var explained = "cannot tell who the seller is: Whisper transcripts have no speaker labels, so every segment is read as one speaker, 'speaker'; "
                + $"{wording.TakeAsSeller("speaker")} to analyze the recording as the seller talking alone, or diarize the audio first (WhisperX adds a "
                + "'speaker' to each segment) and pass the seller's label";
            return noMatch.Length == 0 ? explained : $"{explained} ({noMatch})";
        }

        if (Vendor is null)
        {
            var reason = $"cannot tell who the seller is: add '# seller: NAME' or {wording.NameTheSeller(null)}";
            return noMatch.Length == 0 ? $"{reason} (speakers: {listed})" : $"{reason} ({noMatch}; speakers: {listed})";
        }

        var labels = string.Join(", ", Speakers) + (MoreSpeakers ? ", …" : string.Empty);
        var vendor = $"cannot tell who the seller is: {Vendor} transcripts label speakers but not their roles (speakers: {labels}";
        vendor += noMatch.Length == 0 ? ")" : $"; {noMatch})";
        return SuggestedSeller is null ? vendor : $"{vendor}; {wording.NameTheSeller(SuggestedSeller)}";
    }

    /// <summary>Lists speakers as the message does, up to twelve.</summary>
    internal static (IReadOnlyList<string> Listed, bool More) List(IEnumerable<string> speakers)
    {
        var all = speakers.ToList();
        return ([.. all.Take(MaxListedSpeakers)], all.Count > MaxListedSpeakers);
    }
}

/// <summary>How a <see cref="MissingSellerHint"/> tells the caller to name the seller: for library callers, or a command line's flags.</summary>
public abstract class RoleHintWording
{
    /// <summary>For library callers: names <see cref="ReaderOptions.Sellers"/> and <see cref="ReaderOptions.Buyers"/>.</summary>
    public static RoleHintWording Library { get; } = new LibraryWording();

    /// <summary>How to name the seller: "pass --seller NAME" (<paramref name="example"/> null), or with an example label.</summary>
    /// <param name="example">A speaker label to show, or <see langword="null"/> for a placeholder.</param>
    /// <returns>A verb phrase.</returns>
    public abstract string NameTheSeller(string? example);

    /// <summary>How to take one label as the seller: "pass --seller speaker".</summary>
    /// <param name="label">The label.</param>
    /// <returns>A verb phrase.</returns>
    public abstract string TakeAsSeller(string label);

    /// <summary>How a name given for a role is mentioned: "--seller 'Dana'".</summary>
    /// <param name="role">Seller or buyer.</param>
    /// <param name="name">The name as given.</param>
    /// <returns>A noun phrase.</returns>
    public abstract string Given(SpeakerRole role, string name);

    private sealed class LibraryWording : RoleHintWording
    {
        public override string NameTheSeller(string? example) => example is null
            ? "name the seller in ReaderOptions.Sellers"
            : $"name the seller's label or name in ReaderOptions.Sellers, e.g. \"{example}\"";

        public override string TakeAsSeller(string label) => $"name \"{label}\" in ReaderOptions.Sellers";

        public override string Given(SpeakerRole role, string name) =>
            $"{(role == SpeakerRole.Seller ? "ReaderOptions.Sellers" : "ReaderOptions.Buyers")} '{name.Trim()}'";
    }
}
