using System.Globalization;

namespace SalesLint.Trainer;

/// <summary>
/// The options the <c>labels</c> and <c>boundaries</c> commands share: <c>--seed N</c>, <c>--out FILE</c>,
/// <c>--data DIR</c> (default <c>../shared/data</c> beside the repository) and, where a command takes it, <c>--validate</c>.
/// </summary>
/// <param name="Seed">The training seed. Default: 1.</param>
/// <param name="Output">Where the model is written.</param>
/// <param name="Data">The shared data folder.</param>
/// <param name="Validate">Whether <c>--validate</c> was given.</param>
internal sealed record TrainerArguments(int Seed, string Output, string Data, bool Validate)
{
    /// <summary>Parses a command's arguments, or prints its usage.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="root">The repository root.</param>
    /// <param name="command">The command's name, for the usage line.</param>
    /// <param name="defaultOutput">The model file written when <c>--out</c> is not given.</param>
    /// <param name="allowValidate">Whether the command takes <c>--validate</c>.</param>
    /// <param name="error">Where the usage goes. Default: standard error.</param>
    /// <returns>The arguments, or <see langword="null"/> after printing the usage.</returns>
    public static TrainerArguments? Parse(string[] args, string root, string command, string defaultOutput, bool allowValidate, TextWriter? error = null)
    {
        var parsed = new TrainerArguments(1, defaultOutput, Path.GetFullPath(Path.Combine(root, "..", "shared", "data")), false);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed):
                    parsed = parsed with { Seed = seed };
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    parsed = parsed with { Output = args[++i] };
                    break;
                case "--data" when i + 1 < args.Length:
                    parsed = parsed with { Data = args[++i] };
                    break;
                case "--validate" when allowValidate:
                    parsed = parsed with { Validate = true };
                    break;
                default:
                    (error ?? Console.Error).WriteLine($"usage: SalesLint.Trainer {command} [--seed N] [--out FILE] [--data DIR]{(allowValidate ? " [--validate]" : string.Empty)}");
                    return null;
            }
        }

        return parsed;
    }
}
