using SalesLint.Diagnostics;

namespace SalesLint.Hosting;

/// <summary>
/// Settings of the SalesLint services registered by <c>services.AddSalesLint(o => ...)</c>; bind them from configuration with
/// <c>services.Configure&lt;SalesLintOptions&gt;(configuration.GetSection("SalesLint"))</c>. Checked when the host starts.
/// </summary>
/// <remarks>A mutable settings class, as the options pattern needs; the engine built from it is immutable.</remarks>
public sealed class SalesLintOptions
{
    /// <summary>A <c>.saleslint.yaml</c> configuration file (rules, levels, roles, profiles). Default: none (the recommended rules).</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Rule folders laid over the configured rules (as <c>--rules</c>). Default: none.</summary>
    public IList<string> RuleFolders { get; } = [];

    /// <summary>Names or speaker labels of the sellers, for transcripts that do not declare roles (speech-to-text output). Default: none.</summary>
    public IList<string> Sellers { get; } = [];

    /// <summary>Names or speaker labels of the buyers. Default: none (everyone who is not a seller).</summary>
    public IList<string> Buyers { get; } = [];

    /// <summary>Display names for speaker labels (<c>spk_0</c> → <c>Dana Whitfield</c>). Default: none.</summary>
    public IDictionary<string, string> SpeakerNames { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The largest input accepted, in bytes (and the longest JSON Lines line). Default: 64 MiB.</summary>
    public long MaxInputBytes { get; set; } = Reading.ReaderOptions.DefaultMaxFileBytes;

    /// <summary>How many conversations a batch or stream analyzes at once. Default: <see cref="Environment.ProcessorCount"/>.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>The lowest severity reported. Default: none (the configuration's, else suggestion).</summary>
    public DiagnosticSeverity? MinimumSeverity { get; set; }

    /// <summary>An analysis slower than this is logged as a warning with the conversation and its size. Default: 1 second.</summary>
    public TimeSpan SlowAnalysisThreshold { get; set; } = TimeSpan.FromSeconds(1);
}
