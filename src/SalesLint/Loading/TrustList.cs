using System.Security.Cryptography;
using System.Text;

namespace SalesLint.Loading;

/// <summary>
/// The files a user trusts to load analyzer assemblies although SalesLint found them by itself (a
/// <c>.saleslint.yaml</c> above the transcripts, or an <c>analyzers.yaml</c> in a folder such a configuration extends).
/// Each entry names a file by absolute path and the SHA-256 of its text, so an edited file is no longer trusted:
/// <code>
/// trusted:
///   - path: /home/dana/calls/.saleslint.yaml
///     sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
/// </code>
/// The list lives outside the transcripts: <c>$SALESLINT_TRUSTED_CONFIGS</c>, else
/// <c>$XDG_CONFIG_HOME/saleslint/trusted.yaml</c>, else <c>~/.config/saleslint/trusted.yaml</c> (see <see cref="DefaultPath"/>).
/// </summary>
public sealed class TrustList
{
    /// <summary>The environment variable that names the trust list file.</summary>
    public const string EnvironmentVariable = "SALESLINT_TRUSTED_CONFIGS";

    private readonly HashSet<(string Path, string Sha256)> entries;

    private TrustList(string? path, HashSet<(string Path, string Sha256)> entries)
    {
        Path = path;
        this.entries = entries;
    }

    /// <summary>The trust list file (it may not exist), or <see langword="null"/> for an empty list.</summary>
    public string? Path { get; }

    /// <summary>Where the command line looks for the trust list: <c>$SALESLINT_TRUSTED_CONFIGS</c>, else <c>$XDG_CONFIG_HOME/saleslint/trusted.yaml</c>, else the user's application-data folder (<c>~/.config</c> on Linux) <c>/saleslint/trusted.yaml</c>.</summary>
    /// <returns>The path, or <see langword="null"/> when no home folder is known.</returns>
    public static string? DefaultPath()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } explicitPath)
        {
            return System.IO.Path.GetFullPath(explicitPath);
        }

        var configHome = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg && System.IO.Path.IsPathRooted(xdg)
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
        return configHome.Length == 0 ? null : System.IO.Path.Combine(configHome, "saleslint", "trusted.yaml");
    }

    /// <summary>SHA-256 of a file's text as the trust list writes it (UTF-8, lower-case hex).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text)))));

    /// <summary>Reads a trust list; a missing file is an empty list.</summary>
    /// <param name="path">The file, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ConfigurationException">The file is invalid (file, line and column).</exception>
    internal static TrustList Load(string? path, CancellationToken cancellationToken)
    {
        var entries = new HashSet<(string, string)>();
        if (path is null || (!File.Exists(path) && !Directory.Exists(path)))
        {
            return new TrustList(path, entries);
        }

        var source = YamlSource.Read(path, null, cancellationToken);
        if (source.Root is null)
        {
            return new TrustList(path, entries);
        }

        var yaml = source;
        foreach (var (_, _, list) in yaml.Entries(source.Root, "the trust list", ["trusted"]))
        {
            if (list is not YamlDotNet.RepresentationModel.YamlSequenceNode sequence)
            {
                throw yaml.Error(list, "trusted must be a list of entries with path and sha256");
            }

            foreach (var entry in sequence.Children)
            {
                string? file = null;
                string? sha = null;
                foreach (var (key, _, value) in yaml.Entries(entry, "a trusted entry", ["path", "sha256"]))
                {
                    if (key == "path")
                    {
                        file = yaml.Scalar(value, "path");
                        if (!System.IO.Path.IsPathFullyQualified(file))
                        {
                            throw yaml.Error(value, $"path must be absolute, not '{file}'");
                        }
                    }
                    else
                    {
                        sha = yaml.Scalar(value, "sha256").Trim().ToLowerInvariant();
                        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit))
                        {
                            throw yaml.Error(value, "sha256 must be 64 hexadecimal digits");
                        }
                    }
                }

                if (file is null || sha is null)
                {
                    throw yaml.Error(entry, "a trusted entry needs path and sha256");
                }

                entries.Add((System.IO.Path.GetFullPath(file), sha));
            }
        }

        return new TrustList(path, entries);
    }

    /// <summary>Whether a file with this text is trusted.</summary>
    /// <param name="file">The file.</param>
    /// <param name="sha256">SHA-256 of its text (<see cref="Hash"/>).</param>
    /// <returns><see langword="true"/> when listed with this hash.</returns>
    internal bool Contains(string file, string sha256) => entries.Contains((System.IO.Path.GetFullPath(file), sha256));

    /// <summary>Why a discovered file may not load code, and how to allow it.</summary>
    internal Func<SettingWording, string> Refusal(string file, string sha256, string what) => wording =>
        $"{what}, but SalesLint found this file beside the transcripts and does not run code from files it finds: nothing was loaded. " +
        $"To allow it, {wording.AllowCode(Path)}: " +
        $"- {{ path: {System.IO.Path.GetFullPath(file)}, sha256: {sha256} }}";
}
