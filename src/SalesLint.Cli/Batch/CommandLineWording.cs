using SalesLint.Model;
using SalesLint.Reading;

namespace SalesLint.Cli.Batch;

/// <summary>The command line's words for a missing seller (<c>--seller</c> and <c>--buyer</c>); <see cref="Rephrase"/> also rewords configuration errors (<see cref="CommandLineSettingWording"/>).</summary>
internal sealed class CommandLineWording : RoleHintWording
{
    public static CommandLineWording Instance { get; } = new();

    /// <summary>The error with its reason worded for the command line, when it carries a <see cref="MissingSellerHint"/>; else the error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The error to show.</returns>
    public static SalesLintException Rephrase(SalesLintException error) => error switch
    {
        TranscriptFormatException { MissingSeller: { } hint } format =>
            new TranscriptFormatException(format.FilePath, hint.Describe(Instance), format.Line, format.Column, format.Place, format) { MissingSeller = hint },
        ConfigurationException configuration => configuration.Reword(CommandLineSettingWording.Instance),
        _ => error,
    };

    public override string NameTheSeller(string? example) => example is null
        ? "pass --seller NAME"
        : $"pass the seller's label or name, e.g. --seller {Quote(example)}";

    public override string TakeAsSeller(string label) => $"pass --seller {Quote(label)}";

    public override string Given(SpeakerRole role, string name) => $"{(role == SpeakerRole.Seller ? "--seller" : "--buyer")} '{name.Trim()}'";

    /// <summary>Quotes a name for a command line when it holds blanks or quotes: <c>spk_0</c>, <c>"Dana Whitfield"</c>.</summary>
    private static string Quote(string name) =>
        name.Length > 0 && !name.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '`') ? name : $"\"{name.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
